/// `opd/index.html` (`opd-list.mustache`): every OPD with its programmes, score, IT operators and budget.
struct OPDListPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// A row per OPD, in content order.
    var opds: [OPDRow]
    /// The bar chart of the OPDs' scores.
    var barSVG: String

    static let fields: [String: TemplateField<OPDListPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "opds": .init(\.opds), "barSVG": .init(\.barSVG),
    ]
}

/// An OPD in the OPD list.
struct OPDRow: TemplateModel {
    /// Its name, abbreviation and page.
    var name: String, short: String, url: String
    /// Programmes it leads (not cancelled).
    var programCount: Figure
    /// Its IT operators, or `–` when not reported.
    var itOperators: Figure
    /// Whether it leads programmes without an IT operator.
    var noOperator: Bool
    /// The planned budget of its programmes.
    var budget: Figure
    /// Its score.
    var score: ScoreFigures

    static let fields = merged(
        [
            "name": .init(\.name), "short": .init(\.short), "url": .init(\.url), "programCount": .init(\.programCount),
            "itOperators": .init(\.itOperators),
            "noOperator": .init(\.noOperator), "budget": .init(\.budget),
        ],
        embedding: embedding(\.score))
}

extension SiteRenderer {
    func opdListPage() -> OPDListPage {
        let path = Permalink.opdList
        let root = Permalink.root(from: path)
        let rows = content.opds.map { opd in
            let capacity = aggregates.capacity.byOPD[opd.slug]
            return OPDRow(
                name: opd.name, short: opd.abbreviation, url: root + Permalink.opd(opd.slug),
                programCount: countFigure(capacity?.activePrograms ?? 0, DataPointer.capacity("opd", opd.slug, "program_aktif")),
                itOperators: opd.itOperators.map { countFigure($0, DataPointer.capacity("opd", opd.slug, "operator_ti")) } ?? noFigure("–"),
                noOperator: capacity?.lacksOperator ?? false,
                budget: rupiahFigure(aggregates.budgetByOPD[opd.slug]?.planned ?? 0, DataPointer.budget(.opd(opd.slug), "anggaran")),
                score: scoreFigures(aggregates.opds[opd.slug], .opd(opd.slug)))
        }
        return OPDListPage(
            pageTitle: texts.text("pages_o_p_d_list.opd"),
            metaDescription:
                texts.text(
                    "pages_o_p_d_list.skor_program_dan_operator",
                    ["region": "\(content.config.region)", "reviewYear": "\(content.config.reviewYear)"]),
            breadcrumbs: crumbs(path, [(texts.text("pages_o_p_d_list.opd"), nil)]),
            opds: rows,
            barSVG: charts.opdBars(id: "opd-bar").svg)
    }
}
