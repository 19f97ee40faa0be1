import SequenceModels

/// Named parameters of a model being written by hand, all zero until set; `model()` packs them.
struct WeightSheet {
    let config: ModelConfig
    private var values: [String: [Float]] = [:]
    private var columns: [String: Int] = [:]

    /// Most parameters a hand-written model may have: 1 GiB in Float; the sheet, the model and its
    /// Double evaluation together stay within about 4 GiB.
    static let maximumParameters = 1 << 28

    /// `WitnessError.modelTooLarge` when a model of `config` has more than `maximumParameters`
    /// (checked before anything is allocated; `WitnessModel.config` asks it before any weight).
    static func requireAffordable(_ config: ModelConfig) throws {
        let count = ParameterLayout(config: config).count
        guard count <= maximumParameters else { throw WitnessError.modelTooLarge(parameters: count, limit: maximumParameters) }
    }

    init(config: ModelConfig) throws {
        self.config = config
        try Self.requireAffordable(config)
        let layout = try SequenceModel(config: config, parameters: [Float](repeating: 0, count: ParameterLayout(config: config).count)).layout
        for e in layout.entries {
            values[e.name] = [Float](repeating: 0, count: e.count)
            columns[e.name] = e.shape.count == 2 ? e.shape[1] : 1
        }
    }

    /// Entry (row, column) of a matrix parameter.
    mutating func set(_ name: String, _ row: Int, _ column: Int, _ value: Float) {
        values[name]![row * columns[name]! + column] = value
    }

    /// Entry i of a vector parameter.
    mutating func set(_ name: String, _ i: Int, _ value: Float) {
        values[name]![i] = value
    }

    func model() throws -> SequenceModel {
        var model = try SequenceModel(config: config, parameters: [Float](repeating: 0, count: ParameterLayout(config: config).count))
        for (name, v) in values { try model.setParameter(name, v) }
        return model
    }
}
