import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A search indexer that keeps what it was given and returns two index files.
final class FakeIndexer: SearchIndexing, @unchecked Sendable {
    private(set) var added: [String] = []
    private(set) var htmlByPath: [String: String] = [:]
    var pageCount: Int { added.count }
    let name = "fake pagefind"

    func add(path: String, html: [UInt8]) throws {
        added.append(path)
        htmlByPath[path] = String(decoding: html, as: UTF8.self)
    }

    func finish() throws -> [OutputFile] {
        [
            OutputFile(path: "pagefind/pagefind-entry.json", bytes: Array("{\"pages\":\(added.count)}".utf8)),
            OutputFile(path: "pagefind/pagefind.js", bytes: Array("export {}".utf8)),
        ]
    }
}

/// A rasteriser that returns a PNG signature followed by the SVG's length.
struct FakeRasteriser: SVGRasterising {
    let name = "fake rsvg"
    func png(svg: String, width: Int, height: Int) throws -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47] + Array("\(width)x\(height):\(svg.utf8.count)".utf8)
    }
}

/// A printer that records every page it printed and says each table-of-contents target is on page 3.
final class FakePrinter: PDFPrinting, @unchecked Sendable {
    private let lock = NSLock()
    private var pagesPrinted: [String] = []
    let name = "fake chromium"
    var printed: [String] { lock.withLock { pagesPrinted } }

    func print(folder: String, page: String) throws -> [UInt8] {
        let html = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
        // The assets are written beside the page, so that its relative style sheet loads.
        #expect(FileManager.default.fileExists(atPath: folder + "/assets/style.css"))
        lock.withLock { pagesPrinted.append(html) }
        return Array("%PDF-1.4\n/CreationDate (D:20261130111333+00'00')\n/ModDate (D:20261130111333+00'00')>>\n".utf8)
    }

    func destinations(pdf: [UInt8]) throws -> [String: Int]? {
        ["ringkasan": 3, "dimensi": 4, "temuan": 5, "lampiran": 6]
    }
}

let fakeTools = PublishingTools(searchIndexer: { FakeIndexer() }, rasteriser: { FakeRasteriser() }, printer: { FakePrinter() })

func text(_ files: [OutputFile], _ path: String) throws -> String {
    String(decoding: try #require(files.first { $0.path == path }, "\(path) missing").bytes, as: UTF8.self)
}

@Suite("Sharing: search, link previews, the PDF, descriptions")
struct SharingTests {
    let mini = BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")

    // MARK: - The extras' flow, with fake programs

    @Test func everyExtraMakesItsFilesAndThePagesLinkThem() throws {
        var options = mini
        options.extras = SiteExtras(search: true, previewImages: true, pdf: true)
        let indexer = FakeIndexer()
        let printer = FakePrinter()
        let tools = PublishingTools(searchIndexer: { indexer }, rasteriser: { FakeRasteriser() }, printer: { printer })
        let (files, report) = try SiteBuilder(tools: tools).prepare(options)
        let paths = Set(files.map(\.path))
        // Search: the searched pages went to the indexer, its files are in the site, the pages have the box.
        let content = try #require(report.content)
        #expect(Set(indexer.added) == SiteRenderer.searchedPaths(content))
        #expect(indexer.added.contains("opd/dinas-a/aplikasi-aduan/index.html") && !indexer.added.contains("index.html"))
        #expect(paths.isSuperset(of: ["pagefind/pagefind-entry.json", "pagefind/pagefind.js", "cari/index.html"]))
        #expect(
            try text(files, "index.html").contains(
                "<form class=\"site-search\" role=\"search\" aria-label=\"Cari di situs\" action=\"cari/index.html\" method=\"get\">"))
        #expect(!(try text(files, "cari/index.html").contains("class=\"site-search\"")), "the search page has its own form")
        // Previews: one image per dimension and OPD, and the home page's.
        let images = files.filter { $0.path.hasPrefix("pratinjau/") }.map(\.path).sorted()
        #expect(images.count == 1 + content.dimensions.count + content.opds.count)
        #expect(
            images.contains("pratinjau/beranda.png") && images.contains("pratinjau/opd-dinas-a.png")
                && images.contains("pratinjau/dimensi-governance.png"))
        // Without base_url the pages cannot name them (Open Graph needs absolute addresses): a note says so.
        #expect(!(try text(files, "index.html").contains("og:image")))
        #expect(report.diagnostics.contains { $0.code == "preview.no-base-url" && $0.severity == .note })
        // The PDF: printed twice (the second time with the contents' page numbers), dates replaced by
        // the review date, linked from the home, print and data pages.
        let pdf = String(decoding: try #require(files.first { $0.path == "laporan-review-2020.pdf" }).bytes, as: UTF8.self)
        #expect(pdf.contains("/CreationDate (D:20200723000000+00'00')") && pdf.contains("/ModDate (D:20200723000000+00'00')"))
        #expect(printer.printed.count == 2)
        #expect(!printer.printed[0].contains("class=\"toc-page\""))
        #expect(
            printer.printed[1].contains("<a href=\"#ringkasan\"><span class=\"toc-label\">1. Ringkasan</span><span class=\"toc-page\">3</span></a>"))
        #expect(printer.printed[1].contains("<title>Review Contoh &amp; Uji &lt;Mini&gt;</title>"), "the PDF's title is the review's")
        for page in ["index.html", "cetak/index.html", "data/index.html"] {
            #expect(try text(files, page).contains("laporan-review-2020.pdf\">"), "\(page)")
        }
        #expect(report.extras.count == 3)
    }

    @Test func missingProgramsAreWarningsAndTheSiteNeverLinksWhatItLacks() throws {
        var options = mini
        options.extras = SiteExtras(search: true, previewImages: true, pdf: true)
        let (files, report) = try SiteBuilder(tools: .none).prepare(options)
        let codes = Set(
            report.diagnostics.filter { $0.severity == .warning && ["search", "preview", "pdf"].contains($0.code.split(separator: ".")[0]) }.map(
                \.code))
        #expect(codes == ["search.pagefind-missing", "preview.rsvg-missing", "pdf.chromium-missing"])
        #expect(
            !files.contains {
                $0.path.hasPrefix("pagefind/") || $0.path.hasPrefix("pratinjau/") || $0.path.hasSuffix(".pdf") || $0.path == "cari/index.html"
            })
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(!html.contains("cari/index.html") && !html.contains(".pdf\""), "\(file.path)")
        }
    }

    @Test func strictBuildsFailWhenAnExtraIsMissing() throws {
        let dir = try TemporaryDirectory()
        var options = mini
        options.outputDirectory = dir.path + "/site"
        options.extras = SiteExtras(search: true)
        #expect(throws: BuildFailure.self) { try SiteBuilder(tools: .none).build(options, failOnWarnings: true) }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/site"))
    }

    @Test func theCommandWarnsAndBuildsWithoutPagefind() throws {
        let dir = try TemporaryDirectory()
        let arguments = [
            "build", "--search", "--content", fixtures + "/mini/content", "--templates", shippedTemplates, "--output", dir.path + "/site",
        ]
        let environment = ["PATH": "/tidak-ada", "PAGEFIND_BINARY_PATH": ""]
        let result = try runTinjau(arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: Pagefind tidak ditemukan; situs dibangun tanpa pencarian (`--search`)"), "\(result.stderr)")
        #expect(result.stderr.contains("saran: pasang dengan `python3 -m pip install 'pagefind[bin]==1.5.2'`"))
        #expect(FileManager.default.fileExists(atPath: dir.path + "/site/index.html"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/site/cari"))
        #expect(try runTinjau(arguments + ["--strict"], environment: environment).status == 1)
    }

    /// A build with an extra after a build without it (nothing else changed) must not stop early:
    /// the extras are part of the input digest.
    @Test func askingForAnExtraRebuildsAnUnchangedSite() throws {
        let dir = try TemporaryDirectory()
        // The shipped review builds without warnings, so an unchanged rebuild may stop early.
        var options = BuildOptions(
            contentDirectory: packageRoot + "/content", templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/site")
        let builder = SiteBuilder(tools: fakeTools)
        try builder.build(options)
        #expect(try builder.build(options).aggregates == nil, "an unchanged rebuild stops early")
        options.extras = SiteExtras(search: true)
        let report = try builder.build(options)
        #expect(report.aggregates != nil)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/site/pagefind/pagefind-entry.json"))
        #expect(FileManager.default.fileExists(atPath: dir.path + "/site/cari/index.html"))
        // And back: without --search the index and the search page go.
        options.extras = SiteExtras()
        try builder.build(options)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/site/pagefind"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/site/cari/index.html"))
    }

    @Test func withBaseURLEveryPageNamesItsPreviewByItsAbsoluteAddress() throws {
        var options = BuildOptions(contentDirectory: fixtures + "/hostile/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        options.extras = SiteExtras(previewImages: true)
        let (files, report) = try SiteBuilder(tools: fakeTools).prepare(options)
        #expect(!report.diagnostics.contains { $0.code == "preview.no-base-url" })
        let base = "https://contoh.go.id/Tinjauan%20Kaf%C3%A9%202020/"
        let content = try #require(report.content)
        let program = try #require(content.programs.first)
        let expected = [
            ("index.html", "pratinjau/beranda.png"), ("program/index.html", "pratinjau/beranda.png"),
            ("dimensi/governance/index.html", "pratinjau/dimensi-governance.png"),
            ("opd/\(program.opdSlug)/index.html", "pratinjau/opd-\(program.opdSlug).png"),
            (Permalink.program(program), "pratinjau/opd-\(program.opdSlug).png"),
        ]
        for (page, image) in expected {
            let html = try text(files, page)
            #expect(html.contains("<meta property=\"og:image\" content=\"\(base)\(image)\">"), "\(page)")
            #expect(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"), "\(page)")
            #expect(html.contains("<meta property=\"og:image:width\" content=\"1200\">"), "\(page)")
            #expect(files.contains { $0.path == image }, "\(image)")
        }
        #expect(!(try text(files, "404.html").contains("og:image")))
    }

    // MARK: - Descriptions

    @Test func everyPageHasADescriptionWrittenFromItsContent() throws {
        for directory in [fixtures + "/mini/content", packageRoot + "/content"] {
            let options = BuildOptions(contentDirectory: directory, templatesDirectory: shippedTemplates, outputDirectory: "unused")
            let files = try SiteBuilder().prepare(options).files
            for file in files where file.path.hasSuffix(".html") {
                let html = String(decoding: file.bytes, as: UTF8.self)
                let description = try #require(
                    html.range(of: "<meta name=\"description\" content=\"").map { html[$0.upperBound...].prefix { $0 != "\"" } })
                #expect(description.trimmingCharacters(in: .whitespaces).count >= 10, "\(file.path): \(description)")
                #expect(description.count <= SiteRenderer.descriptionLimit + 60, "\(file.path)")  // + room for entities
            }
        }
    }

    /// A programme whose `ringkasan` is blank (the parser reads it as none) is described by the first
    /// paragraph of its body, not by a blank string or a generic sentence.
    @Test func aBlankSummaryFallsBackToTheBody() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        for entry in try fs.listRecursively(fixtures + "/mini/content") where entry.kind == .file {
            try fs.write(try fs.read(fixtures + "/mini/content/" + entry.relativePath), to: dir.path + "/content/" + entry.relativePath)
        }
        let path = dir.path + "/content/opd/dinas-a/portal-data.md"
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let blank =
            source.contains("ringkasan:")
            ? source.replacingOccurrences(of: #"ringkasan:[^\n]*"#, with: "ringkasan: \"  \"", options: .regularExpression)
            : source.replacingOccurrences(of: "judul:", with: "ringkasan: \"  \"\njudul:")
        try blank.write(toFile: path, atomically: true, encoding: .utf8)
        let files = try SiteBuilder().prepare(
            BuildOptions(
                contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates,
                outputDirectory: "unused")
        ).files
        let html = try text(files, "opd/dinas-a/portal-data/index.html")
        #expect(html.contains("<meta name=\"description\" content=\"Portal data tertunda.\">"))
    }

    @Test func descriptionsAreCutAtAWord() {
        #expect(SiteRenderer.metaDescription(nil, "  \n ", "Judul") == "Judul")
        #expect(SiteRenderer.metaDescription("satu\n  dua") == "satu dua")
        let long = Array(repeating: "kata", count: 80).joined(separator: " ")
        let cut = SiteRenderer.metaDescription(long)
        #expect(cut.count <= SiteRenderer.descriptionLimit && cut.hasSuffix("kata…"))
        #expect(HTML.firstParagraphText("<h2>x</h2>\n<p>Satu <a href=\"a\">dua</a> &amp; &lt;tiga&gt;</p><p>lain</p>") == "Satu dua & <tiga>")
        #expect(HTML.firstParagraphText("<ul><li>x</li></ul>") == nil)
        // An escaped entity stays an entity's text; multi-byte text and a lone `&` pass through.
        #expect(HTML.firstParagraphText("<p>&amp;lt; café – A&amp;B &x</p>") == "&lt; café – A&B &x")
        #expect(HTML.firstParagraphText("<p> <em></em> </p>") == nil)
    }

    /// Whitespace is collapsed on ASCII bytes exactly as splitting by `Character` does it, line breaks
    /// (`\r\n` is one `Character`), tabs, vertical tabs and form feeds included; other text takes the
    /// `Character` path, which also knows Unicode spaces.
    @Test func whitespaceIsCollapsedAsCharactersWouldBe() {
        func byCharacter(_ text: String) -> String { text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ") }
        let samples = [
            "", " ", "satu", "  satu  dua\n", "\r\nsatu\r\n\r\ndua\t\u{0B}tiga\u{0C}", "a\rb", "a\u{1F}b", " \t\n ",
            "Layanan  data\u{00A0}digital", "caf\u{E9} \u{2003} kopi", "x\u{85}y",
        ]
        for sample in samples { #expect(HTML.collapsingWhitespace(sample) == byCharacter(sample), "\(sample.debugDescription)") }
        #expect(HTML.collapsingWhitespace("  satu \r\n\tdua  ") == "satu dua")
        #expect(HTML.collapsingWhitespace("Layanan\u{00A0}data") == "Layanan data")
    }

    // MARK: - The programme list without JavaScript

    @Test func theProgrammeListComesInThreeOrdersEachWithEveryProgrammeOnce() throws {
        let (files, report) = try SiteBuilder().prepare(
            BuildOptions(
                contentDirectory: packageRoot + "/content", templatesDirectory: shippedTemplates,
                outputDirectory: "unused"))
        let content = try #require(report.content)
        for order in ProgramOrder.allCases {
            let html = try text(files, Permalink.programList(order))
            for program in content.programs {
                let link = "href=\"../" + (order == .opd ? "" : "../") + Permalink.program(program) + "\""
                #expect(html.components(separatedBy: link).count - 1 == 1, "\(order): \(program.id)")
            }
            for other in ProgramOrder.allCases {
                let target = String(repeating: "../", count: order == .opd ? 1 : 2) + Permalink.programList(other)
                #expect(
                    html.contains("<a href=\"\(target)\"" + (other == order ? " aria-current=\"page\"" : "") + ">\(other.label)</a>"),
                    "\(order) → \(other)")
            }
        }
        let byStatus = try text(files, "program/status/index.html")
        #expect(byStatus.contains("<h3 id=\"status-tertunda\">Tertunda</h3>") && byStatus.contains("<a href=\"#status-tertunda\">Tertunda</a>"))
    }

    // MARK: - Pieces

    @Test func pdfLinksPointAtThePublicSiteOrNowhere() {
        let html =
            "<link rel=\"stylesheet\" href=\"../assets/style.css\"><a href=\"#ringkasan\">a</a> <a class=\"x\" href=\"../opd/a/index.html#p\">b</a> <a href=\"https://lapor.go.id/\">c</a> <a href=\"mailto:x@y.id\">d</a>"
        let withBase = ReportPrinter.linksForPDF(html, page: Permalink.print, baseURL: "https://contoh.go.id/Tinjauan%20Kaf%C3%A9")
        #expect(
            withBase
                == "<link rel=\"stylesheet\" href=\"../assets/style.css\"><a href=\"#ringkasan\">a</a> <a class=\"x\" href=\"https://contoh.go.id/Tinjauan%20Kaf%C3%A9/opd/a/#p\">b</a> <a href=\"https://lapor.go.id/\">c</a> <a href=\"mailto:x@y.id\">d</a>"
        )
        let without = ReportPrinter.linksForPDF(html, page: Permalink.print, baseURL: nil)
        #expect(
            without
                == "<link rel=\"stylesheet\" href=\"../assets/style.css\"><a href=\"#ringkasan\">a</a> <a class=\"x\">b</a> <a href=\"https://lapor.go.id/\">c</a> <a href=\"mailto:x@y.id\">d</a>"
        )
    }

    @Test func pdfDatesAreReplacedInPlace() {
        let pdf = Array("x /CreationDate (D:20261130111333+00'00') y /ModDate (D:20261130111333+00'00') /CreationDate (D:abc)".utf8)
        let fixed = ReportPrinter.normalisingDates(pdf, date: "20200723")
        #expect(fixed.count == pdf.count)
        #expect(
            String(decoding: fixed, as: UTF8.self)
                == "x /CreationDate (D:20200723000000+00'00') y /ModDate (D:20200723000000+00'00') /CreationDate (D:abc)")
        #expect(
            ReportPrinter.documentDate(ReviewConfig(title: "T", region: "R", reviewYear: 2021, masterplanStart: 2020, masterplanEnd: 2025))
                == "20210101")
    }

    @Test func pdfinfoDestinationsAreRead() {
        let output = """
            Page  Destination                 Name
               1 [ XYZ    0  842 null      ] "isi"
               3 [ XYZ   12  818 null      ] "ringkasan"
              12 [ XYZ   12  306 null      ] "halaman-temuan-dan-rekomendasi"
            """
        #expect(ChromiumPrinter.parseDestinations(output) == ["isi": 1, "ringkasan": 3, "halaman-temuan-dan-rekomendasi": 12])
    }

    @Test func theRunningHeaderIsASafeCSSString() {
        #expect(CSS.string("Review \"Kutip\" \\ </style><script>") == #""Review \"Kutip\" \\ \3c /style\3e \3c script\3e ""#)
        #expect(CSS.string("baris\nbaru") == "\"baris\\a baru\"")
    }

    @Test func previewCardsAreWellFormedSVGOfTheRightSize() throws {
        let options = BuildOptions(contentDirectory: fixtures + "/hostile/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let renderer = SiteRenderer(try SiteBuilder().analyse(options))
        let cards = renderer.previewCards()
        #expect(cards.count == 1 + renderer.content.dimensions.count + renderer.content.opds.count)
        for card in cards {
            let svg = card.svg()
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""))
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(card.path): \(String(describing: parser.parserError))")
            #expect(!svg.contains("<script") && !card.alt.isEmpty)
            #expect(svg.contains("<svg x=\"652\" y=\"62\" width=\"496\" height=\"472\" class=\"chart"), "the chart is placed in its panel")
        }
    }

    @Test func longTitlesWrapIntoThreeLinesAtMost() {
        let lines = PreviewCard.lines(
            "Dinas Koperasi, Usaha Kecil dan Menengah dan Perindustrian Kabupaten Contoh yang Panjang Sekali", width: 17, maximum: 3)
        #expect(lines.count == 3 && lines.allSatisfy { $0.count <= 17 } && lines[2].hasSuffix("…"))
    }

    // MARK: - The real programs, where installed

    /// Pagefind from `make tools` (or PATH): the mini site's searched pages, indexed through the service.
    @Test(.enabled(if: PublishingTools.locatePagefind(testEnvironment) != nil, "Pagefind is not installed (make tools)"))
    func pagefindIndexesTheSearchedPages() throws {
        var options = mini
        options.extras = SiteExtras(search: true)
        let (files, report) = try SiteBuilder(tools: .live(environment: testEnvironment)).prepare(options)
        let entry = try text(files, "pagefind/pagefind-entry.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(entry.utf8)) as? [String: Any])
        let languages = try #require(json["languages"] as? [String: [String: Any]])
        #expect(languages["id"]?["page_count"] as? Int == SiteRenderer.searchedPaths(try #require(report.content)).count)
        #expect(files.contains { $0.path == "pagefind/pagefind.js" } && files.contains { $0.path == "pagefind/wasm.id.pagefind" })
        #expect(!files.contains { $0.path.hasPrefix("pagefind/pagefind-ui") }, "Pagefind's own interface is not shipped")
        // The same pages give the same index, but for the files that Pagefind writes from a hash map in
        // arbitrary order (the filter indexes and the two files naming them by hash: Pagefind issue #638).
        let again = try SiteBuilder(tools: .live(environment: testEnvironment)).prepare(options).files
        func stable(_ files: [OutputFile]) -> [OutputFile] { files.filter { !PagefindIndexer.isUnstable($0.path) } }
        #expect(stable(again) == stable(files))
        #expect(again.filter { PagefindIndexer.isUnstable($0.path) }.count == files.filter { PagefindIndexer.isUnstable($0.path) }.count)
        #expect(files.filter { PagefindIndexer.isUnstable($0.path) }.count == 2 + 3, "the entry, the meta index and one filter index per filter")
    }

    @Test(
        .enabled(if: ExternalProgram.which("rsvg-convert", path: ProcessInfo.processInfo.environment["PATH"]) != nil, "rsvg-convert is not installed")
    )
    func rsvgConvertDrawsEveryCardAt1200By630() throws {
        var options = mini
        options.extras = SiteExtras(previewImages: true)
        let (files, _) = try SiteBuilder().prepare(options)
        let images = files.filter { $0.path.hasPrefix("pratinjau/") }
        #expect(!images.isEmpty)
        for image in images {
            // PNG: signature, then the IHDR chunk with width and height (big-endian).
            #expect(image.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let width = image.bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = image.bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect((width, height) == (1200, 630), "\(image.path)")
        }
    }

    @Test(
        .enabled(
            if: ["chromium", "pdfinfo", "pdftotext"].allSatisfy {
                ExternalProgram.which($0, path: ProcessInfo.processInfo.environment["PATH"]) != nil
            },
            "Chromium or poppler-utils is not installed"))
    func chromiumPrintsTheReportWithContentsAndPageNumbers() throws {
        let dir = try TemporaryDirectory()
        var options = mini
        options.outputDirectory = dir.path + "/site"
        options.extras = SiteExtras(pdf: true)
        let report = try SiteBuilder().build(options)
        #expect(!report.diagnostics.contains { $0.code.hasPrefix("pdf.") }, "\(report.diagnostics)")
        let pdf = dir.path + "/site/laporan-review-2020.pdf"
        let pdfinfo = ExternalProgram(executable: try #require(ExternalProgram.which("pdfinfo", path: ProcessInfo.processInfo.environment["PATH"])))
        let info = String(decoding: try pdfinfo.run([pdf]).output, as: UTF8.self)
        #expect(info.contains("Title:           Review Contoh & Uji <Mini>"))
        #expect(info.contains("(A4)"))
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect((4...12).contains(pages), "\(pages) pages")
        let destinations = ChromiumPrinter.parseDestinations(String(decoding: try pdfinfo.run(["-dests", pdf]).output, as: UTF8.self))
        let pdftotext = ExternalProgram(
            executable: try #require(ExternalProgram.which("pdftotext", path: ProcessInfo.processInfo.environment["PATH"])))
        let contents = String(decoding: try pdftotext.run(["-layout", "-f", "2", "-l", "2", pdf, "-"]).output, as: UTF8.self)
        #expect(contents.contains("Daftar isi"))
        for (id, label) in [("ringkasan", "1. Ringkasan"), ("dimensi", "2. Dimensi"), ("lampiran", "Lampiran: daftar program")] {
            let page = try #require(destinations[id], "\(id)")
            let line = contents.split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
            #expect(line.hasSuffix(" \(page)"), "\(label): \(line)")
        }
        #expect(contents.contains("Halaman 2 dari \(pages)"))
        // Printing again gives the same bytes.
        let first = try LocalFileSystem().read(pdf)
        try SiteBuilder().build(options, force: true)
        #expect(try LocalFileSystem().read(pdf) == first)
    }
}

/// The environment of the tests, with `make tools`' Pagefind first on PATH when it was installed.
let testEnvironment: [String: String] = {
    var environment = ProcessInfo.processInfo.environment
    let venv = packageRoot + "/.build-tools/venv/bin"
    if FileManager.default.fileExists(atPath: venv) { environment["PATH"] = venv + ":" + (environment["PATH"] ?? "") }
    return environment
}()
