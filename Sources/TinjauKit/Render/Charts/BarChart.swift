/// A horizontal bar chart of percentages 0…100, as inline SVG. Each row has its
/// label and its value on one line (label left, value right) and the bar on a
/// 0–100 track below, with gridlines every 25 %, so that long Indonesian names
/// fit on a 360 px phone. A row without a value says "belum ada program" inside
/// its empty track.
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

    /// Creates a chart.
    public init(id: String, title: String, description: String, data: [ChartDatum], percentScale: Bool = true) {
        self.id = id
        self.title = title
        self.description = description
        self.data = data
        self.percentScale = percentScale
    }

    static let width = 360.0, left = 4.0, trackWidth = 352.0, rowHeight = 46.0, top = 4.0, axisHeight = 22.0

    /// The SVG markup.
    public func svg() -> String {
        let height = Self.top + Double(data.count) * Self.rowHeight + (percentScale ? Self.axisHeight : 0)
        var out = SVG.open(id: id, width: Self.width, height: height, title: title, description: description, cssClass: "chart chart-bar")
        let bottom = Self.top + Double(data.count) * Self.rowHeight
        if percentScale {
            out += "<g class=\"grid\" aria-hidden=\"true\">\n"
            for tick in [0, 25, 50, 75, 100] {
                let x = Self.left + Self.trackWidth * Double(tick) / 100
                let anchor = tick == 0 ? "start" : (tick == 100 ? "end" : "middle")
                // Gridlines only across the bars, never through the labels above them.
                for row in data.indices {
                    let barY = Self.top + Double(row) * Self.rowHeight + 21
                    out += "<line x1=\"\(SVG.n(x))\" y1=\"\(SVG.n(barY - 3))\" x2=\"\(SVG.n(x))\" y2=\"\(SVG.n(barY + 19))\" />\n"
                }
                out += "<text class=\"tick\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(bottom + 16))\" text-anchor=\"\(anchor)\">\(tick)%</text>\n"
            }
            out += "</g>\n"
        }
        for (i, datum) in data.enumerated() {
            let y = Self.top + Double(i) * Self.rowHeight
            out += "<text class=\"bar-label\" x=\"\(SVG.n(Self.left))\" y=\"\(SVG.n(y + 15))\">\(SVG.text(datum.label))</text>\n"
            let barY = y + 21
            out += "<rect class=\"bar-track\" x=\"\(SVG.n(Self.left))\" y=\"\(SVG.n(barY))\" width=\"\(SVG.n(Self.trackWidth))\" height=\"16\" />\n"
            if let percent = datum.percent {
                let barWidth = Self.trackWidth * min(max(percent / 100, 0), 1)
                out += "<rect class=\"bar\" x=\"\(SVG.n(Self.left))\" y=\"\(SVG.n(barY))\" width=\"\(SVG.n(barWidth))\" height=\"16\" />\n"
                out += "<text class=\"bar-value\" x=\"\(SVG.n(Self.left + Self.trackWidth))\" y=\"\(SVG.n(y + 15))\" text-anchor=\"end\">\(SVG.text(datum.valueText))</text>\n"
            } else {
                out += "<text class=\"bar-empty\" x=\"\(SVG.n(Self.left + 6))\" y=\"\(SVG.n(barY + 12.5))\">\(SVG.text(datum.valueText))</text>\n"
            }
        }
        return out + "</svg>"
    }
}
