import SequenceModels

/// Turns `--group NAME` into a word-problem task through the group catalog.
enum TrainTaskResolver {
    static func wordProblem(named name: String) throws -> WordProblemTask {
        do {
            return try WordProblemTask.named(name.trimmingCharacters(in: .whitespaces))
        } catch {
            throw InputFailure("--group '\(name)': \(error)")
        }
    }
}
