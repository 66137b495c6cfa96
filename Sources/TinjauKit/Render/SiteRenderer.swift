import Foundation
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
    public var content: ReviewContent {
        didSet {
            titleOrder = TitleOrder()
            opdPreviewAlts = OPDPreviewAlts()
        }
    }
    /// The reading order of ``content``'s programmes, made once (``byTitle(_:)``).
    var titleOrder = TitleOrder()
    /// Each OPD's link-preview description, made once (``preview(for:)``); made again after any
    /// property it reads is set.
    var opdPreviewAlts = OPDPreviewAlts()
    /// Every number of the review.
    public var aggregates: Aggregates {
        didSet { opdPreviewAlts = OPDPreviewAlts() }
    }
    /// The Markdown bodies rendered to HTML.
    public var bodies: RenderedBodies
    /// The theme.
    public var templates: TemplateSet {
        didSet { opdPreviewAlts = OPDPreviewAlts() }
    }
    /// The language edition this renderer renders (``Edition``): the review's first language at the
    /// site's root unless set otherwise by ``edition(_:)``.
    public internal(set) var edition: Edition {
        didSet { opdPreviewAlts = OPDPreviewAlts() }
    }
    /// The number and date formats of the edition's language (``SiteFormat``, from the theme's
    /// `i18n/<lang>.yml`).
    public internal(set) var format: SiteFormat {
        didSet { opdPreviewAlts = OPDPreviewAlts() }
    }
    /// The interface texts of the edition's language (``Translations``).
    var texts: Translations { templates.texts(edition.language) }

    /// A status as the pages name it (`status.<status>` of the theme's texts: `Berjalan`).
    func statusLabel(_ status: ProgramStatus) -> String { texts.text("status." + status.rawValue) }
    /// A programme term as the pages name it (`term.<term>`: `Jangka pendek`).
    func termLabel(_ term: ProgramTerm) -> String { texts.text("term." + term.rawValue) }
    /// An indicator direction as the pages explain it (`direction.<direction>`).
    func directionLabel(_ direction: IndicatorDirection) -> String { texts.text("direction." + direction.rawValue) }
    /// A scoring method as the pages name it (`method.<method>`: `Realisasi program`).
    func methodLabel(_ method: ScoringMethod) -> String { texts.text("method." + method.rawValue) }
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
    /// What the pages were made from, per source file (``PageInputs``): with ``reuse``, a programme
    /// page whose inputs are unchanged is kept without building its view model. `nil` builds every
    /// view model.
    public var inputs: PageInputs?

    /// Creates a renderer.
    public init(
        content: ReviewContent, aggregates: Aggregates, bodies: RenderedBodies = RenderedBodies(), templates: TemplateSet,
        features: SiteFeatures = SiteFeatures(), archives: [ArchivedReview] = []
    ) {
        self.content = content
        self.aggregates = aggregates
        self.bodies = bodies
        self.templates = templates
        self.features = features
        self.archives = archives.sorted { $0.year > $1.year }
        let primary = content.config.languages.first ?? Edition.defaultLanguage
        self.edition = Edition(language: primary, prefix: "")
        self.format = SiteFormat(templates.texts(primary))
    }

    /// Creates a renderer for the result of ``SiteBuilder/analyse(_:)``.
    public init(_ analysis: SiteBuilder.Analysis, features: SiteFeatures = SiteFeatures()) {
        self.init(
            content: analysis.content, aggregates: analysis.aggregates, bodies: analysis.bodies, templates: analysis.templates,
            features: features, archives: analysis.archives)
    }

    /// What a scope without a score says, in `texts`: `score.no_programmes` ("belum ada program") when it
    /// has no planned programme (never 0 %), `score.no_measurements` ("belum ada capaian indikator") when
    /// it has programmes but none of their indicators is measured.
    static func emptyText(_ entry: ScoreEntry?, texts: Translations = EmbeddedTheme.texts) -> String {
        texts.text((entry?.planned ?? 0) == 0 ? "score.no_programmes" : "score.no_measurements")
    }

    /// The path of every page the renderer writes for `content` (with `features`), in the order written (with
    /// `aggregates`, the page of changes since the previous review when there is one).
    public static func pagePaths(_ content: ReviewContent, aggregates: Aggregates? = nil, features: SiteFeatures = SiteFeatures()) -> [String] {
        pages(content, aggregates: aggregates, features: features).map(\.path)
    }

    /// Every page of the site with its permalink, in the order written: those of ``pages(_:aggregates:features:)``,
    /// the list of archives when there are archives, and no 404 page in an archived site or another
    /// language's edition (the site's own serves every address).
    func pages() -> PageList {
        // The 404 page is served at any address: one, in the review's language, at the site's root.
        PageList(
            content, aggregates: aggregates, features: features, notFound: archive == nil && !isTranslatedEdition,
            archiveList: archive == nil && !archives.isEmpty)
    }

    /// Every page of the site with its permalink, in the order written (``PageList``).
    static func pages(_ content: ReviewContent, aggregates: Aggregates? = nil, features: SiteFeatures = SiteFeatures()) -> PageList {
        PageList(content, aggregates: aggregates, features: features)
    }

    /// The paths of the pages the search index holds: programmes, OPDs, dimensions, narrative
    /// pages and the analyses (each page marks its main content with `data-pagefind-body`), in every
    /// edition.
    public static func searchedPaths(_ content: ReviewContent) -> Set<String> {
        let paths = pages(content).filter { searchKind($0.kind) != nil }.map(\.path)
        // Every edition's pages: Pagefind keeps one index per `<html lang>`, and each edition's search
        // page searches its own language.
        let editions = content.config.languages.dropFirst().map { $0 + "/" }
        return Set(paths + editions.flatMap { prefix in paths.map { prefix + $0 } })
    }

    /// What a search result calls a page of this kind (`data-pagefind-meta="jenis:…"`), or `nil`
    /// for a page the index leaves out (home, lists, methodology, data, print, search, 404), in `texts`.
    static func searchKind(_ kind: PageKind, texts: Translations = EmbeddedTheme.texts) -> String? {
        switch kind {
        case .program: texts.text("renderer.program")
        case .opd: texts.text("renderer.opd")
        case .dimension: texts.text("renderer.dimensi")
        case .page: texts.text("renderer.halaman")
        case .overlaps, .delays, .capacity, .budget: texts.text("renderer.analisis")
        default: nil
        }
    }

    var charts: ChartBuilder { ChartBuilder(content: content, aggregates: aggregates, texts: texts, format: format) }

    /// Every page and asset of the site, sorted by path (the whole site in memory: for tests and
    /// `tinjau check`; `tinjau build` streams with ``render(emit:)``).
    /// - Throws: ``BuildFailure`` when a template renders to nothing.
    public func render() throws -> [OutputFile] {
        var files: [OutputFile] = []
        try render { files += $0.map { $0.materialised() } }
        return files.sorted { $0.path < $1.path }
    }

    /// Renders the site and hands the files to `emit` a batch at a time, in a fixed order (pages in
    /// ``pages(_:)`` order, then assets and data files). Pages are rendered on all cores, and at most
    /// one batch of pages is held in memory.
    /// - Throws: ``BuildFailure`` when a template renders to nothing, or what `emit` throws.
    public func render(batchSize: Int = 256, emit: ([OutputFile]) throws -> Void) throws {
        try renderPages(batchSize: batchSize, emit: emit)
        // Every other language's edition under its folder (`en/`): the same pages, one set of data files.
        for edition in editions.dropFirst() { try rendering(edition).renderPages(batchSize: batchSize, emit: emit) }
        let archived = archives.map { archive in
            var site = SiteRenderer(archived: archive, templates: templates, siteBaseURL: content.config.baseURL)
            site.reuse = reuse
            return site
        }
        for site in archived { try site.renderPages(batchSize: batchSize, emit: emit) }
        try emit(templates.assets.map { OutputFile(path: $0.path, bytes: $0.bytes) })
        // The data files show no programme body and use no template: with the content's outline
        // unchanged they are kept as they are.
        if let reuse, let kept = reuse.keptDataFiles() {
            try emit(kept.map(OutputFile.kept))
        } else {
            var paths: [String] = []
            try DataExporter(content: content, aggregates: aggregates).write { files in
                paths += files.map(\.path)
                try emit(files)
            }
            reuse?.recordDataFiles(paths)
        }
        try emit(publishingFiles() + FrontMatterSchema.files())
        for site in archived { try site.writeArchivedData(emit) }
    }

    /// Renders this site's pages (``pages()``), a batch at a time on all cores; an archived site's
    /// under its folder (`arsip/<year>/…`).
    /// - Throws: ``BuildFailure`` when a template renders to nothing, or what `emit` throws.
    func renderPages(batchSize: Int, emit: ([OutputFile]) throws -> Void) throws {
        // Each programme list is sorted and cut into pages once, not once per page, and only when
        // one of its pages is rendered.
        var kinds = pages()
        kinds.layouts = ProgramListLayouts()
        var start = 0
        while start < kinds.count {
            // A batch holds up to `batchSize` programme pages, but far fewer of the others: an OPD,
            // dimension, list or analysis page is 10 to 200 times a programme's page (the print page
            // of 10 000 programmes is 4 MB), and a batch of them held with their view models set the
            // build's peak memory.
            var end = start
            var weight = 0
            while end < kinds.count, weight < batchSize {
                weight += batchWeight(kinds.kind(at: end), batchSize: batchSize)
                end += 1
            }
            let batch = Array(kinds[start..<end])
            start = end
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
            // A large page's strings (the print page's 38 MB at 100 000 programmes, and the copies its
            // rendering made) are freed now: give their pages back, or the next batches' allocations
            // stack on top of them in other threads' arenas. Not after a batch whose pages were all
            // kept: nothing large was made, and each trim walks the whole heap (at 100 000
            // programmes, a serve rebuild's hundreds of kept OPD and list batches took a second).
            if batch.count < batchSize && files.contains(where: { !$0.isKept }) { MemoryTrim.now() }
        }
    }

    /// How many programme pages a page of any other kind counts for at least in a batch of
    /// ``renderPages(batchSize:emit:)``.
    static let largePageWeight = 32

    /// How many programme rows the pages of one batch list at most, about (see ``batchWeight(_:batchSize:)``).
    static let rowsPerBatch = 40_000

    /// How much of a batch of `batchSize` the page of `kind` takes: a programme page 1, any other at
    /// least ``largePageWeight``, and a page that lists programmes (the print report and the
    /// methodology list all, a dimension or OPD page its own, the delays page the delayed ones) in
    /// proportion to them, so that a batch lists at most about ``rowsPerBatch`` programmes. At 100 000
    /// programmes the print page is 38 MB and each dimension page 11 MB: eight of them in one batch
    /// were held together, with the view models of the two being rendered.
    func batchWeight(_ kind: PageKind, batchSize: Int) -> Int {
        let listed: Int
        switch kind {
        case .program: return 1
        case .print, .methodology: listed = content.programs.count
        case .dimension(let dimension): listed = aggregates.dimensions[dimension.id]?.planned ?? 0
        case .opd(let opd): listed = aggregates.opds[opd.slug]?.planned ?? 0
        case .delays: listed = aggregates.delays.programs.count
        default: listed = 0
        }
        return max(Self.largePageWeight, listed * batchSize / Self.rowsPerBatch)
    }

    /// One page: its view model with the shared pieces (``PageContext``), through its template.
    func renderPage(path: String, kind: PageKind) -> Result<OutputFile, Diagnostic> {
        let template = kind.template.rawValue
        // The previous build's string for the path where its records hold one (``PageReuse/recorded(_:)``).
        let outputPath = reuse?.recorded(pathPrefix + path) ?? pathPrefix + path
        if let reuse {
            // A programme page of this review depends on its own file; any other page (an archived
            // review's included) on the outline alone.
            var program: String?
            if archive == nil, case .program(let subject) = kind { program = subject.id }
            if reuse.keepByOutline(outputPath, program: program) { return .success(.kept(outputPath)) }
        }
        if let reuse, case .program(let program) = kind,
            let key = programPageKey(program, path: outputPath, template: templates.digest(of: template)),
            reuse.recordKey(outputPath, key: key)
        {
            return .success(.kept(outputPath))
        }
        let page = page(kind)
        var common = common(path: path, kind: kind)
        let config = content.config
        common.description = Self.metaDescription(page.metaDescription ?? common.description, config.description, config.title)
        let context = PageContext(page: page, common: common, texts: texts)
        if let reuse,
            reuse.record(
                outputPath,
                fingerprint: PageFingerprint.of(path: outputPath, template: templates.digest(of: template), context: context))
        {
            return .success(.kept(outputPath))
        }
        let library = templates.library(for: texts)
        guard let html = TemplateText.rendering(wrapped: !templates.textsAsStrings, { library.render(context, withTemplate: template) }) else {
            // TemplateLoader.requiredTemplates lists every template used here, so this is a safety net.
            return .failure(Diagnostic(.templateMissing(template), at: SourceLocation(path: template + texts.text("renderer.mustache"))))
        }
        return .success(Self.pageFile(outputPath, html))
    }

    /// A page of more than this many bytes is handed to the writer part by part (``pageFile(_:_:)``).
    static let largePageBytes = 4 << 20

    /// The output file of a rendered page: its bytes, or for a page larger than ``largePageBytes``
    /// (the print page of 100 000 programmes is 38 MB) a producer that hands the page's text over a
    /// mebibyte at a time, so that the text is not copied whole once more on its way to the disk.
    static func pageFile(_ path: String, _ html: String) -> OutputFile {
        let utf8 = html.utf8
        guard utf8.count > largePageBytes else { return OutputFile(path: path, bytes: Array(utf8)) }
        return OutputFile(
            path: path,
            producer: OutputFile.Producer { sink in
                var start = utf8.startIndex
                while start < utf8.endIndex {
                    let end = utf8.index(start, offsetBy: 1 << 20, limitedBy: utf8.endIndex) ?? utf8.endIndex
                    try sink(Array(utf8[start..<end]))
                    start = end
                }
            })
    }

    /// The longest `description` written (characters): what search engines and chat previews show.
    static let descriptionLimit = 200

    /// A page's `description` meta tag: the first of `candidates` that is not blank, on one line,
    /// cut at a word to at most ``descriptionLimit`` characters (with `…`). Never empty: the last
    /// candidate is the review's title, which the parser requires.
    static func metaDescription(_ candidates: String?...) -> String {
        for candidate in candidates {
            guard let candidate else { continue }
            let text = HTML.collapsingWhitespace(candidate)
            if !text.isEmpty { return cutDescription(text) }
        }
        return "tinjau"
    }

    /// `text`, already on one line and not blank (``HTML/collapsingWhitespace(_:)``), cut at a word to
    /// at most ``descriptionLimit`` characters (with `…`).
    static func cutDescription(_ text: String) -> String {
        guard text.count > descriptionLimit else { return text }
        let cut = text.prefix(descriptionLimit - 1)
        var word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        while let last = word.last, " ,;:.".contains(last) { word = word.dropLast() }
        return word + "…"
    }

    /// Where links of the 404 page start: the site's folder under `base_url` (percent-encoded), or
    /// the server root when `base_url` is not set.
    static func serverRoot(_ config: ReviewConfig) -> String {
        config.baseURL.map { SiteAddress.absolute(base: $0, path: "") } ?? "/"
    }
}
