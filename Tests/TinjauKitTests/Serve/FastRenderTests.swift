import Foundation
import Testing
import TinjauKit
import TinjauTestSupport

@testable import TinjauServe

/// serve's fast render: the pages open in a browser are rendered before the rest of the site
/// (``EarlyPages``), shown at once, and are the bytes the build then writes.
@Suite("tinjau serve: fast render")
struct FastRenderTests {
    /// What a build handed over early (`nil` when it handed nothing over).
    final class Delivered: @unchecked Sendable {
        private let lock = NSLock()
        private var pages: [OutputFile]?
        var value: [OutputFile]? { lock.withLock { pages } }
        func set(_ pages: [OutputFile]) { lock.withLock { self.pages = pages } }
    }

    static let program = "opd/dinas-a/aplikasi-aduan/index.html"

    /// Sets the first indicator's target of the mini fixture's `aplikasi-aduan` to `target`.
    static func setTarget(_ target: Int, in content: String, step: Int) throws {
        let path = content + "/opd/dinas-a/aplikasi-aduan.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let line = try #require(text.range(of: #"\n    target: [0-9]+\n"#, options: .regularExpression))
        let edited = text.replacingCharacters(in: line, with: "\n    target: \(target)\n")
        try LocalFileSystem().write(Array(edited.utf8), to: path)
        try BuildCacheTests.age([content], step: step)
    }

    /// After a target edit, the pages asked for (in both editions, a list page among them) are
    /// handed over with the bytes the build then writes, showing the new score; paths that name no
    /// page (a data file, an archive, a missing page) are left out.
    @Test func earlyPagesAreTheBytesTheBuildWrites() throws {
        let dir = try TemporaryDirectory()
        let (fs, content, builder, options) = try BuildCacheTests.servedMini(in: dir)
        let config = try fs.read(content + "/tinjau.yml")
        try fs.write(config + Array("bahasa: [id, en]\n".utf8), to: content + "/tinjau.yml")
        try BuildCacheTests.age([content], step: 0)
        let pages: Set = [Self.program, "en/" + Self.program, "opd/dinas-a/index.html", "program/index.html"]
        let asked = pages.union(["data/program.csv", "arsip/2019/index.html", "opd/tidak-ada/index.html", "assets/style.css"])

        // The first build has no earlier theme to compare with: it hands nothing over.
        let first = Delivered()
        try builder.build(options, early: EarlyPages(paths: asked) { first.set($0) })
        #expect(first.value == nil)

        try Self.setTarget(100, in: content, step: 1)
        let delivered = Delivered()
        try builder.build(options, early: EarlyPages(paths: asked) { delivered.set($0) })
        let early = try #require(delivered.value)
        #expect(Set(early.map(\.path)) == pages)
        for page in early {
            #expect(page.bytes == (try fs.read(options.outputDirectory + "/" + page.path)), "\(page.path)")
        }
        // 72,5 of 100 is 72,5 % (80 gave 90,6 %).
        let shown = String(decoding: try #require(early.first { $0.path == Self.program }).bytes, as: UTF8.self)
        #expect(shown.contains("72,5"))
        #expect(!shown.contains("90,6"))
    }

    /// A build whose theme differs from the last build's hands nothing over: the pages shown early
    /// would load the output's old assets.
    @Test func aThemeEditRendersNothingEarly() throws {
        let dir = try TemporaryDirectory()
        let (fs, content, _, _) = try BuildCacheTests.servedMini(in: dir)
        var builder = SiteBuilder(fileSystem: fs)
        builder.memory = BuildMemory()
        let theme = dir.path + "/tema"
        try fs.write(Array("p{color:#123}\n".utf8), to: theme + "/assets/tambahan.css")
        try BuildCacheTests.age([theme], step: 0)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: theme, outputDirectory: dir.path + "/out")
        try builder.build(options)
        try fs.write(Array("p{color:#456}\n".utf8), to: theme + "/assets/tambahan.css")
        try BuildCacheTests.age([theme], step: 1)
        try Self.setTarget(100, in: content, step: 1)
        let delivered = Delivered()
        try builder.build(options, early: EarlyPages(paths: [Self.program]) { delivered.set($0) })
        #expect(delivered.value == nil)
        // With the theme as the last build left it, the page is handed over.
        try Self.setTarget(90, in: content, step: 2)
        try builder.build(options, early: EarlyPages(paths: [Self.program]) { delivered.set($0) })
        #expect(delivered.value?.map(\.path) == [Self.program])
    }

    /// A build that fails hands nothing over: its errors are found before any page is rendered.
    @Test func aFailingBuildShowsNoPageEarly() throws {
        let dir = try TemporaryDirectory()
        let (fs, content, builder, options) = try BuildCacheTests.servedMini(in: dir)
        try builder.build(options)
        let path = content + "/opd/dinas-a/aplikasi-aduan.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try fs.write(Array(text.replacingOccurrences(of: "dimensi: governance", with: "dimensi: tidak-ada").utf8), to: path)
        try BuildCacheTests.age([content], step: 1)
        let delivered = Delivered()
        #expect(throws: BuildFailure.self) { try builder.build(options, early: EarlyPages(paths: [Self.program]) { delivered.set($0) }) }
        #expect(delivered.value == nil)
    }

    func fetch(_ request: String, port: UInt16) async throws -> String { try await ServeTests.fetch(request, port: port) }

    /// While a build shows its pages early: those pages come from it and the theme's assets from the
    /// folder at once, any other file once the build ends; the build's end reloads nothing more
    /// when it succeeded, and shows the error page when it failed. A waiting reload script names its
    /// page, and the pages served are remembered: those are the pages the next build renders first.
    @Test func earlyPagesAreServedAndOtherFilesWaitForTheBuild() async throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array("<html><body>lama A</body></html>".utf8), to: dir.path + "/site/opd/a/index.html")
        try fs.write(Array("<html><body>lama B</body></html>".utf8), to: dir.path + "/site/opd/b/index.html")
        try fs.write(Array("p{}".utf8), to: dir.path + "/site/assets/gaya.css")
        let state = PreviewState()
        await state.record(nil)
        let (port, server) = try ServeTests.serving(dir.path + "/site", state: state)
        defer { server.cancel() }

        // The pages served and the page of a waiting reload script are the pages shown.
        _ = try await fetch("GET /opd/b/ HTTP/1.1\r\n\r\n", port: port)
        let poll = Task { try await fetch("GET /__tinjau/versi?seit=1&halaman=%2Fopd%2Fa%2F HTTP/1.1\r\n\r\n", port: port) }
        // The request reaches the server when the test run lets it (a guard against a hang, not a timing).
        for _ in 0..<1200 where await state.shownPages.count < 2 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(await state.shownPages == ["opd/a/index.html", "opd/b/index.html"])

        await state.show(early: [OutputFile(path: "opd/a/index.html", bytes: Array("<html><body>baru A</body></html>".utf8))])
        #expect(try await poll.value.hasSuffix("\r\n\r\n2"))
        let early = try await fetch("GET /opd/a/ HTTP/1.1\r\n\r\n", port: port)
        #expect(early.contains("baru A") && early.contains("var g=2;"))
        #expect(try await fetch("GET /assets/gaya.css HTTP/1.1\r\n\r\n", port: port).hasSuffix("p{}"))
        let other = Task { try await fetch("GET /opd/b/ HTTP/1.1\r\n\r\n", port: port) }
        try await Task.sleep(for: .milliseconds(300))
        // The build writes its site, then ends: the waiting request is answered from it.
        try fs.write(Array("<html><body>baru B</body></html>".utf8), to: dir.path + "/site/opd/b/index.html")
        await state.record(nil)
        #expect(try await other.value.contains("baru B"))
        #expect(await state.generation == 2)

        // A build that shows pages early and then fails reloads to the error page.
        await state.show(early: [OutputFile(path: "opd/a/index.html", bytes: Array("<html><body>A</body></html>".utf8))])
        await state.record([Diagnostic(DiagnosticMessage(.serveBuild, "rusak", en: "broken"), at: SourceLocation(path: "c/a.md", line: 1))])
        #expect(await state.generation == 4)
        #expect(try await fetch("GET /opd/a/ HTTP/1.1\r\n\r\n", port: port).contains("rusak"))
    }

    /// Only the last few HTML pages served are remembered.
    @Test func theRecentPagesAreBounded() async {
        let state = PreviewState()
        for index in 0..<20 { await state.served("opd/\(index)/index.html") }
        await state.served("opd/5/index.html")
        let shown = await state.shownPages
        #expect(shown.count == PreviewState.recentPages)
        #expect(shown.contains("opd/5/index.html") && shown.contains("opd/19/index.html") && !shown.contains("opd/11/index.html"))
    }

    /// The output path a request names, also for a page the folder does not hold yet.
    @Test func requestsNameOutputPaths() throws {
        let dir = try TemporaryDirectory()
        try LocalFileSystem().write(Array("x".utf8), to: dir.path + "/site/opd/a/index.html")
        let paths = PreviewPaths(root: dir.path + "/site")
        #expect(paths.outputPath(for: "/opd/a") == "opd/a/index.html")
        #expect(paths.outputPath(for: "/opd/baru/?x=1") == "opd/baru/index.html")
        #expect(paths.outputPath(for: "/") == "index.html")
        #expect(paths.outputPath(for: "/data/program.csv") == "data/program.csv")
        #expect(paths.outputPath(for: "/../rahasia/") == nil)
        #expect(paths.outputPath(for: "/%2e%2e/rahasia/") == nil)
    }
}
