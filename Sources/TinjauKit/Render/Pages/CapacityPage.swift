/// `temuan/kapasitas-opd/index.html` (`capacity.mustache`): programmes and IT operators per OPD, and the
/// OPDs that lead programmes without one.
struct CapacityPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// A row per OPD.
    var opds: [CapacityRow]
    /// OPDs without an IT operator, and IT operators in all.
    var flagged: Figure, operators: Figure
    /// Whether any OPD's facts are an illustration.
    var anyIllustration: Bool

    static let fields: [String: TemplateField<CapacityPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "opds": .init(\.opds), "flagged": .init(\.flagged),
        "operators": .init(\.operators), "anyIllustration": .init(\.anyIllustration),
    ]
}

/// An OPD's programmes and IT operators.
struct CapacityRow: TemplateModel {
    /// Its name, abbreviation and page.
    var name: String, short: String, url: String
    /// Programmes it leads (not cancelled).
    var programs: Figure
    /// Its IT operators, or `tidak dilaporkan`.
    var operators: Figure
    /// Programmes per operator, `tanpa operator`, or `–` without programmes.
    var perOperator: Figure
    /// Whether it leads programmes without an IT operator.
    var flag: Bool
    /// Whether its facts are an illustration.
    var isIllustration: Bool
    /// Its score.
    var score: ScoreFigures

    static let fields = merged(
        [
            "name": .init(\.name), "short": .init(\.short), "url": .init(\.url), "programs": .init(\.programs), "operators": .init(\.operators),
            "perOperator": .init(\.perOperator), "flag": .init(\.flag), "isIllustration": .init(\.isIllustration),
        ],
        embedding: embedding(\.score))
}

extension SiteRenderer {
    func capacityPage() -> CapacityPage {
        let path = Permalink.capacity
        let root = Permalink.root(from: path)
        let capacity = aggregates.capacity
        let rows = content.opds.map { opd in
            let figures = capacity.byOPD[opd.slug] ?? OPDCapacity(activePrograms: 0, itOperators: nil, programsPerOperator: nil, lacksOperator: false)
            let perOperator =
                figures.programsPerOperator.map { ratioFigure($0, DataPointer.capacity("opd", opd.slug, "program_per_operator")) }
                ?? noFigure(figures.activePrograms == 0 ? "–" : texts.text("pages_capacity.tanpa_operator"))
            return CapacityRow(
                name: opd.name, short: opd.abbreviation, url: root + Permalink.opd(opd.slug),
                programs: countFigure(figures.activePrograms, DataPointer.capacity("opd", opd.slug, "program_aktif")),
                operators: figures.itOperators.map { countFigure($0, DataPointer.capacity("opd", opd.slug, "operator_ti")) }
                    ?? noFigure(texts.text("pages_capacity.tidak_dilaporkan")),
                perOperator: perOperator, flag: figures.lacksOperator, isIllustration: opd.isIllustration,
                score: scoreFigures(aggregates.opds[opd.slug], .opd(opd.slug)))
        }
        return CapacityPage(
            pageTitle: texts.text("pages_capacity.kapasitas_opd"),
            metaDescription: texts.text("pages_capacity.jumlah_program_dan_operator"),
            breadcrumbs: crumbs(
                path, [(texts.text("pages_capacity.analisis"), Permalink.findings), (texts.text("pages_capacity.kapasitas_opd"), nil)]),
            opds: rows,
            flagged: countFigure(capacity.lackingOperator.count, DataPointer.capacity("jumlah_opd_tanpa_operator")),
            operators: countFigure(capacity.totalOperators, DataPointer.capacity("operator_ti")),
            anyIllustration: content.opds.contains { $0.isIllustration })
    }
}
