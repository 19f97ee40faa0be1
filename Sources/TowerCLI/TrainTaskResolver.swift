import SequenceModels

/// Turns `--group NAME` / `--task rotations` into a task. Cyclic groups `C<n>` and symmetric
/// groups `S<n>` are built directly; other names come from the group catalog once it is merged.
enum TrainTaskResolver {
    static func wordProblem(named name: String) throws -> WordProblemTask {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("C"), let n = Int(trimmed.dropFirst()), n >= 1, n <= 100_000 {
            return try WordProblemTask.cyclic(order: n)
        }
        if trimmed.hasPrefix("S"), let n = Int(trimmed.dropFirst()) {
            return try WordProblemTask.symmetric(degree: n)
        }
        throw InputFailure("unknown group '\(name)' (known here: C<n>, S<n> for n <= 7)")
    }
}

import Foundation
