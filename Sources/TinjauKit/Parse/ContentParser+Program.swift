import Yams

/// `opd/<opd>/<programme>.md`: a programme's front matter, with its indicators, partners and former ids.
extension ContentParser {
    func parseProgram(
        _ file: SourceFile, opd: String, slug: String, dimensions: [Dimension],
        into diagnostics: inout [Diagnostic]
    ) -> Program? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let dimension = r.choice("dimensi", DimensionID.self, required: true, what: "dimensi", whatEN: "dimension")
        var element = r.string("elemen", freeText: false)
        if let slugText = element, let dimension {
            let dim = dimensions.first { $0.id == dimension }!
            if dim.element(slugText) == nil {
                let other = dimensions.first { $0.element(slugText) != nil }
                let hint =
                    other.map {
                        "elemen `\(slugText)` termasuk dimensi `\($0.id.rawValue)`; perbaiki `dimensi` atau pilih elemen \(dimension.rawValue): "
                            + dim.elements.map { "`\($0.slug)`" }.joined(separator: ", ")
                    }
                    ?? Suggestion.hint(for: slugText, among: dim.elements.map(\.slug), key: "elemen")
                let hintEN =
                    other.map {
                        "element `\(slugText)` belongs to dimension `\($0.id.rawValue)`; correct `dimensi` or choose an element of \(dimension.rawValue): "
                            + dim.elements.map { "`\($0.slug)`" }.joined(separator: ", ")
                    }
                    ?? Suggestion.hintEN(for: slugText, among: dim.elements.map(\.slug), key: "elemen")
                r.report(
                    .error, "program.elemen.unknown", at: r.node("elemen"), "elemen `\(slugText)` tidak ada dalam dimensi `\(dimension.rawValue)`",
                    hint: hint,
                    en: "element `\(slugText)` is not in dimension `\(dimension.rawValue)`", hintEN: hintEN)
                element = nil
            }
        }
        let status = r.choice("status", ProgramStatus.self, required: true, what: "status", whatEN: "status")
        let term = r.choice("jangka", ProgramTerm.self, what: "jangka", whatEN: "term")
        let start = r.integer(
            "tahun_mulai", range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
            example: "2020")
        let end = r.integer(
            "tahun_selesai", range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
            example: "2022")
        let budget = r.rupiah("anggaran")
        let realised = r.rupiah("realisasi_anggaran")
        var indicators: [Indicator] = []
        for node in r.mappings("indikator") {
            let i = r.child(
                node, what: "indikator", whatEN: "an indicator", place: "di butir indikator ini",
                placeEN: "to this indicator", example: "nama: Aduan yang ditindaklanjuti")
            let name = i.string("nama", required: true)
            var indicator = Indicator(
                name: name ?? "", unit: i.string("satuan") ?? "", baseline: i.number("baseline"),
                target: i.number("target", required: true), realisation: i.number("realisasi"),
                direction: i.choice("arah", IndicatorDirection.self, what: "arah", whatEN: "direction") ?? .naik,
                weight: i.number("bobot", kind: .decimal(unit: false)) ?? .one, location: i.location(of: node))
            indicator.fieldLocations = i.valueLocations
            if indicator.weight <= .zero, let n = i.node("bobot") {
                i.report(
                    .error, "indicator.weight", at: n, "`bobot` harus lebih dari 0", hint: "hapus `bobot` untuk bobot 1, atau tulis angka positif",
                    en: "`bobot` must be greater than 0", hintEN: "remove `bobot` for a weight of 1, or write a positive number")
            }
            i.reportUnknownKeys(known: Self.indicatorFields, what: "indikator", whatEN: "an indicator")
            r.append(i.diagnostics)
            if name != nil { indicators.append(indicator) }
        }
        // Partners: each once; the position of each item, for the cross-file checks.
        var partners: [String] = []
        var partnerLocations: [SourceLocation] = []
        for (partner, node) in r.stringItems("mitra") {
            if partners.contains(partner) {
                r.report(
                    .warning, "program.mitra-duplicate", at: node, "`mitra` memuat `\(partner)` lebih dari sekali",
                    hint: "hapus `\(partner)` yang kedua; setiap OPD mitra cukup ditulis sekali",
                    en: "`mitra` lists `\(partner)` more than once",
                    hintEN: "remove the second `\(partner)`; each partner OPD is written once")
            } else {
                partners.append(partner)
                partnerLocations.append(r.location(of: node))
            }
        }
        // Former ids: `opd/slug`, each once.
        var former: [String] = []
        var formerLocations: [SourceLocation] = []
        for (text, node) in r.stringItems("sebelumnya") where !former.contains(text) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, parts.allSatisfy(Slug.isValid) else {
                let example =
                    parts.count == 2 ? parts.map { Slug.make($0).isEmpty ? "slug" : Slug.make($0) }.joined(separator: "/") : "\(opd)/\(slug)-lama"
                r.report(
                    .error, "program.sebelumnya-format", at: node, "`sebelumnya` memuat `\(text)`, bukan id program `opd/slug`",
                    hint:
                        "tulis id program ini di review sebelumnya: slug OPD, garis miring, nama berkas tanpa `.md`, misalnya `sebelumnya: [\(example)]`",
                    en: "`sebelumnya` lists `\(text)`, which is not a programme id `opd/slug`",
                    hintEN:
                        "write the id this programme had in the earlier review: the OPD slug, a slash, the file name without `.md`, for example `sebelumnya: [\(example)]`"
                )
                continue
            }
            former.append(text)
            formerLocations.append(r.location(of: node))
        }
        let program = Program(
            slug: slug, opdSlug: opd, title: title ?? "", dimension: dimension ?? .governance, element: element,
            status: status ?? .rencana, term: term, startYear: start, endYear: end, budget: budget,
            budgetRealised: realised, fundingSource: r.string("sumber_dana"), partners: partners,
            indicators: indicators, delayReason: r.string("alasan_tunda"), keywords: r.stringList("kata_kunci"),
            summary: r.string("ringkasan"), isIllustration: r.bool("ilustrasi") ?? false, formerIDs: former,
            body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path,
            fieldLocations: r.valueLocations,
            partnerLocations: partnerLocations, formerIDLocations: formerLocations)
        r.reportUnknownKeys(known: Self.programFields, what: "front matter program", whatEN: "the programme front matter")
        return title == nil || dimension == nil || status == nil ? nil : program
    }
}
