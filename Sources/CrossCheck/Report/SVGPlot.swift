import Foundation

/// A small line chart written as SVG by hand (no dependencies): axes with ticks, one polyline
/// per series, dashed vertical markers, a legend. Well-formed XML; text is escaped.
public struct SVGPlot: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var color: String
        public var points: [(x: Double, y: Double)]
        public var dashed = false
        public init(name: String, color: String, points: [(x: Double, y: Double)], dashed: Bool = false) {
            self.dashed = dashed
            self.name = name; self.color = color; self.points = points
        }
    }

    public struct Marker: Sendable {
        public var x: Double
        public var label: String
        public var color: String
        public init(x: Double, label: String, color: String) { self.x = x; self.label = label; self.color = color }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// Plot x on a log10 scale (range given in data units, > 0).
    public var logX = false
    public var xTicks: [Double]
    public var yTicks: [Double]
    public var series: [Series] = []
    public var markers: [Marker] = []
    /// Dotted horizontal reference lines (e.g. chance level); `Marker.x` holds the y value.
    public var levels: [Marker] = []

    public init(title: String, xLabel: String, yLabel: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                logX: Bool = false, xTicks: [Double], yTicks: [Double]) {
        self.title = title; self.xLabel = xLabel; self.yLabel = yLabel; self.xRange = xRange; self.yRange = yRange
        self.logX = logX; self.xTicks = xTicks; self.yTicks = yTicks
    }

    static let width = 420.0, height = 300.0
    static let left = 55.0, right = 120.0, top = 30.0, bottom = 45.0

    public func render() -> String {
        let w = SVGPlot.width, h = SVGPlot.height
        var s = ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(w))\" height=\"\(Int(h))\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" font-family=\"sans-serif\" font-size=\"11\">"]
        s.append("<rect x=\"0\" y=\"0\" width=\"\(Int(w))\" height=\"\(Int(h))\" fill=\"white\"/>")
        s.append(text(w / 2 - SVGPlot.right / 2 + SVGPlot.left / 2, 18, title, anchor: "middle", size: 13, bold: true))
        let x0 = SVGPlot.left, x1 = w - SVGPlot.right, y0 = h - SVGPlot.bottom, y1 = SVGPlot.top
        s.append("<rect x=\"\(f(x0))\" y=\"\(f(y1))\" width=\"\(f(x1 - x0))\" height=\"\(f(y0 - y1))\" fill=\"none\" stroke=\"#444\"/>")
        for t in xTicks {
            let x = px(t)
            s.append("<line x1=\"\(f(x))\" y1=\"\(f(y0))\" x2=\"\(f(x))\" y2=\"\(f(y0 + 4))\" stroke=\"#444\"/>")
            s.append(text(x, y0 + 16, label(t), anchor: "middle"))
        }
        for t in yTicks {
            let y = py(t)
            s.append("<line x1=\"\(f(x0))\" y1=\"\(f(y))\" x2=\"\(f(x1))\" y2=\"\(f(y))\" stroke=\"#ddd\"/>")
            s.append(text(x0 - 6, y + 4, label(t), anchor: "end"))
        }
        s.append(text((x0 + x1) / 2, h - 8, xLabel, anchor: "middle"))
        s.append("<text x=\"14\" y=\"\(f((y0 + y1) / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(f((y0 + y1) / 2)))\">\(SVGPlot.escape(yLabel))</text>")
        for (i, m) in markers.enumerated() {
            let x = px(m.x)
            s.append("<line x1=\"\(f(x))\" y1=\"\(f(y1))\" x2=\"\(f(x))\" y2=\"\(f(y0))\" stroke=\"\(m.color)\" stroke-dasharray=\"5,4\" stroke-width=\"1.5\"/>")
            // Labels near the right edge go left of their line, clear of the legend.
            let leftOfLine = x > (x0 + x1) / 2
            s.append(text(leftOfLine ? x - 3 : x + 3, y1 + 12 + 12 * Double(i), m.label, anchor: leftOfLine ? "end" : "start", color: m.color))
        }
        for m in levels {
            let y = py(m.x)
            s.append("<line x1=\"\(f(x0))\" y1=\"\(f(y))\" x2=\"\(f(x1))\" y2=\"\(f(y))\" stroke=\"\(m.color)\" stroke-dasharray=\"2,3\" stroke-width=\"1.5\"/>")
            s.append(text(x1 - 3, y - 3, m.label, anchor: "end", color: m.color))
        }
        for (i, series) in series.enumerated() {
            let pts = series.points.filter { $0.y.isFinite && (!logX || $0.x > 0) }
            if pts.count > 1 {
                let path = pts.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
                s.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(series.color)\" stroke-width=\"2\"\(series.dashed ? " stroke-dasharray=\"6,3\"" : "")/>")
            }
            for p in pts { s.append("<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"3\" fill=\"\(series.color)\"/>") }
            let ly = y1 + 8 + 16 * Double(i)
            s.append("<line x1=\"\(f(x1 + 8))\" y1=\"\(f(ly))\" x2=\"\(f(x1 + 24))\" y2=\"\(f(ly))\" stroke=\"\(series.color)\" stroke-width=\"2\"\(series.dashed ? " stroke-dasharray=\"6,3\"" : "")/>")
            s.append(text(x1 + 28, ly + 4, series.name, anchor: "start"))
        }
        s.append("</svg>")
        return s.joined(separator: "\n")
    }

    /// Escapes the five XML special characters.
    public static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&apos;")
    }

    private func px(_ x: Double) -> Double {
        let (a, b, v) = logX ? (log10(xRange.lowerBound), log10(xRange.upperBound), log10(max(x, 1e-300))) : (xRange.lowerBound, xRange.upperBound, x)
        let t = b > a ? (v - a) / (b - a) : 0.5
        return SVGPlot.left + t * (SVGPlot.width - SVGPlot.right - SVGPlot.left)
    }

    private func py(_ y: Double) -> Double {
        let (a, b) = (yRange.lowerBound, yRange.upperBound)
        let t = b > a ? (min(max(y, a), b) - a) / (b - a) : 0.5
        return SVGPlot.height - SVGPlot.bottom - t * (SVGPlot.height - SVGPlot.bottom - SVGPlot.top)
    }

    private func text(_ x: Double, _ y: Double, _ s: String, anchor: String, size: Int = 11, bold: Bool = false, color: String = "#222") -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" fill=\"\(color)\"\(bold ? " font-weight=\"bold\"" : "")>\(SVGPlot.escape(s))</text>"
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }

    private func label(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e6 ? String(Int(v)) : String(format: "%g", v)
    }
}
