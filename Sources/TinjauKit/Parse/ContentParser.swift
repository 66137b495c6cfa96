import Yams

/// Stage 2: parses the loaded files into the content model. YAML goes through
/// Yams (composed to a `Node` first, so every value keeps its line and column),
/// Markdown through libcmark. Every file is parsed even when an earlier one
/// failed, so that one build reports all problems.
public struct ContentParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Front-matter fields of a programme, in documentation order.
    public static let programFields = [
        "judul", "dimensi", "elemen", "status", "jangka", "tahun_mulai", "tahun_selesai", "anggaran",
        "realisasi_anggaran", "sumber_dana", "mitra", "indikator", "alasan_tunda", "kata_kunci", "ringkasan", "ilustrasi",
    ]
    /// Fields of an indicator.
    public static let indicatorFields = ["nama", "satuan", "baseline", "target", "realisasi", "arah", "bobot"]
    /// Front-matter fields of an OPD's `_index.md`.
    public static let opdFields = ["nama", "singkatan", "operator_ti", "ilustrasi"]
    /// Front-matter fields of a narrative page.
    public static let pageFields = ["judul", "urutan", "ringkasan"]
    /// Top-level fields of `tinjau.yml`.
    public static let reviewFields = [
        "judul", "wilayah", "kode_wilayah", "tahun_review", "masterplan", "tanggal_review", "penyelenggara",
        "evaluator", "deskripsi", "base_url", "izinkan_html", "penilaian",
    ]

    /// Parses `files` (as returned by ``ContentLoader``).
    /// - Returns: the content (nil when `tinjau.yml` is missing or unusable) and every diagnostic.
    public func parse(_ files: [SourceFile]) -> (content: ReviewContent?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let reviewFile = files.first(where: { $0.kind == .review }) else { return (nil, diagnostics) }
        let config = parseReview(reviewFile, into: &diagnostics)
        var dimensions = Dimension.builtIn
        if let file = files.first(where: { $0.kind == .dimensions }) {
            dimensions = parseDimensions(file, into: &diagnostics)
        }
        var opds: [OPD] = [], programs: [Program] = [], pages: [NarrativePage] = []
        for file in files {
            switch file.kind {
            case .opd(let slug):
                if let opd = parseOPD(file, slug: slug, into: &diagnostics) { opds.append(opd) }
            case .program(let opd, let slug):
                if let program = parseProgram(file, opd: opd, slug: slug, dimensions: dimensions, into: &diagnostics) {
                    programs.append(program)
                }
            case .page(let slug):
                if let page = parsePage(file, slug: slug, into: &diagnostics) { pages.append(page) }
            case .review, .dimensions:
                break
            }
        }
        guard let config else { return (nil, diagnostics) }
        return (ReviewContent(config: config, dimensions: dimensions, opds: opds, programs: programs, pages: pages,
                              filesRead: files.count), diagnostics)
    }

    // MARK: - Shared steps

    /// Decodes and composes a YAML document; `nil` with diagnostics when it cannot.
    private func compose(_ yaml: String, path: String, lineOffset: Int, into diagnostics: inout [Diagnostic]) -> (ok: Bool, node: Node?) {
        do {
            return (true, try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, lineOffset: lineOffset, yaml: yaml))
            return (false, nil)
        } catch {
            diagnostics.append(Diagnostic(.error, "yaml.syntax", at: SourceLocation(path: path, line: lineOffset + 1, column: 1),
                                          "YAML tidak dapat dibaca: \(error)", en: "the YAML cannot be read: \(error)"))
            return (false, nil)
        }
    }

    /// Turns a Yams error into a positioned diagnostic with a hint for the usual causes.
    static func diagnostic(for error: YamlError, path: String, lineOffset: Int, yaml: String) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        /// The hint for the usual cause, in Indonesian and English.
        func hint(line: Int, problem: String) -> (id: String, en: String) {
            let text = line >= 1 && line <= lines.count ? String(lines[line - 1]) : ""
            if text.contains("\t") {
                return ("YAML tidak menerima tab untuk indentasi; ganti tab dengan spasi",
                        "YAML does not accept tabs for indentation; replace the tabs with spaces")
            }
            if problem.contains("mapping values are not allowed") {
                return ("nilai yang berisi `: ` harus diapit tanda kutip, misalnya `judul: \"Aplikasi: Lapor Bantul\"`",
                        "a value that contains `: ` must be put in quotes, for example `judul: \"Aplikasi: Lapor Bantul\"`")
            }
            if problem.contains("could not find expected ':'") {
                return ("setiap baris front matter berbentuk `kolom: nilai`; periksa titik dua dan tanda kutip di baris ini",
                        "every front matter line has the form `kolom: nilai`; check the colon and the quotes on this line")
            }
            if problem.contains("found character that cannot start any token") {
                return ("nilai yang diawali karakter khusus (`@`, `` ` ``, `%`, tab) harus diapit tanda kutip",
                        "a value that starts with a special character (`@`, `` ` ``, `%`, tab) must be put in quotes")
            }
            return ("periksa indentasi (spasi, bukan tab), titik dua setelah nama kolom, dan tanda kutip yang berpasangan",
                    "check the indentation (spaces, not tabs), the colon after each field name, and that quotes come in pairs")
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            let hint = hint(line: mark.line, problem: problem)
            return Diagnostic(.error, "yaml.syntax", at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column),
                              "YAML tidak sah: \(problem)", hint: hint.id,
                              en: "invalid YAML: \(problem)", hintEN: hint.en)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            var lineNumbers: [Int] = []
            for (index, line) in lines.enumerated() {
                for key in duplicates where line.hasPrefix(key + ":") || line.trimmingCharacters(in: .whitespaces).hasPrefix(key + ":") {
                    lineNumbers.append(index + 1 + lineOffset)
                }
            }
            let first = lineNumbers.first ?? (context.mark.line + lineOffset)
            let where_ = lineNumbers.count > 1 ? " (baris " + lineNumbers.map(String.init).joined(separator: " dan ") + ")" : ""
            let whereEN = lineNumbers.count > 1 ? " (lines " + lineNumbers.map(String.init).joined(separator: " and ") + ")" : ""
            return Diagnostic(.error, "yaml.duplicate-key", at: SourceLocation(path: path, line: first, column: 1),
                              "kolom \(names) ditulis lebih dari sekali\(where_)",
                              hint: "hapus salah satunya; YAML hanya mengizinkan satu nilai per kolom",
                              en: "\(duplicates.count > 1 ? "fields \(names) are" : "field \(names) is") written more than once\(whereEN)",
                              hintEN: "remove one of them; YAML allows only one value per field")
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, "yaml.reader", at: SourceLocation(path: path, line: lineOffset + 1, column: 1),
                              "YAML tidak dapat dibaca: \(problem)", hint: "simpan berkas sebagai teks UTF-8",
                              en: "the YAML cannot be read: \(problem)", hintEN: "save the file as UTF-8 text")
        default:
            return Diagnostic(.error, "yaml.syntax", at: SourceLocation(path: path, line: lineOffset + 1, column: 1),
                              "YAML tidak dapat dibaca: \(error)", en: "the YAML cannot be read: \(error)")
        }
    }

    /// Decodes a Markdown file and splits its front matter; nil with diagnostics on failure.
    private func frontMatter(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> (document: FrontMatterDocument, reader: YAMLReader)? {
        let source: SourceText
        switch SourceText.decode(file.bytes, path: file.path) {
        case .success(let s): source = s
        case .failure(let d): diagnostics.append(d); return nil
        }
        let document: FrontMatterDocument
        switch FrontMatterSplitter.split(source) {
        case .success(let d): document = d
        case .failure(let d): diagnostics.append(d); return nil
        }
        let lineOffset = document.yamlFirstLine - 1
        let composed = compose(document.yaml, path: file.path, lineOffset: lineOffset, into: &diagnostics)
        guard composed.ok else { return nil }
        if composed.node == nil {
            diagnostics.append(Diagnostic(.error, "frontmatter.empty", at: SourceLocation(path: file.path, line: 1, column: 1),
                                          "front matter kosong", hint: "isi kolom wajib di antara kedua baris `---`, misalnya `judul: …`",
                                          en: "the front matter is empty",
                                          hintEN: "fill in the required fields between the two `---` lines, for example `judul: …`"))
            return nil
        }
        return (document, YAMLReader(node: composed.node, path: file.path, lineOffset: lineOffset, what: "front matter", whatEN: "the front matter"))
    }

    // MARK: - Review

    private func parseReview(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> ReviewConfig? {
        let source: SourceText
        switch SourceText.decode(file.bytes, path: file.path) {
        case .success(let s): source = s
        case .failure(let d): diagnostics.append(d); return nil
        }
        let composed = compose(source.text, path: file.path, lineOffset: 0, into: &diagnostics)
        guard composed.ok else { return nil }
        guard composed.node != nil else {
            diagnostics.append(Diagnostic(.error, "review.empty", at: SourceLocation(path: file.path, line: 1, column: 1),
                                          "`tinjau.yml` kosong", hint: "isi `judul`, `wilayah`, `tahun_review` dan `masterplan`",
                                          en: "`tinjau.yml` is empty", hintEN: "fill in `judul`, `wilayah`, `tahun_review` and `masterplan`"))
            return nil
        }
        let r = YAMLReader(node: composed.node, path: file.path, lineOffset: 0, what: "tinjau.yml", whatEN: "tinjau.yml")
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let region = r.string("wilayah", required: true)
        let code = r.string("kode_wilayah")
        let year = r.integer("tahun_review", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)")
        var start: Int?, end: Int?, masterplanTitle: String?
        if let node = r.node("masterplan") {
            let m = YAMLReader(node: node, path: file.path, lineOffset: 0, what: "`masterplan`", whatEN: "`masterplan`")
            masterplanTitle = m.string("judul")
            start = m.integer("tahun_mulai", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)")
            end = m.integer("tahun_selesai", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)")
            m.reportUnknownKeys(known: ["judul", "tahun_mulai", "tahun_selesai"], what: "`masterplan`", whatEN: "`masterplan`")
            r.append(m.diagnostics)
            if let s = start, let e = end, s > e, let n = m.node("tahun_selesai") {
                r.report(.error, "review.period", at: n, "`masterplan.tahun_selesai` (\(e)) lebih awal dari `tahun_mulai` (\(s))",
                         hint: "tukar kedua tahun atau perbaiki salah satunya",
                         en: "`masterplan.tahun_selesai` (\(e)) is earlier than `tahun_mulai` (\(s))",
                         hintEN: "swap the two years or correct one of them")
            }
        } else {
            r.missing("masterplan")
        }
        var date: ISODate?
        if let text = r.string("tanggal_review") {
            date = ISODate(text)
            if date == nil {
                r.report(.error, "value.date", at: r.node("tanggal_review"), "`tanggal_review` harus tanggal berbentuk TTTT-BB-HH, bukan `\(text)`",
                         hint: "misalnya `tanggal_review: 2020-07-23` untuk 23 Juli 2020",
                         en: "`tanggal_review` must be a date in the form YYYY-MM-DD, not `\(text)`",
                         hintEN: "for example `tanggal_review: 2020-07-23` for 23 July 2020")
            }
        }
        var baseURL = r.string("base_url")
        if let url = baseURL {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                r.report(.error, "review.base-url", at: r.node("base_url"), "`base_url` harus alamat lengkap yang diawali `https://`",
                         hint: "misalnya `base_url: https://smartcity.bantulkab.go.id`",
                         en: "`base_url` must be a full address starting with `https://`",
                         hintEN: "for example `base_url: https://smartcity.bantulkab.go.id`")
                baseURL = nil
            } else {
                while baseURL?.hasSuffix("/") == true { baseURL?.removeLast() }
            }
        }
        let scoring = parseScoring(r, path: file.path)
        let config = ReviewConfig(title: title ?? "", region: region ?? "", regionCode: code, reviewYear: year ?? 0,
                                  masterplanTitle: masterplanTitle, masterplanStart: start ?? 0, masterplanEnd: end ?? 0,
                                  reviewDate: date, organiser: r.string("penyelenggara"), evaluator: r.string("evaluator"),
                                  description: r.string("deskripsi"), baseURL: baseURL,
                                  allowRawHTML: r.bool("izinkan_html") ?? false, scoring: scoring, sourcePath: file.path)
        r.reportUnknownKeys(known: Self.reviewFields, what: "tinjau.yml", whatEN: "tinjau.yml")
        let failed = r.diagnostics.hasErrors
        return failed && (title == nil || year == nil || start == nil || end == nil) ? nil : config
    }

    private func parseScoring(_ r: YAMLReader, path: String) -> ScoringSettings {
        guard let node = r.node("penilaian") else { return ScoringSettings() }
        let p = YAMLReader(node: node, path: path, lineOffset: 0, what: "`penilaian`", whatEN: "`penilaian`")
        defer { r.append(p.diagnostics) }
        var settings = ScoringSettings()
        if let method = p.choice("metode", ScoringMethod.self, what: "metode penilaian", whatEN: "scoring method") { settings.method = method }
        if p.node("status_terealisasi") != nil {
            var statuses: [ProgramStatus] = []
            for text in p.stringList("status_terealisasi") {
                if let status = ProgramStatus(rawValue: text) {
                    if status == .batal {
                        p.report(.error, "scoring.batal", at: p.node("status_terealisasi"), "status `batal` tidak dapat dihitung sebagai terealisasi",
                                 hint: "program batal tidak masuk pembilang maupun penyebut; hapus `batal` dari daftar",
                                 en: "status `batal` cannot be counted as realised",
                                 hintEN: "a cancelled programme counts in neither the numerator nor the denominator; remove `batal` from the list")
                    } else if !statuses.contains(status) { statuses.append(status) }
                } else {
                    p.report(.error, "value.unknown", at: p.node("status_terealisasi"), "status `\(text)` tidak dikenal",
                             hint: Suggestion.hint(for: text, among: ProgramStatus.allCases.map(\.rawValue), key: nil),
                             en: "unknown status `\(text)`",
                             hintEN: Suggestion.hintEN(for: text, among: ProgramStatus.allCases.map(\.rawValue), key: nil))
                }
            }
            if statuses.isEmpty {
                p.report(.error, "scoring.statuses-empty", at: p.node("status_terealisasi"), "`status_terealisasi` tidak berisi status yang sah",
                         hint: "biasanya `status_terealisasi: [berjalan, selesai]`",
                         en: "`status_terealisasi` contains no valid status", hintEN: "usually `status_terealisasi: [berjalan, selesai]`")
            } else {
                settings.realisedStatuses = ProgramStatus.allCases.filter(statuses.contains)
            }
        }
        if let precision = p.integer("presisi", range: 0...3, what: "jumlah angka desimal (0 sampai 3)",
                                            whatEN: "a number of decimal places (0 to 3)") { settings.precision = precision }
        let bandNodes = p.mappings("tingkat_kematangan")
        if !bandNodes.isEmpty {
            var bands: [MaturityBand] = []
            for bandNode in bandNodes {
                let b = YAMLReader(node: bandNode, path: path, lineOffset: 0, what: "tingkat kematangan", whatEN: "a maturity band")
                let minimum = b.number("min", required: true)
                let name = b.string("nama", required: true)
                let description = b.string("keterangan") ?? ""
                b.reportUnknownKeys(known: ["min", "nama", "keterangan"], what: "tingkat kematangan", whatEN: "a maturity band")
                p.append(b.diagnostics)
                if let minimum, let name {
                    if !(0...100).contains(minimum) {
                        p.report(.error, "scoring.band-range", at: bandNode, "batas bawah `min: \(IndonesianFormat.number(minimum))` di luar 0–100",
                                 hint: "batas dinyatakan dalam persen, 0 sampai 100",
                                 en: "lower bound `min: \(IndonesianFormat.number(minimum))` is outside 0–100",
                                 hintEN: "bounds are percentages, 0 to 100")
                    } else if bands.contains(where: { $0.minimum == minimum }) {
                        p.report(.error, "scoring.band-duplicate", at: bandNode, "dua tingkat kematangan memakai `min: \(IndonesianFormat.number(minimum))`",
                                 hint: "setiap tingkat perlu batas bawah yang berbeda",
                                 en: "two maturity bands use `min: \(IndonesianFormat.number(minimum))`",
                                 hintEN: "each band needs a different lower bound")
                    } else {
                        bands.append(MaturityBand(minimum: minimum, name: name, description: description))
                    }
                }
            }
            bands.sort { $0.minimum < $1.minimum }
            if let first = bands.first, first.minimum != 0 {
                p.report(.error, "scoring.band-start", at: bandNodes.first, "tingkat kematangan terendah harus mulai dari `min: 0`",
                         hint: "tambahkan tingkat dengan `min: 0` agar setiap skor mendapat tingkat",
                         en: "the lowest maturity band must start at `min: 0`",
                         hintEN: "add a band with `min: 0` so that every score falls in a band")
            }
            if !bands.isEmpty { settings.maturityBands = bands }
        }
        p.reportUnknownKeys(known: ["metode", "status_terealisasi", "presisi", "tingkat_kematangan"], what: "`penilaian`",
                            whatEN: "`penilaian`")
        return settings
    }

    // MARK: - Dimensions

    private func parseDimensions(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> [Dimension] {
        var dimensions = Dimension.builtIn
        guard case .success(let source) = SourceText.decode(file.bytes, path: file.path).mapError({ d -> Diagnostic in
            diagnostics.append(d); return d
        }) else { return dimensions }
        let composed = compose(source.text, path: file.path, lineOffset: 0, into: &diagnostics)
        guard composed.ok, let node = composed.node else { return dimensions }
        let r = YAMLReader(node: node, path: file.path, lineOffset: 0, what: "dimensi.yml", whatEN: "dimensi.yml")
        defer { diagnostics += r.diagnostics }
        for index in dimensions.indices {
            let id = dimensions[index].id
            guard let dimNode = r.node(id.rawValue) else { continue }
            let d = YAMLReader(node: dimNode, path: file.path, lineOffset: 0, what: "dimensi `\(id.rawValue)`",
                               whatEN: "dimension `\(id.rawValue)`")
            if let name = d.string("nama") { dimensions[index].name = name }
            if let short = d.string("nama_pendek") { dimensions[index].shortName = short }
            if let description = d.string("deskripsi") { dimensions[index].description = description }
            let elementNodes = d.mappings("elemen")
            if d.node("elemen") != nil {
                var elements: [Element] = []
                for elementNode in elementNodes {
                    let e = YAMLReader(node: elementNode, path: file.path, lineOffset: 0, what: "elemen", whatEN: "an element")
                    if let slug = e.string("slug", required: true), let name = e.string("nama", required: true) {
                        if !Slug.isValid(slug) {
                            e.report(.error, "dimension.element-slug", at: e.node("slug"), "slug elemen `\(slug)` tidak sah",
                                     hint: "pakai huruf kecil, angka dan tanda minus, misalnya `\(Slug.make(slug))`",
                                     en: "element slug `\(slug)` is not valid",
                                     hintEN: "use lower-case letters, digits and hyphens, for example `\(Slug.make(slug))`")
                        } else if elements.contains(where: { $0.slug == slug }) {
                            e.report(.error, "dimension.element-duplicate", at: e.node("slug"), "elemen `\(slug)` ditulis dua kali",
                                     hint: "hapus salah satunya",
                                     en: "element `\(slug)` is written twice", hintEN: "remove one of them")
                        } else {
                            elements.append(Element(slug: slug, name: name))
                        }
                    }
                    e.reportUnknownKeys(known: ["slug", "nama"], what: "elemen", whatEN: "an element")
                    d.append(e.diagnostics)
                }
                if !elements.isEmpty { dimensions[index].elements = elements }
            }
            d.reportUnknownKeys(known: ["nama", "nama_pendek", "deskripsi", "elemen"], what: "dimensi `\(id.rawValue)`",
                                whatEN: "dimension `\(id.rawValue)`")
            r.append(d.diagnostics)
        }
        r.reportUnknownKeys(known: DimensionID.allCases.map(\.rawValue), what: "dimensi.yml", whatEN: "dimensi.yml")
        return dimensions
    }

    // MARK: - OPD, programme, page

    private func parseOPD(_ file: SourceFile, slug: String, into diagnostics: inout [Diagnostic]) -> OPD? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let name = r.string("nama", required: true)
        let opd = OPD(slug: slug, name: name ?? slug, abbreviation: r.string("singkatan"),
                      itOperators: r.integer("operator_ti", range: 0...100_000, what: "jumlah orang (bilangan bulat)",
                                             whatEN: "a number of people (a whole number)"),
                      isIllustration: r.bool("ilustrasi") ?? false, body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path)
        r.reportUnknownKeys(known: Self.opdFields, what: "front matter OPD", whatEN: "the OPD front matter")
        return name == nil ? nil : opd
    }

    private func parseProgram(_ file: SourceFile, opd: String, slug: String, dimensions: [Dimension],
                              into diagnostics: inout [Diagnostic]) -> Program? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let dimension = r.choice("dimensi", DimensionID.self, required: true, what: "dimensi", whatEN: "dimension")
        var element = r.string("elemen")
        if let slugText = element, let dimension {
            let dim = dimensions.first { $0.id == dimension }!
            if dim.element(slugText) == nil {
                let other = dimensions.first { $0.element(slugText) != nil }
                let hint = other.map { "elemen `\(slugText)` termasuk dimensi `\($0.id.rawValue)`; perbaiki `dimensi` atau pilih elemen \(dimension.rawValue): " +
                    dim.elements.map { "`\($0.slug)`" }.joined(separator: ", ") }
                    ?? Suggestion.hint(for: slugText, among: dim.elements.map(\.slug), key: "elemen")
                let hintEN = other.map { "element `\(slugText)` belongs to dimension `\($0.id.rawValue)`; correct `dimensi` or choose an element of \(dimension.rawValue): " +
                    dim.elements.map { "`\($0.slug)`" }.joined(separator: ", ") }
                    ?? Suggestion.hintEN(for: slugText, among: dim.elements.map(\.slug), key: "elemen")
                r.report(.error, "program.elemen.unknown", at: r.node("elemen"), "elemen `\(slugText)` tidak ada dalam dimensi `\(dimension.rawValue)`", hint: hint,
                         en: "element `\(slugText)` is not in dimension `\(dimension.rawValue)`", hintEN: hintEN)
                element = nil
            }
        }
        let status = r.choice("status", ProgramStatus.self, required: true, what: "status", whatEN: "status")
        let term = r.choice("jangka", ProgramTerm.self, what: "jangka", whatEN: "term")
        let start = r.integer("tahun_mulai", range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)")
        let end = r.integer("tahun_selesai", range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)")
        let budget = r.rupiah("anggaran")
        let realised = r.rupiah("realisasi_anggaran")
        var indicators: [Indicator] = []
        for node in r.mappings("indikator") {
            let i = YAMLReader(node: node, path: file.path, lineOffset: r.lineOffset, what: "indikator", whatEN: "an indicator")
            let name = i.string("nama", required: true)
            let indicator = Indicator(name: name ?? "", unit: i.string("satuan") ?? "", baseline: i.number("baseline"),
                                      target: i.number("target", required: true), realisation: i.number("realisasi"),
                                      direction: i.choice("arah", IndicatorDirection.self, what: "arah", whatEN: "direction") ?? .naik,
                                      weight: i.number("bobot") ?? 1, location: i.location(of: node))
            if indicator.weight <= 0, let n = i.node("bobot") {
                i.report(.error, "indicator.weight", at: n, "`bobot` harus lebih dari 0", hint: "hapus `bobot` untuk bobot 1, atau tulis angka positif",
                         en: "`bobot` must be greater than 0", hintEN: "remove `bobot` for a weight of 1, or write a positive number")
            }
            i.reportUnknownKeys(known: Self.indicatorFields, what: "indikator", whatEN: "an indicator")
            r.append(i.diagnostics)
            if name != nil { indicators.append(indicator) }
        }
        var locations: [String: SourceLocation] = [:]
        for key in r.keys { if let location = r.location(ofKey: key) { locations[key] = location } }
        let program = Program(slug: slug, opdSlug: opd, title: title ?? "", dimension: dimension ?? .governance, element: element,
                              status: status ?? .rencana, term: term, startYear: start, endYear: end, budget: budget,
                              budgetRealised: realised, fundingSource: r.string("sumber_dana"), partners: r.stringList("mitra"),
                              indicators: indicators, delayReason: r.string("alasan_tunda"), keywords: r.stringList("kata_kunci"),
                              summary: r.string("ringkasan"), isIllustration: r.bool("ilustrasi") ?? false,
                              body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path, fieldLocations: locations)
        r.reportUnknownKeys(known: Self.programFields, what: "front matter program", whatEN: "the programme front matter")
        return title == nil || dimension == nil || status == nil ? nil : program
    }

    private func parsePage(_ file: SourceFile, slug: String, into diagnostics: inout [Diagnostic]) -> NarrativePage? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let page = NarrativePage(slug: slug, title: title ?? "", order: r.integer("urutan", range: -100_000...100_000) ?? 100,
                                 summary: r.string("ringkasan"), body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path)
        r.reportUnknownKeys(known: Self.pageFields, what: "front matter halaman", whatEN: "the page front matter")
        return title == nil ? nil : page
    }
}

import Foundation
