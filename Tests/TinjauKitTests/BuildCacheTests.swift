import Foundation
import Testing

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
        // Through JSON too: the entries must survive an encoding (the format `Codable` gives them).
        let entries = try JSONDecoder().decode([String: ParseCache.Entry].self, from: JSONEncoder().encode(first.entries))
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

    /// A changed file, or a programme read against changed dimensions, is parsed again.
    @Test func aChangedFileOrChangedDimensionsAreParsedAgain() throws {
        var files = [
            "c/tinjau.yml": minimalReview, "c/opd/dinas-a/_index.md": opdIndex,
            "c/opd/dinas-a/satu.md": programFile("anggaran: 1000\n"), "c/opd/dinas-a/dua.md": programFile(),
        ]
        let first = ParseCache()
        _ = Self.parse("c", fileSystem: InMemoryFileSystem(files: files), cache: first)
        files["c/opd/dinas-a/satu.md"] = programFile("anggaran: 2000\n")
        let second = ParseCache(previous: first.entries)
        let parsed = Self.parse("c", fileSystem: InMemoryFileSystem(files: files), cache: second)
        #expect(second.reused == 2)  // the OPD and `dua`
        #expect(parsed.content?.programs.first { $0.slug == "satu" }?.budget == 2000)
        files["c/dimensi.yml"] = "governance:\n  nama: Tata Kelola\n"
        let third = ParseCache(previous: second.entries)
        _ = Self.parse("c", fileSystem: InMemoryFileSystem(files: files), cache: third)
        #expect(third.reused == 1)  // the OPD only: both programmes are read against the new dimensions
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

    /// The cache file beside the output carries a checksum; a changed byte is noticed and the
    /// cache ignored with a note, and the site is built as without it.
    @Test func aCorruptedCacheIsIgnoredWithANote() throws {
        let dir = try TemporaryDirectory()
        let options = BuildOptions(
            contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates,
            outputDirectory: dir.path + "/output")
        try SiteBuilder().build(options)
        let path = dir.path + "/.output.tinjau-cache/cache.json"
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
