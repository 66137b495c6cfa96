// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Encodable rows are named after the published JSON fields (`program_sebelumnya`, …).
import Foundation

/// Pointers to the figures of the year-over-year sections of `data/tinjauan.json`.
extension DataPointer {
    /// A field of a score per review year: `scope` is `keseluruhan`, `dimensi/<id>` or `opd/<slug>`
    /// (given as tokens), `field` `persen_publikasi`, `pembilang` or `penyebut`.
    public static func history(_ scope: [String], year: Int, _ field: String) -> String {
        path(["agregat", "riwayat"] + scope + [String(year), field])
    }

    /// A field of a programme in one review year (`anggaran`, `realisasi_anggaran`, or
    /// `indikator/<position>/realisasi`).
    public static func programHistory(_ id: String, year: Int, _ field: String...) -> String {
        path(["agregat", "riwayat", "program", id, String(year)] + field)
    }

    /// A field of the changes since the previous review (`jumlah_status_berubah`, `realokasi/dialokasikan_ulang`, …).
    public static func changes(_ field: String...) -> String { path(["agregat", "perubahan"] + field) }
}

/// The open data of the year-over-year analysis: `agregat.riwayat` and `agregat.perubahan` in
/// `tinjauan.json`, and the tables `riwayat-skor`, `perubahan` and `realokasi`. All of them exist only
/// when the review has an earlier archived review, so that a first review's data stay as they were.
extension DataExporter {
    struct HistoryDocument: Encodable {
        struct YearFigure: Encodable {
            var kunci: String?, pembilang: Decimal?, penyebut: Decimal?, persen_publikasi: Decimal?, tingkat_kematangan: String?, presisi: Int?
        }
        struct IndicatorFigure: Encodable { var nama: String, satuan: String, target: Decimal?, realisasi: Decimal? }
        struct ProgramFigure: Encodable {
            var id: String, judul: String, status: String, anggaran: Int64?, realisasi_anggaran: Int64?, indikator: [IndicatorFigure]
        }
        var tahun: [Int]
        var keseluruhan: [String: YearFigure]
        var dimensi: [String: [String: YearFigure]]
        var opd: [String: [String: YearFigure]]
        var program: [String: [String: ProgramFigure]]
    }

    struct ChangesDocument: Encodable {
        struct Status: Encodable { var program: String, program_sebelumnya: String, dari: String, menjadi: String }
        struct Removed: Encodable { var program_sebelumnya: String, judul: String, opd: String, status: String }
        struct IndicatorMove: Encodable {
            var program: String, program_sebelumnya: String, nama: String, satuan: String, sebelum: Decimal?, sesudah: Decimal?, target: Decimal?
        }
        struct FollowUp: Encodable {
            var program_sebelumnya: String, judul: String, opd: String, anggaran_sebelumnya: Int64?, program: String?, status: String?
            var anggaran: Int64?, dialokasikan_ulang: Int64
        }
        struct Reallocation: Encodable {
            var anggaran_sebelumnya: Int64, dialokasikan_ulang: Int64, jumlah_program: Int, jumlah_dialokasikan_ulang: Int
            var jumlah_masih_tertunda: Int, jumlah_batal: Int, jumlah_tidak_ada: Int, program: [FollowUp]
        }
        var tahun_sebelumnya: Int, tahun: Int
        var jumlah_status_berubah: Int, jumlah_program_baru: Int, jumlah_program_hilang: Int, jumlah_program_batal: Int, jumlah_indikator_berubah: Int
        var status: [Status], program_baru: [String], program_hilang: [Removed], program_batal: [String], indikator: [IndicatorMove]
        var realokasi: Reallocation
    }

    func yearFigure(_ score: YearScore) -> HistoryDocument.YearFigure {
        guard let s = score.score else {
            return .init(kunci: score.key, pembilang: nil, penyebut: nil, persen_publikasi: nil, tingkat_kematangan: nil, presisi: nil)
        }
        return .init(
            kunci: score.key, pembilang: Decimal(string: s.numerator.plainDecimal(maxDecimals: 6)), penyebut: Self.number(s.denominator),
            persen_publikasi: score.published.flatMap { Decimal(string: $0.plain) }, tingkat_kematangan: score.published?.band?.name,
            presisi: score.published?.precision)
    }

    func historyDocument(_ history: ReviewHistory) -> HistoryDocument {
        func byYear(_ scores: [YearScore]) -> [String: HistoryDocument.YearFigure] {
            Dictionary(uniqueKeysWithValues: scores.filter { $0.key != nil }.map { (String($0.year), yearFigure($0)) })
        }
        let programs = history.programs.mapValues { years in
            Dictionary(
                uniqueKeysWithValues: years.map { y in
                    (
                        String(y.year),
                        HistoryDocument.ProgramFigure(
                            id: y.id, judul: y.title, status: y.status.rawValue, anggaran: y.budget, realisasi_anggaran: y.budgetRealised,
                            indikator: y.indicators.map {
                                .init(
                                    nama: $0.name, satuan: $0.unit, target: Self.number($0.target, decimals: 30),
                                    realisasi: Self.number($0.realisation, decimals: 30))
                            })
                    )
                })
        }
        return HistoryDocument(
            tahun: history.years, keseluruhan: byYear(history.overall),
            dimensi: Dictionary(uniqueKeysWithValues: history.dimensions.map { ($0.key.rawValue, byYear($0.value)) }),
            opd: history.opds.mapValues(byYear), program: programs)
    }

    func changesDocument(_ changes: ReviewChanges) -> ChangesDocument {
        let t = changes.followUpTotals
        return ChangesDocument(
            tahun_sebelumnya: changes.previousYear, tahun: changes.currentYear,
            jumlah_status_berubah: changes.statusChanges.count, jumlah_program_baru: changes.newPrograms.count,
            jumlah_program_hilang: changes.removed.count, jumlah_program_batal: changes.cancelled.count,
            jumlah_indikator_berubah: changes.indicators.count,
            status: changes.statusChanges.map {
                .init(program: $0.programID, program_sebelumnya: $0.previousID, dari: $0.from.rawValue, menjadi: $0.to.rawValue)
            },
            program_baru: changes.newPrograms,
            program_hilang: changes.removed.map {
                .init(program_sebelumnya: $0.previousID, judul: $0.title, opd: $0.opdName, status: $0.status.rawValue)
            },
            program_batal: changes.cancelled,
            indikator: changes.indicators.map {
                .init(
                    program: $0.programID, program_sebelumnya: $0.previousID, nama: $0.name, satuan: $0.unit,
                    sebelum: Self.number($0.before, decimals: 30),
                    sesudah: Self.number($0.after, decimals: 30), target: Self.number($0.target, decimals: 30))
            },
            realokasi: .init(
                anggaran_sebelumnya: t.budgetThen, dialokasikan_ulang: t.reallocated, jumlah_program: changes.followUps.count,
                jumlah_dialokasikan_ulang: t.reallocatedCount, jumlah_masih_tertunda: t.stillDelayed, jumlah_batal: t.cancelled,
                jumlah_tidak_ada: t.missing,
                program: changes.followUps.map {
                    .init(
                        program_sebelumnya: $0.previousID, judul: $0.title, opd: $0.opdName, anggaran_sebelumnya: $0.budgetThen,
                        program: $0.programID, status: $0.statusNow?.rawValue, anggaran: $0.budgetNow, dialokasikan_ulang: $0.reallocated)
                }))
    }

    /// The year-over-year tables, when the review has an earlier review; none otherwise.
    /// The year-over-year tables, each made only when called; none without earlier archives.
    func yearTableMakers() -> [() -> DataTable] {
        guard let history = aggregates.history, let changes = aggregates.changes else { return [] }
        return [{ historyTable(history) }, { changesTable(changes) }, { reallocationTable(changes) }]
    }

    func historyTable(_ history: ReviewHistory) -> DataTable {
        var rows: [[String]] = []
        func add(_ scope: String, _ key: String, _ scores: [YearScore]) {
            for score in scores where score.key != nil {
                let s = score.score
                rows.append([
                    scope, key, String(score.year), score.key ?? "", s.map { $0.numerator.plainDecimal(maxDecimals: 6) } ?? "",
                    s.map { Self.decimal($0.denominator) } ?? "", score.published?.plain ?? "", score.published?.band?.name ?? "",
                ])
            }
        }
        add("keseluruhan", "semua", history.overall)
        for d in content.dimensions { add("dimensi", d.id.rawValue, history.dimensions[d.id] ?? []) }
        for o in content.opds { add("opd", o.slug, history.opds[o.slug] ?? []) }
        return DataTable(
            name: "riwayat-skor", title: "Skor per tahun review",
            description:
                "Skor keseluruhan, per dimensi dan per OPD pada setiap tahun review (review yang diarsipkan dan review ini), seperti dipublikasikan tahun itu.",
            columns: [
                .text("cakupan", "cakupan skor", required: true, values: ["keseluruhan", "dimensi", "opd"]),
                .text("kunci", "kunci cakupan di review ini: semua, kode dimensi atau slug OPD", required: true),
                .integer("tahun", "tahun review", required: true, minimum: "1900", maximum: "2200"),
                .text("kunci_tahun_itu", "kunci cakupan pada tahun itu (slug OPD sebelum berganti nama)", required: true),
                .number("pembilang", "pembilang skor tahun itu, tepat sampai enam desimal", minimum: "0"),
                .number("penyebut", "penyebut skor tahun itu", minimum: "0"),
                .number("persen_publikasi", "persen yang dipublikasikan tahun itu (dengan presisi review tahun itu)", minimum: "0", maximum: "100"),
                .text("tingkat_kematangan", "tingkat kematangan yang dipublikasikan tahun itu"),
            ],
            primaryKey: ["cakupan", "kunci", "tahun"], foreignKeys: [], rows: rows)
    }

    func changesTable(_ changes: ReviewChanges) -> DataTable {
        var rows: [[String]] = []
        func title(_ id: String) -> String { content.program(id: id)?.title ?? "" }
        for c in changes.statusChanges {
            rows.append(["status", c.programID, c.previousID, title(c.programID), "", c.from.rawValue, c.to.rawValue, ""])
        }
        for id in changes.newPrograms {
            rows.append(["baru", id, "", title(id), "", "", content.program(id: id)?.status.rawValue ?? "", ""])
        }
        for r in changes.removed { rows.append(["hilang", "", r.previousID, r.title, "", r.status.rawValue, "", ""]) }
        var statusChange: [String: ReviewChanges.StatusChange] = [:]
        for change in changes.statusChanges where statusChange[change.programID] == nil { statusChange[change.programID] = change }
        for id in changes.cancelled {
            let previous = statusChange[id]
            rows.append(["batal", id, previous?.previousID ?? "", title(id), "", previous?.from.rawValue ?? "", "batal", ""])
        }
        for i in changes.indicators {
            rows.append(["indikator", i.programID, i.previousID, title(i.programID), i.name, Self.exact(i.before), Self.exact(i.after), i.unit])
        }
        rows = rows.enumerated().map { [String($0.offset + 1)] + $0.element }
        return DataTable(
            name: "perubahan", title: "Perubahan sejak review \(changes.previousYear)",
            description:
                "Perubahan antara review \(changes.previousYear) (arsip) dan review \(changes.currentYear): status program yang berubah, program baru, program yang hilang, program yang dibatalkan, dan indikator yang realisasinya bergeser.",
            columns: [
                .integer("nomor", "nomor baris, mulai dari 1", required: true, minimum: "1"),
                .text("jenis", "jenis perubahan", required: true, values: ["status", "baru", "hilang", "batal", "indikator"]),
                .text("program", "kode program di review ini; kosong untuk program yang hilang", pattern: Pattern.programID),
                .text("program_sebelumnya", "kode program di review sebelumnya; kosong untuk program baru", pattern: Pattern.programID),
                .text("judul", "judul program"),
                .text("indikator", "nama indikator (jenis indikator)"),
                .text("sebelum", "status atau realisasi di review sebelumnya, seperti ditulis"),
                .text("sesudah", "status atau realisasi di review ini, seperti ditulis"),
                .text("satuan", "satuan realisasi indikator"),
            ],
            primaryKey: ["nomor"], foreignKeys: [], rows: rows)
    }

    func reallocationTable(_ changes: ReviewChanges) -> DataTable {
        DataTable(
            name: "realokasi", title: "Tindak lanjut program tertunda \(changes.previousYear)",
            description:
                "Setiap program yang tertunda di review \(changes.previousYear): anggarannya saat itu, statusnya di review \(changes.currentYear), dan anggaran yang dialokasikan ulang kepadanya (anggarannya sekarang bila tidak tertunda lagi dan tidak batal; selain itu 0).",
            columns: [
                .text(
                    "program_sebelumnya", "kode program di review \(changes.previousYear)", required: true, unique: true, pattern: Pattern.programID),
                .text("judul", "judul program di review \(changes.previousYear)", required: true),
                .text("opd_nama", "OPD pelaksana di review \(changes.previousYear)"),
                .integer("anggaran_sebelumnya_rp", "anggaran di review \(changes.previousYear), " + Text.rupiah, minimum: "0"),
                .text("program", "kode program di review \(changes.currentYear); kosong bila tidak ada lagi", pattern: Pattern.programID),
                .text("status", "status di review \(changes.currentYear)", values: ProgramStatus.allCases.map(\.rawValue)),
                .integer("anggaran_rp", "anggaran di review \(changes.currentYear), " + Text.rupiah, minimum: "0"),
                .integer("dialokasikan_ulang_rp", "anggaran yang dialokasikan ulang, " + Text.rupiah, required: true, minimum: "0"),
            ],
            primaryKey: ["program_sebelumnya"], foreignKeys: [],
            rows: changes.followUps.map {
                [
                    $0.previousID, $0.title, $0.opdName, $0.budgetThen.map(String.init) ?? "", $0.programID ?? "", $0.statusNow?.rawValue ?? "",
                    $0.budgetNow.map(String.init) ?? "", String($0.reallocated),
                ]
            })
    }
}
