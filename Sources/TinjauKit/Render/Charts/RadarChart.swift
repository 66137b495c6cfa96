import Foundation

/// A radar (spider) chart of percentages 0…100 on equally spaced axes, drawn as
/// inline SVG. Rings every 20 %, values written at each axis label, a
/// high-contrast outline so that it reads in black and white print. An axis
/// without a value ("belum ada program") leaves a gap in the area and has no
/// marker; a real 0 % has its marker at the centre.
public struct RadarChart: Sendable {
    /// Element id prefix, unique within the page.
    public var id: String
    /// Chart title (`<title>`).
    public var title: String
    /// Longer text alternative (`<desc>`), listing every value.
    public var description: String
    /// The axes, clockwise from the top.
    public var data: [ChartDatum]

    /// Creates a chart; `data` needs at least three axes to draw a shape.
    public init(id: String, title: String, description: String, data: [ChartDatum]) {
        self.id = id
        self.title = title
        self.description = description
        self.data = data
    }

    static let width = 440.0, height = 420.0, radius = 105.0, cx = 220.0, cy = 215.0

    private func point(_ index: Int, _ fraction: Double) -> (Double, Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(data.count, 1))
        return (Self.cx + Self.radius * fraction * cos(angle), Self.cy + Self.radius * fraction * sin(angle))
    }

    /// Splits `text` at spaces into lines of at most `width` characters (a longer word stays whole).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    /// The SVG markup.
    public func svg() -> String {
        var out = SVG.open(id: id, width: Self.width, height: Self.height, title: title, description: description, cssClass: "chart chart-radar")
        let count = data.count
        guard count >= 3 else { return out + "</svg>" }
        func polygon(_ fraction: (Int) -> Double) -> String {
            (0..<count).map { i in let p = point(i, fraction(i)); return SVG.n(p.0) + "," + SVG.n(p.1) }.joined(separator: " ")
        }
        out += "<g class=\"grid\" aria-hidden=\"true\">\n"
        for ring in [20.0, 40, 60, 80, 100] {
            out += "<polygon points=\"\(polygon { _ in ring / 100 })\" />\n"
        }
        for i in 0..<count {
            let p = point(i, 1)
            out += "<line x1=\"\(SVG.n(Self.cx))\" y1=\"\(SVG.n(Self.cy))\" x2=\"\(SVG.n(p.0))\" y2=\"\(SVG.n(p.1))\" />\n"
        }
        // Ring values along the bisector between the first two axes, clear of the data labels.
        let ringAngle = -Double.pi / 2 + Double.pi / Double(count)
        for ring in [20, 40, 60, 80, 100] {
            let r = Self.radius * Double(ring) / 100
            let x = Self.cx + r * cos(ringAngle) + 3, y = Self.cy + r * sin(ringAngle) - 3
            out += "<text class=\"ring-label\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\">\(ring)</text>\n"
        }
        out += "</g>\n"
        func fraction(_ i: Int) -> Double { min(max((data[i].percent ?? 0) / 100, 0), 1) }
        if data.allSatisfy({ $0.percent != nil }) {
            out += "<polygon class=\"value-area\" points=\"\(polygon(fraction))\" />\n"
        } else {
            // An axis without programmes has no value: the area leaves a gap there (a wedge is drawn only
            // between two axes that both have a value) and the axis gets no marker, so that it never
            // looks like a real 0 %, which is a marker at the centre.
            for i in 0..<count where data[i].percent != nil && data[(i + 1) % count].percent != nil {
                let a = point(i, fraction(i)), b = point((i + 1) % count, fraction((i + 1) % count))
                out += "<polygon class=\"value-wedge\" points=\"\(SVG.n(Self.cx)),\(SVG.n(Self.cy)) \(SVG.n(a.0)),\(SVG.n(a.1)) \(SVG.n(b.0)),\(SVG.n(b.1))\" />\n"
                out += "<line class=\"value-edge\" x1=\"\(SVG.n(a.0))\" y1=\"\(SVG.n(a.1))\" x2=\"\(SVG.n(b.0))\" y2=\"\(SVG.n(b.1))\" />\n"
            }
        }
        for i in 0..<count where data[i].percent != nil {
            let p = point(i, fraction(i))
            out += "<circle class=\"value-point\" cx=\"\(SVG.n(p.0))\" cy=\"\(SVG.n(p.1))\" r=\"4\" />\n"
        }
        for (i, datum) in data.enumerated() {
            let p = point(i, 1.12)
            let dx = p.0 - Self.cx
            let anchor = abs(dx) < 1 ? "middle" : (dx > 0 ? "start" : "end")
            let values = datum.percent == nil ? Self.wrap(datum.valueText, width: 10) : [datum.valueText]
            let lines = Self.wrap(datum.label, width: 12) + values
            let lineHeight = 18.0
            // Top label grows upwards, bottom label downwards, side labels centre on the axis end.
            var y: Double
            if abs(dx) < 1 && p.1 < Self.cy { y = p.1 - lineHeight * Double(lines.count - 1) - 4 }
            else if abs(dx) < 1 { y = p.1 + 14 }
            else { y = p.1 - lineHeight * Double(lines.count - 1) / 2 + 5 }
            out += "<text class=\"axis-label\" x=\"\(SVG.n(p.0))\" y=\"\(SVG.n(y))\" text-anchor=\"\(anchor)\">"
            for (k, line) in lines.enumerated() {
                let cls = k < lines.count - values.count ? "axis-name" : (datum.percent == nil ? "axis-value axis-empty" : "axis-value")
                let dy = k == 0 ? "" : " dy=\"\(SVG.n(lineHeight))\""
                out += "<tspan class=\"\(cls)\" x=\"\(SVG.n(p.0))\"\(dy)>\(SVG.text(line))</tspan>"
            }
            out += "</text>\n"
        }
        return out + "</svg>"
    }
}
