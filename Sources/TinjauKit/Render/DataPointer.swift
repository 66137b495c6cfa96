/// Where each figure of the site lives in `data/tinjauan.json`, as an RFC 6901
/// JSON Pointer. Pages write every figure as `<data value="…" data-sumber="pointer">`,
/// so that a reader (and the test that checks the site) can find the published
/// number behind every figure; the exporter writes the JSON from the same keys.
public enum DataPointer {
    /// Which score a pointer names.
    public enum ScoreScope: Hashable, Sendable {
        /// The whole review.
        case overall
        /// One dimension.
        case dimension(DimensionID)
        /// One element of a dimension.
        case element(DimensionID, String)
        /// One lead OPD.
        case opd(String)
        /// One OPD's programmes in one dimension.
        case opdDimension(String, DimensionID)
        /// Programmes starting in one year.
        case year(Int)
    }

    /// Which budget total a pointer names.
    public enum BudgetScope: Hashable, Sendable {
        /// The whole review.
        case overall
        /// One dimension.
        case dimension(DimensionID)
        /// One OPD.
        case opd(String)
        /// One source of funds, by name.
        case source(String)
    }

    /// A reference token escaped as RFC 6901 §3 asks (`~` → `~0`, `/` → `~1`).
    public static func escape(_ token: String) -> String {
        // Most tokens (numbers, field names, slugs) need nothing: skip Foundation's replacing.
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The pointer of a path of unescaped tokens: `["agregat", "skor"]` → `/agregat/skor`.
    public static func path(_ tokens: [String]) -> String {
        tokens.map { "/" + escape($0) }.joined()
    }

    /// The tokens of a score object under `agregat/skor`.
    static func tokens(_ scope: ScoreScope) -> [String] {
        switch scope {
        case .overall: ["agregat", "skor", "keseluruhan"]
        case .dimension(let d): ["agregat", "skor", "dimensi", d.rawValue]
        case .element(let d, let e): ["agregat", "skor", "elemen", d.rawValue, e]
        case .opd(let o): ["agregat", "skor", "opd", o]
        case .opdDimension(let o, let d): ["agregat", "skor", "opd_dimensi", o, d.rawValue]
        case .year(let y): ["agregat", "skor", "tahun_mulai", String(y)]
        }
    }

    /// A field of a score object (`persen_publikasi`, `pembilang`, `penyebut`, `persen`).
    public static func score(_ scope: ScoreScope, _ field: String) -> String { path(tokens(scope) + [field]) }

    /// A field of a budget object (`anggaran`, `realisasi`, `tertunda`, `serapan_persen`).
    public static func budget(_ scope: BudgetScope, _ field: String) -> String {
        switch scope {
        case .overall: path(["agregat", "anggaran", "keseluruhan", field])
        case .dimension(let d): path(["agregat", "anggaran", "dimensi", d.rawValue, field])
        case .opd(let o): path(["agregat", "anggaran", "opd", o, field])
        case .source(let s): path(["agregat", "anggaran", "sumber_dana", s, field])
        }
    }

    /// A field of the programme counts (`jumlah`, `direncanakan`, `terealisasi`, `per_status/<status>`).
    public static func programs(_ field: String...) -> String { path(["agregat", "program"] + field) }

    /// A field of the delays summary (`jumlah_program`, `anggaran`, `realisasi`, `sisa`, `covid`), or of
    /// one OPD's or dimension's delays (`opd/<slug>/anggaran`).
    public static func delays(_ field: String...) -> String { path(["agregat", "tertunda"] + field) }

    /// A field of the capacity summary (`operator_ti`, `jumlah_opd_tanpa_operator`), or of one OPD
    /// (`opd/<slug>/program_aktif`).
    public static func capacity(_ field: String...) -> String { path(["agregat", "kapasitas"] + field) }

    /// A field of the overlap summary (`pasangan`, `kelompok`).
    public static func overlaps(_ field: String...) -> String { path(["agregat", "tumpang_tindih"] + field) }

    /// A field of the programme at `position` in `program` (content order): `anggaran`, `realisasi_anggaran`.
    public static func program(_ position: Int, _ field: String) -> String { path(["program", String(position), field]) }

    /// The lower bound of the maturity band at `position` (ascending).
    public static func band(_ position: Int) -> String { path(["tinjauan", "tingkat_kematangan", String(position), "min"]) }

    /// The number of OPDs.
    public static let opdCount = path(["agregat", "opd", "jumlah"])
}
