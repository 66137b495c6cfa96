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

    /// The SVG markup.
    public func svg() -> String {
        let rows = (series.count + columns - 1) / columns
        let panelWidth = Self.width / Double(columns)
        var out = SVG.open(id: id, width: Self.width, height: Double(max(rows, 1)) * Self.panelHeight + 4, title: title,
                           description: description, cssClass: "chart chart-trend")
        for (index, line) in series.enumerated() {
            let x0 = Double(index % columns) * panelWidth, y0 = Double(index / columns) * Self.panelHeight
            out += panel(line, x: x0, y: y0, width: panelWidth)
        }
        return out + "</svg>"
    }

    private func panel(_ line: TrendSeries, x: Double, y: Double, width: Double) -> String {
        let plotLeft = x + Self.left, plotRight = x + width - Self.right
        func py(_ percent: Double) -> Double { y + Self.plotBottom - (Self.plotBottom - Self.plotTop) * min(max(percent / 100, 0), 1) }
        func px(_ index: Int) -> Double {
            line.points.count < 2 ? (plotLeft + plotRight) / 2
                : plotLeft + 10 + (plotRight - plotLeft - 20) * Double(index) / Double(line.points.count - 1)
        }
        var out = "<g class=\"trend-panel\">\n"
        out += "<text class=\"trend-label\" x=\"\(SVG.n(x + 4))\" y=\"\(SVG.n(y + 16))\">\(SVG.text(line.label))</text>\n"
        out += "<g class=\"grid\" aria-hidden=\"true\">\n"
        for tick in [0, 50, 100] {
            let ty = py(Double(tick))
            out += "<line x1=\"\(SVG.n(plotLeft))\" y1=\"\(SVG.n(ty))\" x2=\"\(SVG.n(plotRight))\" y2=\"\(SVG.n(ty))\" />\n"
            out += "<text class=\"tick\" x=\"\(SVG.n(plotLeft - 4))\" y=\"\(SVG.n(ty + 4))\" text-anchor=\"end\">\(tick)</text>\n"
        }
        out += "</g>\n"
        // The line: a segment between two consecutive years that both have a value.
        for index in line.points.indices.dropLast() {
            guard let a = line.points[index].percent, let b = line.points[index + 1].percent else { continue }
            out += "<line class=\"trend-line\" x1=\"\(SVG.n(px(index)))\" y1=\"\(SVG.n(py(a)))\" x2=\"\(SVG.n(px(index + 1)))\" y2=\"\(SVG.n(py(b)))\" />\n"
        }
        for (index, point) in line.points.enumerated() {
            let cx = px(index)
            if let percent = point.percent {
                out += "<circle class=\"trend-point\" cx=\"\(SVG.n(cx))\" cy=\"\(SVG.n(py(percent)))\" r=\"3.5\" />\n"
                // The value above its point (below it when the point is at the top of the scale).
                let labelY = percent > 85 ? py(percent) + 16 : py(percent) - 8
                out += "<text class=\"trend-value\" x=\"\(SVG.n(cx))\" y=\"\(SVG.n(labelY))\" text-anchor=\"middle\">\(SVG.text(point.valueText))</text>\n"
            } else {
                out += "<text class=\"trend-empty\" x=\"\(SVG.n(cx))\" y=\"\(SVG.n(py(50) + 4))\" text-anchor=\"middle\">\(SVG.text(point.valueText))</text>\n"
            }
            out += "<text class=\"trend-year\" x=\"\(SVG.n(cx))\" y=\"\(SVG.n(y + Self.plotBottom + 18))\" text-anchor=\"middle\">\(point.year)</text>\n"
        }
        return out + "</g>\n"
    }
}

extension ChartBuilder {
    /// Scores per review year as small multiples, one panel per row of `rows` (a label and that scope's
    /// ``YearScore``s, oldest first); values are the published percentages of each year's review.
    public func trend(id: String, title: String, rows: [(label: String, scores: [YearScore])]) -> String {
        let series = rows.map { row in
            TrendSeries(label: row.label, points: row.scores.map { score in
                TrendPoint(year: score.year, percent: score.published?.value.doubleValue, valueText: score.published?.text ?? "–")
            })
        }
        let description = "Skor per tahun review. " + series.map { line in
            line.label + ": " + line.points.map { "\($0.year) \($0.valueText)" }.joined(separator: ", ")
        }.joined(separator: "; ") + "."
        return TrendChart(id: id, title: title, description: description, series: series, columns: rows.count > 1 ? 2 : 1).svg()
    }
}
