import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Site: golden files, templates and the writer")
struct SiteTests {
    /// Renders the mini fixture site with the default theme and compares every file
    /// with `Fixtures/mini/expected/`. Re-record with `TINJAU_RECORD=1 make test`.
    @Test func miniSiteMatchesGoldenFiles() throws {
        let options = BuildOptions(
            contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates,
            outputDirectory: "unused")
        let (files, report) = try SiteBuilder().prepare(options)
        #expect(report.programCount == 4)
        let pages = files.filter { !$0.path.hasPrefix("assets/") }.map { (path: $0.path, bytes: $0.bytes) }
        try Snapshot.assertFolder(fixtures + "/mini/expected", matches: pages)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let options = BuildOptions(contentDirectory: packageRoot + "/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let first = try SiteBuilder().prepare(options).files
        let second = try SiteBuilder().prepare(options).files
        #expect(first == second)
    }

    @Test func hostileValuesAreEscapedEverywhere() throws {
        let options = BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let files = try SiteBuilder().prepare(options).files
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(!html.contains("<script"), "\(file.path)")
            #expect(!html.contains("javascript:"), "\(file.path)")
            #expect(!html.contains("<Aduan>") && !html.contains("<Mini>"), "\(file.path)")
        }
        let program = try #require(files.first { $0.path == "opd/dinas-a/aplikasi-aduan/index.html" })
        let html = String(decoding: program.bytes, as: UTF8.self)
        #expect(html.contains("<h1>Aplikasi &lt;Aduan&gt; &amp; &quot;Saran&quot;</h1>"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(html.contains("<a href=\"\">tautan berbahaya</a>"))
    }

    @Test func everyChartIsAccessibleWellFormedSVG() throws {
        let options = BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let files = try SiteBuilder().prepare(options).files
        var charts = 0
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            var rest = html[...]
            while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
                let svg = String(rest[start.lowerBound..<end.upperBound])
                charts += 1
                #expect(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id=") && svg.contains("viewBox=\"0 0 "))
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(file.path): SVG is not well-formed XML: \(String(describing: parser.parserError))")
                rest = rest[end.upperBound...]
            }
        }
        #expect(charts >= 5)
    }

    @Test func radarAndBarChartsAreStable() {
        let data = [
            ChartDatum(label: "Tata Kelola", percent: 68, valueText: "68% (13/19)"),
            ChartDatum(label: "Identitas Daerah", percent: 57, valueText: "57% (4/7)"),
            ChartDatum(label: "Ekonomi", percent: nil, valueText: "belum ada program"),
        ]
        let radar = RadarChart(id: "r", title: "T & <t>", description: "D", data: data).svg()
        #expect(radar.contains("<title id=\"r-title\">T &amp; &lt;t&gt;</title>"))
        // The first axis points up: 68 % of a 105 px radius above the centre (220, 215) is y = 143,6.
        #expect(radar.contains("<circle class=\"value-point\" cx=\"220\" cy=\"143.6\" r=\"4\" />"))
        let bar = BarChart(id: "b", title: "T", description: "D", data: data).svg()
        // 68 % of the 352 px track is 239,36 px, written rounded to one decimal.
        #expect(bar.contains("<rect class=\"bar\" x=\"4\" y=\"25\" width=\"239.4\" height=\"16\" />"))
        #expect(bar.contains(">belum ada program</text>"))
        #expect(SVG.n(-0.04) == "0" && SVG.n(-0.06) == "-0.1" && SVG.n(12.25) == "12.3")
    }

    @Test func aMissingPartialIsAnErrorWithItsPosition() {
        var files: [String: String] = [:]
        for name in TemplateLoader.requiredTemplates { files["t/\(name).mustache"] = "ok" }
        files["t/home.mustache"] = "<p>\n  {{> partials/headr}}\n</p>"
        files["t/partials/header.mustache"] = "h"
        let (set, diagnostics) = TemplateLoader(fileSystem: InMemoryFileSystem(files: files)).load(from: "t")
        #expect(set == nil)
        let d = diagnostics.first { $0.code == "template.reference" }
        #expect(d?.location == SourceLocation(path: "t/home.mustache", line: 2, column: 3))
        #expect(d?.hint?.contains("maksud Anda `partials/header`?") == true)
    }

    @Test func aMissingParentOrTemplateIsAnError() {
        var files: [String: String] = [:]
        for name in TemplateLoader.requiredTemplates where name != "page" { files["t/\(name).mustache"] = "ok" }
        files["t/home.mustache"] = "{{<layout}}{{$main}}x{{/main}}{{/layout}}"
        let (_, diagnostics) = TemplateLoader(fileSystem: InMemoryFileSystem(files: files)).load(from: "t")
        #expect(diagnostics.contains { $0.code == "template.reference" && $0.message.contains("templat induk `layout`") })
        #expect(diagnostics.contains { $0.code == "template.required" && $0.location.path == "t/page.mustache" })
    }

    @Test func mustacheSyntaxErrorsCarryLineAndColumn() {
        var files: [String: String] = [:]
        for name in TemplateLoader.requiredTemplates { files["t/\(name).mustache"] = "ok" }
        files["t/opd.mustache"] = "a\n  {{#x}}\n{{#y}}{{/y}}\nb\n"
        files["t/dimension.mustache"] = "<p>{{judul}</p>\n"
        let (_, diagnostics) = TemplateLoader(fileSystem: InMemoryFileSystem(files: files)).load(from: "t")
        // A section left open: swift-mustache reports the end of the file, tinjau the opening tag.
        let open = diagnostics.first { $0.code == "template.syntax" && $0.location.path == "t/opd.mustache" }
        #expect(open?.location.line == 2 && open?.location.column == 3)
        #expect(open?.message.contains("`{{#x}}`") == true)
        #expect(open?.hint?.contains("{{/x}}") == true)
        // Another error keeps the engine's place, and quotes that line.
        let other = diagnostics.first { $0.code == "template.syntax" && $0.location.path == "t/dimension.mustache" }
        #expect(other?.location.line == 1)
        #expect(other?.hint?.contains("<p>{{judul}</p>") == true)
    }

    /// The section left open at the end: the innermost one; none when every section is closed.
    @Test func theUnclosedSectionIsTheInnermostLeftOpen() {
        #expect(TemplateLoader.unclosedSection(in: "{{#a}}\n{{^b}}\n{{#c}}{{/c}}\n{{/b}}\n")?.name == "a")
        #expect(TemplateLoader.unclosedSection(in: "{{#a}}\n {{< layout}}{{$isi}}x{{/isi}}\n")?.line == 2)
        #expect(TemplateLoader.unclosedSection(in: "{{#a}}{{/a}} {{! {{#b}} }}") == nil)
        #expect(TemplateLoader.unclosedSection(in: "{{=<% %>=}}<%#a%>") == nil)
    }

    @Test func theWriterReplacesOutputOnlyOnSuccess() throws {
        let fs = InMemoryFileSystem(files: ["out/.tinjau-output": "", "out/old.html": "lama"])
        let writer = OutputWriter(fileSystem: fs)
        try writer.write([OutputFile(path: "index.html", bytes: Array("baru".utf8))], to: "out")
        #expect(fs.snapshot(under: "out")["index.html"] == "baru")
        #expect(fs.snapshot(under: "out")["old.html"] == nil)
        #expect(throws: BuildFailure.self) {
            try writer.write([OutputFile(path: "../luar.html", bytes: [])], to: "out")
        }
        #expect(fs.snapshot(under: "out")["index.html"] == "baru")
        #expect(!fs.isFile("luar.html"))
    }

    @Test func theWriterRefusesAFolderItDidNotMake() {
        let fs = InMemoryFileSystem(files: ["home/penting.txt": "jangan dihapus"])
        #expect(throws: BuildFailure.self) {
            try OutputWriter(fileSystem: fs).write([OutputFile(path: "index.html", bytes: [])], to: "home")
        }
        #expect(fs.isFile("home/penting.txt"))
    }

    @Test func outputMayNotContainTheSources() {
        let diagnostics = SiteBuilder.checkFolders(
            BuildOptions(contentDirectory: "./content", templatesDirectory: "templates", outputDirectory: "."), currentDirectory: "/p")
        #expect(diagnostics.contains { $0.code == "output.overlaps-source" })
        #expect(SiteBuilder.checkFolders(BuildOptions(), currentDirectory: "/p").isEmpty)
        #expect(!SiteBuilder.checkFolders(BuildOptions(outputDirectory: "content/public"), currentDirectory: "/p").isEmpty)
        #expect(
            !SiteBuilder.checkFolders(BuildOptions(contentDirectory: ".site.tinjau-lama", outputDirectory: "site"), currentDirectory: "/p").isEmpty)
    }

    @Test(
        "safe relative output paths",
        arguments: [
            ("index.html", true), ("opd/a/index.html", true), ("../x", false), ("/etc/passwd", false),
            ("a//b", false), ("a/./b", false), ("a\\b", false), ("", false), ("a/", false), ("a/..", false), ("..", false),
            (".", false), ("a/\0b", false), (".well-known/x", true), ("a/.../b", true), ("a/..b/c", true), ("...", true),
        ])
    func safePaths(path: String, safe: Bool) {
        #expect(OutputWriter.isSafeRelativePath(path) == safe)
    }
}

@Suite("Template checks")
struct TemplateCheckTests {
    func set(_ extra: [String: String]) -> (TemplateSet?, [Diagnostic]) {
        var files: [String: String] = [:]
        for name in TemplateLoader.requiredTemplates { files["t/\(name).mustache"] = "ok" }
        for (k, v) in extra { files["t/" + k] = v }
        return TemplateLoader(fileSystem: InMemoryFileSystem(files: files)).load(from: "t")
    }

    @Test func aTemplateThatIncludesItselfIsAnErrorNotACrash() {
        let (result, diagnostics) = set([
            "partials/footer.mustache": "a\n{{> partials/footer}}", "layout.mustache": "{{> partials/x}}",
            "partials/x.mustache": "{{> layout}}",
        ])
        #expect(result == nil)
        let cycles = diagnostics.filter { $0.code == "template.cycle" }
        #expect(cycles.count == 2)
        #expect(cycles.contains { $0.location == SourceLocation(path: "t/partials/footer.mustache", line: 2, column: 1) })
        #expect(cycles.contains { $0.message.contains("layout → partials/x → layout") || $0.message.contains("partials/x → layout → partials/x") })
    }

    @Test func aTemplateWithASyntaxErrorIsNotAlsoReportedMissing() {
        let (_, diagnostics) = set(["program.mustache": "{{#a}}"])
        #expect(diagnostics.contains { $0.code == "template.syntax" })
        #expect(!diagnostics.contains { $0.code == "template.required" })
    }
}

@Suite("Output writer safety")
struct WriterSafetyTests {
    @Test func helperFoldersThatTinjauDidNotMakeAreNeverRemoved() {
        let fs = InMemoryFileSystem(files: ["v1/.site.tinjau-lama/thesis.txt": "x"])
        #expect(throws: BuildFailure.self) {
            try OutputWriter(fileSystem: fs).write([OutputFile(path: "index.html", bytes: [])], to: "v1/site")
        }
        #expect(fs.isFile("v1/.site.tinjau-lama/thesis.txt"))
    }

    @Test func anOutputPathThatIsAFileIsRefused() {
        let fs = InMemoryFileSystem(files: ["notes.txt": "x"])
        do {
            try OutputWriter(fileSystem: fs).write([OutputFile(path: "index.html", bytes: [])], to: "notes.txt")
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.first?.code == "output.not-folder")
        } catch { Issue.record("\(error)") }
        #expect(!fs.isDirectory(".notes.txt.tinjau-baru"))
    }

    @Test func siblingsAreHiddenBesideTheOutput() {
        #expect(OutputWriter.siblings(of: "output") == (".output.tinjau-baru", ".output.tinjau-lama", ".output.tinjau-cache"))
        #expect(
            OutputWriter.siblings(of: "/srv/www/site") == ("/srv/www/.site.tinjau-baru", "/srv/www/.site.tinjau-lama", "/srv/www/.site.tinjau-cache"))
    }
}

@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    /// Every input the fuzzer ever found a crash or hang with (and its seeds) goes through the
    /// whole pipeline in memory without crashing.
    @Test func everyKeptInputBuildsOrFailsCleanly() throws {
        let fs = LocalFileSystem()
        var inputs: [String] = []
        for folder in ["seeds", "regressions"] {
            let root = packageRoot + "/Tests/Fuzz/" + folder
            for entry in try fs.listRecursively(root)
            where entry.kind == .file && !entry.relativePath.hasPrefix(".")
                && entry.relativePath != "README.md"
            {
                inputs.append(root + "/" + entry.relativePath)
            }
        }
        #expect(inputs.count >= 4)
        var theme: [String: String] = [:]
        for entry in try fs.listRecursively(shippedTemplates) where entry.kind == .file {
            theme["t/" + entry.relativePath] = String(decoding: try fs.read(shippedTemplates + "/" + entry.relativePath), as: UTF8.self)
        }
        for input in inputs {
            let memory = InMemoryFileSystem(
                files: theme.merging([
                    "c/tinjau.yml": minimalReview,
                    "c/opd/dinas-a/_index.md": opdIndex,
                    "c/halaman/pengantar.md": "---\njudul: Pengantar\n---\nTeks.\n",
                ]) { a, _ in a })
            try memory.write(try fs.read(input), to: "c/opd/dinas-a/uji.md")
            do {
                _ = try SiteBuilder(fileSystem: memory).prepare(BuildOptions(contentDirectory: "c", templatesDirectory: "t", outputDirectory: "o"))
            } catch let failure as BuildFailure {
                #expect(!failure.diagnostics.isEmpty, "\(input)")
            }
        }
    }
}

@Suite("Front-matter schemas")
struct SchemaTests {
    /// The schemas committed under docs/schema/ (for editors) are the generated ones;
    /// re-record with TINJAU_RECORD=1 after changing FieldCatalog.
    @Test(arguments: ["program", "opd", "halaman"])
    func committedSchemaMatchesTheModel(kind: String) throws {
        let path = packageRoot + "/docs/schema/\(kind).schema.json"
        let generated = try #require(FrontMatterSchema.text(file: "\(kind).schema.json"))
        try Snapshot.assertFile(path, matches: generated)
    }

    /// The parser's known keys are FieldCatalog's: every catalogued key of a programme, an indicator, an
    /// OPD and a page is accepted, and one more is not.
    @Test func theParserKnowsExactlyTheCataloguedFields() {
        func empty(_ fields: [FieldSpec], indent: String = "") -> String {
            fields.filter { !$0.required && $0.type != .indicators }.map { "\(indent)\($0.name):\n" }.joined()
        }
        let indicator = "indikator:\n  - nama: A\n    target: 1\n" + empty(FieldCatalog.indicator, indent: "    ")
        let (_, known) = check([
            "opd/dinas-a/p.md": programFile(empty(FieldCatalog.program) + indicator),
            "opd/dinas-b/_index.md": "---\nnama: Dinas B\n" + empty(FieldCatalog.opd) + "---\n",
            "halaman/h.md": "---\njudul: H\n" + empty(FieldCatalog.page) + "---\n",
        ])
        #expect(known.filter { $0.code == "field.unknown" }.isEmpty, "\(known)")
        let (_, unknown) = check([
            "opd/dinas-a/p.md": programFile("tidak_ada: 1\nindikator:\n  - nama: A\n    target: 1\n    juga_tidak: 2\n"),
            "opd/dinas-b/_index.md": "---\nnama: Dinas B\nbukan_kolom: 3\n---\n",
            "halaman/h.md": "---\njudul: H\nkolom_asing: 4\n---\n",
        ])
        #expect(unknown.filter { $0.code == "field.unknown" }.map(\.location.line).sorted() == [3, 3, 5, 9], "\(unknown)")
    }
}

@Suite("Incremental output")
struct IncrementalWriteTests {
    func modified(_ path: String) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
    }

    @Test func onlyChangedFilesAreRewrittenAndNothingChangedWritesNothing() throws {
        let dir = try TemporaryDirectory()
        let out = dir.path + "/site"
        let writer = OutputWriter(fileSystem: LocalFileSystem())
        let first = try writer.write(
            [
                OutputFile(path: "a.html", bytes: Array("A".utf8)), OutputFile(path: "b/index.html", bytes: Array("B".utf8)),
                OutputFile(path: "gone.html", bytes: []),
            ], to: out)
        #expect(first == OutputWriter.Report(written: 3, unchanged: 0, removed: 0))
        // Back-date the files so that a rewrite would show in their modification time.
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for file in ["a.html", "b/index.html"] { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: out + "/" + file) }
        let second = try writer.write(
            [
                OutputFile(path: "a.html", bytes: Array("A".utf8)), OutputFile(path: "b/index.html", bytes: Array("B".utf8)),
                OutputFile(path: "gone.html", bytes: []),
            ], to: out)
        #expect(second == OutputWriter.Report(written: 0, unchanged: 3, removed: 0))
        #expect(try modified(out + "/a.html") == old)
        let third = try writer.write(
            [OutputFile(path: "a.html", bytes: Array("A".utf8)), OutputFile(path: "b/index.html", bytes: Array("B2".utf8))], to: out)
        #expect(third == OutputWriter.Report(written: 1, unchanged: 1, removed: 1))
        #expect(try modified(out + "/a.html") == old)
        #expect(try modified(out + "/b/index.html") != old)
        #expect(String(decoding: try LocalFileSystem().read(out + "/b/index.html"), as: UTF8.self) == "B2")
        #expect(!LocalFileSystem().isFile(out + "/gone.html"))
    }

    /// The writer's file writes (POSIX, no fsync): a shorter file replaces a longer one whole, the
    /// mode is 0644 before the umask, missing folders are created, and a failure names its cause in
    /// words (not a raw `Errno`).
    @Test func localWritesTruncateCreateFoldersAndDescribeFailures() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array("a longer first version".utf8), to: dir.path + "/new/folder/page.html")
        try fs.write(Array("short".utf8), to: dir.path + "/new/folder/page.html")
        #expect(String(decoding: try fs.read(dir.path + "/new/folder/page.html"), as: UTF8.self) == "short")
        let mode = try FileManager.default.attributesOfItem(atPath: dir.path + "/new/folder/page.html")[.posixPermissions] as! Int
        #expect(mode & 0o700 == 0o600 && mode & 0o133 == 0)
        try fs.write([], to: dir.path + "/blocker")
        do {
            try fs.write([1], to: dir.path + "/blocker/page.html")
            Issue.record("writing under a file must fail")
        } catch {
            let text = IOErrorText.describe(error).en
            #expect(!text.contains("errno") && !text.contains("Domain"), "\(text)")
        }
    }
}

@Suite("Parallel writes")
struct ParallelWriteTests {
    /// Many threads writing into the same new folders at once: none may fail because another
    /// thread was creating the folder at that moment. (The race was found by `make bench` at
    /// 100 000 programmes; its window is too small to hit reliably here, so this is a smoke test
    /// of concurrent adds, kept small because this file system is slow.)
    @Test func concurrentWritesIntoNewFoldersAllSucceed() throws {
        let dir = try TemporaryDirectory()
        let files = (0..<400).map { OutputFile(path: "opd/o\($0 % 40)/p\($0)/index.html", bytes: Array("x\($0)".utf8)) }
        let report = try OutputWriter(fileSystem: LocalFileSystem()).write([], to: dir.path + "/site")
        #expect(report.written == 0)
        let session = try OutputWriter.Session(writer: OutputWriter(fileSystem: LocalFileSystem()), root: dir.path + "/site2")
        let failures = Parallel.map(files) { file -> String? in
            do {
                try session.add(file)
                return nil
            } catch { return "\(error)" }
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        #expect(try session.finish().written == 400)
        #expect(LocalFileSystem().isFile(dir.path + "/site2/opd/o7/p327/index.html"))
    }
}

@Suite("Rebuilds")
struct RebuildTests {
    @Test func aRebuildWithNothingChangedStopsBeforeParsingAndAChangeRebuilds() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        for entry in try fs.listRecursively(fixtures + "/mini/content") where entry.kind == .file {
            try fs.write(try fs.read(fixtures + "/mini/content/" + entry.relativePath), to: dir.path + "/content/" + entry.relativePath)
        }
        // The mini fixture has warnings on purpose (raw HTML, an unsafe link): a build with warnings is
        // never skipped, so that they are shown every time. Remove them first.
        try fs.write(
            Array("---\njudul: Aplikasi Aduan\ndimensi: governance\nstatus: selesai\n---\nAman.\n".utf8),
            to: dir.path + "/content/opd/dinas-a/aplikasi-aduan.md")
        let options = BuildOptions(contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/out")
        let first = try SiteBuilder().build(options)
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics)")
        #expect(first.aggregates != nil)
        let second = try SiteBuilder().build(options)
        #expect(second.aggregates == nil)  // skipped: nothing was parsed
        #expect(second.written == OutputWriter.Report(written: 0, unchanged: first.filesWritten, removed: 0))
        #expect(second.pagesWritten == first.pagesWritten)
        // Another tinjau executable of the same version (rebuilt from other code) builds again, and the
        // output's marker stays the same bytes (it records no executable).
        let marker = try fs.read(dir.path + "/out/.tinjau-output")
        let tool = BuildCache.folder(for: dir.path + "/out") + "/" + BuildCache.toolFileName
        #expect(String(decoding: try fs.read(tool), as: UTF8.self) == BuildCache.toolIdentity)
        try fs.write(Array("tinjau 0.0.0 another build".utf8), to: tool)
        let rebuilt = try SiteBuilder().build(options)
        #expect(rebuilt.aggregates != nil)
        #expect(try fs.read(dir.path + "/out/.tinjau-output") == marker)
        #expect(try SiteBuilder().build(options).aggregates == nil)
        try fs.write(
            Array("---\njudul: Aplikasi Aduan Baru\ndimensi: governance\nstatus: selesai\n---\nAman.\n".utf8),
            to: dir.path + "/content/opd/dinas-a/aplikasi-aduan.md")
        let third = try SiteBuilder().build(options)
        #expect(third.aggregates != nil)
        #expect((third.written?.written ?? 0) > 0)
        let page = String(decoding: try fs.read(dir.path + "/out/opd/dinas-a/aplikasi-aduan/index.html"), as: UTF8.self)
        #expect(page.contains("Aplikasi Aduan Baru"))
    }
}
