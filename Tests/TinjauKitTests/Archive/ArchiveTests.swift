import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Copies the folder `from` (recursively) to `to` on the local disk.
func copyFolder(_ from: String, to: String) throws {
    let fs = LocalFileSystem()
    for entry in try fs.listRecursively(from) where entry.kind == .file {
        try fs.write(try fs.read(from + "/" + entry.relativePath), to: to + "/" + entry.relativePath)
    }
}

/// Replaces `old` by `new` in the text file at `path`, and checks that it was there.
func replace(_ old: String, with new: String, in path: String) throws {
    let fs = LocalFileSystem()
    let text = String(decoding: try fs.read(path), as: UTF8.self)
    #expect(text.contains(old), "\(path) has no `\(old)`")
    try fs.write(Array(text.replacingOccurrences(of: old, with: new).utf8), to: path)
}

/// A small review in memory under `c/`, with `files` added or replacing the defaults.
func memoryReview(_ files: [String: String]) -> InMemoryFileSystem {
    var all = [
        "c/tinjau.yml": minimalReview, "c/opd/dinas-a/_index.md": opdIndex,
        "c/opd/dinas-b/_index.md": "---\nnama: Dinas B\n---\n",
    ]
    for (path, text) in files { all["c/" + path] = text }
    return InMemoryFileSystem(files: all)
}

/// A programme's front matter.
func yearProgram(_ status: String, budget: Int = 100, extra: String = "") -> String {
    let reason = status == "tertunda" ? "alasan_tunda: Pandemi\n" : ""
    return "---\njudul: Program \(status)\ndimensi: governance\nstatus: \(status)\nanggaran: \(budget)\n\(reason)\(extra)---\nIsi.\n"
}

@Suite("Archives: a published review never changes again", .serialized)
struct ArchiveTests {
    static let options = BuildOptions(contentDirectory: "c", templatesDirectory: "t", outputDirectory: "o")

    @Test func archivedSiteIsByteIdenticalAfterEditingProgrammesAndScoring() throws {
        let dir = try TemporaryDirectory()
        let content = dir.path + "/content"
        try copyFolder(packageRoot + "/content", to: content)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let report = try SiteBuilder().archive(options)
        #expect(report.path == content + "/arsip/2020.json")
        #expect(report.programCount == 71)
        func archived() throws -> [String: [UInt8]] {
            let files = try SiteBuilder().prepare(options).files
            return Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasPrefix("arsip/2020/") }.map { ($0.path, $0.bytes) })
        }
        let before = try archived()
        #expect(before.count > 100, "\(before.count) files under arsip/2020/")
        // The six published figures, in the archive's own data.
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(before["arsip/2020/data/tinjauan.json"])))
        let published = ["society": 54, "living": 54, "governance": 68, "environment": 100, "economy": 42, "branding": 57]
        for (dimension, percent) in published {
            #expect(json.at("/agregat/skor/dimensi/\(dimension)/persen_publikasi") == .number(Decimal(percent)), "\(dimension)")
        }

        // The next review: programmes change status and budget, one is renamed, the scoring settings change.
        let opd = content + "/opd/diskominfo"
        try replace("status: tertunda", with: "status: berjalan", in: opd + "/command-center.md")
        try replace(
            "alasan_tunda: \"Pandemi COVID-19: refocusing anggaran 2020\"\n", with: "sebelumnya: [diskominfo/command-center]\n",
            in: opd + "/command-center.md")
        try FileManager.default.moveItem(atPath: opd + "/command-center.md", toPath: opd + "/bantul-command-center.md")
        // Its English translation moves with it (else `translation.orphan`).
        try FileManager.default.moveItem(atPath: opd + "/command-center.en.md", toPath: opd + "/bantul-command-center.en.md")
        try replace("status: berjalan", with: "status: batal", in: opd + "/lapor-bantul.md")
        try replace("anggaran: 350000000", with: "anggaran: 999000000", in: opd + "/lapor-bantul.md")
        try replace("realisasi: 86", with: "realisasi: 91", in: opd + "/lapor-bantul.md")
        try replace("metode: realisasi-program", with: "metode: capaian-indikator", in: content + "/tinjau.yml")
        try replace("presisi: 0", with: "presisi: 2", in: content + "/tinjau.yml")
        try replace("min: 40", with: "min: 45", in: content + "/tinjau.yml")
        try replace("tahun_review: 2020", with: "tahun_review: 2021", in: content + "/tinjau.yml")
        let after = try archived()
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, bytes) in before { #expect(after[path] == bytes, "\(path) changed after the edits") }

        // The current review did change: the edits were real.
        let current = try SiteBuilder().prepare(options).files
        let now = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(current.first { $0.path == "data/tinjauan.json" }).bytes))
        #expect(now.at("/tinjauan/metode") == .string("capaian-indikator"))
        #expect(now.at("/agregat/perubahan/tahun_sebelumnya") == .number(2020))
        #expect(now.at("/agregat/riwayat/dimensi/governance/2020/persen_publikasi") == .number(68))
    }

    @Test func aSnapshotReadsBackToTheSameBytes() throws {
        let options = BuildOptions(contentDirectory: packageRoot + "/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let bytes = try SiteBuilder().snapshotBytes(options)
        let (archive, diagnostics) = ArchiveCodec.decode(bytes, path: "arsip/2020.json", year: 2020)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let read = try #require(archive)
        let again = try ArchiveCodec.encode(ReviewSnapshot(content: read.content, aggregates: read.aggregates, bodies: read.bodies))
        #expect(again == bytes)
        #expect(try SiteBuilder().snapshotBytes(options) == bytes, "two snapshots of one review differ")
    }

    /// The example's archive is what `tinjau arsip` makes of the shipped review now (re-record with
    /// TINJAU_RECORD=1 after an intended change to the review or to the snapshot format).
    @Test func theExampleArchivesTheShippedReview() throws {
        let options = BuildOptions(contentDirectory: packageRoot + "/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let bytes = try SiteBuilder().snapshotBytes(options)
        let path = packageRoot + "/examples/bantul-2021/content/arsip/2020.json"
        try Snapshot.assertFile(path, matches: bytes)
    }

    @Test func anExistingArchiveIsNeverReplacedWithoutTimpa() throws {
        let fs = memoryReview(["opd/dinas-a/satu.md": yearProgram("berjalan")])
        let first = try SiteBuilder(fileSystem: fs).archive(Self.options)
        #expect(first.path == "c/arsip/2020.json" && !first.replaced)
        try fs.write(Array("---\njudul: Diubah\ndimensi: governance\nstatus: selesai\n---\n".utf8), to: "c/opd/dinas-a/satu.md")
        let before = try fs.read("c/arsip/2020.json")
        do {
            _ = try SiteBuilder(fileSystem: fs).archive(Self.options)
            Issue.record("a second archive of 2020 was written")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.contains { $0.code == "archive.exists" && $0.severity == .error })
        }
        #expect(try fs.read("c/arsip/2020.json") == before)
        let replaced = try SiteBuilder(fileSystem: fs).archive(Self.options, overwrite: true)
        #expect(replaced.replaced)
        #expect(try fs.read("c/arsip/2020.json") != before)
    }

    @Test func theCommandArchivesOnceAndReplacesOnlyWithTimpa() throws {
        let dir = try TemporaryDirectory()
        try copyFolder(fixtures + "/mini/content", to: dir.path + "/content")
        let first = try runTinjau(["arsip", "--content", dir.path + "/content"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("diarsipkan ke \(dir.path)/content/arsip/2020.json"))
        let again = try runTinjau(["arsip", "--content", dir.path + "/content"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("error: review 2020 sudah diarsipkan") && again.stderr.contains("tinjau arsip --timpa"))
        let strict = try runTinjau(["arsip", "--content", dir.path + "/content", "--timpa", "--strict"])
        #expect(strict.status == 1, "the same-year warning stops --strict")
        let replaced = try runTinjau(["arsip", "--content", dir.path + "/content", "--timpa"])
        #expect(replaced.status == 0 && replaced.stdout.contains("diarsipkan ulang"), "\(replaced.stderr)")
    }

    // MARK: - Reading archives

    func archiveText() throws -> String {
        let fs = memoryReview(["opd/dinas-a/satu.md": yearProgram("berjalan")])
        _ = try SiteBuilder(fileSystem: fs).archive(Self.options)
        return String(decoding: try fs.read("c/arsip/2020.json"), as: UTF8.self)
    }

    func lineAndColumn(of needle: String, in text: String) -> (Int, Int) {
        let before = text[..<text.range(of: needle)!.lowerBound]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, lines.last!.count + 1)
    }

    @Test func aConflictMarkerIsASyntaxErrorAtItsLine() throws {
        var lines = try archiveText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("<<<<<<< HEAD", at: 5)
        let (archive, diagnostics) = ArchiveCodec.decode(Array(lines.joined(separator: "\n").utf8), path: "c/arsip/2020.json", year: 2020)
        #expect(archive == nil)
        let d = try #require(diagnostics.first)
        #expect(d.code == "archive.syntax")
        #expect(d.location.line == 6 && d.location.column == 1, "\(d.location)")
        #expect(d.hint?.contains("git checkout -- c/arsip/2020.json") == true)
    }

    @Test func aWrongValueIsReportedWhereItIs() throws {
        let text = try archiveText().replacingOccurrences(of: "\"status\" : \"berjalan\"", with: "\"status\" : \"jalan\"")
        let (archive, diagnostics) = ArchiveCodec.decode(Array(text.utf8), path: "c/arsip/2020.json", year: 2020)
        #expect(archive == nil)
        let d = try #require(diagnostics.first)
        #expect(d.code == "archive.structure")
        #expect(d.message.contains("programs[0].status"), "\(d.message)")
        let (line, column) = lineAndColumn(of: "\"jalan\"", in: text)
        #expect(d.location.line == line && d.location.column == column, "\(d.location) vs \(line):\(column)")
    }

    @Test func aNewerFormatAndAWrongYearAreRefused() throws {
        let text = try archiveText()
        let newer = text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 7")
        let (a, d1) = ArchiveCodec.decode(Array(newer.utf8), path: "c/arsip/2020.json", year: 2020)
        #expect(a == nil && d1.first?.code == "archive.newer")
        #expect(d1.first?.location.line == lineAndColumn(of: "\"schemaVersion\"", in: newer).0)
        let (b, d2) = ArchiveCodec.decode(Array(text.utf8), path: "c/arsip/2019.json", year: 2019)
        #expect(b == nil && d2.first?.code == "archive.year")
        #expect(d2.first?.location.line == lineAndColumn(of: "\"year\" : 2020", in: text).0)
    }

    @Test func locatorFindsValuesAndFaults() {
        let text = "{\n  \"a\" : [1, {\"b\" : \"é\", \"c\" : true}],\n  \"d\" : null\n}\n"
        #expect(JSONLocator.syntaxError(in: text) == nil)
        #expect(JSONLocator.position(of: [.key("a"), .index(1), .key("c")], in: text)! == (2, 31))
        #expect(JSONLocator.position(of: [.key("d")], in: text)! == (3, 9))
        // A missing key: the deepest part of the path that exists.
        #expect(JSONLocator.position(of: [.key("a"), .index(1), .key("zzz")], in: text)! == (2, 13))
        #expect(JSONLocator.elementPositions(of: [.key("a")], in: text).map { "\($0.line):\($0.column)" } == ["2:10", "2:13"])
        #expect(JSONLocator.syntaxError(in: "{\"a\": 1,}")?.column == 9)
        #expect(JSONLocator.syntaxError(in: "[1 2]")?.column == 4)
    }

    // MARK: - Identity across years

    /// A 2020 review archived, then edited into 2021 by `edit`, and analysed.
    func nextYear(_ first: [String: String], _ edit: (InMemoryFileSystem) throws -> Void) throws -> SiteBuilder.Analysis {
        let fs = memoryReview(first)
        _ = try SiteBuilder(fileSystem: fs).archive(Self.options)
        try fs.write(Array(minimalReview.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: 2021").utf8), to: "c/tinjau.yml")
        try edit(fs)
        return try SiteBuilder(fileSystem: fs).analyse(Self.options)
    }

    func failure(_ first: [String: String], _ edit: (InMemoryFileSystem) throws -> Void) throws -> [Diagnostic] {
        do {
            _ = try nextYear(first, edit)
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics
        }
    }

    @Test func changesFollowRenamesAndReallocation() throws {
        let analysis = try nextYear([
            "opd/dinas-a/tunda-lagi.md": yearProgram("tertunda", budget: 100),
            "opd/dinas-a/jalan.md": yearProgram("tertunda", budget: 200),
            "opd/dinas-a/lama.md": yearProgram("tertunda", budget: 300, extra: "indikator:\n  - nama: Warga\n    target: 10\n    realisasi: 2\n"),
            "opd/dinas-a/batal.md": yearProgram("tertunda", budget: 400),
            "opd/dinas-b/pindah-opd.md": yearProgram("rencana", budget: 50),
            "opd/dinas-b/hilang.md": yearProgram("berjalan", budget: 60),
        ]) { fs in
            try fs.write(Array(yearProgram("berjalan", budget: 250).utf8), to: "c/opd/dinas-a/jalan.md")
            try fs.remove("c/opd/dinas-a/lama.md")
            try fs.write(
                Array(
                    yearProgram(
                        "selesai", budget: 350, extra: "sebelumnya: [dinas-a/lama]\nindikator:\n  - nama: Warga\n    target: 10\n    realisasi: 7\n"
                    ).utf8),
                to: "c/opd/dinas-a/baru-nama.md")
            try fs.write(Array(yearProgram("batal", budget: 400).utf8), to: "c/opd/dinas-a/batal.md")
            // Dinas B is renamed Dinas C: its programme follows without a `sebelumnya` of its own.
            try fs.remove("c/opd/dinas-b/_index.md")
            try fs.remove("c/opd/dinas-b/pindah-opd.md")
            try fs.remove("c/opd/dinas-b/hilang.md")
            try fs.write(Array("---\nnama: Dinas C\nsebelumnya: [dinas-b]\n---\n".utf8), to: "c/opd/dinas-c/_index.md")
            try fs.write(Array(yearProgram("berjalan", budget: 55).utf8), to: "c/opd/dinas-c/pindah-opd.md")
            try fs.write(Array(yearProgram("rencana", budget: 70).utf8), to: "c/opd/dinas-c/benar-baru.md")
        }
        let changes = try #require(analysis.aggregates.changes)
        #expect(changes.previousYear == 2020 && changes.currentYear == 2021)
        #expect(changes.newPrograms == ["dinas-c/benar-baru"])
        #expect(changes.removed.map(\.previousID) == ["dinas-b/hilang"])
        #expect(changes.cancelled == ["dinas-a/batal"])
        #expect(
            changes.statusChanges.map { "\($0.previousID)>\($0.programID):\($0.from.rawValue)>\($0.to.rawValue)" } == [
                "dinas-a/lama>dinas-a/baru-nama:tertunda>selesai", "dinas-a/batal>dinas-a/batal:tertunda>batal",
                "dinas-a/jalan>dinas-a/jalan:tertunda>berjalan", "dinas-b/pindah-opd>dinas-c/pindah-opd:rencana>berjalan",
            ])
        #expect(changes.indicators.map { "\($0.name):\($0.before!)>\($0.after!)" } == ["Warga:2>7"])
        // Re-allocated: the budget now of each programme delayed then, unless delayed again or cancelled.
        let follow = Dictionary(uniqueKeysWithValues: changes.followUps.map { ($0.previousID, $0) })
        #expect(follow["dinas-a/jalan"]?.reallocated == 250)
        #expect(follow["dinas-a/lama"]?.reallocated == 350 && follow["dinas-a/lama"]?.programID == "dinas-a/baru-nama")
        #expect(follow["dinas-a/tunda-lagi"]?.reallocated == 0 && follow["dinas-a/tunda-lagi"]?.statusNow == .tertunda)
        #expect(follow["dinas-a/batal"]?.reallocated == 0 && follow["dinas-a/batal"]?.budgetNow == 400)
        #expect(changes.followUpTotals == .init(budgetThen: 1000, reallocated: 600, reallocatedCount: 2, stillDelayed: 1, cancelled: 1, missing: 0))
        // The history follows the renamed OPD and the renamed programme.
        let history = try #require(analysis.aggregates.history)
        #expect(history.years == [2020, 2021])
        #expect(history.opds["dinas-c"]?.map(\.key) == ["dinas-b", "dinas-c"])
        #expect(history.programs["dinas-a/baru-nama"]?.map(\.id) == ["dinas-a/lama", "dinas-a/baru-nama"])
        #expect(history.programs["dinas-c/benar-baru"] == nil)
        // The vanished programme is a warning naming the archive.
        let vanished = try #require(analysis.diagnostics.first { $0.code == "archive.program-vanished" })
        #expect(vanished.severity == .warning && vanished.location.path == "c/arsip/2020.json" && vanished.location.line > 1)
        #expect(vanished.message.contains("dinas-b/hilang") && vanished.message.contains("2020"))
        #expect(analysis.diagnostics.filter { $0.code == "archive.program-vanished" }.count == 1)
    }

    @Test func aSebelumnyaThatPointsNowhereIsAnErrorAtItsPlace() throws {
        let diagnostics = try failure(["opd/dinas-a/satu.md": yearProgram("berjalan")]) { fs in
            try fs.write(Array(yearProgram("berjalan", extra: "sebelumnya: [dinas-a/satu, dinas-a/sattu]\n").utf8), to: "c/opd/dinas-a/baru.md")
            try fs.write(Array("---\nnama: Dinas A\nsebelumnya:\n  - dinas-x\n---\n".utf8), to: "c/opd/dinas-a/_index.md")
        }
        let program = try #require(diagnostics.first { $0.code == "program.sebelumnya-unknown" })
        #expect(program.severity == .error && program.location == SourceLocation(path: "c/opd/dinas-a/baru.md", line: 6, column: 28))
        #expect(program.message.contains("dinas-a/sattu") && program.hint?.contains("dinas-a/satu") == true)
        let opd = try #require(diagnostics.first { $0.code == "opd.sebelumnya-unknown" })
        #expect(opd.location == SourceLocation(path: "c/opd/dinas-a/_index.md", line: 4, column: 5))
    }

    @Test func sebelumnyaWithoutAnyArchiveAndInTheWrongFormat() {
        let (_, diagnostics) = check(["opd/dinas-a/x.md": yearProgram("berjalan", extra: "sebelumnya: [dinas-a/lama, bukan id]\n")])
        #expect(diagnostics.contains { $0.code == "program.sebelumnya-format" && $0.location.line == 6 })
        let fs = memoryReview(["opd/dinas-a/x.md": yearProgram("berjalan", extra: "sebelumnya: [dinas-a/lama]\n")])
        do {
            _ = try SiteBuilder(fileSystem: fs).analyse(Self.options)
            Issue.record("a `sebelumnya` without any archive was accepted")
        } catch let failure as BuildFailure {
            #expect(
                failure.diagnostics.contains { $0.code == "program.sebelumnya-unknown" && $0.message.contains("belum ada review yang diarsipkan") })
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func anArchiveOfALaterYearIsAnErrorAndOfTheSameYearAWarning() throws {
        let fs = memoryReview(["opd/dinas-a/satu.md": yearProgram("berjalan")])
        _ = try SiteBuilder(fileSystem: fs).archive(Self.options)
        let same = try SiteBuilder(fileSystem: fs).analyse(Self.options)
        #expect(same.diagnostics.map(\.code) == ["archive.current-year"])
        #expect(same.aggregates.history == nil && same.archives.count == 1)
        try fs.write(Array(minimalReview.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: 2019").utf8), to: "c/tinjau.yml")
        do {
            _ = try SiteBuilder(fileSystem: fs).analyse(Self.options)
            Issue.record("an archive newer than the review was accepted")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.contains { $0.code == "archive.future" && $0.severity == .error })
        }
    }

    @Test func archivedPagesLiveUnderTheCurrentBaseURL() throws {
        let analysis = try nextYear(["opd/dinas-a/satu.md": yearProgram("berjalan")]) { fs in
            try fs.write(
                Array(
                    (minimalReview.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: 2021")
                        + "\nbase_url: https://contoh.go.id/review/\n").utf8), to: "c/tinjau.yml")
        }
        let files = try SiteRenderer(analysis).render()
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(byPath["arsip/2020/index.html"]?.contains("<link rel=\"canonical\" href=\"https://contoh.go.id/review/arsip/2020/\">") == true)
        let sitemap = try #require(byPath["sitemap.xml"])
        #expect(sitemap.contains("<loc>https://contoh.go.id/review/arsip/2020/opd/dinas-a/satu/</loc>"))
        #expect(sitemap.contains("<loc>https://contoh.go.id/review/arsip/</loc>"))
        #expect(byPath["arsip/2020/data/datapackage.json"]?.contains("\"homepage\" : \"https://contoh.go.id/review/arsip/2020/data/\"") == true)
    }

    @Test func otherFilesInTheArchiveFolderAreReported() {
        let fs = memoryReview(["arsip/catatan.json": "{}", "arsip/2020-lama.json": "{}"])
        let loaded = ContentLoader(fileSystem: fs).load(from: "c")
        #expect(loaded.diagnostics.filter { $0.code == "path.ignored" }.count == 2)
        #expect(loaded.diagnostics.allSatisfy { $0.hint?.contains("tinjau arsip") == true })
    }

    @Test func theCurrentSiteLinksToItsArchivesAndTheArchiveToTheCurrentReview() throws {
        let analysis = try nextYear(["opd/dinas-a/satu.md": yearProgram("tertunda")]) { fs in
            try fs.write(Array(yearProgram("berjalan").utf8), to: "c/opd/dinas-a/satu.md")
        }
        let files = try SiteRenderer(analysis).render()
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let home = try #require(byPath["index.html"])
        #expect(home.contains("href=\"arsip/2020/index.html\">Review 2020</a>"))
        #expect(home.contains("href=\"arsip/index.html\">Arsip</a>"))
        #expect(home.contains("href=\"temuan/perubahan/index.html\">Perubahan sejak review 2020</a>"))
        let archived = try #require(byPath["arsip/2020/opd/dinas-a/satu/index.html"])
        #expect(archived.contains("Ini adalah review tahun 2020 yang diarsipkan"))
        #expect(archived.contains("href=\"../../../../../index.html\">Lihat review terbaru</a>"))
        #expect(archived.contains("href=\"../../../../../assets/style.css\""))
        #expect(archived.contains("status-tertunda"))
        #expect(byPath["arsip/2020/data/tinjauan.json"] != nil && byPath["arsip/2020/404.html"] == nil)
        let program = try #require(byPath["opd/dinas-a/satu/index.html"])
        #expect(program.contains("Riwayat per tahun review") && program.contains("href=\"../../../arsip/2020/opd/dinas-a/satu/index.html\">2020</a>"))
    }
}
