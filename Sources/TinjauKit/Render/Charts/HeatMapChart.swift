/// A table-like heat map as inline SVG: one row per label, one column per
/// category, each cell shaded by its value and with the number written in it
/// (never colour alone). Used for the OPD × dimension matrix and the timeline.
public struct HeatMapChart: Sendable {
    /// Element id prefix, unique within the page.
    public var id: String
    /// Chart title (`<title>`).
    public var title: String
    /// Text alternative (`<desc>`).
    public var description: String
    /// Row labels, top to bottom.
    public var rows: [String]
    /// Column labels, left to right.
    public var columns: [String]
    /// `values[row][column]`, counts ≥ 0.
    public var values: [[Int]]
    /// Whether column labels are turned 40° (for long labels).
    public var slantedColumns: Bool

    /// Creates a heat map; `values` must have `rows.count` rows of `columns.count` values.
    public init(id: String, title: String, description: String, rows: [String], columns: [String], values: [[Int]], slantedColumns: Bool = false) {
        self.id = id
        self.title = title
        self.description = description
        self.rows = rows
        self.columns = columns
        self.values = values
        self.slantedColumns = slantedColumns
    }

    static let cell = 38.0, rowHeight = 28.0, fontSize = 13.0
    /// Labels are measured at 0,64 em per character, not `SVG.estimatedWidth`'s 0,56: column
    /// labels are semi-bold and abbreviations are capitals, and the viewBox clips whatever it misses.
    static func labelWidth(_ text: String) -> Double { Double(text.count) * fontSize * 0.64 }
    /// A slanted column label runs up and to the right at 40°.
    static let slantCos = 0.766, slantSin = 0.643

    /// The SVG markup.
    public func svg() -> String {
        let labelWidth = min(150, (rows.map(Self.labelWidth).max() ?? 40) + 10)
        let header = slantedColumns ? min(110, (columns.map(Self.labelWidth).max() ?? 40) * Self.slantSin + 16) : 24
        var width = labelWidth + Double(columns.count) * Self.cell + 4
        if slantedColumns {
            // the far end of every slanted label stays inside the viewBox
            for (c, label) in columns.enumerated() {
                width = max(width, labelWidth + (Double(c) + 0.5) * Self.cell + Self.labelWidth(label) * Self.slantCos + 4)
            }
        }
        let height = header + Double(rows.count) * Self.rowHeight + 4
        let maximum = max(1, values.flatMap { $0 }.max() ?? 1)
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description, cssClass: "chart chart-heat")
        for (c, label) in columns.enumerated() {
            let x = labelWidth + (Double(c) + 0.5) * Self.cell
            if slantedColumns {
                out += "<text class=\"col-label\" transform=\"translate(\(SVG.n(x - 4)),\(SVG.n(header - 6))) rotate(-40)\">\(SVG.text(label))</text>\n"
            } else {
                out += "<text class=\"col-label\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(header - 8))\" text-anchor=\"middle\">\(SVG.text(label))</text>\n"
            }
        }
        for (r, label) in rows.enumerated() {
            let y = header + Double(r) * Self.rowHeight
            out += "<text class=\"row-label\" x=\"\(SVG.n(labelWidth - 8))\" y=\"\(SVG.n(y + Self.rowHeight / 2 + 4.5))\" text-anchor=\"end\">\(SVG.text(label))</text>\n"
            for c in columns.indices {
                let value = r < values.count && c < values[r].count ? values[r][c] : 0
                let level = value == 0 ? 0 : Int((Double(value) / Double(maximum) * 4).rounded(.up))
                let x = labelWidth + Double(c) * Self.cell
                out += "<rect class=\"cell level-\(level)\" x=\"\(SVG.n(x + 1))\" y=\"\(SVG.n(y + 1))\" width=\"\(SVG.n(Self.cell - 2))\" height=\"\(SVG.n(Self.rowHeight - 2))\" />\n"
                out += "<text class=\"cell-value level-\(level)\" x=\"\(SVG.n(x + Self.cell / 2))\" y=\"\(SVG.n(y + Self.rowHeight / 2 + 4.5))\" text-anchor=\"middle\">\(value)</text>\n"
            }
        }
        return out + "</svg>"
    }
}
