import CGMP

extension BigInt: Comparable {
    @inlinable public static func == (a: BigInt, b: BigInt) -> Bool {
        switch (a.storage, b.storage) {
        case (.small(let x), .small(let y)): return x == y
        case (.large(let x), .large(let y)): return __gmpz_cmp(x.raw, y.raw) == 0
        default: return false  // canonical form: a large value never equals a small one
        }
    }

    @inlinable public static func < (a: BigInt, b: BigInt) -> Bool {
        switch (a.storage, b.storage) {
        case (.small(let x), .small(let y)): return x < y
        case (.large(let x), .small): return x.signum < 0
        case (.small, .large(let y)): return y.signum > 0
        case (.large(let x), .large(let y)): return __gmpz_cmp(x.raw, y.raw) < 0
        }
    }
}
