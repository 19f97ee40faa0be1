import ArgumentParser

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print Tower's version.")

    func run() {
        print("tower \(TowerVersion.string)")
    }
}
