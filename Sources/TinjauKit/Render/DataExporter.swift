// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Encodable rows are named after the published JSON and CSV fields (`tahun_mulai`, …): the code reads
// like the data it writes.
import Foundation

/// Open data: the numbers behind the pages as CSV and JSON under `data/`, after
/// Satu Data Indonesia (Perpres 39/2019): UTF-8, a header row, ISO dates,
/// integer Rupiah, `.` as the decimal separator, and a metadata block (title,
/// description, producer, data steward, period, units, update date, licence).
public struct DataExporter: Sendable {
    /// The content.
    public var content: ReviewContent
    /// Its scores and totals.
    public var aggregates: Aggregates
    /// Where the site of these data sits under the published site: empty for the current review,
    /// `arsip/2020/` for an archived one (its Data Package's homepage).
    public var sitePrefix: String
    /// When `true`, the tables of one row per programme, indicator or overlapping pair are made
    /// without their rows (the data page names and describes the tables; at 10 000 programmes their
    /// rows cost about a tenth of a rebuild).
    var describesOnly = false

    /// Creates an exporter.
    public init(content: ReviewContent, aggregates: Aggregates, sitePrefix: String = "") {
        self.content = content
        self.aggregates = aggregates
        self.sitePrefix = sitePrefix
    }

    /// The files, relative to the site root.
    public static let programCSV = "data/program.csv"
    public static let indicatorCSV = "data/indikator.csv"
    public static let opdCSV = "data/opd.csv"
    public static let scoreCSV = "data/skor.csv"
    public static let budgetCSV = "data/anggaran.csv"
    public static let overlapCSV = "data/tumpang-tindih.csv"
    public static let reviewJSON = "data/tinjauan.json"
    public static let reviewSchema = "data/tinjauan.schema.json"
    public static let metadataJSON = "data/metadata.json"
    public static let dataPackage = "data/datapackage.json"

    /// Every data file: each table as standard CSV and as its spreadsheet variant under
    /// `data/excel/`, the JSON document, its schema, the metadata and the Data Package.
    public func files() -> [OutputFile] {
        var files: [OutputFile] = []
        write { files += $0.map { $0.materialised() } }
        return files
    }

    /// Makes the data files one table at a time and hands each table's two CSV files, one after the
    /// other (then the JSON files), to `emit`, so that at most one table's rows are held at once: at
    /// 10 000 programmes all the tables and the JSON document together held about 100 MB. The CSV
    /// files and `tinjauan.json` are handed over as ``OutputFile/Producer``s that make them part by
    /// part as they are written; `emit` writes each or takes its bytes (``OutputFile/materialised()``)
    /// before it returns.
    /// - Throws: what `emit` throws.
    public func write(_ emit: ([OutputFile]) throws -> Void) rethrows {
        var described: [DataTable] = []
        var sizes: [String: Int] = [:]
        for make in tableMakers() {
            var table = make()
            // One form at a time, each made as it is written (``CSVWriter/write(_:_:to:)``): never a whole file's bytes.
            for (path, form) in [(table.path, CSVWriter.Form.standard), (table.spreadsheetPath, .spreadsheet)] {
                let csv = OutputFile.Producer { [table] sink in try CSVWriter.write(table, form, to: sink) }
                try emit([OutputFile(path: path, producer: csv)])
                sizes[path] = csv.count
            }
            table.rows = []  // the Data Package describes the columns only
            described.append(table)
            // The table's rows and text are freed: give their pages back before the next table is made.
            MemoryTrim.now()
        }
        // The JSON document is made as it is written (``writeReviewJSON(_:)``); its size is known after.
        let review = OutputFile.Producer { [self] sink in try writeReviewJSON(sink) }
        try emit([OutputFile(path: Self.reviewJSON, producer: review)])
        sizes[Self.reviewJSON] = review.count
        try emit([
            OutputFile(path: Self.reviewSchema, bytes: Array(ReviewSchema.text.utf8)),
            OutputFile(path: Self.metadataJSON, bytes: json(metadata())),
            OutputFile(path: Self.dataPackage, bytes: json(dataPackage(described, sizes: sizes))),
        ])
    }

    // MARK: - Tables

    /// Every table, in the order of the data page and of `datapackage.json`.
    public func tables() -> [DataTable] {
        tableMakers().map { $0() }
    }

    /// The tables of ``tables()``, each made only when called.
    func tableMakers() -> [() -> DataTable] {
        [programTable, indicatorTable, opdTable, scoreTable, budgetTable, overlapTable] + yearTableMakers()
    }

    /// A value for a data file: `.` as decimal separator, exact when it has at most `decimals`
    /// decimals, otherwise rounded half away from zero; empty when absent.
    static func decimal(_ value: Rational?, decimals: Int = 6) -> String {
        value.map { $0.plainDecimal(maxDecimals: decimals) } ?? ""
    }

    /// An editor-written value exactly as written (terminating decimals are kept whole).
    static func exact(_ value: Rational?) -> String { decimal(value, decimals: 30) }

    /// A percentage 0…100 from a fraction, at the site's published precision for such figures
    /// (one decimal), as the pages show it.
    static func percent1(_ fraction: Rational?) -> String { decimal(fraction.map { Rational($0.rounded(decimals: 3), 10) }, decimals: 1) }

    /// Table Schema patterns (XML Schema regular expressions, anchored at both ends).
    enum Pattern {
        static let slug = "[a-z0-9]+(-[a-z0-9]+)*"
        static let programID = slug + "/" + slug
        static let slugList = slug + "(;" + slug + ")*"
        static let fraction = "-?[0-9]+(/[0-9]+)?"
    }

    /// Descriptions shared by several tables.
    enum Text {
        static let rupiah = "Rupiah, bilangan bulat tanpa pemisah ribuan"
        static let dimension = "kode dimensi smart city: governance, branding, economy, living, society atau environment"
        static let opdKey = "slug OPD (kunci ke opd.csv)"
    }

    func programTable() -> DataTable {
        let content = content
        let aggregates = aggregates
        // Rows made a block at a time as the file is written, on all cores (``RowSource``; exact
        // numbers' decimal text is most of a table's cost).
        let programs = describesOnly ? [] : content.programs
        let source = RowSource(count: programs.count) { range in
            programs[range].map { p -> [String] in
                [
                    p.id, p.opdSlug, content.opd(p.opdSlug)?.name ?? "", p.title, p.dimension.rawValue, p.element ?? "", p.status.rawValue,
                    p.term?.rawValue ?? "", p.startYear.map(String.init) ?? "", p.endYear.map(String.init) ?? "",
                    p.budget.map(String.init) ?? "", p.budgetRealised.map(String.init) ?? "", Self.percent1(aggregates.programs[p.id]?.absorption),
                    p.fundingSource ?? "", p.partners.joined(separator: ";"), p.delayReason ?? "", p.isIllustration ? "ya" : "tidak",
                    Permalink.program(p),
                ]
            }
        }
        return DataTable(
            name: "program", title: "Program",
            description:
                "Satu baris per program smart city: OPD pelaksana, dimensi, elemen, status, tahun, anggaran dan realisasinya, sumber dana dan mitra.",
            columns: [
                .text("id", "kode program: slug OPD/slug program", required: true, unique: true, pattern: Pattern.programID),
                .text("opd", "OPD pelaksana: " + Text.opdKey, required: true, pattern: Pattern.slug),
                .text("opd_nama", "nama OPD pelaksana"),
                .text("judul", "judul program", required: true),
                .text("dimensi", Text.dimension, required: true, values: DimensionID.allCases.map(\.rawValue)),
                .text("elemen", "slug elemen dalam dimensinya; kosong bila tidak ditentukan", pattern: Pattern.slug),
                .text("status", "status program", required: true, values: ProgramStatus.allCases.map(\.rawValue)),
                .text("jangka", "jangka waktu program", values: ProgramTerm.allCases.map(\.rawValue)),
                .integer("tahun_mulai", "tahun mulai", minimum: "1900", maximum: "2200"),
                .integer("tahun_selesai", "tahun selesai", minimum: "1900", maximum: "2200"),
                .integer("anggaran_rp", "anggaran program, " + Text.rupiah, minimum: "0"),
                .integer("realisasi_anggaran_rp", "realisasi anggaran, " + Text.rupiah, minimum: "0"),
                .number(
                    "serapan_persen", "serapan anggaran: realisasi ÷ anggaran × 100, persen dengan satu desimal (dapat melebihi 100)", minimum: "0"),
                .text("sumber_dana", "sumber dana sebagaimana ditulis (misalnya APBD)"),
                .text("mitra", "OPD mitra: slug OPD dipisah titik koma", pattern: Pattern.slugList),
                .text("alasan_tunda", "alasan penundaan (program berstatus tertunda)"),
                .boolean("ilustrasi", "ya bila program adalah contoh ilustrasi, bukan data sebenarnya"),
                .text("halaman", "halaman program di situs ini, relatif terhadap akar situs", required: true),
            ],
            primaryKey: ["id"],
            foreignKeys: [DataForeignKey(columns: ["opd"], table: "opd", referenced: ["slug"])],
            source: source)
    }

    func indicatorTable() -> DataTable {
        let aggregates = aggregates
        // Each programme's rows, in programme order, a block of programmes at a time (``RowSource``).
        let programs = describesOnly ? [] : content.programs
        let source = RowSource(count: programs.count) { range in
            programs[range].flatMap { p -> [[String]] in
                let achievements = aggregates.programs[p.id]?.achievements ?? []
                return p.indicators.enumerated().map { index, i in
                    let achievement = index < achievements.count ? achievements[index] : nil
                    return [
                        p.id, String(index + 1), i.name, i.unit, Self.exact(i.baseline), Self.exact(i.target), Self.exact(i.realisation),
                        i.direction.rawValue, Self.exact(i.weight), Self.decimal(achievement.map { $0 * .hundred }, decimals: 4),
                        achievement.map(\.description) ?? "", Self.percent1(achievement),
                    ]
                }
            }
        }
        return DataTable(
            name: "indikator", title: "Indikator",
            description: "Satu baris per indikator program: baseline, target, realisasi, arah, bobot dan capaian.",
            columns: [
                .text("program", "kode program (kunci ke program.csv)", required: true, pattern: Pattern.programID),
                .integer("nomor", "urutan indikator dalam programnya, mulai dari 1", required: true, minimum: "1"),
                .text("nama", "nama indikator", required: true),
                .text("satuan", "satuan nilai baseline, target dan realisasi"),
                .number("baseline", "nilai awal, tepat seperti ditulis, dalam satuan indikator"),
                .number("target", "target, tepat seperti ditulis, dalam satuan indikator"),
                .number("realisasi", "realisasi, tepat seperti ditulis, dalam satuan indikator"),
                .text(
                    "arah", "naik: makin tinggi makin baik; turun: makin rendah makin baik", required: true,
                    values: IndicatorDirection.allCases.map(\.rawValue)),
                .number("bobot", "bobot indikator dalam skor capaian-indikator", required: true, minimum: "0"),
                .number("capaian_persen", "capaian 0–100 persen, empat desimal", minimum: "0", maximum: "100"),
                .text("capaian_pecahan", "capaian 0–1 tepat sebagai pecahan (misalnya 57/200)", pattern: Pattern.fraction, inSpreadsheet: false),
                .number("capaian_persen_publikasi", "capaian persen dengan satu desimal, seperti di halaman program", minimum: "0", maximum: "100"),
            ],
            primaryKey: ["program", "nomor"],
            foreignKeys: [DataForeignKey(columns: ["program"], table: "program", referenced: ["id"])],
            source: source)
    }

    func opdTable() -> DataTable {
        DataTable(
            name: "opd", title: "OPD",
            description: "Satu baris per Organisasi Perangkat Daerah (OPD) yang programnya direview.",
            columns: [
                .text("slug", "kode OPD", required: true, unique: true, pattern: Pattern.slug),
                .text("nama", "nama OPD", required: true),
                .text("singkatan", "singkatan nama OPD"),
                .integer("operator_ti", "jumlah operator TI yang dilaporkan OPD; kosong bila tidak dilaporkan", minimum: "0"),
                .boolean("ilustrasi", "ya bila data OPD adalah contoh ilustrasi, bukan data sebenarnya"),
                .text("halaman", "halaman OPD di situs ini, relatif terhadap akar situs", required: true),
            ],
            primaryKey: ["slug"], foreignKeys: [],
            rows: content.opds.map {
                [
                    $0.slug, $0.name, $0.abbreviation, $0.itOperators.map(String.init) ?? "", $0.isIllustration ? "ya" : "tidak",
                    Permalink.opd($0.slug),
                ]
            })
    }

    /// Every score in reading order: scope, key, name and the entry (`nil`: nothing to score), with
    /// the dimension and OPD it belongs to, when it belongs to one.
    func scores() -> [(scope: String, key: String, name: String, pointer: DataPointer.ScoreScope, entry: ScoreEntry?, dimension: String, opd: String)]
    {
        var rows: [(String, String, String, DataPointer.ScoreScope, ScoreEntry?, String, String)] = [
            ("keseluruhan", "semua", content.config.title, .overall, aggregates.overall, "", "")
        ]
        for d in content.dimensions {
            rows.append(("dimensi", d.id.rawValue, d.name, .dimension(d.id), aggregates.dimensions[d.id], d.id.rawValue, ""))
        }
        for d in content.dimensions {
            for e in d.elements {
                rows.append(
                    ("elemen", d.id.rawValue + "/" + e.slug, e.name, .element(d.id, e.slug), aggregates.elements[d.id]?[e.slug], d.id.rawValue, ""))
            }
        }
        for o in content.opds { rows.append(("opd", o.slug, o.name, .opd(o.slug), aggregates.opds[o.slug], "", o.slug)) }
        for o in content.opds {
            for d in content.dimensions {
                if let entry = aggregates.opdDimensions[o.slug]?[d.id] {
                    rows.append(
                        (
                            "opd_dimensi", o.slug + "/" + d.id.rawValue, o.name + " · " + d.name, .opdDimension(o.slug, d.id), entry,
                            d.id.rawValue, o.slug
                        ))
                }
            }
        }
        for year in aggregates.years.keys.sorted() {
            rows.append(("tahun_mulai", String(year), String(year), .year(year), aggregates.years[year], "", ""))
        }
        return rows
    }

    /// One row of `skor.csv`: numerator and denominator (exact up to six decimals), the percentage
    /// (four decimals), the exact percentage as a fraction, the published percentage and the band.
    func scoreRow(_ scope: String, _ key: String, _ name: String, _ entry: ScoreEntry?, dimension: String, opd: String) -> [String] {
        let score = entry?.score ?? Score(realised: 0, planned: 0)
        let published = entry?.published
        return [
            scope, key, name, score.numerator.plainDecimal(maxDecimals: 6), Self.decimal(score.denominator),
            score.percent?.plainDecimal(maxDecimals: 4) ?? "", score.percent?.fraction() ?? "", published?.plain ?? "",
            published?.band?.name ?? "", content.config.scoring.method.rawValue, dimension, opd,
        ]
    }

    func scoreTable() -> DataTable {
        let unit = content.config.scoring.method == .programRealisation ? "jumlah program" : "jumlah bobot indikator"
        return DataTable(
            name: "skor", title: "Skor",
            description:
                "Setiap skor kematangan (keseluruhan, dimensi, elemen, OPD, OPD per dimensi, tahun mulai) dengan pembilang, penyebut, persen tepat dan persen yang dipublikasikan.",
            columns: [
                .text("cakupan", "cakupan skor", required: true, values: ["keseluruhan", "dimensi", "elemen", "opd", "opd_dimensi", "tahun_mulai"]),
                .text("kunci", "kunci dalam cakupannya: semua, kode dimensi, dimensi/elemen, slug OPD, OPD/dimensi atau tahun", required: true),
                .text("nama", "nama yang ditampilkan"),
                .number("pembilang", "pembilang (\(unit)), tepat sampai enam desimal", required: true, minimum: "0"),
                .number("penyebut", "penyebut (\(unit))", required: true, minimum: "0"),
                .number("persen", "pembilang ÷ penyebut × 100, persen dengan empat desimal; kosong bila penyebut 0", minimum: "0", maximum: "100"),
                .text("persen_pecahan", "persen tepat sebagai pecahan (misalnya 57/2)", pattern: Pattern.fraction, inSpreadsheet: false),
                .number(
                    "persen_publikasi", "persen yang dipublikasikan: dibulatkan sekali, setengah menjauhi nol, ke presisi review",
                    minimum: "0", maximum: "100"),
                .text("tingkat_kematangan", "tingkat kematangan dari persen yang dipublikasikan"),
                .text("metode", "metode penilaian", required: true, values: ScoringMethod.allCases.map(\.rawValue)),
                .text(
                    "dimensi", "dimensi skor (cakupan dimensi, elemen dan opd_dimensi): " + Text.dimension,
                    values: DimensionID.allCases.map(\.rawValue)),
                .text("opd", "OPD skor (cakupan opd dan opd_dimensi): " + Text.opdKey, pattern: Pattern.slug),
            ],
            primaryKey: ["cakupan", "kunci"],
            foreignKeys: [DataForeignKey(columns: ["opd"], table: "opd", referenced: ["slug"])],
            rows: scores().map { scoreRow($0.scope, $0.key, $0.name, $0.entry, dimension: $0.dimension, opd: $0.opd) })
    }

    /// Budget totals per dimension, OPD and source of funds, in reading order.
    func budgets() -> [(scope: String, key: String, name: String, pointer: DataPointer.BudgetScope, totals: BudgetTotals)] {
        var rows: [(String, String, String, DataPointer.BudgetScope, BudgetTotals)] = [
            ("keseluruhan", "semua", content.config.title, .overall, aggregates.budget)
        ]
        for d in content.dimensions {
            rows.append(("dimensi", d.id.rawValue, d.name, .dimension(d.id), aggregates.budgetByDimension[d.id] ?? BudgetTotals()))
        }
        for o in content.opds { rows.append(("opd", o.slug, o.name, .opd(o.slug), aggregates.budgetByOPD[o.slug] ?? BudgetTotals())) }
        for source in aggregates.budgetBySource { rows.append(("sumber_dana", source.name, source.name, .source(source.name), source.totals)) }
        return rows
    }

    func budgetTable() -> DataTable {
        DataTable(
            name: "anggaran", title: "Anggaran",
            description: "Anggaran, realisasi dan anggaran program tertunda: keseluruhan, per dimensi, per OPD dan per sumber dana.",
            columns: [
                .text("cakupan", "cakupan jumlah", required: true, values: ["keseluruhan", "dimensi", "opd", "sumber_dana"]),
                .text("kunci", "kunci dalam cakupannya: semua, kode dimensi, slug OPD atau sumber dana seperti ditulis", required: true),
                .text("nama", "nama yang ditampilkan"),
                .integer("anggaran_rp", "jumlah anggaran, " + Text.rupiah, required: true, minimum: "0"),
                .integer("realisasi_anggaran_rp", "jumlah realisasi anggaran, " + Text.rupiah, required: true, minimum: "0"),
                .integer("anggaran_tertunda_rp", "jumlah anggaran program tertunda, " + Text.rupiah, required: true, minimum: "0"),
                .number("serapan_persen", "realisasi ÷ anggaran × 100, persen dengan satu desimal", minimum: "0"),
                .text("dimensi", "dimensi (cakupan dimensi): " + Text.dimension, values: DimensionID.allCases.map(\.rawValue)),
                .text("opd", "OPD (cakupan opd): " + Text.opdKey, pattern: Pattern.slug),
            ],
            primaryKey: ["cakupan", "kunci"],
            foreignKeys: [DataForeignKey(columns: ["opd"], table: "opd", referenced: ["slug"])],
            rows: budgets().map { row in
                [
                    row.scope, row.key, row.name, String(row.totals.planned), String(row.totals.realised), String(row.totals.delayed),
                    Self.percent1(row.totals.absorption), row.scope == "dimensi" ? row.key : "", row.scope == "opd" ? row.key : "",
                ]
            })
    }

    /// A similarity 0…1 with four decimals and `.`, for data files (rounded half away from zero).
    static func similarity(_ value: Double) -> String {
        Rational(Int64((min(max(value, 0), 1) * 10_000).rounded(.toNearestOrAwayFromZero)), 10_000).plainDecimal(maxDecimals: 4)
    }

    /// A word weight (IDF, ≥ 0) with four decimals and `.`.
    static func weight(_ value: Double) -> String {
        Rational(Int64((max(value, 0) * 10_000).rounded(.toNearestOrAwayFromZero)), 10_000).plainDecimal(maxDecimals: 4)
    }

    /// Every reported pair of overlapping programmes with its group, for analysts (at most N × K rows).
    func overlapTable() -> DataTable {
        // A block of pairs at a time (``RowSource``): at 100 000 programmes half a million rows.
        let content = content
        let pairs = describesOnly ? [] : aggregates.overlaps.pairs
        let source = RowSource(count: pairs.count) { range in
            pairs[range].map { pair -> [String] in
                let a = content.program(id: pair.first)
                let b = content.program(id: pair.second)
                let relation = pair.sameElement ? "elemen_sama" : (pair.sameDimension ? "dimensi_sama" : "lintas_dimensi")
                return [
                    String(pair.group + 1), Self.similarity(pair.similarity), pair.first, a?.opdSlug ?? "", a?.title ?? "",
                    a?.dimension.rawValue ?? "", pair.second, b?.opdSlug ?? "", b?.title ?? "", b?.dimension.rawValue ?? "",
                    pair.sharedWords.joined(separator: ";"), relation,
                ]
            }
        }
        let dimensions = DimensionID.allCases.map(\.rawValue)
        return DataTable(
            name: "tumpang-tindih", title: "Program yang mungkin tumpang tindih",
            description: "Setiap pasangan program dari OPD berbeda yang mirip (kemiripan kosinus kata berbobot IDF), dengan kelompok koordinasinya.",
            columns: [
                .integer("kelompok", "nomor kelompok program yang saling terhubung, mulai dari 1", required: true, minimum: "1"),
                .number("kemiripan", "kemiripan 0–1, empat desimal", required: true, minimum: "0", maximum: "1"),
                .text("program_1", "program pertama (kunci ke program.csv)", required: true, pattern: Pattern.programID),
                .text("opd_1", "OPD program pertama: " + Text.opdKey, required: true, pattern: Pattern.slug),
                .text("judul_1", "judul program pertama"),
                .text("dimensi_1", "dimensi program pertama", values: dimensions),
                .text("program_2", "program kedua (kunci ke program.csv)", required: true, pattern: Pattern.programID),
                .text("opd_2", "OPD program kedua: " + Text.opdKey, required: true, pattern: Pattern.slug),
                .text("judul_2", "judul program kedua"),
                .text("dimensi_2", "dimensi program kedua", values: dimensions),
                .text("kata_sama", "kata yang sama-sama dipakai kedua program, dipisah titik koma"),
                .text(
                    "hubungan", "elemen_sama, dimensi_sama atau lintas_dimensi", required: true,
                    values: ["elemen_sama", "dimensi_sama", "lintas_dimensi"]),
            ],
            primaryKey: ["program_1", "program_2"],
            foreignKeys: [
                DataForeignKey(columns: ["program_1"], table: "program", referenced: ["id"]),
                DataForeignKey(columns: ["program_2"], table: "program", referenced: ["id"]),
                DataForeignKey(columns: ["opd_1"], table: "opd", referenced: ["slug"]),
                DataForeignKey(columns: ["opd_2"], table: "opd", referenced: ["slug"]),
            ],
            source: source)
    }

    // MARK: - JSON

    /// `value` as pretty-printed JSON with sorted keys and a final newline.
    func json<T: Encodable>(_ value: T) -> [UInt8] {
        var bytes = Self.encoded(value)
        bytes.append(0x0A)
        return bytes
    }

    /// `value` as pretty-printed JSON with sorted keys, without a final newline, by `encoder` (one
    /// of ``makeEncoder()``).
    private static func encoded<T: Encodable>(_ value: T, by encoder: JSONEncoder = makeEncoder()) -> [UInt8] {
        [UInt8]((try? encoder.encode(value)) ?? Data())
    }

    /// The encoder of every JSON data file: pretty-printed, keys sorted, slashes as they are.
    private static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The top-level keys of `tinjauan.json`, in the sorted order the encoder writes them.
    enum ReviewPart: String, CaseIterable {
        case agregat, dimensi, metadata, opd, program, skor, tinjauan
    }

    /// `tinjauan.json` whole, in memory (``writeReviewJSON(_:)`` into one array).
    func reviewJSON() -> [UInt8] {
        var all: [UInt8] = []
        // The sink never throws.
        try? writeReviewJSON { all += $0 }
        return all
    }

    /// `tinjauan.json`: the same bytes as ``json(_:)`` of ``review()``, made one part at a time and
    /// handed to `sink` about a mebibyte at a time, so that the document is never held whole (150 MB
    /// at 100 000 programmes, with as much again while its array grew: the largest thing a build
    /// held). Each top-level part is encoded on its own, the programmes and score rows one entry at a
    /// time, and the pieces are indented and joined as the encoder would have written them (two
    /// spaces a level, `"key" : value`, keys in sorted order). A test compares the two for every
    /// fixture review.
    /// - Throws: what `sink` throws.
    func writeReviewJSON(_ sink: ([UInt8]) throws -> Void) throws {
        // One encoder for the many pieces (one per programme and score row).
        let encoder = Self.makeEncoder()
        let partSize = 1 << 20
        var out: [UInt8] = []
        out.reserveCapacity(partSize + (64 << 10))
        func flushIfFull() throws {
            guard out.count >= partSize else { return }
            try sink(out)
            out.removeAll(keepingCapacity: true)
        }
        func spaces(_ count: Int) { out.append(contentsOf: repeatElement(0x20, count: count)) }
        // A piece's own lines are indented by `indent` more, but for empty lines (the encoder writes
        // an empty object as `{`, an empty line, `}`); JSON text has no newline inside a string.
        func append(_ piece: [UInt8], indent: Int) {
            var lineStart = false
            for byte in piece {
                if lineStart && byte != 0x0A { spaces(indent) }
                out.append(byte)
                lineStart = byte == 0x0A
            }
        }
        func array<Element: Encodable>(_ count: Int, _ element: @escaping @Sendable (Int) -> Element, indent: Int) throws {
            guard count > 0 else { return append(Self.encoded([Element](), by: encoder), indent: indent) }
            out.append(contentsOf: "[\n".utf8)
            // The elements are encoded on all cores, a few thousand at a time (each worker with an
            // encoder of its own), and appended in order: the same bytes as one by one, with at
            // most one part's pieces held at once.
            let part = 1024 * Parallel.threads
            var start = 0
            while start < count {
                let end = min(start + part, count)
                let ranges = stride(from: start, to: end, by: 256).map { $0..<min($0 + 256, end) }
                let pieces = Parallel.map(ranges) { range in
                    let encoder = Self.makeEncoder()
                    return range.map { Self.encoded(element($0), by: encoder) }
                }
                var index = start
                for piece in pieces.joined() {
                    spaces(indent + 2)
                    append(piece, indent: indent + 2)
                    out.append(contentsOf: (index < count - 1 ? ",\n" : "\n").utf8)
                    index += 1
                }
                try flushIfFull()
                start = end
            }
            spaces(indent)
            out.append(UInt8(ascii: "]"))
        }
        let programs = content.programs
        let scoreRows = scoreRows()
        out.append(contentsOf: "{\n".utf8)
        for (index, part) in ReviewPart.allCases.enumerated() {
            spaces(2)
            out.append(contentsOf: "\"\(part.rawValue)\" : ".utf8)
            switch part {
            case .agregat: append(Self.encoded(aggregateDocument(), by: encoder), indent: 2)
            case .dimensi: append(Self.encoded(dimensionEntries(), by: encoder), indent: 2)
            case .metadata: append(Self.encoded(metadata(), by: encoder), indent: 2)
            case .opd: append(Self.encoded(opdEntries(), by: encoder), indent: 2)
            case .program: try array(programs.count, { programEntry(programs[$0]) }, indent: 2)
            case .skor: try array(scoreRows.count, { scoreRows[$0] }, indent: 2)
            case .tinjauan: append(Self.encoded(reviewEntry(), by: encoder), indent: 2)
            }
            out.append(contentsOf: (index < ReviewPart.allCases.count - 1 ? ",\n" : "\n").utf8)
            try flushIfFull()
        }
        out.append(contentsOf: "}\n".utf8)
        try sink(out)
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
        var files = [
            Self.programCSV: "program", Self.indicatorCSV: "indikator program", Self.opdCSV: "OPD", Self.scoreCSV: "skor",
            Self.budgetCSV: "anggaran", Self.overlapCSV: "pasangan program yang mungkin tumpang tindih",
            "data/excel/": "berkas CSV yang sama untuk spreadsheet (Excel dengan pengaturan Indonesia)",
            Self.reviewJSON: "seluruh review (skema: tinjauan.schema.json)",
            Self.dataPackage: "Frictionless Data Package: deskripsi setiap berkas (kolom, tipe, kunci)",
        ]
        if let changes = aggregates.changes {
            files["data/riwayat-skor.csv"] = "skor per tahun review"
            files["data/perubahan.csv"] = "perubahan sejak review \(changes.previousYear)"
            files["data/realokasi.csv"] = "tindak lanjut program tertunda \(changes.previousYear)"
        }
        return Metadata(
            judul: "Data \(config.title)",
            deskripsi:
                "Program smart city per OPD, indikator, skor per dimensi/elemen/OPD/tahun beserta pembilang dan penyebutnya, dan anggaran, sebagaimana ditampilkan di situs review.",
            produsen_data: config.dataProducer ?? organiser, walidata: config.dataSteward ?? organiser,
            periode: "\(config.masterplanStart)–\(config.masterplanEnd) (review tahun \(config.reviewYear))",
            satuan: [
                "anggaran_rp": "Rupiah (bilangan bulat)", "persen": "persen 0–100, titik sebagai pemisah desimal",
                "pembilang_penyebut": config.scoring.method == .programRealisation ? "jumlah program" : "jumlah bobot indikator",
            ],
            frekuensi_pembaruan: "tahunan (setiap review)",
            sumber: "Berkas konten tinjau yang disunting setiap OPD",
            tanggal_pembaruan: config.reviewDate?.description,
            lisensi: config.dataLicence,
            format:
                "CSV (RFC 4180: UTF-8, baris judul, pemisah koma, titik sebagai pemisah desimal), CSV untuk spreadsheet (UTF-8 dengan BOM, pemisah titik koma, koma sebagai pemisah desimal), JSON, dan Frictionless Data Package",
            berkas: files)
    }

    /// A JSON number written with exactly the digits of `value` (at most `decimals` decimals),
    /// never through binary floating point.
    static func number(_ value: Rational?, decimals: Int = 6) -> Decimal? {
        value.flatMap { Decimal(string: $0.plainDecimal(maxDecimals: decimals)) }
    }

    /// The published one-decimal percentage of a fraction, as a JSON number.
    static func percent1Number(_ fraction: Rational?) -> Decimal? {
        fraction.flatMap { Decimal(string: percent1($0)) }
    }

    struct ReviewDocument: Encodable {
        struct Review: Encodable {
            var judul: String, wilayah: String, kode_wilayah: String?, tahun_review: Int
            var masterplan_mulai: Int, masterplan_selesai: Int, tanggal_review: String?, penyelenggara: String?, evaluator: String?
            var metode: String, status_terealisasi: [String], presisi: Int
            var tingkat_kematangan: [Band]
        }
        struct Band: Encodable { var min: Decimal, nama: String, keterangan: String }
        struct DimensionEntry: Encodable { var id: String, nama: String, elemen: [ElementEntry] }
        struct ElementEntry: Encodable { var slug: String, nama: String }
        struct OPDEntry: Encodable { var slug: String, nama: String, singkatan: String, operator_ti: Int? }
        struct IndicatorEntry: Encodable {
            var nama: String, satuan: String, baseline: Decimal?, target: Decimal?, realisasi: Decimal?, arah: String, bobot: Decimal
            var capaian: Decimal?, capaian_pecahan: String?, capaian_persen: Decimal?
        }
        struct ProgramEntry: Encodable {
            var id: String, opd: String, judul: String, dimensi: String, elemen: String?, status: String, jangka: String?
            var tahun_mulai: Int?, tahun_selesai: Int?, anggaran: Int64?, realisasi_anggaran: Int64?, serapan_persen: Decimal?
            var sumber_dana: String?
            var mitra: [String], alasan_tunda: String?, kata_kunci: [String], ringkasan: String?, ilustrasi: Bool
            var indikator: [IndicatorEntry]
        }
        struct ScoreRow: Encodable {
            var cakupan: String, kunci: String, nama: String, pembilang: Decimal, penyebut: Decimal, persen: Decimal?
            var persen_pecahan: String?, persen_publikasi: Decimal?, tingkat_kematangan: String?
        }
        var metadata: Metadata
        var tinjauan: Review
        var dimensi: [DimensionEntry]
        var opd: [OPDEntry]
        var program: [ProgramEntry]
        var skor: [ScoreRow]
        var agregat: AggregateDocument
    }

    /// Every figure of the site, keyed so that a page's `data-sumber` pointer (``DataPointer``) finds it.
    struct AggregateDocument: Encodable {
        struct ScoreFigure: Encodable {
            /// Numerator and denominator: exact up to six decimals (counts are whole numbers).
            var pembilang: Decimal, penyebut: Decimal
            /// Both exactly, as fractions (`17/4`).
            var pembilang_pecahan: String?, penyebut_pecahan: String
            /// The percentage to four decimals, exactly as a fraction, and as published.
            var persen: Decimal?, persen_pecahan: String?, persen_publikasi: Decimal?
            var tingkat_kematangan: String?
            /// Programmes in the denominator, and in the numerator (count method only).
            var program_dihitung: Int, program_terealisasi: Int?
        }
        struct BudgetFigure: Encodable {
            var anggaran: Int64, realisasi: Int64, tertunda: Int64, serapan_persen: Decimal?
        }
        struct Programs: Encodable { var jumlah: Int, direncanakan: Int, terealisasi: Int, per_status: [String: Int], tanpa_elemen: [String: Int] }
        struct OPDCount: Encodable { var jumlah: Int, memimpin_program: Int }
        struct Scores: Encodable {
            var keseluruhan: ScoreFigure
            var dimensi: [String: ScoreFigure], elemen: [String: [String: ScoreFigure]], opd: [String: ScoreFigure]
            var opd_dimensi: [String: [String: ScoreFigure]], tahun_mulai: [String: ScoreFigure]
        }
        struct Budgets: Encodable {
            var keseluruhan: BudgetFigure, dimensi: [String: BudgetFigure], opd: [String: BudgetFigure], sumber_dana: [String: BudgetFigure]
        }
        struct DelayGroup: Encodable { var jumlah_program: Int, anggaran: Int64 }
        struct Delays: Encodable {
            var jumlah_program: Int, anggaran: Int64, realisasi: Int64, sisa: Int64, covid: Int, program: [String]
            var opd: [String: DelayGroup], dimensi: [String: DelayGroup]
        }
        struct OPDCapacityFigure: Encodable {
            var program_aktif: Int, operator_ti: Int?, program_per_operator: Decimal?, tanpa_operator: Bool
        }
        struct Capacity: Encodable {
            var operator_ti: Int, jumlah_opd_tanpa_operator: Int, opd_tanpa_operator: [String], opd: [String: OPDCapacityFigure]
        }
        struct Matrix: Encodable { var baris: [String], kolom: [String], jumlah: [[Int]] }
        struct OverlapWordFigure: Encodable { var kata: String, program: Int, idf: Decimal }
        struct Overlaps: Encodable {
            var program_dibandingkan: Int, pasangan: Int, kelompok: Int, ambang: Decimal, maks_per_program: Int
            var batas_blok: Int, jendela: Int, kata_umum: [OverlapWordFigure]
        }
        var program: Programs
        var opd: OPDCount
        var skor: Scores
        var anggaran: Budgets
        var tertunda: Delays
        var kapasitas: Capacity
        var opd_dimensi: Matrix
        var linimasa: Matrix
        var tumpang_tindih: Overlaps
        /// Scores, statuses and budgets per review year (only with an earlier archived review).
        var riwayat: HistoryDocument?
        /// What changed since the previous review (only with an earlier archived review).
        var perubahan: ChangesDocument?
    }

    func scoreFigure(_ entry: ScoreEntry?) -> AggregateDocument.ScoreFigure {
        let score = entry?.score ?? Score(realised: 0, planned: 0)
        return .init(
            pembilang: Decimal(string: score.numerator.plainDecimal(maxDecimals: 6))!, penyebut: Self.number(score.denominator)!,
            pembilang_pecahan: score.numerator.fraction(), penyebut_pecahan: score.denominator.description,
            persen: score.percent.flatMap { Decimal(string: $0.plainDecimal(maxDecimals: 4)) }, persen_pecahan: score.percent?.fraction(),
            persen_publikasi: entry?.published.flatMap { Decimal(string: $0.plain) }, tingkat_kematangan: entry?.published?.band?.name,
            program_dihitung: entry?.counted.count ?? 0, program_terealisasi: score.isCount ? entry?.realised.count ?? 0 : nil)
    }

    func budgetFigure(_ t: BudgetTotals) -> AggregateDocument.BudgetFigure {
        .init(anggaran: t.planned, realisasi: t.realised, tertunda: t.delayed, serapan_persen: Self.percent1Number(t.absorption))
    }

    func aggregateDocument() -> AggregateDocument {
        let a = aggregates
        var elements: [String: [String: AggregateDocument.ScoreFigure]] = [:]
        for d in content.dimensions {
            elements[d.id.rawValue] = Dictionary(uniqueKeysWithValues: (a.elements[d.id] ?? [:]).map { ($0.key, scoreFigure($0.value)) })
        }
        var opdDimensions: [String: [String: AggregateDocument.ScoreFigure]] = [:]
        for (slug, byDimension) in a.opdDimensions {
            opdDimensions[slug] = Dictionary(uniqueKeysWithValues: byDimension.map { ($0.key.rawValue, scoreFigure($0.value)) })
        }
        let scores = AggregateDocument.Scores(
            keseluruhan: scoreFigure(a.overall),
            dimensi: Dictionary(uniqueKeysWithValues: content.dimensions.map { ($0.id.rawValue, scoreFigure(a.dimensions[$0.id])) }),
            elemen: elements,
            opd: Dictionary(uniqueKeysWithValues: content.opds.map { ($0.slug, scoreFigure(a.opds[$0.slug])) }),
            opd_dimensi: opdDimensions,
            tahun_mulai: Dictionary(uniqueKeysWithValues: a.years.map { (String($0.key), scoreFigure($0.value)) }))
        let budgets = AggregateDocument.Budgets(
            keseluruhan: budgetFigure(a.budget),
            dimensi: Dictionary(
                uniqueKeysWithValues: content.dimensions.map { ($0.id.rawValue, budgetFigure(a.budgetByDimension[$0.id] ?? BudgetTotals())) }),
            opd: Dictionary(uniqueKeysWithValues: content.opds.map { ($0.slug, budgetFigure(a.budgetByOPD[$0.slug] ?? BudgetTotals())) }),
            sumber_dana: Dictionary(uniqueKeysWithValues: a.budgetBySource.map { ($0.name, budgetFigure($0.totals)) }))
        let d = a.delays
        let delays = AggregateDocument.Delays(
            jumlah_program: d.programs.count, anggaran: d.budget, realisasi: d.realised, sisa: d.remaining, covid: d.covid, program: d.programs,
            opd: Dictionary(uniqueKeysWithValues: d.byOPD.map { ($0.key, .init(jumlah_program: $0.value.count, anggaran: $0.value.budget)) }),
            dimensi: Dictionary(
                uniqueKeysWithValues: d.byDimension.map { ($0.key.rawValue, .init(jumlah_program: $0.value.count, anggaran: $0.value.budget)) }))
        let c = a.capacity
        let capacity = AggregateDocument.Capacity(
            operator_ti: c.totalOperators, jumlah_opd_tanpa_operator: c.lackingOperator.count, opd_tanpa_operator: c.lackingOperator,
            opd: Dictionary(
                uniqueKeysWithValues: c.byOPD.map { slug, o in
                    (
                        slug,
                        .init(
                            program_aktif: o.activePrograms, operator_ti: o.itOperators,
                            program_per_operator: Self.number(o.programsPerOperator.map { Rational($0.rounded(decimals: 1), 10) }, decimals: 1),
                            tanpa_operator: o.lacksOperator)
                    )
                }))
        let counts = a.statusCounts
        return AggregateDocument(
            program: .init(
                jumlah: counts.total, direncanakan: counts.planned, terealisasi: counts.realised,
                per_status: Dictionary(uniqueKeysWithValues: ProgramStatus.allCases.map { ($0.rawValue, counts[$0]) }),
                tanpa_elemen: Dictionary(uniqueKeysWithValues: a.programsWithoutElement.map { ($0.key.rawValue, $0.value) })),
            opd: .init(jumlah: content.opds.count, memimpin_program: a.capacity.leadingPrograms), skor: scores, anggaran: budgets, tertunda: delays,
            kapasitas: capacity,
            opd_dimensi: .init(
                baris: a.opdDimensionCounts.rows, kolom: a.opdDimensionCounts.columns.map(\.rawValue), jumlah: a.opdDimensionCounts.values),
            linimasa: .init(baris: a.timeline.rows.map(\.rawValue), kolom: a.timeline.columns.map(String.init), jumlah: a.timeline.values),
            tumpang_tindih: .init(
                program_dibandingkan: a.overlaps.comparedCount, pasangan: a.overlaps.pairs.count,
                kelompok: a.overlaps.groups.count, ambang: Self.number(content.config.overlapThreshold, decimals: 30)!,
                maks_per_program: a.overlaps.settings.maxPerProgram, batas_blok: a.overlaps.blockLimit,
                jendela: a.overlaps.window,
                kata_umum: a.overlaps.commonWords.map { .init(kata: $0.word, program: $0.programs, idf: Decimal(string: Self.weight($0.idf))!) }),
            riwayat: a.history.map(historyDocument), perubahan: a.changes.map(changesDocument))
    }

    /// The whole of `tinjauan.json` as one value (``reviewJSON()`` writes the same bytes part by part).
    func review() -> ReviewDocument {
        ReviewDocument(
            metadata: metadata(), tinjauan: reviewEntry(), dimensi: dimensionEntries(), opd: opdEntries(),
            program: content.programs.map(programEntry), skor: scoreRows(), agregat: aggregateDocument())
    }

    /// The review's own fields (`tinjauan`).
    func reviewEntry() -> ReviewDocument.Review {
        let c = content.config
        let s = c.scoring
        return ReviewDocument.Review(
            judul: c.title, wilayah: c.region, kode_wilayah: c.regionCode, tahun_review: c.reviewYear,
            masterplan_mulai: c.masterplanStart, masterplan_selesai: c.masterplanEnd, tanggal_review: c.reviewDate?.description,
            penyelenggara: c.organiser, evaluator: c.evaluator, metode: s.method.rawValue,
            status_terealisasi: s.realisedStatuses.map(\.rawValue), presisi: s.precision,
            tingkat_kematangan: s.maturityBands.map { .init(min: Self.number($0.minimum, decimals: 30)!, nama: $0.name, keterangan: $0.description) })
    }

    /// The dimensions and their elements (`dimensi`).
    func dimensionEntries() -> [ReviewDocument.DimensionEntry] {
        content.dimensions.map {
            .init(id: $0.id.rawValue, nama: $0.name, elemen: $0.elements.map { .init(slug: $0.slug, nama: $0.name) })
        }
    }

    /// The OPDs (`opd`).
    func opdEntries() -> [ReviewDocument.OPDEntry] {
        content.opds.map { .init(slug: $0.slug, nama: $0.name, singkatan: $0.abbreviation, operator_ti: $0.itOperators) }
    }

    /// One programme's entry of `program`, with its indicators' achievements.
    func programEntry(_ p: Program) -> ReviewDocument.ProgramEntry {
        let figures = aggregates.programs[p.id]
        return ReviewDocument.ProgramEntry(
            id: p.id, opd: p.opdSlug, judul: p.title, dimensi: p.dimension.rawValue, elemen: p.element, status: p.status.rawValue,
            jangka: p.term?.rawValue, tahun_mulai: p.startYear, tahun_selesai: p.endYear, anggaran: p.budget,
            realisasi_anggaran: p.budgetRealised, serapan_persen: Self.percent1Number(figures?.absorption), sumber_dana: p.fundingSource,
            mitra: p.partners, alasan_tunda: p.delayReason, kata_kunci: p.keywords, ringkasan: p.summary, ilustrasi: p.isIllustration,
            indikator: p.indicators.enumerated().map { index, i in
                let achievement = figures.flatMap { index < $0.achievements.count ? $0.achievements[index] : nil }
                return .init(
                    nama: i.name, satuan: i.unit, baseline: Self.number(i.baseline, decimals: 30), target: Self.number(i.target, decimals: 30),
                    realisasi: Self.number(i.realisation, decimals: 30), arah: i.direction.rawValue, bobot: Self.number(i.weight, decimals: 30)!,
                    capaian: Self.number(achievement), capaian_pecahan: achievement?.description,
                    capaian_persen: Self.percent1Number(achievement))
            })
    }

    /// Every score with its numerator and denominator (`skor`).
    func scoreRows() -> [ReviewDocument.ScoreRow] {
        scores().map { row -> ReviewDocument.ScoreRow in
            let figure = scoreFigure(row.entry)
            return ReviewDocument.ScoreRow(
                cakupan: row.scope, kunci: row.key, nama: row.name, pembilang: figure.pembilang, penyebut: figure.penyebut,
                persen: figure.persen, persen_pecahan: figure.persen_pecahan, persen_publikasi: figure.persen_publikasi,
                tingkat_kematangan: figure.tingkat_kematangan)
        }
    }
}
