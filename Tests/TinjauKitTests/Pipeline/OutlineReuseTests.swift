import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The outline of a build's inputs (``PageInputs/outline``): every input but the programmes'
/// bodies. When it is unchanged, a rebuild keeps every page but the edited programme's and every
/// data file, without building a view model or an export (issue 14).
@Suite("Outline reuse")
struct OutlineReuseTests {
    /// Where the front matter ends, as bytes: the parser's rule (a first line `---`, up to the next
    /// `---` or `...`), hand-counted.
    @Test(arguments: [
        ("---\na: 1\n---\nbody\n", 13),
        ("---\r\na: 1\r\n---\r\nbody", 16),
        ("---\na: 1\n...\nb", 13),
        ("--- \na\n---  \nx", 13),
        ("---\na\n---", 9),
        ("---\na\n---\nx\n---\ny", 10),
        ("---\n---\nbody", 8),
    ])
    func frontMatterEndsAtTheFirstClosingFence(text: String, length: Int) {
        #expect(PageInputs.frontMatterLength(Array(text.utf8)) == length)
    }

    /// A file the byte scan cannot read the way the parser does is taken whole: its outline is its
    /// digest, so an edit anywhere in it counts as an edit to its front matter.
    @Test(arguments: ["---\na: 1\n", "\u{FEFF}---\na\n---\nx", "a: 1\n---\nx", "---\ra\r---\rx", ""])
    func aFileWithoutAFrontMatterTheScanCanFindIsTakenWhole(text: String) {
        #expect(PageInputs.frontMatterLength(Array(text.utf8)) == nil)
    }

    /// On every programme file of the fixtures and the shipped review, the bytes after the cut are
    /// the body the parser reads: the cut is never earlier than the parser's.
    @Test func theCutIsTheParsersOnEveryFixture() throws {
        let fs = LocalFileSystem()
        var checked = 0
        for root in [fixtures + "/mini/content", fixtures + "/e2e", packageRoot + "/content", packageRoot + "/examples/bantul-2021/content"] {
            guard fs.isDirectory(root) else { continue }
            for entry in try fs.listRecursively(root) where entry.kind == .file && entry.relativePath.hasSuffix(".md") {
                let bytes = try fs.read(root + "/" + entry.relativePath)
                guard !bytes.contains(0x0D), case .success(let source) = SourceText.decode(bytes, path: entry.relativePath),
                    case .success(let document) = FrontMatterSplitter.split(source)
                else { continue }
                let length = try #require(PageInputs.frontMatterLength(bytes), "\(entry.relativePath)")
                #expect(String(decoding: bytes[length...], as: UTF8.self) == document.body, "\(entry.relativePath)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    /// A copy of the mini fixture and the shipped theme in a temporary folder.
    static func project() throws -> (TemporaryDirectory, BuildOptions) {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        for entry in try fs.listRecursively(fixtures + "/mini/content") where entry.kind == .file {
            try fs.write(try fs.read(fixtures + "/mini/content/" + entry.relativePath), to: dir.path + "/content/" + entry.relativePath)
        }
        let options = BuildOptions(
            contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output")
        return (dir, options)
    }

    /// Every file of `folder` with its bytes, the marker left out.
    static func files(_ folder: String) throws -> [String: [UInt8]] {
        let fs = LocalFileSystem()
        var result: [String: [UInt8]] = [:]
        for entry in try fs.listRecursively(folder) where entry.kind == .file && entry.relativePath != OutputWriter.marker {
            result[entry.relativePath] = try fs.read(folder + "/" + entry.relativePath)
        }
        return result
    }

    /// A body edit (here one that adds a thematic break `---`, which must not be taken for a fence)
    /// keeps every page but the programme's, all kept by their inputs, and every data file untouched
    /// (same stamp); the output is the clean build's.
    @Test func aBodyEditKeepsEveryOtherPageAndTheDataFiles() throws {
        let (dir, options) = try Self.project()
        let fs = LocalFileSystem()
        let first = try SiteBuilder().build(options)
        let dataFiles = try fs.listRecursively(options.outputDirectory + "/data").filter { $0.kind == .file }.map { "data/" + $0.relativePath }
        #expect(!dataFiles.isEmpty)
        let stamps = dataFiles.map { fs.stamp(options.outputDirectory + "/" + $0) }
        let program = options.contentDirectory + "/opd/dinas-a/aplikasi-aduan.md"
        try fs.write(try fs.read(program) + Array("\n---\n\nParagraf baru setelah garis.\n".utf8), to: program)
        let second = try SiteBuilder().build(options)
        #expect(second.pagesKept == first.pagesWritten - 1)
        #expect(second.pagesKeptByInputs == second.pagesKept)
        #expect(second.written?.written == 1)
        #expect(dataFiles.map { fs.stamp(options.outputDirectory + "/" + $0) } == stamps)
        try SiteBuilder().build(
            BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.files(options.outputDirectory) == Self.files(dir.path + "/clean"))
        let page = String(decoding: try fs.read(options.outputDirectory + "/opd/dinas-a/aplikasi-aduan/index.html"), as: UTF8.self)
        #expect(page.contains("Paragraf baru setelah garis."))
        try Self.expectRecordsDescribe(options.outputDirectory, asClean: dir.path + "/clean")
        // A page edited by hand is rendered again beside the edited programme's; the records still
        // describe the output as it is.
        let home = options.outputDirectory + "/index.html"
        try fs.write(try fs.read(home) + Array("<!-- tangan -->".utf8), to: home)
        try fs.write(try fs.read(program) + Array("\nKalimat lain.\n".utf8), to: program)
        let third = try SiteBuilder().build(options)
        #expect(third.written?.written == 2)
        try? fs.remove(dir.path + "/clean")
        try SiteBuilder().build(
            BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.files(options.outputDirectory) == Self.files(dir.path + "/clean"))
        try Self.expectRecordsDescribe(options.outputDirectory, asClean: dir.path + "/clean")
    }

    /// The page records beside `output` (kept pages' carried over from the build before) are those
    /// a clean build of the same inputs into `clean` made (fingerprints, keys, data files), and each
    /// recorded stamp is the output file's stamp now.
    static func expectRecordsDescribe(_ output: String, asClean clean: String) throws {
        let fs = LocalFileSystem()
        let records = BuildCache.load(for: output, fileSystem: fs).cache.pages
        let fresh = BuildCache.load(for: clean, fileSystem: fs).cache.pages
        #expect(!records.fingerprints.isEmpty)
        #expect(records.fingerprints == fresh.fingerprints)
        #expect(records.keys == fresh.keys)
        #expect(records.data == fresh.data)
        #expect(Set(records.stamps.keys) == Set(records.fingerprints.keys).union(records.data))
        for (path, stamp) in records.stamps { #expect(fs.stamp(output + "/" + path) == stamp, "\(path)") }
    }

    /// An edit to the front matter (the summary, which the lists show) changes the outline: the
    /// data files are made again and the pages that show the summary are rendered again, and the
    /// output is still the clean build's. Then a body edit on top of it keeps the new lists.
    @Test func aFrontMatterEditChangesTheOutline() throws {
        let (dir, options) = try Self.project()
        let fs = LocalFileSystem()
        try SiteBuilder().build(options)
        let program = options.contentDirectory + "/opd/dinas-b/bank-sampah.md"
        let text = String(decoding: try fs.read(program), as: UTF8.self)
        let edited = text.replacingOccurrences(of: "judul: ", with: "judul: Perluasan ")
        #expect(edited != text)
        try fs.write(Array(edited.utf8), to: program)
        let second = try SiteBuilder().build(options)
        #expect(second.written.map { $0.written > 2 } == true)
        try SiteBuilder().build(
            BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.files(options.outputDirectory) == Self.files(dir.path + "/clean"))
        try fs.write(Array((edited + "\nTambahan.\n").utf8), to: program)
        let third = try SiteBuilder().build(options)
        #expect(third.written?.written == 1)
        #expect(try String(decoding: fs.read(options.outputDirectory + "/program/index.html"), as: UTF8.self).contains("Perluasan"))
    }

    /// With a builder's memory (serve), a body edit takes the scores from memory; a status edit makes
    /// them again. Both give the clean build's bytes.
    @Test func serveTakesTheScoresFromMemoryWhileTheOutlineIsUnchanged() throws {
        let (dir, options) = try Self.project()
        let fs = LocalFileSystem()
        var builder = SiteBuilder()
        builder.memory = BuildMemory()
        try builder.build(options)
        let outline = try #require(builder.memory?.aggregated?.outline)
        let program = options.contentDirectory + "/opd/dinas-a/portal-data.md"
        let text = String(decoding: try fs.read(program), as: UTF8.self)
        try fs.write(Array((text + "\nTambahan.\n").utf8), to: program)
        try builder.build(options)
        #expect(builder.memory?.aggregated?.outline == outline)
        let status =
            text.contains("status: berjalan")
            ? text.replacingOccurrences(of: "status: berjalan", with: "status: tertunda")
            : text.replacingOccurrences(of: "status: [a-z]+", with: "status: berjalan", options: .regularExpression)
        try fs.write(Array(status.utf8), to: program)
        try builder.build(options)
        #expect(builder.memory?.aggregated?.outline != outline)
        try SiteBuilder().build(
            BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.files(options.outputDirectory) == Self.files(dir.path + "/clean"))
    }

    /// With a builder's memory, a body edit renders that body alone (the others come from the memo),
    /// and a template edit is built from the changed theme, not the memo's; both give the clean
    /// build's bytes.
    @Test func serveTakesBodiesAndTheThemeFromMemoryOnlyWhileTheyAreUnchanged() throws {
        let (dir, options) = try Self.project()
        let fs = LocalFileSystem()
        let templates = dir.path + "/templates"
        for entry in try fs.listRecursively(shippedTemplates) where entry.kind == .file {
            try fs.write(try fs.read(shippedTemplates + "/" + entry.relativePath), to: templates + "/" + entry.relativePath)
        }
        let served = BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: templates, outputDirectory: options.outputDirectory)
        var builder = SiteBuilder()
        builder.memory = BuildMemory()
        try builder.build(served)
        let program = options.contentDirectory + "/opd/dinas-a/aplikasi-aduan.md"
        try fs.write(try fs.read(program) + Array("\nParagraf dari memori.\n".utf8), to: program)
        try builder.build(served)
        let layout = templates + "/layout.mustache"
        let text = String(decoding: try fs.read(layout), as: UTF8.self)
        try fs.write(Array(text.replacingOccurrences(of: "</body>", with: "<p>catatan kaki baru</p>\n</body>").utf8), to: layout)
        try builder.build(served)
        try SiteBuilder().build(
            BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: templates, outputDirectory: dir.path + "/clean"))
        let built = try Self.files(options.outputDirectory)
        #expect(built == (try Self.files(dir.path + "/clean")))
        #expect(String(decoding: built["index.html"] ?? [], as: UTF8.self).contains("catatan kaki baru"))
        #expect(String(decoding: built["opd/dinas-a/aplikasi-aduan/index.html"] ?? [], as: UTF8.self).contains("Paragraf dari memori."))
    }

    /// The page records survive their line format: read back, they are the records written; a value
    /// holding a tab or a line break is never written.
    @Test func pageRecordsReadBackAsWritten() throws {
        func digest(_ text: String) -> Digest { ContentHash.digest(of: Array(text.utf8)) }
        let records = PageRecords(
            build: "abc", fingerprints: ["index.html": digest("f1"), "opd/a/index.html": digest("f2")],
            stamps: ["index.html": "1 2 3.4", "data/x.csv": "5 6 7.8"], keys: ["opd/a/index.html": digest("k")], outline: "o",
            dataOutline: "do", programs: ["a/p": digest("d")], data: ["data/x.csv"])
        let lines = try #require(records.lines())
        let read = try #require(PageRecords(lines: lines.split(separator: 0x0A, omittingEmptySubsequences: false)))
        #expect(read == records)
        var bad = records
        bad.fingerprints["a\tb"] = digest("x")
        #expect(bad.lines() == nil)
        #expect(PageRecords(lines: [ArraySlice(Array("halaman\tx".utf8))]) == nil)
        // A digest that is not 64 hexadecimal digits makes the records unreadable, not a wrong record.
        let text = String(decoding: lines, as: UTF8.self)
        let cut = text.replacingOccurrences(of: digest("f1").hex, with: String(digest("f1").hex.dropLast()))
        #expect(PageRecords(lines: Array(cut.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)) == nil)
    }

    /// A data file edited by hand in the output is made again even though the outline is unchanged.
    @Test func aDataFileEditedByHandIsMadeAgain() throws {
        let (dir, options) = try Self.project()
        let fs = LocalFileSystem()
        try SiteBuilder().build(options)
        let data = try #require(
            try fs.listRecursively(options.outputDirectory + "/data").first { $0.kind == .file && $0.relativePath.hasSuffix(".csv") })
        let path = options.outputDirectory + "/data/" + data.relativePath
        try fs.write(Array("diubah\n".utf8), to: path)
        let program = options.contentDirectory + "/opd/dinas-a/aplikasi-aduan.md"
        try fs.write(try fs.read(program) + Array("\nTambahan.\n".utf8), to: program)
        try SiteBuilder().build(options)
        try SiteBuilder().build(
            BuildOptions(contentDirectory: options.contentDirectory, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.files(options.outputDirectory) == Self.files(dir.path + "/clean"))
    }
}
