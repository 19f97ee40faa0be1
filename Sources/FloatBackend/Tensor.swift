/// A dense row-major tensor of real scalars: a shape and a flat storage array.
///
/// Kernels take and return tensors; the last dimension is the contiguous one. A "matrix of rows"
/// `[n, d]` is the layout every layer uses (n = batch * time tokens, d = features).
public struct Tensor<T: FloatScalar>: Sendable, Equatable {
    public var shape: [Int]
    public var storage: [T]

    /// A tensor of the given shape filled with `value`.
    @inlinable public init(shape: [Int], repeating value: T = 0) {
        self.shape = shape
        self.storage = Array(repeating: value, count: shape.reduce(1, *))
    }

    /// A tensor over existing storage; `storage.count` must equal the product of `shape`.
    @inlinable public init(shape: [Int], storage: [T]) {
        precondition(shape.reduce(1, *) == storage.count, "Tensor: storage count \(storage.count) does not match shape \(shape)")
        self.shape = shape
        self.storage = storage
    }

    @inlinable public var count: Int { storage.count }

    /// Number of rows when viewed as a matrix `[rows, columns]` (all but the last dimension).
    @inlinable public var rows: Int { shape.isEmpty ? 1 : count / Swift.max(columns, 1) }

    /// Size of the last dimension.
    @inlinable public var columns: Int { shape.last ?? 1 }

    /// Element of a matrix-shaped tensor.
    @inlinable public subscript(row: Int, column: Int) -> T {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// The same values converted to another scalar type (e.g. Float weights checked in Double).
    public func converted<U: FloatScalar>(to: U.Type = U.self) -> Tensor<U> {
        Tensor<U>(shape: shape, storage: storage.map { U($0) })
    }

    /// True when every entry is finite (no NaN, no infinity).
    public var isFinite: Bool { storage.allSatisfy { $0.isFinite } }
}
