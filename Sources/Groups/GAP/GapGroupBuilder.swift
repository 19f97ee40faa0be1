/// A group read from GAP syntax, as plain generator data, with the catalog expression it names when it
/// came from a named constructor (`SymmetricGroup(4)` is `S4`, `WreathProduct(S3, C2)` is `S3 wr C2`).
struct GapGroup {
    let generators: CatalogGenerators
    let expression: CatalogExpression?
    /// True for `Group(...)` (generators given), false for a named constructor.
    let fromGenerators: Bool
}

/// Turns parsed GAP values into groups and permutations: `Group(...)`, GAP's constructors for the
/// catalog's families, `DirectProduct`, `WreathProduct`, `PermList` and image lists.
struct GapGroupBuilder {
    let text: GapText

    // MARK: Groups

    func group(_ node: GapNode) throws -> GapGroup {
        guard case .call(let name, var args) = node.value else {
            throw text.error(at: node.start, "expected a group such as Group((1,2,3),(1,2)) or SymmetricGroup(4), found \(describe(node))")
        }
        if let library = Self.libraryFunctions[name.lowercased()] {
            let call = text.excerpt(node.start, node.end)
            throw text.error(at: node.start, "\(call) needs GAP's data libraries, which Tower does not have; export it "
                + "from GAP with PrintTo(\"g.g\", \(library.export(call))); then run tower group --gap-file g.g")
        }
        guard let constructor = Self.constructors[name.lowercased()] else {
            let near = NameSuggestion.nearest(to: name, among: Self.knownNames)
            throw text.error(at: node.start, "unknown GAP function \(name)"
                + (near.isEmpty ? "" : " (did you mean \(NameSuggestion.alternatives(near))?)")
                + "; Tower reads Group(...), " + Self.constructorSummary)
        }
        // GAP's constructors take an optional filter first (DihedralGroup(IsPermGroup, 8)); Tower always
        // builds a permutation group, which is isomorphic whatever the filter asks for.
        if case .identifier(let filter)? = args.first?.value, filter.hasPrefix("Is"), constructor != .generators {
            args.removeFirst()
        }
        switch constructor {
        case .generators:
            return GapGroup(generators: try generatorData(args, call: node), expression: nil, fromGenerators: true)
        case .symmetric, .alternating:
            let (n, points) = try pointSet(args, call: node, name: name)
            let expression: CatalogExpression = constructor == .symmetric ? .symmetric(n) : .alternating(n)
            let data = try catalog(expression, at: node)
            guard let points else { return GapGroup(generators: data, expression: expression, fromGenerators: false) }
            return GapGroup(generators: Self.moved(data, onto: points), expression: nil, fromGenerators: false)
        case .cyclic, .dihedral, .quaternion, .mathieu:
            let n = try integers(args, count: 1, call: node, name: name)[0]
            let expression: CatalogExpression = switch constructor {
            case .cyclic: .cyclic(n)
            case .dihedral: .dihedral(n)
            case .quaternion: .quaternion(n)
            default: .mathieu(n)
            }
            return GapGroup(generators: try catalog(expression, at: node), expression: expression, fromGenerators: false)
        case .affine, .generalLinear, .specialLinear, .projectiveSpecialLinear:
            let dq = try integers(args, count: 2, call: node, name: name)
            let expression: CatalogExpression = switch constructor {
            case .affine: .affine(dimension: dq[0], field: dq[1])
            case .generalLinear: .generalLinear(dimension: dq[0], field: dq[1])
            case .specialLinear: .specialLinear(dimension: dq[0], field: dq[1])
            default: .projectiveSpecialLinear(dimension: dq[0], field: dq[1])
            }
            return GapGroup(generators: try catalog(expression, at: node), expression: expression, fromGenerators: false)
        case .directProduct, .wreathProduct:
            let wreath = constructor == .wreathProduct
            guard wreath ? args.count == 2 : args.count >= 2 else {
                throw text.error(at: node.start, "\(name) needs \(wreath ? "two groups" : "at least two groups")")
            }
            var result = try group(args[0])
            for arg in args.dropFirst() {
                result = try combine(result, try group(arg), wreath: wreath, at: node)
            }
            return result
        }
    }

    /// `Group(g1, g2, ...)`, `Group([g1, g2, ...])` or `Group([g1, ...], identity)`.
    private func generatorData(_ args: [GapNode], call: GapNode) throws -> CatalogGenerators {
        var elements = args
        if case .list(let items)? = args.first?.value, !isImageList(args[0]), args.count <= 2 {
            if args.count == 2 { _ = try permutation(args[1]) }
            elements = items
        }
        let permutations = try elements.map(permutation)
        let degree = permutations.map(\.degree).max() ?? 0
        return CatalogGenerators(degree: degree, images: permutations.map { $0.extended(to: degree).images })
    }

    private func combine(_ a: GapGroup, _ b: GapGroup, wreath: Bool, at node: GapNode) throws -> GapGroup {
        if let x = a.expression, let y = b.expression {
            let expression: CatalogExpression = wreath ? .wreath(x, y) : .directProduct(x, y)
            return GapGroup(generators: try catalog(expression, at: node), expression: expression, fromGenerators: false)
        }
        let family = wreath ? "WreathProduct" : "DirectProduct"
        do {
            let data = wreath ? try CatalogGenerators.wreath(a.generators, b.generators, family: family)
                : try CatalogGenerators.directProduct(a.generators, b.generators, family: family)
            return GapGroup(generators: data, expression: nil, fromGenerators: false)
        } catch let error as GroupCatalogError {
            throw text.error(at: node.start, error.description)
        }
    }

    private func catalog(_ expression: CatalogExpression, at node: GapNode) throws -> CatalogGenerators {
        do {
            return try GroupCatalog.generators(for: expression)
        } catch let error as GroupCatalogError {
            throw text.error(at: node.start, error.description)
        }
    }

    /// `n`, `[1 .. n]` (the catalog's group on n points) or another set of points (the same group moved
    /// onto those points; `points` is then their list).
    private func pointSet(_ args: [GapNode], call: GapNode, name: String) throws -> (Int, [Int]?) {
        guard args.count == 1 else { throw text.error(at: call.start, "\(name) takes one argument, a degree or a set of points") }
        let arg = args[0]
        switch arg.value {
        case .integer(let n):
            return (n, nil)
        case .range(1, 1, let last):
            return (last, nil)
        case .range(let first, let step, let last):
            let points = Array(stride(from: first, through: last, by: step).prefix(GroupCatalog.maximumDegree + 1))
            guard points.allSatisfy({ $0 >= 1 && $0 <= GroupCatalog.maximumDegree }) else {
                throw text.error(at: arg.start, "the points must lie in 1...\(GroupCatalog.maximumDegree)")
            }
            return (points.count, points.sorted())
        case .list(let items):
            let points = try items.map { try positiveInteger($0) }
            guard Set(points).count == points.count else { throw text.error(at: arg.start, "a point is listed twice") }
            guard points.allSatisfy({ $0 <= GroupCatalog.maximumDegree }) else {
                throw text.error(at: arg.start, "the points must lie in 1...\(GroupCatalog.maximumDegree)")
            }
            return (points.count, points.sorted())
        default:
            throw text.error(at: arg.start, "\(name) needs a degree or a set of points, found \(describe(arg))")
        }
    }

    /// The group of `data` (on points 0..<k) acting on the given 1-based points instead.
    private static func moved(_ data: CatalogGenerators, onto points: [Int]) -> CatalogGenerators {
        let degree = points.max() ?? 0
        let images = data.images.map { image in
            var moved = Array(0..<degree)
            for (i, j) in image.enumerated() { moved[points[i] - 1] = points[j] - 1 }
            return moved
        }
        return CatalogGenerators(degree: degree, images: images)
    }

    private func integers(_ args: [GapNode], count: Int, call: GapNode, name: String) throws -> [Int] {
        guard args.count == count else {
            throw text.error(at: call.start, "\(name) takes \(count == 1 ? "one integer" : "\(count) integers"), found \(args.count) arguments")
        }
        return try args.map { arg in
            guard case .integer(let n) = arg.value else { throw text.error(at: arg.start, "expected an integer, found \(describe(arg))") }
            return n
        }
    }

    // MARK: Permutations

    /// A permutation: cycle notation, an image list `[2,3,1]`, or `PermList([2,3,1])`.
    func permutation(_ node: GapNode) throws -> Permutation {
        switch node.value {
        case .permutation(let p):
            return p
        case .list(let items) where isImageList(node):
            let images = try items.map { try positiveInteger($0) - 1 }
            do {
                return try Permutation(images: images)
            } catch let error as PermutationError {
                throw text.error(at: node.start, "the image list \(text.excerpt(node.start, node.end)) is not a permutation: "
                    + Self.imageListProblem(error))
            }
        case .call(let name, let args) where name.lowercased() == "permlist":
            guard args.count == 1, case .list = args[0].value else {
                throw text.error(at: node.start, "PermList takes one list of images, e.g. PermList([2,3,1])")
            }
            return try permutation(args[0])
        default:
            throw text.error(at: node.start, "expected a permutation such as (1,2,3) or [2,3,1], found \(describe(node))"
                + (isIdentifier(node) ? " (a pc group's generator? export a permutation group: Image(IsomorphismPermGroup(G)))" : ""))
        }
    }

    /// A non-empty list whose entries are all integers: an image list (GAP's `PermList` argument).
    func isImageList(_ node: GapNode) -> Bool {
        guard case .list(let items) = node.value, !items.isEmpty else { return false }
        return items.allSatisfy { if case .integer = $0.value { return true } else { return false } }
    }

    private func isIdentifier(_ node: GapNode) -> Bool {
        if case .identifier = node.value { return true }
        return false
    }

    private func positiveInteger(_ node: GapNode) throws -> Int {
        guard case .integer(let n) = node.value, n >= 1 else {
            throw text.error(at: node.start, "expected a positive integer, found \(describe(node))")
        }
        guard n <= Permutation.maximumDegree else {
            throw text.error(at: node.start, "point \(n) exceeds the maximum degree \(Permutation.maximumDegree)")
        }
        return n
    }

    /// The image-list problem in 1-based terms (the list `[2,2,1]` repeats 2).
    private static func imageListProblem(_ error: PermutationError) -> String {
        switch error {
        case let .imageOutOfRange(index, image, degree):
            return "entry \(index + 1) is \(image + 1), but a list of \(degree) images holds 1..\(degree)"
        case let .repeatedImage(index, image):
            return "\(image + 1) occurs twice (again at entry \(index + 1))"
        default:
            return error.problem
        }
    }

    private func describe(_ node: GapNode) -> String {
        let shown = text.excerpt(node.start, node.end)
        return "\"" + (shown.count > 40 ? shown.prefix(37) + "..." : shown) + "\""
    }

    // MARK: The names Tower knows

    enum Constructor: Equatable {
        case generators, symmetric, alternating, cyclic, dihedral, quaternion, mathieu
        case affine, generalLinear, specialLinear, projectiveSpecialLinear, directProduct, wreathProduct
    }

    /// GAP's names, matched case-insensitively (GAP's own names differ in more than case).
    static let constructorNames: [(String, Constructor)] = [
        ("Group", .generators), ("GroupWithGenerators", .generators), ("GroupByGenerators", .generators),
        ("SymmetricGroup", .symmetric), ("AlternatingGroup", .alternating), ("CyclicGroup", .cyclic),
        ("DihedralGroup", .dihedral), ("QuaternionGroup", .quaternion), ("MathieuGroup", .mathieu),
        ("AGL", .affine), ("GL", .generalLinear), ("GeneralLinearGroup", .generalLinear),
        ("SL", .specialLinear), ("SpecialLinearGroup", .specialLinear),
        ("PSL", .projectiveSpecialLinear), ("ProjectiveSpecialLinearGroup", .projectiveSpecialLinear),
        ("DirectProduct", .directProduct), ("WreathProduct", .wreathProduct),
    ]

    static let constructors = Dictionary(uniqueKeysWithValues: constructorNames.map { ($0.0.lowercased(), $0.1) })

    static let constructorSummary = "PermList, SymmetricGroup, AlternatingGroup, CyclicGroup, DihedralGroup, "
        + "QuaternionGroup, MathieuGroup, AGL, GL, SL, PSL, DirectProduct, WreathProduct"

    /// How to export what a library function returns to a file Tower reads.
    enum LibraryExport {
        /// A permutation group GAP prints by name: print its generators instead.
        case byGenerators
        /// A pc group: convert to a permutation group first.
        case permutationImage
        /// A list of groups.
        case listByGenerators, listPermutationImage

        func export(_ call: String) -> String {
            switch self {
            case .byGenerators: return "[Group(GeneratorsOfGroup(\(call)))]"
            case .permutationImage: return "[Image(IsomorphismPermGroup(\(call)))]"
            case .listByGenerators: return "List(\(call), G -> Group(GeneratorsOfGroup(G)))"
            case .listPermutationImage: return "List(\(call), G -> Image(IsomorphismPermGroup(G)))"
            }
        }
    }

    static let libraryNames: [(String, LibraryExport)] = [
        ("TransitiveGroup", .byGenerators), ("PrimitiveGroup", .byGenerators), ("AtlasGroup", .byGenerators),
        ("OneTransitiveGroup", .byGenerators), ("OnePrimitiveGroup", .byGenerators),
        ("SmallGroup", .permutationImage), ("OneSmallGroup", .permutationImage),
        ("AllTransitiveGroups", .listByGenerators), ("AllPrimitiveGroups", .listByGenerators),
        ("AllSmallGroups", .listPermutationImage),
    ]

    static let libraryFunctions = Dictionary(uniqueKeysWithValues: libraryNames.map { ($0.0.lowercased(), $0.1) })

    static let knownNames = constructorNames.map(\.0) + ["PermList"] + libraryNames.map(\.0)
}
