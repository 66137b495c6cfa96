import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Faults found by the break-it trial of 42f0bb0 (in-place writer with temporaries, programme
/// page input keys, paged programme lists). Each test states the promise it checks.
@Suite("Incremental builds: break-it trial 20")
struct IncrementalBreak20Tests {
    /// The files of `folder` but the marker, by path.
    static func files(_ folder: String, fileSystem fs: LocalFileSystem) throws -> [String] {
        try fs.listRecursively(folder).filter { $0.kind == .file && $0.relativePath != OutputWriter.marker }.map(\.relativePath).sorted()
    }

    /// The promise: "after any sequence of edits, an incremental `tinjau build` gives an output
    /// byte-identical to a clean build of the same inputs".
    ///
    /// An in-place build writes each changed page beside its old one as `<path>.tinjau-tmp` at once
    /// (``OutputWriter/Session/add(_:)``) while the marker still records the previous build's inputs;
    /// the marker loses that record only in `finish()`. A build killed (kill -9, power loss, OOM)
    /// between the two leaves the temporaries in the published folder under a marker that still
    /// says "built from inputs X". When the editor then reverts the edit (back to X), the next build
    /// takes the no-change shortcut and keeps every `.tinjau-tmp` file, with the unpublished draft
    /// text in it, in the site for good. Reproduced with the CLI on a 600-programme review:
    /// 300 `index.html.tinjau-tmp` files survived a successful `tinjau build`.
    ///
    /// Here the killed process is the session that wrote a temporary and never reached `finish()` or
    /// `abandon()`: exactly the state kill -9 leaves.
    @Test func temporariesOfAKilledBuildDoNotSurviveTheNextBuild() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        // The shipped review: it builds without warnings, so an unchanged rebuild may stop early.
        try copyFolder(packageRoot + "/content", to: content)
        let output = dir.path + "/output"
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: output)
        let first = try SiteBuilder().build(options)
        #expect(!first.diagnostics.contains { $0.severity == .warning }, "precondition: a build without warnings")
        let page = try #require(try Self.files(output, fileSystem: fs).first { $0.hasPrefix("opd/") && $0.hasSuffix("/index.html") })
        // A build of an edited programme starts writing in place and is killed before finish().
        let killed = try OutputWriter.Session(writer: OutputWriter(fileSystem: fs), root: output)
        try killed.add(OutputFile(path: page, bytes: Array("<p>draf yang belum terbit</p>".utf8)))
        #expect(fs.isFile(output + "/" + page + ".tinjau-tmp"), "precondition: the killed build left its temporary")
        // The editor reverts the edit and builds again: same inputs as the marker's.
        try SiteBuilder().build(options)
        let left = try Self.files(output, fileSystem: fs).filter { $0.hasSuffix(".tinjau-tmp") }
        #expect(left.isEmpty, "a successful build left \(left) in the published site")
        try SiteBuilder().build(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/clean"))
        #expect(try Self.files(output, fileSystem: fs) == Self.files(dir.path + "/clean", fileSystem: fs))
    }

    /// The promise, for a programme page kept by its input key (``PageInputs``) without building its
    /// view model. With `--preview-images` and `base_url`, every programme page names its OPD's
    /// card (`og:image`) and describes it in `og:image:alt` / `twitter:image:alt`: "Grafik batang
    /// skor DA per dimensi: Tata Kelola 50,0%; …" (`SiteRenderer.preview(for:)`). Those are the OPD's
    /// scores, made from the OPD's other programmes, which are in neither the programme's own digest
    /// nor the shared one, nor its similar programmes: editing the status of another programme of
    /// the same OPD keeps every other programme page of that OPD with the old scores in its alt text
    /// (while the PNG beside it shows the new ones). Reproduced with the CLI on `content/`
    /// (`base_url` set, `--preview-images`): 14 programme pages of Bappeda differed from a clean build.
    @Test func aProgrammePagesPreviewAltFollowsItsOPDsScore() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        try copyFolder(fixtures + "/mini/content", to: content)
        let config = content + "/tinjau.yml"
        try fs.write(Array("base_url: https://contoh.go.id/\n".utf8) + fs.read(config), to: config)
        let tools = PublishingTools(searchIndexer: { nil }, rasteriser: { FakeRasteriser() }, printer: { nil })
        var options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output")
        options.extras = SiteExtras(previewImages: true)
        try SiteBuilder(tools: tools).build(options)
        // Another programme of the same OPD (dinas-a) is no longer delayed: the OPD's score changes.
        let other = content + "/opd/dinas-a/portal-data.md"
        let edited = String(decoding: try fs.read(other), as: UTF8.self)
            .replacingOccurrences(of: "status: tertunda", with: "status: berjalan")
            .replacingOccurrences(of: "alasan_tunda: Pandemi COVID-19\n", with: "")
        try fs.write(Array(edited.utf8), to: other)
        try SiteBuilder(tools: tools).build(options)
        var clean = options
        clean.outputDirectory = dir.path + "/clean"
        try SiteBuilder(tools: tools).build(clean)
        let page = "opd/dinas-a/aplikasi-aduan/index.html"
        let built = String(decoding: try fs.read(options.outputDirectory + "/" + page), as: UTF8.self)
        let expected = String(decoding: try fs.read(clean.outputDirectory + "/" + page), as: UTF8.self)
        #expect(expected.contains("og:image:alt"), "precondition: the page describes its preview image")
        #expect(built == expected, "\(page) kept the old scores of its OPD")
    }

    /// Paged programme lists (`program_per_halaman`): the timeline is drawn on the first page of
    /// the OPD order only (`ProgramListPage`: `slice.page == 1`), but the template's section is
    /// guarded by `isDefaultOrder`, true on every page of that order. So pages 2…N carry a
    /// "Linimasa" heading, a figure with only its caption, and a focusable "Tabel linimasa" region
    /// holding a table with a caption and no rows; at 360 px the lone figcaption is squeezed into a
    /// column one letter wide that runs down three screens (seen on the generated review,
    /// `program/halaman/2/`, 600 programmes, 20 per page).
    @Test func laterPagesOfTheOPDOrderHaveNoEmptyTimeline() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        try copyFolder(packageRoot + "/content", to: content)
        let config = content + "/tinjau.yml"
        try fs.write(fs.read(config) + Array("program_per_halaman: 10\n".utf8), to: config)
        let (files, _) = try SiteBuilder().prepare(
            BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/output"))
        let first = String(decoding: try #require(files.first { $0.path == "program/index.html" }).bytes, as: UTF8.self)
        #expect(first.contains("id=\"linimasa\"") && first.contains("<svg"), "precondition: page 1 has the timeline")
        let second = String(decoding: try #require(files.first { $0.path == "program/halaman/2/index.html" }).bytes, as: UTF8.self)
        #expect(!second.contains("id=\"linimasa\"") || second.contains("<svg"), "page 2 has a timeline section without its chart")
    }
}
