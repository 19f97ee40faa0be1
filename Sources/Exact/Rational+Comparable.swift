extension Rational: Comparable {
    // Cross-multiplication; with word-sized parts the products are taken full width (128 bits),
    // so the comparison is exact without leaving `Int`.
    @inlinable public static func < (a: Rational, b: Rational) -> Bool {
        if case .small(let an) = a.numerator.storage, case .small(let ad) = a.denominator.storage,
           case .small(let bn) = b.numerator.storage, case .small(let bd) = b.denominator.storage {
            let x = an.multipliedFullWidth(by: bd), y = bn.multipliedFullWidth(by: ad)
            return x.high < y.high || (x.high == y.high && x.low < y.low)
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }
}
