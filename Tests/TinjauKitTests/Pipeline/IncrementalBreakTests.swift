import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Faults found by trying to break incremental builds (issue 14) as a hostile but realistic user.
/// Each test states the promise of README/architecture.md it checks; they fail on a057035.
@Suite("Incremental builds: reported faults")
struct IncrementalBreakTests {
    /// Copies `source` into `destination` file by file.
    static func copy(_ source: String, to destination: String, fileSystem fs: LocalFileSystem) throws {
        for entry in try fs.listRecursively(source) where entry.kind == .file {
            try fs.write(try fs.read(source + "/" + entry.relativePath), to: destination + "/" + entry.relativePath)
        }
    }

    /// The files of `folder` but the marker, with their bytes.
    static func site(_ folder: String, fileSystem fs: LocalFileSystem) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for entry in try fs.listRecursively(folder) where entry.kind == .file && entry.relativePath != OutputWriter.marker {
            result[entry.relativePath] = try fs.read(folder + "/" + entry.relativePath)
        }
        return result
    }

    /// README: "the output is always byte for byte what a clean build makes". A page edited by
    /// hand in the output (a hotfix, a post-processing step) is kept as edited by the next build
    /// after an unrelated content change, because ``PageReuse`` trusts the record without
    /// looking at the file (`session.holds` only checks that it exists). Before issue 14 every
    /// file was compared with the new bytes and the edit was undone.
    @Test func aPageEditedInTheOutputIsRestoredByTheNextBuild() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        try Self.copy(fixtures + "/mini/content", to: content, fileSystem: fs)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output")
        try SiteBuilder().build(options)
        // Edit a page that does not depend on the programme changed below: the methodology page.
        let pages = try fs.listRecursively(dir.path + "/output").filter { $0.kind == .file && $0.relativePath.hasSuffix(".html") }
            .map(\.relativePath).sorted()
        let page = try #require(pages.first { $0.hasPrefix("metodologi") } ?? pages.first)
        try fs.write(Array("<p>diubah tangan</p>".utf8), to: dir.path + "/output/" + page)
        // Any change in the content: one more paragraph at the end of a narrative page or programme.
        let programs = try fs.listRecursively(content + "/opd").filter { $0.kind == .file && !$0.relativePath.hasSuffix("_index.md") }
        let program = content + "/opd/" + (try #require(programs.map(\.relativePath).sorted().first))
        try fs.write(try fs.read(program) + Array("\nParagraf tambahan.\n".utf8), to: program)
        try SiteBuilder().build(options)
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        let built = try Self.site(dir.path + "/output", fileSystem: fs)
        let clean = try Self.site(dir.path + "/clean", fileSystem: fs)
        #expect(built[page] == clean[page], "\(page) still holds the hand edit")
        #expect(built == clean)
    }

    /// architecture.md (write stage): "changes nothing in output/ before the end, so a failed build
    /// leaves the site untouched". An in-place finish that fails on its second file has already
    /// replaced the first: the output is a mix of the old and the new site.
    @Test func aFailedInPlaceWriteLeavesThePreviousSiteUntouched() throws {
        let memory = InMemoryFileSystem(files: [:])
        _ = try OutputWriter(fileSystem: memory).write(
            InPlaceWritingTests.site(["a/index.html": "1", "b/index.html": "2"]), to: "out")
        let failing = FailingFileSystem(base: memory, failWrite: "out/b/")
        let session = try OutputWriter.Session(writer: OutputWriter(fileSystem: failing), root: "out")
        // The failure shows when the file is added (it is written beside the old one at once) or at
        // the end; the builder then abandons the session, as here.
        #expect(throws: BuildFailure.self) {
            for file in InPlaceWritingTests.site(["a/index.html": "1 baru", "b/index.html": "2 baru"]) { try session.add(file) }
            try session.finish()
        }
        session.abandon()
        let site = memory.snapshot(under: "out")
        #expect(site["a/index.html"] == "1", "the failed build replaced a/index.html")
        #expect(site.keys.sorted() == [".tinjau-output", "a/index.html", "b/index.html"], "a temporary file was left behind")
    }

    /// architecture.md: a page's fingerprint covers "its template (with the partials and parents it
    /// reaches: `TemplateSet.digests`)". A partial named after a set-delimiter tag (`{{=<% %>=}}`,
    /// standard Mustache, rendered by swift-mustache) is not seen by the `{{`-only scan, so editing
    /// that partial leaves every page that uses it kept with the old text.
    @Test func aPartialReachedAfterASetDelimiterTagIsInTheDigest() {
        let page = "<main>{{=<% %>=}}<%> partials/catatan%><%={{ }}=%></main>"
        let before = TemplateLoader.digests(of: ["page": page, "partials/catatan": "v1"])
        let after = TemplateLoader.digests(of: ["page": page, "partials/catatan": "v2"])
        #expect(before["page"] != after["page"])
    }

    /// The same through a build: change the partial, rebuild, compare with a clean build.
    @Test func editingAPartialReachedAfterASetDelimiterTagRerendersThePage() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let templates = dir.path + "/templates"
        try Self.copy(shippedTemplates, to: templates, fileSystem: fs)
        try fs.write(Array("CATATAN v1\n".utf8), to: templates + "/partials/catatan.mustache")
        let methodology = templates + "/methodology.mustache"
        try fs.write(try fs.read(methodology) + Array("{{=<% %>=}}<%> partials/catatan%><%={{ }}=%>\n".utf8), to: methodology)
        let options = BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: templates, outputDirectory: dir.path + "/output")
        try SiteBuilder().build(options)
        try fs.write(Array("CATATAN v2\n".utf8), to: templates + "/partials/catatan.mustache")
        try SiteBuilder().build(options)
        try SiteBuilder().build(
            BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: templates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.site(dir.path + "/output", fileSystem: fs) == Self.site(dir.path + "/clean", fileSystem: fs))
    }

    /// A folder where the output had a page (left by a hand or a tool) makes every later in-place
    /// build fail with "errno 21" and the claim "situs sebelumnya tidak diubah", after it has
    /// already replaced other pages and cleared the marker; a clean build (and a staging one)
    /// succeeds.
    @Test func aFolderAtAPagePathDoesNotMakeEveryLaterBuildFail() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        try Self.copy(fixtures + "/mini/content", to: content, fileSystem: fs)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output")
        try SiteBuilder().build(options)
        let page = try #require(
            try fs.listRecursively(dir.path + "/output").filter { $0.kind == .file && $0.relativePath.hasSuffix("/index.html") }
                .map(\.relativePath).sorted().first)
        try fs.remove(dir.path + "/output/" + page)
        try fs.write(Array("x".utf8), to: dir.path + "/output/" + page + "/x")
        let programs = try fs.listRecursively(content + "/opd").filter { $0.kind == .file && !$0.relativePath.hasSuffix("_index.md") }
        let program = content + "/opd/" + (try #require(programs.map(\.relativePath).sorted().first))
        try fs.write(try fs.read(program) + Array("\nParagraf tambahan.\n".utf8), to: program)
        try SiteBuilder().build(options)
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.site(dir.path + "/output", fileSystem: fs) == Self.site(dir.path + "/clean", fileSystem: fs))
    }

    /// `--output out/` (a trailing slash, as shell completion types it): ``BuildCache/folder(for:)``
    /// does not drop the slash the writer drops, so the cache is written *inside* the output as
    /// `out/..tinjau-cache/cache.txt`, published with the site, removed by the next build's
    /// in-place finish ("1 dihapus") and written again; the output is never a clean build's.
    @Test func aTrailingSlashOnTheOutputKeepsTheCacheOutOfTheSite() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try SiteBuilder().build(
            BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output/"))
        try SiteBuilder().build(
            BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        let built = try Self.site(dir.path + "/output", fileSystem: fs)
        #expect(Set(built.keys) == Set(try Self.site(dir.path + "/clean", fileSystem: fs).keys))
        #expect(fs.isFile(dir.path + "/.output.tinjau-cache/cache.txt"))
    }

    /// A folder of the output replaced by a symbolic link (to a backup, another checkout): the
    /// in-place writer does not list through it, so it writes every page below it *through the link*,
    /// into a folder outside the output, and leaves the link in the site. A staging build (and every
    /// build before issue 14) made a real folder and touched nothing outside the output.
    @Test func anInPlaceBuildNeverWritesThroughASymbolicLinkInTheOutput() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        try Self.copy(fixtures + "/mini/content", to: content, fileSystem: fs)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output")
        try SiteBuilder().build(options)
        try FileManager.default.moveItem(atPath: dir.path + "/output/opd", toPath: dir.path + "/elsewhere")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/output/opd", withDestinationPath: dir.path + "/elsewhere")
        let before = try Self.site(dir.path + "/elsewhere", fileSystem: fs)
        let programs = try fs.listRecursively(content + "/opd").filter { $0.kind == .file && !$0.relativePath.hasSuffix("_index.md") }
        let program = content + "/opd/" + (try #require(programs.map(\.relativePath).sorted().first))
        try fs.write(try fs.read(program) + Array("\nParagraf tambahan.\n".utf8), to: program)
        try SiteBuilder().build(options)
        #expect(try Self.site(dir.path + "/elsewhere", fileSystem: fs) == before, "the build wrote outside the output")
        #expect(
            fs.isDirectory(dir.path + "/output/opd") && (try? FileManager.default.destinationOfSymbolicLink(atPath: dir.path + "/output/opd")) == nil)
    }

    /// A dynamic partial (`{{>*name}}`, the name read from the view model; swift-mustache renders it
    /// and the loader and checker accept it) is skipped by `TemplateLoader.references(in:)`, so the
    /// page's digest covers none of the partials it may reach: editing one leaves every page that
    /// shows it kept with the old text (reproduced with `{{>*searchKind}}` in the layout and a
    /// `Program.mustache`). A template with a dynamic partial depends on every template.
    @Test func aPageWithADynamicPartialDependsOnEveryTemplate() {
        let page = "<main>{{#kind}}{{>*kind}}{{/kind}}</main>"
        let before = TemplateLoader.digests(of: ["page": page, "Program": "v1"])
        let after = TemplateLoader.digests(of: ["page": page, "Program": "v2"])
        #expect(before["page"] != after["page"])
    }

    /// The shipped theme: a partial reaches the templates that include it and no other (text such as
    /// `<code>*.csv</code>` in the data page is not a dynamic partial, and `data` in an attribute is
    /// not a reference to `data.mustache`), so that editing the programme table re-renders the OPD,
    /// dimension and list pages and keeps every programme page.
    @Test func aPartialOfTheShippedThemeReachesOnlyTheTemplatesThatIncludeIt() throws {
        let fs = LocalFileSystem()
        var texts: [String: String] = [:]
        for entry in try fs.listRecursively(shippedTemplates) where entry.kind == .file && entry.relativePath.hasSuffix(".mustache") {
            texts[String(entry.relativePath.dropLast(".mustache".count))] = String(
                decoding: try fs.read(shippedTemplates + "/" + entry.relativePath), as: UTF8.self)
        }
        let before = TemplateLoader.digests(of: texts)
        texts["partials/program-table", default: ""] += "<!-- diubah -->"
        let after = TemplateLoader.digests(of: texts)
        #expect(before.keys.filter { before[$0] != after[$0] }.sorted() == ["dimension", "opd", "partials/program-table", "program-list"])
    }

    /// Dynamic partials and set-delimiter tags are found with the whitespace Mustache allows; `>*`
    /// outside a tag is text.
    @Test(arguments: [
        ("{{>*kind}}", true, false, false), ("{{ > * kind }}", true, false, false), ("{{>\n*kind}}", true, false, true),
        ("{{= <% %> =}}", false, true, false), ("<code>*.csv</code> a > *b", false, false, false), ("{{> partials/a}}", false, false, false),
        ("{{>\npartials/a}}", false, false, true), ("{{! > * }}", false, false, false),
        // A dynamic parent, and white space swift-mustache skips that is not ASCII (a no-break space).
        ("{{<*t.layout}}{{$isi}}x{{/isi}}{{/*t.layout}}", true, false, false), ("{{< *t.layout}}", true, false, false),
        ("{{>\u{00A0}*t.bagian}}", true, false, false), ("{{\u{3000}=<% %>=}}", false, true, false),
    ])
    func tagScan(text: String, dynamic: Bool, setDelimiter: Bool, split: Bool) {
        let scan = TemplateLoader.TagScan(text)
        #expect(scan.dynamicPartial == dynamic && scan.setDelimiter == setDelimiter && scan.splitOverLines == split)
    }

    /// swift-mustache reads characters and `TagScan` Unicode scalars: after a prepend mark (U+0600)
    /// the engine reads `{{` as text, so what the scan took for the inside of a comment is a tag.
    /// Found by an adversarial review: that dynamic partial rendered nothing (texts were handed over
    /// as `TemplateText`), and an edit of a partial named there left the pages stale.
    @Test func aTagTheScanWouldSkipAfterAPrependMarkIsSeen() {
        let scan = TemplateLoader.TagScan("<p>\u{0600}{{! catatan {{>*language}}]</p>")
        #expect(scan.dynamicPartial && scan.nestedOpening)
        let page = "<p>\u{0600}{{! catatan {{> partials/catatan}}]</p>"
        let before = TemplateLoader.digests(of: ["page": page, "partials/catatan": "v1"])
        let after = TemplateLoader.digests(of: ["page": page, "partials/catatan": "v2"])
        #expect(before["page"] != after["page"])
        // Ordinary tags, triple mustaches and comments are not nested.
        #expect(!TemplateLoader.TagScan("{{a}} {{{b}}} {{! c }} {{#d}}{{.}}{{/d}}").nestedOpening)
        #expect(TemplateLoader.TagScan("{{! {{> a}} }}").nestedOpening)
    }

    /// A partial tag split over two lines (`{{>` then the name on the next line), which
    /// swift-mustache renders, is missed by the line-by-line scan of `TemplateLoader.references(in:)`.
    @Test func aPartialTagSplitOverTwoLinesIsInTheDigest() {
        let page = "<main>{{>\npartials/nl}}</main>"
        let before = TemplateLoader.digests(of: ["page": page, "partials/nl": "v1"])
        let after = TemplateLoader.digests(of: ["page": page, "partials/nl": "v2"])
        #expect(before["page"] != after["page"])
    }
}
