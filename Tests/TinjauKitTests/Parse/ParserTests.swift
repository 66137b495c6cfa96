import Testing
import TinjauTestSupport

@testable import TinjauKit

let minimalReview = """
    judul: Review Uji
    wilayah: Kabupaten Uji
    tahun_review: 2020
    masterplan:
      tahun_mulai: 2018
      tahun_selesai: 2023
    """

let opdIndex = "---\nnama: Dinas A\n---\nDinas A.\n"

/// Loads, parses and validates an in-memory content folder `c/`.
func check(_ files: [String: String]) -> (ReviewContent?, [Diagnostic]) {
    var all = ["c/tinjau.yml": minimalReview, "c/opd/dinas-a/_index.md": opdIndex]
    for (path, text) in files { all["c/" + path] = text }
    let fs = InMemoryFileSystem(files: all)
    let loaded = ContentLoader(fileSystem: fs).load(from: "c")
    let parsed = ContentParser().parse(loaded.files)
    var diagnostics = loaded.diagnostics + parsed.diagnostics
    guard let content = parsed.content else { return (nil, diagnostics) }
    let (validated, more) = ContentValidator().validate(content)
    diagnostics += more
    return (validated, diagnostics.sortedForReport())
}

/// A programme file with the given extra front-matter lines after the three required ones.
func programFile(_ extra: String = "", body: String = "Isi.") -> String {
    "---\njudul: Program Uji\ndimensi: governance\nstatus: berjalan\n\(extra)---\n\(body)\n"
}

@Suite("Front matter and content parsing")
struct ParserTests {
    @Test func aCompleteProgrammeParses() throws {
        let file = MarkedText(
            programFile(
                """
                elemen: layanan-publik
                jangka: quick-win
                tahun_mulai: 2019
                tahun_selesai: 2021
                anggaran: 1️⃣1250000000
                realisasi_anggaran: 1000000000
                sumber_dana: APBD
                kata_kunci: [aduan, aplikasi]
                indikator:
                  - nama: Aduan
                    satuan: persen
                    target: 80
                    realisasi: 72.5
                    arah: naik

                """, body: "## Judul\n\nTeks **tebal**."))
        let (content, diagnostics) = check(["opd/dinas-a/uji.md": file.text])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let program = try #require(content?.programs.first)
        #expect(program.id == "dinas-a/uji")
        #expect(program.budget == 1_250_000_000)
        #expect(program.indicators.first?.realisation == Rational(145, 2))
        #expect(program.keywords == ["aduan", "aplikasi"])
        #expect(program.body.text == "## Judul\n\nTeks **tebal**.\n")
        #expect(program.body.firstLine == 20)
        #expect(MarkdownRenderer().render(program.body.text) == "<h2>Judul</h2>\n<p>Teks <strong>tebal</strong>.</p>\n")
        #expect(program.location(of: "anggaran") == file.location("1️⃣", in: "c/opd/dinas-a/uji.md"))
    }

    @Test func errorPositionsIncludeTheFrontMatterOffset() {
        let file = MarkedText("---\njudul: X\ndimensi: 1️⃣goverance\nstatus: berjalan\n---\n")
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": file.text])
        let d = diagnostics.first { $0.code == "value.unknown" }
        #expect(d?.location == file.location("1️⃣", in: "c/opd/dinas-a/uji.md"))
        #expect(d?.hint?.contains("maksud Anda `dimensi: governance`?") == true)
        #expect(d?.description.hasPrefix("c/opd/dinas-a/uji.md:3:10: error: dimensi `goverance` tidak dikenal") == true)
    }

    @Test func requiredFieldsAreReportedTogether() {
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": "---\nringkasan: x\n---\n"])
        let missing = diagnostics.filter { $0.code == "field.required" }.map(\.message)
        #expect(missing == ["kolom wajib `dimensi` tidak ada", "kolom wajib `judul` tidak ada", "kolom wajib `status` tidak ada"])
    }

    @Test func windowsLineEndingsAndByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}---\r\njudul: Program CRLF\r\ndimensi: living\r\nstatus: selesai\r\n---\r\nBaris satu.\r\n"
        let (content, diagnostics) = check(["opd/dinas-a/crlf.md": text])
        #expect(diagnostics.isEmpty)
        let program = try #require(content?.programs.first)
        #expect(program.title == "Program CRLF")
        #expect(!program.body.text.contains("\r"))
    }

    @Test func latin1IsRejectedAtTheBadByte() {
        var bytes = Array("---\njudul: Caf".utf8)
        bytes.append(0xE9)  // é in Windows-1252
        bytes += Array("\n---\n".utf8)
        let result = SourceText.decode(bytes, path: "x.md")
        guard case .failure(let d) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(d.location == SourceLocation(path: "x.md", line: 2, column: 11))
        #expect(d.message.contains("bukan UTF-8"))
    }

    @Test func missingOrUnclosedFrontMatter() {
        let (_, a) = check(["opd/dinas-a/a.md": "judul: X\n"])
        #expect(a.contains { $0.code == "frontmatter.missing" && $0.location.line == 1 })
        let (_, b) = check(["opd/dinas-a/b.md": "---\njudul: X\n"])
        #expect(b.contains { $0.code == "frontmatter.unclosed" })
        let (_, c) = check(["opd/dinas-a/c.md": "—\njudul: X\n—\n"])
        #expect(c.contains { $0.code == "frontmatter.missing" && $0.hint?.contains("mirip pembatas") == true })
    }

    @Test func aThematicBreakInTheBodyIsMarkdown() throws {
        let (content, diagnostics) = check(["opd/dinas-a/hr.md": programFile(body: "Atas\n\n---\n\nBawah\n---")])
        #expect(diagnostics.isEmpty)
        let html = MarkdownRenderer().render(try #require(content?.programs.first?.body.text))
        #expect(html.contains("<hr />"))
        #expect(html.contains("<h2>Bawah</h2>"))
    }

    @Test func yamlSyntaxErrorsHaveFileLinesAndHints() {
        let (_, diagnostics) = check(["opd/dinas-a/colon.md": "---\njudul: Aplikasi: Lapor\ndimensi: governance\nstatus: berjalan\n---\n"])
        let d = diagnostics.first { $0.code == "yaml.syntax" }
        #expect(d?.location.path == "c/opd/dinas-a/colon.md")
        #expect(d?.location.line == 2)
        #expect(d?.hint?.contains("tanda kutip") == true)
    }

    @Test func yaml11BooleansStayTextAndNumbersStayLiteral() throws {
        let (content, diagnostics) = check(["opd/dinas-a/b.md": programFile("ringkasan: yes\nsumber_dana: 0755\n")])
        #expect(diagnostics.isEmpty)
        let program = try #require(content?.programs.first)
        #expect(program.summary == "yes")
        #expect(program.fundingSource == "0755")
    }

    @Test(
        "Indonesian number habits get an exact fix",
        arguments: [
            ("anggaran: Rp 2.500.000", "money.format", "`anggaran: 2500000`"),
            ("anggaran: 1.250", "money.format", "`anggaran: 1250`"),
            ("anggaran: -5", "money.negative", "bilangan bulat 0 atau lebih"),
            ("tahun_mulai: 1:30", "value.not-integer", "tanpa `:`"),
            ("tahun_mulai: yes", "value.not-integer", "nilai ya/tidak"),
        ])
    func numberMistakes(line: String, code: String, hintFragment: String) {
        let (_, diagnostics) = check(["opd/dinas-a/n.md": programFile(line + "\n")])
        let d = diagnostics.first { $0.code == code }
        #expect(d != nil, "\(diagnostics)")
        #expect(d?.hint?.contains(hintFragment) == true, "\(String(describing: d?.hint))")
        #expect(d?.location.line == 5)
    }

    @Test func indicatorDecimalCommaAndPercentSign() {
        let (_, diagnostics) = check(["opd/dinas-a/i.md": programFile("indikator:\n  - nama: A\n    target: 72,5\n    realisasi: 87%\n")])
        let hints = diagnostics.filter { $0.code == "value.not-number" }.compactMap(\.hint)
        #expect(hints.contains { $0.contains("`target: 72.5`") })
        #expect(hints.contains { $0.contains("`realisasi: 87`") })
    }

    @Test func unknownKeysSuggestTheIndonesianName() {
        let (_, diagnostics) = check(["opd/dinas-a/k.md": programFile("title: X\nanggran: 5\n")])
        let hints = diagnostics.filter { $0.code == "field.unknown" }.compactMap(\.hint)
        #expect(hints.contains { $0.contains("tulis `judul` alih-alih `title`") })
        #expect(hints.contains { $0.contains("maksud Anda `anggaran`?") })
    }

    @Test func duplicateKeysAreErrors() {
        let (_, diagnostics) = check(["opd/dinas-a/d.md": programFile("judul: Lagi\n")])
        let d = diagnostics.first { $0.code == "yaml.duplicate-key" }
        #expect(d?.message.contains("`judul`") == true)
        #expect(d?.message.contains("baris 2 dan 5") == true, "\(String(describing: d?.message))")
    }

    @Test func elementMustBelongToTheDimension() {
        let (_, diagnostics) = check(["opd/dinas-a/e.md": programFile("elemen: sampah\n")])
        let d = diagnostics.first { $0.code == "program.elemen.unknown" }
        #expect(d?.hint?.contains("termasuk dimensi `environment`") == true)
    }

    @Test func crossFileChecks() {
        let (_, diagnostics) = check([
            "opd/dinas-a/a.md": programFile("mitra: [dinas-z]\ntahun_mulai: 2015\n"),
            "opd/dinas-a/b.md": "---\njudul: B\ndimensi: living\nstatus: tertunda\nanggaran: 10\nrealisasi_anggaran: 20\n---\n",
        ])
        let codes = Set(diagnostics.map(\.code))
        #expect(codes.isSuperset(of: ["program.mitra-unknown", "program.year-outside", "program.budget-over", "program.delay-reason"]))
        #expect(diagnostics.first { $0.code == "program.budget-over" }?.severity == .warning)
    }

    @Test func fileNamesBecomeSlugsAndTwinsAreReported() {
        let (content, _) = check(["opd/dinas-a/Program Baru.md": programFile()])
        #expect(content?.programs.first?.slug == "program-baru")
    }

    @Test func unicodeNormalisationTwinsAreReported() throws {
        // Swift's String compares NFC and NFD as equal, so the twins need a real folder.
        let root = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array(minimalReview.utf8), to: root.path + "/tinjau.yml")
        try fs.write(Array(opdIndex.utf8), to: root.path + "/opd/dinas-a/_index.md")
        try fs.write(Array(programFile().utf8), to: root.path + "/opd/dinas-a/Cafe\u{301}.md")
        try fs.write(Array(programFile().utf8), to: root.path + "/opd/dinas-a/Caf\u{E9}.md")
        let loaded = ContentLoader(fileSystem: fs).load(from: root.path)
        #expect(loaded.diagnostics.filter { $0.code == "path.slug-clash" }.count == 1)
    }

    @Test func strayFilesAndSymlinksAreReportedNotSkipped() {
        let fs = InMemoryFileSystem(files: ["c/tinjau.yml": minimalReview, "c/catatan.txt": "x", "c/opd/dinas-a/_index.md": opdIndex])
        fs.addSymlink("c/opd/dinas-a/luar.md")
        let loaded = ContentLoader(fileSystem: fs).load(from: "c")
        #expect(loaded.diagnostics.contains { $0.code == "path.ignored" && $0.location.path == "c/catatan.txt" })
        #expect(loaded.diagnostics.contains { $0.code == "path.symlink" && $0.severity == .error })
    }

    @Test func reviewSettingsAreRead() throws {
        let fs = InMemoryFileSystem(files: [
            "c/tinjau.yml": minimalReview + """

                kode_wilayah: "34.02"
                tanggal_review: 2020-07-23
                penilaian:
                  metode: capaian-indikator
                  presisi: 1
                  tingkat_kematangan:
                    - {min: 0, nama: Awal}
                    - {min: 50, nama: Maju}
                """
        ])
        let parsed = ContentParser().parse(ContentLoader(fileSystem: fs).load(from: "c").files)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let config = try #require(parsed.content?.config)
        #expect(config.regionCode == "34.02")
        #expect(config.reviewDate?.description == "2020-07-23")
        #expect(config.scoring.method == .indicatorAchievement)
        #expect(config.scoring.precision == 1)
        #expect(config.scoring.maturityBands.map(\.name) == ["Awal", "Maju"])
    }
}

@Suite("Front-matter splitting")
struct FrontMatterSplitTests {
    @Test(arguments: [
        ("---\n---\n", "", "", 3),
        ("---\na: 1\n---", "a: 1", "", 4),
        ("---  \na: 1\nb: 2\n...\nisi\n", "a: 1\nb: 2", "isi\n", 5),
        ("---\na: 1\n---\n\nAtas\n---\nBawah", "a: 1", "\nAtas\n---\nBawah", 4),
        ("---\n\u{00E9}: \u{65E5}\n---\nü", "\u{00E9}: \u{65E5}", "ü", 4),
    ])
    func fencesAreFoundAndLinesCounted(text: String, yaml: String, body: String, bodyFirstLine: Int) throws {
        guard case .success(let document) = FrontMatterSplitter.split(SourceText(path: "x.md", text: text)) else {
            Issue.record("expected a document")
            return
        }
        #expect(document.yaml == yaml)
        #expect(document.body == body)
        #expect(document.yamlFirstLine == 2)
        #expect(document.bodyFirstLine == bodyFirstLine)
    }
}
