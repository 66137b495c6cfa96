/// `index.html` (`home.mustache`): the review's key figures, the radar of the six dimensions, the
/// scoring method, the narrative pages and analyses, and with archives the trend and earlier reviews.
struct HomePage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    /// No breadcrumbs on the home page.
    let isHome = true
    var breadcrumbs: [Crumb]
    /// The key figures.
    var figures: HomeFigures
    /// The radar chart of the six dimensions.
    var radarSVG: String
    /// A row per dimension (`partials/dimension-table`).
    var dimensions: [DimensionRow]
    /// The scoring method in words.
    var method: MethodSummary
    /// The maturity bands.
    var bands: [BandRow]
    /// The narrative pages (`halaman/`).
    var pages: [PageLink]
    /// The analyses and other pages of the site.
    var findings: [TitledLink]
    /// Scores per review year, when there are archives.
    var trend: Trend?
    /// The archived reviews, newest first, when there are any (not in an archived site).
    var predecessors: [ReviewLink]?
    var hasPredecessors: Bool?
    /// The list of every review year, when there are archives.
    var archivesURL: String?
    /// The page of changes since the previous review, when there is one.
    var changesLink: TitledLink?

    static let fields: [String: TemplateField<HomePage>] = [
        "pageTitle": .init(\.pageTitle), "isHome": .init(\.isHome), "breadcrumbs": .init(\.breadcrumbs), "figures": .init(\.figures),
        "radarSVG": .init(\.radarSVG), "dimensions": .init(\.dimensions), "method": .init(\.method), "bands": .init(\.bands), "pages": .init(\.pages),
        "findings": .init(\.findings), "trend": .init(\.trend), "predecessors": .init(\.predecessors), "hasPredecessors": .init(\.hasPredecessors),
        "archivesURL": .init(\.archivesURL), "changesLink": .init(\.changesLink),
    ]
}

/// The key figures of the home page.
struct HomeFigures: TemplateModel {
    /// The overall score.
    var overall: ScoreFigures
    /// Programmes planned (not cancelled), realised, the OPDs leading them, cancelled and delayed.
    var planned: Figure, realised: Figure, opds: Figure, cancelled: Figure, delayed: Figure
    /// The budget of delayed programmes.
    var delayedBudget: Figure
    /// The budget totals.
    var budget: BudgetFigures
    /// Whether scores average indicator achievements (no programme counts to show).
    var isIndicatorMethod: Bool

    static let fields: [String: TemplateField<HomeFigures>] = [
        "overall": .init(\.overall), "planned": .init(\.planned), "realised": .init(\.realised), "opds": .init(\.opds),
        "cancelled": .init(\.cancelled), "delayed": .init(\.delayed), "delayedBudget": .init(\.delayedBudget), "budget": .init(\.budget),
        "isIndicatorMethod": .init(\.isIndicatorMethod),
    ]
}

/// A narrative page in a list: its title, page and summary.
struct PageLink: TemplateModel {
    /// The title and the page.
    var title: String, url: String
    /// The summary (`ringkasan`), or empty.
    var summary: String, hasSummary: Bool

    static let fields: [String: TemplateField<PageLink>] = [
        "title": .init(\.title), "url": .init(\.url), "summary": .init(\.summary), "hasSummary": .init(\.hasSummary),
    ]
}

/// An archived review, linked from the home page.
struct ReviewLink: TemplateModel {
    /// The review year, its title and its home page under `arsip/<year>/`.
    var year: String, title: String, url: String

    static let fields: [String: TemplateField<ReviewLink>] = ["year": .init(\.year), "title": .init(\.title), "url": .init(\.url)]
}

extension SiteRenderer {
    func homePage() -> HomePage {
        let path = Permalink.home
        let counts = aggregates.statusCounts
        let root = Permalink.root(from: path)
        var page = HomePage(
            pageTitle: texts.text("pages_home.beranda"),
            metaDescription: Self.metaDescription(
                content.config.description,
                texts.text("pages_home.skor_keseluruhan", ["title": "\(content.config.title)"])
                    + texts.text("pages_home.skor_enam_dimensi_program", ["overall": "\(charts.valueText(aggregates.overall))"])),
            breadcrumbs: [],
            figures: HomeFigures(
                overall: scoreFigures(aggregates.overall, .overall),
                planned: countFigure(counts.planned, DataPointer.programs("direncanakan")),
                realised: countFigure(counts.realised, DataPointer.programs("terealisasi")),
                opds: countFigure(aggregates.capacity.leadingPrograms, DataPointer.path(["agregat", "opd", "memimpin_program"])),
                cancelled: countFigure(counts[.batal], DataPointer.programs("per_status", "batal")),
                delayed: countFigure(aggregates.delays.programs.count, DataPointer.delays("jumlah_program")),
                delayedBudget: rupiahFigure(aggregates.delays.budget, DataPointer.delays("anggaran")),
                budget: budgetFigures(aggregates.budget, .overall),
                isIndicatorMethod: aggregates.method == .indicatorAchievement),
            radarSVG: charts.radar(id: "beranda-radar").svg,
            dimensions: dimensionRows(from: path) { (aggregates.dimensions[$0.id], .dimension($0.id)) },
            method: methodSummary(),
            bands: bandRows(),
            pages: content.pages.map {
                PageLink(title: $0.title, url: root + Permalink.page($0.slug), summary: $0.summary ?? "", hasSummary: $0.summary != nil)
            },
            findings: [
                TitledLink(title: texts.text("pages_home.program_tumpang_tindih"), url: root + Permalink.overlaps),
                TitledLink(title: texts.text("pages_home.program_tertunda_dan_realokasi"), url: root + Permalink.delays),
                TitledLink(title: texts.text("pages_home.kapasitas_opd"), url: root + Permalink.capacity),
                TitledLink(title: texts.text("pages_home.anggaran"), url: root + Permalink.budget),
                TitledLink(title: texts.text("pages_home.metodologi"), url: root + Permalink.methodology),
                TitledLink(title: texts.text("pages_home.data_terbuka_csv_json"), url: root + Permalink.data),
                TitledLink(title: texts.text("pages_home.laporan_lengkap_untuk_dicetak"), url: root + Permalink.print),
            ])
        if let history = aggregates.history {
            var rows: [TrendScope] = [(texts.text("pages_home.keseluruhan"), nil, ["keseluruhan"], history.overall)]
            for dimension in content.dimensions {
                rows.append(
                    (
                        dimension.shortName, root + Permalink.dimension(dimension.id), ["dimensi", dimension.id.rawValue],
                        history.dimensions[dimension.id] ?? []
                    ))
            }
            page.trend = trend(
                id: "beranda-tren",
                title: texts.text(
                    "pages_home.skor_per_tahun_review", ["first": "\(history.years.first ?? 0)", "last": "\(history.years.last ?? 0)"]),
                path: path, rows: rows)
        }
        if archive == nil && !archives.isEmpty {
            // Archived reviews are published at the site's root only, above an edition's folder.
            let siteRoot = siteRoot(from: path)
            page.predecessors = archives.map {
                ReviewLink(year: String($0.year), title: $0.content.config.title, url: siteRoot + Permalink.archive($0.year) + Permalink.home)
            }
            page.hasPredecessors = true
            page.archivesURL = root + Permalink.archives
        }
        if let changes = aggregates.changes {
            page.changesLink = TitledLink(
                title: texts.text("pages_home.perubahan_sejak_review", ["previousYear": "\(changes.previousYear)"]), url: root + Permalink.changes)
        }
        return page
    }
}
