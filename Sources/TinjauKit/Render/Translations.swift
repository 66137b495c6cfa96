import Mustache
import Yams

/// The interface text of a theme in one language: every word a page shows that is not content
/// (navigation, headings, table headers, labels, footers), read from the theme's `i18n/<lang>.yml`
/// (in the manner of Hugo's i18n files: a mapping of keys to texts, nested for groups).
///
/// Templates read a text as `{{t.group.key}}`; the template check (``TemplateChecker``) refuses a key
/// that a language file lacks (`i18n.missing-key`), so a missing text is an error at the tag, never an
/// empty string. Code reads a text with ``text(_:)``.
public struct Translations: Sendable {
    /// The language code, the file's name without `.yml` (`id`).
    public var language: String
    /// Every text by its dotted key (`nav.programs` → `Program`).
    public private(set) var texts: [String: String]
    /// The same texts as a tree, for swift-mustache's dotted names.
    let root: TranslationNode
    /// SHA-256 of the file's bytes: part of every page's fingerprint (``TemplateSet/digests``).
    var digest: String

    /// Creates translations from dotted keys (tests, and files already read).
    init(language: String, texts: [String: String], digest: String = "") {
        self.language = language
        self.texts = texts
        self.root = TranslationNode(texts)
        self.digest = digest.isEmpty ? ContentHash.of(parts: texts.keys.sorted().flatMap { [$0, texts[$0] ?? ""] }) : digest
    }

    /// No texts: a theme without translation files.
    static func empty(_ language: String) -> Translations { Translations(language: language, texts: [:]) }

    /// The text of `key` (dotted, `nav.programs`). A key the code asks for is in the default theme's
    /// files; a project's file that lacks it gives the key itself, visible on the page rather than an
    /// empty string.
    public func text(_ key: String) -> String { texts[key] ?? key }

    /// The text of `key` with each `{name}` in it replaced by `values[name]` (in one pass: a value is
    /// never read for placeholders); a placeholder without a value stays as written.
    public func text(_ key: String, _ values: [String: String]) -> String {
        let template = text(key)
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Reads a language file: a YAML mapping whose values are texts or mappings of the same kind.
    /// - Parameters:
    ///   - bytes: the file's bytes (UTF-8).
    ///   - path: the path shown in diagnostics.
    ///   - language: the language code.
    /// - Returns: the translations, or `nil` with the diagnostics (`file.encoding`, `yaml.syntax`,
    ///   `i18n.syntax` for a value that is neither text nor mapping, `i18n.format` for a `format` group
    ///   that cannot write numbers or dates: ``SiteFormat/problems(_:)``).
    static func read(_ bytes: [UInt8], path: String, language: String) -> (Translations?, [Diagnostic]) {
        let text: String
        switch SourceText.decode(bytes, path: path) {
        case .success(let source): text = source.text
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let error as YamlError {
            return (nil, YAMLErrorDiagnostics.diagnostics(for: error, path: path, lineOffset: 0, yaml: text))
        } catch {
            return (nil, [Diagnostic(.translationSyntax("\(error)"), at: SourceLocation(path: path))])
        }
        var texts: [String: String] = [:]
        var positions: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        func walk(_ node: Node, prefix: String) {
            guard case .mapping(let mapping) = node else {
                diagnostics.append(
                    Diagnostic(
                        .translationSyntax(prefix.isEmpty ? "" : prefix),
                        at: SourceLocation(path: path, line: node.mark.map { $0.line } ?? 1, column: node.mark.map { $0.column } ?? 1)))
                return
            }
            for (key, value) in mapping {
                let name = prefix.isEmpty ? (key.string ?? "") : prefix + "." + (key.string ?? "")
                switch value {
                case .scalar(let scalar):
                    texts[name] = scalar.string
                    positions[name] = SourceLocation(path: path, line: value.mark.map { $0.line } ?? 1, column: value.mark.map { $0.column } ?? 1)
                case .mapping: walk(value, prefix: name)
                default:
                    diagnostics.append(
                        Diagnostic(
                            .translationSyntax(name),
                            at: SourceLocation(path: path, line: value.mark.map { $0.line } ?? 1, column: value.mark.map { $0.column } ?? 1)))
                }
            }
        }
        if let node { walk(node, prefix: "") }
        for (key, problem) in SiteFormat.problems(texts) {
            diagnostics.append(
                Diagnostic(.translationFormat(key, problem: problem), at: positions[key] ?? SourceLocation(path: path, line: 1, column: 1)))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (Translations(language: language, texts: texts, digest: ContentHash.of(parts: [text])), diagnostics)
    }
}

/// A group of translated texts as swift-mustache reads it: `{{t.nav.programs}}` asks the root for
/// `nav`, then that group for `programs`.
final class TranslationNode: MustacheParent, Sendable {
    /// A text or a group.
    enum Entry: Sendable {
        case text(String)
        case group(TranslationNode)
    }

    /// The entries by their last key part.
    let entries: [String: Entry]

    /// The tree of dotted `texts`.
    convenience init(_ texts: [String: String]) {
        self.init(entries: Self.tree(texts))
    }

    private init(entries: [String: Entry]) { self.entries = entries }

    private static func tree(_ texts: [String: String]) -> [String: Entry] {
        var leaves: [String: Entry] = [:]
        var groups: [String: [String: String]] = [:]
        for (key, text) in texts {
            if let dot = key.firstIndex(of: ".") {
                groups[String(key[..<dot]), default: [:]][String(key[key.index(after: dot)...])] = text
            } else {
                leaves[key] = .text(text)
            }
        }
        for (name, inner) in groups where leaves[name] == nil { leaves[name] = .group(TranslationNode(entries: tree(inner))) }
        return leaves
    }

    /// The text or group `name`, `nil` when there is none.
    func child(named name: String) -> Any? {
        switch entries[name] {
        case .text(let text): text
        case .group(let group): group
        case nil: nil
        }
    }
}
