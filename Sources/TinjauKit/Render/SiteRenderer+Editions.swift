/// One language edition of a site: the review's first language (`bahasa` in `tinjau.yml`, Indonesian by
/// default) at the site's root, every other one under its code (`en/`), with the same pages and
/// permalinks. Texts come from the theme's `i18n/<lang>.yml` and the content's translation files; the
/// numbers of every edition are the same aggregates, formatted in the edition's language.
public struct Edition: Sendable, Hashable {
    /// The language a review is written in when `tinjau.yml` names none: Indonesian.
    public static let defaultLanguage = "id"
    /// The language code (`id`, `en`): an ISO 639-1 code, the name of the theme's language file and
    /// the value of `<html lang>`.
    public var language: String
    /// Prepended to every page's path: empty for the first language, `<lang>/` for the others.
    public var prefix: String

    /// Creates an edition.
    public init(language: String, prefix: String) {
        self.language = language
        self.prefix = prefix
    }
}

/// A page in another edition, for `<link rel="alternate" hreflang>` and the language switch.
struct LanguageLink: TemplateModel {
    /// The language code (`en`).
    var language: String
    /// The language's own name (`English`, `Bahasa Indonesia`: `edition.language_name` of its file).
    var name: String
    /// The same page in that edition, relative to this page.
    var url: String
    /// The same page in that edition as an absolute address (under `base_url`), or the relative one.
    var href: String
    /// Whether this is the page's own edition.
    var current: Bool

    static let fields: [String: TemplateField<Self>] = [
        "language": .init(\.language), "name": .init(\.name), "url": .init(\.url), "href": .init(\.href),
        "current": .init(\.current),
    ]
}

extension SiteRenderer {
    /// What every output path of this renderer starts with: an archived review's folder
    /// (`arsip/<year>/`), an edition's (`en/`), or nothing.
    var pathPrefix: String { (archive?.prefix ?? "") + edition.prefix }

    /// The path from `path` (a page of this site) to the folder of the data files and the PDF: the
    /// published site's root for an edition (editions share one set of data files), an archived
    /// review's own folder for an archive.
    func dataRoot(from path: String) -> String { Permalink.root(from: edition.prefix + path) }

    /// The editions of the review, its first language first (`bahasa`; `[id]` when not set).
    var editions: [Edition] {
        let languages = content.config.languages.isEmpty ? [Edition.defaultLanguage] : content.config.languages
        return languages.enumerated().map { Edition(language: $1, prefix: $0 == 0 ? "" : $1 + "/") }
    }

    /// Whether the edition is not the review's own language: its content texts are translations, or
    /// the originals shown with a notice (``untranslatedNotice(_:)``).
    var isTranslatedEdition: Bool { !edition.prefix.isEmpty }

    /// The renderer of `edition`: the same review with the edition's texts, number formats and
    /// content translations (``ContentTranslation``), its pages under the edition's folder. Built-in
    /// dimension and element names take the theme's `dimension_names` and `element_names` of the
    /// edition's language; names a review wrote itself (`dimensi.yml`) and untranslated texts stay as
    /// written.
    func rendering(_ edition: Edition) -> SiteRenderer {
        var site = self
        site.edition = edition
        let texts = templates.texts(edition.language)
        site.format = SiteFormat(texts)
        guard !edition.prefix.isEmpty else { return site }
        site.content = Self.translated(content, into: texts, translation: content.translations[edition.language])
        let translated = bodies.translations?[edition.language] ?? RenderedBodies()
        site.bodies = Self.editionBodies(
            bodies, translated: translated, content: content, edition: edition, archiveYears: archives.map(\.year))
        return site
    }

    /// `content` with the texts of `translation` and the built-in dimension and element names of
    /// `texts`.
    static func translated(_ content: ReviewContent, into texts: Translations, translation: ContentTranslation?) -> ReviewContent {
        var content = content
        let builtIn = Dictionary(uniqueKeysWithValues: Dimension.builtIn.map { ($0.id, $0) })
        content.dimensions = content.dimensions.map { dimension in
            var dimension = dimension
            guard let original = builtIn[dimension.id] else { return dimension }
            let key = "dimension_names." + dimension.id.rawValue
            if dimension.name == original.name, let name = texts.texts[key + ".name"] { dimension.name = name }
            if dimension.shortName == original.shortName, let short = texts.texts[key + ".short"] { dimension.shortName = short }
            if dimension.description == original.description, let text = texts.texts[key + ".description"] {
                dimension.description = text
            }
            dimension.elements = dimension.elements.map { element in
                var element = element
                if original.element(element.slug)?.name == element.name, let name = texts.texts["element_names." + element.slug] {
                    element.name = name
                }
                return element
            }
            return dimension
        }
        guard let translation else { return content }
        if let config = translation.config {
            content.config.title = config.title ?? content.config.title
            content.config.region = config.region ?? content.config.region
            content.config.description = config.description ?? content.config.description
            content.config.organiser = config.organiser ?? content.config.organiser
            content.config.masterplanTitle = config.masterplanTitle ?? content.config.masterplanTitle
            for (index, band) in config.bands.enumerated() where index < content.config.scoring.maturityBands.count {
                if let name = band.name { content.config.scoring.maturityBands[index].name = name }
                if let text = band.description { content.config.scoring.maturityBands[index].description = text }
            }
        }
        content.programs = content.programs.map { program in
            guard let text = translation.programs[program.id] else { return program }
            var program = program
            program.title = text.title ?? program.title
            program.summary = text.summary ?? program.summary
            return program
        }
        content.opds = content.opds.map { opd in
            guard let text = translation.opds[opd.slug] else { return opd }
            var opd = opd
            opd.name = text.title ?? opd.name
            return opd
        }
        content.pages = content.pages.map { page in
            guard let text = translation.pages[page.slug] else { return page }
            var page = page
            page.title = text.title ?? page.title
            page.summary = text.summary ?? page.summary
            return page
        }
        return content
    }

    /// The bodies an edition shows: each translated body, or the original marked as Indonesian
    /// (`<div lang="id">`) so that screen readers and search read it as such; links to theme assets
    /// and to the archived reviews of `archiveYears` (published only at the site's root) made to climb
    /// out of the edition's folder.
    static func editionBodies(
        _ bodies: RenderedBodies, translated: RenderedBodies, content: ReviewContent, edition: Edition, archiveYears: [Int] = []
    ) -> RenderedBodies {
        let original = content.config.languages.first ?? Edition.defaultLanguage
        func pick(_ own: String?, _ fallback: String?) -> String? {
            if let own { return own }
            return fallback.map { $0.isEmpty ? $0 : "<div lang=\"\(original)\">\n" + $0 + "</div>\n" }
        }
        var result = RenderedBodies()
        for (slug, html) in bodies.opds { result.opds[slug] = pick(translated.opds[slug], html) }
        for (id, html) in bodies.programs { result.programs[id] = pick(translated.programs[id], html) }
        for (slug, html) in bodies.pages { result.pages[slug] = pick(translated.pages[slug], html) }
        for (slug, html) in bodies.printPages { result.printPages[slug] = pick(translated.printPages[slug], html) }
        return rebasedAssets(result, content: content, prefix: edition.prefix, shared: archiveYears.map(Permalink.archive))
    }

    /// Whether the content a page of `kind` is about has no translation into this edition's language
    /// (always `false` in the review's own language): the page then says so (`edition.untranslated`).
    func isUntranslated(_ kind: PageKind) -> Bool {
        guard isTranslatedEdition else { return false }
        let translation = content.translations[edition.language]
        // A translation without a body leaves the original's body untranslated.
        func missing(_ text: TextTranslation?, originalBody: MarkdownSource) -> Bool {
            guard let text else { return true }
            return !text.body.hasText && originalBody.hasText
        }
        switch kind {
        case .program(let program): return missing(translation?.programs[program.id], originalBody: program.body)
        case .opd(let opd): return missing(translation?.opds[opd.slug], originalBody: opd.body)
        case .page(let page): return missing(translation?.pages[page.slug], originalBody: page.body)
        default: return false
        }
    }

    /// The page at `path` in every edition, for `hreflang` alternates and the language switch; empty
    /// for a review in one language, for an archived review and for the 404 page.
    func languageLinks(path: String) -> [LanguageLink] {
        let editions = editions
        guard editions.count > 1, archive == nil, path != Permalink.notFound else { return [] }
        let up = Permalink.root(from: edition.prefix + path)
        return editions.map { other in
            let relative = up + other.prefix + path
            let href = content.config.baseURL.map { SiteAddress.absolute(base: $0, path: other.prefix + path) } ?? relative
            return LanguageLink(
                language: other.language, name: templates.texts(other.language).text("edition.language_name"), url: relative,
                href: href, current: other == edition)
        }
    }

    /// The framework's name of `dimension` shown beside its own (`Smart Governance` beside `Tata Kelola
    /// Pemerintahan`), or empty when the edition's name already is it (English).
    func smartName(of dimension: Dimension) -> String {
        dimension.name == dimension.id.smartName ? "" : dimension.id.smartName
    }

    /// A maturity band as this edition names it: the review's band with the same lower bound (its
    /// translation, in an edition with `tinjau.<lang>.yml`), or `band` itself.
    func bandInEdition(_ band: MaturityBand?) -> MaturityBand? {
        band.map(content.config.scoring.named)
    }
}
