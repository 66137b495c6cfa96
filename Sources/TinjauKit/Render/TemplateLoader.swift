import Crypto
import Foundation
import Mustache

/// The templates of a theme, loaded and checked, plus the static assets to copy.
public struct TemplateSet: Sendable {
    /// The Mustache templates, named by path without `.mustache` (`partials/header`).
    public var library: MustacheLibrary
    /// Static files under `templates/assets/`, relative to `templates/` (`assets/style.css`), with their bytes.
    public var assets: [(path: String, bytes: [UInt8])]
    /// Names of all templates, sorted.
    public var names: [String]
    /// Per template, the SHA-256 of its text and of every partial and parent it uses, directly or
    /// through others: a page made with a template is out of date exactly when this changes
    /// (``PageReuse``).
    public var digests: [String: String] = [:]
    /// The interface texts per language code, from `i18n/<lang>.yml` (``Translations``).
    public var translations: [String: Translations] = [:]
    /// The templates with each language's texts written in (``TemplateTextResolver``), by the
    /// digest of the language file (``Translations/digest``).
    var resolved: [String: MustacheLibrary] = [:]
    /// Whether a template may take a template's name from a text: it has a dynamic partial or
    /// parent (`{{>*name}}`, `{{<*name}}`), or a set-delimiter tag, behind which one cannot be told
    /// from the text (``TemplateLoader/TagScan``). swift-mustache reads such a name with `as? String`,
    /// so the renderer then hands texts over as `String`s, not as the faster ``TemplateText``.
    var textsAsStrings = true

    /// The templates to render pages that read `texts`: those with `texts` written in when they
    /// are this theme's texts of a language, else ``library``.
    func library(for texts: Translations) -> MustacheLibrary { resolved[texts.digest] ?? library }

    /// The texts of `language`, else of Indonesian, else none.
    func texts(_ language: String = "id") -> Translations {
        translations[language] ?? translations["id"] ?? .empty(language)
    }

    /// The digest of the template `name` with what it uses (see ``digests``).
    func digest(of name: String) -> String { digests[name] ?? "" }
}

/// Loads a theme: a folder (`templates/`) laid over a base theme (tinjau's embedded default
/// theme in the pipeline), file by file: a file of the folder replaces the base file of the same
/// path, templates, partials and assets alike, and every other base file stays. Every
/// `*.mustache` file is a template (named by its path without the extension); every file under
/// `assets/` is copied into the site.
///
/// swift-mustache renders a missing partial or parent, and a name it cannot find, as an empty
/// string; this loader refuses that instead: every `{{> name}}` and `{{< name}}` must name an
/// existing template, every template the site needs must exist, and every name a page's templates
/// use must be one its view model provides (``TemplateChecker``).
public struct TemplateLoader: Sendable {
    /// Templates the site renderer needs, one per kind of page (``PageKind/Template``).
    public static let requiredTemplates = PageKind.Template.allCases.map(\.rawValue)

    /// The file system to read.
    public var fileSystem: any FileSystem
    /// The theme under the folder (empty: the folder alone). Its files are reported in diagnostics
    /// under ``EmbeddedTheme/displayRoot``.
    public var base: [ThemeFile]

    /// The result of an earlier load from the same files, taken instead of parsing and checking them
    /// again (`tinjau serve`), or `nil`.
    public var memo: TemplateMemo?

    /// Creates a loader over `fileSystem` that lays the folder over `base` (by default nothing).
    public init(fileSystem: any FileSystem, base: [ThemeFile] = []) {
        self.fileSystem = fileSystem
        self.base = base
    }

    /// Loads `directory` over the base theme.
    /// - Parameter folderRequired: whether a missing folder is an error (`templates.missing`: a folder
    ///   named with `--templates`); when `false` a missing folder means the base theme alone.
    /// - Returns: the template set (nil on any error) and the diagnostics: Mustache syntax errors with
    ///   their line and column, references to missing partials or parents, missing required templates.
    public func load(from directory: String, folderRequired: Bool = true) -> (TemplateSet?, [Diagnostic]) {
        // `{{% CONTENT_TYPE: HTML}}` in a template selects tinjau's escaper, which escapes the same five
        // characters as swift-mustache's default but skips text that needs no escaping (most of it).
        MustacheContentTypes.register(FastHTMLContentType(), named: "HTML")
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        var diagnostics: [Diagnostic] = []
        // Relative path → (path shown in diagnostics, bytes): the base first, then the folder over it.
        var files: [String: (path: String, bytes: [UInt8])] = [:]
        for file in base { files[file.path] = (EmbeddedTheme.displayRoot + "/" + file.path, file.bytes) }
        if fileSystem.isDirectory(root) {
            let entries: [FileEntry]
            do { entries = try fileSystem.listRecursively(root) } catch {
                return (nil, [Diagnostic(.templatesUnreadable(error), at: SourceLocation(path: root))])
            }
            for entry in entries where !entry.relativePath.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = root + "/" + entry.relativePath
                if entry.kind == .symlink {
                    diagnostics.append(Diagnostic(.themeSymlink(entry.relativePath), at: SourceLocation(path: path)))
                    continue
                }
                guard entry.kind == .file else { continue }
                do { files[entry.relativePath] = (path, try fileSystem.read(path)) } catch {
                    diagnostics.append(Diagnostic(.themeFileUnreadable(error), at: SourceLocation(path: path)))
                }
            }
        } else if folderRequired || base.isEmpty {
            return (nil, [Diagnostic(.templatesMissing(root), at: SourceLocation(path: root))])
        }
        // The same files (paths and bytes) as the last load: the same templates and diagnostics.
        var key = SHA256()
        for (relativePath, file) in files.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
            for part in [Array(relativePath.utf8), Array(file.path.utf8)] {
                withUnsafeBytes(of: UInt64(part.count).littleEndian) { key.update(bufferPointer: $0) }
                key.update(data: part)
            }
            withUnsafeBytes(of: UInt64(file.bytes.count).littleEndian) { key.update(bufferPointer: $0) }
            key.update(data: file.bytes)
        }
        let filesKey = ContentHash.hex(key.finalize()) + " " + root
        if let memo, let result = memo.result(for: filesKey) { return (result.0, diagnostics + result.1) }
        let result = compile(files, root: root)
        memo?.record(result, for: filesKey)
        return (result.0, diagnostics + result.1)
    }

    /// Parses and checks the theme's files (relative path → path shown, bytes) found under `root`.
    private func compile(_ files: [String: (path: String, bytes: [UInt8])], root: String) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: (path: String, text: String)] = [:]
        var present: Set<String> = []  // every template file, including those that failed to parse
        var assets: [(String, [UInt8])] = []
        var translations: [String: Translations] = [:]
        var translationPaths: [String: String] = [:]
        var textsUnreadable = false
        for (relativePath, file) in files.sorted(by: { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }) {
            let path = file.path
            if relativePath.hasPrefix("assets/") {
                assets.append((relativePath, file.bytes))
            } else if relativePath.hasPrefix("i18n/") && relativePath.hasSuffix(".yml") && !relativePath.dropFirst(5).contains("/") {
                let language = String(relativePath.dropFirst(5).dropLast(4))
                let (read, problems) = Translations.read(file.bytes, path: path, language: language)
                diagnostics += problems
                textsUnreadable = textsUnreadable || read == nil
                if let read {
                    translations[language] = read
                    translationPaths[language] = path
                }
            } else if relativePath.hasSuffix(".mustache") {
                let text: String
                switch SourceText.decode(file.bytes, path: path) {
                case .success(let source): text = source.text
                case .failure(let d):
                    diagnostics.append(d)
                    continue
                }
                let name = String(relativePath.dropLast(".mustache".count))
                present.insert(name)
                do {
                    templates[name] = try MustacheTemplate(string: text)
                    sources[name] = (path, text)
                } catch let error as MustacheTemplate.ParserError {
                    // swift-mustache reports a section left open at the end of the file: point at its opening tag.
                    if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let open = Self.unclosedSection(in: text) {
                        diagnostics.append(
                            Diagnostic(
                                .templateSectionUnclosed(open.tag, name: open.name),
                                at: SourceLocation(path: path, line: open.line, column: open.column)))
                        continue
                    }
                    diagnostics.append(
                        Diagnostic(
                            .templateSyntax(Bilingual(Self.describe(error.error)), line: error.context.line.trimmingCharacters(in: .whitespaces)),
                            at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)))
                } catch {
                    diagnostics.append(Diagnostic(.templateUnparsable(error), at: SourceLocation(path: path)))
                }
            }
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in Self.references(in: source.text) where !present.contains(reference.name) {
                let nearest = Suggestion.nearest(reference.name, among: sources.keys.sorted())
                diagnostics.append(
                    Diagnostic(
                        .missingTemplateReference(reference.name, isParent: reference.isParent, in: name, root: root, nearest: nearest),
                        at: SourceLocation(path: source.path, line: reference.line, column: reference.column)))
            }
        }
        diagnostics += Self.cycles(in: sources)
        diagnostics += TemplateChecker(sources, translations: translations, translationPaths: translationPaths, textsUnreadable: textsUnreadable)
            .diagnostics()
        // Texts tinjau's code reads (not the templates): every language file must have them.
        for language in translations.keys.sorted() {
            guard let texts = translations[language], let path = translationPaths[language] else { continue }
            for key in Self.codeKeys where texts.texts[key] == nil {
                diagnostics.append(Diagnostic(.codeTextMissing(key, file: path), at: SourceLocation(path: path, line: 1, column: 1)))
            }
        }
        for required in Self.requiredTemplates where !present.contains(required) {
            diagnostics.append(Diagnostic(.requiredTemplateMissing(required), at: SourceLocation(path: root + "/" + required + ".mustache")))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        var set = TemplateSet(
            library: MustacheLibrary(templates: templates), assets: assets.sorted { $0.0 < $1.0 },
            names: sources.keys.sorted(),
            digests: Self.digests(of: sources.mapValues(\.text), translations: translations.values.map(\.digest)),
            translations: translations)
        for texts in translations.values {
            var written = templates
            for (name, text) in TemplateTextResolver.resolving(sources.mapValues(\.text), with: texts) where text != sources[name]?.text {
                // A template the checks passed parses with its texts written in too; if not, it stays as it is.
                if let template = try? MustacheTemplate(string: text) { written[name] = template }
            }
            set.resolved[texts.digest] = MustacheLibrary(templates: written)
        }
        set.textsAsStrings = sources.values.contains { source in
            let tags = TagScan(source.text)
            return tags.dynamicPartial || tags.setDelimiter
        }
        return (set, diagnostics)
    }

    /// The keys of the default theme's `i18n/id.yml` that no default template reads: those tinjau's code
    /// reads (``Translations/text(_:)``), which every language file must have. The groups a language
    /// may leave out, falling back to the content's or the code's own text, are not among them
    /// (`dimension_names`, `element_names`, `data_tables`).
    static let codeKeys: [String] = {
        guard let file = EmbeddedTheme.files.first(where: { $0.path == "i18n/id.yml" }),
            let texts = Translations.read(file.bytes, path: "i18n/id.yml", language: "id").0
        else { return [] }
        var used: Set<String> = []
        for template in EmbeddedTheme.files where template.path.hasSuffix(".mustache") {
            for tag in MustacheTokenizer.tags(in: String(decoding: template.bytes, as: UTF8.self)) where tag.name.hasPrefix("t.") {
                used.insert(String(tag.name.dropFirst(2)))
            }
        }
        let optional = ["dimension_names.", "element_names.", "data_tables."]
        return texts.texts.keys.filter { key in !used.contains(key) && !optional.contains { key.hasPrefix($0) } }.sorted()
    }()

    /// Templates that include themselves through partials or parents. swift-mustache would
    /// recurse until the stack overflows, so every cycle is an error, reported once at the
    /// reference that closes it.
    static func cycles(in sources: [String: (path: String, text: String)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        let graph = sources.mapValues { references(in: $0.text) }
        func visit(_ name: String, _ stack: [String]) {
            for reference in graph[name] ?? [] {
                if let start = stack.firstIndex(of: reference.name) {
                    let cycle = Array(stack[start...]) + [reference.name]
                    let key = cycle.dropLast().sorted().joined(separator: ",")
                    guard reported.insert(key).inserted, let source = sources[name] else { continue }
                    diagnostics.append(
                        Diagnostic(
                            .templateCycle(cycle.joined(separator: " → "), closedBy: reference.name, isParent: reference.isParent),
                            at: SourceLocation(path: source.path, line: reference.line, column: reference.column)))
                } else if graph[reference.name] != nil {
                    visit(reference.name, stack + [reference.name])
                }
            }
        }
        for name in graph.keys.sorted() { visit(name, [name]) }
        return diagnostics
    }

    /// Per template, the SHA-256 of the texts of the template and of every template it may reach
    /// through partials and parents (sorted by name). What a template may reach is over-approximated,
    /// never guessed short: the references found by ``references(in:)``; when its text has a tag that
    /// scan may misread (a set-delimiter tag, after which tags have other delimiters, a tag split
    /// over lines, or a `{{` inside another tag: ``TagScan/nestedOpening``), every other template whose
    /// name occurs anywhere in it as well; and every template
    /// when it has a dynamic partial or parent (`{{>*name}}`, `{{<*name}}`: the name comes from the data) or a set-delimiter
    /// tag (a dynamic partial with other delimiters cannot be told from text). A wrong guess costs a
    /// page rendered again, never a stale page; a guess too wide costs every page (a `<code>*.csv`
    /// read as a dynamic partial made every template depend on every other). The digests of the
    /// language files (`translations`) are part of every template's: a changed text re-renders every
    /// page.
    static func digests(of texts: [String: String], translations: [String] = []) -> [String: String] {
        let names = texts.keys.sorted()
        let uses = texts.mapValues { text -> Set<String> in
            let tags = TagScan(text)
            if tags.dynamicPartial || tags.setDelimiter { return Set(names) }
            let referenced = Set(references(in: text).map(\.name))
            return tags.splitOverLines || tags.nestedOpening ? referenced.union(names.filter { text.containsBytes($0) }) : referenced
        }
        var result: [String: String] = [:]
        for name in texts.keys {
            var reached: Set<String> = [name]
            var queue = [name]
            while let next = queue.popLast() {
                for used in uses[next] ?? [] where reached.insert(used).inserted { queue.append(used) }
            }
            result[name] = ContentHash.of(parts: reached.sorted().flatMap { [$0, texts[$0] ?? ""] } + translations.sorted())
        }
        return result
    }

    /// What a template's text holds that ``references(in:)`` cannot follow, found by looking at
    /// every `{{` with the whitespace swift-mustache skips after it (any Unicode white space, as
    /// `Character.isWhitespace`: newlines and no-break spaces included).
    struct TagScan {
        /// A dynamic partial or parent: `{{>*name}}` or `{{<*name}}`, white space allowed around the
        /// sigil; the template's name comes from the data.
        var dynamicPartial = false
        /// A set-delimiter tag: `{{=`.
        var setDelimiter = false
        /// A `{{` whose `}}` is not on the same line.
        var splitOverLines = false
        /// A `{{` inside another tag (between an earlier `{{` and its `}}`). The scan reads Unicode
        /// scalars and swift-mustache reads characters: after a prepend mark (U+0600 and the like) the
        /// first `{` belongs to the mark's character, and the engine reads text where the scan reads
        /// a tag. So every `{{` is looked at, and ``TemplateLoader/references(in:)``, which skips a
        /// tag whole, may have missed the one after it.
        var nestedOpening = false

        /// Scans `text` once: linear in its length (the next `}}` and line break are each found once).
        init(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            let count = scalars.count
            func skipSpace(_ from: Int) -> Int {
                var at = from
                while at < count, scalars[at].properties.isWhitespace { at += 1 }
                return at
            }
            var index = 0
            var close = -1  // the `}}` that ends the tag of the last `{{` outside a tag (`count`: none)
            var lineBreak = -1  // the first line break at or after the last one looked for (`count`: none)
            while index + 1 < count {
                guard scalars[index] == "{", scalars[index + 1] == "{" else {
                    index += 1
                    continue
                }
                if index < close {
                    nestedOpening = true
                } else {
                    close = index + 2
                    while close + 1 < count, !(scalars[close] == "}" && scalars[close + 1] == "}") { close += 1 }
                    if close + 1 >= count { close = count }
                }
                if lineBreak < index + 2 {
                    lineBreak = index + 2
                    while lineBreak < count, scalars[lineBreak] != "\n" { lineBreak += 1 }
                }
                if lineBreak < close { splitOverLines = true }
                var next = skipSpace(index + 2)
                if next < count, scalars[next] == "=" { setDelimiter = true }
                if next < count, scalars[next] == ">" || scalars[next] == "<" {
                    next = skipSpace(next + 1)
                    if next < count, scalars[next] == "*" { dynamicPartial = true }
                }
                index += 2
            }
        }
    }

    /// The innermost section (`{{#name}}`, `{{^name}}`, `{{$name}}`, `{{<name}}`) that is still open at
    /// the end of `text`: its tag, name and 1-based line and column. For a template swift-mustache
    /// rejects with `expectedSectionEnd`, which it reports at the end of the file. Reads the tags of
    /// each line as ``references(in:)`` does; nil when a set-delimiter tag
    /// changes the delimiters, when a closing tag does not match, or when every section is closed.
    static func unclosedSection(in text: String) -> (tag: String, name: String, line: Int, column: Int)? {
        var open: [(tag: String, name: String, line: Int, column: Int)] = []
        var readable = true
        lineTags(in: text) { inside, tag, line, column in
            let name = inside.dropFirst().trimmingCharacters(in: .whitespaces)
            switch inside.first {
            case "=": readable = false
            case "#", "^", "$", "<": open.append((String(tag), name, line, column))
            case "/":
                if open.last?.name == name { open.removeLast() } else { readable = false }
            default: break
            }
            return readable
        }
        return readable ? open.last : nil
    }

    /// Partial (`{{> name}}`) and parent (`{{< name}}`) references with their 1-based positions.
    static func references(in text: String) -> [(name: String, isParent: Bool, line: Int, column: Int)] {
        var result: [(String, Bool, Int, Int)] = []
        lineTags(in: text) { inside, _, line, column in
            if let sigil = inside.first, sigil == ">" || sigil == "<" {
                let name = inside.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !name.hasPrefix("*") { result.append((name, sigil == "<", line, column)) }
            }
            return true
        }
        return result
    }

    /// Every tag of `text` that opens (`{{`) and closes (`}}`) on one line, in order: what is between
    /// the braces (trimmed of spaces), the tag itself, its 1-based line and column. A tag is skipped
    /// whole: a `{{` inside it is not looked at (``TagScan`` looks at every one). Stops when `body`
    /// returns false.
    private static func lineTags(in text: String, _ body: (_ inside: String, _ tag: Substring, _ line: Int, _ column: Int) -> Bool) {
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let inside = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                guard body(inside, line[open.lowerBound..<close.upperBound], lineIndex + 1, column) else { return }
                rest = afterOpen[close.upperBound...]
            }
        }
    }

    /// What is wrong, in Indonesian and English.
    private static func describe(_ error: Error) -> (id: String, en: String) {
        guard let error = error as? MustacheTemplate.Error else { return ("\(error)", "\(error)") }
        switch error {
        case .sectionCloseNameIncorrect:
            return (
                "penutup bagian `{{/…}}` tidak sesuai dengan pembukanya",
                "the section end `{{/…}}` does not match its opening tag"
            )
        case .unfinishedName: return ("nama tag tidak selesai (kurang `}}`)", "unfinished tag name (`}}` is missing)")
        case .expectedSectionEnd: return ("bagian `{{#…}}` tidak ditutup dengan `{{/…}}`", "section `{{#…}}` is not closed with `{{/…}}`")
        case .invalidSetDelimiter: return ("tag pengganti pembatas tidak sah", "invalid set-delimiter tag")
        case .transformAppliedToInheritanceSection:
            return (
                "transformasi tidak boleh dipakai pada bagian pewarisan",
                "a transform cannot be applied to an inheritance section"
            )
        case .illegalTokenInsideInheritSection: return ("tag tidak sah di dalam `{{<…}}`", "tag not allowed inside `{{<…}}`")
        case .textInsideInheritSection:
            return (
                "teks tidak boleh berada langsung di dalam `{{<…}}`; taruh di dalam `{{$blok}}`",
                "text cannot stand directly inside `{{<…}}`; put it inside `{{$blok}}`"
            )
        default: return ("\(error)", "\(error)")
        }
    }
}

/// HTML escaping for Mustache's `{{value}}`: `& < > " '` as swift-mustache's own HTML content type
/// does, through ``HTML/escape(_:)``, with a fast return for text that contains none of them.
struct FastHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        let needsEscaping = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || (byte < 0x20 && byte != 0x09 && byte != 0x0A)
        }
        return needsEscaping ? HTML.escape(text) : text
    }
}

/// The last theme a long-running process loaded (`tinjau serve`): the template set and diagnostics
/// made from one set of theme files (their paths and bytes), kept so that a rebuild after a content
/// edit does not parse and check every template and language file again. Thread-safe.
public final class TemplateMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var key: String?
    private var stored: (TemplateSet?, [Diagnostic])?

    /// An empty memo.
    public init() {}

    /// The result recorded for the files whose digest is `key`, if it is the last one recorded.
    func result(for key: String) -> (TemplateSet?, [Diagnostic])? {
        lock.withLock { self.key == key ? stored : nil }
    }

    /// Records the result for `key`, replacing the one before.
    func record(_ result: (TemplateSet?, [Diagnostic]), for key: String) {
        lock.withLock {
            self.key = key
            stored = result
        }
    }
}
