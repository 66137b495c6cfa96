/// `arsip/index.html` (`archive-list.mustache`): the current review and every archived one, newest first.
struct ArchiveListPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// Every review year.
    var reviews: [ReviewYearRow]

    static let fields: [String: TemplateField<ArchiveListPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "reviews": .init(\.reviews),
    ]
}

/// A review year in the list of archives.
struct ReviewYearRow: TemplateModel {
    /// The year, the review's title and its home page.
    var year: String, title: String, url: String
    /// Whether it is the current review.
    var isCurrent: Bool
    /// `review terbaru`, or which tinjau archived it.
    var note: String

    static let fields: [String: TemplateField<ReviewYearRow>] = [
        "year": .init(\.year), "title": .init(\.title), "url": .init(\.url), "isCurrent": .init(\.isCurrent), "note": .init(\.note),
    ]
}

extension SiteRenderer {
    func archiveListPage() -> ArchiveListPage {
        let path = Permalink.archives
        let root = Permalink.root(from: path)
        let config = content.config
        var reviews = [
            ReviewYearRow(
                year: String(config.reviewYear), title: config.title, url: root + Permalink.home, isCurrent: true,
                note: texts.text("pages_archive_list.review_terbaru"))
        ]
        for archived in archives {
            reviews.append(
                ReviewYearRow(
                    year: String(archived.year), title: archived.content.config.title,
                    url: siteRoot(from: path) + Permalink.archive(archived.year) + Permalink.home, isCurrent: false,
                    note: texts.text("pages_archive_list.diarsipkan_dengan_tinjau", ["tinjauVersion": "\(archived.tinjauVersion)"])))
        }
        return ArchiveListPage(
            pageTitle: texts.text("pages_archive_list.arsip_review"),
            metaDescription: texts.text("pages_archive_list.setiap_review_tahunan_termasuk", ["region": "\(config.region)"]),
            breadcrumbs: crumbs(path, [(texts.text("pages_archive_list.arsip"), nil)]), reviews: reviews)
    }
}
