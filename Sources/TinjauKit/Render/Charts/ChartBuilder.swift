/// Builds the site's charts from the aggregates, for pages and for ```` ```chart ````
/// blocks in narrative Markdown. Values are the published (rounded) percentages.
public struct ChartBuilder {
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
    ] + DimensionID.allCases.map { ("elemen-\($0.rawValue)", "batang skor per elemen dimensi \($0.rawValue)") }

    private var precision: Int { content.config.scoring.precision }

    /// `68% (13/19)` for counts, `70,8%` for weighted scores, `belum ada program` when empty.
    public func valueText(_ entry: ScoreEntry?) -> String {
        guard let entry, let text = entry.score.formatted(precision: precision) else { return SiteRenderer.emptyScoreText }
        return entry.score.isCount ? "\(text) (\(entry.score.fraction))" : text
    }

    private func datum(_ label: String, _ entry: ScoreEntry?) -> ChartDatum {
        ChartDatum(label: label, percent: entry?.score.publishedPercent(precision: precision), valueText: valueText(entry))
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

    /// Bars per element of one dimension.
    public func elementBars(_ dimension: Dimension, id: String) -> String {
        let scores = aggregates.elements[dimension.id] ?? [:]
        let data = dimension.elements.map { datum($0.name, scores[$0.slug]) }
        return BarChart(id: id, title: "Skor per elemen, dimensi \(dimension.name)",
                        description: describe("Skor per elemen dimensi \(dimension.name)", data), data: data).svg()
    }

    /// The chart called `name` in the catalogue, or `nil`.
    public func chart(named name: String, id: String) -> String? {
        switch name {
        case "radar": return radar(id: id)
        case "dimensi": return dimensionBars(id: id)
        case "opd": return opdBars(id: id)
        default:
            guard name.hasPrefix("elemen-"), let dimensionID = DimensionID(rawValue: String(name.dropFirst("elemen-".count))) else { return nil }
            return elementBars(content.dimension(dimensionID), id: id)
        }
    }
}
