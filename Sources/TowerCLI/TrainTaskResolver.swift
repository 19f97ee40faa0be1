import Depth
import Foundation
import Groups
import SequenceModels

/// Turns `--group NAME` into a word-problem task (and its group) through the group catalog.
enum TrainTaskResolver {
    static func wordProblem(named name: String) throws -> (WordProblemTask, PermutationGroup) {
        do {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            let group = try GroupCatalog.group(named: trimmed)
            return (try WordProblemTask(name: trimmed, group: group), group)
        } catch {
            throw InputFailure("--group '\(name)': \(error)")
        }
    }
}
