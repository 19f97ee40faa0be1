import CGMP

extension BigInt: Hashable {
    // The representation is canonical (a value that fits in `Int` is always stored inline), so
    // hashing the inline word or the GMP limbs can never give equal values different hashes.
    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .small(let v): hasher.combine(v)
        case .large(let b):
            withExtendedLifetime(b) {
                hasher.combine(b.signum)
                for i in 0..<b.limbCount { hasher.combine(__gmpz_getlimbn(b.raw, i)) }
            }
        }
    }
}
