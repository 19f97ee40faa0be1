import CGMP

extension BigInt: Comparable {
    @inlinable public static func == (a: BigInt, b: BigInt) -> Bool {
        if let x = a.intValue, let y = b.intValue { return x == y }
        guard let x = a.largeMPZ, let y = b.largeMPZ else { return false }  // canonical: large != small
        return __gmpz_cmp(x, y) == 0
    }

    @inlinable public static func < (a: BigInt, b: BigInt) -> Bool {
        if let x = a.intValue, let y = b.intValue { return x < y }
        // At least one side is large, so its sign alone decides against an inline value.
        switch (a.largeMPZ, b.largeMPZ) {
        case (let x?, let y?): return __gmpz_cmp(x, y) < 0
        case (let x?, nil): return x.pointee._mp_size < 0
        case (nil, let y?): return y.pointee._mp_size > 0
        case (nil, nil): return false  // not reached
        }
    }
}
