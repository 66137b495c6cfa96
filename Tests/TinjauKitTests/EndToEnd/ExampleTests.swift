import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The illustrative 2021 review in `examples/bantul-2021`: the real 2020 review archived, and a
/// follow-up built beside it with trends, the changes page and the re-allocation follow-up.
@Suite("The illustrative 2021 example")
struct ExampleTests {
    static let content = packageRoot + "/examples/bantul-2021/content"
    static let expectedRoot = fixtures + "/contoh-2021/expected"

    /// The pages kept as golden files: those that show the year-over-year features, in the current
    /// site and in the archived one. `FILES.txt` lists every file of the site.
    static let goldenPages = [
        "index.html", "temuan/index.html", "temuan/perubahan/index.html", "dimensi/governance/index.html",
        "opd/dinkopukm/index.html", "opd/dinkopukm/inkubator-umkm-digital/index.html",
        "opd/diskominfo/bantul-command-center/index.html", "arsip/index.html", "arsip/2020/index.html",
        "arsip/2020/opd/diskominfo/command-center/index.html", "data/perubahan.csv", "data/realokasi.csv",
        "data/riwayat-skor.csv", "arsip/2020/data/skor.csv",
    ]

    func site() throws -> (files: [OutputFile], report: BuildReport) {
        try SiteBuilder().prepare(BuildOptions(contentDirectory: Self.content, templatesDirectory: shippedTemplates, outputDirectory: "unused"))
    }

    @Test func theExampleBuildsCleanAndMatchesItsGoldenFiles() throws {
        let (files, report) = try site()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.programCount == 73)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
        let list = Array((files.map(\.path).filter { !$0.hasPrefix("assets/") }.joined(separator: "\n") + "\n").utf8)
        var golden = [(path: "FILES.txt", bytes: list)]
        for path in Self.goldenPages { golden.append((path, try #require(byPath[path], "\(path) is missing"))) }
        try Snapshot.assertFolder(Self.expectedRoot, matches: golden)
    }

    @Test func theArchiveIsPublishedWithTheSixFiguresAndTheFollowUpIsThere() throws {
        let files = try site().files
        let data = { (path: String) throws -> JSONValue in
            try JSONDecoder().decode(JSONValue.self, from: Data(try #require(files.first { $0.path == path }).bytes))
        }
        let archived = try data("arsip/2020/data/tinjauan.json")
        for (dimension, percent) in [("society", 54), ("living", 54), ("governance", 68), ("environment", 100), ("economy", 42), ("branding", 57)] {
            #expect(archived.at("/agregat/skor/dimensi/\(dimension)/persen_publikasi") == .number(Decimal(percent)), "\(dimension)")
        }
        let current = try data("data/tinjauan.json")
        #expect(current.at("/tinjauan/tahun_review") == .number(2021))
        #expect(current.at("/agregat/riwayat/tahun") == .array([.number(2020), .number(2021)]))
        #expect(current.at("/agregat/riwayat/dimensi/governance/2020/persen_publikasi") == .number(68))
        // Nine programmes delayed in 2020: six budgeted again, two delayed again, one cancelled.
        #expect(current.at("/agregat/perubahan/realokasi/jumlah_program") == .number(9))
        #expect(current.at("/agregat/perubahan/realokasi/jumlah_dialokasikan_ulang") == .number(6))
        #expect(current.at("/agregat/perubahan/realokasi/jumlah_masih_tertunda") == .number(2))
        #expect(current.at("/agregat/perubahan/realokasi/jumlah_batal") == .number(1))
        #expect(current.at("/agregat/perubahan/realokasi/anggaran_sebelumnya") == .number(11_385_000_000))
        #expect(current.at("/agregat/perubahan/realokasi/dialokasikan_ulang") == .number(7_790_000_000))
        #expect(current.at("/agregat/perubahan/jumlah_program_hilang") == .number(0))
        #expect(current.at("/agregat/riwayat/opd/dinkopukm/2020/kunci") == .string("dinkopukmp"))
    }

    /// Every figure of every page, the archived ones included, is the field of its own site's data
    /// it names: `data/tinjauan.json` for the current review, `arsip/2020/data/tinjauan.json` for the
    /// archived one. On the home, dimension, OPD and changes pages no number goes without a source.
    @Test func everyFigureComesFromItsOwnSitesData() throws {
        let files = try site().files
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        var documents: [String: JSONValue] = [:]
        func data(for page: String) throws -> JSONValue {
            let parts = page.split(separator: "/")
            let prefix = parts.count > 2 && parts[0] == "arsip" && parts[1].allSatisfy(\.isNumber) ? "arsip/\(parts[1])/" : ""
            if let json = documents[prefix] { return json }
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(byPath[prefix + "data/tinjauan.json"]).utf8))
            documents[prefix] = json
            return json
        }
        let unmarked = try NSRegularExpression(
            pattern: #"\d[\d.]*(,\d+)?\s*%|Rp\s*\d|\b\d+\s*/\s*\d+\b|\b\d[\d.]*\s+(program|OPD|operator)\b"#,
            options: [.caseInsensitive])
        var checked = 0
        var archivedChecked = 0
        for path in byPath.keys.sorted() where path.hasSuffix(".html") && path != "404.html" {
            let page = PageFigures(try #require(byPath[path]))
            let json = try data(for: path)
            for figure in page.figures {
                let value = try #require(Decimal(string: figure.value), "\(path): value \(figure.value)")
                #expect(
                    json.at(figure.source) == .number(value),
                    "\(path): \(figure.text) = \(figure.value), but \(figure.source) is \(String(describing: json.at(figure.source)))")
                #expect(FigureTests.shows(figure.text, value), "\(path): the text \(figure.text) does not show \(figure.value)")
                checked += 1
                if path.hasPrefix("arsip/2020/") { archivedChecked += 1 }
            }
            let local = path.hasPrefix("arsip/2020/") ? String(path.dropFirst("arsip/2020/".count)) : path
            let strict =
                local == "index.html" || local == "temuan/perubahan/index.html" || local.hasPrefix("dimensi/")
                || (local.hasPrefix("opd/") && local.split(separator: "/").count <= 3)
            guard strict else { continue }
            let text = page.unmarkedText
            for match in unmarked.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = Range(match.range, in: text)!
                let from = text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
                Issue.record("\(path): the figure “\(text[range])” names no source in the data: …\(text[from..<range.upperBound])")
            }
        }
        #expect(checked > 2000, "\(checked) figures")
        #expect(archivedChecked > 900, "\(archivedChecked) figures of the archived site")
    }
}
