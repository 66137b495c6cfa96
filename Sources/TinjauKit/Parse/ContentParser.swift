import Foundation
import Yams

/// Stage 2: parses the loaded files into the content model. YAML goes through
/// Yams (composed to a `Node` first, so every value keeps its line and column),
/// Markdown through libcmark. Every file is parsed even when an earlier one
/// failed, so that one build reports all problems. The fields each kind of file
/// knows come from ``FieldCatalog``.
public struct ContentParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses `files` (as returned by ``ContentLoader``).
    /// - Parameter cache: results of an earlier build to reuse for files whose bytes did not change
    ///   (``ParseCache``); every file parsed or reused is recorded in it.
    /// - Returns: the content (nil when `tinjau.yml` is missing or unusable) and every diagnostic.
    public func parse(_ files: [SourceFile], cache: ParseCache? = nil) -> (content: ReviewContent?, diagnostics: [Diagnostic]) {
        guard let reviewFile = files.first(where: { $0.kind == .review }) else { return (nil, []) }
        let log = DiagnosticCollector()
        let config = parseReview(reviewFile, log: log)
        var dimensions = Dimension.builtIn
        let dimensionsFile = files.first(where: { $0.kind == .dimensions })
        if let file = dimensionsFile {
            dimensions = parseDimensions(file, log: log)
        }
        // A programme is read against the dimensions: its cache key includes what they were read from.
        let dimensionsKey = Self.dimensionsKey(files)
        var opds: [OPD] = []
        var programs: [Program] = []
        var pages: [NarrativePage] = []
        let knownDimensions = dimensions
        // Programmes' bodies wait for the render stage in one store (a scratch file past a few
        // megabytes; ``MarkdownSource/keep(in:digested:)``), not as 100 000 strings: the cache's, where its
        // entries keep them between builds, else one for this build.
        let bodies = cache?.bodies ?? BodyStore()
        // Files are independent: parse them on all cores (each with its own collector), then collect
        // in file order. A file taken from the cache says so (`taken`): its entry is kept for the
        // next build in one step once all are parsed.
        let parsed = Parallel.map(files) { file in
            parseFile(file, dimensions: knownDimensions, dimensionsKey: dimensionsKey, cache: cache, bodies: bodies)
        }
        cache?.keep(zip(files, parsed).compactMap { file, result in result.taken ? file.path : nil })
        for (item, found, _) in parsed {
            log.add(found)
            switch item {
            case .opd(let opd?): opds.append(opd)
            case .program(let program?): programs.append(program)
            case .page(let page?): pages.append(page)
            default: break
            }
        }
        guard let config else { return (nil, log.diagnostics) }
        var content = ReviewContent(config: config, dimensions: dimensions, opds: opds, programs: programs, pages: pages, filesRead: files.count)
        content.translations = parseTranslations(files, config: config, log: log)
        return (content, log.diagnostics)
    }

    /// One OPD's, programme's or page's file as parsed (`nil` inside when it had errors); `.none` for
    /// any other file.
    enum ParsedFile: Sendable {
        case opd(OPD?)
        case program(Program?)
        case page(NarrativePage?)
        case none
    }

    /// Parses one OPD's, programme's or page's file against `dimensions` (read from what
    /// `dimensionsKey` names), or takes its result from `cache` when the cache holds it under the
    /// file's key (`taken`: not yet kept for the next build, ``ParseCache/keep(_:)``); a file
    /// parsed is recorded in `cache`. A programme's body text is moved to `bodies` (digested when
    /// there is a cache: the body memo's key). Any other file gives `.none`.
    func parseFile(
        _ file: SourceFile, dimensions: [Dimension], dimensionsKey: String, cache: ParseCache?, bodies: BodyStore
    ) -> (item: ParsedFile, diagnostics: [Diagnostic], taken: Bool) {
        guard let key = Self.cacheKey(of: file, dimensionsKey: dimensionsKey) else { return (.none, [], false) }
        if let cache, let entry = cache.earlier(file.path, key: key) {
            switch entry.item {
            case .opd(let opd): return (.opd(opd), entry.diagnostics, true)
            case .program(let program): return (.program(program), entry.diagnostics, true)
            case .page(let page): return (.page(page), entry.diagnostics, true)
            }
        }
        // The loader reads an elided file after all when the cache does not hold it
        // (``ContentLoader/readElided(_:unless:)``): never parse its empty bytes.
        if file.isElided {
            return (.none, [Diagnostic(.fileUnreadable(ElidedFileError()), at: SourceLocation(path: file.path))], false)
        }
        let found = DiagnosticCollector()
        let item: ParsedFile
        let cached: ParseCache.Item
        switch file.kind {
        case .opd(let slug):
            let opd = parseOPD(file, slug: slug, log: found)
            (item, cached) = (.opd(opd), .opd(opd))
        case .program(let opd, let slug):
            var program = parseProgram(file, opd: opd, slug: slug, dimensions: dimensions, log: found)
            // The cache holds the programme with its body text in the store (2 KB a programme,
            // 200 MB at 100 000 held by `tinjau serve` between builds as strings).
            // With a cache (serve), the text's digest too: the body memo's key, without reading it back.
            program?.body.keep(in: bodies, digested: cache != nil)
            (item, cached) = (.program(program), .program(program))
        case .page(let slug):
            let page = parsePage(file, slug: slug, log: found)
            (item, cached) = (.page(page), .page(page))
        case .review, .dimensions, .archive, .translation: return (.none, [], false)
        }
        cache?.record(file.path, ParseCache.Entry(key: key, item: cached, diagnostics: found.diagnostics))
        return (item, found.diagnostics, false)
    }

    /// What a programme's cache key says about the dimensions it is read against: the SHA-256 of
    /// `dimensi.yml` among `files`, or `bawaan` (built in) without one.
    static func dimensionsKey(_ files: [SourceFile]) -> String {
        files.first(where: { $0.kind == .dimensions }).map(\.digestOfBytes.hex) ?? "bawaan"
    }

    /// The ``ParseCache`` key of an OPD's, programme's or page's file (its kind, slugs and bytes'
    /// SHA-256, and for a programme `dimensionsKey`), or `nil` for any other file.
    static func cacheKey(of file: SourceFile, dimensionsKey: String) -> Digest? {
        let texts: [String]
        switch file.kind {
        case .opd(let slug): texts = ["opd", slug]
        case .program(let opd, let slug): texts = ["program", opd, slug, dimensionsKey]
        case .page(let slug): texts = ["page", slug]
        case .review, .dimensions, .archive, .translation: return nil
        }
        var key = ContentHash.Parts()
        for text in texts { key.add(text) }
        key.add(file.digestOfBytes)
        return key.value()
    }

    /// The error behind the diagnostic for a file the loader left unread whose parsed value the
    /// cache did not hold (a fault of tinjau's: ``ContentLoader/readElided(_:unless:)`` reads those).
    struct ElidedFileError: Error, CustomStringConvertible {
        var description: String { "berkas tidak terbaca ulang (kesalahan tinjau: simpan berkas ini sekali lagi, atau mulai ulang `tinjau serve`)" }
    }

    // MARK: - Shared steps

    /// Composes a YAML document; `ok` is false (with diagnostics in `log`) when it cannot. Anchors,
    /// tags and aliases, which YAML drops from values, are reported here for the whole document.
    func compose(_ yaml: String, path: String, lineOffset: Int, log: DiagnosticCollector) -> (ok: Bool, node: Node?, lines: YAMLLines) {
        let lines = YAMLLines(yaml)
        do {
            // The basic resolver: tinjau reads every value from its literal text, so YAML 1.1 implicit typing
            // (yes → true, 0755 → octal), and the regular expressions it runs on every scalar, are not needed.
            // UTF-8 named, not Yams' `Parser.Encoding.default`: that reads the process environment
            // (`YAMS_DEFAULT_ENCODING`) on every call, 1,5 % of a build of 10 000 programmes, and it is
            // UTF-8 on every platform tinjau builds for.
            let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            if let node { log.add(YAMLPropertyCheck.diagnostics(node, lines: lines, path: path, lineOffset: lineOffset)) }
            return (true, node, lines)
        } catch let error as YamlError {
            // A no-break space (U+00A0, typed by Word, WhatsApp or a web page) looks like a space but is
            // not one to YAML; YAML's own message then points somewhere confusing, so it is left out.
            let yamlDiagnostics = YAMLErrorDiagnostics.diagnostics(for: error, path: path, lineOffset: lineOffset, yaml: yaml)
            let firstProblem = yamlDiagnostics.map(\.location.line).min() ?? Int.max
            for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard lineOffset + index + 1 <= firstProblem,
                    let column = line.firstIndex(of: "\u{00A0}").map({ line.distance(from: line.startIndex, to: $0) + 1 })
                else { continue }
                log.report(.noBreakSpace, at: SourceLocation(path: path, line: lineOffset + index + 1, column: column))
                return (false, nil, lines)
            }
            log.add(yamlDiagnostics)
            return (false, nil, lines)
        } catch {
            log.report(.unreadableYAML(error), at: SourceLocation(path: path, line: lineOffset + 1, column: 1))
            return (false, nil, lines)
        }
    }

    /// Decodes a Markdown file of `kind` and splits its front matter; nil (with diagnostics in `log`)
    /// on failure.
    func frontMatter(_ file: SourceFile, _ kind: FrontMatterKind, log: DiagnosticCollector) -> (document: FrontMatterDocument, reader: YAMLReader)? {
        frontMatter(file, mapping: .frontMatter(kind), log: log)
    }

    /// Decodes a Markdown file whose front matter is `mapping` and splits its front matter; nil (with
    /// diagnostics in `log`) on failure.
    func frontMatter(_ file: SourceFile, mapping: YAMLMapping, log: DiagnosticCollector) -> (document: FrontMatterDocument, reader: YAMLReader)? {
        let source: SourceText
        switch SourceText.decode(file.bytes, path: file.path) {
        case .success(let s): source = s
        case .failure(let d):
            log.add(d)
            return nil
        }
        let document: FrontMatterDocument
        switch FrontMatterSplitter.split(source) {
        case .success(let d): document = d
        case .failure(let d):
            log.add(d)
            return nil
        }
        let lineOffset = document.yamlFirstLine - 1
        let composed = compose(document.yaml, path: file.path, lineOffset: lineOffset, log: log)
        guard composed.ok else { return nil }
        // A translation may translate the body alone: its front matter has no required field.
        if composed.node == nil, case .translation = mapping {
            return (document, YAMLReader(node: nil, path: file.path, lineOffset: lineOffset, lines: composed.lines, mapping: mapping, log: log))
        }
        if composed.node == nil {
            log.report(.emptyFrontMatter, at: SourceLocation(path: file.path, line: 1, column: 1))
            return nil
        }
        return (
            document,
            YAMLReader(node: composed.node, path: file.path, lineOffset: lineOffset, lines: composed.lines, mapping: mapping, log: log)
        )
    }
}
