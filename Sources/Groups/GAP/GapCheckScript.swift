import Exact

/// A GAP script that rebuilds groups from Tower's generators and checks, in GAP, every invariant
/// Tower reported for them (`tower group ... --gap-script F.g`).
///
/// Run it with `gap -q F.g`: for each group it prints one line, `AGREE <label>: <n> invariants` or
/// `DIFFER <label>: <invariant>: GAP <value>, Tower <value>` (the first difference), then quits with
/// status 0 when every group agrees and 1 otherwise. Define `TowerKeepGAP := true;` before `Read`ing
/// it to stay in GAP (e.g. to run several scripts in one GAP process).
public enum GapCheckScript {
    /// What Tower reported about one group, in the terms of GAP's functions.
    public struct Claims: Sendable {
        public var order: BigInt
        /// Orders of G = G^(0) > G^(1) > ..., ending at 1 or at the perfect residuum.
        public var derivedSeriesOrders: [BigInt]
        /// Abelian invariants of each G^(i)/G^(i+1) (GAP's `AbelianInvariants` convention).
        public var derivedFactorInvariants: [[Int]]
        /// Orders of G = gamma_1 > gamma_2 > ..., ending at 1 or where the series stalls.
        public var lowerCentralSeriesOrders: [BigInt]
        /// Orders of the composition factors, top first; nil when Tower proved no composition series.
        public var compositionFactorOrders: [BigInt]?

        public init(order: BigInt, derivedSeriesOrders: [BigInt], derivedFactorInvariants: [[Int]],
                    lowerCentralSeriesOrders: [BigInt], compositionFactorOrders: [BigInt]?) {
            self.order = order
            self.derivedSeriesOrders = derivedSeriesOrders
            self.derivedFactorInvariants = derivedFactorInvariants
            self.lowerCentralSeriesOrders = lowerCentralSeriesOrders
            self.compositionFactorOrders = compositionFactorOrders
        }

        var solvable: Bool { derivedSeriesOrders.last == .one }
        var nilpotent: Bool { lowerCentralSeriesOrders.last == .one }
        var abelian: Bool { derivedSeriesOrders.count <= 2 && solvable }
    }

    /// One group to check: a label for the output line, its generators, and Tower's claims.
    public struct Entry: Sendable {
        public var label: String
        public var generators: [Permutation]
        public var claims: Claims

        public init(label: String, generators: [Permutation], claims: Claims) {
            self.label = label
            self.generators = generators
            self.claims = claims
        }
    }

    /// The script for `entries`; `command` (the Tower command that wrote it) goes into its header.
    public static func script(_ entries: [Entry], command: String) -> String {
        var lines = [
            "# Written by Tower: \(command)",
            "# Rebuilds each group from Tower's generators and checks in GAP every invariant Tower reported.",
            "# Run: gap -q <this file>. Prints \"AGREE <group>: ...\" or \"DIFFER <group>: <invariant>: GAP <x>, Tower <y>\"",
            "# (the first difference) per group; exits 0 when all agree, 1 otherwise (TowerKeepGAP := true; to stay in GAP).",
            "SetPrintFormattingStatus(\"*stdout*\", false);  # one line per result, however long",
            "TowerCheck := function(label, G, checks)",
            "  local check, got;",
            "  for check in checks do",
            "    got := check[2](G);",
            "    if got <> check[3] then",
            "      Print(\"DIFFER \", label, \": \", check[1], \": GAP \", got, \", Tower \", check[3], \"\\n\");",
            "      return false;",
            "    fi;",
            "  od;",
            "  Print(\"AGREE \", label, \": \", Length(checks), \" invariants\\n\");",
            "  return true;",
            "end;",
            "TowerFactorInvariants := function(G)",
            "  local s;",
            "  s := DerivedSeriesOfGroup(G);",
            "  return List([1 .. Length(s) - 1], i -> AbelianInvariants(s[i] / s[i + 1]));",
            "end;",
            "TowerCompositionFactorOrders := function(G)",
            "  local s;",
            "  s := List(CompositionSeries(G), Size);",
            "  return SortedList(List([1 .. Length(s) - 1], i -> s[i] / s[i + 1]));",
            "end;",
            "TowerAllAgree := true;",
        ]
        for entry in entries {
            if entry.generators.isEmpty {
                lines.append("G := Group([ ], ());")
            } else {
                lines += ["G := Group([", entry.generators.map(wrapped).joined(separator: ",\n"), "], ());"]
            }
            lines.append("TowerAllAgree := TowerCheck(\(quoted(entry.label)), G, [")
            lines.append(checks(entry.claims).map { "  [ \(quoted($0.name)), \($0.function), \($0.expected) ]" }
                .joined(separator: ",\n"))
            lines.append("]) and TowerAllAgree;")
        }
        lines += [
            "if not IsBound(TowerKeepGAP) then",
            "  if TowerAllAgree then QuitGap(0); else QuitGap(1); fi;",
            "fi;",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each claim as (what the output line calls it, a GAP function of G, the value Tower reported).
    private static func checks(_ c: Claims) -> [(name: String, function: String, expected: String)] {
        var result: [(String, String, String)] = [
            ("Size", "Size", c.order.description),
            ("IsAbelian", "IsAbelian", gapBool(c.abelian)),
            ("IsSolvableGroup", "IsSolvableGroup", gapBool(c.solvable)),
        ]
        // GAP's DerivedLength of a non-solvable group counts steps to the perfect residuum; Tower
        // reports none, so it is checked only for solvable groups (likewise the nilpotency class).
        if c.solvable { result.append(("DerivedLength", "DerivedLength", String(c.derivedSeriesOrders.count - 1))) }
        result += [
            ("List(DerivedSeriesOfGroup(G), Size)", "G -> List(DerivedSeriesOfGroup(G), Size)",
             list(c.derivedSeriesOrders.map(\.description))),
            ("AbelianInvariants of the derived factors", "TowerFactorInvariants",
             list(c.derivedFactorInvariants.map { list($0.map(String.init)) })),
            ("IsNilpotentGroup", "IsNilpotentGroup", gapBool(c.nilpotent)),
        ]
        // GAP 4.12 gives the trivial group the lower central series [1, 1] and class 1; Tower (and the
        // usual convention) says [1] and class 0. Size 1 is checked above, so these two are left out.
        if c.order != .one {
            if c.nilpotent {
                result.append(("NilpotencyClassOfGroup", "NilpotencyClassOfGroup", String(c.lowerCentralSeriesOrders.count - 1)))
            }
            result.append(("List(LowerCentralSeriesOfGroup(G), Size)", "G -> List(LowerCentralSeriesOfGroup(G), Size)",
                           list(c.lowerCentralSeriesOrders.map(\.description))))
        }
        if let factors = c.compositionFactorOrders {
            result.append(("composition factor orders (sorted)", "TowerCompositionFactorOrders",
                           list(factors.sorted().map(\.description))))
        }
        return result
    }

    /// A permutation in cycle notation over lines of at most about 80 characters, broken between
    /// cycles (GAP reads white space between the cycles of a permutation).
    private static func wrapped(_ p: Permutation) -> String {
        var lines: [String] = []
        var line = "  "
        for cycle in p.description.split(separator: ")", omittingEmptySubsequences: true) {
            if line.count + cycle.count + 1 > 80, line.count > 4 {
                lines.append(line)
                line = "    "
            }
            line += cycle + ")"
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "[ ]" : "[ " + items.joined(separator: ", ") + " ]"
    }

    private static func gapBool(_ value: Bool) -> String { value ? "true" : "false" }

    /// A GAP string literal.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for c in text {
            switch c {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(c)
            }
        }
        return result + "\""
    }
}
