/// The link-preview image of a kind of page, as an SVG document of 1200 × 630 (the size Open
/// Graph and Twitter's `summary_large_image` show): a line naming the region and the year, the
/// page's subject, its headline score, and one of the site's own charts (the same SVG the page
/// shows), with the review's title along the bottom. `PreviewImages` rasterises it to PNG at build
/// time (`tinjau build --preview-images`).
///
/// The charts are styled by the site's style sheet on a page; here the card carries the rules they
/// need in its own `<style>`, with the theme's colours written out (librsvg reads CSS but not every
/// newer feature such as custom properties).
public struct PreviewCard: Sendable, Hashable {
    /// The image's size in pixels.
    public static let width = 1200, height = 630

    /// Where the PNG goes in the site (`pratinjau/beranda.png`).
    public var path: String
    /// The small line at the top (`Kota Contoh · Review 2020`).
    public var eyebrow: String
    /// The subject in large type (wrapped to at most three lines).
    public var title: String
    /// What the headline figure is (`Skor keseluruhan`), or empty.
    public var figureLabel: String
    /// The headline figure (`57%`), or empty.
    public var figure: String
    /// The line under it (the maturity band, a count), or empty.
    public var detail: String
    /// The review's title along the bottom.
    public var footer: String
    /// The chart, as made by ``ChartBuilder``.
    public var chart: String
    /// The image's text alternative (`og:image:alt`): what the chart shows, with its values.
    public var alt: String

    /// Creates a card.
    public init(
        path: String, eyebrow: String, title: String, figureLabel: String, figure: String, detail: String, footer: String,
        chart: String, alt: String
    ) {
        self.path = path
        self.eyebrow = eyebrow
        self.title = title
        self.figureLabel = figureLabel
        self.figure = figure
        self.detail = detail
        self.footer = footer
        self.chart = chart
        self.alt = alt
    }

    /// The rules the charts need (from `templates/assets/style.css`, colours written out).
    static let style = """
        text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; fill: #1a1f24; }
        .eyebrow { font-size: 28px; fill: #4a5560; }
        .title { font-size: 50px; font-weight: 700; }
        .figure-label { font-size: 28px; fill: #4a5560; }
        .figure { font-size: 84px; font-weight: 700; fill: #0b5c8c; }
        .detail { font-size: 28px; fill: #4a5560; }
        .footer { font-size: 24px; fill: #ffffff; }
        .chart text { font-size: 14px; }
        .chart-radar text { font-size: 16px; }
        .chart .grid polygon, .chart .grid line { fill: none; stroke: #aab4be; stroke-width: 1; }
        .chart .grid .ring-label, .chart .grid .tick { fill: #4a5560; font-size: 11px; }
        .chart .value-area { fill: rgba(11, 92, 140, .25); stroke: #0b5c8c; stroke-width: 2.5; stroke-linejoin: round; }
        .chart .value-point { fill: #0b5c8c; stroke: #fff; stroke-width: 1.5; }
        .chart .value-wedge { fill: rgba(11, 92, 140, .25); stroke: none; }
        .chart .value-edge { stroke: #0b5c8c; stroke-width: 2.5; stroke-linecap: round; }
        .chart .axis-empty { font-weight: 400; font-style: italic; fill: #4a5560; }
        .chart .axis-name { font-weight: 600; }
        .chart .axis-value { font-weight: 700; }
        .chart .bar-track { fill: #f3f5f7; stroke: #aab4be; stroke-width: 1; }
        .chart .bar { fill: #0b5c8c; }
        .chart .bar-label { font-weight: 600; }
        .chart .bar-value { font-weight: 700; }
        .chart .bar-empty { font-size: 12px; fill: #4a5560; font-style: italic; }
        """

    /// The SVG document.
    public func svg() -> String {
        let left = 64.0
        let columnWidth = 566.0
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.width)\" height=\"\(Self.height)\" viewBox=\"0 0 \(Self.width) \(Self.height)\">\n"
        out += "<style>\n\(Self.style)\n</style>\n"
        out += "<rect width=\"\(Self.width)\" height=\"\(Self.height)\" fill=\"#ffffff\" />\n"
        out += "<rect width=\"\(Self.width)\" height=\"14\" fill=\"#0b5c8c\" />\n"
        out += "<rect x=\"632\" y=\"48\" width=\"536\" height=\"500\" rx=\"12\" fill=\"#f3f5f7\" />\n"
        var y = 100.0
        out +=
            "<text class=\"eyebrow\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(y))\">\(SVG.text(Self.clipped(eyebrow, to: Self.characters(columnWidth, 28))))</text>\n"
        y += 70
        for line in Self.lines(title, width: Self.characters(columnWidth, 50, bold: true), maximum: 3) {
            out += "<text class=\"title\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(y))\">\(SVG.text(line))</text>\n"
            y += 60
        }
        if !figureLabel.isEmpty {
            y += 24
            out +=
                "<text class=\"figure-label\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(y))\">\(SVG.text(Self.clipped(figureLabel, to: Self.characters(columnWidth, 28))))</text>\n"
        }
        if !figure.isEmpty {
            y += 84
            out +=
                "<text class=\"figure\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(y))\">\(SVG.text(Self.clipped(figure, to: Self.characters(columnWidth, 84, bold: true))))</text>\n"
        }
        if !detail.isEmpty {
            y += 44
            out +=
                "<text class=\"detail\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(y))\">\(SVG.text(Self.clipped(detail, to: Self.characters(columnWidth, 28))))</text>\n"
        }
        out += SVG.nested(chart, x: 652, y: 62, width: 496, height: 472) + "\n"
        out += "<rect y=\"566\" width=\"\(Self.width)\" height=\"64\" fill=\"#0b5c8c\" />\n"
        out +=
            "<text class=\"footer\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(607))\">\(SVG.text(Self.clipped(footer, to: Self.characters(1072, 24))))</text>\n"
        return out + "</svg>\n"
    }

    /// How many characters of DejaVu Sans at `size` px fit in `width` px: 0,6 em each (0,65 em in bold),
    /// a little wider than an average letter, so that text stays inside its column.
    static func characters(_ width: Double, _ size: Double, bold: Bool = false) -> Int {
        max(1, Int(width / (size * (bold ? 0.65 : 0.6))))
    }

    /// `text` shortened to `limit` characters, with `…` when cut.
    static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))).trimmingBlanks() + "…"
    }

    /// `text` split at spaces into lines of at most `width` characters (a longer word stays whole).
    static func words(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    /// `text` wrapped at spaces into lines of at most `width` characters, at most `maximum` lines
    /// (the last one ends with `…` when text is left over).
    static func lines(_ text: String, width: Int, maximum: Int) -> [String] {
        let all = words(text, width: width).map { clipped($0, to: width) }
        guard all.count > maximum else { return all }
        var kept = Array(all.prefix(maximum))
        kept[maximum - 1] = clipped(kept[maximum - 1] + " " + all[maximum], to: width - 1)
        if !kept[maximum - 1].hasSuffix("…") { kept[maximum - 1] += "…" }
        return kept
    }
}
