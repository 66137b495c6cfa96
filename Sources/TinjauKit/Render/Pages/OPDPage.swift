/// `opd/<slug>/index.html` (`opd.mustache`): one OPD's score, facts and body, its scores per dimension,
/// the programmes it leads and those it partners, and with archives its trend.
struct OPDPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The OPD.
    var opd: OPDFacts
    /// Its score.
    var score: ScoreFigures
    /// Its score in each dimension (`partials/dimension-table`).
    var dimensions: [DimensionRow]
    /// The programmes it leads (`partials/program-table`), in reading order.
    var programs: RowList<ProgramRow>
    var hasPrograms: Bool
    /// The programme table leaves out the OPD column, with its default label.
    let hideOPD = true
    let tableLabel: String? = nil
    /// The programmes it is a partner of.
    var partnered: RowList<ProgramRow>
    var hasPartnered: Bool
    /// Its budget totals.
    var budget: BudgetFigures
    /// Its score per review year, when there are archives.
    var trend: Trend?
    /// Its names in earlier reviews, when it was renamed.
    var formerNames: String?

    static let fields: [String: TemplateField<OPDPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "opd": .init(\.opd), "score": .init(\.score),
        "dimensions": .init(\.dimensions), "programs": .init(\.programs), "hasPrograms": .init(\.hasPrograms), "hideOPD": .init(\.hideOPD),
        "tableLabel": .init(\.tableLabel), "partnered": .init(\.partnered), "hasPartnered": .init(\.hasPartnered), "budget": .init(\.budget),
        "trend": .init(\.trend), "formerNames": .init(\.formerNames),
    ]
}

/// An OPD's facts and body.
struct OPDFacts: TemplateModel {
    /// Its name and abbreviation.
    var name: String, short: String
    /// Its `_index.md` body as HTML.
    var bodyHTML: String
    /// Its IT operators, or `tidak dilaporkan`.
    var itOperators: Figure
    /// Whether it leads programmes without an IT operator.
    var noOperator: Bool
    /// Whether its facts are an illustration.
    var isIllustration: Bool

    static let fields: [String: TemplateField<OPDFacts>] = [
        "name": .init(\.name), "short": .init(\.short), "bodyHTML": .init(\.bodyHTML), "itOperators": .init(\.itOperators),
        "noOperator": .init(\.noOperator), "isIllustration": .init(\.isIllustration),
    ]
}

extension SiteRenderer {
    func opdPage(_ opd: OPD) -> OPDPage {
        let path = Permalink.opd(opd.slug)
        let programs = byTitle(content.programs(ofOPD: opd.slug))
        let partnered = byTitle(content.programs(withPartner: opd.slug))
        let perDimension = aggregates.opdDimensions[opd.slug] ?? [:]
        let capacity = aggregates.capacity.byOPD[opd.slug]
        var page = OPDPage(
            pageTitle: opd.name,
            metaDescription: opdDescription(opd),
            breadcrumbs: crumbs(path, [(texts.text("pages_o_p_d.opd"), Permalink.opdList), (opd.abbreviation, nil)]),
            opd: OPDFacts(
                name: opd.name, short: opd.abbreviation, bodyHTML: bodies.opds[opd.slug] ?? "",
                itOperators: opd.itOperators.map { countFigure($0, DataPointer.capacity("opd", opd.slug, "operator_ti")) }
                    ?? noFigure(texts.text("pages_o_p_d.tidak_dilaporkan")),
                noOperator: capacity?.lacksOperator ?? false, isIllustration: opd.isIllustration),
            score: scoreFigures(aggregates.opds[opd.slug], .opd(opd.slug)),
            dimensions: dimensionRows(from: path) { (perDimension[$0.id], .opdDimension(opd.slug, $0.id)) },
            programs: RowList(programs) { [self] in programRow($0, from: path) },
            hasPrograms: !programs.isEmpty,
            partnered: RowList(partnered) { [self] in programRow($0, from: path) },
            hasPartnered: !partnered.isEmpty,
            budget: budgetFigures(aggregates.budgetByOPD[opd.slug] ?? BudgetTotals(), .opd(opd.slug)))
        if let history = aggregates.history, let scores = history.opds[opd.slug] {
            page.trend = trend(
                id: "opd-tren", title: texts.text("pages_o_p_d.skor_per_tahun_review", ["abbreviation": "\(opd.abbreviation)"]), path: path,
                rows: [(opd.abbreviation, nil, ["opd", opd.slug], scores)])
            let renamed = scores.compactMap { score in
                score.key.flatMap {
                    $0 != opd.slug ? texts.text("pages_o_p_d.review", ["name": "\(score.name ?? $0)", "x": "\($0)", "year": "\(score.year)"]) : nil
                }
            }
            if !renamed.isEmpty { page.formerNames = renamed.joined(separator: ", ") }
        }
        return page
    }
}
