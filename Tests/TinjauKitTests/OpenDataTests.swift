import Foundation
import Testing
@testable import TinjauKit

/// Builds a site from a `tinjau.yml` and programme files of the OPD `dinas-a` (named by file
/// name) and returns every file's bytes by path, with the build's warnings.
func openDataSite(review: String = minimalReview, programs: [String: String], opd: String = opdIndex) throws
    -> (files: [String: [UInt8]], warnings: [Diagnostic]) {
    let dir = try TemporaryDirectory()
    let fs = LocalFileSystem()
    try fs.write(Array(review.utf8), to: dir.path + "/content/tinjau.yml")
    try fs.write(Array(opd.utf8), to: dir.path + "/content/opd/dinas-a/_index.md")
    for (name, text) in programs { try fs.write(Array(text.utf8), to: dir.path + "/content/opd/dinas-a/\(name).md") }
    let (files, report) = try SiteBuilder().prepare(BuildOptions(contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates,
                                                                  outputDirectory: dir.path + "/output"))
    return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) }), report.diagnostics)
}

/// The text of a file, which must exist.
func text(_ files: [String: [UInt8]], _ path: String) throws -> String {
    String(decoding: try #require(files[path], "\(path) missing"), as: UTF8.self)
}

/// A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), independent of the writer,
/// so that tests read back what a tool would.
func readCSV(_ text: String, separator: Unicode.Scalar = ",") -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? scalars.next() {
        pending = nil
        if quoted {
            if c == "\"" {
                let next = scalars.next()
                if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == separator {
            row.append(field); field = ""
        } else if c == "\r" {
            let next = scalars.next()
            if next == "\n" { row.append(field); rows.append(row); row = []; field = "" } else { field.unicodeScalars.append(c); pending = next }
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

@Suite("Open data: spreadsheets, formulas, addresses, big numbers, the Data Package")
struct OpenDataTests {
    // MARK: Addresses

    static let spacedReview = minimalReview + "\nbase_url: https://smartcity.bantulkab.go.id/Tinjauan Masterplan 2020/\n"

    @Test func aBaseURLWithSpacesIsPercentEncodedEverywhereAnAddressIsWritten() throws {
        let (files, _) = try openDataSite(review: Self.spacedReview, programs: ["uji": programFile()])
        let base = "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020/"
        #expect(try text(files, "robots.txt") == "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n")
        let sitemap = try text(files, "sitemap.xml")
        #expect(sitemap.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>\(base)anggaran/</loc></url>
              <url><loc>\(base)cetak/</loc></url>
              <url><loc>\(base)data/</loc></url>

            """))
        #expect(sitemap.contains("  <url><loc>\(base)</loc></url>\n"))
        #expect(sitemap.contains("  <url><loc>\(base)opd/dinas-a/uji/</loc></url>\n"))
        #expect(!sitemap.contains(" Masterplan"))
        let home = try text(files, "index.html")
        #expect(home.contains("<meta property=\"og:url\" content=\"\(base)\">\n<link rel=\"canonical\" href=\"\(base)\">"))
        let program = try text(files, "opd/dinas-a/uji/index.html")
        #expect(program.contains("<link rel=\"canonical\" href=\"\(base)opd/dinas-a/uji/\">"))
        let notFound = try text(files, "404.html")
        #expect(notFound.contains("href=\"\(base)assets/style.css\""))
        for (path, bytes) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".txt") || path.hasSuffix(".json") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Tinjauan Masterplan 2020/"), "\(path)")
        }
    }

    @Test(arguments: [
        ("https://smartcity.bantulkab.go.id/Tinjauan Masterplan 2020/", "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020"),
        ("https://smartcity.bantulkab.go.id/Tinjauan Masterplan 2020", "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020"),
        ("https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020/", "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020"),
        ("https://contoh.go.id/Kafé Kopi/", "https://contoh.go.id/Kaf%C3%A9%20Kopi"),
        ("https://contoh.go.id/Kafe\u{301} Kopi/", "https://contoh.go.id/Kaf%C3%A9%20Kopi"),
        ("https://contoh.go.id/Tinjauan/Π/", "https://contoh.go.id/Tinjauan/%CE%A0"),
        ("HTTPS://SmartCity.Bantulkab.go.id", "https://smartcity.bantulkab.go.id"),
        ("http://127.0.0.1:8080/situs/", "http://127.0.0.1:8080/situs"),
        ("https://contoh.go.id/100%/", "https://contoh.go.id/100%25"),
        ("https://contoh.go.id/a\"b<c>/", "https://contoh.go.id/a%22b%3Cc%3E"),
    ])
    func baseURLsAreNormalised(input: String, expected: String) {
        #expect(SiteAddress.normalisedBase(input) == .success(expected))
    }

    @Test(arguments: [
        ("smartcity.bantulkab.go.id", SiteAddress.Problem.scheme), ("ftp://contoh.go.id/", .scheme), ("https:contoh.go.id", .scheme),
        ("https:///situs/", .host), ("https://contoh.go.id/?versi=2", .queryOrFragment), ("https://contoh.go.id/#data", .queryOrFragment),
        ("https://admin:rahasia@contoh.go.id/", .userInfo), ("https://bäntul.go.id/", .invalidHost("bäntul.go.id")),
        ("https://smart city.go.id/", .invalidHost("smart city.go.id")),
    ])
    func badBaseURLsAreRefused(input: String, problem: SiteAddress.Problem) {
        #expect(SiteAddress.normalisedBase(input) == .failure(problem))
    }

    @Test func aRefusedBaseURLIsAnErrorAtItsPlaceInTinjauYml() {
        let review = minimalReview + "\nbase_url: https://contoh.go.id/situs/?versi=2\n"
        let (_, diagnostics) = check(["tinjau.yml": review])
        let problem = diagnostics.first { $0.code == "review.base-url" }
        #expect(problem?.location == SourceLocation(path: "c/tinjau.yml", line: 7, column: 11))
        #expect(problem?.message == "`base_url` tidak boleh memuat `?` atau `#`")
        #expect(problem?.hint == "tulis alamat folder situs saja, tanpa `?…` dan `#…`; misalnya `base_url: https://smartcity.bantulkab.go.id/`")
    }

    @Test func percentEncodingIsIdempotentAndKeepsReservedCharacters() {
        let once = SiteAddress.percentEncoded("https://contoh.go.id/Kafé Kopi/a;b=c(d)/")
        #expect(once == "https://contoh.go.id/Kaf%C3%A9%20Kopi/a;b=c(d)/")
        #expect(SiteAddress.percentEncoded(once) == once)
        #expect(SiteAddress.absolute(base: "https://contoh.go.id/Tinjauan 2020", path: "opd/dinas-a/index.html")
            == "https://contoh.go.id/Tinjauan%202020/opd/dinas-a/")
    }

    // MARK: Big integers

    /// 2⁵³ − 1 is the largest integer every JSON reader keeps exactly.
    @Test func aRupiahSumPastTwoToTheFiftyThreeIsAWarningAtTheProgramme() throws {
        let under = programFile("anggaran: 9007199254740991\n")
        let (_, quiet) = try openDataSite(programs: ["a": under])
        #expect(!quiet.contains { $0.code == "money.json-precision" })
        let (files, warnings) = try openDataSite(programs: ["a": under, "b": programFile("anggaran: 1\n")])
        let warning = try #require(warnings.first { $0.code == "money.json-precision" })
        #expect(warning.severity == .warning)
        #expect(warning.location.path.hasSuffix("/content/opd/dinas-a/b.md"))
        #expect((warning.location.line, warning.location.column) == (5, 11))
        #expect(warning.message == "jumlah `anggaran` melewati 9.007.199.254.740.991 Rupiah (2⁵³ − 1) saat menambahkan program ini; pembaca JSON yang memakai bilangan titik-mengambang (JavaScript) membulatkan angka sebesar itu")
        #expect(warnings.filter { $0.code == "money.json-precision" }.count == 1)
        // The JSON text and the CSV keep every digit.
        let json = try text(files, "data/tinjauan.json")
        #expect(json.contains("\"anggaran\" : 9007199254740992,"))
        #expect(try text(files, "data/anggaran.csv").contains("\r\nkeseluruhan,semua,Review Uji,9007199254740992,0,0,0\r\n"))
        // The schema says so.
        #expect(ReviewSchema.text.contains("Bilangan di atas 9007199254740991 (2^53 − 1) dibulatkan"))
    }
}
