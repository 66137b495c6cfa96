import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Loads, parses and validates a content folder `c/` whose `tinjau.yml` is `review`
/// (plus the OPD `dinas-a` unless `files` replaces it).
func checkReview(_ review: String, _ files: [String: String] = [:]) -> (ReviewContent?, [Diagnostic]) {
    var all = ["c/tinjau.yml": review, "c/opd/dinas-a/_index.md": opdIndex]
    for (path, text) in files { all["c/" + path] = text }
    let fs = InMemoryFileSystem(files: all)
    let loaded = ContentLoader(fileSystem: fs).load(from: "c")
    let parsed = ContentParser().parse(loaded.files)
    var diagnostics = loaded.diagnostics + parsed.diagnostics
    guard let content = parsed.content else { return (nil, diagnostics.sortedForReport()) }
    let (validated, more) = ContentValidator().validate(content)
    diagnostics += more
    return (validated, diagnostics.sortedForReport())
}

/// The only diagnostic of `file`, failing the test when there are more or none. `content.no-programs`,
/// which the small test folders cause, is left out.
func onlyOne(_ diagnostics: [Diagnostic], in file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let mine = diagnostics.filter { $0.location.path == "c/" + file && $0.code != "content.no-programs" }
    #expect(mine.count == 1, "\(mine)", sourceLocation: sourceLocation)
    return mine.first
}

/// A location in the content folder `c/`, for positions that are not in a test's own text (for
/// positions in it, mark the text with `1️⃣` and use ``MarkedText``).
func vloc(_ file: String, _ line: Int, _ column: Int) -> TinjauKit.SourceLocation {
    TinjauKit.SourceLocation(path: "c/" + file, line: line, column: column)
}

@Suite("Validation: YAML that would be published wrong")
struct ValidationTextTests {
    // MARK: 1. Comments, anchors, tags and aliases

    @Test func aHashInATitleIsNotACommentSilently() throws {
        let file = MarkedText("---\njudul: 1️⃣Portal Data #1 Bantul\ndimensi: governance\nstatus: berjalan\n---\n")
        let (content, diagnostics) = check(["opd/dinas-a/p.md": file.text])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.comment-in-value")
        #expect(d.severity == .error)
        #expect(d.location == file.location("1️⃣", in: "c/opd/dinas-a/p.md"))
        #expect(d.message == "`judul` terpotong: YAML hanya membaca `Portal Data`, karena ` #` (spasi lalu tanda pagar) memulai komentar")
        #expect(d.hint?.contains("`judul: \"Portal Data #1 Bantul\"`") == true)
        #expect(d.hint(in: .en)?.contains("`judul: \"Portal Data #1 Bantul\"`") == true)
        #expect(content?.programs.isEmpty == false)  // parsed, but the error stops the build
    }

    @Test(
        "Every free-text field is compared with its line",
        arguments: [
            ("ringkasan: 1️⃣Aplikasi #2 terbaik\n", "`ringkasan: \"Aplikasi #2 terbaik\"`"),
            ("alasan_tunda: 1️⃣Anggaran #refocusing\n", "`alasan_tunda: \"Anggaran #refocusing\"`"),
            ("indikator:\n  - nama: 1️⃣Aduan #1\n    satuan: unit #a\n    target: 5\n", "`nama: \"Aduan #1\"`"),
            ("indikator:\n  - nama: Aduan\n    satuan: 1️⃣unit #a\n    target: 5\n", "`satuan: \"unit #a\"`"),
            ("kata_kunci:\n  - 1️⃣aduan #1\n", "`\"aduan #1\"`"),
        ])
    func commentsInTextFields(extra: String, fix: String) throws {
        let file = MarkedText(programFile(extra))
        let (_, diagnostics) = check(["opd/dinas-a/p.md": file.text])
        let d = try #require(diagnostics.first { $0.code == "yaml.comment-in-value" && $0.location.line == file["1️⃣"].line }, "\(diagnostics)")
        #expect(d.location == file.location("1️⃣", in: "c/opd/dinas-a/p.md"))
        #expect(d.hint?.contains(fix) == true, "\(String(describing: d.hint))")
    }

    @Test func theReviewTitleIsCheckedToo() throws {
        let (_, diagnostics) = checkReview(minimalReview.replacingOccurrences(of: "judul: Review Uji", with: "judul: Review #2 Bantul"))
        let d = try #require(diagnostics.first { $0.code == "yaml.comment-in-value" })
        #expect(d.location == vloc("tinjau.yml", 1, 8))
        #expect(d.message.contains("`Review`"))
        #expect(d.hint?.contains("`judul: \"Review #2 Bantul\"`") == true)
    }

    @Test func quotedHashesAndCommentsAfterNumbersAndChoicesAreFine() throws {
        let (content, diagnostics) = check([
            "opd/dinas-a/p.md": """
            ---
            judul: "Portal Data #1 Bantul"
            dimensi: governance # tata kelola
            status: berjalan
            tahun_mulai: 2019  # perkiraan
            ---

            """
        ])
        #expect(diagnostics.filter { $0.location.path.hasSuffix("p.md") }.isEmpty, "\(diagnostics)")
        #expect(content?.programs.first?.title == "Portal Data #1 Bantul")
    }

    @Test(
        "Anchors and tags drop the first word",
        arguments: [
            ("judul: 1️⃣&satu Portal Data", "`&satu`", "penanda jangkar (anchor) YAML", "`judul: \"&satu Portal Data\"`"),
            ("judul: 1️⃣!penting Portal Data", "`!penting`", "penanda tipe (tag) YAML", "`judul: \"!penting Portal Data\"`"),
        ])
    func anchorsAndTags(line: String, mark: String, kind: String, fix: String) throws {
        let file = MarkedText("---\n\(line)\ndimensi: governance\nstatus: berjalan\n---\n")
        let (_, diagnostics) = check(["opd/dinas-a/p.md": file.text])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.anchor-or-tag")
        #expect(d.location == file.location("1️⃣", in: "c/opd/dinas-a/p.md"))
        #expect(d.message == "`judul` dibaca sebagai `Portal Data`: \(mark) di awal nilai adalah \(kind) dan tidak ikut terbaca")
        #expect(d.hint?.contains(fix) == true)
    }

    @Test func aliasesAreReportedWhereTheyAreUsed() throws {
        let file = MarkedText(programFile("ringkasan: 1️⃣&x Satu\nsumber_dana: 2️⃣*x\n"))
        let (_, diagnostics) = check(["opd/dinas-a/p.md": file.text])
        let found = diagnostics.filter { $0.code == "yaml.anchor-or-tag" }
        #expect(found.map(\.location) == ["1️⃣", "2️⃣"].map { file.location($0, in: "c/opd/dinas-a/p.md") })
        #expect(
            found.last?.message
                == "`sumber_dana` dibaca sebagai `Satu`: `*x` di awal nilai adalah alias YAML yang menyalin nilai jangkar `&x`, bukan teks")
    }

    @Test func anUndefinedAliasSaysToQuote() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\njudul: *Penting program\ndimensi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.anchor-or-tag")
        #expect(d.location == vloc("opd/dinas-a/p.md", 2, 8))
        #expect(d.message.contains("dibaca YAML sebagai alias"))
        #expect(d.message(in: .en).contains("found undefined alias"))
        #expect(d.hint?.contains("`judul: \"*Penting program\"`") == true)
    }

    // MARK: 2. Numbers

    @Test(
        "Huge indicator numbers are refused, not turned into infinity",
        arguments: [
            "1" + String(repeating: "0", count: 400), "1e20", "-2000000000000000",
        ])
    func hugeNumbers(value: String) throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": programFile("indikator:\n  - nama: A\n    target: \(value)\n")])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "value.too-large")
        #expect(d.location == vloc("opd/dinas-a/p.md", 7, 13))
        #expect(d.message.contains("`target` terlalu besar"))
        #expect(d.message.count < 200)
        #expect(d.hint?.contains("periksa jumlah digitnya") == true)
    }

    @Test func aNegativeTargetIsAWarningAtTheTarget() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": programFile("indikator:\n  - nama: Antrean\n    target: -5\n")])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "indicator.target-negative")
        #expect(d.severity == .warning)
        #expect(d.location == vloc("opd/dinas-a/p.md", 7, 13))
        #expect(d.message == "indikator `Antrean` bertarget negatif (-5): capaiannya tidak dapat dihitung")
        #expect(d.hint?.contains("`arah: turun`") == true)
    }

    @Test(
        "Hints give examples of the field's kind",
        arguments: [
            (
                "indikator:\n  - nama: A\n    target: 1️⃣40 komunitas\n", "value.not-number",
                "tulis angkanya saja: `target: 40`, dan satuannya di kolom `satuan: komunitas`"
            ),
            ("tahun_mulai: 1️⃣2020.5\n", "value.not-integer", "misalnya `tahun_mulai: 2020`"),
            ("tahun_mulai: 1️⃣2020,5\n", "value.not-integer", "misalnya `tahun_mulai: 2020`"),
            ("tahun_mulai: 1️⃣dua ribu\n", "value.not-integer", "misalnya `tahun_mulai: 2020`"),
            ("indikator:\n  - nama: A\n    target: 1️⃣banyak\n", "value.not-number", "`target: 72.5`"),
            ("indikator:\n  - nama: A\n    target: 1️⃣1e3\n", "value.not-number", "tulis angkanya lengkap, tanpa `e`: `target: 1000`"),
        ])
    func numberHints(extra: String, code: String, hint: String) throws {
        let file = MarkedText(programFile(extra))
        let (_, diagnostics) = check(["opd/dinas-a/p.md": file.text])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == code)
        #expect(d.location == file.location("1️⃣", in: "c/opd/dinas-a/p.md"))
        #expect(d.hint?.contains(hint) == true, "\(String(describing: d.hint))")
        #expect(d.hint?.contains("72.5") == (code == "value.not-number" && hint.contains("72.5")))
    }

    @Test func integerFieldsOfOtherKindsGetTheirOwnExample() throws {
        let (_, diagnostics) = check(["opd/dinas-b/_index.md": "---\nnama: Dinas B\noperator_ti: 4 orang\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-b/_index.md"))
        #expect(d.code == "value.not-integer")
        #expect(d.location == vloc("opd/dinas-b/_index.md", 3, 14))
        #expect(d.hint == "tulis angkanya saja, tanpa `orang`: `operator_ti: 4`")
    }

    // MARK: 3. No knock-on errors

    @Test func aBadBudgetIsOneError() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": programFile("anggaran: Rp 5.000.000\nrealisasi_anggaran: 4000000\n")])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "money.format")
        #expect(d.location == vloc("opd/dinas-a/p.md", 5, 11))
        // A missing budget is still reported.
        let (_, missing) = check(["opd/dinas-a/p.md": programFile("realisasi_anggaran: 4000000\n")])
        #expect(missing.contains { $0.code == "program.budget-missing" && $0.location == vloc("opd/dinas-a/p.md", 5, 21) })
    }

    @Test func aReversedPeriodIsOneError() throws {
        let review = minimalReview.replacingOccurrences(
            of: "tahun_mulai: 2018\n  tahun_selesai: 2023", with: "tahun_mulai: 2023\n  tahun_selesai: 2018")
        let (_, diagnostics) = checkReview(review, ["opd/dinas-a/p.md": programFile("tahun_mulai: 2019\ntahun_selesai: 2020\n")])
        #expect(diagnostics.map(\.code) == ["review.period"], "\(diagnostics)")
        #expect(diagnostics.first?.location == vloc("tinjau.yml", 6, 18))
    }

    @Test func aFrontMatterThatIsAListIsOneError() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\n- judul: X\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.not-mapping")
        #expect(d.location == vloc("opd/dinas-a/p.md", 2, 1))
    }

    @Test func batalAloneIsOneError() throws {
        let (_, diagnostics) = checkReview(minimalReview + "\npenilaian:\n  status_terealisasi: [batal]\n")
        let d = try #require(onlyOne(diagnostics, in: "tinjau.yml"))
        #expect(d.code == "scoring.batal")
        #expect(d.location == vloc("tinjau.yml", 8, 24))
        let (_, empty) = checkReview(minimalReview + "\npenilaian:\n  status_terealisasi: []\n")
        #expect(empty.map(\.code) == ["content.no-programs", "scoring.statuses-empty"])
    }

    @Test func aDayThatDoesNotExistIsNamed() throws {
        let (_, diagnostics) = checkReview(minimalReview + "\ntanggal_review: 2020-02-30\n")
        let d = try #require(onlyOne(diagnostics, in: "tinjau.yml"))
        #expect(d.code == "value.date")
        #expect(d.location == vloc("tinjau.yml", 7, 17))
        #expect(d.message == "`tanggal_review` 2020-02-30 tidak ada: Februari 2020 hanya sampai tanggal 29")
        #expect(d.message(in: .en) == "`tanggal_review` 2020-02-30 does not exist: February 2020 has only 29 days")
        #expect(d.hint?.contains("`tanggal_review: 2020-02-29`") == true)
        let (_, dayFirst) = checkReview(minimalReview + "\ntanggal_review: 23-07-2020\n")
        #expect(dayFirst.first { $0.code == "value.date" }?.hint == "tulis tahun-bulan-tanggal: `tanggal_review: 2020-07-23` untuk 23 Juli 2020")
    }

    // MARK: 4. A misspelt required field

    @Test func aMisspeltRequiredFieldIsOneErrorAtTheKey() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\njudul: X\ndimesi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "field.unknown")
        #expect(d.location == vloc("opd/dinas-a/p.md", 3, 1))
        #expect(d.message == "kolom `dimesi` tidak dikenal di front matter program; maksud Anda kolom wajib `dimensi`?")
        #expect(d.message(in: .en) == "unknown field `dimesi` in the programme front matter; did you mean the required field `dimensi`?")
        #expect(d.hint == "perbaiki nama kolomnya: `dimensi: governance`")
    }

    @Test func anEnglishNameOfARequiredFieldIsOneError() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\ntitle: Lapor\ndimensi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "field.unknown")
        #expect(d.location == vloc("opd/dinas-a/p.md", 2, 1))
        #expect(d.hint == "kolom tinjau memakai nama berbahasa Indonesia: tulis `judul: Lapor`")
    }

    // MARK: 5. Partners

    @Test func aCommaSeparatedPartnerListIsAnError() throws {
        let (_, diagnostics) = check([
            "opd/dinas-a/p.md": programFile("mitra: dinas-b, dinas-c\n"),
            "opd/dinas-b/_index.md": "---\nnama: B\n---\n", "opd/dinas-c/_index.md": "---\nnama: C\n---\n",
        ])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "value.comma-list")
        #expect(d.location == vloc("opd/dinas-a/p.md", 5, 8))
        #expect(d.hint?.hasPrefix("tulis daftar dengan kurung siku: `mitra: [dinas-b, dinas-c]`") == true)
    }

    @Test func duplicateAndUnknownPartnersPointAtTheItem() throws {
        let (content, diagnostics) = check([
            "opd/dinas-a/p.md": programFile("mitra: [dinas-b, dinas-b, dinas-z]\n"),
            "opd/dinas-b/_index.md": "---\nnama: B\n---\n",
        ])
        let mine = diagnostics.filter { $0.location.path == "c/opd/dinas-a/p.md" }
        #expect(mine.map(\.code) == ["program.mitra-duplicate", "program.mitra-unknown"])
        #expect(mine.map(\.location) == [vloc("opd/dinas-a/p.md", 5, 18), vloc("opd/dinas-a/p.md", 5, 27)])
        #expect(mine.first?.severity == .warning)
        #expect(mine.first?.message == "`mitra` memuat `dinas-b` lebih dari sekali")
        #expect(content?.programs.first?.partners == ["dinas-b", "dinas-z"])
    }

    @Test func unknownRealisedStatusesPointAtTheItem() throws {
        let (_, diagnostics) = checkReview(minimalReview + "\npenilaian:\n  status_terealisasi:\n    - berjalan\n    - jalan\n")
        let d = try #require(onlyOne(diagnostics, in: "tinjau.yml"))
        #expect(d.code == "value.unknown")
        #expect(d.location == vloc("tinjau.yml", 10, 7))
    }

    // MARK: 6. Duplicate keys

    @Test func aDuplicateKeyInOneIndicatorIsFoundInThatIndicator() throws {
        let (_, diagnostics) = check([
            "opd/dinas-a/p.md": programFile(
                """
                indikator:
                  - nama: A
                    target: 1
                  - nama: B
                    target: 2
                    target: 3

                """)
        ])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.duplicate-key")
        #expect(d.location == vloc("opd/dinas-a/p.md", 10, 5))
        #expect(d.message == "kolom `target` ditulis lebih dari sekali (baris 9 dan 10)")
    }

    @Test func eachDuplicateKeyIsReportedAtItsSecondOccurrence() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": programFile("judul: Lagi\nstatus: selesai\n")])
        let mine = diagnostics.filter { $0.location.path == "c/opd/dinas-a/p.md" }
        #expect(
            mine.map(\.message) == [
                "kolom `judul` ditulis lebih dari sekali (baris 2 dan 5)",
                "kolom `status` ditulis lebih dari sekali (baris 4 dan 6)",
            ])
        #expect(mine.map(\.location) == [vloc("opd/dinas-a/p.md", 5, 1), vloc("opd/dinas-a/p.md", 6, 1)])
    }
}

@Suite("Validation: YAML syntax errors in Indonesian")
struct ValidationSyntaxTests {
    // MARK: 7. libyaml's messages

    @Test(
        "libyaml's problems are translated",
        arguments: [
            (
                "judul: Aplikasi1️⃣: Lapor Bantul", "ada `: ` (titik dua lalu spasi) di dalam nilai",
                "mapping values are not allowed in this context", "`judul: \"Aplikasi: Lapor Bantul\"`"
            ),
            (
                "judul: 1️⃣@bantulkab", "nilai tidak boleh diawali karakter `@`",
                "found character that cannot start any token", "`judul: \"@bantulkab\"`"
            ),
            (
                "judul: \"C:1️⃣\\Data\"", "garis miring terbalik `\\` diikuti karakter yang tidak dikenal",
                "found unknown escape character", "`judul: 'C:\\Data'`"
            ),
            (
                "1️⃣judul X", "baris 2 tidak memiliki titik dua setelah nama kolom",
                "mapping values are not allowed in this context", "`judul: X`"
            ),
            (
                "judul: X\n  1️⃣dimensi: governance", "baris ini menjorok lebih dalam daripada kolom `judul`",
                "mapping values are not allowed in this context", "hapus spasi di awal baris ini"
            ),
            (
                "judul: \"Lapor\" 1️⃣Bantul", "ada teks setelah tanda kutip penutup",
                "did not find expected key", "`judul: '\"Lapor\" Bantul'`"
            ),
            (
                "judul: X\n1️⃣foo", "titik dua `:` setelah nama kolom tidak ditemukan",
                "could not find expected ':'", "`kolom: nilai`"
            ),
            (
                "judul: X\nmitra: 1️⃣[a, b", "`[` yang dibuka di sini tidak ditutup dengan `]`",
                "did not find expected ',' or ']'", "`mitra: [bappeda, diskominfo]`"
            ),
            (
                "judul: X\nkata_kunci: 1️⃣- a", "tanda butir daftar `- ` tidak boleh berada di sini",
                "block sequence entries are not allowed in this context", "`kata_kunci: [aduan, aplikasi]`"
            ),
            (
                "judul: X\nmitra: [1️⃣" + String(repeating: "[", count: 1099), "terlalu banyak tingkat bersarang",
                "Maximum nesting level reached", "kurung `[` dan `{` yang tidak ditutup"
            ),
        ])
    func translated(lines: String, message: String, english: String, hint: String) throws {
        let file = MarkedText("---\n\(lines)\ndimensi: governance\nstatus: berjalan\n---\n")
        let (_, diagnostics) = check(["opd/dinas-a/p.md": file.text])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.syntax")
        #expect(d.location == file.location("1️⃣", in: "c/opd/dinas-a/p.md"), "\(d)")
        #expect(d.message.hasPrefix("YAML tidak sah: "))
        #expect(d.message.contains(message), "\(d.message)")
        #expect(!d.message.contains(english), "\(d.message)")
        #expect(d.message(in: .en).hasPrefix("invalid YAML: \(english)"), "\(d.message(in: .en))")
        #expect(d.hint?.contains(hint) == true, "\(String(describing: d.hint))")
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\njudul: \"Sistem Informasi Kalurahan\ndimensi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.syntax")
        #expect(d.location == vloc("opd/dinas-a/p.md", 2, 8))
        #expect(
            d.message == "YAML tidak sah: tanda kutip `\"` yang dibuka di sini tidak pernah ditutup, sehingga YAML membaca sampai akhir front matter")
        #expect(d.message(in: .en).hasPrefix("invalid YAML: found unexpected end of stream"))
        #expect(d.hint == "tutup tanda kutip di akhir nilai: `judul: \"Sistem Informasi Kalurahan\"`")
    }

    @Test func anApostropheInSingleQuotes() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\njudul: 'Jum'at Bersih'\ndimensi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.syntax")
        #expect(d.location == vloc("opd/dinas-a/p.md", 2, 12))
        #expect(d.message == "YAML tidak sah: apostrof di `Jum'at` menutup tanda kutip tunggal terlalu awal")
        #expect(
            d.hint
                == "di dalam tanda kutip tunggal apostrof ditulis dua kali: `judul: 'Jum''at Bersih'`; atau pakai tanda kutip ganda: `judul: \"Jum'at Bersih\"`"
        )
    }

    @Test func aControlCharacterIsReportedWhereItIs() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\njudul: ab\u{7}c\ndimensi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "yaml.reader")
        #expect(d.location == vloc("opd/dinas-a/p.md", 2, 10))
        #expect(d.message.contains("karakter kendali tak terlihat (kode 7)"))
    }

    // MARK: 8. Unclosed front matter

    @Test(
        "The missing closing fence is placed before the body",
        arguments: [
            ("---\njudul: Data Warehouse\ndimensi: governance\nstatus: berjalan\n\nData Warehouse menghimpun data.\n", 5, "sebelum baris 5"),
            ("---\njudul: Data Warehouse\ndimensi: governance\nstatus: berjalan\n## Latar belakang\n\nTeks.\n", 5, "sebelum baris 5"),
            (
                "---\n# Judul (wajib)\njudul: Data Warehouse\ndimensi: governance\nstatus: berjalan\nData Warehouse menghimpun data.\n", 6,
                "sebelum baris 6"
            ),
            ("---\njudul: Data Warehouse\ndimensi: governance\nstatus: berjalan\n", 4, "setelah baris 4"),
        ])
    func unclosedFrontMatter(text: String, line: Int, place: String) throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": text])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "frontmatter.unclosed")
        #expect(d.location == vloc("opd/dinas-a/p.md", line, 1))
        #expect(d.message.contains(place))
        #expect(d.hint?.contains("tambahkan") == true && d.hint?.contains("---") == true)
    }
}

@Suite("Validation: tinjau.yml and dimensi.yml")
struct ValidationConfigTests {
    // MARK: 9. Where a required field goes

    @Test func requiredFieldHintsNameTheFile() throws {
        let (_, diagnostics) = checkReview("judul: R\nwilayah: W\nmasterplan:\n  tahun_selesai: 2023\n")
        let codes = diagnostics.filter { $0.code == "field.required" }
        #expect(codes.map(\.location) == [vloc("tinjau.yml", 1, 1), vloc("tinjau.yml", 4, 3)])
        #expect(
            codes.map(\.hint) == [
                "tambahkan baris `tahun_review: …` di `tinjau.yml`",
                "tambahkan baris `tahun_mulai: …` di bawah `masterplan:` dalam `tinjau.yml` (menjorok dua spasi)",
            ])
        #expect(codes.first?.hint(in: .en) == "add a line `tahun_review: …` to `tinjau.yml`")
        let (_, noPlan) = checkReview("judul: R\nwilayah: W\ntahun_review: 2020\n")
        #expect(noPlan.first { $0.code == "field.required" }?.hint?.contains("tambahkan `masterplan:` di `tinjau.yml`") == true)
    }

    @Test func requiredFieldHintsInDimensiYml() throws {
        let (_, diagnostics) = checkReview(minimalReview, ["dimensi.yml": "living:\n  elemen:\n    - nama: Kesehatan\n"])
        let d = try #require(onlyOne(diagnostics, in: "dimensi.yml"))
        #expect(d.code == "field.required")
        #expect(d.location == vloc("dimensi.yml", 3, 7))
        #expect(d.hint == "tambahkan baris `slug: …` di elemen ini (butir `elemen` dimensi `living` dalam `dimensi.yml`)")
    }

    // MARK: 10. Positions in tinjau.yml

    @Test func reviewWarningsHaveALine() throws {
        let review = minimalReview.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: 2025")
        let (_, diagnostics) = checkReview(review)
        let outside = try #require(diagnostics.first { $0.code == "review.year-outside" })
        #expect(outside.location == vloc("tinjau.yml", 3, 15))
        let none = try #require(diagnostics.first { $0.code == "content.no-programs" })
        #expect(none.location == vloc("tinjau.yml", 1, 8))
    }

    // MARK: 11. Short names

    @Test func aNewDimensionNameIsAlsoTheShortName() throws {
        let (content, diagnostics) = checkReview(
            minimalReview,
            [
                "dimensi.yml": "governance:\n  nama: Smart Governance\nliving:\n  nama: Smart Living\n  nama_pendek: Living\n"
            ])
        #expect(diagnostics.filter { $0.location.path == "c/dimensi.yml" }.isEmpty)
        let dimensions = try #require(content?.dimensions)
        #expect(dimensions.first { $0.id == .governance }?.shortName == "Smart Governance")
        #expect(dimensions.first { $0.id == .living }?.shortName == "Living")
        #expect(dimensions.first { $0.id == .economy }?.shortName == "Ekonomi")
    }

    // MARK: 12. tumpang_tindih and data

    @Test func overlapThresholdAndOpenDataSettingsAreRead() throws {
        let (content, diagnostics) = checkReview(
            minimalReview + """

                tumpang_tindih:
                  ambang: 0.35
                  maks_per_program: 3
                data:
                  lisensi: CC BY-SA 4.0
                  produsen: Diskominfo Bantul
                  walidata: Bappeda Bantul
                """)
        #expect(diagnostics.filter { $0.location.path == "c/tinjau.yml" && $0.severity == .error }.isEmpty, "\(diagnostics)")
        let config = try #require(content?.config)
        #expect(config.overlapThreshold == r("0.35"))
        #expect(config.overlapSettings.maxPerProgram == 3)
        #expect(config.dataLicence == "CC BY-SA 4.0")
        #expect(config.dataProducer == "Diskominfo Bantul")
        #expect(config.dataSteward == "Bappeda Bantul")
        #expect(config.location(of: "tumpang_tindih.ambang") == vloc("tinjau.yml", 8, 11))
        let (defaults, _) = checkReview(minimalReview)
        #expect(defaults?.config.overlapThreshold == r("0.2"))
        #expect(defaults?.config.overlapSettings.maxPerProgram == 5)
        #expect(defaults?.config.dataLicence == "CC BY 4.0")
    }

    @Test(
        "Mistakes in tumpang_tindih and data",
        arguments: [
            ("tumpang_tindih:\n  ambang: 1️⃣20%", "value.not-number", "`ambang: 0.2`"),
            ("tumpang_tindih:\n  ambang: 1️⃣20", "value.out-of-range", "`ambang: 0.2`"),
            ("tumpang_tindih:\n  ambang: 1️⃣1.5", "value.out-of-range", "`ambang: 0.2`"),
            ("tumpang_tindih:\n  1️⃣ambng: 0.2", "field.unknown", "maksud Anda `ambang`?"),
            ("tumpang_tindih: 1️⃣0.2", "yaml.not-mapping", "`ambang: 0.2`"),
            ("tumpang_tindih:\n  maks_per_program: 1️⃣0", "value.out-of-range", "periksa kembali"),
            ("tumpang_tindih:\n  maks_per_program: 1️⃣2.5", "value.not-integer", "`maks_per_program: 2`"),
            ("data:\n  lisensi: CC BY 4.0\n  1️⃣license: CC0", "field.unknown", "maksud Anda `lisensi`?"),
        ])
    func configMistakes(lines: String, code: String, hint: String) throws {
        let review = MarkedText(minimalReview + "\n" + lines + "\n")
        let (_, diagnostics) = checkReview(review.text)
        let d = try #require(onlyOne(diagnostics, in: "tinjau.yml"))
        #expect(d.code == code)
        #expect(d.location == review.location("1️⃣", in: "c/tinjau.yml"))
        #expect(d.hint?.contains(hint) == true, "\(String(describing: d.hint))")
    }
}

@Suite("Validation: empty values")
struct ValidationEmptyTests {
    @Test func aValueThatIsAllCommentIsReported() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": "---\njudul: #1 Bantul\ndimensi: governance\nstatus: berjalan\n---\n"])
        let found = diagnostics.filter { $0.location.path == "c/opd/dinas-a/p.md" }
        #expect(found.map(\.code) == ["field.required", "yaml.comment-in-value"])
        #expect(found.map(\.location) == [vloc("opd/dinas-a/p.md", 2, 1), vloc("opd/dinas-a/p.md", 2, 8)])
        #expect(found.first?.message == "kolom wajib `judul` kosong")
        #expect(found.last?.hint == "apit seluruh nilai dengan tanda kutip ganda: `judul: \"#1 Bantul\"`")
    }

    @Test func anEmptyRequiredNumberIsEmptyNotMissing() throws {
        let (_, diagnostics) = check(["opd/dinas-a/p.md": programFile("indikator:\n  - nama: A\n    target:\n")])
        let d = try #require(onlyOne(diagnostics, in: "opd/dinas-a/p.md"))
        #expect(d.code == "field.required")
        #expect(d.message == "kolom wajib `target` kosong")
        #expect(d.location == vloc("opd/dinas-a/p.md", 7, 5))
        #expect(d.hint == "isi nilainya setelah titik dua: `target: …`")
    }
}

@Suite("Validation: titles compared for accidental copies")
struct TitleKeyTests {
    @Test func asciiTitlesAreComparedAsByCharacters() {
        let pieces = ["Aplikasi", "aplikasi", " ", "  ", "\t", "\r\n", "\n", "Layanan", "DATA", "x", "é", "\u{A0}", "-"]
        var titles = [""]
        for _ in 0..<3 { titles += titles.flatMap { title in pieces.map { title + $0 } } }
        for title in Set(titles) {
            let reference = title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(ContentValidator.titleKey(title) == reference, "\(Array(title.unicodeScalars))")
        }
        #expect(ContentValidator.titleKey("  Aplikasi\t\tLAPOR  Bantul\r\n") == "aplikasi lapor bantul")
    }
}
