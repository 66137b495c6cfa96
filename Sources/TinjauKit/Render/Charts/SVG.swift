import Foundation

/// Small helpers for writing SVG by hand: stable number formatting and escaping.
enum SVG {
    /// A coordinate rounded to one decimal, written with `.` and without a
    /// trailing `.0`, so that the same input always gives the same bytes.
    static func n(_ value: Double) -> String {
        let scaled = (value * 10).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled) / 10
        let tenth = abs(Int(scaled) % 10)
        if tenth == 0 { return String(whole) }
        let sign = (scaled < 0 && whole == 0) ? "-" : ""
        return "\(sign)\(whole).\(tenth)"
    }

    /// Escapes text for SVG (XML) content and attributes.
    static func text(_ value: String) -> String { HTML.escape(value) }

    /// CSS pixels per user unit at which a chart is shown when there is room (`width`/`height` attributes;
    /// the theme shrinks it to its column with `max-width: 100%`). One scale for every chart, so that their
    /// text has one size: a 360-unit bar chart is 432 px wide, and a chart with few columns stays small
    /// instead of being blown up to the column's width.
    static let displayScale = 1.2

    /// How every chart's `<svg>` starts (``open(id:width:height:title:description:cssClass:)``).
    static let openPrefix = "<svg xmlns=\"http://www.w3.org/2000/svg\" "

    /// A chart made by ``open(id:width:height:title:description:cssClass:)`` placed inside another
    /// SVG document: its `<svg>` gets a position and a size instead of its display size (its `viewBox`
    /// scales it to fit, centred).
    static func nested(_ chart: String, x: Double, y: Double, width: Double, height: Double) -> String {
        guard chart.hasPrefix(openPrefix) else { return chart }
        var rest = String(chart.dropFirst(openPrefix.count))
        if let tagEnd = rest.firstIndex(of: ">"),
            let size = rest.range(of: #" width="[^"]*" height="[^"]*""#, options: .regularExpression, range: rest.startIndex..<tagEnd)
        {
            rest.removeSubrange(size)
        }
        return "<svg x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" " + rest
    }

    /// The opening `<svg>` with `role="img"`, a `viewBox` and its display size, and `<title>`/`<desc>`
    /// referenced by `aria-labelledby`, as WCAG's SVG techniques ask.
    static func open(id: String, width: Double, height: Double, title: String, description: String, cssClass: String) -> String {
        let t = text(id)
        return openPrefix + "class=\"\(text(cssClass))\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(width * displayScale))\" height=\"\(n(height * displayScale))\" "
            + "role=\"img\" aria-labelledby=\"\(t)-title \(t)-desc\">\n"
            + "<title id=\"\(t)-title\">\(text(title))</title>\n"
            + "<desc id=\"\(t)-desc\">\(text(description))</desc>\n"
    }
}

/// One value of a chart: a label, a percentage 0…100 (or none) and the text to write.
public struct ChartDatum: Hashable, Sendable {
    /// Label, e.g. `Tata Kelola` or an OPD's `singkatan`.
    public var label: String
    /// The full name behind the label (an OPD's `nama`), shown on hover in the label's `<title>`,
    /// or `nil` when the label is the full name. A label cut to fit always gets its full text there.
    public var title: String?
    /// Percentage 0…100, or `nil` for "belum ada program".
    public var percent: Double?
    /// Text written on the chart, e.g. `68% (13/19)`.
    public var valueText: String

    /// Creates a datum.
    public init(label: String, percent: Double?, valueText: String, title: String? = nil) {
        self.label = label
        self.title = title
        self.percent = percent
        self.valueText = valueText
    }
}
