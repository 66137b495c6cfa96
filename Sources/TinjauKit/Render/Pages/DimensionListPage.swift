/// `dimensi/index.html` (`dimension-list.mustache`): the six dimensions' scores as bars and a table.
struct DimensionListPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The bar chart of the dimensions' scores.
    var barSVG: String
    /// A row per dimension (`partials/dimension-table`).
    var dimensions: [DimensionRow]

    static let fields: [String: TemplateField<DimensionListPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "barSVG": .init(\.barSVG), "dimensions": .init(\.dimensions),
    ]
}

extension SiteRenderer {
    func dimensionListPage() -> DimensionListPage {
        let path = Permalink.dimensionList
        return DimensionListPage(
            pageTitle: "Dimensi",
            metaDescription: "Skor enam dimensi smart city \(content.config.region) dalam review \(content.config.reviewYear): "
                + content.dimensions.map { "\($0.shortName) \(charts.valueText(aggregates.dimensions[$0.id]))" }.joined(separator: "; ") + ".",
            breadcrumbs: crumbs(path, [("Dimensi", nil)]),
            barSVG: charts.dimensionBars(id: "dimensi-bar").svg,
            dimensions: dimensionRows(from: path) { (aggregates.dimensions[$0.id], .dimension($0.id)) })
    }
}
