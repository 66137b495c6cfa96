import Testing

@testable import TinjauKit

/// Mistakes a new-user trial made as an OPD editor with little IT training would, each of which
/// either got through silently or got a misleading message.
@Suite("Editors' mistakes that used to get through or mislead")
struct EditorMistakesTests {
    @Test func anAccidentalCopyIsReportedBeforeItIsCountedTwice() throws {
        let (_, diagnostics) = check(["opd/dinas-a/lapor.md": programFile(), "opd/dinas-a/lapor - Copy.md": programFile()])
        let d = try #require(diagnostics.first { $0.code == "program.duplicate-title" })
        #expect(d.severity == .warning)
        #expect(d.location == vloc("opd/dinas-a/lapor - Copy.md", 2, 8))  // the second in slug order: the copy
        #expect(d.message.contains("c/opd/dinas-a/lapor.md"))
        // The same title in two OPDs is not a copy (the overlap page deals with that).
        let (_, other) = check([
            "opd/dinas-a/a.md": programFile(), "opd/dinas-b/_index.md": "---\nnama: Dinas B\n---\n",
            "opd/dinas-b/b.md": programFile(),
        ])
        #expect(!other.contains { $0.code == "program.duplicate-title" })
    }

    @Test func anUntouchedNewProgrammeIsReported() throws {
        let scaffold = Scaffolder.programText(title: "Antrean Puskesmas", year: 2020)
        let (_, diagnostics) = check(["opd/dinas-a/antrean.md": scaffold])
        let d = try #require(diagnostics.first { $0.code == "program.placeholder" })
        #expect(d.severity == .warning)
        #expect(d.location.path == "c/opd/dinas-a/antrean.md")
    }

    @Test func aNoBreakSpaceIsNamedWhereItIs() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": programFile("anggaran:\u{00A0}350000000\n")])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.nbsp")
        #expect(d.location == vloc("opd/dinas-a/p.md", 5, 10))
    }

    @Test(arguments: ["Smart Living", "Ekosistem Tempat Hidup", "tempat hidup"])
    func aDimensionWrittenByItsNameSuggestsItsKey(written: String) throws {
        let file = "---\njudul: Program Uji\ndimensi: \(written)\nstatus: berjalan\n---\nIsi.\n"
        let (_, diagnostics) = check(["opd/dinas-a/p.md": file])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "value.unknown")
        #expect(d.hint?.hasPrefix("tulis `dimensi: living`") == true, "\(String(describing: d.hint))")
    }

    @Test func curlyQuotesFromWordAreNamed() throws {
        let file = "---\njudul: “Lapor Bantul: Kanal Aduan”\ndimensi: governance\nstatus: berjalan\n---\nIsi.\n"
        let (_, diagnostics) = check(["opd/dinas-a/p.md": file])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.hint?.contains("`judul: \"Lapor Bantul: Kanal Aduan\"`") == true, "\(String(describing: d.hint))")
        #expect(d.hint?.contains("bukan tanda kutip YAML") == true)
    }

    @Test func notepadsTxtExtensionIsNamed() throws {
        let (_, diagnostics) = check(["opd/dinas-a/antrean.md.txt": programFile()])
        let d = try #require(diagnostics.first { $0.code == "path.ignored" })
        #expect(d.message.contains("tidak berakhiran `.md`"))
        #expect(d.hint?.contains("`antrean.md`") == true)
    }

    /// A programme with an error is not read; a narrative page that links to it used to get a second,
    /// false error ("link.broken") with a hint to point the correct link at another programme.
    @Test func aLinkToAProgrammeWithAnErrorIsNotReportedAsBroken() {
        let diagnostics = CatalogueExamples.analyse([
            "content/opd/diskominfo/lapor-bantul.md": CatalogueExamples.program().replacingOccurrences(of: "status: berjalan", with: "status: jalan"),
            "content/opd/diskominfo/portal-ppid.md": CatalogueExamples.program("Portal PPID"),
            "content/halaman/temuan.md":
                "---\njudul: Temuan\n---\nLihat [Lapor](/opd/diskominfo/lapor-bantul.md) dan [PPID](/opd/diskominfo/portal-ppid.md).\n",
        ])
        #expect(diagnostics.contains { $0.code == "field.value" || $0.message.contains("jalan") })
        #expect(!diagnostics.contains { $0.code == "link.broken" }, "\(diagnostics.map(\.description))")
    }
}
