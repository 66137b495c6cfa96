/// `temuan/tertunda/index.html` (`delays.mustache`): delayed programmes with their reasons and budgets, the
/// budget to allocate again next year, and the delayed budget per dimension and OPD.
struct DelaysPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The delayed programmes.
    var programs: RowList<DelayedProgramRow>
    var hasPrograms: Bool
    /// How many, their budget (in full and in words), what was realised, and what remains.
    var count: Figure, total: Figure, totalShort: Figure, realisedTotal: Figure, remaining: Figure
    /// The year after the review.
    var nextYear: String
    /// How many were delayed by COVID-19, when any.
    var hasCovid: Bool, covid: Figure
    /// Delayed programmes and budget per OPD and per dimension (those with any).
    var byOPD: [DelayGroupRow], byDimension: [DelayGroupRow]
    /// The bar chart of the delayed budget per dimension, or empty.
    var barSVG: String

    static let fields: [String: TemplateField<DelaysPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "programs": .init(\.programs), "hasPrograms": .init(\.hasPrograms),
        "count": .init(\.count), "total": .init(\.total), "totalShort": .init(\.totalShort), "realisedTotal": .init(\.realisedTotal),
        "remaining": .init(\.remaining), "nextYear": .init(\.nextYear), "hasCovid": .init(\.hasCovid), "covid": .init(\.covid),
        "byOPD": .init(\.byOPD), "byDimension": .init(\.byDimension), "barSVG": .init(\.barSVG),
    ]
}

/// A delayed programme: its row, the reason, its realised budget and its years.
struct DelayedProgramRow: TemplateModel {
    /// The programme.
    var program: ProgramRow
    /// Why it is delayed (`tidak disebutkan` when not given).
    var reason: String
    /// Its realised budget, or `–`.
    var realised: Figure
    /// Its years (`2020–2022`), or `–`.
    var years: String

    static let fields = merged(
        ["reason": .init(\.reason), "realised": .init(\.realised), "years": .init(\.years)], embedding: embedding(\.program))
}

/// Delayed programmes of one OPD or dimension.
struct DelayGroupRow: TemplateModel {
    /// Its name and page.
    var name: String, url: String
    /// The OPD's abbreviation (OPD rows only).
    var short: String?
    /// How many, and their budget.
    var count: Figure, amount: Figure

    static let fields: [String: TemplateField<DelayGroupRow>] = [
        "name": .init(\.name), "url": .init(\.url), "short": .init(\.short), "count": .init(\.count), "amount": .init(\.amount),
    ]
}

extension SiteRenderer {
    func delaysPage() -> DelaysPage {
        let path = Permalink.delays
        let root = Permalink.root(from: path)
        let delays = aggregates.delays
        let rows = RowList(delays.programs.compactMap { content.program(id: $0) }) { [self] p in
            DelayedProgramRow(
                program: programRow(p, from: path), reason: p.delayReason ?? texts.text("pages_delays.tidak_disebutkan"),
                realised: programMoney(p, "realisasi_anggaran", p.budgetRealised),
                years: p.startYear.map { start in p.endYear.map { $0 == start ? "\(start)" : "\(start)–\($0)" } ?? "\(start)" } ?? "–")
        }
        let byOPD = content.opds.compactMap { opd -> DelayGroupRow? in
            guard let group = delays.byOPD[opd.slug] else { return nil }
            return DelayGroupRow(
                name: opd.name, url: root + Permalink.opd(opd.slug), short: opd.abbreviation,
                count: countFigure(group.count, DataPointer.delays("opd", opd.slug, "jumlah_program")),
                amount: rupiahFigure(group.budget, DataPointer.delays("opd", opd.slug, "anggaran")))
        }
        let byDimension = content.dimensions.compactMap { dimension -> DelayGroupRow? in
            guard let group = delays.byDimension[dimension.id] else { return nil }
            return DelayGroupRow(
                name: dimension.name, url: root + Permalink.dimension(dimension.id), short: nil,
                count: countFigure(group.count, DataPointer.delays("dimensi", dimension.id.rawValue, "jumlah_program")),
                amount: rupiahFigure(group.budget, DataPointer.delays("dimensi", dimension.id.rawValue, "anggaran")))
        }
        return DelaysPage(
            pageTitle: texts.text("pages_delays.program_tertunda_dan_realokasi"),
            metaDescription: texts.text("pages_delays.program_tertunda_alasannya_dan"),
            breadcrumbs: crumbs(
                path, [(texts.text("pages_delays.analisis"), Permalink.findings), (texts.text("pages_delays.program_tertunda"), nil)]),
            programs: rows, hasPrograms: !rows.isEmpty,
            count: countFigure(delays.programs.count, DataPointer.delays("jumlah_program")),
            total: rupiahFigure(delays.budget, DataPointer.delays("anggaran")),
            totalShort: rupiahShortFigure(delays.budget, DataPointer.delays("anggaran")),
            realisedTotal: rupiahFigure(delays.realised, DataPointer.delays("realisasi")),
            remaining: rupiahFigure(delays.remaining, DataPointer.delays("sisa")),
            nextYear: String(content.config.reviewYear + 1),
            hasCovid: delays.covid > 0,
            covid: countFigure(delays.covid, DataPointer.delays("covid")),
            byOPD: byOPD, byDimension: byDimension,
            barSVG: charts.delayedBudgetBars(id: "tertunda-bar")?.svg ?? "")
    }
}
