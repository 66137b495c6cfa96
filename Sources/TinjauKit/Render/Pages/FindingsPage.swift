/// `temuan/index.html` (`findings.mustache`): the analyses with their key numbers, the narrative pages,
/// and with an earlier review the changes since.
struct FindingsPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The narrative pages.
    var pages: [FindingsPageLink]
    /// The analysis pages.
    var overlapsURL: String, delaysURL: String, capacityURL: String
    /// Overlapping pairs and their groups.
    var pairs: Figure, groups: Figure
    /// Delayed programmes and their budget.
    var delayed: Figure, delayedBudget: Figure
    /// OPDs leading programmes without an IT operator.
    var lacking: Figure
    /// The changes since the previous review, when there is one.
    var changes: ChangesSummary?

    static let fields: [String: TemplateField<FindingsPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "pages": .init(\.pages), "overlapsURL": .init(\.overlapsURL),
        "delaysURL": .init(\.delaysURL), "capacityURL": .init(\.capacityURL), "pairs": .init(\.pairs), "groups": .init(\.groups),
        "delayed": .init(\.delayed), "delayedBudget": .init(\.delayedBudget), "lacking": .init(\.lacking), "changes": .init(\.changes),
    ]
}

/// A narrative page on the findings page: its title, page and summary (empty when it has none).
struct FindingsPageLink: TemplateModel {
    /// The title, the page and the summary.
    var title: String, url: String, summary: String

    static let fields: [String: TemplateField<FindingsPageLink>] = ["title": .init(\.title), "url": .init(\.url), "summary": .init(\.summary)]
}

/// The changes since the previous review, in a few numbers.
struct ChangesSummary: TemplateModel {
    /// The changes page and the previous review's year.
    var url: String, previousYear: String
    /// Programmes whose status changed.
    var statusChanged: Figure
    /// Budget of the previous review's delayed programmes allocated again, and how many they were.
    var reallocated: Figure, followUps: Figure

    static let fields: [String: TemplateField<ChangesSummary>] = [
        "url": .init(\.url), "previousYear": .init(\.previousYear), "statusChanged": .init(\.statusChanged), "reallocated": .init(\.reallocated),
        "followUps": .init(\.followUps),
    ]
}

extension SiteRenderer {
    func findingsPage() -> FindingsPage {
        let path = Permalink.findings
        let root = Permalink.root(from: path)
        return FindingsPage(
            pageTitle: texts.text("pages_findings.analisis_temuan"),
            metaDescription: texts.text("pages_findings.analisis_temuan_review_program"),
            breadcrumbs: crumbs(path, [(texts.text("pages_findings.analisis"), nil)]),
            pages: content.pages.map { FindingsPageLink(title: $0.title, url: root + Permalink.page($0.slug), summary: $0.summary ?? "") },
            overlapsURL: root + Permalink.overlaps, delaysURL: root + Permalink.delays, capacityURL: root + Permalink.capacity,
            pairs: countFigure(aggregates.overlaps.pairs.count, DataPointer.overlaps("pasangan")),
            groups: countFigure(aggregates.overlaps.groups.count, DataPointer.overlaps("kelompok")),
            delayed: countFigure(aggregates.delays.programs.count, DataPointer.delays("jumlah_program")),
            delayedBudget: rupiahFigure(aggregates.delays.budget, DataPointer.delays("anggaran")),
            lacking: countFigure(aggregates.capacity.lackingOperator.count, DataPointer.capacity("jumlah_opd_tanpa_operator")),
            changes: aggregates.changes.map { changes in
                ChangesSummary(
                    url: root + Permalink.changes, previousYear: String(changes.previousYear),
                    statusChanged: countFigure(changes.statusChanges.count, DataPointer.changes("jumlah_status_berubah")),
                    reallocated: rupiahFigure(changes.followUpTotals.reallocated, DataPointer.changes("realokasi", "dialokasikan_ulang")),
                    followUps: countFigure(changes.followUps.count, DataPointer.changes("realokasi", "jumlah_program")))
            })
    }
}
