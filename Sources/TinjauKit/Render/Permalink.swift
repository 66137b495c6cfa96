/// Permalinks of the site, relative to its root. Every page is a folder with an
/// `index.html`, and links name `index.html` explicitly so that the site also
/// works opened from disk.
public enum Permalink {
    /// `index.html`.
    public static let home = "index.html"
    /// `dimensi/index.html`.
    public static let dimensionList = "dimensi/index.html"
    /// `opd/index.html`.
    public static let opdList = "opd/index.html"
    /// `program/index.html`: every programme, grouped by OPD.
    public static let programList = "program/index.html"
    /// `program/dimensi/index.html` and `program/status/index.html`: the programme list grouped by
    /// dimension or by status (plain pages, so the list sorts without JavaScript).
    public static func programList(_ order: ProgramOrder) -> String {
        order == .opd ? programList : "program/\(order.rawValue)/index.html"
    }
    /// Page `page` (1-based) of the programme list in `order`: the first is
    /// ``programList(_:)``, the others `program/halaman/<n>/index.html` and
    /// `program/<order>/halaman/<n>/index.html` (``ReviewConfig/programsPerPage``).
    public static func programList(_ order: ProgramOrder, page: Int) -> String {
        guard page > 1 else { return programList(order) }
        return (order == .opd ? "program/" : "program/\(order.rawValue)/") + "halaman/\(page)/index.html"
    }
    /// `cari/index.html`: the search page (`tinjau build --search`).
    public static let search = "cari/index.html"
    /// `dimensi/<id>/index.html`.
    public static func dimension(_ id: DimensionID) -> String { "dimensi/\(id.rawValue)/index.html" }
    /// `opd/<slug>/index.html`.
    public static func opd(_ slug: String) -> String { "opd/\(slug)/index.html" }
    /// `opd/<opd>/<slug>/index.html`.
    public static func program(_ program: Program) -> String { "opd/\(program.opdSlug)/\(program.slug)/index.html" }
    /// `halaman/<slug>/index.html`.
    public static func page(_ slug: String) -> String { "halaman/\(slug)/index.html" }
    /// `temuan/index.html`: the findings (analyses) index.
    public static let findings = "temuan/index.html"
    /// `temuan/tumpang-tindih/index.html`: overlapping programmes.
    public static let overlaps = "temuan/tumpang-tindih/index.html"
    /// `temuan/tertunda/index.html`: delayed programmes and budget re-allocation.
    public static let delays = "temuan/tertunda/index.html"
    /// `temuan/kapasitas-opd/index.html`: programmes and IT operators per OPD.
    public static let capacity = "temuan/kapasitas-opd/index.html"
    /// `anggaran/index.html`: budget by dimension, OPD and source of funds.
    public static let budget = "anggaran/index.html"
    /// `metodologi/index.html`: how every score was computed.
    public static let methodology = "metodologi/index.html"
    /// `data/index.html`: the open data files and their metadata.
    public static let data = "data/index.html"
    /// `cetak/index.html`: the whole review on one printable page.
    public static let print = "cetak/index.html"
    /// `404.html`: the page servers show for a missing address.
    public static let notFound = "404.html"
    /// `temuan/perubahan/index.html`: what changed since the previous review.
    public static let changes = "temuan/perubahan/index.html"
    /// `arsip/index.html`: every review year, the archived ones under `arsip/<year>/`.
    public static let archives = "arsip/index.html"
    /// `arsip/<year>/`: the folder an archived review is published in.
    public static func archive(_ year: Int) -> String { "arsip/\(year)/" }

    /// The relative prefix from `path` back to the site root (`../../` for `opd/x/index.html`).
    public static func root(from path: String) -> String {
        // The non-empty `/`-separated parts counted byte by byte (every list row asks this).
        var parts = 0
        var inPart = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                inPart = false
            } else if !inPart {
                inPart = true
                parts += 1
            }
        }
        return String(repeating: "../", count: max(0, parts - 1))
    }
}
