import Foundation

/// Ordinary least squares y = intercept + slope x with the slope's 95% confidence interval
/// (slope +- t(0.975, n - 2) x its standard error; Student's t for n - 2 degrees of freedom, from
/// the table below up to 30, 1.96 beyond). With two points the slope is exact and has no interval.
public struct SlopeFit: Sendable, Codable, Equatable {
    public var slope: Double
    public var intercept: Double
    public var points: Int
    /// nil with fewer than three points.
    public var standardError: Double?
    public var ciLow: Double?
    public var ciHigh: Double?

    /// nil with fewer than two points or when every x is the same.
    public init?(x: [Double], y: [Double]) {
        let n = min(x.count, y.count)
        guard n >= 2 else { return nil }
        let mx = x.prefix(n).reduce(0, +) / Double(n), my = y.prefix(n).reduce(0, +) / Double(n)
        var sxx = 0.0, sxy = 0.0
        for i in 0..<n { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my) }
        guard sxx > 0 else { return nil }
        slope = sxy / sxx
        intercept = my - slope * mx
        points = n
        guard n >= 3 else { return }
        var residuals = 0.0
        for i in 0..<n { let r = y[i] - intercept - slope * x[i]; residuals += r * r }
        let se = (residuals / Double(n - 2) / sxx).squareRoot()
        let t = SlopeFit.studentT975(degreesOfFreedom: n - 2)
        standardError = se
        ciLow = slope - t * se
        ciHigh = slope + t * se
    }

    /// Two-sided 95% quantile of Student's t (0.975 point) for 1...30 degrees of freedom; 1.96 above.
    static func studentT975(degreesOfFreedom df: Int) -> Double {
        let table: [Double] = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                               2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                               2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]
        return df >= 1 && df <= table.count ? table[df - 1] : 1.96
    }
}
