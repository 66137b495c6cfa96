/// Files for publishing: the print page as the PDF prints it, `robots.txt` and `sitemap.xml`.
extension SiteRenderer {
    /// The print page as the PDF of the report prints it: its table of contents with the page on
    /// which each entry starts (by target id, from the previous printing; see ``ReportPrinter``).
    public func printPage(tocPages: [String: Int]) throws -> String {
        var renderer = self
        renderer.tocPages = tocPages
        renderer.printsPDF = true
        switch renderer.renderPage(path: Permalink.print, kind: .print) {
        case .success(let file): return String(decoding: file.materialised().bytes, as: UTF8.self)
        case .failure(let diagnostic): throw BuildFailure([diagnostic])
        }
    }

    /// `robots.txt` always; `sitemap.xml` when `base_url` is set (a sitemap needs absolute addresses).
    func publishingFiles() -> [OutputFile] {
        var robots = "User-agent: *\nAllow: /\n"
        var files: [OutputFile] = []
        if let base = content.config.baseURL {
            robots += "Sitemap: \(SiteAddress.absolute(base: base, path: "sitemap.xml"))\n"
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            var paths = pages().map(\.path).filter { $0 != Permalink.notFound }
            for edition in editions.dropFirst() { paths += rendering(edition).pages().map { edition.prefix + $0.path } }
            for archived in archives {
                let site = SiteRenderer(archived: archived, templates: templates, siteBaseURL: base)
                paths += site.pages().map { Permalink.archive(archived.year) + $0.path }
            }
            for path in paths.sorted() {
                xml += "  <url><loc>\(HTML.escape(SiteAddress.absolute(base: base, path: path)))</loc></url>\n"
            }
            xml += "</urlset>\n"
            files.append(OutputFile(path: "sitemap.xml", bytes: Array(xml.utf8)))
        }
        files.append(OutputFile(path: "robots.txt", bytes: Array(robots.utf8)))
        return files
    }
}
