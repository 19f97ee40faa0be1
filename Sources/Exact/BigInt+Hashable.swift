import CGMP

extension BigInt: Hashable {
    // The representation is canonical (a value that fits in `Int` is always stored inline), so
    // hashing the inline word or the GMP limbs can never give equal values different hashes.
    public func hash(into hasher: inout Hasher) {
        guard let z = largeMPZ else {
            if let v = intValue { hasher.combine(v) }
            return
        }
        hasher.combine(z.pointee._mp_size)  // sign and length
        for i in 0..<Int(z.pointee._mp_size.magnitude) { hasher.combine(z.pointee._mp_d[i]) }
    }
}
