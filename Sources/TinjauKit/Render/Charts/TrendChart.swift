/// One point of a trend: a review year and its published percentage.
public struct TrendPoint: Hashable, Sendable {
    /// The review year.
    public var year: Int
    /// The published percentage 0…100, or `nil` when that year has no score (a gap in the line).
    public var percent: Double?
    /// The text written at the point, e.g. `68%`.
    public var valueText: String

    /// Creates a point.
    public init(year: Int, percent: Double?, valueText: String) {
        self.year = year
        self.percent = percent
        self.valueText = valueText
    }
}

/// One line of a trend chart: a scope (the whole review, a dimension, an OPD) over the review years.
public struct TrendSeries: Hashable, Sendable {
    /// The scope's label, e.g. `Tata Kelola`.
    public var label: String
    /// One point per review year, oldest first.
    public var points: [TrendPoint]

    /// Creates a series.
    public init(label: String, points: [TrendPoint]) {
        self.label = label
        self.points = points
    }
}

/// Scores per review year as small multiples in inline SVG: one small line chart per series, side by
/// side in `columns` columns, each with the same 0–100 % scale (gridlines at 0, 50 and 100), the year
/// under each point and the published value above it, so that no value is told by position or colour
/// alone. A year without a score leaves a gap in the line and has no marker. The page puts the same
/// values in a table beside the chart.
public struct TrendChart: Sendable {
    /// Element id prefix, unique within the page.
    public var id: String
    /// Chart title (`<title>`).
    public var title: String
    /// Text alternative (`<desc>`), listing every value.
    public var description: String
    /// The series, one panel each, left to right then top to bottom.
    public var series: [TrendSeries]
    /// Panels per row (1 or 2).
    public var columns: Int

    /// Creates a chart.
    public init(id: String, title: String, description: String, series: [TrendSeries], columns: Int) {
        self.id = id
        self.title = title
        self.description = description
        self.series = series
        self.columns = max(1, min(columns, 2))
    }

    static let width = 360.0, panelHeight = 132.0, plotTop = 40.0, plotBottom = 104.0, left = 30.0, right = 14.0
    /// The value labels' font: the theme's `.chart-trend text` (13 px) in bold (`.trend-value`).
    static let valueFont = ChartFont(size: 13, bold: true)

    /// The fonts of the theme's `.chart-trend` rules: panel labels 14 px bold, value labels 13 px
    /// bold, ticks, years and gaps 12 px.
    static let labelFont = ChartFont(size: 14, bold: true), smallFont = ChartFont(size: 12)

    /// The SVG markup.
    public func svg() -> String { drawn().svg }

    /// The markup and its text layout (checked by the chart tests: no text crosses the `viewBox` or
    /// another label).
    func drawn() -> DrawnChart {
        let rows = (series.count + columns - 1) / columns
        let panelWidth = Self.width / Double(columns)
        let height = Double(max(rows, 1)) * Self.panelHeight + 4
        var out = SVG.open(
            id: id, width: Self.width, height: height, title: title,
            description: description, cssClass: "chart chart-trend")
        var labels: [ChartLabel] = []
        for (index, line) in series.enumerated() {
            let x0 = Double(index % columns) * panelWidth
            let y0 = Double(index / columns) * Self.panelHeight
            out += panel(line, x: x0, y: y0, width: panelWidth, labels: &labels)
        }
        return DrawnChart(svg: out + "</svg>", layout: ChartLayout(width: Self.width, height: height, labels: labels))
    }

    private func panel(_ line: TrendSeries, x: Double, y: Double, width: Double, labels: inout [ChartLabel]) -> String {
        let plotLeft = x + Self.left
        let plotRight = x + width - Self.right
        func py(_ percent: Double) -> Double { y + Self.plotBottom - (Self.plotBottom - Self.plotTop) * min(max(percent / 100, 0), 1) }
        // The first and last points stand in by half their widest value label (measured, not
        // guessed), so that no value label reaches the tick labels left of the plot or the panel's edge.
        let widestValue = line.points.map { TextMeasurer.width($0.valueText, font: Self.valueFont) }.max() ?? 0
        let inset = max(10, widestValue / 2 + 2)
        func px(_ index: Int) -> Double {
            line.points.count < 2
                ? (plotLeft + plotRight) / 2
                : plotLeft + inset + (plotRight - plotLeft - 2 * inset) * Double(index) / Double(line.points.count - 1)
        }
        func text(_ label: ChartLabel) -> String {
            labels.append(label)
            return label.svg
        }
        var out = "<g class=\"trend-panel\">\n"
        let name = TextMeasurer.truncate(line.label, to: width - 8, font: Self.labelFont)
        out += text(
            ChartLabel(
                name, x: x + 4, y: y + 16, font: Self.labelFont, cssClass: "trend-label",
                title: name == line.label ? nil : line.label))
        out += "<g class=\"grid\" aria-hidden=\"true\">\n"
        for tick in [0, 50, 100] {
            let ty = py(Double(tick))
            out += "<line x1=\"\(SVG.n(plotLeft))\" y1=\"\(SVG.n(ty))\" x2=\"\(SVG.n(plotRight))\" y2=\"\(SVG.n(ty))\" />\n"
            out += text(ChartLabel(String(tick), x: plotLeft - 4, y: ty + 4, font: Self.smallFont, anchor: .end, cssClass: "tick"))
        }
        out += "</g>\n"
        // The line: a segment between two consecutive years that both have a value.
        for index in line.points.indices.dropLast() {
            guard let a = line.points[index].percent, let b = line.points[index + 1].percent else { continue }
            out +=
                "<line class=\"trend-line\" x1=\"\(SVG.n(px(index)))\" y1=\"\(SVG.n(py(a)))\" x2=\"\(SVG.n(px(index + 1)))\" y2=\"\(SVG.n(py(b)))\" />\n"
        }
        for (index, point) in line.points.enumerated() {
            let cx = px(index)
            if let percent = point.percent {
                out += "<circle class=\"trend-point\" cx=\"\(SVG.n(cx))\" cy=\"\(SVG.n(py(percent)))\" r=\"3.5\" />\n"
                // The value above its point (below it when the point is at the top of the scale).
                let labelY = percent > 85 ? py(percent) + 16 : py(percent) - 8
                out += text(ChartLabel(point.valueText, x: cx, y: labelY, font: Self.valueFont, anchor: .middle, cssClass: "trend-value"))
            } else {
                out += text(ChartLabel(point.valueText, x: cx, y: py(50) + 4, font: Self.smallFont, anchor: .middle, cssClass: "trend-empty"))
            }
            out += text(
                ChartLabel(
                    String(point.year), x: cx, y: y + Self.plotBottom + 18, font: Self.smallFont, anchor: .middle,
                    cssClass: "trend-year"))
        }
        return out + "</g>\n"
    }
}

extension ChartBuilder {
    /// Scores per review year as small multiples, one panel per row of `rows` (a label and that scope's
    /// ``YearScore``s, oldest first); values are the published percentages of each year's review.
    public func trend(id: String, title: String, rows: [(label: String, scores: [YearScore])]) -> String {
        let series = rows.map { row in
            TrendSeries(
                label: row.label,
                points: row.scores.map { score in
                    let text = score.published.map { $0.text(in: format) } ?? "–"
                    return TrendPoint(year: score.year, percent: score.published?.value.doubleValue, valueText: text)
                })
        }
        let description =
            texts.text("charts.trend_description") + " "
            + series.map { line in
                line.label + ": " + line.points.map { "\($0.year) \($0.valueText)" }.joined(separator: ", ")
            }.joined(separator: "; ") + "."
        return TrendChart(id: id, title: title, description: description, series: series, columns: rows.count > 1 ? 2 : 1).svg()
    }
}
