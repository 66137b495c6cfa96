import Yams

/// `opd/<opd>/_index.md`: an OPD's name, abbreviation, IT operators and former slugs.
extension ContentParser {
    func parseOPD(_ file: SourceFile, slug: String, into diagnostics: inout [Diagnostic]) -> OPD? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let name = r.string("nama", required: true)
        var former: [String] = []
        var formerLocations: [SourceLocation] = []
        for (text, node) in r.stringItems("sebelumnya") where !former.contains(text) {
            guard Slug.isValid(text) else {
                r.report(
                    .error, "opd.sebelumnya-format", at: node, "`sebelumnya` memuat `\(text)`, bukan slug OPD",
                    hint:
                        "tulis slug (nama folder) OPD ini di review sebelumnya, misalnya `sebelumnya: [\(Slug.make(text).isEmpty ? "dinas-lama" : Slug.make(text))]`",
                    en: "`sebelumnya` lists `\(text)`, which is not an OPD slug",
                    hintEN:
                        "write the slug (folder name) this OPD had in the earlier review, for example `sebelumnya: [\(Slug.make(text).isEmpty ? "dinas-lama" : Slug.make(text))]`"
                )
                continue
            }
            former.append(text)
            formerLocations.append(r.location(of: node))
        }
        let opd = OPD(
            slug: slug, name: name ?? slug, abbreviation: r.string("singkatan"),
            itOperators: r.integer(
                "operator_ti", range: 0...100_000, what: "jumlah orang (bilangan bulat)",
                whatEN: "a number of people (a whole number)", example: "4"),
            isIllustration: r.bool("ilustrasi") ?? false, formerSlugs: former,
            body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path,
            formerSlugLocations: formerLocations)
        r.reportUnknownKeys(known: Self.opdFields, what: "front matter OPD", whatEN: "the OPD front matter")
        return name == nil ? nil : opd
    }
}
