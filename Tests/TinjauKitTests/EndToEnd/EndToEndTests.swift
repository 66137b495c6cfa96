import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The end-to-end fixture: a small review that builds without a warning, so that the tests do not
/// change when the shipped `content/` does.
let endToEndContent = fixtures + "/e2e/content"

@Suite("End to end: the tinjau command", .serialized)
struct EndToEndTests {
    @Test func theFixtureReviewPublishesItsFigures() throws {
        let dir = try TemporaryDirectory()
        let result = try runTinjau(["build", "--content", endToEndContent, "--output", dir.path + "/site"])
        #expect(result.status == 0, "\(result.stderr)")
        // The counts come from the fixture: every file is read, every file under opd/ but _index.md is a programme.
        let inputs = try LocalFileSystem().listRecursively(endToEndContent).filter { $0.kind == .file }.map(\.relativePath)
        let programmes = inputs.filter { $0.hasPrefix("opd/") && !$0.hasSuffix("/_index.md") }
        #expect(result.stdout.hasPrefix("tinjau: \(inputs.count) berkas dibaca, \(programmes.count) program, "), "\(result.stdout)")
        #expect(result.stderr.isEmpty)
        let home = try String(contentsOfFile: dir.path + "/site/index.html", encoding: .utf8)
        #expect(home.contains("<html lang=\"id\">"))
        // Read each dimension's row of the score table back: name link, then the percentage cell. Governance
        // has one programme done and one delayed; environment one running; the other four have none.
        let expected = ["governance": "50%", "environment": "100%"]
        for (dimension, percent) in expected {
            let pattern =
                "href=\"dimensi/\(dimension)/index.html\">[^<]+</a>.*?\\n\\s*<td class=\"num\"><data value=\"[0-9]+\" data-sumber=\"/agregat/skor/dimensi/\(dimension)/persen_publikasi\">([^<]+)</data></td>"
            let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
            let match = try #require(regex.firstMatch(in: home, range: NSRange(home.startIndex..., in: home)), "\(dimension)")
            let value = String(home[Range(match.range(at: 1), in: home)!])
            #expect(value == percent, "\(dimension)")
        }
        #expect(home.contains("<time datetime=\"2020-07-23\">23 Juli 2020</time>"))
        // Every internal link resolves to a generated file.
        let fs = LocalFileSystem()
        for entry in try fs.listRecursively(dir.path + "/site") where entry.relativePath.hasSuffix(".html") {
            let html = try String(contentsOfFile: dir.path + "/site/" + entry.relativePath, encoding: .utf8)
            let base = URL(fileURLWithPath: dir.path + "/site/" + entry.relativePath).deletingLastPathComponent()
            let regex = try NSRegularExpression(pattern: "(?:href|src)=\"([^\"#:]+)\"")
            for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let link = String(html[Range(match.range(at: 1), in: html)!])
                let target = base.appendingPathComponent(link).standardizedFileURL.path
                #expect(fs.isFile(target), "\(entry.relativePath) links to missing \(link)")
            }
        }
    }

    @Test func aFailedBuildKeepsThePreviousSiteAndExitsWithOne() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        try copyFolder(endToEndContent, to: content)
        let good = try runTinjau(["build", "--content", content, "--output", dir.path + "/out"])
        #expect(good.status == 0, "\(good.stderr)")
        let before = try fs.read(dir.path + "/out/index.html")
        let broken = MarkedText("---\njudul: Rusak\ndimensi: 1️⃣goverance\nstatus: 2️⃣jalan\n---\n")
        try fs.write(Array(broken.text.utf8), to: content + "/opd/dinas-a/rusak.md")
        let bad = try runTinjau(["build", "--content", content, "--output", dir.path + "/out"])
        #expect(bad.status == 1)
        let file = content + "/opd/dinas-a/rusak.md"
        let (dimension, status) = (broken["1️⃣"], broken["2️⃣"])
        #expect(bad.stderr.contains("\(file):\(dimension.line):\(dimension.column): error: dimensi `goverance` tidak dikenal"))
        #expect(bad.stderr.contains("\(file):\(status.line):\(status.column): error: status `jalan` tidak dikenal"))
        #expect(bad.stderr.contains("build gagal: 2 kesalahan"))
        #expect(try fs.read(dir.path + "/out/index.html") == before)
        #expect(!fs.isDirectory(dir.path + "/out/opd/dinas-a/rusak"))
    }

    @Test func aParallelBuildIsByteIdenticalToAOneThreadBuild() throws {
        let dir = try TemporaryDirectory()
        let build = ["build", "--content", endToEndContent, "--output"]
        #expect(try runTinjau(build + [dir.path + "/one"], environment: ["TINJAU_THREADS": "1"]).status == 0)
        #expect(try runTinjau(build + [dir.path + "/many"], environment: ["TINJAU_THREADS": "8"]).status == 0)
        let fs = LocalFileSystem()
        let one = try fs.listRecursively(dir.path + "/one").filter { $0.kind == .file }.map(\.relativePath)
        #expect(one == (try fs.listRecursively(dir.path + "/many").filter { $0.kind == .file }.map(\.relativePath)))
        for path in one {
            #expect(try fs.read(dir.path + "/one/" + path) == (try fs.read(dir.path + "/many/" + path)), "\(path)")
        }
    }

    @Test func newProgramAndOPDFromTheCommandLine() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array(minimalReview.utf8), to: dir.path + "/c/tinjau.yml")
        let opd = try runTinjau(["new", "opd", "dinsos", "Dinas Sosial", "--content", dir.path + "/c"])
        #expect(opd.status == 0, "\(opd.stderr)")
        let first = try runTinjau(["new", "program", "--opd", "dinsos", "Bantuan Sosial: Data #1", "--content", dir.path + "/c"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(fs.isFile(dir.path + "/c/opd/dinsos/bantuan-sosial-data-1.md"))
        let again = try runTinjau(["new", "program", "--opd", "dinsos", "Bantuan Sosial: Data #1", "--content", dir.path + "/c"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("sudah ada; tinjau tidak menimpa berkas yang ada"))
        let check = try runTinjau(["check", "--content", dir.path + "/c", "--format", "json"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("\"errors\" : 0"))
        let schema = try runTinjau(["schema", "program"])
        #expect(schema.status == 0 && schema.stdout.contains("\"$id\" : \"program.schema.json\""))
    }

    /// Fetches `url`, returning the status and body, or nil when nothing answers.
    func fetch(_ url: String) async -> (Int, String)? {
        guard let (data, response) = try? await URLSession.shared.data(from: URL(string: url)!) else { return nil }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servePreviewsRebuildsAndShowsErrors() async throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try copyFolder(endToEndContent, to: dir.path + "/content")
        let port = 20_000 + Int(ProcessInfo.processInfo.processIdentifier % 10_000)
        let process = Process()
        process.executableURL = tinjauExecutable
        process.arguments = [
            "serve", "--content", dir.path + "/content", "--templates", shippedTemplates, "--output", dir.path + "/out", "--port", String(port),
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let base = "http://127.0.0.1:\(port)"
        var home: (Int, String)?
        for _ in 0..<100 where home == nil {  // at most ten seconds for the first build
            try await Task.sleep(for: .milliseconds(100))
            home = await fetch(base + "/")
        }
        #expect(home?.0 == 200)
        #expect(home?.1.contains("/__tinjau/versi") == true)
        #expect(await fetch(base + "/%2e%2e/%2e%2e/etc/passwd")?.0 == 404)
        let version = await fetch(base + "/__tinjau/versi")?.1
        // Break a file: the next build fails and every page shows the error.
        let rusak = MarkedText("---\njudul: Rusak\ndimensi: 1️⃣goverance\nstatus: berjalan\n---\n")
        try fs.write(Array(rusak.text.utf8), to: dir.path + "/content/opd/dinas-a/rusak.md")
        var broken: (Int, String)?
        for _ in 0..<50 {
            try await Task.sleep(for: .milliseconds(100))
            if await fetch(base + "/__tinjau/versi")?.1 != version {
                broken = await fetch(base + "/")
                break
            }
        }
        #expect(broken?.0 == 500)
        #expect(broken?.1.contains("rusak.md:\(rusak["1️⃣"].line):\(rusak["1️⃣"].column)") == true)
    }

    @Test func versionNamesTinjauAndTheLinkedLibcmark() throws {
        let result = try runTinjau(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "tinjau \(TinjauVersion.current) (libcmark \(TinjauVersion.libcmark))\n")
        #expect(TinjauVersion.libcmark.split(separator: ".").count == 3 && TinjauVersion.libcmark.first?.isNumber == true)
    }

    /// A project folder holding only `content/` builds with the embedded theme, the same site as
    /// with the repository's `templates/`; a folder named with `--templates` must exist.
    @Test func aFolderWithOnlyContentBuildsWithTheEmbeddedTheme() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try copyFolder(endToEndContent, to: dir.path + "/content")
        let embedded = try runTinjau(["build"], in: dir.path)
        #expect(embedded.status == 0, "\(embedded.stderr)")
        // Nothing changed: the second build stops after reading the inputs, as it does with a folder.
        #expect(try runTinjau(["build"], in: dir.path).stdout.contains("tidak ada berkas konten atau templat yang berubah"))
        let named = try runTinjau(["build", "--templates", shippedTemplates, "--output", "dengan-folder"], in: dir.path)
        #expect(named.status == 0, "\(named.stderr)")
        let files = try fs.listRecursively(dir.path + "/output").filter { $0.kind == .file && $0.relativePath != OutputWriter.marker }
        #expect(files.count > 20)
        #expect(
            files.map(\.relativePath)
                == (try fs.listRecursively(dir.path + "/dengan-folder")
                    .filter { $0.kind == .file && $0.relativePath != OutputWriter.marker }.map(\.relativePath)))
        for file in files {
            let same = try fs.read(dir.path + "/output/" + file.relativePath) == (try fs.read(dir.path + "/dengan-folder/" + file.relativePath))
            #expect(same, "\(file.relativePath)")
        }
        let missing = try runTinjau(["check", "--templates", "tema"], in: dir.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("folder templat `tema` tidak ditemukan"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try runTinjau(["build", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--no-such-option"))
        // A folder that does not exist is a usage error too: reported once, never as an internal error.
        let missing = try runTinjau(["check", "--templates", "/tidak/ada/templates"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/tidak/ada/templates"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("kesalahan internal"), "\(missing.stderr)")
    }
}
