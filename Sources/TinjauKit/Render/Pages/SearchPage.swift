/// `cari/index.html` (`search.mustache`, `tinjau build --search`): a form that works as a plain GET form
/// (`?q=…`, with `opd`, `dimensi` and `status` filters whose options are the values the pages give
/// Pagefind in `data-pagefind-filter`), the results area the search script fills, and the programme
/// list for browsers without JavaScript.
struct SearchPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The filters: OPD, dimension, status.
    var filters: [SearchFilter]
    /// The programme list in its three orders.
    var orders: [Link]
    /// Pagefind's script and the search script.
    var indexURL: String, scriptURL: String
    /// No search box in the header of the search page.
    let isSearchPage = true

    static let fields: [String: TemplateField<SearchPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "filters": .init(\.filters), "orders": .init(\.orders),
        "indexURL": .init(\.indexURL), "isSearchPage": .init(\.isSearchPage), "scriptURL": .init(\.scriptURL),
    ]
}

/// A filter of the search form.
struct SearchFilter: TemplateModel {
    /// The query parameter (`opd`), its label and the label of "any".
    var key: String, label: String, all: String
    /// Its options.
    var options: [SearchOption]

    static let fields: [String: TemplateField<SearchFilter>] = [
        "key": .init(\.key), "label": .init(\.label), "all": .init(\.all), "options": .init(\.options),
    ]
}

/// An option of a search filter.
struct SearchOption: TemplateModel {
    /// The value, as the pages give it to Pagefind.
    var value: String

    static let fields: [String: TemplateField<SearchOption>] = ["value": .init(\.value)]
}

extension SiteRenderer {
    func searchPage() -> SearchPage {
        let path = Permalink.search
        let root = Permalink.root(from: path)
        return SearchPage(
            pageTitle: texts.text("pages_search.cari"),
            metaDescription: texts.text("pages_search.cari_program_opd_dimensi", ["title": "\(content.config.title)"]),
            breadcrumbs: crumbs(path, [(texts.text("pages_search.cari"), nil)]),
            filters: [
                SearchFilter(
                    key: "opd", label: texts.text("pages_search.opd"), all: texts.text("pages_search.semua_opd"),
                    options: content.opds.map { SearchOption(value: $0.name) }),
                SearchFilter(
                    key: "dimensi", label: texts.text("pages_search.dimensi"), all: texts.text("pages_search.semua_dimensi"),
                    options: content.dimensions.map { SearchOption(value: $0.name) }),
                SearchFilter(
                    key: "status", label: texts.text("pages_search.status"), all: texts.text("pages_search.semua_status"),
                    options: ProgramStatus.allCases.map { SearchOption(value: statusLabel($0)) }),
            ],
            orders: ProgramOrder.allCases.map {
                Link(label: texts.text("pages_program_list.order_label_" + $0.rawValue), url: root + Permalink.programList($0))
            },
            // The index and the script are at the site's root, shared by every edition.
            indexURL: siteRoot(from: path) + PagefindIndexer.folder + "/pagefind.js",
            scriptURL: siteRoot(from: path) + "assets/cari.js")
    }
}
