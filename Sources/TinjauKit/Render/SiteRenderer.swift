import Mustache

/// How the programme list is grouped and sorted: one pre-rendered page each.
public enum ProgramOrder: String, CaseIterable, Sendable {
    /// By OPD (the default list), then title.
    case opd
    /// By dimension, then title.
    case dimensi
    /// By status (plan, running, done, delayed, cancelled), then title.
    case status

    /// The label of its link (`Urutkan menurut: OPD · Dimensi · Status`).
    public var label: String {
        switch self {
        case .opd: "OPD"
        case .dimensi: "Dimensi"
        case .status: "Status"
        }
    }
}

/// What a site has besides its pages, which the pages show or link: the search box and page, the
/// link-preview images, the PDF of the report. Set by ``SiteBuilder`` from ``SiteExtras`` once the
/// programs behind them were found, so that a page never links to what the build did not make.
public struct SiteFeatures: Sendable, Hashable {
    /// The search page `cari/` and the search box in the header (a Pagefind index is built).
    public var search: Bool
    /// The link-preview images under `pratinjau/` exist (Open Graph tags name them when `base_url`
    /// is set).
    public var previewImages: Bool
    /// `laporan-review-<year>.pdf` exists: the home, print and data pages link it.
    public var pdf: Bool

    /// Creates a set of features; none by default.
    public init(search: Bool = false, previewImages: Bool = false, pdf: Bool = false) {
        self.search = search
        self.previewImages = previewImages
        self.pdf = pdf
    }
}

/// Stage 5: turns the content and its aggregates into pages through the
/// templates, with SVG charts generated here and inlined. Pure: it returns the
/// files to write and touches no disk. It formats the numbers of ``Aggregates``
/// and computes none of its own.
public struct SiteRenderer: Sendable {
    /// The validated content.
    public var content: ReviewContent
    /// Every number of the review.
    public var aggregates: Aggregates
    /// The Markdown bodies rendered to HTML.
    public var bodies: RenderedBodies
    /// The theme.
    public var templates: TemplateSet
    /// What the site has besides its pages (search, preview images, PDF).
    public var features: SiteFeatures
    /// The page of each entry of the print page's table of contents, by target id: set only for the
    /// PDF (``printPage(tocPages:)``); the site's print page lists its sections without numbers.
    var tocPages: [String: Int] = [:]
    /// Whether the print page is rendered for the PDF (``printPage(tocPages:)``).
    var printsPDF = false
    /// The archived reviews, each published under `arsip/<year>/` beside the current review.
    public var archives: [ArchivedReview]
    /// Set when this renderer renders an archived review (``ArchiveSite``): its pages go under
    /// `arsip/<year>/` with the archive banner.
    var archive: ArchiveSite?
    /// Pages the output already holds, made from the same template and view model: not rendered
    /// again (``PageReuse``). `nil` renders every page.
    public var reuse: PageReuse?

    /// Creates a renderer.
    public init(content: ReviewContent, aggregates: Aggregates, bodies: RenderedBodies = RenderedBodies(), templates: TemplateSet,
                features: SiteFeatures = SiteFeatures(), archives: [ArchivedReview] = []) {
        self.content = content
        self.aggregates = aggregates
        self.bodies = bodies
        self.templates = templates
        self.features = features
        self.archives = archives.sorted { $0.year > $1.year }
    }

    /// Creates a renderer for the result of ``SiteBuilder/analyse(_:)``.
    public init(_ analysis: SiteBuilder.Analysis, features: SiteFeatures = SiteFeatures()) {
        self.init(content: analysis.content, aggregates: analysis.aggregates, bodies: analysis.bodies, templates: analysis.templates,
                  features: features, archives: analysis.archives)
    }

    static let emptyScoreText = "belum ada program"

    /// What a scope without a score says: "belum ada program" when it has no planned programme (never
    /// 0 %), "belum ada capaian indikator" when it has programmes but none of their indicators is measured.
    static func emptyText(_ entry: ScoreEntry?) -> String {
        (entry?.planned ?? 0) == 0 ? emptyScoreText : "belum ada capaian indikator"
    }

    /// The path of every page the renderer writes for `content` (with `features`), in the order written (with
    /// `aggregates`, the page of changes since the previous review when there is one).
    public static func pagePaths(_ content: ReviewContent, aggregates: Aggregates? = nil, features: SiteFeatures = SiteFeatures()) -> [String] {
        pages(content, aggregates: aggregates, features: features).map(\.path)
    }

    /// Every page of the site with its permalink, in the order written: those of ``pages(_:aggregates:features:)``,
    /// the list of archives when there are archives, and no 404 page in an archived site (the site's own
    /// serves every address).
    func pages() -> [(path: String, kind: PageKind)] {
        var kinds = Self.pages(content, aggregates: aggregates, features: features)
        if archive != nil { kinds.removeAll { $0.path == Permalink.notFound } }
        if archive == nil && !archives.isEmpty { kinds.append((Permalink.archives, .archiveList)) }
        return kinds
    }

    /// Every page of the site with its permalink, in the order written.
    static func pages(_ content: ReviewContent, aggregates: Aggregates? = nil, features: SiteFeatures = SiteFeatures()) -> [(path: String, kind: PageKind)] {
        var kinds: [(path: String, kind: PageKind)] = [(Permalink.home, .home), (Permalink.dimensionList, .dimensionList)]
        kinds += content.dimensions.map { (Permalink.dimension($0.id), .dimension($0)) }
        kinds.append((Permalink.opdList, .opdList))
        kinds += content.opds.map { (Permalink.opd($0.slug), .opd($0)) }
        kinds += ProgramOrder.allCases.map { (Permalink.programList($0), .programList($0)) }
        kinds += content.programs.map { (Permalink.program($0), .program($0)) }
        kinds += content.pages.map { (Permalink.page($0.slug), .page($0)) }
        kinds += [(Permalink.findings, .findings), (Permalink.overlaps, .overlaps), (Permalink.delays, .delays),
                  (Permalink.capacity, .capacity), (Permalink.budget, .budget), (Permalink.methodology, .methodology),
                  (Permalink.data, .data), (Permalink.print, .print)]
        if features.search { kinds.append((Permalink.search, .search)) }
        if aggregates?.changes != nil { kinds.append((Permalink.changes, .changes)) }
        kinds.append((Permalink.notFound, .notFound))
        return kinds
    }

    /// The paths of the pages the search index holds: programmes, OPDs, dimensions, narrative
    /// pages and the analyses (each page marks its main content with `data-pagefind-body`).
    public static func searchedPaths(_ content: ReviewContent) -> Set<String> {
        Set(pages(content).filter { searchKind($0.kind) != nil }.map(\.path))
    }

    /// What a search result calls a page of this kind (`data-pagefind-meta="jenis:…"`), or `nil`
    /// for a page the index leaves out (home, lists, methodology, data, print, search, 404).
    static func searchKind(_ kind: PageKind) -> String? {
        switch kind {
        case .program: "Program"
        case .opd: "OPD"
        case .dimension: "Dimensi"
        case .page: "Halaman"
        case .overlaps, .delays, .capacity, .budget: "Analisis"
        default: nil
        }
    }

    var charts: ChartBuilder { ChartBuilder(content: content, aggregates: aggregates) }

    /// One page to render: where it goes, its template, and which context builds it.
    enum PageKind: Sendable {
        case home, dimensionList, dimension(Dimension), opdList, opd(OPD), programList(ProgramOrder), program(Program), page(NarrativePage)
        case findings, overlaps, delays, capacity, budget, methodology, data, print, search, notFound
        case changes, archiveList
    }

    /// The template and view model of one page.
    func page(_ kind: PageKind) -> (template: String, context: [String: Any]) {
        switch kind {
        case .home: ("home", homeContext())
        case .dimensionList: ("dimension-list", dimensionListContext())
        case .dimension(let dimension): ("dimension", dimensionContext(dimension))
        case .opdList: ("opd-list", opdListContext())
        case .opd(let opd): ("opd", opdContext(opd))
        case .programList(let order): ("program-list", programListContext(order))
        case .program(let program): ("program", programContext(program))
        case .page(let page): ("page", narrativeContext(page))
        case .findings: ("findings", findingsContext())
        case .overlaps: ("overlaps", overlapsContext())
        case .delays: ("delays", delaysContext())
        case .capacity: ("capacity", capacityContext())
        case .budget: ("budget", budgetContext())
        case .methodology: ("methodology", methodologyContext())
        case .data: ("data", dataContext())
        case .print: ("print", printContext())
        case .search: ("search", searchContext())
        case .notFound: ("not-found", notFoundContext())
        case .changes: ("changes", changesContext())
        case .archiveList: ("archive-list", archiveListContext())
        }
    }

    /// Every page and asset of the site, sorted by path (the whole site in memory: for tests and
    /// `tinjau check`; `tinjau build` streams with ``render(emit:)``).
    /// - Throws: ``BuildFailure`` when a template renders to nothing.
    public func render() throws -> [OutputFile] {
        var files: [OutputFile] = []
        try render { files += $0 }
        return files.sorted { $0.path < $1.path }
    }

    /// Renders the site and hands the files to `emit` a batch at a time, in a fixed order (pages in
    /// ``pages(_:)`` order, then assets and data files). Pages are rendered on all cores, and at most
    /// one batch of pages is held in memory.
    /// - Throws: ``BuildFailure`` when a template renders to nothing, or what `emit` throws.
    public func render(batchSize: Int = 256, emit: ([OutputFile]) throws -> Void) throws {
        try renderPages(batchSize: batchSize, emit: emit)
        let archived = archives.map { archive in
            var site = SiteRenderer(archived: archive, templates: templates, siteBaseURL: content.config.baseURL)
            site.reuse = reuse
            return site
        }
        for site in archived { try site.renderPages(batchSize: batchSize, emit: emit) }
        try emit(templates.assets.map { OutputFile(path: $0.path, bytes: $0.bytes) })
        try DataExporter(content: content, aggregates: aggregates).write(emit)
        try emit(publishingFiles() + FrontMatterSchema.files())
        for site in archived { try site.writeArchivedData(emit) }
    }

    /// Renders this site's pages (``pages()``), a batch at a time on all cores; an archived site's
    /// under its folder (`arsip/<year>/…`).
    /// - Throws: ``BuildFailure`` when a template renders to nothing, or what `emit` throws.
    func renderPages(batchSize: Int, emit: ([OutputFile]) throws -> Void) throws {
        let kinds = pages()
        var start = 0
        while start < kinds.count {
            let batch = Array(kinds[start..<min(start + batchSize, kinds.count)])
            start += batchSize
            let rendered = Parallel.map(batch) { item -> Result<OutputFile, Diagnostic> in
                renderPage(path: item.path, kind: item.kind)
            }
            var files: [OutputFile] = []
            for result in rendered {
                switch result {
                case .success(let file): files.append(file)
                case .failure(let diagnostic): throw BuildFailure([diagnostic])
                }
            }
            try emit(files)
        }
    }

    /// One page: its view model with the shared pieces, through its template. `extra` is laid over
    /// the page's own view model (the PDF's print page adds its contents' page numbers).
    func renderPage(path: String, kind: PageKind, extra: [String: Any] = [:]) -> Result<OutputFile, Diagnostic> {
        var (template, context) = page(kind)
        context.merge(extra, uniquingKeysWith: { _, new in new })
        context.merge(yearOverYear(kind, path: path), uniquingKeysWith: { current, _ in current })
        context.merge(common(path: path, kind: kind), uniquingKeysWith: { current, _ in current })
        let config = content.config
        context["description"] = Self.metaDescription(context["description"] as? String, config.description, config.title)
        let outputPath = (archive?.prefix ?? "") + path
        if let reuse, extra.isEmpty,
            reuse.record(
                outputPath,
                fingerprint: PageFingerprint.of(path: outputPath, template: templates.digest(of: template), context: context))
        {
            return .success(.kept(outputPath))
        }
        guard let html = templates.library.render(context, withTemplate: template) else {
            // TemplateLoader.requiredTemplates lists every template used here, so this is a safety net.
            return .failure(Diagnostic(.templateMissing(template), at: SourceLocation(path: template + ".mustache")))
        }
        return .success(OutputFile(path: outputPath, bytes: Array(html.utf8)))
    }

    /// The longest `description` written (characters): what search engines and chat previews show.
    static let descriptionLimit = 200

    /// A page's `description` meta tag: the first of `candidates` that is not blank, on one line,
    /// cut at a word to at most ``descriptionLimit`` characters (with `…`). Never empty: the last
    /// candidate is the review's title, which the parser requires.
    static func metaDescription(_ candidates: String?...) -> String {
        for candidate in candidates {
            guard let candidate else { continue }
            let text = candidate.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
            if text.isEmpty { continue }
            guard text.count > descriptionLimit else { return text }
            let cut = text.prefix(descriptionLimit - 1)
            var word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
            while let last = word.last, " ,;:.".contains(last) { word = word.dropLast() }
            return word + "…"
        }
        return "tinjau"
    }

    // MARK: - Shared pieces

    func common(path: String, kind: PageKind) -> [String: Any] {
        let config = content.config
        // The 404 page is served at any address: its navigation and footer links start at
        // `base_url` or the server root, like its stylesheet (see `notFoundContext`).
        let root = path == Permalink.notFound ? Self.serverRoot(config) : Permalink.root(from: path)
        // Assets live at the site's root, above an archived review's folder.
        let assetRoot = path == Permalink.notFound ? root : Permalink.root(from: (archive?.prefix ?? "") + path)
        var nav: [[String: Any]] = [
            ["label": "Beranda", "url": root + Permalink.home, "current": path == Permalink.home],
            ["label": "Dimensi", "url": root + Permalink.dimensionList, "current": path.hasPrefix("dimensi/")],
            ["label": "OPD", "url": root + Permalink.opdList, "current": path.hasPrefix("opd/")],
            ["label": "Program", "url": root + Permalink.programList, "current": path.hasPrefix("program/")],
        ]
        nav += [
            ["label": "Analisis", "url": root + Permalink.findings, "current": path.hasPrefix("temuan/")],
            ["label": "Anggaran", "url": root + Permalink.budget, "current": path == Permalink.budget],
            ["label": "Metodologi", "url": root + Permalink.methodology, "current": path == Permalink.methodology],
            ["label": "Data", "url": root + Permalink.data, "current": path == Permalink.data],
        ]
        for page in content.pages {
            nav.append(["label": page.title, "url": root + Permalink.page(page.slug), "current": path == Permalink.page(page.slug)])
        }
        if archive == nil && !archives.isEmpty {
            nav.append(["label": "Arsip", "url": root + Permalink.archives, "current": path == Permalink.archives])
        }
        var site: [String: Any] = [
            "title": config.title, "region": config.region, "year": String(config.reviewYear),
            "period": "\(config.masterplanStart)–\(config.masterplanEnd)",
            "masterplanTitle": config.masterplanTitle ?? "Masterplan Smart City \(config.region)",
            "hasOrganiser": config.organiser != nil, "organiser": config.organiser ?? "",
            "hasEvaluator": config.evaluator != nil, "evaluator": config.evaluator ?? "",
            "hasDescription": config.description != nil, "description": config.description ?? "",
            "hasRegionCode": config.regionCode != nil, "regionCode": config.regionCode ?? "",
            "methodLabel": config.scoring.method.label,
        ]
        if let date = config.reviewDate {
            site["hasReviewDate"] = true
            site["reviewDate"] = IndonesianFormat.date(iso: date.description) ?? date.description
            site["reviewDateISO"] = date.description
        } else {
            site["hasReviewDate"] = false
        }
        // What the two parts of a score are, in the words of the method.
        let parts: [String: Any] = config.scoring.method == .programRealisation
            ? ["isCount": true, "short": "n/N", "long": "program terealisasi / program direncanakan",
               "caption": "program terealisasi dari program direncanakan"]
            : ["isCount": false, "short": "Σb·c/Σb", "long": "jumlah bobot × capaian / jumlah bobot indikator",
               "caption": "jumlah bobot × capaian indikator dari jumlah bobot indikator"]
        var result: [String: Any] = ["root": assetRoot, "nav": nav, "site": site, "parts": parts, "homeURL": root + Permalink.home,
                                     "dataURL": root + Permalink.data, "printURL": root + Permalink.print,
                                     "methodologyURL": root + Permalink.methodology,
                                     "csv": ["program": root + DataExporter.programCSV, "skor": root + DataExporter.scoreCSV,
                                             "anggaran": root + DataExporter.budgetCSV, "indikator": root + DataExporter.indicatorCSV,
                                             "json": root + DataExporter.reviewJSON]]
        if let base = config.baseURL, path != Permalink.notFound {
            result["canonical"] = SiteAddress.absolute(base: base, path: (archive?.prefix ?? "") + path)
        }
        if let archive {
            result["archive"] = ["year": String(archive.year), "currentURL": assetRoot + Permalink.home,
                                 "allURL": assetRoot + Permalink.archives]
        }
        if result["description"] == nil { result["description"] = config.description ?? config.title }
        result["hasSearch"] = features.search
        result["searchURL"] = root + Permalink.search
        if let searchKind = Self.searchKind(kind) { result["searchKind"] = searchKind }
        if features.pdf {
            let name = ReportPrinter.fileName(year: config.reviewYear)
            result["pdf"] = ["url": root + name, "name": name]
        }
        // Open Graph wants absolute addresses: the image is named only when base_url is set.
        if features.previewImages, let base = config.baseURL, let preview = preview(for: kind) {
            result["preview"] = ["url": SiteAddress.absolute(base: base, path: preview.path), "alt": preview.alt,
                                 "width": PreviewCard.width, "height": PreviewCard.height]
        }
        return result
    }

    /// Where links of the 404 page start: the site's folder under `base_url` (percent-encoded), or
    /// the server root when `base_url` is not set.
    static func serverRoot(_ config: ReviewConfig) -> String {
        config.baseURL.map { SiteAddress.absolute(base: $0, path: "") } ?? "/"
    }

    func crumbs(_ path: String, _ items: [(String, String?)]) -> [[String: Any]] {
        let root = Permalink.root(from: path)
        var list: [[String: Any]] = [["label": "Beranda", "url": root + Permalink.home, "hasURL": true]]
        for (label, url) in items {
            list.append(["label": label, "url": url.map { root + $0 } ?? "", "hasURL": url != nil])
        }
        return list
    }

    /// Programmes in reading order: by title (case-insensitive, then as written), then by id.
    func byTitle(_ programs: [Program]) -> [Program] {
        programs.sorted { ($0.title.lowercased(), $0.title, $0.id) < ($1.title.lowercased(), $1.title, $1.id) }
    }

    func programRow(_ program: Program, from path: String) -> [String: Any] {
        let root = Permalink.root(from: path)
        let opd = content.opd(program.opdSlug)
        let dimension = content.dimension(program.dimension)
        return [
            "title": program.title, "url": root + Permalink.program(program),
            "opdName": opd?.name ?? program.opdSlug, "opdShort": opd?.abbreviation ?? program.opdSlug,
            "opdURL": root + Permalink.opd(program.opdSlug),
            "dimensionName": dimension.shortName, "dimensionURL": root + Permalink.dimension(program.dimension),
            "elementName": program.element.flatMap { dimension.element($0)?.name } ?? "–",
            "status": program.status.rawValue, "statusLabel": program.status.label,
            "budget": programMoney(program, "anggaran", program.budget),
            "summary": program.summary ?? "", "hasSummary": program.summary != nil,
            "isIllustration": program.isIllustration,
        ]
    }

    /// A Rupiah amount of one programme (`anggaran`, `realisasi_anggaran`) as a figure, `–` when not given.
    func programMoney(_ program: Program, _ field: String, _ amount: Int64?) -> [String: Any] {
        guard let amount, let position = content.position(ofProgram: program.id) else { return noFigure("–") }
        return rupiahFigure(amount, DataPointer.program(position, field))
    }

    func dimensionRows(from path: String, scores: (Dimension) -> (entry: ScoreEntry?, scope: DataPointer.ScoreScope)) -> [[String: Any]] {
        let root = Permalink.root(from: path)
        return content.dimensions.map { dimension in
            let (entry, scope) = scores(dimension)
            var row = scoreContext(entry, scope)
            row["name"] = dimension.name
            row["shortName"] = dimension.shortName
            row["smartName"] = dimension.id.smartName
            row["id"] = dimension.id.rawValue
            row["url"] = root + Permalink.dimension(dimension.id)
            return row
        }
    }

    // MARK: - Pages

    private func homeContext() -> [String: Any] {
        let path = Permalink.home
        let counts = aggregates.statusCounts
        let root = Permalink.root(from: path)
        return [
            "pageTitle": "Beranda",
            "description": Self.metaDescription(content.config.description, "\(content.config.title): skor keseluruhan "
                + "\(charts.valueText(aggregates.overall)), skor enam dimensi, program setiap OPD, temuan dan data terbuka."),
            "isHome": true,
            "breadcrumbs": [[String: Any]](),
            "figures": [
                "overall": scoreContext(aggregates.overall, .overall),
                "planned": countFigure(counts.planned, DataPointer.programs("direncanakan")),
                "realised": countFigure(counts.realised, DataPointer.programs("terealisasi")),
                "opds": countFigure(aggregates.capacity.leadingPrograms, DataPointer.path(["agregat", "opd", "memimpin_program"])),
                "cancelled": countFigure(counts[.batal], DataPointer.programs("per_status", "batal")),
                "delayed": countFigure(aggregates.delays.programs.count, DataPointer.delays("jumlah_program")),
                "delayedBudget": rupiahFigure(aggregates.delays.budget, DataPointer.delays("anggaran")),
                "budget": budgetFigures(aggregates.budget, .overall),
                "isIndicatorMethod": aggregates.method == .indicatorAchievement,
            ] as [String: Any],
            "radarSVG": charts.radar(id: "beranda-radar").svg,
            "dimensions": dimensionRows(from: path) { (aggregates.dimensions[$0.id], .dimension($0.id)) },
            "method": methodContext(),
            "bands": bandRows(),
            "pages": content.pages.map { ["title": $0.title, "url": root + Permalink.page($0.slug), "summary": $0.summary ?? "", "hasSummary": $0.summary != nil] },
            "findings": [
                ["title": "Program tumpang tindih", "url": root + Permalink.overlaps],
                ["title": "Program tertunda dan realokasi anggaran", "url": root + Permalink.delays],
                ["title": "Kapasitas OPD", "url": root + Permalink.capacity],
                ["title": "Anggaran", "url": root + Permalink.budget],
                ["title": "Metodologi", "url": root + Permalink.methodology],
                ["title": "Data terbuka (CSV, JSON)", "url": root + Permalink.data],
                ["title": "Laporan lengkap untuk dicetak", "url": root + Permalink.print],
            ] as [[String: Any]],
        ]
    }

    func methodContext() -> [String: Any] {
        let scoring = content.config.scoring
        let statusText = scoring.realisedStatuses.map(\.label).joined(separator: " dan ")
        let formula: String
        switch scoring.method {
        case .programRealisation:
            formula = "Skor (persen) = jumlah program berstatus \(statusText.lowercased()) ÷ jumlah program yang direncanakan (semua status kecuali batal) × 100."
        case .indicatorAchievement:
            formula = "Skor (persen) = rata-rata tertimbang capaian indikator × 100; capaian tiap indikator = realisasi ÷ target (atau target ÷ realisasi bila makin rendah makin baik), dibatasi 0 sampai 1."
        }
        return ["name": scoring.method.label, "key": scoring.method.rawValue, "formula": formula,
                "precision": scoring.precision == 0 ? "dibulatkan ke persen terdekat" : "dibulatkan ke \(scoring.precision) angka desimal",
                "isCount": scoring.method == .programRealisation]
    }

    private func dimensionListContext() -> [String: Any] {
        let path = Permalink.dimensionList
        return [
            "pageTitle": "Dimensi",
            "description": "Skor enam dimensi smart city \(content.config.region) dalam review \(content.config.reviewYear): "
                + content.dimensions.map { "\($0.shortName) \(charts.valueText(aggregates.dimensions[$0.id]))" }.joined(separator: "; ") + ".",
            "breadcrumbs": crumbs(path, [("Dimensi", nil)]),
            "barSVG": charts.dimensionBars(id: "dimensi-bar").svg,
            "dimensions": dimensionRows(from: path) { (aggregates.dimensions[$0.id], .dimension($0.id)) },
        ]
    }

    private func dimensionContext(_ dimension: Dimension) -> [String: Any] {
        let path = Permalink.dimension(dimension.id)
        let elementScores = aggregates.elements[dimension.id] ?? [:]
        let elements = dimension.elements.map { element -> [String: Any] in
            var row = scoreContext(elementScores[element.slug], .element(dimension.id, element.slug))
            row["name"] = element.name
            row["slug"] = element.slug
            return row
        }
        let programs = byTitle(content.programs.filter { $0.dimension == dimension.id })
        return [
            "pageTitle": "Dimensi \(dimension.name)",
            "description": dimensionDescription(dimension),
            "breadcrumbs": crumbs(path, [("Dimensi", Permalink.dimensionList), (dimension.name, nil)]),
            "dimension": ["name": dimension.name, "smartName": dimension.id.smartName, "id": dimension.id.rawValue,
                          "description": dimension.description, "hasDescription": !dimension.description.isEmpty],
            "score": scoreContext(aggregates.dimensions[dimension.id], .dimension(dimension.id)),
            "elementsSVG": charts.elementBars(dimension, id: "elemen-bar").svg,
            "elements": elements,
            "hasWithoutElement": (aggregates.programsWithoutElement[dimension.id] ?? 0) > 0,
            "withoutElement": countFigure(aggregates.programsWithoutElement[dimension.id] ?? 0,
                                          DataPointer.programs("tanpa_elemen", dimension.id.rawValue)),
            "programs": programs.map { programRow($0, from: path) },
            "hasPrograms": !programs.isEmpty,
            "budget": budgetFigures(aggregates.budgetByDimension[dimension.id] ?? BudgetTotals(), .dimension(dimension.id)),
        ]
    }

    private func opdListContext() -> [String: Any] {
        let path = Permalink.opdList
        let root = Permalink.root(from: path)
        let rows = content.opds.map { opd -> [String: Any] in
            var row = scoreContext(aggregates.opds[opd.slug], .opd(opd.slug))
            let capacity = aggregates.capacity.byOPD[opd.slug]
            row["name"] = opd.name
            row["short"] = opd.abbreviation
            row["url"] = root + Permalink.opd(opd.slug)
            row["programCount"] = countFigure(capacity?.activePrograms ?? 0, DataPointer.capacity("opd", opd.slug, "program_aktif"))
            row["itOperators"] = opd.itOperators.map { countFigure($0, DataPointer.capacity("opd", opd.slug, "operator_ti")) } ?? noFigure("–")
            row["noOperator"] = capacity?.lacksOperator ?? false
            row["budget"] = rupiahFigure(aggregates.budgetByOPD[opd.slug]?.planned ?? 0, DataPointer.budget(.opd(opd.slug), "anggaran"))
            return row
        }
        return [
            "pageTitle": "OPD",
            "description": "Skor, program dan operator TI setiap OPD dalam review smart city \(content.config.region) \(content.config.reviewYear).",
            "breadcrumbs": crumbs(path, [("OPD", nil)]),
            "opds": rows,
            "barSVG": charts.opdBars(id: "opd-bar").svg,
        ]
    }

    private func opdContext(_ opd: OPD) -> [String: Any] {
        let path = Permalink.opd(opd.slug)
        let programs = byTitle(content.programs(ofOPD: opd.slug))
        let partnered = byTitle(content.programs(withPartner: opd.slug))
        let perDimension = aggregates.opdDimensions[opd.slug] ?? [:]
        let rows = dimensionRows(from: path) { (perDimension[$0.id], .opdDimension(opd.slug, $0.id)) }
        let capacity = aggregates.capacity.byOPD[opd.slug]
        return [
            "pageTitle": opd.name,
            "description": opdDescription(opd),
            "breadcrumbs": crumbs(path, [("OPD", Permalink.opdList), (opd.abbreviation, nil)]),
            "opd": ["name": opd.name, "short": opd.abbreviation, "bodyHTML": bodies.opds[opd.slug] ?? "",
                    "itOperators": opd.itOperators.map { countFigure($0, DataPointer.capacity("opd", opd.slug, "operator_ti")) }
                        ?? noFigure("tidak dilaporkan"),
                    "noOperator": capacity?.lacksOperator ?? false, "isIllustration": opd.isIllustration],
            "score": scoreContext(aggregates.opds[opd.slug], .opd(opd.slug)),
            "dimensions": rows,
            "programs": programs.map { programRow($0, from: path) },
            "hasPrograms": !programs.isEmpty,
            "hideOPD": true,
            "partnered": partnered.map { programRow($0, from: path) },
            "hasPartnered": !partnered.isEmpty,
            "budget": budgetFigures(aggregates.budgetByOPD[opd.slug] ?? BudgetTotals(), .opd(opd.slug)),
        ]
    }

    /// The timeline's table, laid out like its chart (``ChartBuilder/timeline(id:)``): dimensions as rows and
    /// years as columns, or, beyond ``ChartBuilder/timelineYearLimit`` years, years as rows, so that a long
    /// masterplan makes the table longer, never wider than a screen.
    func timelineTable() -> [String: Any] {
        let timeline = aggregates.timeline
        if timeline.columns.count > ChartBuilder.timelineYearLimit {
            return ["corner": "Tahun", "columns": content.dimensions.map { ["name": $0.shortName] },
                    "rows": timeline.columns.enumerated().map { column, year -> [String: Any] in
                        ["name": String(year), "cells": content.dimensions.indices.map { ["value": timeline.values[$0][column]] }]
                    }]
        }
        return ["corner": "Dimensi", "columns": timeline.columns.map { ["name": String($0)] },
                "rows": content.dimensions.enumerated().map { index, dimension -> [String: Any] in
                    ["name": dimension.shortName, "cells": timeline.values[index].map { ["value": $0] }]
                }]
    }

    private func programContext(_ program: Program) -> [String: Any] {
        let path = Permalink.program(program)
        let root = Permalink.root(from: path)
        let opd = content.opd(program.opdSlug)
        let dimension = content.dimension(program.dimension)
        let figures = aggregates.programs[program.id]
        var fields: [[String: Any]] = []
        func field(_ label: String, _ value: String?) {
            if let value { fields.append(["label": label, "value": value]) }
        }
        field("Dimensi", "\(dimension.name) (\(dimension.id.smartName))")
        field("Elemen", program.element.flatMap { dimension.element($0)?.name })
        field("Status", program.status.label)
        field("Alasan tertunda", program.delayReason)
        field("Jangka", program.term?.label)
        if let start = program.startYear, let end = program.endYear {
            field("Tahun", start == end ? "\(start)" : "\(start)–\(end)")
        } else {
            field("Tahun mulai", program.startYear.map(String.init))
            field("Tahun selesai", program.endYear.map(String.init))
        }
        field("Anggaran (pagu)", program.budget.map(IndonesianFormat.rupiah))
        field("Realisasi anggaran", program.budgetRealised.map(IndonesianFormat.rupiah))
        if let absorption = figures?.absorption { field("Serapan anggaran", IndonesianFormat.percent(absorption, decimals: 1)) }
        field("Sumber dana", program.fundingSource)
        field("Kata kunci", program.keywords.isEmpty ? nil : program.keywords.joined(separator: ", "))
        let partners = program.partners.map { slug -> [String: Any] in
            ["name": content.opd(slug)?.name ?? slug, "url": root + Permalink.opd(slug)]
        }
        let achievements = figures?.achievements ?? []
        let indicators = program.indicators.enumerated().map { index, indicator -> [String: Any] in
            let achievement = index < achievements.count ? achievements[index] : nil
            return ["name": indicator.name, "unit": indicator.unit.isEmpty ? "–" : indicator.unit,
                    "baseline": indicator.baseline.map { IndonesianFormat.number($0) } ?? "–",
                    "target": indicator.target.map { IndonesianFormat.number($0) } ?? "–",
                    "realisation": indicator.realisation.map { IndonesianFormat.number($0) } ?? "–",
                    "direction": indicator.direction == .naik ? "naik" : "turun",
                    "directionLabel": indicator.direction.label,
                    "achievement": achievement.map { IndonesianFormat.percent($0, decimals: 1) } ?? "–"]
        }
        // Its most similar programmes of other OPDs (at most K, however many others name it).
        let similar = aggregates.overlaps.pairs(of: program.id).prefix(aggregates.overlaps.settings.maxPerProgram).compactMap { pair -> [String: Any]? in
            guard let other = content.program(id: pair.first == program.id ? pair.second : pair.first) else { return nil }
            var row = programRow(other, from: path)
            row["similarity"] = IndonesianFormat.similarity(pair.similarity)
            row["shared"] = pair.sharedWords.prefix(6).joined(separator: ", ")
            return row
        }
        let realisedStatus = content.config.scoring.realisedStatuses.contains(program.status)
        let scoringNote: String
        switch (program.status, content.config.scoring.method) {
        case (.batal, _): scoringNote = "Program batal tidak dihitung dalam skor."
        case (_, .programRealisation):
            scoringNote = realisedStatus ? "Dihitung sebagai program terealisasi (pembilang dan penyebut skor)."
                                         : "Dihitung sebagai program direncanakan yang belum terealisasi (hanya penyebut skor)."
        case (_, .indicatorAchievement):
            scoringNote = achievements.contains { $0 != nil } ? "Capaian indikatornya masuk rata-rata tertimbang skor."
                : "Belum ada indikator dengan target dan realisasi, sehingga program ini belum masuk skor."
        }
        return [
            "pageTitle": program.title,
            "description": programDescription(program, opdName: opd?.name ?? program.opdSlug, dimensionName: dimension.name),
            "breadcrumbs": crumbs(path, [("OPD", Permalink.opdList), (opd?.abbreviation ?? program.opdSlug, Permalink.opd(program.opdSlug)), (program.title, nil)]),
            "program": ["title": program.title, "summary": program.summary ?? "", "hasSummary": program.summary != nil,
                        "status": program.status.rawValue, "statusLabel": program.status.label,
                        "bodyHTML": bodies.programs[program.id] ?? "", "isIllustration": program.isIllustration,
                        "opdName": opd?.name ?? program.opdSlug, "opdURL": root + Permalink.opd(program.opdSlug),
                        "dimensionName": dimension.name, "dimensionURL": root + Permalink.dimension(program.dimension)],
            "fields": fields,
            "partners": partners, "hasPartners": !partners.isEmpty,
            "indicators": indicators, "hasIndicators": !indicators.isEmpty,
            "scoringNote": scoringNote,
            "similar": similar, "hasSimilar": !similar.isEmpty, "overlapsURL": root + Permalink.overlaps,
        ]
    }

    private func narrativeContext(_ page: NarrativePage) -> [String: Any] {
        let path = Permalink.page(page.slug)
        return [
            "pageTitle": page.title,
            "description": Self.metaDescription(page.summary, HTML.firstParagraphText(bodies.pages[page.slug] ?? ""), page.title),
            "breadcrumbs": crumbs(path, [(page.title, nil)]),
            "page": ["title": page.title, "bodyHTML": bodies.pages[page.slug] ?? "", "summary": page.summary ?? "", "hasSummary": page.summary != nil],
        ]
    }
}
