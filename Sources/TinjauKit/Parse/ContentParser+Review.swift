import Foundation
import Yams

/// `tinjau.yml`: the review's settings, its scoring, overlap and open-data sections.
extension ContentParser {
    func parseReview(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> ReviewConfig? {
        let source: SourceText
        switch SourceText.decode(file.bytes, path: file.path) {
        case .success(let s): source = s
        case .failure(let d):
            diagnostics.append(d)
            return nil
        }
        let composed = compose(source.text, path: file.path, lineOffset: 0, into: &diagnostics)
        guard composed.ok else { return nil }
        guard composed.node != nil else {
            diagnostics.append(
                Diagnostic(
                    .error, "review.empty", at: SourceLocation(path: file.path, line: 1, column: 1),
                    "`tinjau.yml` kosong", hint: "isi `judul`, `wilayah`, `tahun_review` dan `masterplan`",
                    en: "`tinjau.yml` is empty", hintEN: "fill in `judul`, `wilayah`, `tahun_review` and `masterplan`"))
            return nil
        }
        let r = YAMLReader(
            node: composed.node, path: file.path, lineOffset: 0, lines: composed.lines, what: "tinjau.yml",
            whatEN: "tinjau.yml", place: "di `tinjau.yml`", placeEN: "to `tinjau.yml`")
        defer { diagnostics += r.diagnostics }
        let title = r.string("judul", required: true)
        let region = r.string("wilayah", required: true)
        let code = r.string("kode_wilayah", freeText: false)
        let year = r.integer(
            "tahun_review", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
            example: "2020")
        var locations = r.valueLocations
        var start: Int?
        var end: Int?
        var masterplanTitle: String?
        if let node = r.node("masterplan") {
            let m = r.child(
                node, what: "`masterplan`", whatEN: "`masterplan`",
                place: "di bawah `masterplan:` dalam `tinjau.yml` (menjorok dua spasi)",
                placeEN: "under `masterplan:` in `tinjau.yml` (indented by two spaces)", example: "tahun_mulai: 2018")
            masterplanTitle = m.string("judul")
            start = m.integer(
                "tahun_mulai", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
                example: "2018")
            end = m.integer(
                "tahun_selesai", required: true, range: 1900...2200, what: "tahun (empat angka)", whatEN: "a year (four digits)",
                example: "2023")
            m.reportUnknownKeys(known: ["judul", "tahun_mulai", "tahun_selesai"], what: "`masterplan`", whatEN: "`masterplan`")
            r.append(m.diagnostics)
            for (key, location) in m.valueLocations { locations["masterplan." + key] = location }
            if let s = start, let e = end, s > e, let n = m.node("tahun_selesai") {
                r.report(
                    .error, "review.period", at: n, "`masterplan.tahun_selesai` (\(e)) lebih awal dari `tahun_mulai` (\(s))",
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
                r.report(
                    .error, "value.date", at: r.node("tanggal_review"), problem.message, hint: problem.hint,
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
        var overlapThreshold = Rational(1, 5)
        var overlapMaxPerProgram = 5
        if let node = r.node("tumpang_tindih"), !YAMLReader.isNull(node) {
            let t = r.child(
                node, what: "`tumpang_tindih`", whatEN: "`tumpang_tindih`",
                place: "di bawah `tumpang_tindih:` dalam `tinjau.yml` (menjorok dua spasi)",
                placeEN: "under `tumpang_tindih:` in `tinjau.yml` (indented by two spaces)", example: "ambang: 0.2")
            if let threshold = t.number("ambang", kind: .fraction) {
                if threshold >= .zero && threshold <= .one {
                    overlapThreshold = threshold
                } else {
                    // 20 meant as 20 %
                    let suggestion = threshold >= 2 && threshold <= 100 ? (threshold / 100).plainDecimal(maxDecimals: 6) : "0.2"
                    t.report(
                        .error, "value.out-of-range", at: t.node("ambang"),
                        "`ambang` bernilai \(IndonesianFormat.number(threshold)), di luar rentang 0–1",
                        hint: "ambang adalah kemiripan dari 0 sampai 1, bukan persen: tulis misalnya `ambang: \(suggestion)`",
                        en: "`ambang` is \(IndonesianFormat.number(threshold)), outside the range 0–1",
                        hintEN: "the threshold is a similarity from 0 to 1, not a percentage: write for example `ambang: \(suggestion)`")
                }
            }
            if let most = t.integer(
                "maks_per_program", range: 1...100, what: "jumlah pasangan per program (bilangan bulat 1–100)",
                whatEN: "a number of matches per programme (a whole number 1–100)", example: "5")
            {
                overlapMaxPerProgram = most
            }
            t.reportUnknownKeys(known: ["ambang", "maks_per_program"], what: "`tumpang_tindih`", whatEN: "`tumpang_tindih`")
            for (key, location) in t.valueLocations { locations["tumpang_tindih." + key] = location }
            r.append(t.diagnostics)
        }
        var licence = "CC BY 4.0"
        var producer: String?
        var steward: String?
        if let node = r.node("data"), !YAMLReader.isNull(node) {
            let d = r.child(
                node, what: "`data`", whatEN: "`data`",
                place: "di bawah `data:` dalam `tinjau.yml` (menjorok dua spasi)",
                placeEN: "under `data:` in `tinjau.yml` (indented by two spaces)", example: "lisensi: CC BY 4.0")
            if let text = d.string("lisensi") { licence = text }
            producer = d.string("produsen")
            steward = d.string("walidata")
            d.reportUnknownKeys(known: ["lisensi", "produsen", "walidata"], what: "`data`", whatEN: "`data`")
            for (key, location) in d.valueLocations { locations["data." + key] = location }
            r.append(d.diagnostics)
        }
        let config = ReviewConfig(
            title: title ?? "", region: region ?? "", regionCode: code, reviewYear: year ?? 0,
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
            return (
                "`base_url` harus alamat lengkap yang diawali `https://` (atau `http://`)", example,
                "`base_url` must be a full address starting with `https://` (or `http://`)", exampleEN
            )
        case .host:
            return (
                "`base_url` tidak memuat nama host setelah `https://`", example,
                "`base_url` has no host name after `https://`", exampleEN
            )
        case .invalidHost(let host):
            return (
                "nama host `\(host)` dalam `base_url` tidak sah",
                "nama host hanya boleh huruf ASCII, angka, `-` dan `.`; nama domain beraksara lain ditulis dalam bentuk `xn--…` (Punycode)",
                "the host name `\(host)` in `base_url` is not valid",
                "a host name may hold only ASCII letters, digits, `-` and `.`; write an internationalised domain name in its `xn--…` (Punycode) form"
            )
        case .userInfo:
            return (
                "`base_url` tidak boleh memuat nama pengguna atau kata sandi (`…@`)",
                "hapus bagian sebelum `@`; " + example,
                "`base_url` must not hold a user name or password (`…@`)", "remove the part before `@`; " + exampleEN
            )
        case .queryOrFragment:
            return (
                "`base_url` tidak boleh memuat `?` atau `#`",
                "tulis alamat folder situs saja, tanpa `?…` dan `#…`; " + example,
                "`base_url` must not hold `?` or `#`", "write the address of the site's folder only, without `?…` and `#…`; " + exampleEN
            )
        }
    }

    /// What is wrong with a date that ``ISODate`` refuses: a day or month that does not exist
    /// (`2020-02-30`), the day-first order of Indonesian letters (`23-07-2020`), or another form.
    static func dateProblem(_ text: String, key: String) -> (message: String, hint: String, messageEN: String, hintEN: String) {
        let monthsEN = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        func number(_ part: Substring) -> Int? { part.allSatisfy { $0.isASCII && $0.isNumber } ? Int(part) : nil }
        func daysIn(_ month: Int, _ year: Int) -> Int {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
            let y = number(iso[0]), let m = number(iso[1]), number(iso[2]) != nil
        {
            if !(1...12).contains(m) {
                return (
                    "`\(key)` \(text) tidak ada: bulan `\(iso[1])` tidak ada (bulan ditulis 01 sampai 12, di tengah)",
                    "urutannya tahun-bulan-tanggal, misalnya `\(key): 2020-07-23` untuk 23 Juli 2020",
                    "`\(key)` \(text) does not exist: there is no month `\(iso[1])` (months are 01 to 12, in the middle)",
                    "the order is year-month-day, for example `\(key): 2020-07-23` for 23 July 2020"
                )
            }
            let last = daysIn(m, y)
            return (
                "`\(key)` \(text) tidak ada: \(IndonesianFormat.monthNames[m - 1]) \(y) hanya sampai tanggal \(last)",
                "periksa tanggalnya; hari terakhir bulan itu ditulis `\(key): \(y)-\(pad(m))-\(pad(last))`",
                "`\(key)` \(text) does not exist: \(monthsEN[m - 1]) \(y) has only \(last) days",
                "check the date; the last day of that month is written `\(key): \(y)-\(pad(m))-\(pad(last))`"
            )
        }
        let message = "`\(key)` harus tanggal berbentuk TTTT-BB-HH, bukan `\(text)`"
        let messageEN = "`\(key)` must be a date in the form YYYY-MM-DD, not `\(text)`"
        let dayFirst = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        if dayFirst.count == 3, dayFirst[2].count == 4, let d = number(dayFirst[0]), let m = number(dayFirst[1]),
            let y = number(dayFirst[2]), (1...12).contains(m), d >= 1, d <= daysIn(m, y)
        {
            let written = "\(y)-\(pad(m))-\(pad(d))"
            return (
                message, "tulis tahun-bulan-tanggal: `\(key): \(written)` untuk \(d) \(IndonesianFormat.monthNames[m - 1]) \(y)",
                messageEN, "write year-month-day: `\(key): \(written)` for \(d) \(monthsEN[m - 1]) \(y)"
            )
        }
        return (
            message, "misalnya `\(key): 2020-07-23` untuk 23 Juli 2020",
            messageEN, "for example `\(key): 2020-07-23` for 23 July 2020"
        )
    }

    func parseScoring(_ r: YAMLReader, path: String) -> ScoringSettings {
        guard let node = r.node("penilaian") else { return ScoringSettings() }
        let p = r.child(
            node, what: "`penilaian`", whatEN: "`penilaian`",
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
                    p.report(
                        .error, "scoring.batal", at: item, "status `batal` tidak dapat dihitung sebagai terealisasi",
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
                p.report(
                    .error, "scoring.statuses-empty", at: p.node("status_terealisasi"), "`status_terealisasi` tidak berisi status yang sah",
                    hint: "biasanya `status_terealisasi: [berjalan, selesai]`",
                    en: "`status_terealisasi` contains no valid status", hintEN: "usually `status_terealisasi: [berjalan, selesai]`")
            }
        }
        if let precision = p.integer(
            "presisi", range: 0...3, what: "jumlah angka desimal (0 sampai 3)",
            whatEN: "a number of decimal places (0 to 3)", example: "1")
        {
            settings.precision = precision
        }
        let bandNodes = p.mappings("tingkat_kematangan")
        if !bandNodes.isEmpty {
            var bands: [MaturityBand] = []
            var bandRejected = false
            for bandNode in bandNodes {
                let b = p.child(
                    bandNode, what: "tingkat kematangan", whatEN: "a maturity band",
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
                        p.report(
                            .error, "scoring.band-range", at: b.node("min") ?? bandNode,
                            "batas bawah `min: \(IndonesianFormat.number(minimum))` di luar 0–100",
                            hint: "batas dinyatakan dalam persen, 0 sampai 100",
                            en: "lower bound `min: \(IndonesianFormat.number(minimum))` is outside 0–100",
                            hintEN: "bounds are percentages, 0 to 100")
                    } else if bands.contains(where: { $0.minimum == minimum }) {
                        p.report(
                            .error, "scoring.band-duplicate", at: bandNode,
                            "dua tingkat kematangan memakai `min: \(IndonesianFormat.number(minimum))`",
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
                p.report(
                    .error, "scoring.band-start", at: bandNodes.first, "tingkat kematangan terendah harus mulai dari `min: 0`",
                    hint: "tambahkan tingkat dengan `min: 0` agar setiap skor mendapat tingkat",
                    en: "the lowest maturity band must start at `min: 0`",
                    hintEN: "add a band with `min: 0` so that every score falls in a band")
            }
            if !bands.isEmpty { settings.maturityBands = bands }
        }
        p.reportUnknownKeys(
            known: ["metode", "status_terealisasi", "presisi", "tingkat_kematangan"], what: "`penilaian`",
            whatEN: "`penilaian`")
        return settings
    }
}
