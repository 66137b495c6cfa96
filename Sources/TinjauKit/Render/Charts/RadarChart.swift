import Foundation

/// A radar (spider) chart of percentages 0…100 on equally spaced axes, drawn as
/// inline SVG. Rings every 20 %, values written at each axis label, a
/// high-contrast outline so that it reads in black and white print. An axis
/// without a value ("belum ada program") leaves a gap in the area and has no
/// marker; a real 0 % has its marker at the centre. Axis labels are measured
/// (``TextMeasurer``): a name wraps to two lines of at most 150 units and is cut
/// with `…` after that (the full name in the label's `<title>`), and the viewBox
/// grows on the side where a label would otherwise cross it.
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

    /// The smallest viewBox (it grows when labels need more room) and the radius of the 100 % ring.
    static let minimumWidth = 440.0, minimumHeight = 420.0, radius = 105.0
    /// Where the centre sits in the smallest viewBox.
    static let baseCX = 220.0, baseCY = 215.0
    /// The fonts of the theme's `.chart-radar` rules (`style.css`): 16, names semi-bold, values bold,
    /// "belum ada program" regular italic; ring values 11.
    static let nameFont = ChartFont(size: 16, bold: true), valueFont = ChartFont(size: 16, bold: true)
    static let emptyFont = ChartFont(size: 16), ringFont = ChartFont(size: 11)
    /// The widest line of an axis label (user units); a name wraps to two lines of this and is cut after.
    static let labelLineLimit = 150.0
    static let lineHeight = 18.0

    private func point(_ index: Int, _ fraction: Double, cx: Double, cy: Double) -> (Double, Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(data.count, 1))
        return (cx + Self.radius * fraction * cos(angle), cy + Self.radius * fraction * sin(angle))
    }

    /// The label of axis `i` with the chart's centre at (`cx`, `cy`): the name on up to two lines, then
    /// the value (two lines at most for "belum ada program"). The top label grows upwards, the bottom
    /// one downwards, side labels are centred on the axis end and grow outwards.
    private func axisLabel(_ i: Int, cx: Double, cy: Double) -> ChartLabel {
        let datum = data[i]
        let p = point(i, 1.12, cx: cx, cy: cy)
        let dx = p.0 - cx
        let anchor: ChartLabel.Anchor = abs(dx) < 1 ? .middle : (dx > 0 ? .start : .end)
        let limit = [Self.labelLineLimit, Self.labelLineLimit]
        let name = TextMeasurer.wrap(datum.label, widths: limit, font: Self.nameFont)
        var lines = name.lines.map { ChartLine(text: $0, font: Self.nameFont, cssClass: "axis-name") }
        if datum.percent == nil {
            lines += TextMeasurer.wrap(datum.valueText, widths: limit, font: Self.emptyFont).lines
                .map { ChartLine(text: $0, font: Self.emptyFont, cssClass: "axis-value axis-empty") }
        } else {
            lines.append(
                ChartLine(
                    text: TextMeasurer.truncate(datum.valueText, to: Self.labelLineLimit, font: Self.valueFont),
                    font: Self.valueFont, cssClass: "axis-value"))
        }
        let y: Double
        if abs(dx) < 1 && p.1 < cy {
            y = p.1 - Self.lineHeight * Double(lines.count - 1) - 4
        } else if abs(dx) < 1 {
            y = p.1 + 14
        } else {
            y = p.1 - Self.lineHeight * Double(lines.count - 1) / 2 + 5
        }
        let full = datum.title ?? datum.label
        return ChartLabel(
            lines: lines, x: p.0, y: y, anchor: anchor, lineHeight: Self.lineHeight, cssClass: "axis-label",
            title: name.cut || full != datum.label ? full : nil)
    }

    /// The SVG markup.
    public func svg() -> String { draw().svg }

    /// The markup and its text layout. The viewBox is at least 440 × 420 with the centre at (220, 215);
    /// it grows on the side where an axis label would otherwise cross it.
    func draw() -> DrawnChart {
        let count = data.count
        guard count >= 3 else {
            return DrawnChart(
                svg: SVG.open(
                    id: id, width: Self.minimumWidth, height: Self.minimumHeight, title: title, description: description,
                    cssClass: "chart chart-radar") + "</svg>",
                layout: ChartLayout(width: Self.minimumWidth, height: Self.minimumHeight, labels: []))
        }
        // Measure the labels around a centre at the origin, then make room for them.
        var minX = -Self.baseCX
        var maxX = Self.minimumWidth - Self.baseCX
        var minY = -Self.baseCY
        var maxY = Self.minimumHeight - Self.baseCY
        for i in 0..<count {
            let b = axisLabel(i, cx: 0, cy: 0).bounds
            minX = min(minX, b.minX - 4)
            maxX = max(maxX, b.maxX + 4)
            minY = min(minY, b.minY - 4)
            maxY = max(maxY, b.maxY + 4)
        }
        let cx = -minX
        let cy = -minY
        let width = maxX - minX
        let height = maxY - minY
        func point(_ i: Int, _ fraction: Double) -> (Double, Double) { self.point(i, fraction, cx: cx, cy: cy) }
        var labels: [ChartLabel] = []
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description, cssClass: "chart chart-radar")
        func polygon(_ fraction: (Int) -> Double) -> String {
            (0..<count).map { i in
                let p = point(i, fraction(i))
                return SVG.n(p.0) + "," + SVG.n(p.1)
            }.joined(separator: " ")
        }
        out += "<g class=\"grid\" aria-hidden=\"true\">\n"
        for ring in [20.0, 40, 60, 80, 100] {
            out += "<polygon points=\"\(polygon { _ in ring / 100 })\" />\n"
        }
        for i in 0..<count {
            let p = point(i, 1)
            out += "<line x1=\"\(SVG.n(cx))\" y1=\"\(SVG.n(cy))\" x2=\"\(SVG.n(p.0))\" y2=\"\(SVG.n(p.1))\" />\n"
        }
        // Ring values along the bisector between the first two axes, clear of the data labels.
        let ringAngle = -Double.pi / 2 + Double.pi / Double(count)
        for ring in [20, 40, 60, 80, 100] {
            let r = Self.radius * Double(ring) / 100
            let label = ChartLabel(
                String(ring), x: cx + r * cos(ringAngle) + 3, y: cy + r * sin(ringAngle) - 3, font: Self.ringFont, cssClass: "ring-label")
            labels.append(label)
            out += label.svg
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
                let a = point(i, fraction(i))
                let b = point((i + 1) % count, fraction((i + 1) % count))
                out +=
                    "<polygon class=\"value-wedge\" points=\"\(SVG.n(cx)),\(SVG.n(cy)) \(SVG.n(a.0)),\(SVG.n(a.1)) \(SVG.n(b.0)),\(SVG.n(b.1))\" />\n"
                out += "<line class=\"value-edge\" x1=\"\(SVG.n(a.0))\" y1=\"\(SVG.n(a.1))\" x2=\"\(SVG.n(b.0))\" y2=\"\(SVG.n(b.1))\" />\n"
            }
        }
        for i in 0..<count where data[i].percent != nil {
            let p = point(i, fraction(i))
            out += "<circle class=\"value-point\" cx=\"\(SVG.n(p.0))\" cy=\"\(SVG.n(p.1))\" r=\"4\" />\n"
        }
        for i in 0..<count {
            let label = axisLabel(i, cx: cx, cy: cy)
            labels.append(label)
            out += label.svg
        }
        return DrawnChart(svg: out + "</svg>", layout: ChartLayout(width: width, height: height, labels: labels))
    }
}
