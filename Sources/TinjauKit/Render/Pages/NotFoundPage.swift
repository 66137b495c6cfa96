/// `404.html` (`not-found.mustache`): the page servers show for a missing address. It is served at any
/// address, so its links cannot be relative: they start at `base_url` when it is set, else at the
/// server root (its `root` and `homeURL` replace the shared ones).
struct NotFoundPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// No breadcrumbs.
    let isHome = true
    /// `base_url`'s folder, or `/`.
    var siteRoot: String
    /// Where the assets are: the same.
    var root: String
    /// The home page.
    var homeURL: String

    static let fields: [String: TemplateField<NotFoundPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "isHome": .init(\.isHome), "siteRoot": .init(\.siteRoot),
        "root": .init(\.root), "homeURL": .init(\.homeURL),
    ]
}

extension SiteRenderer {
    func notFoundPage() -> NotFoundPage {
        let base = Self.serverRoot(content.config)
        return NotFoundPage(
            pageTitle: texts.text("pages_not_found.halaman_tidak_ditemukan"), metaDescription: texts.text("pages_not_found.halaman_tidak_ditemukan"),
            breadcrumbs: [],
            siteRoot: base, root: base, homeURL: base + Permalink.home)
    }
}
