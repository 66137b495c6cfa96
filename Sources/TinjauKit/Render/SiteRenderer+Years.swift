/// Where an archived review is published: `arsip/<year>/` under the site.
struct ArchiveSite: Sendable {
    /// The review year.
    var year: Int
    /// `arsip/<year>/`: prepended to every path of the archived site.
    var prefix: String { Permalink.archive(year) }
}

/// Year over year: archived reviews rendered under `arsip/<year>/` from their snapshots, the trends
/// (scores per review year) on the home, dimension and OPD pages, the history of each programme, the
/// page of changes since the previous review, and the list of every review year. Every number comes
/// from ``ReviewHistory`` and ``ReviewChanges`` (the aggregate stage) or from an archived review's
/// own aggregates; nothing is computed here.
extension SiteRenderer {
    /// How many rows of each list the changes page shows (the complete lists are in `data/perubahan.csv`
    /// and `data/realokasi.csv`), so that its size is bounded whatever the review's size.
    static let changesShown = 50

    /// A renderer of the archived review `archived`: its own content, numbers and rendered bodies, its
    /// pages under `arsip/<year>/` with the archive banner, and absolute addresses under the current
    /// site's `base_url` (`siteBaseURL`), where it is published now.
    init(archived: ArchivedReview, templates: TemplateSet, siteBaseURL: String?) {
        var content = archived.content
        content.config.baseURL = siteBaseURL
        let site = ArchiveSite(year: archived.year)
        self.init(content: content, aggregates: archived.aggregates, bodies: Self.rebasedAssets(archived.bodies, content: content, prefix: site.prefix),
                  templates: templates)
        archive = site
    }

    /// The bodies with their links to theme assets (`../../assets/peta.png`, written for a page at the
    /// site's root) made to climb out of the archive's folder too: assets live at the site's root.
    /// Links between pages stay as they are, since an archived site keeps the same page layout.
    static func rebasedAssets(_ bodies: RenderedBodies, content: ReviewContent, prefix: String) -> RenderedBodies {
        let extra = Permalink.root(from: prefix + "x")
        func rebase(_ html: String, page: String) -> String {
            let root = Permalink.root(from: page)
            return html.replacingOccurrences(of: "href=\"\(root)assets/", with: "href=\"\(root)\(extra)assets/")
                .replacingOccurrences(of: "src=\"\(root)assets/", with: "src=\"\(root)\(extra)assets/")
        }
        var result = bodies
        for opd in content.opds { result.opds[opd.slug] = bodies.opds[opd.slug].map { rebase($0, page: Permalink.opd(opd.slug)) } }
        for program in content.programs {
            result.programs[program.id] = bodies.programs[program.id].map { rebase($0, page: Permalink.program(program)) }
        }
        for page in content.pages {
            result.pages[page.slug] = bodies.pages[page.slug].map { rebase($0, page: Permalink.page(page.slug)) }
            result.printPages[page.slug] = bodies.printPages[page.slug].map { rebase($0, page: Permalink.print) }
        }
        return result
    }

    /// The archived review's data files under `arsip/<year>/data/`, written from its snapshot.
    func writeArchivedData(_ emit: ([OutputFile]) throws -> Void) throws {
        let prefix = archive?.prefix ?? ""
        try DataExporter(content: content, aggregates: aggregates, sitePrefix: prefix).write { files in
            try emit(files.map { OutputFile(path: prefix + $0.path, bytes: $0.bytes) })
        }
    }

    /// The path from `path` (a page of this site) to the root of the published site, above an
    /// archived review's folder.
    func siteRoot(from path: String) -> String { Permalink.root(from: (archive?.prefix ?? "") + path) }

    /// The view-model values a page gets from the year-over-year analysis, merged into its own.
    func yearOverYear(_ kind: PageKind, path: String) -> [String: Any] {
        switch kind {
        case .home: homeYears(path: path)
        case .dimension(let dimension): dimensionYears(dimension, path: path)
        case .opd(let opd): opdYears(opd, path: path)
        case .program(let program): programYears(program, path: path)
        case .findings: findingsYears(path: path)
        default: [:]
        }
    }

    // MARK: - Trends

    /// A trend for a template: the small-multiple chart, and its table (a row per scope, a column per year).
    func trendContext(id: String, title: String, path: String, rows: [(name: String, url: String?, scope: [String], scores: [YearScore])])
        -> [String: Any] {
        guard let history = aggregates.history else { return [:] }
        let root = Permalink.root(from: path)
        let tableRows = rows.map { row -> [String: Any] in
            let cells = row.scores.map { score -> [String: Any] in
                guard let published = score.published else {
                    return noFigure(score.key == nil ? "–" : (score.planned == 0 ? Self.emptyScoreText : "belum ada capaian indikator"))
                }
                return figure(published.text, value: published.plain, source: DataPointer.history(row.scope, year: score.year, "persen_publikasi"))
            }
            return ["name": row.name, "url": row.url ?? "", "hasURL": row.url != nil, "cells": cells]
        }
        return ["svg": charts.trend(id: id, title: title, rows: rows.map { ($0.name, $0.scores) }),
                "title": title, "years": history.years.map { ["year": String($0)] }, "rows": tableRows,
                "csvURL": root + "data/riwayat-skor.csv", "first": String(history.years.first ?? 0), "last": String(history.years.last ?? 0)]
    }

    private func homeYears(path: String) -> [String: Any] {
        let root = Permalink.root(from: path)
        var result: [String: Any] = [:]
        if let history = aggregates.history {
            var rows: [(name: String, url: String?, scope: [String], scores: [YearScore])] = [("Keseluruhan", nil, ["keseluruhan"], history.overall)]
            for dimension in content.dimensions {
                rows.append((dimension.shortName, root + Permalink.dimension(dimension.id), ["dimensi", dimension.id.rawValue],
                             history.dimensions[dimension.id] ?? []))
            }
            result["trend"] = trendContext(id: "beranda-tren", title: "Skor per tahun review, \(history.years.first ?? 0)–\(history.years.last ?? 0)",
                                           path: path, rows: rows)
        }
        if archive == nil && !archives.isEmpty {
            result["predecessors"] = archives.map { ["year": String($0.year), "title": $0.content.config.title, "url": root + Permalink.archive($0.year) + Permalink.home] }
            result["hasPredecessors"] = true
            result["archivesURL"] = root + Permalink.archives
        }
        if let changes = aggregates.changes {
            result["changesLink"] = ["title": "Perubahan sejak review \(changes.previousYear)", "url": root + Permalink.changes]
        }
        return result
    }

    private func dimensionYears(_ dimension: Dimension, path: String) -> [String: Any] {
        guard let history = aggregates.history else { return [:] }
        return ["trend": trendContext(id: "dimensi-tren", title: "Skor dimensi \(dimension.shortName) per tahun review", path: path,
                                      rows: [(dimension.shortName, nil, ["dimensi", dimension.id.rawValue], history.dimensions[dimension.id] ?? [])])]
    }

    private func opdYears(_ opd: OPD, path: String) -> [String: Any] {
        guard let history = aggregates.history, let scores = history.opds[opd.slug] else { return [:] }
        let renamed = scores.compactMap { score in
            score.key.flatMap { $0 != opd.slug ? "\(score.name ?? $0) (`\($0)`, review \(score.year))" : nil }
        }
        var result: [String: Any] = ["trend": trendContext(id: "opd-tren", title: "Skor \(opd.abbreviation) per tahun review", path: path,
                                                           rows: [(opd.abbreviation, nil, ["opd", opd.slug], scores)])]
        if !renamed.isEmpty { result["formerNames"] = renamed.joined(separator: ", ") }
        return result
    }

    /// A programme's status, budget and indicator realisations in every review year it was in.
    private func programYears(_ program: Program, path: String) -> [String: Any] {
        guard let years = aggregates.history?.programs[program.id] else { return [:] }
        let siteRoot = siteRoot(from: path)
        let rows = years.map { year -> [String: Any] in
            let isCurrent = year.year == content.config.reviewYear
            let budget = year.budget.map { rupiahFigure($0, DataPointer.programHistory(program.id, year: year.year, "anggaran")) } ?? noFigure("–")
            let realised = year.budgetRealised.map { rupiahFigure($0, DataPointer.programHistory(program.id, year: year.year, "realisasi_anggaran")) }
                ?? noFigure("–")
            var row: [String: Any] = ["year": String(year.year), "id": year.id, "title": year.title, "status": year.status.rawValue,
                                      "statusLabel": year.status.label, "budget": budget, "realised": realised, "isCurrent": isCurrent,
                                      "renamed": year.id != program.id || year.title != program.title]
            // An earlier year's page is in its archived site.
            row["url"] = isCurrent ? "" : siteRoot + Permalink.archive(year.year) + "opd/" + year.id + "/index.html"
            row["hasURL"] = !isCurrent && archive == nil
            return row
        }
        // Indicators by name, in the current order, then those only in earlier years.
        var names: [(name: String, unit: String)] = []
        for year in years.reversed() {
            for indicator in year.indicators where !names.contains(where: { $0.name == indicator.name }) { names.append((indicator.name, indicator.unit)) }
        }
        let indicators = names.map { entry -> [String: Any] in
            let cells = years.map { year -> [String: Any] in
                var cell = noFigure("–")
                if let position = year.indicators.firstIndex(where: { $0.name == entry.name }), let value = year.indicators[position].realisation {
                    cell = figure(IndonesianFormat.number(value), value: value.plainDecimal(maxDecimals: 30),
                                  source: DataPointer.programHistory(program.id, year: year.year, "indikator", String(position), "realisasi"))
                }
                cell["year"] = String(year.year)
                return cell
            }
            return ["name": entry.name, "unit": entry.unit.isEmpty ? "–" : entry.unit, "cells": cells]
        }
        return ["history": ["rows": rows, "years": years.map { ["year": String($0.year)] }, "indicators": indicators,
                            "hasIndicators": !indicators.isEmpty]]
    }

    private func findingsYears(path: String) -> [String: Any] {
        guard let changes = aggregates.changes else { return [:] }
        let root = Permalink.root(from: path)
        return ["changes": ["url": root + Permalink.changes, "previousYear": String(changes.previousYear),
                            "statusChanged": countFigure(changes.statusChanges.count, DataPointer.changes("jumlah_status_berubah")),
                            "reallocated": rupiahFigure(changes.followUpTotals.reallocated, DataPointer.changes("realokasi", "dialokasikan_ulang")),
                            "followUps": countFigure(changes.followUps.count, DataPointer.changes("realokasi", "jumlah_program"))]]
    }

    // MARK: - Pages

    /// `temuan/perubahan/`: the follow-up of the previous review's delayed programmes, status changes,
    /// new, cancelled and dropped programmes and moved indicators, each list cut at ``changesShown``.
    func changesContext() -> [String: Any] {
        let path = Permalink.changes
        let root = Permalink.root(from: path)
        guard let changes = aggregates.changes else { return ["pageTitle": "Perubahan", "breadcrumbs": crumbs(path, [("Perubahan", nil)])] }
        let previous = changes.previousYear
        let archiveRoot = siteRoot(from: path) + Permalink.archive(previous)
        func current(_ id: String) -> [String: Any] {
            guard let program = content.program(id: id) else { return ["title": id, "url": "", "hasURL": false] }
            var row = programRow(program, from: path)
            row["hasURL"] = true
            return row
        }
        func then(_ id: String, title: String) -> [String: Any] {
            // Links between archived sites are left out, so that an archived site never depends on another.
            ["title": title, "url": archiveRoot + "opd/" + id + "/index.html", "id": id, "hasURL": archive == nil]
        }
        func capped<T>(_ items: [T]) -> (shown: [T], hidden: Int) {
            (Array(items.prefix(Self.changesShown)), max(0, items.count - Self.changesShown))
        }
        let followUps = capped(Array(changes.followUps.enumerated()))
        let followRows = followUps.shown.map { index, item -> [String: Any] in
            let source = { (field: String) in DataPointer.changes("realokasi", "program", String(index), field) }
            let now = item.programID.flatMap { content.program(id: $0) }
            var row: [String: Any] = ["then": then(item.previousID, title: item.title), "opdName": item.opdName,
                                      "renamed": now.map { $0.id != item.previousID || $0.title != item.title } ?? false,
                                      "budgetThen": item.budgetThen.map { rupiahFigure($0, source("anggaran_sebelumnya")) } ?? noFigure("–"),
                                      "budgetNow": item.budgetNow.map { rupiahFigure($0, source("anggaran")) } ?? noFigure("–"),
                                      "reallocated": rupiahFigure(item.reallocated, source("dialokasikan_ulang")),
                                      "statusLabel": item.statusNow?.label ?? "tidak ada lagi", "status": item.statusNow?.rawValue ?? "hilang",
                                      "hasNow": item.programID != nil]
            if let now { row["now"] = current(now.id) }
            return row
        }
        let statuses = capped(changes.statusChanges)
        let statusRows = statuses.shown.map { change -> [String: Any] in
            ["program": current(change.programID), "from": change.from.label, "fromKey": change.from.rawValue,
             "to": change.to.label, "toKey": change.to.rawValue]
        }
        let newPrograms = capped(changes.newPrograms)
        let removed = capped(changes.removed)
        let removedRows = removed.shown.map { item -> [String: Any] in
            ["then": then(item.previousID, title: item.title), "opdName": item.opdName, "statusLabel": item.status.label, "status": item.status.rawValue]
        }
        let cancelled = capped(changes.cancelled)
        let indicators = capped(Array(changes.indicators.enumerated()))
        let indicatorRows = indicators.shown.map { index, change -> [String: Any] in
            let source = { (field: String) in DataPointer.changes("indikator", String(index), field) }
            return ["program": current(change.programID), "name": change.name, "unit": change.unit.isEmpty ? "–" : change.unit,
                    "before": change.before.map { figure(IndonesianFormat.number($0), value: $0.plainDecimal(maxDecimals: 30), source: source("sebelum")) }
                        ?? noFigure("–"),
                    "after": change.after.map { figure(IndonesianFormat.number($0), value: $0.plainDecimal(maxDecimals: 30), source: source("sesudah")) }
                        ?? noFigure("–")]
        }
        let totals = changes.followUpTotals
        return [
            "pageTitle": "Perubahan sejak review \(previous)",
            "description": "Perubahan antara review \(previous) dan review \(changes.currentYear): status program, program baru dan hilang, indikator, dan tindak lanjut program tertunda",
            "breadcrumbs": crumbs(path, [("Analisis", Permalink.findings), ("Perubahan sejak \(previous)", nil)]),
            "previousYear": String(previous), "currentYear": String(changes.currentYear),
            "previousURL": archiveRoot + Permalink.home, "hasPreviousURL": archive == nil,
            "counts": [
                "statusChanged": countFigure(changes.statusChanges.count, DataPointer.changes("jumlah_status_berubah")),
                "new": countFigure(changes.newPrograms.count, DataPointer.changes("jumlah_program_baru")),
                "removed": countFigure(changes.removed.count, DataPointer.changes("jumlah_program_hilang")),
                "cancelled": countFigure(changes.cancelled.count, DataPointer.changes("jumlah_program_batal")),
                "indicators": countFigure(changes.indicators.count, DataPointer.changes("jumlah_indikator_berubah")),
            ] as [String: Any],
            "followUp": [
                "count": countFigure(changes.followUps.count, DataPointer.changes("realokasi", "jumlah_program")),
                "budgetThen": rupiahFigure(totals.budgetThen, DataPointer.changes("realokasi", "anggaran_sebelumnya")),
                "reallocated": rupiahFigure(totals.reallocated, DataPointer.changes("realokasi", "dialokasikan_ulang")),
                "reallocatedShort": rupiahShortFigure(totals.reallocated, DataPointer.changes("realokasi", "dialokasikan_ulang")),
                "reallocatedCount": countFigure(totals.reallocatedCount, DataPointer.changes("realokasi", "jumlah_dialokasikan_ulang")),
                "stillDelayed": countFigure(totals.stillDelayed, DataPointer.changes("realokasi", "jumlah_masih_tertunda")),
                "cancelled": countFigure(totals.cancelled, DataPointer.changes("realokasi", "jumlah_batal")),
                "missing": countFigure(totals.missing, DataPointer.changes("realokasi", "jumlah_tidak_ada")),
                "hasMissing": totals.missing > 0,
                "rows": followRows, "hasRows": !followRows.isEmpty, "hidden": followUps.hidden, "hasHidden": followUps.hidden > 0,
            ] as [String: Any],
            "statusChanges": statusRows, "hasStatusChanges": !statusRows.isEmpty, "statusHidden": statuses.hidden, "hasStatusHidden": statuses.hidden > 0,
            "newPrograms": newPrograms.shown.map(current), "hasNewPrograms": !newPrograms.shown.isEmpty,
            "newHidden": newPrograms.hidden, "hasNewHidden": newPrograms.hidden > 0,
            "removed": removedRows, "hasRemoved": !removedRows.isEmpty, "removedHidden": removed.hidden, "hasRemovedHidden": removed.hidden > 0,
            "cancelled": cancelled.shown.map(current), "hasCancelled": !cancelled.shown.isEmpty,
            "cancelledHidden": cancelled.hidden, "hasCancelledHidden": cancelled.hidden > 0,
            "indicators": indicatorRows, "hasIndicators": !indicatorRows.isEmpty, "indicatorsHidden": indicators.hidden,
            "hasIndicatorsHidden": indicators.hidden > 0,
            "changesCSV": root + "data/perubahan.csv", "reallocationCSV": root + "data/realokasi.csv",
        ]
    }

    /// `arsip/index.html`: the current review and every archived one, newest first.
    func archiveListContext() -> [String: Any] {
        let path = Permalink.archives
        let root = Permalink.root(from: path)
        let config = content.config
        var reviews: [[String: Any]] = [["year": String(config.reviewYear), "title": config.title, "url": root + Permalink.home,
                                         "isCurrent": true, "note": "review terbaru"]]
        for archived in archives {
            reviews.append(["year": String(archived.year), "title": archived.content.config.title,
                            "url": root + Permalink.archive(archived.year) + Permalink.home, "isCurrent": false,
                            "note": "diarsipkan dengan tinjau \(archived.tinjauVersion)"])
        }
        return ["pageTitle": "Arsip review", "description": "Setiap review tahunan \(config.region), termasuk review yang diarsipkan",
                "breadcrumbs": crumbs(path, [("Arsip", nil)]), "reviews": reviews]
    }
}
