import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

@Suite("Indonesian formats")
struct FormatTests {
    @Test(
        "thousands are grouped with dots",
        arguments: [
            (Int64(0), "0"), (999, "999"), (1_000, "1.000"), (1_250_000_000, "1.250.000.000"), (-5_000, "-5.000"),
        ])
    func integers(value: Int64, expected: String) {
        #expect(IndonesianFormat.integer(value) == expected)
    }

    @Test func rupiahHasNoSpaceAfterRp() {
        #expect(IndonesianFormat.rupiah(1_250_000_000) == "Rp1.250.000.000")
        #expect(IndonesianFormat.rupiah(0) == "Rp0")
        #expect(IndonesianFormat.rupiah(-5_000) == "-Rp5.000")
    }

    @Test func rupiahInWords() {
        #expect(IndonesianFormat.rupiahShort(1_030_000_000_000) == "Rp1,03 triliun")
        #expect(IndonesianFormat.rupiahShort(129_000_000_000) == "Rp129 miliar")
        #expect(IndonesianFormat.rupiahShort(150_000_000) == "Rp150 juta")
        #expect(IndonesianFormat.rupiahShort(48_185_000_000) == "Rp48,19 miliar")
        #expect(IndonesianFormat.rupiahShort(750_000) == "Rp750.000")
    }

    @Test func decimalsUseACommaAndRoundHalfAwayFromZero() {
        #expect(IndonesianFormat.decimal(r("54.25"), decimals: 1) == "54,3")
        #expect(IndonesianFormat.decimal(r("72.5"), decimals: 1) == "72,5")
        #expect(IndonesianFormat.decimal(r("1234.5"), decimals: 0) == "1.235")
        #expect(IndonesianFormat.decimal(r("0.04"), decimals: 1) == "0,0")
        #expect(IndonesianFormat.decimal(r("-2.5"), decimals: 0) == "-3")
        // 0,285 × 100 is 28,5 exactly (binary floating point makes it 28,499999999999996).
        #expect(IndonesianFormat.decimal(r("0.285") * 100, decimals: 0) == "29")
        #expect(IndonesianFormat.fixed(538, decimals: 1) == "53,8")
        #expect(IndonesianFormat.fixed(5, decimals: 2) == "0,05")
    }

    @Test func indicatorNumbersDropTrailingZeros() {
        #expect(IndonesianFormat.number(1250) == "1.250")
        #expect(IndonesianFormat.number(r("72.50")) == "72,5")
        #expect(IndonesianFormat.number(r("0.25")) == "0,25")
        #expect(IndonesianFormat.number(r("12.3456")) == "12,3456")
        // A value that does not end is rounded and says so.
        #expect(IndonesianFormat.number(Rational(1, 3)) == "≈0,333333")
        #expect(IndonesianFormat.approximate(Rational(17, 4), decimals: 4) == "4,25")
    }

    @Test func datesInIndonesian() {
        #expect(IndonesianFormat.date(iso: "2020-07-23") == "23 Juli 2020")
        #expect(IndonesianFormat.date(iso: "2021-01-05") == "5 Januari 2021")
        #expect(IndonesianFormat.date(iso: "2020-02-29") == "29 Februari 2020")
        #expect(IndonesianFormat.date(iso: "2021-02-29") == nil)
        #expect(IndonesianFormat.date(iso: "23/07/2020") == nil)
        #expect(IndonesianFormat.date(iso: "2020-7-23") == nil)
    }

    @Test func slugs() {
        #expect(Slug.isValid("lapor-bantul"))
        #expect(!Slug.isValid("Lapor Bantul"))
        #expect(!Slug.isValid("a--b"))
        #expect(Slug.make("Lapor Bantul (2018)") == "lapor-bantul-2018")
        #expect(Slug.make("Café Pasar") == "cafe-pasar")
        #expect(Slug.make("Cafe\u{301} Pasar") == "cafe-pasar")  // NFD twin gives the same slug
        #expect(Slug.make("日本語") == "")
    }

    @Test func htmlEscapingCoversAllFiveCharacters() {
        #expect(HTML.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

@Suite("Trimming")
struct TrimmingTests {
    @Test(arguments: ["  a b  ", "\ta\t", "a", "", "   ", "\u{00A0}kata\u{3000}", "a\n"])
    func trimmingBlanksMatchesFoundation(text: String) {
        #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
    }
}

@Suite("Report formats")
struct ReportFormatTests {
    /// `--format gitlab`: a Code Quality report GitLab reads (a JSON array of Code Climate issues).
    @Test func gitlabCodeQualityReport() throws {
        let diagnostics = [
            Diagnostic(
                DiagnosticMessage(
                    .valueUnknown, "dimensi `goverance` tidak dikenal", en: "unknown dimension",
                    hint: "maksud Anda `governance`?", hintEN: "governance?"),
                at: SourceLocation(path: "content/opd/a/x.md", line: 3, column: 10)),
            Diagnostic(DiagnosticMessage(.markdownTable, "tabel", en: "table"), at: SourceLocation(path: "content/halaman/a.md")),
            Diagnostic(DiagnosticMessage(.markdownTable, "tabel", en: "table"), at: SourceLocation(path: "content/halaman/a.md")),
        ]
        let text = DiagnosticFormatter(fileSystem: InMemoryFileSystem(), format: .gitlab).format(diagnostics)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == 3)
        let first = try #require(issues.first { ($0["check_name"] as? String) == "tinjau value.unknown" })
        #expect(first["severity"] as? String == "major")
        #expect(first["description"] as? String == "dimensi `goverance` tidak dikenal (saran: maksud Anda `governance`?)")
        let location = try #require(first["location"] as? [String: Any])
        #expect(location["path"] as? String == "content/opd/a/x.md")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 3)
        let warnings = issues.filter { ($0["severity"] as? String) == "minor" }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { (($0["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int == 1 })
        // Fingerprints are unique within a report and the same on every run.
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == 3)
        #expect(DiagnosticFormatter(fileSystem: InMemoryFileSystem(), format: .gitlab).format(diagnostics) == text)
        let empty = DiagnosticFormatter(fileSystem: InMemoryFileSystem(), format: .gitlab).format([])
        #expect((try JSONSerialization.jsonObject(with: Data(empty.utf8)) as? [Any])?.isEmpty == true)
    }
}
