import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

@Suite("English diagnostics (`--lang en`)")
struct LanguageTests {
    @Test func unknownDimensionHasAnExactEnglishMessageAndHint() throws {
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": "---\njudul: X\ndimensi: goverance\nstatus: berjalan\n---\n"])
        let d = try #require(diagnostics.first { $0.code == "value.unknown" })
        #expect(d.message(in: .en) == "unknown dimension `goverance`")
        #expect(
            d.hint(in: .en) == "did you mean `dimensi: governance`? Valid values: "
                + "`governance`, `branding`, `economy`, `living`, `society`, `environment`")
        // Indonesian stays the default.
        #expect(d.message(in: .id) == "dimensi `goverance` tidak dikenal")
    }

    @Test func moneyWithRpHasAnExactEnglishMessageAndHint() throws {
        let (_, diagnostics) = check(["opd/dinas-a/n.md": programFile("anggaran: Rp 2.500.000\n")])
        let d = try #require(diagnostics.first { $0.code == "money.format" })
        #expect(d.message(in: .en) == "`anggaran` must be a whole Rupiah amount, not `Rp 2.500.000`")
        #expect(d.hint(in: .en) == "write `anggaran: 2500000` (digits only; thousands separators and `Rp` are not used in front matter)")
    }

    @Test func unknownKeyNamesTheIndonesianField() throws {
        let (_, diagnostics) = check(["opd/dinas-a/k.md": programFile("title: X\nanggran: 5\n")])
        let unknown = diagnostics.filter { $0.code == "field.unknown" }
        #expect(unknown.count == 2)
        let title = try #require(unknown.first { $0.message.contains("`title`") })
        #expect(title.message(in: .en) == "unknown field `title` in the programme front matter")
        #expect(title.hint(in: .en)?.contains("write `judul` instead of `title`") == true)
        let typo = try #require(unknown.first { $0.message.contains("`anggran`") })
        #expect(typo.hint(in: .en)?.hasPrefix("did you mean `anggaran`? Valid values: `judul`,") == true)
    }

    @Test func missingRequiredFieldsSayWhatToAdd() {
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": "---\nringkasan: x\n---\n"])
        let missing = diagnostics.filter { $0.code == "field.required" }
        #expect(
            missing.map { $0.message(in: .en) }
                == ["required field `dimensi` is missing", "required field `judul` is missing", "required field `status` is missing"])
        #expect(missing.first?.hint(in: .en) == "add a line `dimensi: …` to the front matter")
    }

    @Test func brokenLinkSuggestsTheNearestFile() throws {
        let (_, diagnostics) = try renderBodies([
            "opd/dinas-a/a.md": programFile(body: "Lihat [X](lapor-bantl.md) dan [Y](../tidak-ada/).\n"),
            "opd/dinas-a/lapor-bantul.md": programFile(),
        ])
        let broken = diagnostics.filter { $0.code == "link.broken" }
        #expect(
            broken.map { $0.message(in: .en) } == [
                "link to `lapor-bantl.md` does not lead to any content file",
                "link to `../tidak-ada/` does not lead to any page or file of the site",
            ])
        #expect(broken.first?.hint(in: .en)?.hasPrefix("did you mean `lapor-bantul.md`?") == true)
    }

    @Test(
        "Typical mistakes are translated, hint and all",
        arguments: [
            ("indikator:\n  - nama: A\n    target: 72,5\n", "value.not-number", "write `target: 72.5`"),
            ("tahun_mulai: 2015\n", "program.year-outside", "between 2018 and 2023"),
            ("mitra: [dinas-z]\n", "program.mitra-unknown", "did you mean `dinas-a`? Valid values: `dinas-a`"),
            ("elemen: sampah\n", "program.elemen.unknown", "belongs to dimension `environment`"),
            ("ilustrasi: ya\n", "value.not-bool", "write `ilustrasi: true` (yes)"),
        ])
    func typicalMistakes(extra: String, code: String, hintFragment: String) throws {
        let (_, diagnostics) = check(["opd/dinas-a/m.md": programFile(extra)])
        let d = try #require(diagnostics.first { $0.code == code }, "\(diagnostics)")
        #expect(d.hint(in: .en)?.contains(hintFragment) == true, "\(String(describing: d.englishHint))")
        // Every diagnostic of the run is translated (the catalogue's initialisers require English, so an English
        // message is always there): an English hint whenever there is a hint, and English that differs.
        for diagnostic in diagnostics {
            #expect((diagnostic.englishHint == nil) == (diagnostic.hint == nil), "\(diagnostic.code): hint and English hint differ in presence")
            #expect(diagnostic.englishMessage != diagnostic.message, "\(diagnostic.code): English message equals the Indonesian one")
        }
    }

    @Test func theTextFormatSaysHintInEnglish() {
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": "---\njudul: X\ndimensi: goverance\nstatus: berjalan\n---\n"])
        let text = DiagnosticFormatter(fileSystem: InMemoryFileSystem(files: [:]), language: .en).format(diagnostics)
        #expect(text.contains("c/opd/dinas-a/uji.md:3:10: error: unknown dimension `goverance`\n"))
        #expect(text.contains("  hint: did you mean `dimensi: governance`?"))
        #expect(!text.contains("saran:"))
    }
}
