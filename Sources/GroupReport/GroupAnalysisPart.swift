/// The invariants `tower group --only` can select (comma-separated); without `--only` every
/// part is computed. What each part computes:
/// - `derived`: the derived series, the abelian invariants of its factors, solvable, derived length;
/// - `lower-central`: the lower central series, nilpotent, nilpotency class;
/// - `ea2`: the elementary abelian 2 series ([H,H]H^2);
/// - `composition`: a composition series.
/// The order and `abelian` are always reported; the predicted depths need `derived` and `ea2`.
public enum GroupAnalysisPart: String, CaseIterable, Sendable {
    case derived
    case lowerCentral = "lower-central"
    case ea2
    case composition

    public static let all = Set(allCases)

    /// The parts named in `text` ("derived,lower-central"); a one-line error names an unknown one.
    public static func parse(_ text: String) throws -> Set<GroupAnalysisPart> {
        var parts = Set<GroupAnalysisPart>()
        for word in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let part = GroupAnalysisPart(rawValue: name) else {
                throw GroupAnalysisPartError(message: "--only: unknown part '\(word)' (known: "
                                             + allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            parts.insert(part)
        }
        return parts
    }
}

/// An unknown part name in `--only`; `message` is the one-line error the CLI prints.
public struct GroupAnalysisPartError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
