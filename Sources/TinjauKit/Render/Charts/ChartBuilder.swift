/// Builds the site's charts from the aggregates, for pages and for ```` ```chart ````
/// blocks in narrative Markdown. Values are the published (rounded) percentages.
public struct ChartBuilder: Sendable {
    /// The content (names, dimensions, OPDs).
    public var content: ReviewContent
    /// The scores.
    public var aggregates: Aggregates

    /// Creates a builder.
    public init(content: ReviewContent, aggregates: Aggregates) {
        self.content = content
        self.aggregates = aggregates
    }

    /// Chart names usable in a ```` ```chart ```` block, with what each shows.
    public static let catalog: [(name: String, description: String)] = [
        ("radar", "radar enam dimensi"),
        ("dimensi", "batang skor per dimensi"),
        ("opd", "batang skor per OPD"),
        ("opd-dimensi", "peta panas jumlah program per OPD dan dimensi"),
        ("linimasa", "jumlah program berjalan per tahun masterplan dan dimensi"),
        ("anggaran-dimensi", "batang anggaran per dimensi"),
    ] + DimensionID.allCases.map { ("elemen-\($0.rawValue)", "batang skor per elemen dimensi \($0.rawValue)") }

    /// `68% (13/19)` for counts, `70,8%` for weighted scores, `belum ada program` when empty.
    public func valueText(_ entry: ScoreEntry?) -> String {
        guard let entry, let published = entry.published else { return SiteRenderer.emptyText(entry) }
        return entry.score.isCount ? "\(published.text) (\(entry.score.fraction))" : published.text
    }

    /// A chart value: the published percentage (geometry only uses its `Double`), or none.
    private func datum(_ label: String, _ entry: ScoreEntry?) -> ChartDatum {
        ChartDatum(label: label, percent: entry?.published?.value.doubleValue, valueText: valueText(entry))
    }

    private func describe(_ intro: String, _ data: [ChartDatum]) -> String {
        intro + ": " + data.map { "\($0.label) \($0.valueText)" }.joined(separator: "; ") + "."
    }

    /// One datum per dimension, in framework order.
    public var dimensionData: [ChartDatum] {
        content.dimensions.map { datum($0.shortName, aggregates.dimensions[$0.id]) }
    }

    /// The radar chart of the six dimensions.
    public func radar(id: String) -> String {
        let data = dimensionData
        return RadarChart(id: id, title: "Indeks kematangan enam dimensi smart city \(content.config.reviewYear)",
                          description: describe("Skor per dimensi", data), data: data).svg()
    }

    /// Bars per dimension.
    public func dimensionBars(id: String) -> String {
        let data = dimensionData
        return BarChart(id: id, title: "Skor per dimensi, \(content.config.reviewYear)", description: describe("Skor per dimensi", data), data: data).svg()
    }

    /// Bars per OPD (short names).
    public func opdBars(id: String) -> String {
        let data = content.opds.map { datum($0.abbreviation, aggregates.opds[$0.slug]) }
        return BarChart(id: id, title: "Skor per OPD", description: describe("Skor per OPD", data), data: data).svg()
    }

    /// Bars per dimension for one OPD: its programmes' score in each dimension (the link preview
    /// of its page).
    public func opdDimensionBars(_ opd: OPD, id: String) -> String {
        let scores = aggregates.opdDimensions[opd.slug] ?? [:]
        let data = content.dimensions.map { datum($0.shortName, scores[$0.id]) }
        return BarChart(id: id, title: "Skor \(opd.abbreviation) per dimensi", description: describe("Skor \(opd.abbreviation) per dimensi", data),
                        data: data).svg()
    }

    /// Bars per element of one dimension.
    public func elementBars(_ dimension: Dimension, id: String) -> String {
        let scores = aggregates.elements[dimension.id] ?? [:]
        let data = dimension.elements.map { datum($0.name, scores[$0.slug]) }
        return BarChart(id: id, title: "Skor per elemen, dimensi \(dimension.name)",
                        description: describe("Skor per elemen dimensi \(dimension.name)", data), data: data).svg()
    }

    /// The OPD × dimension heat map: where several OPDs work on the same dimension. `rows` are the positions
    /// of the OPDs to draw (all by default; the overlaps page draws at most 40 of a large review).
    public func opdDimensionHeatMap(id: String, rows: [Int]? = nil) -> String {
        let counts = aggregates.opdDimensionCounts.values
        let shown = rows ?? Array(content.opds.indices)
        var lines: [String] = []
        for r in shown {
            let opd = content.opds[r]
            let cells = content.dimensions.enumerated().filter { counts[r][$0.offset] > 0 }
                .map { "\($0.element.shortName) \(counts[r][$0.offset])" }
            lines.append("\(opd.abbreviation): " + (cells.isEmpty ? "tidak ada program" : cells.joined(separator: ", ")))
        }
        let rest = content.opds.count - shown.count
        let title = rest > 0 ? "Jumlah program per OPD dan dimensi, \(shown.count) OPD dengan program terbanyak" : "Jumlah program per OPD dan dimensi"
        return HeatMapChart(id: id, title: title,
                            description: "Jumlah program (tanpa yang batal) yang dipimpin setiap OPD per dimensi. " + lines.joined(separator: "; ") + "."
                                + (rest > 0 ? " \(rest) OPD lainnya tidak digambar; angkanya ada di tabel." : ""),
                            rows: shown.map { content.opds[$0].abbreviation }, columns: content.dimensions.map(\.shortName),
                            values: shown.map { counts[$0] }, slantedColumns: true).svg()
    }

    /// The timeline: programmes per masterplan year and dimension.
    public func timeline(id: String) -> String {
        let counts = aggregates.timeline.values
        let years = aggregates.timeline.columns
        let lines = content.dimensions.enumerated().map { r, dimension in
            "\(dimension.shortName): " + years.enumerated().map { "\($0.element) \(counts[r][$0.offset])" }.joined(separator: ", ")
        }
        return HeatMapChart(id: id, title: "Linimasa program per tahun masterplan",
                            description: "Jumlah program yang dijadwalkan berjalan setiap tahun, per dimensi. " + lines.joined(separator: "; ") + ".",
                            rows: content.dimensions.map(\.shortName), columns: years.map(String.init), values: counts).svg()
    }

    /// Rupiah bars: planned budget per group, bar length relative to the largest.
    public func budgetBars(id: String, title: String, items: [(label: String, amount: Int64)]) -> String {
        let largest = max(1, items.map(\.amount).max() ?? 1)
        let data = items.map { ChartDatum(label: $0.label, percent: Double($0.amount) / Double(largest) * 100,
                                          valueText: IndonesianFormat.rupiahShort($0.amount)) }
        return BarChart(id: id, title: title, description: title + ": " + items.map { "\($0.label) \(IndonesianFormat.rupiah($0.amount))" }
            .joined(separator: "; ") + ".", data: data, percentScale: false).svg()
    }

    /// Planned budget per dimension.
    public func dimensionBudgetBars(id: String) -> String {
        budgetBars(id: id, title: "Anggaran program per dimensi",
                   items: content.dimensions.map { ($0.shortName, aggregates.budgetByDimension[$0.id]?.planned ?? 0) })
    }

    /// The chart called `name` in the catalogue, or `nil`.
    public func chart(named name: String, id: String) -> String? {
        switch name {
        case "radar": return radar(id: id)
        case "dimensi": return dimensionBars(id: id)
        case "opd": return opdBars(id: id)
        case "opd-dimensi": return opdDimensionHeatMap(id: id)
        case "linimasa": return timeline(id: id)
        case "anggaran-dimensi": return dimensionBudgetBars(id: id)
        default:
            guard name.hasPrefix("elemen-"), let dimensionID = DimensionID(rawValue: String(name.dropFirst("elemen-".count))) else { return nil }
            return elementBars(content.dimension(dimensionID), id: id)
        }
    }
}
