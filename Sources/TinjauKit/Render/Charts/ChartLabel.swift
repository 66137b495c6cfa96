import Foundation

/// One line of a chart label, with its own font and optional CSS class (a `<tspan>` when the
/// label has several lines or classes).
struct ChartLine: Hashable, Sendable {
    /// The text as shown (already fitted).
    var text: String
    /// Its font, for measuring.
    var font: ChartFont
    /// The class of its `<tspan>`, or `nil` for none.
    var cssClass: String? = nil
}

/// A piece of chart text placed and measured: lines from a baseline at (`x`, `y`), anchored at the
/// start, middle or end, optionally rotated about its anchor point. Charts build their text as labels
/// so that the same values write the SVG and give the box that ``ChartLayout`` checks.
struct ChartLabel: Hashable, Sendable {
    /// `text-anchor`.
    enum Anchor: String, Sendable { case start, middle, end }

    /// The lines, top to bottom.
    var lines: [ChartLine]
    /// Anchor point: x of every line, baseline of the first.
    var x: Double
    var y: Double
    var anchor: Anchor = .start
    /// Distance between baselines.
    var lineHeight: Double = 0
    /// The `<text>` element's class.
    var cssClass: String
    /// A fuller text shown on hover (`<title>` inside the `<text>`): the full name when the label was
    /// cut or is an abbreviation.
    var title: String? = nil
    /// Rotation in degrees about (`x`, `y`), as SVG's `rotate()` (negative turns the text upwards).
    var rotation: Double = 0
    /// The theme's CSS sets the anchor (`text-anchor` on the label's class), so the markup does not
    /// repeat it on every label: for the hundreds of cell values of a large heat map.
    var anchorSetByCSS = false

    /// A one-line label.
    init(
        _ text: String, x: Double, y: Double, font: ChartFont, anchor: Anchor = .start, cssClass: String,
        title: String? = nil, rotation: Double = 0
    ) {
        self.lines = [ChartLine(text: text, font: font)]
        self.x = x
        self.y = y
        self.anchor = anchor
        self.cssClass = cssClass
        self.title = title
        self.rotation = rotation
    }

    /// A label of several lines.
    init(lines: [ChartLine], x: Double, y: Double, anchor: Anchor = .start, lineHeight: Double, cssClass: String, title: String? = nil) {
        self.lines = lines
        self.x = x
        self.y = y
        self.anchor = anchor
        self.lineHeight = lineHeight
        self.cssClass = cssClass
        self.title = title
    }

    /// The label's text, lines joined by spaces.
    var text: String { lines.map(\.text).joined(separator: " ") }

    /// The box of the unrotated label relative to its anchor point: every line's measured width
    /// placed by the anchor, from the first line's ascent to the last line's descent.
    var localBox: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        var minX = Double.infinity
        var maxX = -Double.infinity
        var minY = Double.infinity
        var maxY = -Double.infinity
        for (k, line) in lines.enumerated() {
            let w = TextMeasurer.width(line.text, font: line.font)
            let left: Double
            switch anchor {
            case .start: left = 0
            case .middle: left = -w / 2
            case .end: left = -w
            }
            minX = min(minX, left)
            maxX = max(maxX, left + w)
            let baseline = Double(k) * lineHeight
            minY = min(minY, baseline - line.font.ascent)
            maxY = max(maxY, baseline + line.font.descent)
        }
        return (minX, minY, maxX, maxY)
    }

    /// The corners of the label's box in chart coordinates (clockwise from the top left), rotation applied.
    var corners: [(x: Double, y: Double)] {
        let b = localBox
        let angle = rotation * Double.pi / 180
        let c = cos(angle)
        let s = sin(angle)
        return [(b.minX, b.minY), (b.maxX, b.minY), (b.maxX, b.maxY), (b.minX, b.maxY)].map { p in
            (x + p.0 * c - p.1 * s, y + p.0 * s + p.1 * c)
        }
    }

    /// The axis-aligned bounds of ``corners``.
    var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        let points = corners
        return (points.map(\.x).min()!, points.map(\.y).min()!, points.map(\.x).max()!, points.map(\.y).max()!)
    }

    /// The `<text>` element, escaped, ending with a newline.
    var svg: String {
        var out = "<text class=\"\(SVG.text(cssClass))\""
        if rotation != 0 {
            out += " transform=\"translate(\(SVG.n(x)),\(SVG.n(y))) rotate(\(SVG.n(rotation)))\""
        } else {
            out += " x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\""
        }
        if anchor != .start && !anchorSetByCSS { out += " text-anchor=\"\(anchor.rawValue)\"" }
        out += ">"
        if let title { out += "<title>\(SVG.text(title))</title>" }
        if lines.count == 1 && lines[0].cssClass == nil {
            out += SVG.text(lines[0].text)
        } else {
            let lineX = rotation != 0 ? "0" : SVG.n(x)
            for (k, line) in lines.enumerated() {
                let cls = line.cssClass.map { " class=\"\(SVG.text($0))\"" } ?? ""
                let dy = k == 0 ? "" : " dy=\"\(SVG.n(lineHeight))\""
                out += "<tspan\(cls) x=\"\(lineX)\"\(dy)>\(SVG.text(line.text))</tspan>"
            }
        }
        return out + "</text>\n"
    }
}

/// The text of a drawn chart with its viewBox size, for checking the layout: ``problems`` lists every
/// label that crosses the viewBox or overlaps another label, by their measured boxes (rotated boxes
/// are compared as rectangles, with the separating axis test). Tests run it on every chart.
struct ChartLayout: Sendable {
    /// The viewBox width and height (origin 0, 0).
    var width: Double
    var height: Double
    /// Every label drawn.
    var labels: [ChartLabel]

    /// How far (user units) a box may reach past another or past the edge before it counts: the
    /// boxes span the font's whole ascent and descent, more than the glyphs do.
    static let tolerance = 1.0

    /// One sentence per problem, e.g. `label "Dinas …" crosses the right edge by 12.3`.
    func problems() -> [String] {
        var out: [String] = []
        for label in labels {
            let b = label.bounds
            let crossings = [("left", -b.minX), ("top", -b.minY), ("right", b.maxX - width), ("bottom", b.maxY - height)]
            for (edge, by) in crossings where by > Self.tolerance {
                out.append("label \"\(label.text)\" crosses the \(edge) edge by \(SVG.n(by))")
            }
        }
        for i in labels.indices {
            for j in labels.indices where j > i && Self.overlap(labels[i].corners, labels[j].corners) {
                out.append("labels \"\(labels[i].text)\" and \"\(labels[j].text)\" overlap")
            }
        }
        return out
    }

    /// Whether two convex quadrilaterals overlap by more than ``tolerance`` along every separating axis
    /// (the edge normals of both).
    static func overlap(_ a: [(x: Double, y: Double)], _ b: [(x: Double, y: Double)]) -> Bool {
        for polygon in [a, b] {
            for k in polygon.indices {
                let p = polygon[k]
                let q = polygon[(k + 1) % polygon.count]
                let length = hypot(q.x - p.x, q.y - p.y)
                guard length > 0 else { continue }
                let nx = -(q.y - p.y) / length
                let ny = (q.x - p.x) / length
                let pa = a.map { $0.x * nx + $0.y * ny }
                let pb = b.map { $0.x * nx + $0.y * ny }
                let depth = min(pa.max()!, pb.max()!) - max(pa.min()!, pb.min()!)
                if depth <= tolerance { return false }
            }
        }
        return true
    }
}

/// A drawn chart: its SVG markup and its text layout.
public struct DrawnChart: Sendable {
    /// The `<svg>` element, ready to inline in a page.
    public var svg: String
    /// Its labels and viewBox, for ``ChartLayout/problems()``.
    var layout: ChartLayout
}
