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
        "sebelumnya",
    ]
    /// Fields of an indicator.
    public static let indicatorFields = ["nama", "satuan", "baseline", "target", "realisasi", "arah", "bobot"]
    /// Front-matter fields of an OPD's `_index.md`.
    public static let opdFields = ["nama", "singkatan", "operator_ti", "ilustrasi", "sebelumnya"]
    /// Front-matter fields of a narrative page.
    public static let pageFields = ["judul", "urutan", "ringkasan"]
    /// Top-level fields of `tinjau.yml`.
    public static let reviewFields = [
        "judul", "wilayah", "kode_wilayah", "tahun_review", "masterplan", "tanggal_review", "penyelenggara",
        "evaluator", "deskripsi", "base_url", "izinkan_html", "penilaian", "tumpang_tindih", "data",
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
        // Files are independent: parse them on all cores, then collect in file order.
        enum Parsed: Sendable { case opd(OPD?), program(Program?), page(NarrativePage?), none }
        let knownDimensions = dimensions
        let parsed = Parallel.map(files) { file -> (Parsed, [Diagnostic]) in
            var found: [Diagnostic] = []
            switch file.kind {
            case .opd(let slug): return (.opd(parseOPD(file, slug: slug, into: &found)), found)
            case .program(let opd, let slug):
                return (.program(parseProgram(file, opd: opd, slug: slug, dimensions: knownDimensions, into: &found)), found)
            case .page(let slug): return (.page(parsePage(file, slug: slug, into: &found)), found)
            case .review, .dimensions, .archive: return (.none, found)
            }
        }
        for (item, found) in parsed {
            diagnostics += found
            switch item {
            case .opd(let opd?): opds.append(opd)
            case .program(let program?): programs.append(program)
            case .page(let page?): pages.append(page)
            default: break
            }
        }
        guard let config else { return (nil, diagnostics) }
        return (ReviewContent(config: config, dimensions: dimensions, opds: opds, programs: programs, pages: pages,
                              filesRead: files.count), diagnostics)
    }

    // MARK: - Shared steps

    /// Composes a YAML document; `ok` is false (with diagnostics) when it cannot. Anchors, tags
    /// and aliases, which YAML drops from values, are reported here for the whole document.
    private func compose(_ yaml: String, path: String, lineOffset: Int,
                         into diagnostics: inout [Diagnostic]) -> (ok: Bool, node: Node?, lines: YAMLLines) {
        let lines = YAMLLines(yaml)
        do {
            // The basic resolver: tinjau reads every value from its literal text, so YAML 1.1 implicit typing
            // (yes → true, 0755 → octal), and the regular expressions it runs on every scalar, are not needed.
            let node = try Yams.compose(yaml: yaml, .basic)
            if let node { diagnostics += YAMLReader.propertyDiagnostics(node, lines: lines, path: path, lineOffset: lineOffset) }
            return (true, node, lines)
        } catch let error as YamlError {
            // A no-break space (U+00A0, typed by Word, WhatsApp or a web page) looks like a space but is
            // not one to YAML; YAML's own message then points somewhere confusing, so it is left out.
            let yamlDiagnostics = YAMLErrorDiagnostics.diagnostics(for: error, path: path, lineOffset: lineOffset, yaml: yaml)
            let firstProblem = yamlDiagnostics.map(\.location.line).min() ?? Int.max
            for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard lineOffset + index + 1 <= firstProblem,
                      let column = line.firstIndex(of: "\u{00A0}").map({ line.distance(from: line.startIndex, to: $0) + 1 }) else { continue }
                diagnostics.append(Diagnostic(.error, "yaml.nbsp", at: SourceLocation(path: path, line: lineOffset + index + 1, column: column),
                    "ada spasi tak-terputus (U+00A0) di sini; bagi YAML itu bukan spasi",
                    hint: "hapus karakter ini lalu ketik spasi biasa (biasanya terbawa saat menyalin dari Word, WhatsApp atau halaman web)",
                    en: "there is a no-break space (U+00A0) here; to YAML it is not a space",
                    hintEN: "delete this character and type a plain space (it usually comes with text copied from Word, WhatsApp or a web page)"))
                return (false, nil, lines)
            }
            diagnostics += yamlDiagnostics
            return (false, nil, lines)
        } catch {
            diagnostics.append(Diagnostic(.error, "yaml.syntax", at: SourceLocation(path: path, line: lineOffset + 1, column: 1),
                                          "YAML tidak dapat dibaca: \(error)", en: "the YAML cannot be read: \(error)"))
            return (false, nil, lines)
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
        return (document, YAMLReader(node: composed.node, path: file.path, lineOffset: lineOffset, lines: composed.lines,
                                     what: "front matter", whatEN: "the front matter"))
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
        let r = YAMLReader(node: composed.node, path: file.path, lineOffset: 0, lines: composed.lines, what: "tinjau.yml",
                           whatEN: "tinjau.yml", place: "di `tinjau.yml`", placeEN: "to `tinjau.yml`")
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let region = r.string("wilayah", required: true)
        let code = r.string("kode_wilayah", freeText: false)
        let year = r.integer("tahun_review", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
                             example: "2020")
        var locations = r.valueLocations
        var start: Int?, end: Int?, masterplanTitle: String?
        if let node = r.node("masterplan") {
            let m = r.child(node, what: "`masterplan`", whatEN: "`masterplan`",
                            place: "di bawah `masterplan:` dalam `tinjau.yml` (menjorok dua spasi)",
                            placeEN: "under `masterplan:` in `tinjau.yml` (indented by two spaces)", example: "tahun_mulai: 2018")
            masterplanTitle = m.string("judul")
            start = m.integer("tahun_mulai", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
                              example: "2018")
            end = m.integer("tahun_selesai", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
                            example: "2023")
            m.reportUnknownKeys(known: ["judul", "tahun_mulai", "tahun_selesai"], what: "`masterplan`", whatEN: "`masterplan`")
            r.append(m.diagnostics)
            for (key, location) in m.valueLocations { locations["masterplan." + key] = location }
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
        if let text = r.string("tanggal_review", freeText: false) {
            date = ISODate(text)
            if date == nil {
                let problem = Self.dateProblem(text, key: "tanggal_review")
                r.report(.error, "value.date", at: r.node("tanggal_review"), problem.message, hint: problem.hint,
                         en: problem.messageEN, hintEN: problem.hintEN)
            }
        }
        var baseURL: String?
        if let text = r.string("base_url", freeText: false) {
            switch SiteAddress.normalisedBase(text) {
            case .success(let address):
                baseURL = address
            case .failure(let problem):
                let p = Self.baseURLProblem(problem)
                r.report(.error, "review.base-url", at: r.node("base_url"), p.message, hint: p.hint, en: p.messageEN, hintEN: p.hintEN)
            }
        }
        let scoring = parseScoring(r, path: file.path)
        var overlapThreshold = Rational(1, 5), overlapMaxPerProgram = 5
        if let node = r.node("tumpang_tindih"), !YAMLReader.isNull(node) {
            let t = r.child(node, what: "`tumpang_tindih`", whatEN: "`tumpang_tindih`",
                            place: "di bawah `tumpang_tindih:` dalam `tinjau.yml` (menjorok dua spasi)",
                            placeEN: "under `tumpang_tindih:` in `tinjau.yml` (indented by two spaces)", example: "ambang: 0.2")
            if let threshold = t.number("ambang", kind: .fraction) {
                if threshold >= .zero && threshold <= .one {
                    overlapThreshold = threshold
                } else {
                    // 20 meant as 20 %
                    let suggestion = threshold >= 2 && threshold <= 100 ? (threshold / 100).plainDecimal(maxDecimals: 6) : "0.2"
                    t.report(.error, "value.out-of-range", at: t.node("ambang"),
                             "`ambang` bernilai \(IndonesianFormat.number(threshold)), di luar rentang 0–1",
                             hint: "ambang adalah kemiripan dari 0 sampai 1, bukan persen: tulis misalnya `ambang: \(suggestion)`",
                             en: "`ambang` is \(IndonesianFormat.number(threshold)), outside the range 0–1",
                             hintEN: "the threshold is a similarity from 0 to 1, not a percentage: write for example `ambang: \(suggestion)`")
                }
            }
            if let most = t.integer("maks_per_program", range: 1...100, what: "jumlah pasangan per program (bilangan bulat 1–100)",
                                    whatEN: "a number of matches per programme (a whole number 1–100)", example: "5") {
                overlapMaxPerProgram = most
            }
            t.reportUnknownKeys(known: ["ambang", "maks_per_program"], what: "`tumpang_tindih`", whatEN: "`tumpang_tindih`")
            for (key, location) in t.valueLocations { locations["tumpang_tindih." + key] = location }
            r.append(t.diagnostics)
        }
        var licence = "CC BY 4.0", producer: String?, steward: String?
        if let node = r.node("data"), !YAMLReader.isNull(node) {
            let d = r.child(node, what: "`data`", whatEN: "`data`",
                            place: "di bawah `data:` dalam `tinjau.yml` (menjorok dua spasi)",
                            placeEN: "under `data:` in `tinjau.yml` (indented by two spaces)", example: "lisensi: CC BY 4.0")
            if let text = d.string("lisensi") { licence = text }
            producer = d.string("produsen")
            steward = d.string("walidata")
            d.reportUnknownKeys(known: ["lisensi", "produsen", "walidata"], what: "`data`", whatEN: "`data`")
            for (key, location) in d.valueLocations { locations["data." + key] = location }
            r.append(d.diagnostics)
        }
        let config = ReviewConfig(title: title ?? "", region: region ?? "", regionCode: code, reviewYear: year ?? 0,
                                  masterplanTitle: masterplanTitle, masterplanStart: start ?? 0, masterplanEnd: end ?? 0,
                                  reviewDate: date, organiser: r.string("penyelenggara"), evaluator: r.string("evaluator"),
                                  description: r.string("deskripsi"), baseURL: baseURL,
                                  allowRawHTML: r.bool("izinkan_html") ?? false, scoring: scoring,
                                  overlapThreshold: overlapThreshold, overlapMaxPerProgram: overlapMaxPerProgram, dataLicence: licence, dataProducer: producer,
                                  dataSteward: steward, sourcePath: file.path, fieldLocations: locations)
        r.reportUnknownKeys(known: Self.reviewFields, what: "tinjau.yml", whatEN: "tinjau.yml")
        let failed = r.diagnostics.hasErrors
        return failed && (title == nil || year == nil || start == nil || end == nil) ? nil : config
    }

    /// The message and hint for a `base_url` that ``SiteAddress/normalisedBase(_:)`` refuses.
    static func baseURLProblem(_ problem: SiteAddress.Problem) -> (message: String, hint: String, messageEN: String, hintEN: String) {
        let example = "misalnya `base_url: https://smartcity.bantulkab.go.id/`"
        let exampleEN = "for example `base_url: https://smartcity.bantulkab.go.id/`"
        switch problem {
        case .scheme, .unparsable:
            return ("`base_url` harus alamat lengkap yang diawali `https://` (atau `http://`)", example,
                    "`base_url` must be a full address starting with `https://` (or `http://`)", exampleEN)
        case .host:
            return ("`base_url` tidak memuat nama host setelah `https://`", example,
                    "`base_url` has no host name after `https://`", exampleEN)
        case .invalidHost(let host):
            return ("nama host `\(host)` dalam `base_url` tidak sah",
                    "nama host hanya boleh huruf ASCII, angka, `-` dan `.`; nama domain beraksara lain ditulis dalam bentuk `xn--…` (Punycode)",
                    "the host name `\(host)` in `base_url` is not valid",
                    "a host name may hold only ASCII letters, digits, `-` and `.`; write an internationalised domain name in its `xn--…` (Punycode) form")
        case .userInfo:
            return ("`base_url` tidak boleh memuat nama pengguna atau kata sandi (`…@`)",
                    "hapus bagian sebelum `@`; " + example,
                    "`base_url` must not hold a user name or password (`…@`)", "remove the part before `@`; " + exampleEN)
        case .queryOrFragment:
            return ("`base_url` tidak boleh memuat `?` atau `#`",
                    "tulis alamat folder situs saja, tanpa `?…` dan `#…`; " + example,
                    "`base_url` must not hold `?` or `#`", "write the address of the site's folder only, without `?…` and `#…`; " + exampleEN)
        }
    }

    /// What is wrong with a date that ``ISODate`` refuses: a day or month that does not exist
    /// (`2020-02-30`), the day-first order of Indonesian letters (`23-07-2020`), or another form.
    static func dateProblem(_ text: String, key: String) -> (message: String, hint: String, messageEN: String, hintEN: String) {
        let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                        "November", "December"]
        func number(_ part: Substring) -> Int? { part.allSatisfy { $0.isASCII && $0.isNumber } ? Int(part) : nil }
        func daysIn(_ month: Int, _ year: Int) -> Int {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
           let y = number(iso[0]), let m = number(iso[1]), number(iso[2]) != nil {
            if !(1...12).contains(m) {
                return ("`\(key)` \(text) tidak ada: bulan `\(iso[1])` tidak ada (bulan ditulis 01 sampai 12, di tengah)",
                        "urutannya tahun-bulan-tanggal, misalnya `\(key): 2020-07-23` untuk 23 Juli 2020",
                        "`\(key)` \(text) does not exist: there is no month `\(iso[1])` (months are 01 to 12, in the middle)",
                        "the order is year-month-day, for example `\(key): 2020-07-23` for 23 July 2020")
            }
            let last = daysIn(m, y)
            return ("`\(key)` \(text) tidak ada: \(IndonesianFormat.monthNames[m - 1]) \(y) hanya sampai tanggal \(last)",
                    "periksa tanggalnya; hari terakhir bulan itu ditulis `\(key): \(y)-\(pad(m))-\(pad(last))`",
                    "`\(key)` \(text) does not exist: \(monthsEN[m - 1]) \(y) has only \(last) days",
                    "check the date; the last day of that month is written `\(key): \(y)-\(pad(m))-\(pad(last))`")
        }
        let message = "`\(key)` harus tanggal berbentuk TTTT-BB-HH, bukan `\(text)`"
        let messageEN = "`\(key)` must be a date in the form YYYY-MM-DD, not `\(text)`"
        let dayFirst = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        if dayFirst.count == 3, dayFirst[2].count == 4, let d = number(dayFirst[0]), let m = number(dayFirst[1]),
           let y = number(dayFirst[2]), (1...12).contains(m), d >= 1, d <= daysIn(m, y) {
            let written = "\(y)-\(pad(m))-\(pad(d))"
            return (message, "tulis tahun-bulan-tanggal: `\(key): \(written)` untuk \(d) \(IndonesianFormat.monthNames[m - 1]) \(y)",
                    messageEN, "write year-month-day: `\(key): \(written)` for \(d) \(monthsEN[m - 1]) \(y)")
        }
        return (message, "misalnya `\(key): 2020-07-23` untuk 23 Juli 2020",
                messageEN, "for example `\(key): 2020-07-23` for 23 July 2020")
    }

    private func parseScoring(_ r: YAMLReader, path: String) -> ScoringSettings {
        guard let node = r.node("penilaian") else { return ScoringSettings() }
        let p = r.child(node, what: "`penilaian`", whatEN: "`penilaian`",
                        place: "di bawah `penilaian:` dalam `tinjau.yml` (menjorok dua spasi)",
                        placeEN: "under `penilaian:` in `tinjau.yml` (indented by two spaces)", example: "metode: realisasi-program")
        defer { r.append(p.diagnostics) }
        var settings = ScoringSettings()
        if let method = p.choice("metode", ScoringMethod.self, what: "metode penilaian", whatEN: "scoring method") { settings.method = method }
        if p.node("status_terealisasi") != nil {
            var statuses: [ProgramStatus] = []
            let reportedBefore = p.diagnostics.count
            for (text, item) in p.stringItems("status_terealisasi") {
                guard let status = p.choiceValue(text, ProgramStatus.self, at: item, key: nil, what: "status", whatEN: "status") else {
                    continue
                }
                if status == .batal {
                    p.report(.error, "scoring.batal", at: item, "status `batal` tidak dapat dihitung sebagai terealisasi",
                             hint: "program batal tidak masuk pembilang maupun penyebut; hapus `batal` dari daftar",
                             en: "status `batal` cannot be counted as realised",
                             hintEN: "a cancelled programme counts in neither the numerator nor the denominator; remove `batal` from the list")
                } else if !statuses.contains(status) {
                    statuses.append(status)
                }
            }
            if !statuses.isEmpty {
                settings.realisedStatuses = ProgramStatus.allCases.filter(statuses.contains)
            } else if p.diagnostics.count == reportedBefore {
                // Only when no item was reported already: one error per mistake.
                p.report(.error, "scoring.statuses-empty", at: p.node("status_terealisasi"), "`status_terealisasi` tidak berisi status yang sah",
                         hint: "biasanya `status_terealisasi: [berjalan, selesai]`",
                         en: "`status_terealisasi` contains no valid status", hintEN: "usually `status_terealisasi: [berjalan, selesai]`")
            }
        }
        if let precision = p.integer("presisi", range: 0...3, what: "jumlah angka desimal (0 sampai 3)",
                                     whatEN: "a number of decimal places (0 to 3)", example: "1") { settings.precision = precision }
        let bandNodes = p.mappings("tingkat_kematangan")
        if !bandNodes.isEmpty {
            var bands: [MaturityBand] = []
            var bandRejected = false
            for bandNode in bandNodes {
                let b = p.child(bandNode, what: "tingkat kematangan", whatEN: "a maturity band",
                                place: "di tingkat kematangan ini (butir `tingkat_kematangan`)",
                                placeEN: "to this maturity band (an item of `tingkat_kematangan`)", example: "min: 40")
                let minimum = b.number("min", required: true, kind: .decimal(unit: false))
                let name = b.string("nama", required: true)
                let description = b.string("keterangan") ?? ""
                b.reportUnknownKeys(known: ["min", "nama", "keterangan"], what: "tingkat kematangan", whatEN: "a maturity band")
                p.append(b.diagnostics)
                if b.diagnostics.hasErrors || minimum == nil || name == nil { bandRejected = true }
                if let minimum, let name {
                    if minimum < .zero || minimum > .hundred {
                        bandRejected = true
                        p.report(.error, "scoring.band-range", at: b.node("min") ?? bandNode, "batas bawah `min: \(IndonesianFormat.number(minimum))` di luar 0–100",
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
            // A band that was rejected may be the one starting at 0: no second error for it.
            if !bandRejected, let first = bands.first, first.minimum != 0 {
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
        let r = YAMLReader(node: node, path: file.path, lineOffset: 0, lines: composed.lines, what: "dimensi.yml", whatEN: "dimensi.yml",
                           place: "di `dimensi.yml`", placeEN: "to `dimensi.yml`", example: "governance:")
        defer { diagnostics += r.diagnostics }
        for index in dimensions.indices {
            let id = dimensions[index].id
            guard let dimNode = r.node(id.rawValue) else { continue }
            let d = r.child(dimNode, what: "dimensi `\(id.rawValue)`", whatEN: "dimension `\(id.rawValue)`",
                            place: "di bawah `\(id.rawValue):` dalam `dimensi.yml` (menjorok dua spasi)",
                            placeEN: "under `\(id.rawValue):` in `dimensi.yml` (indented by two spaces)", example: "nama: Smart Governance")
            let name = d.string("nama")
            let short = d.string("nama_pendek")
            if let name {
                // Charts show the short name: a new name without `nama_pendek` replaces the built-in short one too.
                dimensions[index].name = name
                dimensions[index].shortName = short ?? name
            } else if let short {
                dimensions[index].shortName = short
            }
            if let description = d.string("deskripsi") { dimensions[index].description = description }
            let elementNodes = d.mappings("elemen")
            if d.node("elemen") != nil {
                var elements: [Element] = []
                for elementNode in elementNodes {
                    let e = d.child(elementNode, what: "elemen", whatEN: "an element",
                                    place: "di elemen ini (butir `elemen` dimensi `\(id.rawValue)` dalam `dimensi.yml`)",
                                    placeEN: "to this element (an item of `elemen` of dimension `\(id.rawValue)` in `dimensi.yml`)",
                                    example: "slug: layanan-publik")
                    let slugText = e.string("slug", required: true, freeText: false)
                    let nameText = e.string("nama", required: true)
                    if let slug = slugText, let name = nameText {
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
        var former: [String] = [], formerLocations: [SourceLocation] = []
        for (text, node) in r.stringItems("sebelumnya") where !former.contains(text) {
            guard Slug.isValid(text) else {
                r.report(.error, "opd.sebelumnya-format", at: node, "`sebelumnya` memuat `\(text)`, bukan slug OPD",
                         hint: "tulis slug (nama folder) OPD ini di review sebelumnya, misalnya `sebelumnya: [\(Slug.make(text).isEmpty ? "dinas-lama" : Slug.make(text))]`",
                         en: "`sebelumnya` lists `\(text)`, which is not an OPD slug",
                         hintEN: "write the slug (folder name) this OPD had in the earlier review, for example `sebelumnya: [\(Slug.make(text).isEmpty ? "dinas-lama" : Slug.make(text))]`")
                continue
            }
            former.append(text)
            formerLocations.append(r.location(of: node))
        }
        let opd = OPD(slug: slug, name: name ?? slug, abbreviation: r.string("singkatan"),
                      itOperators: r.integer("operator_ti", range: 0...100_000, what: "jumlah orang (bilangan bulat)",
                                             whatEN: "a number of people (a whole number)", example: "4"),
                      isIllustration: r.bool("ilustrasi") ?? false, formerSlugs: former,
                      body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path,
                      formerSlugLocations: formerLocations)
        r.reportUnknownKeys(known: Self.opdFields, what: "front matter OPD", whatEN: "the OPD front matter")
        return name == nil ? nil : opd
    }

    private func parseProgram(_ file: SourceFile, opd: String, slug: String, dimensions: [Dimension],
                              into diagnostics: inout [Diagnostic]) -> Program? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let dimension = r.choice("dimensi", DimensionID.self, required: true, what: "dimensi", whatEN: "dimension")
        var element = r.string("elemen", freeText: false)
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
        let start = r.integer("tahun_mulai", range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
                              example: "2020")
        let end = r.integer("tahun_selesai", range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
                            example: "2022")
        let budget = r.rupiah("anggaran")
        let realised = r.rupiah("realisasi_anggaran")
        var indicators: [Indicator] = []
        for node in r.mappings("indikator") {
            let i = r.child(node, what: "indikator", whatEN: "an indicator", place: "di butir indikator ini",
                            placeEN: "to this indicator", example: "nama: Aduan yang ditindaklanjuti")
            let name = i.string("nama", required: true)
            var indicator = Indicator(name: name ?? "", unit: i.string("satuan") ?? "", baseline: i.number("baseline"),
                                      target: i.number("target", required: true), realisation: i.number("realisasi"),
                                      direction: i.choice("arah", IndicatorDirection.self, what: "arah", whatEN: "direction") ?? .naik,
                                      weight: i.number("bobot", kind: .decimal(unit: false)) ?? .one, location: i.location(of: node))
            indicator.fieldLocations = i.valueLocations
            if indicator.weight <= .zero, let n = i.node("bobot") {
                i.report(.error, "indicator.weight", at: n, "`bobot` harus lebih dari 0", hint: "hapus `bobot` untuk bobot 1, atau tulis angka positif",
                         en: "`bobot` must be greater than 0", hintEN: "remove `bobot` for a weight of 1, or write a positive number")
            }
            i.reportUnknownKeys(known: Self.indicatorFields, what: "indikator", whatEN: "an indicator")
            r.append(i.diagnostics)
            if name != nil { indicators.append(indicator) }
        }
        // Partners: each once; the position of each item, for the cross-file checks.
        var partners: [String] = [], partnerLocations: [SourceLocation] = []
        for (partner, node) in r.stringItems("mitra") {
            if partners.contains(partner) {
                r.report(.warning, "program.mitra-duplicate", at: node, "`mitra` memuat `\(partner)` lebih dari sekali",
                         hint: "hapus `\(partner)` yang kedua; setiap OPD mitra cukup ditulis sekali",
                         en: "`mitra` lists `\(partner)` more than once",
                         hintEN: "remove the second `\(partner)`; each partner OPD is written once")
            } else {
                partners.append(partner)
                partnerLocations.append(r.location(of: node))
            }
        }
        // Former ids: `opd/slug`, each once.
        var former: [String] = [], formerLocations: [SourceLocation] = []
        for (text, node) in r.stringItems("sebelumnya") where !former.contains(text) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, parts.allSatisfy(Slug.isValid) else {
                let example = parts.count == 2 ? parts.map { Slug.make($0).isEmpty ? "slug" : Slug.make($0) }.joined(separator: "/") : "\(opd)/\(slug)-lama"
                r.report(.error, "program.sebelumnya-format", at: node, "`sebelumnya` memuat `\(text)`, bukan id program `opd/slug`",
                         hint: "tulis id program ini di review sebelumnya: slug OPD, garis miring, nama berkas tanpa `.md`, misalnya `sebelumnya: [\(example)]`",
                         en: "`sebelumnya` lists `\(text)`, which is not a programme id `opd/slug`",
                         hintEN: "write the id this programme had in the earlier review: the OPD slug, a slash, the file name without `.md`, for example `sebelumnya: [\(example)]`")
                continue
            }
            former.append(text)
            formerLocations.append(r.location(of: node))
        }
        let program = Program(slug: slug, opdSlug: opd, title: title ?? "", dimension: dimension ?? .governance, element: element,
                              status: status ?? .rencana, term: term, startYear: start, endYear: end, budget: budget,
                              budgetRealised: realised, fundingSource: r.string("sumber_dana"), partners: partners,
                              indicators: indicators, delayReason: r.string("alasan_tunda"), keywords: r.stringList("kata_kunci"),
                              summary: r.string("ringkasan"), isIllustration: r.bool("ilustrasi") ?? false, formerIDs: former,
                              body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path, fieldLocations: r.valueLocations,
                              partnerLocations: partnerLocations, formerIDLocations: formerLocations)
        r.reportUnknownKeys(known: Self.programFields, what: "front matter program", whatEN: "the programme front matter")
        return title == nil || dimension == nil || status == nil ? nil : program
    }

    private func parsePage(_ file: SourceFile, slug: String, into diagnostics: inout [Diagnostic]) -> NarrativePage? {
        guard let (document, r) = frontMatter(file, into: &diagnostics) else { return nil }
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let page = NarrativePage(slug: slug, title: title ?? "", order: r.integer("urutan", range: -100_000...100_000, example: "10") ?? 100,
                                 summary: r.string("ringkasan"), body: MarkdownSource(text: document.body, path: file.path, firstLine: document.bodyFirstLine), sourcePath: file.path)
        r.reportUnknownKeys(known: Self.pageFields, what: "front matter halaman", whatEN: "the page front matter")
        return title == nil ? nil : page
    }
}

import Foundation
