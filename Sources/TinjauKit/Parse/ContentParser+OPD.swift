import Yams

/// `opd/<opd>/_index.md`: an OPD's name, abbreviation, IT operators and former slugs.
extension ContentParser {
    /// The OPD `slug` of `file`, or `nil` (with diagnostics in `log`) when it has no name.
    func parseOPD(_ file: SourceFile, slug: String, log: DiagnosticCollector) -> OPD? {
        guard let (document, r) = frontMatter(file, .opd, log: log) else { return nil }
        let name = r.string("nama", required: true)
        var former: [String] = []
        var formerLocations: [SourceLocation] = []
        for (text, node) in r.stringItems("sebelumnya") where !former.contains(text) {
            guard Slug.isValid(text) else {
                r.report(.formerOPDSlugFormat(text), at: node)
                continue
            }
            former.append(text)
            formerLocations.append(r.location(of: node))
        }
        let opd = OPD(
            slug: slug, name: name ?? slug, abbreviation: r.string("singkatan"), itOperators: r.integer("operator_ti", .people),
            isIllustration: r.bool("ilustrasi") ?? false, formerSlugs: former,
            body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path,
            formerSlugLocations: formerLocations)
        r.reportUnknownKeys()
        return name == nil ? nil : opd
    }
}
