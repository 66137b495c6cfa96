/// The template check: every name a page's templates use must be one the page's view model provides.
///
/// swift-mustache prints a name it cannot find as nothing, with no error, so a typo such as `{{judl}}`
/// used to publish an empty heading. This check walks each page's template (``PageKind/Template``) with
/// its parent (`{{<layout}}` and the blocks it fills) and every partial it includes, against the schema of
/// the page's view model (``TemplateValue``): the page's names, then ``CommonModel``'s, and inside a
/// section the names of what the section opened, with Mustache's own rules for climbing the context
/// stack, so that a name is an error exactly when no context could give it. It reads types, not
/// values: it runs before anything is rendered, for tinjau's own theme and a project's overriding
/// templates alike. Each unknown name is a `template.unknown-variable` error at the tag's
/// `template:line:column`, once however many pages include that template, with the nearest name the
/// page does provide.
///
/// A name under `t.` (`{{t.nav.programs}}`) is an interface text (``Translations``): it must be a key of
/// every language file of the theme (`i18n/<lang>.yml`), else `i18n.missing-key` at the tag, with the
/// nearest key the file has.
struct TemplateChecker {
    /// A template of the theme: the path shown in diagnostics and its tags.
    struct Template {
        /// Where diagnostics place it (`templates/program.mustache`, `(tema bawaan)/layout.mustache`).
        var path: String
        /// Its tags.
        var tags: [MustacheTag]
    }

    /// The theme's templates by name (`program`, `partials/figure`).
    let templates: [String: Template]
    /// The theme's language files by language code, with the path each is shown at; `nil` when one
    /// could not be read (its error is reported, and `t.` names are not checked).
    let languages: [(path: String, keys: Set<String>)]?

    /// Creates a check of `sources` (template name → path shown and text) and of the `t.` names against
    /// `translations` (shown at `translationPaths`, by language code).
    init(
        _ sources: [String: (path: String, text: String)], translations: [String: Translations] = [:],
        translationPaths: [String: String] = [:], textsUnreadable: Bool = false
    ) {
        self.init(
            templates: sources.mapValues { Template(path: $0.path, tags: MustacheTokenizer.tags(in: $0.text)) },
            languages: textsUnreadable
                // Indonesian first (the default language), then by code: a key missing everywhere is reported in id.yml.
                ? nil
                : translations.keys.sorted { $0 == "id" ? $1 != "id" : ($1 != "id" && $0 < $1) }.map {
                    (translationPaths[$0] ?? "i18n/\($0).yml", Set(translations[$0]!.texts.keys))
                })
    }

    /// Creates a check of templates already read.
    init(templates: [String: Template], languages: [(path: String, keys: Set<String>)]? = []) {
        self.templates = templates
        self.languages = languages
    }

    /// Every unknown name in the page templates and the templates they include, sorted by place.
    func diagnostics() -> [Diagnostic] {
        let walker = Walker(templates: templates, languages: languages)
        for kind in PageKind.Template.allCases {
            guard let template = templates[kind.rawValue] else { continue }
            walker.page = kind.rawValue
            walker.walk(
                template.tags, in: template.path, scope: Scope(frames: [.root([kind.model, CommonModel.self])]),
                including: [kind.rawValue])
        }
        return walker.problems.sorted { ($0.key.path, $0.key.line, $0.key.column) < ($1.key.path, $1.key.line, $1.key.column) }
            .map { $0.value.diagnostic(at: $0.key) }
    }
}

/// One context of the stack during the walk.
private enum Frame {
    /// The page: its model's names, then the shared ones.
    case root([any TemplateModel.Type])
    /// What a section opened.
    case value(TemplateValue)
    /// An empty list an inverted section pushed: it has no names.
    case transparent
}

/// Where the walk is: the context stack, whether a list's section is directly around (`first()`,
/// `last()`), and the blocks a child template fills in its parent.
private struct Scope {
    var frames: [Frame]
    var inList = false
    var blocks: [String: (path: String, tags: [MustacheTag])] = [:]
}

/// Where a problem is.
private struct Place: Hashable {
    var path: String, line: Int, column: Int
}

/// What is wrong at a place, and on which pages.
private struct Problem {
    enum Kind {
        /// `missing` resolves nowhere (`owner` is the dotted part before it, when there is one).
        case unknown(missing: String, owner: String?, candidates: [String])
        /// `first()`, `last()`… where no list's section is directly around.
        case outsideList
        /// `t.key` names a text the language file at `file` lacks; `nearest` is its nearest key.
        case missingText(key: String, file: String, nearest: String?)
    }

    /// The tag as written (`judl`, `program.titel`, `last()`).
    var tag: String
    var kind: Kind
    /// The page templates through which the place was reached, in the order found.
    var pages: [String]

    func diagnostic(at place: Place) -> Diagnostic {
        let location = SourceLocation(path: place.path, line: place.line, column: place.column)
        switch kind {
        case .outsideList:
            return Diagnostic(.sequenceHelperOutsideList(tag, pages: pages), at: location)
        case .missingText(let key, let file, let nearest):
            return Diagnostic(.translationMissing(key, file: file, pages: pages, nearest: nearest), at: location)
        case .unknown(let missing, let owner, let candidates):
            // A near name, else the name that is the English of a field an editor knows in Indonesian
            // (`judul` → `title`), as the front matter's hints do the other way round.
            let nearest =
                Suggestion.nearest(missing, among: candidates)
                ?? candidates.sorted().first { Suggestion.englishAliases[$0] == missing.lowercased() }
            return Diagnostic(
                .unknownTemplateVariable(tag, missing: missing, owner: owner, pages: pages, nearest: nearest, available: candidates),
                at: location)
        }
    }
}

/// The walk over one theme, page template after page template.
private final class Walker {
    let templates: [String: TemplateChecker.Template]
    /// The language files: every `t.` key must be in each (`nil`: not checked).
    let languages: [(path: String, keys: Set<String>)]?
    /// The page template being walked.
    var page = ""
    var problems: [Place: Problem] = [:]
    private var fieldCache: [ObjectIdentifier: [String: TemplateValue]] = [:]

    init(templates: [String: TemplateChecker.Template], languages: [(path: String, keys: Set<String>)]?) {
        self.templates = templates
        self.languages = languages
    }

    /// Walks `tags` of the template at `path`; `including` are the templates entered so far (a template
    /// that includes itself is reported by ``TemplateLoader`` and walked once).
    func walk(_ tags: [MustacheTag], in path: String, scope: Scope, including: Set<String>) {
        for tag in tags {
            switch tag.kind {
            case .variable:
                _ = resolve(tag, in: scope, path: path)
            case .section:
                var inner = scope
                switch resolve(tag, in: scope, path: path) {
                case .list(let element):
                    inner.frames.append(.value(element))
                    inner.inList = true
                case .flag:
                    break
                case let value:
                    inner.frames.append(.value(value))
                    inner.inList = false
                }
                walk(tag.children, in: path, scope: inner, including: including)
            case .invertedSection:
                var inner = scope
                if case .list = resolve(tag, in: scope, path: path) {
                    inner.frames.append(.transparent)
                    inner.inList = false
                }
                walk(tag.children, in: path, scope: inner, including: including)
            case .partial, .parent:
                guard let template = templates[tag.name], !including.contains(tag.name) else { continue }
                var inner = scope
                inner.inList = false
                if tag.kind == .parent {
                    // The blocks this template fills; a fill from further out wins (as swift-mustache merges them).
                    for block in tag.children where block.kind == .block && inner.blocks[block.name] == nil {
                        inner.blocks[block.name] = (path, block.children)
                    }
                }
                walk(template.tags, in: template.path, scope: inner, including: including.union([tag.name]))
            case .dynamicPartial:
                _ = resolve(tag, in: scope, path: path)
            case .block:
                var inner = scope
                inner.inList = false
                if let fill = scope.blocks[tag.name] {
                    walk(fill.tags, in: fill.path, scope: inner, including: including)
                } else {
                    walk(tag.children, in: path, scope: inner, including: including)
                }
            }
        }
    }

    /// What `tag`'s name gives in `scope`; records a problem and answers ``TemplateValue/unknown`` (so that
    /// nothing inside is reported again) when it gives nothing.
    private func resolve(_ tag: MustacheTag, in scope: Scope, path: String) -> TemplateValue {
        func report(_ kind: Problem.Kind) -> TemplateValue {
            let place = Place(path: path, line: tag.line, column: tag.column)
            if problems[place] == nil {
                let written = tag.transforms.reversed().reduce(tag.name) { inner, transform in "\(transform)(\(inner))" }
                problems[place] = Problem(tag: written, kind: kind, pages: [])
            }
            if !problems[place]!.pages.contains(page) { problems[place]!.pages.append(page) }
            return .unknown
        }
        // `t.key`: an interface text, in every language file (a theme without any has none).
        if tag.name == "t" || tag.name.hasPrefix("t.") {
            let key = String(tag.name.dropFirst(2))
            guard let languages else { return .text }
            for language in languages where !language.keys.contains(key) {
                let nearest = Suggestion.nearest(key, among: Array(language.keys))
                return report(.missingText(key: key, file: language.path, nearest: nearest))
            }
            if languages.isEmpty { return report(.missingText(key: key, file: "i18n/id.yml", nearest: nil)) }
            return .text
        }
        // `first()`, `last()`, `index()`, `even()`, `odd()`: the position in the list around.
        if tag.name.isEmpty && !tag.transforms.isEmpty {
            guard scope.inList else { return report(.outsideList) }
            return tag.transforms == ["index"] ? .text : .flag
        }
        // Most names have no dot: one lookup up the stack.
        if !tag.name.utf8.contains(UInt8(ascii: ".")) {
            guard let found = scope.frames.reversed().lazy.compactMap({ self.lookup(tag.name, in: $0) }).first else {
                return report(.unknown(missing: tag.name, owner: nil, candidates: names(in: scope.frames)))
            }
            return tag.transforms.isEmpty ? found : .unknown
        }
        if tag.name == "." {
            guard case .value(let current) = scope.frames.last else { return .unknown }
            return tag.transforms.isEmpty ? current : .unknown
        }
        // A dotted name: its first part climbs the stack (not after a leading `.`: the current context
        // only), the others are read from what the part before gave.
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var value: TemplateValue
        var index: Int
        if parts[0].isEmpty {
            guard let frame = scope.frames.last, let found = lookup(parts[1], in: frame) else {
                return report(.unknown(missing: parts[1], owner: nil, candidates: names(in: scope.frames.suffix(1))))
            }
            (value, index) = (found, 2)
        } else {
            guard let found = scope.frames.reversed().lazy.compactMap({ self.lookup(parts[0], in: $0) }).first else {
                return report(.unknown(missing: parts[0], owner: nil, candidates: names(in: scope.frames)))
            }
            (value, index) = (found, 1)
        }
        while index < parts.count {
            let owner = parts[..<index].joined(separator: ".")
            switch value {
            case .unknown:
                return .unknown
            case .model(let model):
                guard let found = fields(of: model)[parts[index]] else {
                    return report(.unknown(missing: parts[index], owner: owner, candidates: fields(of: model).keys.sorted()))
                }
                value = found
            default:
                return report(.unknown(missing: parts[index], owner: owner, candidates: []))
            }
            index += 1
        }
        return tag.transforms.isEmpty ? value : .unknown
    }

    /// What `name` gives in one context, `nil` when that context has no such name.
    private func lookup(_ name: String, in frame: Frame) -> TemplateValue? {
        switch frame {
        case .root(let models): models.lazy.compactMap { self.fields(of: $0)[name] }.first
        case .value(.model(let model)): fields(of: model)[name]
        case .value(.unknown): .unknown
        case .value, .transparent: nil
        }
    }

    /// Every name the contexts of `frames` provide: the innermost context's first (sorted), then the
    /// next one's, out to the page and the shared names.
    private func names(in frames: some BidirectionalCollection<Frame>) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        func add(_ model: any TemplateModel.Type) {
            for name in fields(of: model).keys.sorted() where seen.insert(name).inserted { names.append(name) }
        }
        for frame in frames.reversed() {
            switch frame {
            case .root(let models): models.forEach(add)
            case .value(.model(let model)): add(model)
            default: break
            }
        }
        return names
    }

    private func fields(of model: any TemplateModel.Type) -> [String: TemplateValue] {
        let key = ObjectIdentifier(model)
        if let cached = fieldCache[key] { return cached }
        let fields = TemplateValue.fields(of: model)
        fieldCache[key] = fields
        return fields
    }
}
