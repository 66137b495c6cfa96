/// Where an archived review is published: `arsip/<year>/` under the site.
struct ArchiveSite: Sendable {
    /// The review year.
    var year: Int
    /// `arsip/<year>/`: prepended to every path of the archived site.
    var prefix: String { Permalink.archive(year) }
}

/// Year over year: archived reviews rendered under `arsip/<year>/` from their snapshots, and the trends
/// (scores per review year) of the home, dimension and OPD pages. The history of each programme, the
/// page of changes since the previous review and the list of every review year are in `Pages/`. Every
/// number comes from ``ReviewHistory`` and ``ReviewChanges`` (the aggregate stage) or from an archived
/// review's own aggregates; nothing is computed here.
extension SiteRenderer {
    /// A renderer of the archived review `archived`: its own content, numbers and rendered bodies, its
    /// pages under `arsip/<year>/` with the archive banner, and absolute addresses under the current
    /// site's `base_url` (`siteBaseURL`), where it is published now.
    init(archived: ArchivedReview, templates: TemplateSet, siteBaseURL: String?) {
        var content = archived.content
        content.config.baseURL = siteBaseURL
        let site = ArchiveSite(year: archived.year)
        self.init(
            content: content, aggregates: archived.aggregates, bodies: Self.rebasedAssets(archived.bodies, content: content, prefix: site.prefix),
            templates: templates)
        archive = site
    }

    /// The bodies with their links to theme assets (`../../assets/peta.png`, written for a page at the
    /// site's root) made to climb out of the archive's or edition's folder `prefix` too: assets live at
    /// the site's root. So do the links into each folder of `shared` (an edition's links to the
    /// archived reviews, `arsip/2020/`, published at the root only). Links between pages stay as they
    /// are, since an archived site and an edition keep the same page layout.
    static func rebasedAssets(_ bodies: RenderedBodies, content: ReviewContent, prefix: String, shared: [String] = []) -> RenderedBodies {
        let extra = Permalink.root(from: prefix + "x")
        func rebase(_ html: String, page: String) -> String {
            let root = Permalink.root(from: page)
            var html = html
            for folder in ["assets/"] + shared {
                html = html.replacingOccurrences(of: "href=\"\(root)\(folder)", with: "href=\"\(root)\(extra)\(folder)")
                    .replacingOccurrences(of: "src=\"\(root)\(folder)", with: "src=\"\(root)\(extra)\(folder)")
            }
            return html
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
            try emit(files.map { $0.moved(to: prefix + $0.path) })
        }
    }

    /// The path from `path` (a page of this site) to the root of the published site, above an
    /// archived review's folder or an edition's (`en/`).
    func siteRoot(from path: String) -> String { Permalink.root(from: pathPrefix + path) }

    // MARK: - Trends

    /// One scope of a trend: its name, its page (`nil` for the page's own scope), its JSON path under
    /// `agregat/riwayat`, and its score in every review year.
    typealias TrendScope = (name: String, url: String?, scope: [String], scores: [YearScore])

    /// A trend for a template: the small-multiple chart, and its table (a row per scope, a column per
    /// year). Called only with ``Aggregates/history``.
    func trend(id: String, title: String, path: String, rows: [TrendScope]) -> Trend {
        let years = aggregates.history?.years ?? []
        let tableRows = rows.map { row in
            let cells = row.scores.map { score in
                guard let published = score.published else {
                    return noFigure(score.key == nil ? "–" : texts.text(score.planned == 0 ? "score.no_programmes" : "score.no_measurements"))
                }
                return figure(
                    published.text(in: format), value: published.plain, source: DataPointer.history(row.scope, year: score.year, "persen_publikasi"))
            }
            return TrendRow(name: row.name, url: row.url ?? "", hasURL: row.url != nil, cells: cells)
        }
        return Trend(
            svg: charts.trend(id: id, title: title, rows: rows.map { ($0.name, $0.scores) }), title: title,
            years: years.map { YearLabel(year: String($0)) }, rows: tableRows, csvURL: dataRoot(from: path) + "data/riwayat-skor.csv",
            first: String(years.first ?? 0), last: String(years.last ?? 0))
    }
}
