import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The build cache (issue 14): parsed files reused by content hash, the cache file beside the
/// output, and a long-running builder's memory.
@Suite("Build cache")
struct BuildCacheTests {
    /// The parser's output for `content`, parsed with `cache`.
    static func parse(_ content: String, fileSystem: any FileSystem = LocalFileSystem(), cache: ParseCache?)
        -> (content: ReviewContent?, diagnostics: [Diagnostic])
    {
        ContentParser().parse(ContentLoader(fileSystem: fileSystem).load(from: content).files, cache: cache)
    }

    /// A file taken from the cache is the value the parser made of it, field places, body and
    /// warnings included, for every fixture review.
    @Test(arguments: [
        "content", "examples/bantul-2021/content", "Tests/TinjauKitTests/Fixtures/mini/content",
        "Tests/TinjauKitTests/Fixtures/hostile/content", "Tests/TinjauKitTests/Fixtures/galeri/tepi/content",
    ])
    func aReusedFileIsExactlyTheParsedOne(content: String) throws {
        let first = ParseCache()
        let parsed = Self.parse(content, cache: first)
        let entries = first.entries
        let second = ParseCache(previous: entries)
        let reused = Self.parse(content, cache: second)
        let original = try #require(parsed.content)
        let again = try #require(reused.content)
        #expect(second.reused == first.entries.count && second.reused > 0)
        #expect(again.programs == original.programs)
        #expect(again.opds == original.opds)
        #expect(again.pages == original.pages)
        #expect(reused.diagnostics == parsed.diagnostics)
    }

    /// With a ``SourceMemo``, a file whose settled stamp is the one recorded is not read again: the
    /// loader elides it and the input digest takes its recorded SHA-256, giving the digest a build
    /// without the memo gives (the output's marker is compared with either). A file written since,
    /// or modified too recently to tell, is read.
    @Test func unchangedFilesAreNotReadAgainWithASourceMemo() throws {
        let dir = try TemporaryDirectory()
        // Stamps settle at once here: the test sets modification times itself (the status-change
        // time, which it cannot set, is then as new as the last `age`).
        let fs = LocalFileSystem(settleSeconds: 0)
        let content = try Self.copyOfMini(in: dir)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates)
        let memo = SourceMemo()
        func elided(_ files: [SourceFile]) -> [String] { files.filter(\.isElided).map(\.path) }
        // Just written: not settled (by the default three seconds), so read every time and not recorded.
        let waiting = LocalFileSystem()
        #expect(elided(ContentLoader(fileSystem: waiting).load(from: content, known: memo).files).isEmpty)
        #expect(elided(ContentLoader(fileSystem: waiting).load(from: content, known: memo).files).isEmpty)
        #expect(memo.count == 0)
        try Self.age([content], step: 0)
        let plain = try #require(InputDigest.compute(options, fileSystem: fs))
        #expect(InputDigest.compute(options, fileSystem: fs, known: memo) == plain)
        let first = ContentLoader(fileSystem: fs).load(from: content, known: memo)
        #expect(elided(first.files).isEmpty)
        let second = ContentLoader(fileSystem: fs).load(from: content, known: memo)
        let parsedAlone = first.files.filter {
            switch $0.kind {
            case .opd, .program, .page: true
            default: false
            }
        }
        #expect(elided(second.files) == parsedAlone.map(\.path) && !parsedAlone.isEmpty)
        // An elided file carries the digests of the bytes read before.
        for (a, b) in zip(first.files, second.files) {
            #expect(a.path == b.path && a.sha256 == b.sha256 && a.sha256 == ContentHash.digest(of: a.bytes))
            #expect(b.pageDigest?.digest == PageInputs.digest(of: a).digest && b.pageDigest?.outline == PageInputs.digest(of: a).outline)
        }
        #expect(InputDigest.compute(options, fileSystem: fs, known: memo) == plain)
        // An edit (same size, same inode) is seen by its modification time once settled.
        let edited = parsedAlone[parsedAlone.count - 1].path
        var bytes = try fs.read(edited)
        bytes[bytes.count - 2] = bytes[bytes.count - 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try fs.write(bytes, to: edited)
        // The loader of the build whose input digest ran just before the edit builds what that digest
        // saw (the files it found unchanged are not stamped again); the edit wakes the next build.
        let sameBuild = ContentLoader(fileSystem: fs).load(from: content, known: memo).files
        #expect(elided(sameBuild) == parsedAlone.map(\.path))
        #expect(sameBuild.first { $0.path == edited }?.sha256 == first.files.first { $0.path == edited }?.sha256)
        // That look is used once: a later load stamps the files itself.
        #expect(!elided(ContentLoader(fileSystem: fs).load(from: content, known: memo).files).contains(edited))
        try Self.age([content], step: 1)
        let changed = try #require(InputDigest.compute(options, fileSystem: fs))
        #expect(changed != plain && InputDigest.compute(options, fileSystem: fs, known: memo) == changed)
        let third = ContentLoader(fileSystem: fs).load(from: content, known: memo)
        #expect(!elided(third.files).contains(edited))
        #expect(third.files.first { $0.path == edited }?.bytes == bytes)
        #expect(elided(ContentLoader(fileSystem: fs).load(from: content, known: memo).files) == parsedAlone.map(\.path))
        // A change of status alone (`chmod`) is a change: the file is read again.
        let other = parsedAlone[0].path
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: other)
        #expect(!elided(ContentLoader(fileSystem: fs).load(from: content, known: memo).files).contains(other))
        // A file gone from the folder is forgotten at the next input digest.
        let before = memo.count
        try fs.remove(edited)
        _ = InputDigest.compute(options, fileSystem: fs, known: memo)
        #expect(memo.count == before - 1)
        // The recorded SHA-256 gives the input digest's per-file digest.
        #expect(InputDigest.fileDigest(sha256: ContentHash.digest(of: bytes)) == InputDigest.fileDigest(bytes))
    }

    /// `tinjau serve`'s memory leaves the cache file for later: a build writes none until
    /// `saveCache()` does (the server calls it once the new site is announced), and the next build
    /// writes what the last one left before it reads anything.
    @Test func serveWritesTheCacheFileAfterTheBuild() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem(settleSeconds: 0)
        let content = try Self.copyOfMini(in: dir)
        try Self.age([content], step: 0)
        var builder = SiteBuilder(fileSystem: fs)
        builder.memory = BuildMemory(savesCacheLater: true)
        let output = dir.path + "/out"
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: output)
        let cacheFile = BuildCache.folder(for: output) + "/" + BuildCache.fileName
        func recordedBuild() -> String? { fs.isFile(cacheFile) ? BuildCache.load(for: output, fileSystem: fs).cache.pages.build : nil }
        func markedBuild() -> String? { OutputWriter.markerFields(in: output, fileSystem: fs)?["input"] }
        try builder.build(options)
        #expect(recordedBuild() == nil)
        builder.memory?.saveCache()
        let first = try #require(markedBuild())
        #expect(recordedBuild() == first)
        let program = try #require(try fs.listRecursively(content + "/opd").first { $0.kind == .file && !$0.relativePath.hasSuffix("_index.md") })
        let path = content + "/opd/" + program.relativePath
        try fs.write(try fs.read(path) + Array("\nParagraf tambahan.\n".utf8), to: path)
        try Self.age([content], step: 1)
        try builder.build(options)
        let second = try #require(markedBuild())
        #expect(second != first)
        #expect(recordedBuild() == first)
        try fs.write(try fs.read(path) + Array("\nSatu lagi.\n".utf8), to: path)
        try Self.age([content], step: 2)
        try builder.build(options)  // writes the second build's file first
        let third = markedBuild()
        #expect(third != second)
        #expect(recordedBuild() == second)
        builder.memory?.saveCache()
        #expect(recordedBuild() == third)
        // Saved once: a second call has nothing left to write.
        try fs.remove(cacheFile)
        builder.memory?.saveCache()
        #expect(!fs.isFile(cacheFile))
    }

    /// The loader reads a listing it read before as it did then (the source memo's classification),
    /// and a changed listing afresh: a file whose slug clashes with a programme's is reported, and
    /// the report is gone with the file; every load equals one without a memo.
    @Test func aListingReadBeforeIsReadAsThen() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem(settleSeconds: 0)
        let content = try Self.copyOfMini(in: dir)
        let memo = SourceMemo()
        let loader = ContentLoader(fileSystem: fs)
        func load() -> (files: [String], codes: [Diagnostic]) {
            let (files, diagnostics) = loader.load(from: content, known: memo)
            let fresh = loader.load(from: content)
            #expect(files.map(\.path) == fresh.files.map(\.path))
            #expect(files.map(\.kind) == fresh.files.map(\.kind))
            #expect(diagnostics == fresh.diagnostics)
            return (files.map(\.path), diagnostics)
        }
        let first = load()
        #expect(memo.classification(of: ContentLoader.listingDigest(of: try fs.listRecursively(content), in: content)) != nil)
        #expect(load() == first)
        try fs.write(try fs.read(content + "/opd/dinas-a/portal-data.md"), to: content + "/opd/dinas-a/Portal Data.md")
        let clashed = load()
        #expect(clashed.codes.contains { $0.code == "path.slug-clash" })
        #expect(!first.codes.contains { $0.code == "path.slug-clash" })
        try fs.remove(content + "/opd/dinas-a/Portal Data.md")
        #expect(load() == first)
    }

    /// A copy of the mini fixture's content in `dir` (`dir/content`), for a test that changes it.
    static func copyOfMini(in dir: TemporaryDirectory) throws -> String {
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        for entry in try fs.listRecursively(fixtures + "/mini/content") where entry.kind == .file {
            try fs.write(try fs.read(fixtures + "/mini/content/" + entry.relativePath), to: content + "/" + entry.relativePath)
        }
        return content
    }

    /// A copy of the mini fixture in `dir`, aged, and a builder with `tinjau serve`'s memory on a
    /// file system whose stamps settle at once, building it into `dir/out`.
    static func servedMini(in dir: TemporaryDirectory) throws -> (
        fs: LocalFileSystem, content: String, builder: SiteBuilder, options: BuildOptions
    ) {
        let fs = LocalFileSystem(settleSeconds: 0)
        let content = try copyOfMini(in: dir)
        try age([content], step: 0)
        var builder = SiteBuilder(fileSystem: fs)
        builder.memory = BuildMemory()
        return (
            fs, content, builder, BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/out")
        )
    }

    /// A `dimensi.yml` that renames one dimension and keeps the built-in elements.
    static let dimensionsFile = "governance:\n  nama: Tata Kelola Pemerintahan Bantul\n  nama_pendek: Tata Kelola\n"

    /// An elided file whose parsed value the cache does not hold (here: the dimensions changed, so
    /// every programme's key did) is read after all, and parsed.
    @Test func elidedFilesTheCacheDoesNotHoldAreReadAfterAll() throws {
        let dir = try TemporaryDirectory()
        let (fs, content, builder, options) = try Self.servedMini(in: dir)
        let first = try builder.build(options)
        // The next load leaves every OPD, programme and page file unread.
        let memo = try #require(builder.memory?.sources)
        #expect(ContentLoader(fileSystem: fs).load(from: content, known: memo).files.filter(\.isElided).count > first.programCount)
        try fs.write(Array(Self.dimensionsFile.utf8), to: content + "/dimensi.yml")
        try Self.age([content], step: 1)
        let second = try builder.build(options)
        #expect(second.programCount == first.programCount)
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        for entry in try fs.listRecursively(dir.path + "/clean") where entry.kind == .file && entry.relativePath != OutputWriter.marker {
            #expect(
                try fs.read(dir.path + "/out/" + entry.relativePath) == fs.read(dir.path + "/clean/" + entry.relativePath), "\(entry.relativePath)")
        }
    }

    /// A review of one OPD with two programmes, `satu` and `dua`, parsed into a first cache; then
    /// `satu`'s budget changed and the files parsed again through a second cache made from the first.
    static func twoBuilds() -> (
        files: [String: String], first: ParseCache, second: ParseCache, parsed: (content: ReviewContent?, diagnostics: [Diagnostic])
    ) {
        var files = [
            "c/tinjau.yml": minimalReview, "c/opd/dinas-a/_index.md": opdIndex,
            "c/opd/dinas-a/satu.md": programFile("anggaran: 1000\n"), "c/opd/dinas-a/dua.md": programFile(),
        ]
        let first = ParseCache()
        _ = parse("c", fileSystem: InMemoryFileSystem(files: files), cache: first)
        files["c/opd/dinas-a/satu.md"] = programFile("anggaran: 2000\n")
        let second = ParseCache(previous: first.entries)
        return (files, first, second, parse("c", fileSystem: InMemoryFileSystem(files: files), cache: second))
    }

    /// A changed file, or a programme read against changed dimensions, is parsed again.
    @Test func aChangedFileOrChangedDimensionsAreParsedAgain() throws {
        let (built, first, second, parsed) = Self.twoBuilds()
        var files = built
        #expect(second.reused == 2)  // the OPD and `dua`
        #expect(parsed.content?.programs.first { $0.slug == "satu" }?.budget == 2000)
        // The next build's entries: every file's, the one parsed again as now parsed.
        #expect(Set(second.entries.keys) == Set(first.entries.keys))
        func budget(_ cache: ParseCache, _ path: String) -> Int64? {
            if case .program(let program?) = cache.entries[path]?.item { return program.budget } else { return nil }
        }
        #expect(budget(second, "c/opd/dinas-a/satu.md") == 2000)
        #expect(budget(second, "c/opd/dinas-a/dua.md") == budget(first, "c/opd/dinas-a/dua.md"))
        // A file gone is not kept for the build after.
        var fewer = files
        fewer["c/opd/dinas-a/dua.md"] = nil
        let gone = ParseCache(previous: second.entries)
        _ = Self.parse("c", fileSystem: InMemoryFileSystem(files: fewer), cache: gone)
        #expect(gone.reused == 2)
        #expect(Set(gone.entries.keys) == Set(second.entries.keys).subtracting(["c/opd/dinas-a/dua.md"]))
        files["c/dimensi.yml"] = "governance:\n  nama: Tata Kelola\n"
        let third = ParseCache(previous: second.entries)
        _ = Self.parse("c", fileSystem: InMemoryFileSystem(files: files), cache: third)
        #expect(third.reused == 1)  // the OPD only: both programmes are read against the new dimensions
    }

    /// A cache carries its earlier results over whole (moved, not copied) and, for a build that
    /// failed, gives them back as it was given them: before and after carrying them over.
    @Test func aCacheGivesBackItsEarlierResultsAsTheyWere() throws {
        let (_, first, second, _) = Self.twoBuilds()
        let earlier = first.entries
        #expect(earlier.count == 3)
        let satu = try #require(second.entries["c/opd/dinas-a/satu.md"])
        #expect(satu.key != earlier["c/opd/dinas-a/satu.md"]?.key, "precondition: parsed again")
        // Carried over (keep), then given back: the earlier results, not this build's.
        let back = second.surviving()
        #expect(Set(back.keys) == Set(earlier.keys))
        for (path, entry) in earlier { #expect(back[path]?.key == entry.key, "\(path)") }
        #expect(second.entries.isEmpty)
        // Carried over by the content memo (keepEarlier) with a file parsed again and one added.
        let third = ParseCache(previous: earlier)
        third.record("c/opd/dinas-a/satu.md", satu)
        third.record("c/opd/dinas-a/baru.md", satu)
        third.keepEarlier(except: ["c/opd/dinas-a/satu.md", "c/opd/dinas-a/baru.md"])
        #expect(third.entries.count == 4)
        let given = third.surviving()
        #expect(Set(given.keys) == Set(earlier.keys))
        for (path, entry) in earlier { #expect(given[path]?.key == entry.key, "\(path)") }
        // Given back before anything was carried over: the earlier results alone.
        let fourth = ParseCache(previous: earlier)
        fourth.record("c/opd/dinas-a/baru.md", satu)
        #expect(Set(fourth.surviving().keys) == Set(earlier.keys))
    }

    /// A build of `tinjau serve` that fails takes the parsed files out of the memory and gives them
    /// back as they were: the next build parses only the file that was broken, and makes a clean build's site.
    @Test func aFailedServeBuildGivesTheParsedFilesBack() throws {
        let dir = try TemporaryDirectory()
        let (fs, content, builder, options) = try Self.servedMini(in: dir)
        try builder.build(options)
        let before = try #require(builder.memory?.cache?.parse)
        let path = content + "/opd/dinas-a/aplikasi-aduan.md"
        let original = try fs.read(path)
        try fs.write(Array("---\njudul: [tidak ditutup\n---\nTeks.\n".utf8), to: path)
        try Self.age([content], step: 1)
        #expect(throws: BuildFailure.self) { try builder.build(options) }
        let after = try #require(builder.memory?.cache?.parse)
        #expect(Set(after.keys) == Set(before.keys))
        for (file, entry) in before { #expect(after[file]?.key == entry.key, "\(file)") }
        try fs.write(original, to: path)
        try Self.age([content], step: 2)
        try builder.build(options)
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        for entry in try fs.listRecursively(dir.path + "/clean") where entry.kind == .file && entry.relativePath != OutputWriter.marker {
            #expect(
                try fs.read(dir.path + "/out/" + entry.relativePath) == fs.read(dir.path + "/clean/" + entry.relativePath), "\(entry.relativePath)")
        }
    }

    /// `tinjau serve` keeps a body across an edit of another programme's front matter (``BodyMemo``)
    /// unless the body reads the review: a chart and a live value show the new scores, written
    /// plainly or through an escape (`\{\{`, `&#123;`), and a link to a programme that is gone is an error,
    /// as in a clean build.
    @Test func serveRendersAgainTheBodiesThatReadWhatChanged() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem(settleSeconds: 0)
        let content = try Self.copyOfMini(in: dir)
        let reader = content + "/opd/dinas-b/bank-sampah.md"
        let plain = content + "/opd/dinas-a/aplikasi-aduan.md"
        let linked = content + "/opd/dinas-a/portal-data.md"
        func append(_ text: String, to path: String) throws {
            try fs.write(try fs.read(path) + Array(text.utf8), to: path)
        }
        try append("\nSkor tata kelola {{skor.governance}}, lewat escape \\{\\{skor.governance}}.\n\n```chart\ndimensi\n```\n", to: reader)
        try append("\nLihat juga [portal data](../dinas-a/portal-data.md).\n", to: plain)
        try Self.age([content], step: 0)
        var builder = SiteBuilder(fileSystem: fs)
        builder.memory = BuildMemory()
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/out")
        try builder.build(options)
        let page = dir.path + "/out/opd/dinas-b/bank-sampah/index.html"
        let first = try fs.read(page)
        // The delayed programme goes ahead: governance's score moves.
        let delayed = String(decoding: try fs.read(linked), as: UTF8.self)
        try fs.write(
            Array(
                delayed.replacingOccurrences(of: "status: tertunda", with: "status: selesai")
                    .replacingOccurrences(of: "alasan_tunda: Pandemi COVID-19\n", with: "").utf8), to: linked)
        try Self.age([content], step: 1)
        try builder.build(options)
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        for page in ["opd/dinas-b/bank-sampah/index.html", "opd/dinas-a/aplikasi-aduan/index.html"] {
            #expect(try fs.read(dir.path + "/out/" + page) == fs.read(dir.path + "/clean/" + page), "\(page)")
        }
        #expect(try fs.read(page) != first, "precondition: the scores the body shows moved")
        // The linked programme is gone: the plain body's link is broken, though its text is unchanged.
        try fs.remove(linked)
        try Self.age([content], step: 2)
        #expect {
            try builder.build(options)
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.contains { $0.code == "link.broken" && $0.location.path == plain } == true
        }
    }

    /// After an edit of a programme's text alone, `tinjau serve` takes the last build's validated
    /// content (``ContentMemo``) and parses only the edited file: its body and what its parse
    /// reports (the placeholder warning of `tinjau new`) are the new ones, the other files' results
    /// are kept in the parse cache, and the site is a clean build's. A front-matter edit is taken
    /// too, the content validated again; a file added is not.
    @Test func serveSwapsTheEditedBodiesIntoTheLastBuildsContent() throws {
        let dir = try TemporaryDirectory()
        let (fs, content, builder, options) = try Self.servedMini(in: dir)
        let first = try builder.build(options)
        let memo = try #require(builder.memory?.content)
        let cache = try #require(builder.memory?.cache)
        let edited = content + "/opd/dinas-a/portal-data.md"
        let original = try fs.read(edited)
        try fs.write(original + Array("\n\(Scaffolder.placeholderSentences[0])\n".utf8), to: edited)
        try Self.age([content], step: 1)
        let loader = ContentLoader(fileSystem: fs)
        func loaded() -> [SourceFile] { loader.load(from: content, known: builder.memory?.sources).files }
        // Straight from the memo: the edited body and its parse's warning, every other file kept.
        let files = loaded()
        let parseCache = ParseCache(previous: cache.parse, bodies: cache.parseBodies ?? BodyStore())
        let reused = try #require(
            memo.reused(
                for: files, digests: PageInputs.digests(of: files), key: ContentMemo.key(of: files, digests: PageInputs.digests(of: files)),
                cache: parseCache))
        #expect(reused.content.program(id: "dinas-a/portal-data")?.body.text.contains(Scaffolder.placeholderSentences[0]) == true)
        #expect(reused.parseDiagnostics.filter { $0.code == "program.placeholder" }.map(\.location.path) == [edited])
        #expect(Set(parseCache.entries.keys) == Set(cache.parse.keys))
        #expect(reused.content.programs.count == first.programCount)
        // Through the builder, against a clean build.
        let second = try builder.build(options)
        #expect(second.diagnostics.contains { $0.code == "program.placeholder" && $0.location.path == edited })
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        for entry in try fs.listRecursively(dir.path + "/clean") where entry.kind == .file && entry.relativePath != OutputWriter.marker {
            #expect(
                try fs.read(dir.path + "/out/" + entry.relativePath) == fs.read(dir.path + "/clean/" + entry.relativePath), "\(entry.relativePath)")
        }
        // The text back as it was: the warning goes.
        try fs.write(original, to: edited)
        try Self.age([content], step: 2)
        #expect(try !builder.build(options).diagnostics.contains { $0.code == "program.placeholder" })
        // A front-matter edit is taken from the memo too, and the content validated again whole: a
        // title that another programme of the OPD has is reported on the edited file.
        let now = try #require(builder.memory?.content)
        let other = try #require(now.content.program(id: "dinas-a/aplikasi-aduan"))
        let retitled = String(decoding: original, as: UTF8.self)
            .replacingOccurrences(of: "anggaran: 500000000", with: "anggaran: 600000000")
            .replacingOccurrences(of: "judul: Portal Data", with: "judul: " + other.title)
        #expect(retitled.contains("600000000") && retitled.contains(other.title))
        try fs.write(Array(retitled.utf8), to: edited)
        try Self.age([content], step: 3)
        let changed = loaded()
        let again = try #require(
            now.reused(
                for: changed, digests: PageInputs.digests(of: changed), key: ContentMemo.key(of: changed, digests: PageInputs.digests(of: changed)),
                cache: ParseCache(previous: cache.parse, bodies: cache.parseBodies ?? BodyStore())))
        #expect(again.content.program(id: "dinas-a/portal-data")?.budget == 600_000_000)
        #expect(again.validationDiagnostics.contains { $0.code == "program.duplicate-title" && $0.location.path == edited })
        let third = try builder.build(options)
        #expect(
            third.diagnostics.map(\.code)
                == (try SiteBuilder().build(
                    BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))).diagnostics
                .map(\.code))
        for entry in try fs.listRecursively(dir.path + "/clean") where entry.kind == .file && entry.relativePath != OutputWriter.marker {
            #expect(
                try fs.read(dir.path + "/out/" + entry.relativePath) == fs.read(dir.path + "/clean/" + entry.relativePath), "\(entry.relativePath)")
        }
        // A programme file added is not: the memo stands only for the same files.
        try fs.write(original, to: content + "/opd/dinas-a/portal-data-baru.md")
        try Self.age([content], step: 4)
        let added = loaded()
        let latest = try #require(builder.memory?.content)
        #expect(
            latest.reused(
                for: added, digests: PageInputs.digests(of: added), key: ContentMemo.key(of: added, digests: PageInputs.digests(of: added)),
                cache: ParseCache()) == nil)
    }

    /// Rebuilds with a builder's memory (as `tinjau serve` does) after each of a sequence of edits
    /// give the same bytes as a clean build of the same content.
    @Test func rebuildsWithMemoryAreByteIdenticalToCleanBuilds() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        for entry in try fs.listRecursively(fixtures + "/mini/content") where entry.kind == .file {
            try fs.write(try fs.read(fixtures + "/mini/content/" + entry.relativePath), to: content + "/" + entry.relativePath)
        }
        var builder = SiteBuilder()
        builder.memory = BuildMemory()
        let programs = try fs.listRecursively(content + "/opd").filter { $0.kind == .file && !$0.relativePath.hasSuffix("_index.md") }
            .map { content + "/opd/" + $0.relativePath }.sorted()
        let edits: [(String) -> String] = [
            { $0.replacingOccurrences(of: "status: berjalan", with: "status: selesai") },
            { $0 + "\nParagraf tambahan.\n" },
            { $0.replacingOccurrences(of: "status: selesai", with: "status: tertunda") },
        ]
        for (step, edit) in edits.enumerated() {
            let path = programs[step % programs.count]
            try fs.write(Array(edit(String(decoding: try fs.read(path), as: UTF8.self)).utf8), to: path)
            try builder.build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/serve"))
            try SiteBuilder().build(
                BuildOptions(
                    contentDirectory: content, templatesDirectory: shippedTemplates,
                    outputDirectory: dir.path + "/clean-\(step)"))
            let served = try fs.listRecursively(dir.path + "/serve").filter { $0.kind == .file }.map(\.relativePath).sorted()
            let clean = try fs.listRecursively(dir.path + "/clean-\(step)").filter { $0.kind == .file }.map(\.relativePath).sorted()
            #expect(served == clean)
            for file in clean where file != OutputWriter.marker {
                #expect(try fs.read(dir.path + "/serve/" + file) == fs.read(dir.path + "/clean-\(step)/" + file), "step \(step): \(file)")
            }
        }
    }

    /// After random edit sequences (a status, a budget, a body, a title, a new and a deleted
    /// programme, a template, and what a programme page shows of other files: an OPD's name, the
    /// review's title, another programme's title that makes two programmes similar, a translation),
    /// an incremental build gives the same bytes as a clean build, and renders only part of the
    /// site when a programme's body changed. On the mini fixture, on the 2021 example, whose 2020
    /// archive is a second site kept from build to build, and on the shipped review with its
    /// English edition.
    @Test(arguments: [
        (fixtures + "/mini/content", 1), (fixtures + "/mini/content", 2), (fixtures + "/mini/content", 3),
        ("examples/bantul-2021/content", 4), ("content", 5),
    ])
    func incrementalBuildsAfterRandomEditsAreByteIdenticalToCleanBuilds(source: String, seed: UInt64) throws {
        try randomEdits(source: source, seed: seed, serve: false)
    }

    /// The same with one builder's memory across the builds, as `tinjau serve` keeps it, the files
    /// aged between builds so that the loader leaves unchanged ones unread (``SourceMemo``): the
    /// site is still byte-identical to a clean build's after every edit.
    @Test(arguments: [(fixtures + "/mini/content", 6), ("examples/bantul-2021/content", 7), ("content", 8)])
    func rebuildsOfServeAfterRandomEditsAreByteIdenticalToCleanBuilds(source: String, seed: UInt64) throws {
        try randomEdits(source: source, seed: seed, serve: true)
    }

    /// Gives every file below `roots` modified in the last minute (just written) the modification
    /// time `base` + `step` seconds, `base` long past: settled (``FileSystem/settledStamp(_:)``),
    /// and different from the time any earlier step gave.
    static func age(_ roots: [String], step: Int, base: Date = Date(timeIntervalSinceNow: -100_000)) throws {
        let fs = LocalFileSystem()
        for root in roots {
            for entry in try fs.listRecursively(root) where entry.kind == .file {
                let path = root + "/" + entry.relativePath
                let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
                if let modified, modified.timeIntervalSinceNow > -60 {
                    try FileManager.default.setAttributes([.modificationDate: base.addingTimeInterval(Double(step))], ofItemAtPath: path)
                }
            }
        }
    }

    private func randomEdits(source: String, seed: UInt64, serve: Bool) throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        let templates = dir.path + "/templates"
        for (from, to) in [(source, content), (shippedTemplates, templates)] {
            for entry in try fs.listRecursively(from) where entry.kind == .file {
                try fs.write(try fs.read(from + "/" + entry.relativePath), to: to + "/" + entry.relativePath)
            }
        }
        var random = SeededRandom(seed: seed)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: dir.path + "/output")
        var builder = SiteBuilder()
        if serve {
            // Stamps settle at once: `age` gives every written file a modification time of its own.
            builder = SiteBuilder(fileSystem: LocalFileSystem(settleSeconds: 0))
            builder.memory = BuildMemory()
            try Self.age([content, templates], step: 0)
        }
        let first = try builder.build(options)
        #expect(first.pagesKept == 0)
        func files(_ include: (String) -> Bool) throws -> [String] {
            try fs.listRecursively(content + "/opd").filter { $0.kind == .file && include($0.relativePath) }
                .map { content + "/opd/" + $0.relativePath }.sorted()
        }
        func isTranslation(_ path: String) -> Bool { path.hasSuffix(".en.md") }
        func programs() throws -> [String] { try files { !$0.hasSuffix("/_index.md") && !isTranslation($0) && !$0.hasSuffix("_index.en.md") } }
        func text(_ path: String) throws -> String { String(decoding: try fs.read(path), as: UTF8.self) }
        func retitle(_ path: String, _ title: String) throws {
            let lines = try text(path).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("judul: ") ? "judul: " + title : String($0) }
            try fs.write(Array(lines.joined(separator: "\n").utf8), to: path)
        }
        let edits: [(String, () throws -> Void)] = [
            (
                "body",
                {
                    let p = try programs().randomElement(using: &random)!
                    try fs.write(Array((try text(p) + "\nTambahan.\n").utf8), to: p)
                }
            ),
            (
                "status",
                {
                    let p = try programs().randomElement(using: &random)!
                    let t = try text(p)
                    let next =
                        t.contains("status: berjalan")
                        ? t.replacingOccurrences(of: "status: berjalan", with: "status: tertunda")
                        : t.replacingOccurrences(of: "status: [a-z]+", with: "status: berjalan", options: .regularExpression)
                    try fs.write(Array(next.utf8), to: p)
                }
            ),
            (
                "title",
                {
                    let p = try programs().randomElement(using: &random)!
                    try fs.write(Array(try text(p).replacingOccurrences(of: "judul: ", with: "judul: Baru ").utf8), to: p)
                }
            ),
            (
                "new",
                {
                    let p = try programs().randomElement(using: &random)!
                    try fs.write(try fs.read(p), to: p.replacingOccurrences(of: ".md", with: "-salinan-\(random.next() % 1000).md"))
                }
            ),
            (
                "delete",
                {
                    let all = try programs()
                    if all.count > 3 {
                        let p = all.randomElement(using: &random)!
                        try fs.remove(p)
                        try fs.remove(String(p.dropLast(3)) + ".en.md")  // its translation, if any
                    }
                }
            ),
            (
                "template",
                {
                    let p = templates + "/partials/footer.mustache"
                    if fs.isFile(p) { try fs.write(Array((try text(p) + "\n").utf8), to: p) }
                }
            ),
            (
                "partial",
                {
                    // The OPD, dimension and list pages' programme table: programme pages do not use it.
                    let p = templates + "/partials/program-table.mustache"
                    try fs.write(Array((try text(p) + "<!-- \(random.next() % 1000) -->\n").utf8), to: p)
                }
            ),
            (
                "programme template",
                {
                    let p = templates + "/program.mustache"
                    try fs.write(Array((try text(p) + "<!-- \(random.next() % 1000) -->\n").utf8), to: p)
                }
            ),
            (
                "language file",
                {
                    // A text every page shows (the header's skip link) changes in the Indonesian file.
                    let p = templates + "/i18n/id.yml"
                    let before = "langsung_ke_isi: Langsung ke isi"
                    try fs.write(Array(try text(p).replacingOccurrences(of: before, with: before + " utama").utf8), to: p)
                }
            ),
            (
                "OPD name",
                {
                    let p = try files { $0.hasSuffix("/_index.md") }.randomElement(using: &random)!
                    try fs.write(Array(try text(p).replacingOccurrences(of: "nama: ", with: "nama: Baru ").utf8), to: p)
                }
            ),
            (
                "review title",
                {
                    let p = content + "/tinjau.yml"
                    try fs.write(Array(try text(p).replacingOccurrences(of: "judul: ", with: "judul: Baru ").utf8), to: p)
                }
            ),
            (
                "similar",
                {
                    // One programme takes another's title: both now overlap, and so do the pages that list them.
                    let all = try programs()
                    let source = all.randomElement(using: &random)!
                    let title = try text(source).split(separator: "\n").first { $0.hasPrefix("judul: ") }?.dropFirst(7) ?? "Program"
                    try retitle(all.randomElement(using: &random)!, String(title) + " Bantul")
                }
            ),
            (
                "translation",
                {
                    if let p = try files(isTranslation).filter({ !$0.hasSuffix("_index.en.md") }).randomElement(using: &random) {
                        try fs.write(Array((try text(p) + "\nMore text.\n").utf8), to: p)
                    }
                }
            ),
        ]
        for step in 0..<6 {
            let (name, edit) = edits.randomElement(using: &random)!
            try edit()
            if serve { try Self.age([content, templates], step: step + 1) }
            try builder.build(options)
            try SiteBuilder().build(
                BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: dir.path + "/clean-\(step)"))
            let built = try fs.listRecursively(dir.path + "/output").filter { $0.kind == .file }.map(\.relativePath).sorted()
            let clean = try fs.listRecursively(dir.path + "/clean-\(step)").filter { $0.kind == .file }.map(\.relativePath).sorted()
            #expect(built == clean, "step \(step) (\(name))")
            for file in clean where file != OutputWriter.marker {
                #expect(try fs.read(dir.path + "/output/" + file) == fs.read(dir.path + "/clean-\(step)/" + file), "step \(step) (\(name)): \(file)")
            }
            try fs.remove(dir.path + "/clean-\(step)")
        }
        // A body edit alone changes the programme's page and the pages that quote its first paragraph.
        try edits[0].1()
        if serve {
            // The loader reads the edited file alone: every other was read before under the same stamp.
            try Self.age([content, templates], step: 100)
            let memo = try #require(builder.memory?.sources)
            let loaded = ContentLoader(fileSystem: LocalFileSystem(settleSeconds: 0)).load(from: content, known: memo)
            let read = loaded.files.filter { !$0.isElided }.filter {
                switch $0.kind {
                case .opd, .program, .page: true
                default: false
                }
            }
            #expect(read.count == 1, "\(read.map(\.path))")
        }
        let report = try builder.build(options)
        #expect(report.pagesKept > 0 && report.pagesKept < report.pagesWritten, "\(report.pagesKept) of \(report.pagesWritten)")
        // Most programme pages are kept by their inputs' key alone, without a view model.
        #expect(report.pagesKeptByInputs > 0 && report.pagesKeptByInputs <= report.pagesKept, "\(report.pagesKeptByInputs)")
    }

    /// A partial that programme pages do not use (the programme table of the OPD, dimension and list
    /// pages) changes: every programme page is kept by its inputs' key, without a view model, the
    /// data files are kept, and the site is that of a clean build.
    @Test func aPartialTheProgrammePagesDoNotUseKeepsThemByTheirKey() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        let templates = dir.path + "/templates"
        for (from, to) in [(fixtures + "/mini/content", content), (shippedTemplates, templates)] {
            for entry in try fs.listRecursively(from) where entry.kind == .file {
                try fs.write(try fs.read(from + "/" + entry.relativePath), to: to + "/" + entry.relativePath)
            }
        }
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: dir.path + "/output")
        let first = try SiteBuilder().build(options)
        let firstRecords = BuildCache.load(for: dir.path + "/output", fileSystem: fs).cache.pages
        let (stamps, outline, dataOutline) = (firstRecords.stamps, firstRecords.outline, firstRecords.dataOutline)
        #expect(!dataOutline.isEmpty)
        let partial = templates + "/partials/program-table.mustache"
        try fs.write(try fs.read(partial) + Array("<!-- diubah -->\n".utf8), to: partial)
        let report = try SiteBuilder().build(options)
        #expect(
            report.pagesKeptByInputs == first.programCount,
            "\(report.pagesKeptByInputs) of \(first.programCount); kept \(report.pagesKept) of \(report.pagesWritten)")
        #expect(report.pagesKept < report.pagesWritten, "\(report.pagesKept) of \(report.pagesWritten)")
        // The data files use no template: their outline is the same, so they are kept unmade.
        let records = BuildCache.load(for: dir.path + "/output", fileSystem: fs).cache.pages
        #expect(!records.data.isEmpty && records.data.allSatisfy { records.stamps[$0] == stamps[$0] })
        #expect(records.dataOutline == dataOutline && records.outline != outline)
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: dir.path + "/clean"))
        for entry in try fs.listRecursively(dir.path + "/clean") where entry.kind == .file && entry.relativePath != OutputWriter.marker {
            #expect(
                try fs.read(dir.path + "/output/" + entry.relativePath) == fs.read(dir.path + "/clean/" + entry.relativePath), "\(entry.relativePath)"
            )
        }
    }

    /// A build with nothing changed stops before parsing even when the last build had warnings (a
    /// review of 100 000 programmes with one duplicate title took 27 s instead of 3), and reports
    /// those warnings again, as the build that found them did; with `--strict` it fails on them.
    @Test func aBuildWithNothingChangedReportsTheRecordedWarnings() throws {
        let dir = try TemporaryDirectory()
        let options = BuildOptions(
            contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output")
        let first = try SiteBuilder().build(options)
        let warnings = first.diagnostics.filter { $0.severity == .warning }
        #expect(!warnings.isEmpty, "the mini fixture has warnings")
        let again = try SiteBuilder().build(options)
        #expect(again.content == nil, "the build did not stop before parsing")
        #expect(again.diagnostics == warnings)
        #expect(again.written?.written == 0)
        #expect(throws: BuildFailure.self) { try SiteBuilder().build(options, failOnWarnings: true) }
        // A cache whose warnings are not those the marker counts is not trusted: the build runs.
        let cacheFile = BuildCache.folder(for: options.outputDirectory) + "/" + BuildCache.fileName
        var cache = BuildCache.load(for: options.outputDirectory, fileSystem: LocalFileSystem()).cache
        cache.warnings.removeLast()
        cache.save(for: options.outputDirectory, fileSystem: LocalFileSystem())
        #expect(LocalFileSystem().isFile(cacheFile))
        let full = try SiteBuilder().build(options)
        #expect(full.content != nil)
        #expect(full.diagnostics.filter { $0.severity == .warning } == warnings)
    }

    /// A page edited by hand in the output is made again by the next build that runs, though its
    /// template and view model did not change: the record holds each file's stamp.
    @Test func aPageEditedByHandInTheOutputIsRenderedAgain() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        for entry in try fs.listRecursively(fixtures + "/mini/content") where entry.kind == .file {
            try fs.write(try fs.read(fixtures + "/mini/content/" + entry.relativePath), to: content + "/" + entry.relativePath)
        }
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output")
        try SiteBuilder().build(options)
        let page = dir.path + "/output/metodologi/index.html"
        let original = try fs.read(page)
        try fs.write(original + Array("<!-- diubah -->".utf8), to: page)
        // Another input changes, so that the build runs.
        let program = try #require(
            try fs.listRecursively(content + "/opd").first { $0.kind == .file && !$0.relativePath.hasSuffix("_index.md") })
        let path = content + "/opd/" + program.relativePath
        try fs.write(try fs.read(path) + Array("\nTambahan.\n".utf8), to: path)
        let report = try SiteBuilder().build(options)
        #expect(report.pagesKept > 0)
        #expect(try fs.read(page) == original)
    }

    /// The cache file beside the output carries a checksum; a changed byte is noticed and the
    /// cache ignored with a note, and the site is built as without it.
    @Test func aCorruptedCacheIsIgnoredWithANote() throws {
        let dir = try TemporaryDirectory()
        let options = BuildOptions(
            contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates,
            outputDirectory: dir.path + "/output")
        try SiteBuilder().build(options)
        let path = dir.path + "/.output.tinjau-cache/cache.txt"
        let fs = LocalFileSystem()
        var bytes = try fs.read(path)
        #expect(String(decoding: bytes.prefix(13), as: UTF8.self) == "tinjau-cache ")
        bytes[bytes.count - 3] ^= 1
        try fs.write(bytes, to: path)
        let report = try SiteBuilder().build(options, force: true)
        let ignored = DiagnosticCode.cacheIgnored.rawValue
        #expect(report.diagnostics.filter { $0.code == ignored }.count == 1)
        // The build wrote a good cache again.
        #expect(try SiteBuilder().build(options, force: true).diagnostics.allSatisfy { $0.code != ignored })
    }
}

/// SplitMix64: a small seeded generator, so that a failing edit sequence can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The writer's two ways of putting a site in place (``OutputWriter/Session``).
@Suite("Writing a site in place or through staging")
struct InPlaceWritingTests {
    static func session(_ fs: any FileSystem) throws -> OutputWriter.Session {
        try OutputWriter.Session(writer: OutputWriter(fileSystem: fs), root: "out")
    }

    static func site(_ pages: [String: String]) -> [OutputFile] {
        pages.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, bytes: Array($0.value.utf8)) }
    }

    /// A few changed files are replaced in place; the unchanged ones keep their inode; a page that
    /// is gone is removed with the folders it leaves empty; no staging folder is made.
    @Test func aSmallChangeIsWrittenInPlace() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let root = dir.path + "/out"
        let first = Self.site(["index.html": "a", "opd/x/index.html": "x", "opd/y/p/index.html": "p", "data/a.csv": "1"])
        _ = try OutputWriter(fileSystem: fs).write(first, to: root)
        let inode = try FileManager.default.attributesOfItem(atPath: root + "/opd/x/index.html")[.systemFileNumber] as? Int
        let second = Self.site(["index.html": "b", "opd/x/index.html": "x", "data/a.csv": "1", "baru/index.html": "n"])
        let report = try OutputWriter(fileSystem: fs).write(second, to: root)
        #expect((report.written, report.unchanged, report.removed) == (2, 2, 1))
        #expect(try FileManager.default.attributesOfItem(atPath: root + "/opd/x/index.html")[.systemFileNumber] as? Int == inode)
        #expect(String(decoding: try fs.read(root + "/index.html"), as: UTF8.self) == "b")
        #expect(!fs.isDirectory(root + "/opd/y"))
        #expect(fs.isDirectory(root + "/opd/x"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["out"])
        let files = try fs.listRecursively(root).filter { $0.kind == .file }.map(\.relativePath).sorted()
        #expect(files == [".tinjau-output", "baru/index.html", "data/a.csv", "index.html", "opd/x/index.html"])
    }

    /// More changed files than ``OutputWriter/Session/inPlaceLimit`` go through staging: the site
    /// is swapped in whole, and unchanged files are still the same inodes.
    @Test func aLargeChangeGoesThroughStaging() throws {
        let fs = InMemoryFileSystem()
        var pages: [String: String] = [:]
        for n in 0..<(OutputWriter.Session.inPlaceLimit + 10) { pages["p\(n)/index.html"] = "v1 \(n)" }
        pages["tetap/index.html"] = "sama"
        _ = try OutputWriter(fileSystem: fs).write(Self.site(pages), to: "out")
        for key in pages.keys where key != "tetap/index.html" { pages[key] = pages[key]! + " v2" }
        let report = try OutputWriter(fileSystem: fs).write(Self.site(pages), to: "out")
        #expect(report.written == OutputWriter.Session.inPlaceLimit + 10 && report.unchanged == 1)
        #expect(fs.snapshot(under: "out")["p3/index.html"] == "v1 3 v2")
        #expect(!fs.isDirectory(".out.tinjau-baru") && !fs.isDirectory(".out.tinjau-lama"))
    }

    /// The chunked comparison the writer uses for unchanged files: equal, a prefix, longer,
    /// one byte different past the first chunk, missing.
    @Test func comparingAFileInChunks() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try fs.write(bytes, to: dir.path + "/f")
        #expect(fs.hasContents(dir.path + "/f", equalTo: bytes))
        #expect(!fs.hasContents(dir.path + "/f", equalTo: Array(bytes.dropLast())))
        #expect(!fs.hasContents(dir.path + "/f", equalTo: bytes + [0]))
        var changed = bytes
        changed[150_000] &+= 1
        #expect(!fs.hasContents(dir.path + "/f", equalTo: changed))
        #expect(!fs.hasContents(dir.path + "/missing", equalTo: []))
    }

    /// A write that fails half-way through an in-place finish (after the new files were written
    /// beside the old ones, while renaming them) leaves a marker without a record of the inputs,
    /// says the site is partly updated, and leaves no temporary file: the next build is a full one.
    @Test func anInterruptedInPlaceWriteIsNeverTakenForAFinishedOne() throws {
        let memory = InMemoryFileSystem(files: [:])
        _ = try OutputWriter(fileSystem: memory).write(Self.site(["a/index.html": "1", "b/index.html": "2"]), to: "out")
        // Writing the new files beside the old ones succeeds; renaming them into place fails.
        let failing = FailingFileSystem(base: memory, failMove: true)
        let session = try Self.session(failing)
        session.markerFields = ["input": "abc"]
        for file in Self.site(["a/index.html": "1 baru", "b/index.html": "2 baru"]) { try session.add(file) }
        let failure = #expect(throws: BuildFailure.self) { try session.finish() }
        #expect(failure?.diagnostics.first?.message.contains("sebagian") == true)
        #expect(OutputWriter.markerFields(in: "out", fileSystem: memory)?["input"] == "-")
        #expect(!memory.snapshot(under: "out").keys.contains { $0.hasSuffix(".tinjau-tmp") })
    }
}
