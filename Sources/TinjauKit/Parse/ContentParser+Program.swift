import Yams

/// `opd/<opd>/<programme>.md`: a programme's front matter, with its indicators, partners and former ids.
extension ContentParser {
    /// The programme `opd/slug` of `file`, or `nil` (with diagnostics in `log`) when its title,
    /// dimension or status cannot be read; `dimensions` are the review's (their elements).
    func parseProgram(_ file: SourceFile, opd: String, slug: String, dimensions: [Dimension], log: DiagnosticCollector) -> Program? {
        guard let (document, r) = frontMatter(file, .program, log: log) else { return nil }
        let title = r.string("judul", required: true)
        let dimension = r.choice("dimensi", DimensionID.self, required: true)
        var element = r.string("elemen", freeText: false)
        if let slugText = element, let dimension {
            let dim = dimensions.first { $0.id == dimension }!
            if dim.element(slugText) == nil {
                let other = dimensions.first { $0.element(slugText) != nil }
                r.report(.unknownElement(slugText, of: dim, belongsTo: other?.id), at: r.node("elemen"))
                element = nil
            }
        }
        let status = r.choice("status", ProgramStatus.self, required: true)
        let term = r.choice("jangka", ProgramTerm.self)
        let start = r.integer("tahun_mulai", .year(example: 2020))
        let end = r.integer("tahun_selesai", .year(example: 2022))
        let budget = r.rupiah("anggaran")
        let realised = r.rupiah("realisasi_anggaran")
        // Room for exactly the indicators listed: an array grown by appending holds up to twice
        // as many (at 224 bytes each, 5 MB of the parsed content at 10 000 programmes).
        let indicatorNodes = r.mappings("indikator")
        var indicators: [Indicator] = []
        indicators.reserveCapacity(indicatorNodes.count)
        for node in indicatorNodes {
            let i = r.child(node, .indicator)
            let name = i.string("nama", required: true)
            var indicator = Indicator(
                name: name ?? "", unit: i.string("satuan") ?? "", baseline: i.number("baseline"),
                target: i.number("target", required: true), realisation: i.number("realisasi"),
                direction: i.choice("arah", IndicatorDirection.self) ?? .naik,
                weight: i.number("bobot", kind: .decimal(unit: false)) ?? .one, location: i.location(of: node))
            indicator.fieldLocations = i.valueLocations
            if indicator.weight <= .zero, let n = i.node("bobot") {
                i.report(.indicatorWeight, at: n)
            }
            i.reportUnknownKeys()
            if name != nil { indicators.append(indicator) }
        }
        // Partners: each once; the position of each item, for the cross-file checks.
        var partners: [String] = []
        var partnerLocations: [SourceLocation] = []
        for (partner, node) in r.stringItems("mitra") {
            if partners.contains(partner) {
                r.report(.partnerTwice(partner), at: node)
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
                r.report(.formerProgramIDFormat(text, opd: opd, slug: slug), at: node)
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
            fieldLocations: r.valueLocations, partnerLocations: partnerLocations, formerIDLocations: formerLocations)
        r.reportUnknownKeys()
        guard title != nil, dimension != nil, status != nil else { return nil }
        // A file from `tinjau new` published without being filled in: a rule of the file alone, checked
        // here so that a file taken from the parse cache keeps it without its text being read again.
        if Scaffolder.placeholderSentences.contains(where: { document.body.containsBytes($0) }) {
            log.report(.placeholder, at: SourceLocation(path: file.path, line: document.bodyFirstLine, column: 1))
        }
        return program
    }
}
