/// The messages of the parser about whole files and about the values of `tinjau.yml`, `dimensi.yml`,
/// OPDs and programmes (docs/errors.md, "Front matter and YAML" and "Field values"). The field
/// reader's own are in FieldMessages.swift, libyaml's in YAMLErrors.swift.
extension DiagnosticMessage {
    // MARK: Files

    /// `frontmatter.empty`: nothing between the two `---` lines.
    static let emptyFrontMatter = DiagnosticMessage(
        .frontmatterEmpty, "front matter kosong", en: "the front matter is empty",
        hint: "isi kolom wajib di antara kedua baris `---`, misalnya `judul: …`",
        hintEN: "fill in the required fields between the two `---` lines, for example `judul: …`")

    /// `review.empty`: `tinjau.yml` holds nothing.
    static let emptyReview = DiagnosticMessage(
        .reviewEmpty, "`tinjau.yml` kosong", en: "`tinjau.yml` is empty",
        hint: "isi `judul`, `wilayah`, `tahun_review` dan `masterplan`", hintEN: "fill in `judul`, `wilayah`, `tahun_review` and `masterplan`")

    /// `yaml.nbsp`: a no-break space, which YAML does not read as a space.
    static let noBreakSpace = DiagnosticMessage(
        .yamlNbsp, "ada spasi tak-terputus (U+00A0) di sini; bagi YAML itu bukan spasi",
        en: "there is a no-break space (U+00A0) here; to YAML it is not a space",
        hint: "hapus karakter ini lalu ketik spasi biasa (biasanya terbawa saat menyalin dari Word, WhatsApp atau halaman web)",
        hintEN: "delete this character and type a plain space (it usually comes with text copied from Word, WhatsApp or a web page)")

    /// `yaml.syntax`: YAML could not be read for a reason Yams gives only as `error`.
    static func unreadableYAML(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(.yamlSyntax, "YAML tidak dapat dibaca: \(error)", en: "the YAML cannot be read: \(error)")
    }

    // MARK: tinjau.yml

    /// `review.period`: the masterplan ends (`end`) before it starts (`start`).
    static func masterplanPeriodReversed(start: Int, end: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .reviewPeriod, "`masterplan.tahun_selesai` (\(end)) lebih awal dari `tahun_mulai` (\(start))",
            en: "`masterplan.tahun_selesai` (\(end)) is earlier than `tahun_mulai` (\(start))",
            hint: "tukar kedua tahun atau perbaiki salah satunya", hintEN: "swap the two years or correct one of them")
    }

    /// `value.date`: the date `key` (`text`) is not `YYYY-MM-DD`, or names a day or month that does not
    /// exist (`2020-02-30`); the day-first order of Indonesian letters (`23-07-2020`) is turned round.
    static func invalidDate(_ text: String, key: String) -> DiagnosticMessage {
        let monthsEN = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
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
                return DiagnosticMessage(
                    .valueDate, "`\(key)` \(text) tidak ada: bulan `\(iso[1])` tidak ada (bulan ditulis 01 sampai 12, di tengah)",
                    en: "`\(key)` \(text) does not exist: there is no month `\(iso[1])` (months are 01 to 12, in the middle)",
                    hint: "urutannya tahun-bulan-tanggal, misalnya `\(key): 2020-07-23` untuk 23 Juli 2020",
                    hintEN: "the order is year-month-day, for example `\(key): 2020-07-23` for 23 July 2020")
            }
            let last = daysIn(m, y)
            return DiagnosticMessage(
                .valueDate, "`\(key)` \(text) tidak ada: \(IndonesianFormat.monthNames[m - 1]) \(y) hanya sampai tanggal \(last)",
                en: "`\(key)` \(text) does not exist: \(monthsEN[m - 1]) \(y) has only \(last) days",
                hint: "periksa tanggalnya; hari terakhir bulan itu ditulis `\(key): \(y)-\(pad(m))-\(pad(last))`",
                hintEN: "check the date; the last day of that month is written `\(key): \(y)-\(pad(m))-\(pad(last))`")
        }
        let message = Bilingual(
            "`\(key)` harus tanggal berbentuk TTTT-BB-HH, bukan `\(text)`", en: "`\(key)` must be a date in the form YYYY-MM-DD, not `\(text)`")
        let dayFirst = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        if dayFirst.count == 3, dayFirst[2].count == 4, let d = number(dayFirst[0]), let m = number(dayFirst[1]),
            let y = number(dayFirst[2]), (1...12).contains(m), d >= 1, d <= daysIn(m, y)
        {
            let written = "\(y)-\(pad(m))-\(pad(d))"
            return DiagnosticMessage(
                .valueDate, message,
                hint: Bilingual(
                    "tulis tahun-bulan-tanggal: `\(key): \(written)` untuk \(d) \(IndonesianFormat.monthNames[m - 1]) \(y)",
                    en: "write year-month-day: `\(key): \(written)` for \(d) \(monthsEN[m - 1]) \(y)"))
        }
        return DiagnosticMessage(
            .valueDate, message,
            hint: Bilingual("misalnya `\(key): 2020-07-23` untuk 23 Juli 2020", en: "for example `\(key): 2020-07-23` for 23 July 2020"))
    }

    /// `review.base-url`: ``SiteAddress/normalisedBase(_:)`` refuses `base_url` for `problem`.
    static func baseURL(_ problem: SiteAddress.Problem) -> DiagnosticMessage {
        let example = Bilingual(
            "misalnya `base_url: https://smartcity.contoh.go.id/`", en: "for example `base_url: https://smartcity.contoh.go.id/`")
        switch problem {
        case .scheme, .unparsable:
            return DiagnosticMessage(
                .reviewBaseUrl,
                Bilingual(
                    "`base_url` harus alamat lengkap yang diawali `https://` (atau `http://`)",
                    en: "`base_url` must be a full address starting with `https://` (or `http://`)"), hint: example)
        case .host:
            return DiagnosticMessage(
                .reviewBaseUrl,
                Bilingual("`base_url` tidak memuat nama host setelah `https://`", en: "`base_url` has no host name after `https://`"), hint: example)
        case .invalidHost(let host):
            return DiagnosticMessage(
                .reviewBaseUrl, "nama host `\(host)` dalam `base_url` tidak sah", en: "the host name `\(host)` in `base_url` is not valid",
                hint: "nama host hanya boleh huruf ASCII, angka, `-` dan `.`; nama domain beraksara lain ditulis dalam bentuk `xn--…` (Punycode)",
                hintEN:
                    "a host name may hold only ASCII letters, digits, `-` and `.`; write an internationalised domain name in its `xn--…` (Punycode) form"
            )
        case .userInfo:
            return DiagnosticMessage(
                .reviewBaseUrl, "`base_url` tidak boleh memuat nama pengguna atau kata sandi (`…@`)",
                en: "`base_url` must not hold a user name or password (`…@`)",
                hint: "hapus bagian sebelum `@`; " + example.id, hintEN: "remove the part before `@`; " + example.en)
        case .queryOrFragment:
            return DiagnosticMessage(
                .reviewBaseUrl, "`base_url` tidak boleh memuat `?` atau `#`", en: "`base_url` must not hold `?` or `#`",
                hint: "tulis alamat folder situs saja, tanpa `?…` dan `#…`; " + example.id,
                hintEN: "write the address of the site's folder only, without `?…` and `#…`; " + example.en)
        }
    }

    /// `value.out-of-range`: `tumpang_tindih.ambang` is `threshold`, outside 0–1 (20 meant as 20 %).
    static func overlapThresholdOutOfRange(_ threshold: Rational) -> DiagnosticMessage {
        let suggestion = threshold >= 2 && threshold <= 100 ? (threshold / 100).plainDecimal(maxDecimals: 6) : "0.2"
        return DiagnosticMessage(
            .valueOutOfRange, "`ambang` bernilai \(IndonesianFormat.number(threshold)), di luar rentang 0–1",
            en: "`ambang` is \(IndonesianFormat.number(threshold)), outside the range 0–1",
            hint: "ambang adalah kemiripan dari 0 sampai 1, bukan persen: tulis misalnya `ambang: \(suggestion)`",
            hintEN: "the threshold is a similarity from 0 to 1, not a percentage: write for example `ambang: \(suggestion)`")
    }

    /// `scoring.batal`: `batal` is listed in `status_terealisasi`.
    static let cancelledCountedAsRealised = DiagnosticMessage(
        .scoringBatal, "status `batal` tidak dapat dihitung sebagai terealisasi", en: "status `batal` cannot be counted as realised",
        hint: "program batal tidak masuk pembilang maupun penyebut; hapus `batal` dari daftar",
        hintEN: "a cancelled programme counts in neither the numerator nor the denominator; remove `batal` from the list")

    /// `scoring.statuses-empty`: `status_terealisasi` lists no valid status.
    static let noRealisedStatus = DiagnosticMessage(
        .scoringStatusesEmpty, "`status_terealisasi` tidak berisi status yang sah", en: "`status_terealisasi` contains no valid status",
        hint: "biasanya `status_terealisasi: [berjalan, selesai]`", hintEN: "usually `status_terealisasi: [berjalan, selesai]`")

    /// `scoring.band-range`: a maturity band starts at `minimum`, outside 0–100.
    static func bandOutOfRange(_ minimum: Rational) -> DiagnosticMessage {
        DiagnosticMessage(
            .scoringBandRange, "batas bawah `min: \(IndonesianFormat.number(minimum))` di luar 0–100",
            en: "lower bound `min: \(IndonesianFormat.number(minimum))` is outside 0–100",
            hint: "batas dinyatakan dalam persen, 0 sampai 100", hintEN: "bounds are percentages, 0 to 100")
    }

    /// `scoring.band-duplicate`: two maturity bands start at `minimum`.
    static func bandTwice(_ minimum: Rational) -> DiagnosticMessage {
        DiagnosticMessage(
            .scoringBandDuplicate, "dua tingkat kematangan memakai `min: \(IndonesianFormat.number(minimum))`",
            en: "two maturity bands use `min: \(IndonesianFormat.number(minimum))`",
            hint: "setiap tingkat perlu batas bawah yang berbeda", hintEN: "each band needs a different lower bound")
    }

    /// `scoring.band-start`: the lowest maturity band does not start at 0.
    static let bandStart = DiagnosticMessage(
        .scoringBandStart, "tingkat kematangan terendah harus mulai dari `min: 0`", en: "the lowest maturity band must start at `min: 0`",
        hint: "tambahkan tingkat dengan `min: 0` agar setiap skor mendapat tingkat",
        hintEN: "add a band with `min: 0` so that every score falls in a band")

    // MARK: dimensi.yml

    /// `dimension.element-slug`: an element's `slug` is not a valid slug.
    static func elementSlug(_ slug: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .dimensionElementSlug, "slug elemen `\(slug)` tidak sah", en: "element slug `\(slug)` is not valid",
            hint: "pakai huruf kecil, angka dan tanda minus, misalnya `\(Slug.make(slug))`",
            hintEN: "use lower-case letters, digits and hyphens, for example `\(Slug.make(slug))`")
    }

    /// `dimension.element-duplicate`: a dimension lists the element `slug` twice.
    static func elementTwice(_ slug: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .dimensionElementDuplicate, "elemen `\(slug)` ditulis dua kali", en: "element `\(slug)` is written twice",
            hint: "hapus salah satunya", hintEN: "remove one of them")
    }

    // MARK: OPDs and programmes

    /// `opd.sebelumnya-format`: an OPD's `sebelumnya` lists `text`, which is not a slug.
    static func formerOPDSlugFormat(_ text: String) -> DiagnosticMessage {
        let example = Slug.make(text).isEmpty ? "dinas-lama" : Slug.make(text)
        return DiagnosticMessage(
            .opdSebelumnyaFormat, "`sebelumnya` memuat `\(text)`, bukan slug OPD", en: "`sebelumnya` lists `\(text)`, which is not an OPD slug",
            hint: "tulis slug (nama folder) OPD ini di review sebelumnya, misalnya `sebelumnya: [\(example)]`",
            hintEN: "write the slug (folder name) this OPD had in the earlier review, for example `sebelumnya: [\(example)]`")
    }

    /// `program.sebelumnya-format`: the programme `opd/slug` lists `text` in `sebelumnya`, which is not
    /// a programme id.
    static func formerProgramIDFormat(_ text: String, opd: String, slug: String) -> DiagnosticMessage {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let example =
            parts.count == 2 ? parts.map { Slug.make($0).isEmpty ? "slug" : Slug.make($0) }.joined(separator: "/") : "\(opd)/\(slug)-lama"
        return DiagnosticMessage(
            .programSebelumnyaFormat, "`sebelumnya` memuat `\(text)`, bukan id program `opd/slug`",
            en: "`sebelumnya` lists `\(text)`, which is not a programme id `opd/slug`",
            hint: "tulis id program ini di review sebelumnya: slug OPD, garis miring, nama berkas tanpa `.md`, misalnya `sebelumnya: [\(example)]`",
            hintEN:
                "write the id this programme had in the earlier review: the OPD slug, a slash, the file name without `.md`, for example `sebelumnya: [\(example)]`"
        )
    }

    /// `program.elemen.unknown`: `slug` is no element of `dimension`; `other` is the dimension it
    /// belongs to, if any.
    static func unknownElement(_ slug: String, of dimension: Dimension, belongsTo other: DimensionID?) -> DiagnosticMessage {
        let id = dimension.id.rawValue
        let list = dimension.elements.map { "`\($0.slug)`" }.joined(separator: ", ")
        let hint =
            other.map {
                Bilingual(
                    "elemen `\(slug)` termasuk dimensi `\($0.rawValue)`; perbaiki `dimensi` atau pilih elemen \(id): " + list,
                    en: "element `\(slug)` belongs to dimension `\($0.rawValue)`; correct `dimensi` or choose an element of \(id): " + list)
            } ?? Suggestion.hints(for: slug, among: dimension.elements.map(\.slug), key: "elemen")
        return DiagnosticMessage(
            .programElemenUnknown,
            Bilingual("elemen `\(slug)` tidak ada dalam dimensi `\(id)`", en: "element `\(slug)` is not in dimension `\(id)`"), hint: hint)
    }

    /// `indicator.weight`: an indicator's `bobot` is 0 or less.
    static let indicatorWeight = DiagnosticMessage(
        .indicatorWeight, "`bobot` harus lebih dari 0", en: "`bobot` must be greater than 0",
        hint: "hapus `bobot` untuk bobot 1, atau tulis angka positif", hintEN: "remove `bobot` for a weight of 1, or write a positive number")

    /// `program.mitra-duplicate`: `mitra` lists `partner` more than once.
    static func partnerTwice(_ partner: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .programMitraDuplicate, "`mitra` memuat `\(partner)` lebih dari sekali", en: "`mitra` lists `\(partner)` more than once",
            hint: "hapus `\(partner)` yang kedua; setiap OPD mitra cukup ditulis sekali",
            hintEN: "remove the second `\(partner)`; each partner OPD is written once")
    }

    /// `review.language`: an item of `bahasa` is not a language code (two lower-case letters, ISO 639-1),
    /// or repeats one (`repeated`).
    static func languageCode(_ text: String, repeated: Bool) -> DiagnosticMessage {
        repeated
            ? DiagnosticMessage(
                .reviewLanguage, "bahasa `\(text)` disebut dua kali di `bahasa`", en: "the language `\(text)` is listed twice in `bahasa`",
                hint: "sebut setiap bahasa sekali, bahasa review dulu: `bahasa: [id, en]`",
                hintEN: "list each language once, the review's own first: `bahasa: [id, en]`")
            : DiagnosticMessage(
                .reviewLanguage, "`\(text)` bukan kode bahasa", en: "`\(text)` is not a language code",
                hint: "tulis kode ISO 639-1 dua huruf kecil, bahasa review dulu: `bahasa: [id, en]`",
                hintEN: "write two-letter lower-case ISO 639-1 codes, the review's own first: `bahasa: [id, en]`")
    }

    /// `translation.language`: a translation file is in `language`, which `bahasa` in `tinjau.yml`
    /// (`languages`) does not list: it is not published.
    static func translationLanguage(_ language: String, languages: [String]) -> DiagnosticMessage {
        if languages.first == language {
            return DiagnosticMessage(
                .translationLanguage,
                "`\(language)` adalah bahasa review sendiri (yang pertama di `bahasa`): berkas aslinya sudah dalam bahasa itu, terjemahan ini tidak dipakai",
                en: "`\(language)` is the review's own language (the first of `bahasa`): the originals are in it, so this translation is not used",
                hint: "tulis bahasa review lebih dulu: `bahasa: [\(([languages.dropFirst().first ?? "id", language]).joined(separator: ", "))]`",
                hintEN:
                    "write the review's own language first: `bahasa: [\(([languages.dropFirst().first ?? "id", language]).joined(separator: ", "))]`")
        }
        return DiagnosticMessage(
            .translationLanguage,
            "terjemahan bahasa `\(language)` ini tidak diterbitkan: `bahasa` di `tinjau.yml` tidak memuat `\(language)`",
            en: "this translation into `\(language)` is not published: `bahasa` in `tinjau.yml` does not list `\(language)`",
            hint: "tambahkan bahasanya: `bahasa: [\((languages.isEmpty ? ["id"] : languages).joined(separator: ", ")), \(language)]`",
            hintEN: "add the language: `bahasa: [\((languages.isEmpty ? ["id"] : languages).joined(separator: ", ")), \(language)]`")
    }

    /// `translation.bands`: `tinjau.<lang>.yml` translates `translated` maturity bands where `tinjau.yml`
    /// has `bands`; they are matched in order, lowest first, and the rest keep their original names.
    static func translationBands(translated: Int, bands: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .translationBands,
            "terjemahan ini memuat \(translated) tingkat kematangan, sedangkan `tinjau.yml` punya \(bands)",
            en: "this translation has \(translated) maturity bands where `tinjau.yml` has \(bands)",
            hint:
                "terjemahkan setiap tingkat sekali, urut dari batas bawah terkecil seperti di `tinjau.yml`; yang tidak diterjemahkan tampil dengan nama aslinya",
            hintEN: "translate every band once, lowest first as in `tinjau.yml`; a band left out shows its original name")
    }
}
