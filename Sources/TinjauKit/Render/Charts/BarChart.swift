/// A horizontal bar chart of percentages 0…100, as inline SVG. Each row has its
/// label and its value on one line (label left, value right) and the bar on a
/// 0–100 track below, with gridlines every 25 %, so that long Indonesian names
/// fit on a 360 px phone. Labels are measured (``TextMeasurer``): a label wider
/// than the room beside its value wraps to a second line (the row grows) and is
/// cut with `…` after that (in the middle of the second line where a cut at the
/// end would make two rows alike), the full text kept in the label's `<title>`. A row
/// without a value says "belum ada program" inside its empty track. `more`, when
/// given, is a last line in italics under the bars (e.g. `280 OPD lainnya: lihat tabel`).
public struct BarChart: Sendable {
    /// Element id prefix, unique within the page.
    public var id: String
    /// Chart title (`<title>`).
    public var title: String
    /// Text alternative (`<desc>`).
    public var description: String
    /// The rows, top to bottom. `percent` is the bar length in percent of the track.
    public var data: [ChartDatum]
    /// Whether to draw the 0–100 % scale (off for Rupiah bars, whose length is relative to the largest).
    public var percentScale: Bool
    /// A last line under the bars for rows not drawn, or `nil`.
    public var more: String?

    /// Creates a chart.
    public init(id: String, title: String, description: String, data: [ChartDatum], percentScale: Bool = true, more: String? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.data = data
        self.percentScale = percentScale
        self.more = more
    }

    static let width = 360.0, left = 4.0, trackWidth = 352.0, top = 4.0, axisHeight = 22.0
    /// A one-line row: label baseline at 15, bar from 21 to 37, 9 units to the next row.
    static let rowHeight = 46.0, lineHeight = 17.0, barHeight = 16.0, moreHeight = 24.0
    /// The fonts of the theme's `.chart-bar` rules (`style.css`): labels semi-bold 14, values bold 14,
    /// "belum ada program" italic 12, scale 11, the `more` line 13.
    static let labelFont = ChartFont(size: 14, bold: true), valueFont = ChartFont(size: 14, bold: true)
    static let emptyFont = ChartFont(size: 12), tickFont = ChartFont(size: 11), moreFont = ChartFont(size: 13)
    /// Space between a label and its value.
    static let gap = 12.0

    /// The SVG markup.
    public func svg() -> String { draw().svg }

    /// The markup and its text layout.
    func draw() -> DrawnChart {
        struct Row {
            var y: Double
            var label: ChartLabel
            var barY: Double
        }
        var rows: [Row] = []
        var y = Self.top
        func fit(_ datum: ChartDatum, middle: Bool) -> (lines: [String], cut: Bool) {
            let valueWidth = datum.percent == nil ? 0 : TextMeasurer.width(datum.valueText, font: Self.valueFont) + Self.gap
            let room = Self.trackWidth - valueWidth
            return TextMeasurer.wrap(datum.label, widths: [room, room], font: Self.labelFont, cutInTheMiddle: middle)
        }
        // Labels cut at the end; where what is left could be another row's label too, cut in the middle
        // instead, so that the end that tells them apart stays (`Pelayanan Mas…Nomor 12`).
        var fits = data.map { fit($0, middle: false) }
        let ambiguous = TextMeasurer.ambiguousCuts(labels: data.map(\.label), shown: fits.map { $0.cut ? $0.lines.joined(separator: " ") : nil })
        for k in ambiguous { fits[k] = fit(data[k], middle: true) }
        for (datum, fitted) in zip(data, fits) {
            let full = datum.title ?? datum.label
            let label = ChartLabel(
                lines: fitted.lines.map { ChartLine(text: $0, font: Self.labelFont) }, x: Self.left, y: y + 15,
                lineHeight: Self.lineHeight, cssClass: "bar-label",
                title: fitted.cut || full != datum.label ? full : nil)
            let extra = Double(fitted.lines.count - 1) * Self.lineHeight
            rows.append(Row(y: y, label: label, barY: y + 21 + extra))
            y += Self.rowHeight + extra
        }
        // Under the bars: the scale, then the line about rows not drawn.
        let barsBottom = y
        let axisBottom = barsBottom + (percentScale ? Self.axisHeight : 0)
        let height = axisBottom + (more == nil ? 0 : Self.moreHeight)
        var labels: [ChartLabel] = []
        var out = SVG.open(id: id, width: Self.width, height: height, title: title, description: description, cssClass: "chart chart-bar")
        if percentScale {
            out += "<g class=\"grid\" aria-hidden=\"true\">\n"
            for tick in [0, 25, 50, 75, 100] {
                let x = Self.left + Self.trackWidth * Double(tick) / 100
                let anchor: ChartLabel.Anchor = tick == 0 ? .start : (tick == 100 ? .end : .middle)
                // Gridlines only across the bars, never through the labels above them.
                for row in rows {
                    out +=
                        "<line x1=\"\(SVG.n(x))\" y1=\"\(SVG.n(row.barY - 3))\" x2=\"\(SVG.n(x))\" y2=\"\(SVG.n(row.barY + Self.barHeight + 3))\" />\n"
                }
                let tickLabel = ChartLabel("\(tick)%", x: x, y: barsBottom + 16, font: Self.tickFont, anchor: anchor, cssClass: "tick")
                labels.append(tickLabel)
                out += tickLabel.svg
            }
            out += "</g>\n"
        }
        for (datum, row) in zip(data, rows) {
            labels.append(row.label)
            out += row.label.svg
            out +=
                "<rect class=\"bar-track\" x=\"\(SVG.n(Self.left))\" y=\"\(SVG.n(row.barY))\" width=\"\(SVG.n(Self.trackWidth))\" height=\"\(SVG.n(Self.barHeight))\" />\n"
            if let percent = datum.percent {
                let barWidth = Self.trackWidth * min(max(percent / 100, 0), 1)
                if barWidth > 0 {
                    out +=
                        "<rect class=\"bar\" x=\"\(SVG.n(Self.left))\" y=\"\(SVG.n(row.barY))\" width=\"\(SVG.n(barWidth))\" height=\"\(SVG.n(Self.barHeight))\" />\n"
                }
                let value = ChartLabel(
                    datum.valueText, x: Self.left + Self.trackWidth, y: row.y + 15, font: Self.valueFont, anchor: .end, cssClass: "bar-value")
                labels.append(value)
                out += value.svg
            } else {
                let text = TextMeasurer.truncate(datum.valueText, to: Self.trackWidth - 12, font: Self.emptyFont)
                let empty = ChartLabel(text, x: Self.left + 6, y: row.barY + 12.5, font: Self.emptyFont, cssClass: "bar-empty")
                labels.append(empty)
                out += empty.svg
            }
        }
        if let more {
            let text = TextMeasurer.truncate(more, to: Self.trackWidth, font: Self.moreFont)
            let label = ChartLabel(
                text, x: Self.left, y: axisBottom + 16, font: Self.moreFont, cssClass: "bar-more", title: text == more ? nil : more)
            labels.append(label)
            out += label.svg
        }
        return DrawnChart(svg: out + "</svg>", layout: ChartLayout(width: Self.width, height: height, labels: labels))
    }
}
