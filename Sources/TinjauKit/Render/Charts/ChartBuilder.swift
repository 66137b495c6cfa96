/// Builds the site's charts from the aggregates, for pages and for ```` ```chart ````
/// blocks in narrative Markdown. Values are the published (rounded) percentages.
///
/// Large reviews (the limits below; `docs/architecture.md` lists them per chart): a bar chart
/// draws at most ``barLimit`` bars, the ones that weigh most (OPDs and elements with the most
/// programmes counted, the largest budgets), sorted by value, and says in a last line how many
/// more are in the table beside it; the OPD × dimension heat map draws the ``heatMapRowLimit``
/// OPDs leading the most programmes; a timeline of more than ``timelineYearLimit`` years turns
/// its years into rows, so that it grows in height and never in width.
public struct ChartBuilder: Sendable {
    /// The most bars a bar chart draws.
    public static let barLimit = 20
    /// The most OPD rows the OPD × dimension heat map draws (the rest are summed in the overlaps page's table).
    public static let heatMapRowLimit = 40
    /// The most masterplan years a timeline lays out as columns; beyond, years are rows.
    public static let timelineYearLimit = 6

    /// The content (names, dimensions, OPDs).
    public var content: ReviewContent
    /// The scores.
    public var aggregates: Aggregates

    /// The interface texts: chart titles and descriptions (``Translations``).
    public var texts: Translations
    /// The number formats of the language of `texts` (``SiteFormat``).
    public var format: SiteFormat

    /// Creates a builder that writes titles and descriptions with `texts` and numbers in the
    /// `format` of its language (by default the one `texts` describes).
    public init(content: ReviewContent, aggregates: Aggregates, texts: Translations = EmbeddedTheme.texts, format: SiteFormat? = nil) {
        self.content = content
        self.aggregates = aggregates
        self.texts = texts
        self.format = format ?? SiteFormat(texts)
    }

    /// Chart names usable in a ```` ```chart ```` block, with what each shows.
    public static let catalog: [(name: String, description: String)] =
        [
            ("radar", "radar enam dimensi"),
            ("dimensi", "batang skor per dimensi"),
            ("opd", "batang skor per OPD"),
            ("opd-dimensi", "peta panas jumlah program per OPD dan dimensi"),
            ("linimasa", "jumlah program berjalan per tahun masterplan dan dimensi"),
            ("anggaran-dimensi", "batang anggaran per dimensi"),
        ] + DimensionID.allCases.map { ("elemen-\($0.rawValue)", "batang skor per elemen dimensi \($0.rawValue)") }

    /// `68% (13/19)` for counts, `70,8%` for weighted scores, `belum ada program` when empty.
    public func valueText(_ entry: ScoreEntry?) -> String {
        guard let entry, let published = entry.published else { return SiteRenderer.emptyText(entry, texts: texts) }
        return entry.score.isCount ? "\(published.text(in: format)) (\(entry.score.fraction(in: format)))" : published.text(in: format)
    }

    /// A chart value: the published percentage (geometry only uses its `Double`), or none.
    private func datum(_ label: String, _ entry: ScoreEntry?, title: String? = nil) -> ChartDatum {
        ChartDatum(label: label, percent: entry?.published?.value.doubleValue, valueText: valueText(entry), title: title)
    }

    /// The last line of a bar chart that leaves `hidden` rows out (`noun`: what a row is), e.g.
    /// `280 OPD lainnya tidak digambar: lihat tabel`; `nil` when it draws every row.
    func moreLine(_ hidden: Int, _ noun: String) -> String? {
        hidden > 0 ? texts.text("charts.more_not_drawn", ["count": format.integer(hidden), "noun": noun]) : nil
    }

    /// The rows a score bar chart draws: all when at most ``barLimit``; otherwise the ``barLimit`` with the
    /// most programmes counted (then in the given order), sorted by published score, highest first
    /// (rows without a score last).
    static func scoreRows(_ entries: [ScoreEntry?]) -> [Int] {
        guard entries.count > barLimit else { return Array(entries.indices) }
        let weightiest = entries.indices.sorted { (-(entries[$0]?.counted.count ?? 0), $0) < (-(entries[$1]?.counted.count ?? 0), $1) }
            .prefix(barLimit)
        func score(_ i: Int) -> Int64 { entries[i]?.published?.scaled ?? -1 }
        return weightiest.sorted { (-score($0), $0) < (-score($1), $1) }
    }

    private func describe(_ intro: String, _ data: [ChartDatum]) -> String {
        intro + ": " + data.map { "\($0.label) \($0.valueText)" }.joined(separator: "; ") + "."
    }

    /// One datum per dimension, in framework order.
    public var dimensionData: [ChartDatum] {
        content.dimensions.map { datum($0.shortName, aggregates.dimensions[$0.id]) }
    }

    /// The radar chart of the six dimensions.
    public func radar(id: String) -> DrawnChart {
        let data = dimensionData
        return RadarChart(
            id: id, title: texts.text("charts.indeks_kematangan_enam_dimensi", ["reviewYear": "\(content.config.reviewYear)"]),
            description: describe(texts.text("charts.skor_per_dimensi"), data), data: data
        ).draw()
    }

    /// Bars per dimension.
    public func dimensionBars(id: String) -> DrawnChart {
        let data = dimensionData
        return BarChart(
            id: id, title: texts.text("charts.skor_per_dimensi_2", ["reviewYear": "\(content.config.reviewYear)"]),
            description: describe(texts.text("charts.skor_per_dimensi"), data), data: data
        ).draw()
    }

    /// Bars per OPD (`singkatan`, the full name on hover); beyond ``barLimit`` OPDs, the ``barLimit``
    /// leading the most programmes, by score.
    public func opdBars(id: String) -> DrawnChart {
        let entries = content.opds.map { aggregates.opds[$0.slug] }
        let all = content.opds.map { datum($0.abbreviation, aggregates.opds[$0.slug], title: $0.name == $0.abbreviation ? nil : $0.name) }
        let data = Self.scoreRows(entries).map { all[$0] }
        let title =
            data.count < all.count ? texts.text("charts.skor_opd_dengan_program", ["count": "\(data.count)"]) : texts.text("charts.skor_per_opd")
        return BarChart(
            id: id, title: title, description: describe(texts.text("charts.skor_per_opd"), all), data: data,
            more: moreLine(all.count - data.count, texts.text("charts.opd"))
        ).draw()
    }

    /// Bars per dimension for one OPD: its programmes' score in each dimension (the link preview
    /// of its page).
    public func opdDimensionBars(_ opd: OPD, id: String) -> DrawnChart {
        let scores = aggregates.opdDimensions[opd.slug] ?? [:]
        let data = content.dimensions.map { datum($0.shortName, scores[$0.id]) }
        return BarChart(
            id: id, title: texts.text("charts.skor_per_dimensi_3", ["abbreviation": "\(opd.abbreviation)"]),
            description: describe(texts.text("charts.skor_per_dimensi_3", ["abbreviation": "\(opd.abbreviation)"]), data),
            data: data
        ).draw()
    }

    /// Bars per element of one dimension; beyond ``barLimit`` elements, the ``barLimit`` with the most
    /// programmes, by score.
    public func elementBars(_ dimension: Dimension, id: String) -> DrawnChart {
        let scores = aggregates.elements[dimension.id] ?? [:]
        let entries = dimension.elements.map { scores[$0.slug] }
        let all = dimension.elements.map { datum($0.name, scores[$0.slug]) }
        let data = Self.scoreRows(entries).map { all[$0] }
        return BarChart(
            id: id, title: texts.text("charts.skor_per_elemen_dimensi", ["name": "\(dimension.name)"]),
            description: describe(texts.text("charts.skor_per_elemen_dimensi_2", ["name": "\(dimension.name)"]), all), data: data,
            more: moreLine(all.count - data.count, texts.text("charts.elements"))
        ).draw()
    }

    /// The OPDs the OPD × dimension heat map draws (positions in `content.opds`, in that order): all when
    /// at most ``heatMapRowLimit``, otherwise the ``heatMapRowLimit`` leading the most programmes (then by
    /// slug). The overlaps page sums the others in one table row.
    public func heatMapRows() -> [Int] {
        let counts = aggregates.opdDimensionCounts
        guard content.opds.count > Self.heatMapRowLimit else { return Array(content.opds.indices) }
        let order = content.opds.indices.sorted { (-counts.rowTotal($0), content.opds[$0].slug) < (-counts.rowTotal($1), content.opds[$1].slug) }
        return Array(order.prefix(Self.heatMapRowLimit)).sorted()
    }

    /// The OPD × dimension heat map: where several OPDs work on the same dimension, for the OPDs of
    /// ``heatMapRows()``.
    public func opdDimensionHeatMap(id: String) -> DrawnChart {
        let counts = aggregates.opdDimensionCounts.values
        let shown = heatMapRows()
        var lines: [String] = []
        for r in shown {
            let opd = content.opds[r]
            let cells = content.dimensions.enumerated().filter { counts[r][$0.offset] > 0 }
                .map { "\($0.element.shortName) \(counts[r][$0.offset])" }
            lines.append("\(opd.abbreviation): " + (cells.isEmpty ? texts.text("charts.tidak_ada_program") : cells.joined(separator: ", ")))
        }
        let rest = content.opds.count - shown.count
        let title =
            rest > 0 ? texts.text("charts.jumlah_program_per_opd_2", ["count": "\(shown.count)"]) : texts.text("charts.jumlah_program_per_opd")
        return HeatMapChart(
            id: id, title: title,
            description: texts.text("charts.jumlah_program_tanpa_yang") + lines.joined(separator: "; ") + "."
                + (rest > 0 ? texts.text("charts.opd_lainnya_tidak_digambar", ["rest": "\(rest)"]) : ""),
            rows: shown.map { content.opds[$0].abbreviation },
            rowTitles: shown.map { content.opds[$0].name == content.opds[$0].abbreviation ? nil : content.opds[$0].name },
            columns: content.dimensions.map(\.shortName),
            values: shown.map { counts[$0] }, slantedColumns: true
        ).draw()
    }

    /// The timeline: programmes per masterplan year and dimension. Up to ``timelineYearLimit`` years the
    /// years are columns; a longer masterplan turns them into rows (dimensions become slanted columns).
    public func timeline(id: String) -> DrawnChart {
        let counts = aggregates.timeline.values
        let years = aggregates.timeline.columns
        let lines = content.dimensions.enumerated().map { r, dimension in
            "\(dimension.shortName): " + years.enumerated().map { "\($0.element) \(counts[r][$0.offset])" }.joined(separator: ", ")
        }
        let title = texts.text("charts.linimasa_program_per_tahun")
        let description = texts.text("charts.jumlah_program_yang_dijadwalkan") + lines.joined(separator: "; ") + "."
        if years.count > Self.timelineYearLimit {
            return HeatMapChart(
                id: id, title: title, description: description, rows: years.map(String.init),
                columns: content.dimensions.map(\.shortName),
                values: years.indices.map { c in content.dimensions.indices.map { counts[$0][c] } }, slantedColumns: true
            ).draw()
        }
        return HeatMapChart(
            id: id, title: title, description: description,
            rows: content.dimensions.map(\.shortName), columns: years.map(String.init), values: counts
        ).draw()
    }

    /// One bar of a Rupiah chart: a label, the full name behind it (or `nil`) and the amount in whole Rupiah.
    public typealias BudgetItem = (label: String, title: String?, amount: Int64)

    /// Rupiah bars: planned budget per group, bar length relative to the largest. Beyond ``barLimit``
    /// items, the ``barLimit`` largest (then in the given order), largest first, and a last line that
    /// counts the rest (`noun`: what an item is, e.g. `OPD`).
    public func budgetBars(id: String, title: String, items: [BudgetItem], noun: String? = nil) -> DrawnChart {
        let largest = max(1, items.map(\.amount).max() ?? 1)
        var shown = Array(items.indices)
        if items.count > Self.barLimit {
            shown = Array(items.indices.sorted { (-items[$0].amount, $0) < (-items[$1].amount, $1) }.prefix(Self.barLimit))
        }
        let data = shown.map { items[$0] }.map {
            ChartDatum(
                label: $0.label, percent: Double($0.amount) / Double(largest) * 100,
                valueText: format.rupiahShort($0.amount), title: $0.title)
        }
        let chartTitle = shown.count < items.count ? texts.text("charts.terbesar", ["title": "\(title)", "count": "\(shown.count)"]) : title
        return BarChart(
            id: id, title: chartTitle,
            description: title + ": "
                + items.map { "\($0.label) \(format.rupiah($0.amount))" }
                .joined(separator: "; ") + ".", data: data, percentScale: false,
            more: moreLine(items.count - shown.count, noun ?? texts.text("charts.rows"))
        ).draw()
    }

    /// Planned budget per dimension.
    public func dimensionBudgetBars(id: String) -> DrawnChart {
        budgetBars(
            id: id, title: texts.text("charts.anggaran_program_per_dimensi"),
            items: content.dimensions.map { ($0.shortName, nil, aggregates.budgetByDimension[$0.id]?.planned ?? 0) },
            noun: texts.text("charts.dimensions"))
    }

    /// Planned budget per OPD (`singkatan`, the full name on hover).
    public func opdBudgetBars(id: String) -> DrawnChart {
        budgetBars(
            id: id, title: texts.text("charts.anggaran_program_per_opd"),
            items: content.opds.map { ($0.abbreviation, $0.name == $0.abbreviation ? nil : $0.name, aggregates.budgetByOPD[$0.slug]?.planned ?? 0) },
            noun: texts.text("charts.opd"))
    }

    /// Every chart the site draws for this review, named (the catalogue's names, then the budget page's
    /// per-OPD and per-source bars and the delays page's bars), with the id each gets: what the chart
    /// gallery test records (`Tests/…/Fixtures/galeri/`) and checks for text crossing the viewBox or
    /// overlapping.
    /// Element ids are `idPrefix` + the name.
    public func allCharts(idPrefix: String = "") -> [(name: String, chart: DrawnChart)] {
        var charts = Self.catalog.compactMap { entry in chart(named: entry.name, id: idPrefix + entry.name).map { (entry.name, $0) } }
        charts.append(("anggaran-opd", opdBudgetBars(id: idPrefix + "anggaran-opd")))
        charts.append(("anggaran-sumber", sourceBudgetBars(id: idPrefix + "anggaran-sumber")))
        if let delayed = delayedBudgetBars(id: idPrefix + "tertunda-dimensi") { charts.append(("tertunda-dimensi", delayed)) }
        return charts
    }

    /// Bars of the source-of-funds budgets (budget page).
    public func sourceBudgetBars(id: String) -> DrawnChart {
        budgetBars(
            id: id, title: texts.text("charts.anggaran_program_per_sumber"),
            items: aggregates.budgetBySource.map { ($0.name, nil, $0.totals.planned) }, noun: texts.text("charts.sumber_dana"))
    }

    /// Bars of the delayed budget per dimension (delays page), over the dimensions with a delayed budget above 0;
    /// `nil` when there is none.
    public func delayedBudgetBars(id: String) -> DrawnChart? {
        let items = content.dimensions.compactMap { d -> BudgetItem? in
            guard let group = aggregates.delays.byDimension[d.id], group.budget > 0 else { return nil }
            return (d.shortName, nil, group.budget)
        }
        return items.isEmpty
            ? nil : budgetBars(id: id, title: texts.text("charts.anggaran_program_tertunda_per"), items: items, noun: texts.text("charts.dimensions"))
    }

    /// The chart called `name` in the catalogue, or `nil`.
    public func chart(named name: String, id: String) -> DrawnChart? {
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
