extension Rational: Comparable {
    // Cross-multiplication; with word-sized parts the products are taken full width (128 bits),
    // so the comparison is exact without leaving `Int`.
    @inlinable public static func < (a: Rational, b: Rational) -> Bool {
        if let an = a.numerator.intValue, let ad = a.denominator.intValue,
           let bn = b.numerator.intValue, let bd = b.denominator.intValue {
            let x = an.multipliedFullWidth(by: bd), y = bn.multipliedFullWidth(by: ad)
            return x.high < y.high || (x.high == y.high && x.low < y.low)
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }
}
