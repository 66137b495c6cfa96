/// A table-like heat map as inline SVG: one row per label, one column per
/// category, each cell shaded by its value and with the number written in it
/// (never colour alone). Used for the OPD × dimension matrix and the timeline.
/// Labels are measured (``TextMeasurer``): the label column is as wide as the
/// widest row label up to ``rowLabelLimit``, longer labels are cut with `…` (at
/// the end, or in the middle where a cut at the end would make two rows alike; the
/// full text in the label's `<title>`), slanted column labels are cut at
/// ``columnLabelLimit`` and the header grows to hold them, and cells widen for
/// numbers of many digits, so that no text leaves the viewBox or meets another.
public struct HeatMapChart: Sendable {
    /// Element id prefix, unique within the page.
    public var id: String
    /// Chart title (`<title>`).
    public var title: String
    /// Text alternative (`<desc>`).
    public var description: String
    /// Row labels, top to bottom.
    public var rows: [String]
    /// The full name behind each row label (shown on hover), or `nil` where the label is the full name.
    public var rowTitles: [String?]
    /// Column labels, left to right.
    public var columns: [String]
    /// `values[row][column]`, counts ≥ 0.
    public var values: [[Int]]
    /// Whether column labels are turned 40° (for long labels).
    public var slantedColumns: Bool

    /// Creates a heat map; `values` must have `rows.count` rows of `columns.count` values.
    public init(
        id: String, title: String, description: String, rows: [String], rowTitles: [String?]? = nil, columns: [String],
        values: [[Int]], slantedColumns: Bool = false
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.rows = rows
        self.rowTitles = rowTitles ?? rows.map { _ in nil }
        self.columns = columns
        self.values = values
        self.slantedColumns = slantedColumns
    }

    static let minimumCell = 38.0, rowHeight = 28.0
    /// The fonts of the theme's `.chart-heat` rules (`style.css`): 13, column labels semi-bold, numbers bold.
    static let rowFont = ChartFont(size: 13), columnFont = ChartFont(size: 13, bold: true), valueFont = ChartFont(size: 13, bold: true)
    /// The widest a row label may be (user units, about 20 characters); longer ones are cut.
    static let rowLabelLimit = 170.0
    /// The longest a slanted column label may be (user units).
    static let columnLabelLimit = 170.0
    /// The angle of slanted column labels.
    static let slant = -40.0

    /// The SVG markup.
    public func svg() -> String { draw().svg }

    /// The markup and its text layout.
    func draw() -> DrawnChart {
        // Labels cut at the end; where what is left could be another row's label too, cut in the middle
        // instead, so that the end that tells them apart stays (`Kapanewon…Nomor 12`).
        var rowTexts = rows.map { TextMeasurer.truncate($0, to: Self.rowLabelLimit, font: Self.rowFont) }
        for r in TextMeasurer.ambiguousCuts(labels: rows, shown: rowTexts.indices.map { rowTexts[$0] == rows[$0] ? nil : rowTexts[$0] }) {
            rowTexts[r] = TextMeasurer.truncateMiddle(rows[r], to: Self.rowLabelLimit, font: Self.rowFont)
        }
        let labelWidth = max(40, (rowTexts.map { TextMeasurer.width($0, font: Self.rowFont) }.max() ?? 0) + 10)
        let widestValue = values.flatMap { $0 }.map { TextMeasurer.width(String($0), font: Self.valueFont) }.max() ?? 0
        // Cells hold their numbers, and upright column labels (years) whole.
        let widestColumn = slantedColumns ? 0 : min(Self.rowLabelLimit, columns.map { TextMeasurer.width($0, font: Self.columnFont) }.max() ?? 0)
        let cell = max(Self.minimumCell, (widestValue + 8).rounded(.up), (widestColumn + 6).rounded(.up))
        func value(_ r: Int, _ c: Int) -> Int { r < values.count && c < values[r].count ? values[r][c] : 0 }

        // Column labels: measured at the origin first, then placed under a header tall enough for them.
        var columnLabels: [ChartLabel] = []
        // Upright labels longer than `rowLabelLimit` would widen every cell: they are cut there instead.
        var header = 24.0
        var width = labelWidth + Double(columns.count) * cell + 4
        for (c, label) in columns.enumerated() {
            let x = labelWidth + (Double(c) + 0.5) * cell
            if slantedColumns {
                let text = TextMeasurer.truncate(label, to: Self.columnLabelLimit, font: Self.columnFont)
                columnLabels.append(
                    ChartLabel(
                        text, x: x - 4, y: 0, font: Self.columnFont, cssClass: "col-label",
                        title: text == label ? nil : label, rotation: Self.slant))
            } else {
                let text = TextMeasurer.truncate(label, to: cell - 2, font: Self.columnFont)
                columnLabels.append(
                    ChartLabel(
                        text, x: x, y: 0, font: Self.columnFont, anchor: .middle, cssClass: "col-label",
                        title: text == label ? nil : label))
            }
        }
        if slantedColumns {
            // The top of every slanted label 2 units under the viewBox's top, its far end inside the right edge.
            header = max(header, 6 + 2 - (columnLabels.map { $0.bounds.minY }.min() ?? 0))
            for k in columnLabels.indices { columnLabels[k].y = header - 6 }
            width = max(width, (columnLabels.map { $0.bounds.maxX }.max() ?? 0) + 2)
        } else {
            for k in columnLabels.indices { columnLabels[k].y = header - 8 }
        }
        let height = header + Double(rows.count) * Self.rowHeight + 4
        let maximum = max(1, values.flatMap { $0 }.max() ?? 1)
        var labels = columnLabels
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description, cssClass: "chart chart-heat")
        for label in columnLabels { out += label.svg }
        for (r, text) in rowTexts.enumerated() {
            let y = header + Double(r) * Self.rowHeight
            let full = rowTitles.indices.contains(r) ? rowTitles[r] : nil
            let rowLabel = ChartLabel(
                text, x: labelWidth - 8, y: y + Self.rowHeight / 2 + 4.5, font: Self.rowFont, anchor: .end,
                cssClass: "row-label", title: text != rows[r] ? (full ?? rows[r]) : full)
            labels.append(rowLabel)
            out += rowLabel.svg
            for c in columns.indices {
                let count = value(r, c)
                let level = count == 0 ? 0 : Int((Double(count) / Double(maximum) * 4).rounded(.up))
                let x = labelWidth + Double(c) * cell
                out +=
                    "<rect class=\"cell level-\(level)\" x=\"\(SVG.n(x + 1))\" y=\"\(SVG.n(y + 1))\" width=\"\(SVG.n(cell - 2))\" height=\"\(SVG.n(Self.rowHeight - 2))\" />\n"
                var number = ChartLabel(
                    String(count), x: x + cell / 2, y: y + Self.rowHeight / 2 + 4.5, font: Self.valueFont, anchor: .middle,
                    cssClass: "cell-value level-\(level)")
                number.anchorSetByCSS = true  // `.chart-heat .cell-value { text-anchor: middle }`
                labels.append(number)
                out += number.svg
            }
        }
        return DrawnChart(svg: out + "</svg>", layout: ChartLayout(width: width, height: height, labels: labels))
    }
}
