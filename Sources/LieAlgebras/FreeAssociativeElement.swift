import Exact

/// An element of the free associative algebra Q<x_0, ..., x_(k-1)>, truncated above a degree:
/// a map from words (letter indices) to coefficients. The ground on which BCH and Magnus are
/// computed before being written as brackets.
public struct FreeAssociativeElement: Sendable, Equatable {
    public private(set) var terms: [[Int]: Rational]
    /// Words longer than this are dropped by every operation.
    public let maxDegree: Int

    public init(terms: [[Int]: Rational] = [:], maxDegree: Int) {
        self.terms = terms.filter { !$0.value.isZero && $0.key.count <= maxDegree }
        self.maxDegree = maxDegree
    }

    /// The single letter x_i.
    public static func letter(_ i: Int, maxDegree: Int) -> FreeAssociativeElement {
        FreeAssociativeElement(terms: [[i]: .one], maxDegree: maxDegree)
    }

    public static func one(maxDegree: Int) -> FreeAssociativeElement {
        FreeAssociativeElement(terms: [[]: .one], maxDegree: maxDegree)
    }

    /// The part of degree exactly `d`.
    public func homogeneous(_ d: Int) -> FreeAssociativeElement {
        FreeAssociativeElement(terms: terms.filter { $0.key.count == d }, maxDegree: maxDegree)
    }

    public static func + (a: FreeAssociativeElement, b: FreeAssociativeElement) -> FreeAssociativeElement {
        var t = a.terms
        for (w, c) in b.terms { t[w, default: .zero] += c }
        return FreeAssociativeElement(terms: t, maxDegree: min(a.maxDegree, b.maxDegree))
    }

    public static func - (a: FreeAssociativeElement, b: FreeAssociativeElement) -> FreeAssociativeElement {
        a + b.scaled(by: -1)
    }

    public static func * (a: FreeAssociativeElement, b: FreeAssociativeElement) -> FreeAssociativeElement {
        let top = min(a.maxDegree, b.maxDegree)
        var t: [[Int]: Rational] = [:]
        for (u, c) in a.terms {
            for (v, d) in b.terms where u.count + v.count <= top { t[u + v, default: .zero] += c * d }
        }
        return FreeAssociativeElement(terms: t, maxDegree: top)
    }

    public func scaled(by c: Rational) -> FreeAssociativeElement {
        FreeAssociativeElement(terms: terms.mapValues { $0 * c }, maxDegree: maxDegree)
    }

    /// exp(x) = sum x^k / k! up to the truncation degree (x without constant term).
    public static func exp(_ x: FreeAssociativeElement) -> FreeAssociativeElement {
        var sum = one(maxDegree: x.maxDegree), power = one(maxDegree: x.maxDegree)
        var factorial = BigInt.one
        for k in 1...max(x.maxDegree, 1) {
            power = power * x
            factorial = factorial * BigInt(k)
            sum = sum + power.scaled(by: Rational(.one, factorial)!)
        }
        return sum
    }

    /// log(1 + y) = sum (-1)^(k+1) y^k / k up to the truncation degree (y without constant term).
    public static func log1p(_ y: FreeAssociativeElement) -> FreeAssociativeElement {
        var sum = FreeAssociativeElement(maxDegree: y.maxDegree), power = one(maxDegree: y.maxDegree)
        for k in 1...max(y.maxDegree, 1) {
            power = power * y
            sum = sum + power.scaled(by: Rational(BigInt(k % 2 == 1 ? 1 : -1), BigInt(k))!)
        }
        return sum
    }
}
