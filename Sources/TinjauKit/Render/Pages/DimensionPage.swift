/// `dimensi/<id>/index.html` (`dimension.mustache`): one dimension's score, its elements' scores, its
/// programmes and budget, and with archives its trend.
struct DimensionPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The dimension.
    var dimension: DimensionFacts
    /// Its score.
    var score: ScoreFigures
    /// The bar chart of its elements' scores.
    var elementsSVG: String
    /// A row per element.
    var elements: [ElementRow]
    /// Programmes of the dimension that name no element, when there are any.
    var hasWithoutElement: Bool
    var withoutElement: Figure
    /// Its programmes (`partials/program-table`), in reading order.
    var programs: RowList<ProgramRow>
    var hasPrograms: Bool
    /// The programme table shows the OPD column and its default label.
    let hideOPD = false
    let tableLabel: String? = nil
    /// Its budget totals.
    var budget: BudgetFigures
    /// Its score per review year, when there are archives.
    var trend: Trend?

    static let fields: [String: TemplateField<DimensionPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "dimension": .init(\.dimension), "score": .init(\.score),
        "elementsSVG": .init(\.elementsSVG), "elements": .init(\.elements), "hasWithoutElement": .init(\.hasWithoutElement),
        "withoutElement": .init(\.withoutElement), "programs": .init(\.programs), "hasPrograms": .init(\.hasPrograms), "hideOPD": .init(\.hideOPD),
        "tableLabel": .init(\.tableLabel), "budget": .init(\.budget), "trend": .init(\.trend),
    ]
}

/// A dimension's names and description.
struct DimensionFacts: TemplateModel {
    /// Its name, the framework's name (`Smart Governance`) and its id.
    var name: String, smartName: String, id: String
    /// Its description from `dimensi.yml`, or empty.
    var description: String, hasDescription: Bool

    static let fields: [String: TemplateField<DimensionFacts>] = [
        "name": .init(\.name), "smartName": .init(\.smartName), "id": .init(\.id), "description": .init(\.description),
        "hasDescription": .init(\.hasDescription),
    ]
}

/// An element of a dimension with its score.
struct ElementRow: TemplateModel {
    /// The element's name and slug.
    var name: String, slug: String
    /// Its score.
    var score: ScoreFigures

    static let fields = merged(["name": .init(\.name), "slug": .init(\.slug)], embedding: embedding(\.score))
}

extension SiteRenderer {
    func dimensionPage(_ dimension: Dimension) -> DimensionPage {
        let path = Permalink.dimension(dimension.id)
        let elementScores = aggregates.elements[dimension.id] ?? [:]
        let elements = dimension.elements.map { element in
            ElementRow(name: element.name, slug: element.slug, score: scoreFigures(elementScores[element.slug], .element(dimension.id, element.slug)))
        }
        let programs = byTitle(content.programs.filter { $0.dimension == dimension.id })
        let trend = aggregates.history.map { history in
            self.trend(
                id: "dimensi-tren", title: texts.text("pages_dimension.skor_dimensi_per_tahun", ["shortName": "\(dimension.shortName)"]), path: path,
                rows: [(dimension.shortName, nil, ["dimensi", dimension.id.rawValue], history.dimensions[dimension.id] ?? [])])
        }
        return DimensionPage(
            pageTitle: texts.text("pages_dimension.dimensi", ["name": "\(dimension.name)"]),
            metaDescription: dimensionDescription(dimension),
            breadcrumbs: crumbs(path, [(texts.text("pages_dimension.dimensi_2"), Permalink.dimensionList), (dimension.name, nil)]),
            dimension: DimensionFacts(
                name: dimension.name, smartName: smartName(of: dimension), id: dimension.id.rawValue,
                description: dimension.description, hasDescription: !dimension.description.isEmpty),
            score: scoreFigures(aggregates.dimensions[dimension.id], .dimension(dimension.id)),
            elementsSVG: charts.elementBars(dimension, id: "elemen-bar").svg,
            elements: elements,
            hasWithoutElement: (aggregates.programsWithoutElement[dimension.id] ?? 0) > 0,
            withoutElement: countFigure(
                aggregates.programsWithoutElement[dimension.id] ?? 0,
                DataPointer.programs("tanpa_elemen", dimension.id.rawValue)),
            programs: RowList(programs) { [self] in programRow($0, from: path) },
            hasPrograms: !programs.isEmpty,
            budget: budgetFigures(aggregates.budgetByDimension[dimension.id] ?? BudgetTotals(), .dimension(dimension.id)),
            trend: trend)
    }
}
