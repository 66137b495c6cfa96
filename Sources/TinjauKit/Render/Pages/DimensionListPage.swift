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
            pageTitle: texts.text("pages_dimension_list.dimensi"),
            metaDescription: texts.text(
                "pages_dimension_list.skor_enam_dimensi_smart", ["region": "\(content.config.region)", "reviewYear": "\(content.config.reviewYear)"])
                + content.dimensions.map { "\($0.shortName) \(charts.valueText(aggregates.dimensions[$0.id]))" }.joined(separator: "; ") + ".",
            breadcrumbs: crumbs(path, [(texts.text("pages_dimension_list.dimensi"), nil)]),
            barSVG: charts.dimensionBars(id: "dimensi-bar").svg,
            dimensions: dimensionRows(from: path) { (aggregates.dimensions[$0.id], .dimension($0.id)) })
    }
}
