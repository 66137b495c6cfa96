import Foundation

/// Prints the time of each stage on standard error when `TINJAU_TIMING` is set (for profiling):
/// `tinjau: tahap <stage>: <seconds> dtk; RSS <MiB>, puncak <MiB>`.
public struct StageTimer: Sendable {
    private let enabled = ProcessInfo.processInfo.environment["TINJAU_TIMING"] != nil
    private var last = ContinuousClock.now

    /// A timer whose first lap starts now.
    public init() {}

    /// Prints the time since the last lap (or since the timer was made) as `stage`'s, when enabled.
    public mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
        FileHandle.standardError.write(Data("tinjau: tahap \(stage): \(String(format: "%.3f", seconds)) dtk\(Self.memory)\n".utf8))
        last = now
    }

    /// `; RSS 120 MiB, puncak 130 MiB` from /proc/self/status (Linux), or nothing elsewhere.
    static var memory: String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        func field(_ name: String) -> Int? {
            status.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .flatMap { Int($0.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "") }
        }
        guard let rss = field("VmRSS"), let peak = field("VmHWM") else { return "" }
        return "; RSS \(rss / 1024) MiB, puncak \(peak / 1024) MiB"
    }
}

/// Where a build reads and writes.
public struct BuildOptions: Sendable {
    /// The content folder (default `content`).
    public var contentDirectory: String
    /// The project's theme folder (default `templates`), laid over the embedded default theme file
    /// by file; it may be missing unless ``templatesDirectoryRequired``.
    public var templatesDirectory: String
    /// Whether the theme folder must exist: `true` when it was named (`--templates DIR`), so that a
    /// mistyped name is an error rather than a quiet fall-back to the embedded theme.
    public var templatesDirectoryRequired: Bool
    /// The output folder (default `output`).
    public var outputDirectory: String
    /// What to make besides the pages (search index, preview images, PDF); none by default.
    public var extras: SiteExtras

    /// Creates options; the defaults are the top-level folders of a tinjau project.
    public init(
        contentDirectory: String = "content", templatesDirectory: String = "templates", templatesDirectoryRequired: Bool = false,
        outputDirectory: String = "output", extras: SiteExtras = SiteExtras()
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.templatesDirectoryRequired = templatesDirectoryRequired
        self.outputDirectory = outputDirectory
        self.extras = extras
    }
}

/// What a successful check or build produced.
public struct BuildReport: Sendable {
    /// Source files found in the content folder (`tinjau serve` reads only those that changed since
    /// it last read them).
    public var filesRead: Int
    /// Programmes in the review.
    public var programCount: Int
    /// Files of the site (pages and assets); 0 for a check.
    public var filesWritten: Int
    /// HTML pages among them.
    public var pagesWritten: Int
    /// Warnings and notes (errors make the build throw instead).
    public var diagnostics: [Diagnostic]
    /// The scores, for callers that want them (tests, `--verbose`).
    public var aggregates: Aggregates?
    /// The content.
    public var content: ReviewContent?
    /// What the writer changed (`build` only).
    public var written: OutputWriter.Report?
    /// One line per extra the build made (`indeks pencarian: 84 halaman (pagefind 1.5.2)`), for the summary.
    public var extras: [String] = []
    /// Pages kept from the previous build without being rendered, their template and view model
    /// unchanged (``PageReuse``).
    public var pagesKept = 0
    /// Of ``pagesKept``, the pages kept by the key of their inputs alone (``PageInputs``), without
    /// their view model being built.
    public var pagesKeptByInputs = 0
}

/// The pipeline: load → parse → validate → aggregate → render → write, each
/// stage a type of its own (`ContentLoader`, `ContentParser`, `ContentValidator`,
/// `ScoreAggregator`, `TemplateLoader` + `SiteRenderer`, `OutputWriter`).
/// Every stage runs even when an earlier file had errors, so that one run
/// reports all of them; nothing is written unless there are no errors.
public struct SiteBuilder: Sendable {
    /// The file system every stage uses.
    public var fileSystem: any FileSystem
    /// The theme under the project's theme folder: tinjau's embedded default theme.
    public var baseTheme: [ThemeFile]
    /// The programs behind ``SiteExtras`` (Pagefind, `rsvg-convert`, Chromium), found only when a
    /// build asks for an extra.
    public var tools: PublishingTools
    /// What a long-running process keeps between builds (``BuildMemory``), or `nil` for one build.
    public var memory: BuildMemory?

    /// Creates a builder over `fileSystem` (``LocalFileSystem`` in the CLI) with `baseTheme` under
    /// the project's theme folder (by default ``EmbeddedTheme/files``) and `tools` for the extras
    /// (by default the programs installed on this machine).
    public init(
        fileSystem: any FileSystem = LocalFileSystem(), baseTheme: [ThemeFile] = EmbeddedTheme.files,
        tools: PublishingTools = .live()
    ) {
        self.fileSystem = fileSystem
        self.baseTheme = baseTheme
        self.tools = tools
        MemoryTrim.configure()
    }

    /// The result of every stage before rendering: the content with its bodies rendered, the scores,
    /// the theme, and every diagnostic (warnings only; errors throw).
    public struct Analysis: Sendable {
        /// The validated content.
        public var content: ReviewContent
        /// Every number of the review.
        public var aggregates: Aggregates
        /// The Markdown bodies rendered to HTML.
        public var bodies: RenderedBodies
        /// The theme.
        public var templates: TemplateSet
        /// Warnings and notes, sorted for the report.
        public var diagnostics: [Diagnostic]
        /// Source files found (`tinjau serve` reads only those that changed since it last read them).
        public var filesRead: Int
        /// The archived reviews (`content/arsip/<year>.json`), newest first.
        public var archives: [ArchivedReview] = []
        /// What the pages are made from, per source file (``PageInputs``).
        public var inputs: PageInputs?
        /// serve: the validated content for the next build's ``ContentMemo``.
        var contentMemo: ContentMemo?
    }

    /// Runs load, parse, validate, aggregate and the Markdown bodies.
    /// - Parameter parseCache: earlier parse results to reuse for unchanged files (``ParseCache``).
    /// - Throws: ``BuildFailure`` with every diagnostic when any is an error.
    public func analyse(_ options: BuildOptions, parseCache: ParseCache? = nil) throws -> Analysis {
        var timer = StageTimer()
        var diagnostics: [Diagnostic] = []
        // The files' bytes are needed only by the parser: keep the loader's result in this scope alone.
        var sourcePaths: Set<String> = []
        var fileDigests: [PageInputs.FileDigest] = []
        // serve: the content of the last build, when only programmes' files changed since (``ContentMemo``).
        var reused: (content: ReviewContent, parseDiagnostics: [Diagnostic], validationDiagnostics: [Diagnostic], next: ContentMemo)?
        // serve: what the memo for the next build records of the files.
        var memoSource: (key: ContentMemo.Key, programFiles: [String: Digest])?
        let (parsed, filesRead, archiveFiles): ((content: ReviewContent?, diagnostics: [Diagnostic]), Int, [(SourceFile, Int)]) = {
            let loader = ContentLoader(fileSystem: fileSystem)
            // Files are left unread as unchanged only where a parse cache can stand for them.
            var loaded = loader.load(from: options.contentDirectory, known: parseCache == nil ? nil : memory?.sources)
            diagnostics += loaded.diagnostics
            fileDigests = PageInputs.digests(of: loaded.files)
            // serve: the content memo's key of these files, made once for the look-up and the next memo.
            var memoKey = parseCache != nil && memory != nil ? ContentMemo.key(of: loaded.files, digests: fileDigests) : nil
            if let parseCache, let memoKey, let memo = memory?.content {
                reused = memo.reused(for: loaded.files, digests: fileDigests, key: memoKey, cache: parseCache)
            }
            // serve: a file left unread as unchanged is read after all when its parsed value is not cached.
            if let parseCache, reused == nil {
                let dimensionsKey = ContentParser.dimensionsKey(loaded.files)
                let again = loader.readElided(loaded.files) { file in
                    ContentParser.cacheKey(of: file, dimensionsKey: dimensionsKey).map { parseCache.holds(file.path, key: $0) } ?? false
                }
                // The files read after all are digested as they are now (one may have changed since).
                if again.files.lazy.filter(\.isElided).count != loaded.files.lazy.filter(\.isElided).count {
                    fileDigests = PageInputs.digests(of: again.files)
                    memoKey = ContentMemo.key(of: again.files, digests: fileDigests)
                }
                loaded.files = again.files
                diagnostics += again.diagnostics
            }
            timer.lap("load")
            let archives = loaded.files.compactMap { file -> (SourceFile, Int)? in
                if case .archive(let year) = file.kind { return (file, year) } else { return nil }
            }
            for file in loaded.files {
                switch file.kind {
                case .opd, .program, .page: sourcePaths.insert(file.path)
                default: break
                }
            }
            if let reused { return ((reused.content, reused.parseDiagnostics), loaded.files.count, archives) }
            if let memoKey { memoSource = ContentMemo.source(of: loaded.files, digests: fileDigests, key: memoKey) }
            return (ContentParser().parse(loaded.files, cache: parseCache), loaded.files.count, archives)
        }()
        diagnostics += parsed.diagnostics
        // The files' bytes and the YAML parser's nodes are freed: give their pages back before the
        // aggregates are made (at 100 000 programmes, 500 MB of the process's memory).
        MemoryTrim.now()
        timer.lap("parse")
        var templateLoader = TemplateLoader(fileSystem: fileSystem, base: baseTheme)
        templateLoader.memo = memory?.templates
        let (templates, templateDiagnostics) = templateLoader.load(
            from: options.templatesDirectory, folderRequired: options.templatesDirectoryRequired)
        diagnostics += templateDiagnostics
        diagnostics += Self.checkFolders(options)
        // Archives are read, never parsed or aggregated again (ArchiveCodec).
        let decoded = Parallel.map(archiveFiles) { file, year in ArchiveCodec.decode(file.bytes, path: file.path, year: year) }
        diagnostics += decoded.flatMap(\.1)
        let archives = decoded.compactMap(\.0).sorted { $0.year > $1.year }
        timer.lap("archives")
        guard let parsedContent = parsed.content else { throw BuildFailure(diagnostics.sortedForReport()) }
        // The memo's content is validated already, and the validator reads no body.
        var (content, validation) = reused.map { ($0.content, $0.validationDiagnostics) } ?? ContentValidator().validate(parsedContent)
        let contentMemo =
            reused?.next
            ?? memoSource.map {
                ContentMemo(
                    source: $0, parsed: parsedContent, content: content, parseDiagnostics: parsed.diagnostics,
                    validationDiagnostics: validation)
            }
        diagnostics += validation
        diagnostics += ArchiveValidator().validate(content, archives: archives)
        timer.lap("validate")
        let inputs = templates.map { PageInputs(fileDigests, theme: $0, extras: options.extras.flags) }
        let aggregated: AggregateMemo
        if let memo = memory?.aggregated, let inputs, memo.outline == inputs.outline {
            // Only programmes' bodies changed since the last build (serve): the scores are those.
            aggregated = memo
        } else {
            memory?.aggregated = nil
            var aggregator = ScoreAggregator(settings: content.config.scoring)
            // serve: an edit of what overlap detection does not read (a target, a budget) keeps its result.
            aggregator.overlapMemo = memory?.overlaps
            var (aggregates, aggregateDiagnostics) = aggregator.aggregate(content)
            let years = YearOverYearAggregator().aggregate(content, aggregates: aggregates, archives: archives)
            aggregates.history = years.history
            aggregates.changes = years.changes
            aggregated = AggregateMemo(outline: inputs?.outline ?? "", aggregates: aggregates, diagnostics: aggregateDiagnostics + years.diagnostics)
            if inputs != nil { memory?.aggregated = aggregated }
        }
        let aggregates = aggregated.aggregates
        diagnostics += aggregated.diagnostics
        MemoryTrim.now()
        timer.lap("aggregate")
        guard let templates else { throw BuildFailure(diagnostics.sortedForReport()) }
        // The region's logo is a file of the theme's assets, copied with them.
        if let logo = content.config.logo, !templates.assets.contains(where: { $0.path == logo }) {
            let nearest = Suggestion.nearest(logo, among: templates.assets.map(\.path))
            diagnostics.append(Diagnostic(.logoMissing(logo, nearest: nearest), at: content.config.location(of: "logo")))
        }
        // Every language of the site needs the theme's interface texts in it.
        for language in content.config.languages where templates.translations[language] == nil {
            diagnostics.append(
                Diagnostic(
                    .languageMissing(language, available: templates.translations.keys.sorted()),
                    at: content.config.location(of: "bahasa." + language)))
        }
        // Links may lead to the archived sites too.
        var sitePaths = Set(templates.assets.map(\.path))
        if !archives.isEmpty { sitePaths.insert(Permalink.archives) }
        for archive in archives {
            sitePaths.formUnion(
                SiteRenderer.pagePaths(archive.content, aggregates: archive.aggregates)
                    .filter { $0 != Permalink.notFound }.map { Permalink.archive(archive.year) + $0 })
        }
        let languages = content.config.languages.isEmpty ? [Edition.defaultLanguage] : content.config.languages
        var bodies = BodyRenderer(contentDirectory: options.contentDirectory, extraSitePaths: sitePaths, texts: templates.texts(languages[0]))
        bodies.sourceFiles = sourcePaths
        for language in languages.dropFirst() { bodies.editionTexts[language] = templates.texts(language) }
        if let memory, let inputs {
            // serve: the bodies of the last build, where neither they nor what they read changed.
            bodies.memo = memory.bodies ?? BodyMemo()
            bodies.outline = inputs.outline
            memory.bodies = nil
        }
        let (rendered, bodyDiagnostics) = bodies.render(content, aggregates: aggregates)
        if let memo = bodies.memo { memory?.bodies = memo.next() }
        diagnostics += bodyDiagnostics
        // The pages take the rendered bodies: the programmes' Markdown is not read again.
        content.releaseProgramBodies()
        MemoryTrim.now()
        timer.lap("markdown")
        guard !diagnostics.hasErrors else { throw BuildFailure(diagnostics.sortedForReport()) }
        return Analysis(
            content: content, aggregates: aggregates, bodies: rendered, templates: templates,
            diagnostics: diagnostics.sortedForReport(), filesRead: filesRead, archives: archives,
            inputs: inputs, contentMemo: contentMemo)
    }

    /// Runs every stage but the writer and returns the files that would be written (the whole
    /// site in memory: for tests and the fuzzer).
    /// - Throws: ``BuildFailure`` with every diagnostic when any is an error.
    public func prepare(_ options: BuildOptions) throws -> (files: [OutputFile], report: BuildReport) {
        var analysis = try analyse(options)
        let extras = try Extras(options, analysis: analysis, tools: tools)
        analysis.diagnostics = (analysis.diagnostics + extras.diagnostics).sortedForReport()
        var files: [OutputFile] = []
        let made = try publish(analysis, options, extras: extras) { files += $0.map { $0.materialised() } }
        files.sort { $0.path < $1.path }
        return (files, report(analysis, files: files.map(\.path), written: nil, extras: made))
    }

    /// Checks everything, rendering every page without keeping or writing it (`tinjau check`).
    /// - Throws: ``BuildFailure`` with every diagnostic when any is an error.
    public func check(_ options: BuildOptions) throws -> BuildReport {
        let analysis = try analyse(options)
        var paths: [String] = []
        try SiteRenderer(analysis).render { paths += $0.map(\.path) }
        return report(analysis, files: paths, written: nil)
    }

    /// Builds the site into `options.outputDirectory`, streaming pages to the writer as they are
    /// rendered, and replaces the output only on success.
    /// - Parameters:
    ///   - failOnWarnings: when `true` (`--strict`), warnings stop the build before anything is written.
    ///   - force: when `true` (`--force`), build even if no input changed since the last build, and
    ///     render every page again instead of keeping those the records say are unchanged.
    ///   - early: `tinjau serve`: pages to render and hand over before the rest of the site
    ///     (``EarlyPages``); `nil` for none.
    /// - Throws: ``BuildFailure`` with every diagnostic; the previous output is then untouched.
    @discardableResult
    public func build(_ options: BuildOptions, failOnWarnings: Bool = false, force: Bool = false, early: EarlyPages? = nil) throws
        -> BuildReport
    {
        // Nothing read has changed since the last clean build into this folder: stop before parsing.
        var opening = StageTimer()
        // The cache file the last build left for later (serve) is written before anything reads it.
        memory?.saveCache()
        let digest = InputDigest.compute(options, fileSystem: fileSystem, baseTheme: baseTheme, known: memory?.sources)
        // What the digest saw serves this build's loader alone.
        defer { memory?.sources.endLook() }
        opening.lap("input digest")
        // Only the marker is read here: listing the whole output would cost as much as the check saves.
        if !force, let digest, Self.checkFolders(options).isEmpty,
            let marker = OutputWriter.markerFields(in: options.outputDirectory, fileSystem: fileSystem),
            marker["input"] == digest,
            BuildCache.writtenByThisTinjau(for: options.outputDirectory, fileSystem: fileSystem),
            let warnings = recordedWarnings(marker, digest: digest, output: options.outputDirectory),
            !(failOnWarnings && !warnings.isEmpty),
            let files = marker["files"].flatMap(Int.init), let pages = marker["pages"].flatMap(Int.init),
            let programs = marker["programs"].flatMap(Int.init), let read = marker["read"].flatMap(Int.init)
        {
            return BuildReport(
                filesRead: read, programCount: programs, filesWritten: files, pagesWritten: pages, diagnostics: warnings,
                aggregates: nil, content: nil, written: OutputWriter.Report(written: 0, unchanged: files, removed: 0))
        }
        // The cache of the last build: in memory (serve), else beside the output.
        var (cache, cacheDiagnostics) =
            memory?.cache.map { ($0, []) }
            ?? BuildCache.load(for: options.outputDirectory, fileSystem: fileSystem)
        opening.lap("cache")
        // Parsed files are kept only where they can be reused: in memory, taken out of it so that
        // this build's parse cache is their one holder (``BuildMemory/takeParse()``).
        cache.parse = [:]
        let parseCache = memory.map { memory in
            let taken = memory.takeParse()
            return ParseCache(previous: taken.entries, bodies: taken.bodies ?? BodyStore())
        }
        var succeeded = false
        defer {
            // A failed build gives the parsed files back as it took them, for the next.
            if !succeeded, let parseCache { memory?.giveBackParse(parseCache.surviving(), bodies: parseCache.bodies) }
        }
        var analysis = try analyse(options, parseCache: parseCache)
        // The content's and theme's warnings, recorded for a later build that stops early.
        let contentWarnings = analysis.diagnostics.filter { $0.severity == .warning }
        analysis.diagnostics = (analysis.diagnostics + cacheDiagnostics).sortedForReport()
        var timer = StageTimer()
        // The extras' programs are looked up before anything is written: a missing one is a warning.
        let extras = try Extras(options, analysis: analysis, tools: tools)
        analysis.diagnostics = (analysis.diagnostics + extras.diagnostics).sortedForReport()
        if failOnWarnings && analysis.diagnostics.contains(where: { $0.severity == .warning }) { throw BuildFailure(analysis.diagnostics) }
        let renderer = SiteRenderer(analysis, features: extras.features)
        // serve: the pages open in a browser first, before the output is even listed, when the theme
        // is the last build's (its assets, which those pages load, are then the ones the output holds).
        let theme = memory.map { _ in ThemeKey.of(analysis.templates) }
        if let early, !early.paths.isEmpty, let theme, memory?.theme == theme {
            early.deliver(try renderer.renderPages(at: early.paths))
            timer.lap("early pages")
        }
        // Pages whose template and view model are those the output's copy was made from are kept
        // as they are. Not with search or the PDF, which read every page as it is rendered, and not
        // with `--force`, which renders every page again (whatever the records say).
        let reusable =
            !force && !cache.pages.build.isEmpty && !extras.features.search && !extras.features.pdf
            && OutputWriter.markerFields(in: options.outputDirectory, fileSystem: fileSystem)?["input"] == cache.pages.build
        let session = try OutputWriter.Session(writer: OutputWriter(fileSystem: fileSystem), root: options.outputDirectory, stampsFiles: reusable)
        let reuse = PageReuse(
            previous: reusable ? cache.pages : PageRecords(),
            inputs: analysis.inputs,
            available: { [session] in session.holds($0) },
            // Stamped as the session listed the output: no second look-up of every page's path.
            stamp: { [session] in session.listedStamp($0) })
        // Every edition has the first's pages but the 404 page, which only the first has.
        let firstEdition = renderer.pages().count
        let pageCount =
            firstEdition + (renderer.editions.count - 1) * (firstEdition - 1)
            + renderer.archives.map { SiteRenderer.pagePaths($0.content, aggregates: $0.aggregates).count - 1 }.reduce(0, +)
        session.markerFields = [
            "input": digest ?? "-", "programs": String(analysis.content.programs.count), "pages": String(pageCount),
            "read": String(analysis.filesRead),
            "warnings": String(analysis.diagnostics.filter { $0.severity == .warning }.count),
        ]
        var paths: [String] = []
        let made: Made
        do {
            made = try publish(analysis, options, extras: extras, reuse: reuse) { files in
                if files.first?.path.hasPrefix("assets/") == true {
                    MemoryTrim.now()
                    timer.lap("pages")
                }
                paths += files.map(\.path)
                // Compare and write each batch on all cores.
                let errors = Parallel.map(files) { file -> BuildFailure? in
                    do {
                        try session.add(file)
                        return nil
                    } catch let failure as BuildFailure { return failure } catch {
                        return BuildFailure([Diagnostic(.outputWriteFailed(error), at: SourceLocation(path: options.outputDirectory))])
                    }
                }
                if let failure = errors.compactMap({ $0 }).first { throw failure }
            }
        } catch {
            session.abandon()
            throw error
        }
        session.markerFields["files"] = String(paths.count)
        session.markerFields["warnings"] = String((analysis.diagnostics + made.diagnostics).filter { $0.severity == .warning }.count)
        let written = try session.finish()
        timer.lap("finish")
        var newCache = BuildCache()
        if let parseCache {
            (newCache.parse, newCache.parseBodies) = parseCache.kept()
            // The content memo's bodies are in the parse cache's store: not when it moved them to a new one.
            memory?.content = newCache.parseBodies === parseCache.bodies ? analysis.contentMemo : nil
        }
        newCache.warnings = contentWarnings
        if let digest {
            // Each page's file as this build left it: a later hand edit makes the page rendered again.
            let fingerprints = reuse.fingerprints
            let data = reuse.dataFiles
            // A kept file keeps the stamp this build checked it had; only the files written are asked for theirs.
            var stamps = reuse.keptStamps
            for path in Array(fingerprints.keys) + data where stamps[path] == nil {
                if let stamp = fileSystem.stamp(options.outputDirectory + "/" + path) { stamps[path] = stamp }
            }
            newCache.pages = PageRecords(
                build: digest, fingerprints: fingerprints, stamps: stamps, keys: reuse.keys,
                outline: analysis.inputs?.outline ?? "", dataOutline: analysis.inputs?.dataOutline ?? "", programs: analysis.inputs?.programs ?? [:],
                data: data)
        }
        if let memory, memory.savesCacheLater {
            memory.leaveUnsaved(newCache, output: options.outputDirectory, fileSystem: fileSystem)
        } else {
            newCache.save(for: options.outputDirectory, fileSystem: fileSystem)
        }
        memory?.cache = newCache
        memory?.theme = theme
        timer.lap("assets, data and extras")
        succeeded = true
        var result = report(analysis, files: paths, written: written, extras: made)
        result.pagesKept = reuse.kept
        result.pagesKeptByInputs = reuse.keptByInputs
        return result
    }

    /// The warnings the build that wrote the output (marker `marker`, input digest `digest`) reported,
    /// for a build that stops early because nothing changed: none when the marker counts none, else
    /// those the cache beside the output recorded for that build, and `nil` (build again) when the
    /// cache holds other or fewer warnings than the marker counts (a warning of the extras, such as
    /// a missing program, is not recorded: installing the program must not leave the build stopped).
    private func recordedWarnings(_ marker: [String: String], digest: String, output: String) -> [Diagnostic]? {
        guard let count = marker["warnings"].flatMap(Int.init) else { return nil }
        if count == 0 { return [] }
        let cache = BuildCache.load(for: output, fileSystem: fileSystem).cache
        guard cache.pages.build == digest, cache.warnings.count == count else { return nil }
        return cache.warnings
    }

    private func report(_ analysis: Analysis, files: [String], written: OutputWriter.Report?, extras: Made? = nil) -> BuildReport {
        BuildReport(
            filesRead: analysis.filesRead, programCount: analysis.content.programs.count, filesWritten: files.count,
            pagesWritten: files.filter { $0.hasSuffix(".html") }.count,
            diagnostics: (analysis.diagnostics + (extras?.diagnostics ?? [])).sortedForReport(),
            aggregates: analysis.aggregates, content: analysis.content, written: written, extras: extras?.lines ?? [])
    }

    /// Refuses an output folder that is, or contains, the content or theme folder:
    /// replacing it would delete the sources.
    static func checkFolders(_ options: BuildOptions, currentDirectory: String = FileManager.default.currentDirectoryPath) -> [Diagnostic] {
        func absolute(_ path: String) -> String { Paths.absolute(path, in: currentDirectory) }
        func overlaps(_ a: String, _ b: String) -> Bool { a == b || a.hasPrefix(b == "/" ? "/" : b + "/") || b.hasPrefix(a == "/" ? "/" : a + "/") }
        let output = absolute(options.outputDirectory)
        let siblings = OutputWriter.siblings(of: output)
        var result: [Diagnostic] = []
        for (folder, isTemplates) in [(options.contentDirectory, false), (options.templatesDirectory, true)] {
            let source = absolute(folder)
            if [output, siblings.staging, siblings.previous, siblings.cache].contains(where: { overlaps($0, source) }) {
                result.append(
                    Diagnostic(
                        .outputOverlapsSource(options.outputDirectory, folder: folder, templates: isTemplates),
                        at: SourceLocation(path: options.outputDirectory)))
            }
        }
        return result
    }
}
