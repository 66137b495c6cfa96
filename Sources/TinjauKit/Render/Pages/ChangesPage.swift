/// `temuan/perubahan/index.html` (`changes.mustache`): what changed since the previous review: the
/// follow-up of its delayed programmes, status changes, new, cancelled and dropped programmes and moved
/// indicators, each list cut at ``SiteRenderer/changesShown`` (the complete lists are in
/// `data/perubahan.csv` and `data/realokasi.csv`).
struct ChangesPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The two review years.
    var previousYear: String, currentYear: String
    /// The previous review's archived site, and whether to link it (not from an archived site).
    var previousURL: String, hasPreviousURL: Bool
    /// How many of each change.
    var counts: ChangeCounts
    /// The follow-up of the previous review's delayed programmes.
    var followUp: FollowUp
    /// Programmes whose status changed.
    var statusChanges: [StatusChangeRow], hasStatusChanges: Bool, statusHidden: Int, hasStatusHidden: Bool
    /// New programmes.
    var newPrograms: [LinkedProgramRow], hasNewPrograms: Bool, newHidden: Int, hasNewHidden: Bool
    /// Programmes of the previous review that are gone.
    var removed: [RemovedProgramRow], hasRemoved: Bool, removedHidden: Int, hasRemovedHidden: Bool
    /// Programmes cancelled since.
    var cancelled: [LinkedProgramRow], hasCancelled: Bool, cancelledHidden: Int, hasCancelledHidden: Bool
    /// Indicators whose realisation moved.
    var indicators: [IndicatorChangeRow], hasIndicators: Bool, indicatorsHidden: Int, hasIndicatorsHidden: Bool
    /// `data/perubahan.csv` and `data/realokasi.csv`.
    var changesCSV: String, reallocationCSV: String

    static let fields: [String: TemplateField<ChangesPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "previousYear": .init(\.previousYear),
        "currentYear": .init(\.currentYear), "previousURL": .init(\.previousURL), "hasPreviousURL": .init(\.hasPreviousURL),
        "counts": .init(\.counts), "followUp": .init(\.followUp), "statusChanges": .init(\.statusChanges),
        "hasStatusChanges": .init(\.hasStatusChanges), "statusHidden": .init(\.statusHidden), "hasStatusHidden": .init(\.hasStatusHidden),
        "newPrograms": .init(\.newPrograms), "hasNewPrograms": .init(\.hasNewPrograms), "newHidden": .init(\.newHidden),
        "hasNewHidden": .init(\.hasNewHidden), "removed": .init(\.removed), "hasRemoved": .init(\.hasRemoved),
        "removedHidden": .init(\.removedHidden), "hasRemovedHidden": .init(\.hasRemovedHidden), "cancelled": .init(\.cancelled),
        "hasCancelled": .init(\.hasCancelled), "cancelledHidden": .init(\.cancelledHidden), "hasCancelledHidden": .init(\.hasCancelledHidden),
        "indicators": .init(\.indicators), "hasIndicators": .init(\.hasIndicators), "indicatorsHidden": .init(\.indicatorsHidden),
        "hasIndicatorsHidden": .init(\.hasIndicatorsHidden), "changesCSV": .init(\.changesCSV), "reallocationCSV": .init(\.reallocationCSV),
    ]
}

/// How many programmes changed status, are new, gone or cancelled, and indicators moved.
struct ChangeCounts: TemplateModel {
    var statusChanged: Figure, new: Figure, removed: Figure, cancelled: Figure, indicators: Figure

    static let fields: [String: TemplateField<ChangeCounts>] = [
        "statusChanged": .init(\.statusChanged), "new": .init(\.new), "removed": .init(\.removed), "cancelled": .init(\.cancelled),
        "indicators": .init(\.indicators),
    ]
}

/// The follow-up of the previous review's delayed programmes: how much was allocated again.
struct FollowUp: TemplateModel {
    /// Programmes delayed then, and their budget then.
    var count: Figure, budgetThen: Figure
    /// Budget allocated again (in full and in words) and to how many programmes.
    var reallocated: Figure, reallocatedShort: Figure, reallocatedCount: Figure
    /// Programmes still delayed, cancelled, and gone.
    var stillDelayed: Figure, cancelled: Figure, missing: Figure, hasMissing: Bool
    /// A row per programme (at most ``SiteRenderer/changesShown``), and how many are left out.
    var rows: [FollowUpRow], hasRows: Bool, hidden: Int, hasHidden: Bool

    static let fields: [String: TemplateField<FollowUp>] = [
        "count": .init(\.count), "budgetThen": .init(\.budgetThen), "reallocated": .init(\.reallocated),
        "reallocatedShort": .init(\.reallocatedShort), "reallocatedCount": .init(\.reallocatedCount), "stillDelayed": .init(\.stillDelayed),
        "cancelled": .init(\.cancelled), "missing": .init(\.missing), "hasMissing": .init(\.hasMissing), "rows": .init(\.rows),
        "hasRows": .init(\.hasRows), "hidden": .init(\.hidden), "hasHidden": .init(\.hasHidden),
    ]
}

/// A delayed programme of the previous review and what became of it.
struct FollowUpRow: TemplateModel {
    /// The programme as it was (its page in the archived site).
    var then: ArchivedProgramLink
    /// Its OPD's name then.
    var opdName: String
    /// Whether its id or title changed.
    var renamed: Bool
    /// Its budget then and now, and what was allocated again.
    var budgetThen: Figure, budgetNow: Figure, reallocated: Figure
    /// Its status now (`tidak ada lagi` and `hilang` when it is gone).
    var statusLabel: String, status: String
    /// Whether it is still in the review, and its row there.
    var hasNow: Bool, now: LinkedProgramRow?

    static let fields: [String: TemplateField<FollowUpRow>] = [
        "then": .init(\.then), "opdName": .init(\.opdName), "renamed": .init(\.renamed), "budgetThen": .init(\.budgetThen),
        "budgetNow": .init(\.budgetNow), "reallocated": .init(\.reallocated), "statusLabel": .init(\.statusLabel), "status": .init(\.status),
        "hasNow": .init(\.hasNow), "now": .init(\.now),
    ]
}

/// A programme of the previous review, on the previous review's archived site.
struct ArchivedProgramLink: TemplateModel {
    /// Its title then, its page in the archived site and its id then.
    var title: String, url: String, id: String
    /// Whether to link it (not from an archived site: archived sites never depend on each other).
    var hasURL: Bool

    static let fields: [String: TemplateField<ArchivedProgramLink>] = [
        "title": .init(\.title), "url": .init(\.url), "id": .init(\.id), "hasURL": .init(\.hasURL),
    ]
}

/// A programme whose status changed.
struct StatusChangeRow: TemplateModel {
    /// The programme.
    var program: LinkedProgramRow
    /// The status then and now, as labels and keys.
    var from: String, fromKey: String, to: String, toKey: String

    static let fields: [String: TemplateField<StatusChangeRow>] = [
        "program": .init(\.program), "from": .init(\.from), "fromKey": .init(\.fromKey), "to": .init(\.to), "toKey": .init(\.toKey),
    ]
}

/// A programme of the previous review that is gone.
struct RemovedProgramRow: TemplateModel {
    /// The programme as it was.
    var then: ArchivedProgramLink
    /// Its OPD's name and its status then.
    var opdName: String, statusLabel: String, status: String

    static let fields: [String: TemplateField<RemovedProgramRow>] = [
        "then": .init(\.then), "opdName": .init(\.opdName), "statusLabel": .init(\.statusLabel), "status": .init(\.status),
    ]
}

/// An indicator whose realisation moved.
struct IndicatorChangeRow: TemplateModel {
    /// Its programme.
    var program: LinkedProgramRow
    /// Its name and unit.
    var name: String, unit: String
    /// Its realisation then and now.
    var before: Figure, after: Figure

    static let fields: [String: TemplateField<IndicatorChangeRow>] = [
        "program": .init(\.program), "name": .init(\.name), "unit": .init(\.unit), "before": .init(\.before), "after": .init(\.after),
    ]
}

extension SiteRenderer {
    /// How many rows of each list the changes page shows (the complete lists are in `data/perubahan.csv`
    /// and `data/realokasi.csv`), so that its size is bounded whatever the review's size.
    static let changesShown = 50

    /// The changes page for `changes` (this review's ``Aggregates/changes``).
    func changesPage(_ changes: ReviewChanges) -> ChangesPage {
        let path = Permalink.changes
        let previous = changes.previousYear
        let archiveRoot = siteRoot(from: path) + Permalink.archive(previous)
        func current(_ id: String) -> LinkedProgramRow {
            guard let program = content.program(id: id) else {
                // Cannot happen (the changes name programmes of this review); the row then shows its id alone.
                return LinkedProgramRow(
                    program: ProgramRow(
                        title: id, url: "", opdName: "", opdShort: "", opdURL: "", dimensionName: "",
                        dimensionURL: "", elementName: "", status: "", statusLabel: "",
                        budget: noFigure(""), summary: "", hasSummary: false, isIllustration: false),
                    hasURL: false)
            }
            return LinkedProgramRow(program: programRow(program, from: path), hasURL: true)
        }
        func then(_ id: String, title: String) -> ArchivedProgramLink {
            // Links between archived sites are left out, so that an archived site never depends on another.
            ArchivedProgramLink(title: title, url: archiveRoot + "opd/" + id + "/index.html", id: id, hasURL: archive == nil)
        }
        func capped<T>(_ items: [T]) -> (shown: [T], hidden: Int) {
            (Array(items.prefix(Self.changesShown)), max(0, items.count - Self.changesShown))
        }
        let followUps = capped(Array(changes.followUps.enumerated()))
        let followRows = followUps.shown.map { index, item in
            let source = { (field: String) in DataPointer.changes("realokasi", "program", String(index), field) }
            let now = item.programID.flatMap { content.program(id: $0) }
            return FollowUpRow(
                then: then(item.previousID, title: item.title), opdName: item.opdName,
                renamed: now.map { $0.id != item.previousID || $0.title != item.title } ?? false,
                budgetThen: item.budgetThen.map { rupiahFigure($0, source("anggaran_sebelumnya")) } ?? noFigure("–"),
                budgetNow: item.budgetNow.map { rupiahFigure($0, source("anggaran")) } ?? noFigure("–"),
                reallocated: rupiahFigure(item.reallocated, source("dialokasikan_ulang")),
                statusLabel: item.statusNow.map(statusLabel) ?? texts.text("pages_changes.tidak_ada_lagi"),
                status: item.statusNow?.rawValue ?? "hilang",
                hasNow: item.programID != nil, now: now.map { current($0.id) })
        }
        let statuses = capped(changes.statusChanges)
        let statusRows = statuses.shown.map { change in
            StatusChangeRow(
                program: current(change.programID), from: statusLabel(change.from), fromKey: change.from.rawValue,
                to: statusLabel(change.to), toKey: change.to.rawValue)
        }
        let newPrograms = capped(changes.newPrograms)
        let removed = capped(changes.removed)
        let removedRows = removed.shown.map { item in
            RemovedProgramRow(
                then: then(item.previousID, title: item.title), opdName: item.opdName, statusLabel: statusLabel(item.status),
                status: item.status.rawValue)
        }
        let cancelled = capped(changes.cancelled)
        let indicators = capped(Array(changes.indicators.enumerated()))
        let indicatorRows = indicators.shown.map { index, change in
            let source = { (field: String) in DataPointer.changes("indikator", String(index), field) }
            return IndicatorChangeRow(
                program: current(change.programID), name: change.name, unit: change.unit.isEmpty ? "–" : change.unit,
                before: change.before.map { figure(format.number($0), value: $0.plainDecimal(maxDecimals: 30), source: source("sebelum")) }
                    ?? noFigure("–"),
                after: change.after.map { figure(format.number($0), value: $0.plainDecimal(maxDecimals: 30), source: source("sesudah")) }
                    ?? noFigure("–"))
        }
        let totals = changes.followUpTotals
        return ChangesPage(
            pageTitle: texts.text("pages_changes.perubahan_sejak_review", ["previous": "\(previous)"]),
            metaDescription:
                texts.text("pages_changes.perubahan_antara_review_dan", ["previous": "\(previous)", "currentYear": "\(changes.currentYear)"]),
            breadcrumbs: crumbs(
                path,
                [
                    (texts.text("pages_changes.analisis"), Permalink.findings),
                    (texts.text("pages_changes.perubahan_sejak", ["previous": "\(previous)"]), nil),
                ]),
            previousYear: String(previous), currentYear: String(changes.currentYear),
            previousURL: archiveRoot + Permalink.home, hasPreviousURL: archive == nil,
            counts: ChangeCounts(
                statusChanged: countFigure(changes.statusChanges.count, DataPointer.changes("jumlah_status_berubah")),
                new: countFigure(changes.newPrograms.count, DataPointer.changes("jumlah_program_baru")),
                removed: countFigure(changes.removed.count, DataPointer.changes("jumlah_program_hilang")),
                cancelled: countFigure(changes.cancelled.count, DataPointer.changes("jumlah_program_batal")),
                indicators: countFigure(changes.indicators.count, DataPointer.changes("jumlah_indikator_berubah"))),
            followUp: FollowUp(
                count: countFigure(changes.followUps.count, DataPointer.changes("realokasi", "jumlah_program")),
                budgetThen: rupiahFigure(totals.budgetThen, DataPointer.changes("realokasi", "anggaran_sebelumnya")),
                reallocated: rupiahFigure(totals.reallocated, DataPointer.changes("realokasi", "dialokasikan_ulang")),
                reallocatedShort: rupiahShortFigure(totals.reallocated, DataPointer.changes("realokasi", "dialokasikan_ulang")),
                reallocatedCount: countFigure(totals.reallocatedCount, DataPointer.changes("realokasi", "jumlah_dialokasikan_ulang")),
                stillDelayed: countFigure(totals.stillDelayed, DataPointer.changes("realokasi", "jumlah_masih_tertunda")),
                cancelled: countFigure(totals.cancelled, DataPointer.changes("realokasi", "jumlah_batal")),
                missing: countFigure(totals.missing, DataPointer.changes("realokasi", "jumlah_tidak_ada")),
                hasMissing: totals.missing > 0,
                rows: followRows, hasRows: !followRows.isEmpty, hidden: followUps.hidden, hasHidden: followUps.hidden > 0),
            statusChanges: statusRows, hasStatusChanges: !statusRows.isEmpty, statusHidden: statuses.hidden, hasStatusHidden: statuses.hidden > 0,
            newPrograms: newPrograms.shown.map(current), hasNewPrograms: !newPrograms.shown.isEmpty,
            newHidden: newPrograms.hidden, hasNewHidden: newPrograms.hidden > 0,
            removed: removedRows, hasRemoved: !removedRows.isEmpty, removedHidden: removed.hidden, hasRemovedHidden: removed.hidden > 0,
            cancelled: cancelled.shown.map(current), hasCancelled: !cancelled.shown.isEmpty,
            cancelledHidden: cancelled.hidden, hasCancelledHidden: cancelled.hidden > 0,
            indicators: indicatorRows, hasIndicators: !indicatorRows.isEmpty, indicatorsHidden: indicators.hidden,
            hasIndicatorsHidden: indicators.hidden > 0,
            changesCSV: dataRoot(from: path) + "data/perubahan.csv", reallocationCSV: dataRoot(from: path) + "data/realokasi.csv")
    }
}
