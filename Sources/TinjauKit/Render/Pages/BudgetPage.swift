/// `anggaran/index.html` (`budget.mustache`): budget and realisation by dimension, OPD and source of funds.
struct BudgetPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The whole review (`Jumlah`).
    var total: BudgetRow
    /// A row per dimension, per OPD and per source of funds.
    var byDimension: [BudgetRow], byOPD: [BudgetRow], bySource: [BudgetRow]
    /// The bar charts of the three tables.
    var dimensionSVG: String, opdSVG: String, sourceSVG: String

    static let fields: [String: TemplateField<BudgetPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "total": .init(\.total), "byDimension": .init(\.byDimension),
        "byOPD": .init(\.byOPD), "bySource": .init(\.bySource), "dimensionSVG": .init(\.dimensionSVG), "opdSVG": .init(\.opdSVG),
        "sourceSVG": .init(\.sourceSVG),
    ]
}

/// A row of a budget table: a name, a page when it has one, and the totals.
struct BudgetRow: TemplateModel {
    /// The dimension's, OPD's or source's name.
    var name: String
    /// Its page, or empty.
    var url: String, hasURL: Bool
    /// Its totals.
    var totals: BudgetFigures

    static let fields = merged(["name": .init(\.name), "url": .init(\.url), "hasURL": .init(\.hasURL)], embedding: embedding(\.totals))
}

extension SiteRenderer {
    func budgetPage() -> BudgetPage {
        let path = Permalink.budget
        let root = Permalink.root(from: path)
        func row(_ name: String, _ url: String?, _ totals: BudgetTotals, _ scope: DataPointer.BudgetScope) -> BudgetRow {
            BudgetRow(name: name, url: url ?? "", hasURL: url != nil, totals: budgetFigures(totals, scope))
        }
        return BudgetPage(
            pageTitle: texts.text("pages_budget.anggaran"),
            metaDescription: texts.text("pages_budget.anggaran_dan_realisasi_program"),
            breadcrumbs: crumbs(path, [(texts.text("pages_budget.anggaran"), nil)]),
            total: row(texts.text("pages_budget.jumlah"), nil, aggregates.budget, .overall),
            byDimension: content.dimensions.map {
                row($0.name, root + Permalink.dimension($0.id), aggregates.budgetByDimension[$0.id] ?? BudgetTotals(), .dimension($0.id))
            },
            byOPD: content.opds.map { row($0.name, root + Permalink.opd($0.slug), aggregates.budgetByOPD[$0.slug] ?? BudgetTotals(), .opd($0.slug)) },
            bySource: aggregates.budgetBySource.map { row($0.name, nil, $0.totals, .source($0.name)) },
            dimensionSVG: charts.dimensionBudgetBars(id: "anggaran-dimensi").svg,
            opdSVG: charts.opdBudgetBars(id: "anggaran-opd").svg,
            sourceSVG: charts.sourceBudgetBars(id: "anggaran-sumber").svg)
    }
}
