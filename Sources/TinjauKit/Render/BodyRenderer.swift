import Foundation
import SwiftCSV

/// Renders every Markdown body once all permalinks are known: resolves and
/// checks internal links (tinjau's built-in link checker), turns
/// ```` ```chart ```` and ```` ```csv ```` blocks into charts and accessible
/// tables, and warns about GitHub-flavoured syntax CommonMark does not render.
///
/// Link rules (docs/content-format.md, "Links"): a destination ending in `.md`
/// names a content file, relative to the current file or, with a leading `/`,
/// to the content folder; it is rewritten to the page's relative permalink.
/// Any other destination without a scheme must name a page or asset of the
/// generated site. A link that resolves to nothing is an error.
public struct BodyRenderer: Sendable {
    /// The content folder as given to the loader (to turn source paths into content paths).
    public var contentDirectory: String
    /// Site paths besides pages (theme assets), relative to the output root.
    public var extraSitePaths: Set<String>
    /// The interface texts of charts in bodies (``Translations``; the theme's, in the pipeline).
    public var texts: Translations
    /// Every OPD, programme and page file the loader found (source paths), also those the parser
    /// could not read: a link to one of those is not reported as broken, since the file's own errors
    /// say what to fix (and "did you mean" another file would mislead).
    public var sourceFiles: Set<String> = []
    /// The interface texts of every other edition's language (`en`), for the charts and live values
    /// of translated bodies; a language without texts uses ``texts``.
    public var editionTexts: [String: Translations] = [:]

    /// Bodies rendered by an earlier build, taken instead of being rendered again where their
    /// inputs are the same (``BodyMemo``; `tinjau serve`), or `nil`.
    public var memo: BodyMemo?
    /// The outline of this build's inputs (``PageInputs/outline``), with which ``memo`` keys the
    /// bodies that may read the review's scores or texts; unused without a memo.
    public var outline = ""

    /// Creates a body renderer; `texts` are the theme's interface texts, for charts.
    public init(contentDirectory: String, extraSitePaths: Set<String> = [], texts: Translations = EmbeddedTheme.texts) {
        self.contentDirectory = Paths.trimmed(contentDirectory)
        self.extraSitePaths = extraSitePaths
        self.texts = texts
    }

    /// Renders the bodies of every OPD, programme and page of `content`.
    /// - Returns: the rendered bodies (kept apart from the content model), and the diagnostics
    ///   (broken links are errors).
    public func render(_ content: ReviewContent, aggregates: Aggregates) -> (RenderedBodies, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Each content file's permalink, in the content's order (a later file of the same path wins).
        var linked: [(path: String, permalink: String)] = []
        linked.reserveCapacity(content.opds.count + content.programs.count + content.pages.count)
        for opd in content.opds { linked.append((contentPath(opd.sourcePath), Permalink.opd(opd.slug))) }
        for program in content.programs { linked.append((contentPath(program.sourcePath), Permalink.program(program))) }
        for page in content.pages { linked.append((contentPath(page.sourcePath), Permalink.page(page.slug))) }
        let byContentPath = Dictionary(linked, uniquingKeysWith: { _, later in later })
        let pagePaths = SiteRenderer.pagePaths(content, aggregates: aggregates)
        var sitePaths = extraSitePaths.union(pagePaths)
        sitePaths.formUnion(byContentPath.values)
        let unreadable = Set(sourceFiles.map(contentPath)).subtracting(byContentPath.keys)
        memo?.adopt(structure: structure(allowRawHTML: content.config.allowRawHTML, linked: linked, pages: pagePaths, unreadable: unreadable))
        let job = Job(
            renderer: self, markdown: MarkdownRenderer(allowRawHTML: content.config.allowRawHTML),
            charts: ChartBuilder(content: content, aggregates: aggregates, texts: texts),
            values: LiveValues(content: content, aggregates: aggregates, format: SiteFormat(texts), texts: texts), table: byContentPath,
            site: sitePaths, unreadable: unreadable, edition: "", memo: memo)
        // Bodies are independent: render them on all cores and collect diagnostics in content order.
        let opdResults = Parallel.map(content.opds) { job.render($0.body, page: Permalink.opd($0.slug)) }
        var bodies = RenderedBodies()
        bodies.opds.reserveCapacity(content.opds.count)
        for (opd, result) in zip(content.opds, opdResults) { bodies.opds[opd.slug] = result.html }
        diagnostics += opdResults.flatMap(\.diagnostics)
        if let memo {
            // With a memo, the programmes' bodies stay where the memo keeps them: a body rendered
            // before is one place copied, not its HTML read back and written again (at 10 000
            // programmes, a third of a rebuild's Markdown stage).
            bodies.programs = BodyTexts(sharing: memo.store)
            bodies.programs.reserveCapacity(content.programs.count)
            let results = Parallel.map(content.programs) { job.stored($0.body, page: Permalink.program($0), in: memo) }
            // The bodies taken from the memo are kept for the next build in one step, not one
            // locked insertion per body while the others wait.
            memo.keep(results.compactMap(\.taken))
            for (program, result) in zip(content.programs, results) { bodies.programs.setPlace(result.place, for: program.id) }
            diagnostics += results.flatMap(\.diagnostics)
        } else {
            bodies.programs.reserveCapacity(content.programs.count)
            // A few thousand programmes at a time, each part's HTML stored (``BodyTexts``) before the next
            // is rendered: all of them at once were the size of the store again.
            var start = 0
            while start < content.programs.count {
                let part = content.programs[start..<min(start + 4096, content.programs.count)]
                let results = Parallel.map(Array(part)) { job.render($0.body, page: Permalink.program($0)) }
                for (program, result) in zip(part, results) { bodies.programs[program.id] = result.html }
                diagnostics += results.flatMap(\.diagnostics)
                start = part.endIndex
            }
        }
        for page in content.pages {
            let rendered = job.render(page.body, page: Permalink.page(page.slug))
            bodies.pages[page.slug] = rendered.html
            diagnostics += rendered.diagnostics
            // The printable review embeds every narrative page, at another depth: its links need their
            // own rewriting (its diagnostics repeat the page's and are dropped).
            // In the printable review a page sits under an h3, so its `##` headings become h4.
            bodies.printPages[page.slug] = job.render(page.body, page: Permalink.print, headingOffset: 2).html
        }
        for language in content.translations.keys.sorted() {
            guard let translation = content.translations[language] else { continue }
            let (translated, found) = renderTranslation(translation, of: content, aggregates: aggregates, sitePaths: sitePaths, table: byContentPath)
            if bodies.translations == nil { bodies.translations = [:] }
            bodies.translations?[language] = translated
            diagnostics += found
        }
        return (bodies, diagnostics)
    }

    /// The SHA-256 (64 hexadecimal digits) of what every body's rendering reads besides its own text
    /// and place (``BodyMemo``): the content folder, whether raw HTML is kept, each content file's
    /// path and permalink (`.md` links) in the content's order, the site's pages in the order
    /// written and its other paths (``extraSitePaths``, sorted), which together are every path a
    /// link may name, and the content files that could not be read. In order rather than sorted:
    /// the same content gives the same order, and 10 000 programmes' paths are not sorted again
    /// for every rebuild (a different order only renders the bodies again).
    func structure(allowRawHTML: Bool, linked: [(path: String, permalink: String)], pages: [String], unreadable: Set<String>) -> String {
        var key = ContentHash.Parts()
        for part in ["body-structure-1", contentDirectory, allowRawHTML ? "html" : "safe"] { key.add(part) }
        key.add(linked.count)
        for (path, permalink) in linked {
            key.add(path)
            key.add(permalink)
        }
        for group in [pages, extraSitePaths.sorted(), unreadable.sorted()] {
            key.add(group.count)
            for path in group { key.add(path) }
        }
        return key.digest()
    }

    /// The bodies of the translation files of one language, rendered like the originals but with the
    /// edition's number formats, chart texts and dimension names; a translation without a body has
    /// none here (the edition shows the original's).
    func renderTranslation(
        _ translation: ContentTranslation, of content: ReviewContent, aggregates: Aggregates, sitePaths: Set<String>,
        table: [String: String]
    ) -> (RenderedBodies, [Diagnostic]) {
        let texts = editionTexts[translation.language] ?? texts
        let format = SiteFormat(texts)
        let translated = SiteRenderer.translated(content, into: texts, translation: translation)
        let job = Job(
            renderer: self, markdown: MarkdownRenderer(allowRawHTML: content.config.allowRawHTML),
            charts: ChartBuilder(content: translated, aggregates: aggregates, texts: texts, format: format),
            values: LiveValues(content: translated, aggregates: aggregates, format: format, texts: texts), table: table, site: sitePaths,
            unreadable: Set(sourceFiles.map(contentPath)).subtracting(table.keys), edition: translation.language, memo: memo)
        var bodies = RenderedBodies()
        var diagnostics: [Diagnostic] = []
        let programs = content.programs.compactMap { program in translation.programs[program.id].map { (program, $0) } }
            .filter { !$0.1.body.text.isEmpty }
        let results = Parallel.map(programs) { job.render($0.1.body, page: Permalink.program($0.0)) }
        for ((program, _), result) in zip(programs, results) { bodies.programs[program.id] = result.html }
        diagnostics += results.flatMap(\.diagnostics)
        for opd in content.opds {
            guard let text = translation.opds[opd.slug], !text.body.text.isEmpty else { continue }
            let result = job.render(text.body, page: Permalink.opd(opd.slug))
            bodies.opds[opd.slug] = result.html
            diagnostics += result.diagnostics
        }
        for page in content.pages {
            guard let text = translation.pages[page.slug], !text.body.text.isEmpty else { continue }
            let result = job.render(text.body, page: Permalink.page(page.slug))
            bodies.pages[page.slug] = result.html
            diagnostics += result.diagnostics
            bodies.printPages[page.slug] = job.render(text.body, page: Permalink.print, headingOffset: 2).html
        }
        return (bodies, diagnostics)
    }

    /// Everything one body needs, shared read-only by all threads.
    struct Job: Sendable {
        let renderer: BodyRenderer
        let markdown: MarkdownRenderer
        let charts: ChartBuilder
        let values: LiveValues
        let table: [String: String]
        let site: Set<String>
        /// Content files that exist but were not read (their errors are reported where they are).
        let unreadable: Set<String>
        /// The language of the edition whose bodies this job renders (`""`: the review's own).
        let edition: String
        /// Earlier results to take (``BodyMemo``), or `nil`.
        let memo: BodyMemo?

        func render(_ body: MarkdownSource, page: String, headingOffset: Int = 0) -> (html: String, diagnostics: [Diagnostic]) {
            guard let memo else { return rendered(body, page: page, headingOffset: headingOffset) }
            var body = body
            let key = memoKey(&body, page: page, headingOffset: headingOffset)
            if let result = memo.result(for: key) { return result }
            let result = rendered(body, page: page, headingOffset: headingOffset)
            memo.record(result, for: key)
            return result
        }

        /// ``render(_:page:headingOffset:)`` through `memo`, answering where the HTML is in the memo's
        /// store (``BodyMemo/store``) rather than the HTML: a body rendered before is not read back.
        /// A body taken from the memo is not yet kept for the next build: `taken` names it, for
        /// ``BodyMemo/keep(_:)``.
        func stored(_ body: MarkdownSource, page: String, in memo: BodyMemo) -> (
            place: BodyStore.Place, diagnostics: [Diagnostic], taken: (key: Digest, entry: BodyMemo.Entry)?
        ) {
            var body = body
            let key = memoKey(&body, page: page, headingOffset: 0)
            if let entry = memo.earlier(key) { return (entry.html, entry.diagnostics, (key, entry)) }
            let result = rendered(body, page: page, headingOffset: 0)
            return (memo.record(result, for: key).html, result.diagnostics, nil)
        }

        /// The key of `body`'s rendering in a ``BodyMemo``. A programme's body kept with its digest
        /// (serve's parse) is keyed without reading its text; any other body's text is read here, once
        /// (`body` then holds it), for the key and the rendering.
        private func memoKey(_ body: inout MarkdownSource, page: String, headingOffset: Int) -> Digest {
            let text =
                body.textDigest.map { "sha256 " + $0.hex }
                ?? {
                    body.text = body.text
                    return "text " + body.text
                }()
            // A body that may read the review is rendered again whenever the outline changed.
            let reads = body.readsReview ?? MarkdownSource.mayReadReview(body.text)
            return ContentHash.digest(
                parts: [edition, page, String(headingOffset), body.path, String(body.firstLine), text, reads ? "outline " + renderer.outline : "-"])
        }

        private func rendered(_ body: MarkdownSource, page: String, headingOffset: Int) -> (html: String, diagnostics: [Diagnostic]) {
            let log = DiagnosticCollector()
            var chartCount = 0
            let result = markdown.render(
                body,
                link: { url, location, isImage in
                    renderer.resolve(
                        url, from: body, page: page, at: location, isImage: isImage, table: table, site: site, unreadable: unreadable,
                        log: log)
                },
                block: { info, text, location in
                    switch info {
                    case "chart":
                        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
                        chartCount += 1
                        guard let svg = charts.chart(named: name, id: "grafik-\(chartCount)")?.svg else {
                            log.report(.unknownChart(name), at: location)
                            return ""
                        }
                        return "<figure class=\"chart-figure\">\n\(svg)\n</figure>\n"
                    case "csv":
                        return renderer.csvTable(text, at: location, log: log)
                    default:
                        return nil
                    }
                },
                text: { literal, location in
                    values.substitute(literal, at: location, log: log)
                }, headingOffset: headingOffset)
            return (result.html, log.diagnostics + result.diagnostics)
        }
    }

    /// A source path relative to the content folder.
    func contentPath(_ sourcePath: String) -> String {
        sourcePath.hasPrefix(contentDirectory + "/") ? String(sourcePath.dropFirst(contentDirectory.count + 1)) : sourcePath
    }

    /// The relative path from the folder `folder` to the file `target` (both relative to the content root).
    static func relative(from folder: String, to target: String) -> String {
        let from = folder.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count && common < to.count - 1 && from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }

    /// Resolves `.` and `..` in a `/`-separated path; `nil` when it climbs above the root (``Paths/resolved(_:)``).
    static func normalise(_ path: String) -> String? {
        Paths.resolved(path)
    }

    func resolve(
        _ url: String, from body: MarkdownSource, page: String, at location: SourceLocation, isImage: Bool,
        table: [String: String], site: Set<String>, unreadable: Set<String> = [], log: DiagnosticCollector
    ) -> LinkDecision {
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("//") { return .keep }
        if let colon = url.firstIndex(of: ":"), url[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }),
            url[..<colon].first?.isLetter == true
        {
            return .keep  // has a scheme: http:, mailto:, …; unsafe ones are emptied by libcmark
        }
        var path = url
        var suffix = ""
        if let hash = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[hash...])
            path = String(path[..<hash])
        }
        path = path.removingPercentEncoding ?? path
        let root = Permalink.root(from: page)
        if path.lowercased().hasSuffix(".md") {
            let folder = contentPath(body.path).split(separator: "/").dropLast().joined(separator: "/")
            let joined = path.hasPrefix("/") ? path : (folder.isEmpty ? path : folder + "/" + path)
            if let target = Self.normalise(joined), let permalink = table[target] {
                return .rewrite(root + permalink + suffix)
            }
            if let target = Self.normalise(joined), unreadable.contains(target) { return .keep }
            let nearest = Suggestion.nearest(Self.normalise(joined) ?? path, among: table.keys.sorted())
            log.report(.brokenContentLink(url, isImage: isImage, nearest: nearest.map { Self.relative(from: folder, to: $0) }), at: location)
            return .keep
        }
        let pageFolder = page.split(separator: "/").dropLast().joined(separator: "/")
        let joined = path.hasPrefix("/") ? path : (pageFolder.isEmpty ? path : pageFolder + "/" + path)
        if var target = Self.normalise(joined) {
            if target.isEmpty || path.hasSuffix("/") { target += target.isEmpty ? "index.html" : "/index.html" }
            if site.contains(target) { return path.hasPrefix("/") ? .rewrite(root + target + suffix) : .keep }
            if site.contains(target + "/index.html") { return .rewrite(root + target + "/index.html" + suffix) }
        }
        log.report(.brokenSiteLink(url, isImage: isImage), at: location)
        return .keep
    }

    /// An accessible HTML table from CSV text: the first row is the header.
    func csvTable(_ text: String, at location: SourceLocation, log: DiagnosticCollector) -> String {
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            log.report(.csvUnreadable(error), at: location)
            return ""
        }
        guard !csv.header.isEmpty else { return "" }
        for (index, row) in csv.rows.enumerated() where row.count != csv.header.count {
            log.report(
                .csvColumns(row.count, expected: csv.header.count),
                at: SourceLocation(path: location.path, line: location.line + index + 2, column: 1))
        }
        func isNumber(_ s: String) -> Bool {
            let t = s.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && t.allSatisfy { $0.isNumber || ".,%-".contains($0) || $0 == "R" || $0 == "p" } && t.contains(where: \.isNumber)
        }
        var html = "<div class=\"table-scroll\" role=\"region\" aria-label=\"Tabel\" tabindex=\"0\">\n<table class=\"data-table\">\n<thead><tr>"
        for cell in csv.header { html += "<th scope=\"col\">\(HTML.escape(cell))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in csv.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0 {
                    html += "<th scope=\"row\">\(HTML.escape(cell))</th>"
                } else {
                    html += isNumber(cell) ? "<td class=\"num\">\(HTML.escape(cell))</td>" : "<td>\(HTML.escape(cell))</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }
}

/// The Markdown bodies rendered to HTML, kept apart from the content model: by OPD
/// slug, programme id (`opd/slug`) and page slug.
public struct RenderedBodies: Sendable, Codable, Hashable {
    /// OPD descriptions by slug.
    public var opds: [String: String] = [:]
    /// Programme bodies by id, in a store that moves to a scratch file when large (``BodyTexts``).
    public var programs = BodyTexts()
    /// Narrative pages by slug.
    public var pages: [String: String] = [:]
    /// Narrative pages as embedded in the printable review (`cetak/`), whose relative links and
    /// heading levels differ.
    public var printPages: [String: String] = [:]
    /// The bodies of translation files by language code (`en`), rendered with the edition's number
    /// formats; `nil` when there are none (an archive never has any).
    public var translations: [String: RenderedBodies]?

    /// No bodies.
    public init() {}
}

/// Bodies rendered by the previous build of a long-running process (`tinjau serve`), each with its
/// diagnostics, keyed by the SHA-256 of the body's text, source place, page, heading offset and
/// edition, and, for a body that may read the review (``MarkdownSource/mayReadReview(_:)``: a
/// chart, a CSV block, a live value), the outline of the inputs (``PageInputs/outline``: the
/// scores it shows, the interface texts). Every body's links depend on the site's permalinks, so
/// the memo is valid only for the same ``structure`` (``BodyRenderer/structure(allowRawHTML:linked:pages:unreadable:)``):
/// the renderer forgets the entries of another one (``adopt(structure:)``). A body never depends
/// on another programme's body. So a rebuild after one programme's text changed renders that body
/// alone, and one after a programme's front matter changed (a target, a status) renders that body
/// and the bodies with charts or live values. Thread-safe once adopted.
public final class BodyMemo: @unchecked Sendable {
    /// The digest of the permalinks and link rules the bodies were rendered with (empty: none yet).
    public private(set) var structure: String
    /// One remembered body: where its HTML is in ``store`` and what rendering it reported.
    struct Entry: Sendable {
        var html: BodyStore.Place
        var diagnostics: [Diagnostic]
    }
    /// The HTML of every body remembered, shared with the memos that follow this one (it grows by the
    /// bodies rendered again, a few kilobytes an edit, until ``next()`` copies the bodies still used
    /// to a new one). Held as bytes that move to a scratch
    /// file, like ``BodyTexts``: the bodies of 100 000 programmes held as strings were 230 MB of
    /// `tinjau serve`'s memory between builds.
    let store: BodyStore
    private var previous: [Digest: Entry]
    private var current: [Digest: Entry] = [:]
    private let lock = NSLock()

    /// A memo holding no results, for bodies rendered with the permalinks of `structure`.
    public convenience init(structure: String = "") {
        self.init(structure: structure, store: BodyStore(), previous: [:])
    }

    private init(structure: String, store: BodyStore, previous: [Digest: Entry]) {
        self.structure = structure
        self.store = store
        self.previous = previous
    }

    /// Makes the memo one for bodies rendered with the permalinks of `structure`: the earlier
    /// results are forgotten when they were rendered with others. Called before any look-up, on
    /// one thread (``BodyRenderer/render(_:aggregates:)`` does).
    func adopt(structure: String) {
        lock.withLock {
            guard structure != self.structure else { return }
            self.structure = structure
            previous = [:]
            current = [:]
        }
    }

    /// The bytes of the store behind this memo (the bodies it remembers, and those of earlier builds
    /// not yet dropped by ``next()``).
    var storedBytes: Int { store.byteCount }

    /// The earlier result for `key`, recorded for the next build too, or `nil`.
    func result(for key: Digest) -> (html: String, diagnostics: [Diagnostic])? {
        entry(for: key).map { (store.text($0.html), $0.diagnostics) }
    }

    /// The earlier result for `key` as where its HTML is in ``store``, not recorded for the next
    /// build (``keep(_:)`` does that), or `nil`.
    func earlier(_ key: Digest) -> Entry? { previous[key] }

    /// Records the earlier results `taken` (from ``earlier(_:)``) for the next build too.
    func keep(_ taken: [(key: Digest, entry: Entry)]) {
        lock.withLock {
            current.reserveCapacity(current.count + taken.count)
            for (key, entry) in taken { current[key] = entry }
        }
    }

    /// ``result(for:)`` as where the HTML is in ``store``, not read.
    func entry(for key: Digest) -> Entry? {
        guard let entry = previous[key] else { return nil }
        lock.withLock { current[key] = entry }
        return entry
    }

    /// Records a body rendered in this build; returns where its HTML now is in ``store``.
    @discardableResult
    func record(_ result: (html: String, diagnostics: [Diagnostic]), for key: Digest) -> Entry {
        let entry = Entry(html: store.append(result.html), diagnostics: result.diagnostics)
        lock.withLock { current[key] = entry }
        return entry
    }

    /// The memo for the next build: this build's results alone. The bytes of
    /// bodies that are gone stay in the shared store until they are more than half of it (and past
    /// ``BodyStore/spillThreshold``); the bodies still used are then copied to a new store.
    public func next() -> BodyMemo {
        let kept = lock.withLock { current }
        let used = kept.values.reduce(0) { $0 + $1.html.length }
        guard store.isMostlyUnused(used: used) else {
            return BodyMemo(structure: structure, store: store, previous: kept)
        }
        let fresh = BodyStore(spillThreshold: store.threshold)
        let moved = kept.mapValues { Entry(html: fresh.append(store.text($0.html)), diagnostics: $0.diagnostics) }
        return BodyMemo(structure: structure, store: fresh, previous: moved)
    }
}
