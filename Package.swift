// swift-tools-version:6.1
import PackageDescription

// Module order (a module depends only on modules above it):
// CGMP -> Exact (+ Seeded, the shared seeded generator; CommandOutput, the JSON configuration) -> Groups / LieAlgebras
// -> Certificates -> CertificateBuilder;
// FloatBackend -> SequenceModels (no groups); Groups + SequenceModels -> Depth (theory to model) -> CrossCheck;
// the reports (GroupReport, LieAlgebraReport), CommandOutput -> Batch (the batch mechanism); Benchmarks (+ CGMPBench);
// TowerCLI on top.
// The numeric kernels are compiled optimised even in debug builds (unoptimised generic float
// loops are ~50x slower, which would make the training tests take minutes), and on x86-64 for
// AVX2 + FMA (Haswell, 2013, and later; every current x86 server and CI runner): the SIMD tile
// matrix product runs about 2x faster than with the SSE2 baseline.
#if arch(x86_64)
let kernelCPU: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"])]
#else
let kernelCPU: [SwiftSetting] = []
#endif
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))] + kernelCPU

let package = Package(
    name: "Tower",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tower", targets: ["TowerCLI"]),
        .library(name: "Exact", targets: ["Exact"]),
        .library(name: "Groups", targets: ["Groups"]),
        .library(name: "LieAlgebras", targets: ["LieAlgebras"]),
        .library(name: "Certificates", targets: ["Certificates"]),
        .library(name: "CertificateBuilder", targets: ["CertificateBuilder"]),
        .library(name: "FloatBackend", targets: ["FloatBackend"]),
        .library(name: "SequenceModels", targets: ["SequenceModels"]),
        .library(name: "Depth", targets: ["Depth"]),
        .library(name: "CrossCheck", targets: ["CrossCheck"]),
        .library(name: "GroupReport", targets: ["GroupReport"]),
        .library(name: "LieAlgebraReport", targets: ["LieAlgebraReport"]),
        .library(name: "CommandOutput", targets: ["CommandOutput"]),
        .library(name: "Batch", targets: ["Batch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGMP",
            pkgConfig: "gmp",
            providers: [.apt(["libgmp-dev"]), .brew(["gmp"])]
        ),
        .target(name: "Exact", dependencies: ["CGMP"], exclude: ["README.md"]),
        // The one seeded generator (SplitMix64); Groups, LieAlgebras and FloatBackend re-export it.
        .target(name: "Seeded", exclude: ["README.md"]),
        // How commands write results: the one JSON configuration (every `--json`, certificates), fixed-width tables.
        .target(name: "CommandOutput", exclude: ["README.md"]),
        // Raw-GMP loops for `tower bench arith` (the C side of the comparison); only Benchmarks uses it.
        .target(name: "CGMPBench", dependencies: ["CGMP"], exclude: ["README.md"], linkerSettings: [.linkedLibrary("gmp")]),
        .target(name: "Groups", dependencies: ["Exact", "Seeded"], exclude: ["README.md", "Catalog/README.md"]),
        .target(name: "LieAlgebras", dependencies: ["Exact", "Seeded"], exclude: ["README.md"]),
        // A strict JSON pre-scan (no duplicate keys, numbers every reader agrees on), for certificates and checkpoints.
        .target(name: "StrictJSON", exclude: ["README.md"]),
        .target(name: "Certificates", dependencies: ["Exact", "StrictJSON"], exclude: ["README.md"]),
        .target(name: "CertificateBuilder", dependencies: ["Exact", "Groups", "LieAlgebras", "Certificates", "CommandOutput"], exclude: ["README.md"]),
        // One C call (glibc's mallopt) that FloatBackend uses to keep freed tensor memory.
        .target(name: "CAllocator", exclude: ["README.md"]),
        .target(name: "FloatBackend", dependencies: ["Seeded", "CAllocator"], exclude: ["README.md"], swiftSettings: optimizedInDebug),
        .target(name: "SequenceModels", dependencies: ["FloatBackend", "StrictJSON"], exclude: ["README.md"], swiftSettings: optimizedInDebug),
        // The theory-to-model layer: family predictions (one table) and the group -> word-problem adapter.
        .target(name: "Depth", dependencies: ["Exact", "Groups", "SequenceModels", "FloatBackend"], exclude: ["README.md"]),
        .target(name: "CrossCheck", dependencies: ["Depth", "SequenceModels", "Groups", "LieAlgebras", "Exact", "FloatBackend"], exclude: ["README.md"]),
        // What `tower group` reports about one group: invariants computed once, rendered as text or JSON.
        .target(name: "GroupReport", dependencies: ["Exact", "Groups", "Depth", "CommandOutput"], exclude: ["README.md"]),
        // What `tower lie` reports about one matrix Lie algebra (JSON fields, text, a batch line).
        .target(name: "LieAlgebraReport", dependencies: ["LieAlgebras", "CommandOutput"], exclude: ["README.md"]),
        // Batches of JSON lines, each line in a worker process under a time and memory budget
        // (`tower group --batch`, `tower lie --batch`); knows no groups or algebras.
        .target(name: "Batch", dependencies: ["CommandOutput"], exclude: ["README.md"]),
        // The `tower bench` benchmarks (arith, groups, lie, train), apart from the product code; the
        // GAP and PyTorch code they run lives in bench/.
        .target(name: "Benchmarks",
                dependencies: ["Exact", "Seeded", "CGMP", "CGMPBench", "Groups", "LieAlgebras", "FloatBackend", "SequenceModels", "Depth",
                               "CommandOutput"],
                exclude: ["README.md"]),
        .executableTarget(
            name: "TowerCLI",
            dependencies: [
                "Exact", "Groups", "LieAlgebras", "Certificates", "CertificateBuilder", "FloatBackend", "SequenceModels", "Depth", "CrossCheck",
                "GroupReport", "LieAlgebraReport", "CommandOutput", "Batch", "Benchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .testTarget(name: "ExactTests", dependencies: ["Exact", "Seeded"]),
        .testTarget(name: "GroupsTests", dependencies: ["Groups"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LieAlgebrasTests", dependencies: ["LieAlgebras"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CertificatesTests", dependencies: ["Certificates", "Seeded"]),
        .testTarget(name: "CertificateBuilderTests", dependencies: ["CertificateBuilder", "Certificates", "Groups", "LieAlgebras"]),
        .testTarget(name: "FloatBackendTests", dependencies: ["FloatBackend"]),
        .testTarget(name: "SequenceModelsTests", dependencies: ["SequenceModels", "Depth", "Groups"]),
        .testTarget(name: "DepthTests", dependencies: ["Depth", "Groups", "SequenceModels", "FloatBackend"], exclude: ["Fixtures"]),
        .testTarget(name: "CrossCheckTests", dependencies: ["CrossCheck", "Depth", "Groups", "SequenceModels", "FloatBackend"]),
        // Runs the built `tower` executable (SwiftPM builds it before the tests); no module dependency.
        .testTarget(name: "TowerCLITests"),
    ]
)
