import Yams

/// Translation files: `<name>.<lang>.md` beside a programme, OPD or page file, `tinjau.<lang>.yml` beside
/// `tinjau.yml` (docs/content-format.md, "Terjemahan"). They hold texts only (``FieldCatalog``'s
/// `…Translation` fields); a number, date or status in one is an unknown field, since it comes from the
/// original.
extension ContentParser {
    /// The translations among `files`, by language. A translation into a language `bahasa` does not
    /// list is reported (`translation.language`) and left out; one whose original could not be parsed
    /// is left out silently (the original's errors say what to fix).
    func parseTranslations(_ files: [SourceFile], config: ReviewConfig, log: DiagnosticCollector) -> [String: ContentTranslation] {
        var result: [String: ContentTranslation] = [:]
        let published = Set(config.languages.dropFirst())
        for file in files {
            guard case .translation(let language, let original) = file.kind else { continue }
            guard published.contains(language) else {
                log.report(
                    .translationLanguage(language, languages: config.languages.isEmpty ? [Edition.defaultLanguage] : config.languages),
                    at: SourceLocation(path: file.path, line: 1, column: 1))
                continue
            }
            var translation = result[language] ?? ContentTranslation(language: language)
            switch original {
            case .review:
                translation.config = parseReviewTranslation(file, log: log)
                let bands = config.scoring.maturityBands.count
                if let translated = translation.config?.bands.count, translated > 0, translated != bands {
                    log.report(
                        .translationBands(translated: translated, bands: bands),
                        at: translation.config?.bandsLocation ?? SourceLocation(path: file.path, line: 1, column: 1))
                }
            case .opd(let opd):
                if let text = parseTextTranslation(file, .opd, log: log) { translation.opds[opd] = text }
            case .program(let opd, let slug):
                if let text = parseTextTranslation(file, .program, log: log) { translation.programs[opd + "/" + slug] = text }
            case .page(let slug):
                if let text = parseTextTranslation(file, .page, log: log) { translation.pages[slug] = text }
            default:
                break
            }
            result[language] = translation
        }
        return result
    }

    /// The texts of a Markdown translation: `judul` (`nama` for an OPD), `ringkasan` and the body.
    func parseTextTranslation(_ file: SourceFile, _ mapping: TranslationMapping, log: DiagnosticCollector) -> TextTranslation? {
        guard let (document, r) = frontMatter(file, mapping: .translation(mapping), log: log) else { return nil }
        let title = r.string(mapping == .opd ? "nama" : "judul")
        let summary = mapping == .opd ? nil : r.string("ringkasan")
        r.reportUnknownKeys()
        let body =
            document.body.allSatisfy(\.isWhitespace)
            ? MarkdownSource.empty : MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine)
        return TextTranslation(title: title, summary: summary, body: body, sourcePath: file.path)
    }

    /// The texts of `tinjau.<lang>.yml`.
    func parseReviewTranslation(_ file: SourceFile, log: DiagnosticCollector) -> ConfigTranslation? {
        guard let r = reader(of: file, .translation(.review), log: log) else { return nil }
        var config = ConfigTranslation(sourcePath: file.path)
        config.title = r.string("judul")
        config.region = r.string("wilayah")
        config.description = r.string("deskripsi")
        config.organiser = r.string("penyelenggara")
        if let node = r.node("masterplan") {
            let m = r.child(node, .translation(.masterplan))
            config.masterplanTitle = m.string("judul")
            m.reportUnknownKeys()
        }
        if let node = r.node("penilaian") {
            let p = r.child(node, .translation(.scoring))
            config.bandsLocation = p.node("tingkat_kematangan").map { p.location(of: $0) }
            for bandNode in p.mappings("tingkat_kematangan") {
                let b = p.child(bandNode, .translation(.maturityBand))
                config.bands.append((b.string("nama"), b.string("keterangan")))
                b.reportUnknownKeys()
            }
            p.reportUnknownKeys()
        }
        r.reportUnknownKeys()
        return config
    }
}
