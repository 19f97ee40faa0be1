import Foundation
import GroupReport
import Groups

/// `tower group ... --gap-script FILE`: the GAP script (`Groups.GapCheckScript`) that checks in GAP
/// what the report said, written atomically (`FileAccess`: a temporary file, fsync, rename).
enum GroupGapScript {
    static func write(_ groups: [(GroupSource, GroupAnalysis)], labels: [String], to path: String) throws {
        let entries = zip(groups, labels).map { group, label in
            GapCheckScript.Entry(label: label, generators: group.0.group.generators, claims: group.1.gapClaims)
        }
        let command = (["tower"] + CommandLine.arguments.dropFirst().map(shellQuoted)).joined(separator: " ")
        let script = GapCheckScript.script(entries, command: command)
        try FileAccess.writeAtomically(script, to: path, what: "--gap-script")
        printError("GAP script written to \(path); check it with: gap -q \(path)")
    }

    /// An argument as a shell would need it (single-quoted unless it is plain).
    private static func shellQuoted(_ argument: String) -> String {
        let plain = argument.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=,".contains($0)) }
        return plain && !argument.isEmpty ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension GroupAnalysis {
    /// What this report claims, in the terms of the GAP check script.
    var gapClaims: GapCheckScript.Claims {
        // --gap-script needs the whole report (`--only` is refused with it), so every part is here.
        GapCheckScript.Claims(order: order, derivedSeriesOrders: derived?.orders ?? [],
                              derivedFactorInvariants: derived?.factorInvariants ?? [],
                              lowerCentralSeriesOrders: lowerCentral?.orders ?? [],
                              compositionFactorOrders: try? composition?.get().factorOrders)
    }
}
