/// `halaman/<slug>/index.html` (`page.mustache`): a narrative page of the review (`content/halaman/`).
struct ProsePage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The page.
    var page: ProseFacts

    static let fields: [String: TemplateField<ProsePage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "page": .init(\.page),
    ]
}

/// A narrative page's title, body and summary.
struct ProseFacts: TemplateModel {
    /// Its title.
    var title: String
    /// Its body as HTML.
    var bodyHTML: String
    /// Its summary (`ringkasan`), or empty.
    var summary: String, hasSummary: Bool

    static let fields: [String: TemplateField<ProseFacts>] = [
        "title": .init(\.title), "bodyHTML": .init(\.bodyHTML), "summary": .init(\.summary), "hasSummary": .init(\.hasSummary),
    ]
}

extension SiteRenderer {
    func prosePage(_ page: NarrativePage) -> ProsePage {
        let path = Permalink.page(page.slug)
        return ProsePage(
            pageTitle: page.title,
            metaDescription: Self.metaDescription(page.summary, HTML.firstParagraphText(bodies.pages[page.slug] ?? ""), page.title),
            breadcrumbs: crumbs(path, [(page.title, nil)]),
            page: ProseFacts(title: page.title, bodyHTML: bodies.pages[page.slug] ?? "", summary: page.summary ?? "", hasSummary: page.summary != nil)
        )
    }
}
