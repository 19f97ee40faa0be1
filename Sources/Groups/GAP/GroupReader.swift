/// Which notation a group was read from; `tower group` reports it (`input_syntax` in `--json`).
public enum GroupInputSyntax: String, Sendable, CaseIterable {
    /// A catalog name: `S4 wr S4`, `psl(2,7)`.
    case catalog
    /// A GAP constructor: `SymmetricGroup(4)`, `DihedralGroup(8)`, `WreathProduct(...)`.
    case gapName = "gap-name"
    /// Generators in cycle notation separated by commas: `(1,2,3),(1,2)`.
    case cycles
    /// Generators as GAP permutations with at least one image list: `[2,3,1]`, `PermList([2,3,1])`.
    case gapPermutations = "gap-permutations"
    /// GAP's `Group(...)`: `Group((1,2,3),(1,2))`, `Group([ (1,2,3), (1,2) ])`.
    case gapGroup = "gap-group"
    /// One group of a GAP file, a list as `PrintTo` writes it (`--gap-file`).
    case gapFile = "gap-file"

    /// The notation in words, for the text report.
    public var summary: String {
        switch self {
        case .catalog: return "Tower catalog name"
        case .gapName: return "GAP constructor name"
        case .cycles: return "cycle notation"
        case .gapPermutations: return "GAP permutations (image lists / PermList)"
        case .gapGroup: return "GAP Group(...)"
        case .gapFile: return "GAP file (a list of groups)"
        }
    }
}

/// A group as read from the user's input, with how it was written.
public struct GroupSource: Sendable {
    public let group: PermutationGroup
    /// The canonical catalog name (`"S4"` for `s4` or `SymmetricGroup(4)`), when the input named one.
    public let name: String?
    public let syntax: GroupInputSyntax
}

/// Reads a group from the notations `tower group` accepts: catalog names, GAP constructor names,
/// cycle notation, GAP's `Group(...)`, image lists, and files of groups written by GAP's `PrintTo`.
///
/// Errors are one line each: `GroupCatalogError` (catalog names), `PermutationError` (plain cycle
/// notation: generator and position), `GapInputError` (GAP syntax: character, or line and column).
public enum GroupReader {
    /// A catalog name (case-insensitive: `s4 wr s4`) or a GAP constructor (`SymmetricGroup(4)`).
    public static func named(_ name: String) throws -> GroupSource {
        // "Name(...)" is GAP unless Name is a catalog family (PSL(2,7), Sylow2(S8)), so that an unknown
        // name gets GAP's list of functions and a suggestion among them.
        if let word = leadingCall(name),
           !CatalogParser.familyKeywords.contains(String(word.lowercased().reversed().drop { $0.isNumber }.reversed())) {
            let text = GapText(name, source: "group name \"\(name)\"")
            let node = try GapParser.document(text)
            return try source(GapGroupBuilder(text: text).group(node), syntax: nil, degree: nil, text: text, at: node)
        }
        let expression = try GroupCatalog.expression(named: name)
        let group = try GroupCatalog.group(from: GroupCatalog.generators(for: expression))
        return GroupSource(group: group, name: expression.description, syntax: .catalog)
    }

    /// The text of `--generators`: `(1,2,3),(1,2)`, `Group((1,2,3),(1,2))`, `[2,3,1],(1,2)`, or a GAP
    /// constructor. `degree` (if given) is the number of points; a generator moving a point beyond it is an error.
    public static func generators(_ text: String, degree: Int? = nil) throws -> GroupSource {
        guard isGap(text) else {
            return GroupSource(group: PermutationGroup(generators: try Permutation.parseList(text, degree: degree), degree: degree),
                               name: nil, syntax: .cycles)
        }
        let gap = GapText(text, source: "GAP input")
        let nodes = try GapParser.sequence(gap)
        let builder = GapGroupBuilder(text: gap)
        if nodes.count == 1, case .call(let name, _) = nodes[0].value, name.lowercased() != "permlist" {
            return try source(builder.group(nodes[0]), syntax: nil, degree: degree, text: gap, at: nodes[0])
        }
        let permutations = try nodes.map(builder.permutation)
        return try permutationSource(permutations, degree: degree, text: gap, at: nodes[0])
    }

    /// A batch line's `"generators"` array: one permutation per string, in cycle notation or as a GAP
    /// image list / `PermList`. Errors name the 1-based generator.
    public static func generatorList(_ texts: [String], degree: Int? = nil) throws -> GroupSource {
        var permutations: [Permutation] = []
        var sawGap = false
        for (index, text) in texts.enumerated() {
            if isGap(text) {
                sawGap = true
                let gap = GapText(text, source: "generator \(index + 1)")
                let node = try GapParser.document(gap)
                let p = try GapGroupBuilder(text: gap).permutation(node)
                if let degree, p.largestMovedPointPlusOne > degree {
                    throw gap.error(at: node.start, "it moves point \(p.largestMovedPointPlusOne), beyond the stated degree \(degree)")
                }
                permutations.append(p)
            } else {
                do {
                    permutations.append(try Permutation(cycles: text, degree: degree))
                } catch let error as PermutationError {
                    throw error.inGenerator(index + 1)
                }
            }
        }
        return GroupSource(group: PermutationGroup(generators: permutations, degree: degree), name: nil,
                           syntax: sawGap ? .gapPermutations : .cycles)
    }

    /// The groups of a GAP file: a list `[ Group(...), SymmetricGroup(4), ... ]` as `PrintTo` writes
    /// it (line continuations, comments, a final `;` are fine), or a single group. `path` names the
    /// file in error messages.
    public static func gapFile(_ contents: String, path: String) throws -> [GroupSource] {
        let text = GapText(contents, source: path)
        let document = try GapParser.document(text)
        let builder = GapGroupBuilder(text: text)
        let nodes: [GapNode]
        if case .list(let items) = document.value { nodes = items } else { nodes = [document] }
        guard !nodes.isEmpty else { throw text.error(at: document.start, "the list holds no groups") }
        return try nodes.map { try source(builder.group($0), syntax: .gapFile, degree: nil, text: text, at: $0) }
    }

    // MARK: Helpers

    /// Whether the text needs the GAP reader: it starts with a name or holds a list. Plain cycle
    /// notation keeps its own parser and messages (generator and position).
    private static func isGap(_ text: String) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return false }
        return (first.isASCII && first.isLetter) || text.contains("[")
    }

    /// The name in `"Name(..."` (spaces allowed before the parenthesis), if the text starts that way.
    private static func leadingCall(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace
        let name = trimmed.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard let first = name.first, first.isLetter else { return nil }
        return trimmed.dropFirst(name.count).first(where: { !$0.isWhitespace }) == "(" ? String(name) : nil
    }

    private static func source(_ gap: GapGroup, syntax: GroupInputSyntax?, degree: Int?, text: GapText,
                               at node: GapNode) throws -> GroupSource {
        let data = gap.generators
        if let degree, data.degree > degree {
            throw text.error(at: node.start, "the group moves point \(data.degree), beyond the stated degree \(degree)")
        }
        let generators = try data.images.map { try Permutation(images: $0) }
        return GroupSource(group: PermutationGroup(generators: generators, degree: max(degree ?? 0, data.degree)),
                           name: gap.expression?.description,
                           syntax: syntax ?? (gap.fromGenerators ? .gapGroup : .gapName))
    }

    private static func permutationSource(_ permutations: [Permutation], degree: Int?, text: GapText,
                                          at node: GapNode) throws -> GroupSource {
        let moved = permutations.map(\.largestMovedPointPlusOne).max() ?? 0
        if let degree, moved > degree {
            throw text.error(at: node.start, "a generator moves point \(moved), beyond the stated degree \(degree)")
        }
        return GroupSource(group: PermutationGroup(generators: permutations, degree: degree), name: nil, syntax: .gapPermutations)
    }
}
