import Yams

/// `halaman/<slug>.md`: a narrative page.
extension ContentParser {
    /// The page `slug` of `file`, or `nil` (with diagnostics in `log`) when it has no title.
    func parsePage(_ file: SourceFile, slug: String, log: DiagnosticCollector) -> NarrativePage? {
        guard let (document, r) = frontMatter(file, .page, log: log) else { return nil }
        let title = r.string("judul", required: true)
        let page = NarrativePage(
            slug: slug, title: title ?? "", order: r.integer("urutan", .order) ?? 100, summary: r.string("ringkasan"),
            body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path)
        r.reportUnknownKeys()
        return title == nil ? nil : page
    }
}
