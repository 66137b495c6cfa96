import Foundation

/// Open data: the numbers behind the pages as CSV and JSON under `data/`, after
/// Satu Data Indonesia (Perpres 39/2019): UTF-8, a header row, ISO dates,
/// integer Rupiah, `.` as the decimal separator, and a metadata block (title,
/// description, producer, data steward, period, units, update date, licence).
public struct DataExporter {
    /// The content.
    public var content: ReviewContent
    /// Its scores and totals.
    public var aggregates: Aggregates

    /// Creates an exporter.
    public init(content: ReviewContent, aggregates: Aggregates) {
        self.content = content
        self.aggregates = aggregates
    }

    /// The files, relative to the site root.
    public static let programCSV = "data/program.csv"
    public static let indicatorCSV = "data/indikator.csv"
    public static let scoreCSV = "data/skor.csv"
    public static let budgetCSV = "data/anggaran.csv"
    public static let reviewJSON = "data/tinjauan.json"
    public static let reviewSchema = "data/tinjauan.schema.json"
    public static let metadataJSON = "data/metadata.json"

    /// Every data file.
    public func files() -> [OutputFile] {
        [
            OutputFile(path: Self.programCSV, bytes: Array(programCSV().utf8)),
            OutputFile(path: Self.indicatorCSV, bytes: Array(indicatorCSV().utf8)),
            OutputFile(path: Self.scoreCSV, bytes: Array(scoreCSV().utf8)),
            OutputFile(path: Self.budgetCSV, bytes: Array(budgetCSV().utf8)),
            OutputFile(path: Self.reviewJSON, bytes: Array(json(review()).utf8)),
            OutputFile(path: Self.reviewSchema, bytes: Array(ReviewSchema.text.utf8)),
            OutputFile(path: Self.metadataJSON, bytes: Array(json(metadata()).utf8)),
        ]
    }

    // MARK: - CSV

    /// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ value: String) -> String {
        value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A decimal with `.` and at most `decimals` digits (no trailing zeros): `53.8462`.
    static func decimal(_ value: Double?, decimals: Int = 4) -> String {
        guard let value, value.isFinite else { return "" }
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    func programCSV() -> String {
        let rows = content.programs.map { p -> [String] in
            [p.id, p.opdSlug, content.opd(p.opdSlug)?.name ?? "", p.title, p.dimension.rawValue, p.element ?? "", p.status.rawValue,
             p.term?.rawValue ?? "", p.startYear.map(String.init) ?? "", p.endYear.map(String.init) ?? "",
             p.budget.map(String.init) ?? "", p.budgetRealised.map(String.init) ?? "", p.fundingSource ?? "",
             p.partners.joined(separator: ";"), p.delayReason ?? "", p.isIllustration ? "ya" : "tidak", Permalink.program(p)]
        }
        return Self.csv(["id", "opd", "opd_nama", "judul", "dimensi", "elemen", "status", "jangka", "tahun_mulai", "tahun_selesai",
                         "anggaran_rp", "realisasi_anggaran_rp", "sumber_dana", "mitra", "alasan_tunda", "ilustrasi", "halaman"], rows)
    }

    func indicatorCSV() -> String {
        var rows: [[String]] = []
        for p in content.programs {
            for i in p.indicators {
                rows.append([p.id, i.name, i.unit, Self.decimal(i.baseline), Self.decimal(i.target), Self.decimal(i.realisation),
                             i.direction.rawValue, Self.decimal(i.weight), Self.decimal(i.achievement.map { $0 * 100 })])
            }
        }
        return Self.csv(["program", "nama", "satuan", "baseline", "target", "realisasi", "arah", "bobot", "capaian_persen"], rows)
    }

    /// Every score: scope, key, name, numerator, denominator, exact and published percent, band.
    func scoreRows() -> [[String]] {
        let precision = content.config.scoring.precision
        func row(_ scope: String, _ key: String, _ name: String, _ entry: ScoreEntry?) -> [String] {
            let score = entry?.score ?? Score(realised: 0, planned: 0)
            let published = score.publishedPercent(precision: precision)
            return [scope, key, name, Self.decimal(score.numerator), Self.decimal(score.denominator), Self.decimal(score.percent),
                    Self.decimal(published), published.flatMap { content.config.scoring.band(for: $0)?.name } ?? "",
                    content.config.scoring.method.rawValue]
        }
        var rows = [row("keseluruhan", "semua", content.config.title, aggregates.overall)]
        for d in content.dimensions { rows.append(row("dimensi", d.id.rawValue, d.name, aggregates.dimensions[d.id])) }
        for d in content.dimensions {
            for e in d.elements { rows.append(row("elemen", d.id.rawValue + "/" + e.slug, e.name, aggregates.elements[d.id]?[e.slug])) }
        }
        for o in content.opds { rows.append(row("opd", o.slug, o.name, aggregates.opds[o.slug])) }
        for year in aggregates.years.keys.sorted() { rows.append(row("tahun_mulai", String(year), String(year), aggregates.years[year])) }
        return rows
    }

    func scoreCSV() -> String {
        Self.csv(["cakupan", "kunci", "nama", "pembilang", "penyebut", "persen", "persen_publikasi", "tingkat_kematangan", "metode"], scoreRows())
    }

    /// Budget totals per dimension, OPD and source of funds.
    func budgetRows() -> [[String]] {
        var rows: [[String]] = []
        func add(_ scope: String, _ key: String, _ name: String, _ t: BudgetTotals) {
            rows.append([scope, key, name, String(t.planned), String(t.realised), String(t.delayed)])
        }
        add("keseluruhan", "semua", content.config.title, aggregates.budget)
        for d in content.dimensions { add("dimensi", d.id.rawValue, d.name, aggregates.budgetByDimension[d.id] ?? BudgetTotals()) }
        for o in content.opds { add("opd", o.slug, o.name, aggregates.budgetByOPD[o.slug] ?? BudgetTotals()) }
        for (source, t) in fundingTotals() { add("sumber_dana", source, source, t) }
        return rows
    }

    /// Budget totals per source of funds (`sumber_dana`, "Tidak disebut" when missing), sorted by name.
    public func fundingTotals() -> [(String, BudgetTotals)] {
        var totals: [String: BudgetTotals] = [:]
        for p in content.programs {
            let key = p.fundingSource ?? "Tidak disebut"
            var t = totals[key] ?? BudgetTotals()
            t.planned = t.planned.addingReportingOverflow(p.budget ?? 0).partialValue
            t.realised = t.realised.addingReportingOverflow(p.budgetRealised ?? 0).partialValue
            if p.status == .tertunda { t.delayed = t.delayed.addingReportingOverflow(p.budget ?? 0).partialValue }
            totals[key] = t
        }
        return totals.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    func budgetCSV() -> String {
        Self.csv(["cakupan", "kunci", "nama", "anggaran_rp", "realisasi_anggaran_rp", "anggaran_tertunda_rp"], budgetRows())
    }

    // MARK: - JSON

    private func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// The Satu Data Indonesia metadata of the data set.
    struct Metadata: Encodable {
        var judul: String
        var deskripsi: String
        var produsen_data: String
        var walidata: String
        var periode: String
        var satuan: [String: String]
        var frekuensi_pembaruan: String
        var sumber: String
        var tanggal_pembaruan: String?
        var lisensi: String
        var format: String
        var berkas: [String: String]
    }

    func metadata() -> Metadata {
        let config = content.config
        let organiser = config.organiser ?? config.region
        return Metadata(
            judul: "Data \(config.title)",
            deskripsi: "Program smart city per OPD, indikator, skor per dimensi/elemen/OPD/tahun beserta pembilang dan penyebutnya, dan anggaran, sebagaimana ditampilkan di situs review.",
            produsen_data: config.dataProducer ?? organiser, walidata: config.dataSteward ?? organiser,
            periode: "\(config.masterplanStart)–\(config.masterplanEnd) (review tahun \(config.reviewYear))",
            satuan: ["anggaran_rp": "Rupiah (bilangan bulat)", "persen": "persen 0–100, titik sebagai pemisah desimal",
                     "pembilang_penyebut": config.scoring.method == .programRealisation ? "jumlah program" : "jumlah bobot indikator"],
            frekuensi_pembaruan: "tahunan (setiap review)",
            sumber: "Berkas konten tinjau yang disunting setiap OPD",
            tanggal_pembaruan: config.reviewDate?.description,
            lisensi: config.dataLicence,
            format: "CSV (UTF-8, baris judul, pemisah koma) dan JSON",
            berkas: [Self.programCSV: "program", Self.indicatorCSV: "indikator program", Self.scoreCSV: "skor",
                     Self.budgetCSV: "anggaran", Self.reviewJSON: "seluruh review (skema: tinjauan.schema.json)"])
    }

    struct ReviewDocument: Encodable {
        struct Review: Encodable {
            var judul: String, wilayah: String, kode_wilayah: String?, tahun_review: Int
            var masterplan_mulai: Int, masterplan_selesai: Int, tanggal_review: String?, penyelenggara: String?, evaluator: String?
            var metode: String, status_terealisasi: [String], presisi: Int
            var tingkat_kematangan: [Band]
        }
        struct Band: Encodable { var min: Double, nama: String, keterangan: String }
        struct DimensionEntry: Encodable { var id: String, nama: String, elemen: [ElementEntry] }
        struct ElementEntry: Encodable { var slug: String, nama: String }
        struct OPDEntry: Encodable { var slug: String, nama: String, singkatan: String, operator_ti: Int? }
        struct IndicatorEntry: Encodable {
            var nama: String, satuan: String, baseline: Double?, target: Double?, realisasi: Double?, arah: String, bobot: Double, capaian: Double?
        }
        struct ProgramEntry: Encodable {
            var id: String, opd: String, judul: String, dimensi: String, elemen: String?, status: String, jangka: String?
            var tahun_mulai: Int?, tahun_selesai: Int?, anggaran: Int64?, realisasi_anggaran: Int64?, sumber_dana: String?
            var mitra: [String], alasan_tunda: String?, kata_kunci: [String], ringkasan: String?, ilustrasi: Bool
            var indikator: [IndicatorEntry]
        }
        struct ScoreRow: Encodable {
            var cakupan: String, kunci: String, nama: String, pembilang: Double, penyebut: Double, persen: Double?
            var persen_publikasi: Double?, tingkat_kematangan: String?
        }
        var metadata: Metadata
        var tinjauan: Review
        var dimensi: [DimensionEntry]
        var opd: [OPDEntry]
        var program: [ProgramEntry]
        var skor: [ScoreRow]
    }

    func review() -> ReviewDocument {
        let c = content.config
        let s = c.scoring
        let review = ReviewDocument.Review(
            judul: c.title, wilayah: c.region, kode_wilayah: c.regionCode, tahun_review: c.reviewYear,
            masterplan_mulai: c.masterplanStart, masterplan_selesai: c.masterplanEnd, tanggal_review: c.reviewDate?.description,
            penyelenggara: c.organiser, evaluator: c.evaluator, metode: s.method.rawValue,
            status_terealisasi: s.realisedStatuses.map(\.rawValue), presisi: s.precision,
            tingkat_kematangan: s.maturityBands.map { .init(min: $0.minimum, nama: $0.name, keterangan: $0.description) })
        let programs = content.programs.map { p in
            ReviewDocument.ProgramEntry(
                id: p.id, opd: p.opdSlug, judul: p.title, dimensi: p.dimension.rawValue, elemen: p.element, status: p.status.rawValue,
                jangka: p.term?.rawValue, tahun_mulai: p.startYear, tahun_selesai: p.endYear, anggaran: p.budget,
                realisasi_anggaran: p.budgetRealised, sumber_dana: p.fundingSource, mitra: p.partners, alasan_tunda: p.delayReason,
                kata_kunci: p.keywords, ringkasan: p.summary, ilustrasi: p.isIllustration,
                indikator: p.indicators.map { .init(nama: $0.name, satuan: $0.unit, baseline: $0.baseline, target: $0.target,
                                                    realisasi: $0.realisation, arah: $0.direction.rawValue, bobot: $0.weight,
                                                    capaian: $0.achievement) })
        }
        let scores = scoreRows().map { row in
            ReviewDocument.ScoreRow(cakupan: row[0], kunci: row[1], nama: row[2], pembilang: Double(row[3]) ?? 0, penyebut: Double(row[4]) ?? 0,
                                    persen: Double(row[5]), persen_publikasi: Double(row[6]), tingkat_kematangan: row[7].isEmpty ? nil : row[7])
        }
        return ReviewDocument(
            metadata: metadata(), tinjauan: review,
            dimensi: content.dimensions.map { .init(id: $0.id.rawValue, nama: $0.name, elemen: $0.elements.map { .init(slug: $0.slug, nama: $0.name) }) },
            opd: content.opds.map { .init(slug: $0.slug, nama: $0.name, singkatan: $0.abbreviation, operator_ti: $0.itOperators) },
            program: programs, skor: scores)
    }
}
