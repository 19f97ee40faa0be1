import ArgumentParser
import CrossCheck
import Foundation

/// `tower crosscheck slurm DIR --array N`: a Slurm job array running one shard per task.
struct CrossCheckSlurm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write an sbatch script that runs a planned sweep as a Slurm job array (one shard per task).",
        discussion: """
        Writes DIR/slurm.sh: a job array of N tasks (--array=1-N), task I running \
        `tower crosscheck run DIR --shard I/N` with this tower executable, its log in \
        DIR/slurm/<job>_<task>.out, TOWER_THREADS set to the task's CPUs. Prints the sbatch command; \
        --submit runs it and prints the job id. DIR must be on a file system every node sees. \
        Follow the job with tower crosscheck status DIR; render the report with tower crosscheck \
        report DIR. A task that is killed (time limit, preemption) loses only its current cell: \
        resubmit, or run tower crosscheck run DIR, and finished cells are skipped.

        Example:
          tower crosscheck --groups "C2,S3" --models dcd --layers 1-2 --out sweep --plan-only
          tower crosscheck slurm sweep --array 4 --partition short --time 00:30:00 --cpus 1 --submit
        """
    )

    @Argument(help: "The sweep directory.") var directory: String
    @OptionGroup(title: "Slurm") var slurm: SlurmOptions

    func run() throws {
        try reportingInputFailures {
            let (_, plan) = try SweepDirectory.open(directory)
            try slurm.write(directory: directory, plan: plan)
        }
    }
}
