import Yams

/// `halaman/<slug>.md`: a narrative page.
extension ContentParser {
    func parsePage(_ file: SourceFile, slug: String, into diagnostics: inout [Diagnostic]) -> NarrativePage? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let page = NarrativePage(
            slug: slug, title: title ?? "", order: r.integer("urutan", range: -100_000...100_000, example: "10") ?? 100,
            summary: r.string("ringkasan"), body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine),
            sourcePath: file.path)
        r.reportUnknownKeys(known: Self.pageFields, what: "front matter halaman", whatEN: "the page front matter")
        return title == nil ? nil : page
    }
}
