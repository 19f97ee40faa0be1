// swift-tools-version:6.1
import PackageDescription

// Module order (a module depends only on modules above it):
// CGMP -> Exact -> Groups / LieAlgebras -> Certificates; Groups -> SequenceModels -> CrossCheck; TowerCLI on top.
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
        .library(name: "CrossCheck", targets: ["CrossCheck"]),
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
        // Raw-GMP loops for `tower bench arith` (the C side of the comparison); only TowerCLI uses it.
        .target(name: "CGMPBench", dependencies: ["CGMP"], linkerSettings: [.linkedLibrary("gmp")]),
        .target(name: "Groups", dependencies: ["Exact"]),
        .target(name: "LieAlgebras", dependencies: ["Exact"]),
        .target(name: "Certificates", dependencies: ["Exact"]),
        .target(name: "CertificateBuilder", dependencies: ["Exact", "Groups", "LieAlgebras", "Certificates"]),
        .target(name: "FloatBackend"),
        .target(name: "SequenceModels", dependencies: ["FloatBackend", "Groups"]),
        .target(name: "CrossCheck", dependencies: ["SequenceModels", "Groups", "LieAlgebras"]),
        .executableTarget(
            name: "TowerCLI",
            dependencies: [
                "Exact", "Groups", "LieAlgebras", "Certificates", "CertificateBuilder", "FloatBackend", "SequenceModels", "CrossCheck",
                "CGMP", "CGMPBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ExactTests", dependencies: ["Exact"]),
        .testTarget(name: "GroupsTests", dependencies: ["Groups"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LieAlgebrasTests", dependencies: ["LieAlgebras"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CertificatesTests", dependencies: ["Certificates"]),
        .testTarget(name: "CertificateBuilderTests", dependencies: ["CertificateBuilder", "Certificates", "Groups", "LieAlgebras"]),
        .testTarget(name: "FloatBackendTests", dependencies: ["FloatBackend"]),
        .testTarget(name: "SequenceModelsTests", dependencies: ["SequenceModels", "Groups"]),
        .testTarget(name: "CrossCheckTests", dependencies: ["CrossCheck"]),
    ]
)
