import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Programme lists cut into pages (`program_per_halaman`): a province's 10 000 programmes on one
/// page made three pages of 5–7 MB each, unreadable on a phone and re-rendered whole after any edit.
@Suite("Programme lists in pages")
struct ProgramListPagingTests {
    /// The shipped review (71 programmes, `bahasa: [id, en]`) copied to `dir`, with `extra` added to
    /// its `tinjau.yml`.
    static func review(in dir: TemporaryDirectory, adding extra: String) throws -> String {
        let fs = LocalFileSystem()
        let content = dir.path + "/content"
        for entry in try fs.listRecursively(packageRoot + "/content") where entry.kind == .file {
            try fs.write(try fs.read(packageRoot + "/content/" + entry.relativePath), to: content + "/" + entry.relativePath)
        }
        let config = String(decoding: try fs.read(content + "/tinjau.yml"), as: UTF8.self)
        try fs.write(Array((config + extra).utf8), to: content + "/tinjau.yml")
        return content
    }

    static func site(_ content: String) throws -> [String: String] {
        let (files, _) = try SiteBuilder().prepare(
            BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: "unused"))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// The programmes a list page shows, in order, as `opd/slug` (the links of its tables).
    static func rows(_ html: String) -> [String] {
        guard let start = html.range(of: "id=\"daftar\"") else { return [] }
        let list = String(html[start.upperBound...])
        let link = try! NSRegularExpression(pattern: "<th scope=\"row\"><a href=\"(?:\\.\\./)*opd/([^/\"]+/[^/\"]+)/index\\.html\"")
        return link.matches(in: list, range: NSRange(list.startIndex..., in: list)).map { String(list[Range($0.range(at: 1), in: list)!]) }
    }

    /// Groups of 3, 12 and 1 programmes at 5 a page: hand-counted pages and parts.
    @Test func aLayoutCutsGroupsAcrossPages() {
        // Positions in the content's programmes: a 0..<3, b 3..<15, c 15.
        func programs(_ n: Int, _ first: Int) -> [Int] { Array(first..<first + n) }
        let layout = ProgramListLayout(
            groups: [
                .init(id: "a", heading: "A", programs: programs(3, 0)), .init(id: "b", heading: "B", programs: programs(12, 3)),
                .init(id: "c", heading: "C", programs: programs(1, 15)),
            ], perPage: 5)
        #expect(ProgramListLayout.pageCount(rows: 16, perPage: 5) == 4)
        #expect(ProgramListLayout.pageCount(rows: 0, perPage: 5) == 1)
        #expect(layout.startPages == [1, 1, 4])
        func summary(_ page: Int) -> [String] {
            layout.parts(onPage: page).map { "\(layout.groups[$0.group].id)\($0.programs.count)\($0.continued ? "+" : "")" }
        }
        #expect(summary(1) == ["a3", "b2"])
        #expect(summary(2) == ["b5+"])
        #expect(summary(3) == ["b5+"])
        #expect(summary(4) == ["c1"])
        #expect(layout.parts(onPage: 2).first?.programs.first == 5)
    }

    /// At 10 a page the 71 programmes take 8 pages per order, in both editions; read one after the
    /// other they are the single page's list, each programme once.
    @Test func thePagesTogetherAreTheWholeListInItsOrder() throws {
        let (dir, other) = (try TemporaryDirectory(), try TemporaryDirectory())
        let whole = try Self.site(Self.review(in: dir, adding: ""))
        let paged = try Self.site(Self.review(in: other, adding: "program_per_halaman: 10\n"))
        for edition in ["", "en/"] {
            for order in ProgramOrder.allCases {
                let single = try #require(whole[edition + Permalink.programList(order)])
                #expect(Self.rows(single).count == 71)
                #expect(!single.contains("class=\"pagination\""), "a list that fits one page has no page links")
                var rows: [String] = []
                for page in 1...8 {
                    let html = try #require(paged[edition + Permalink.programList(order, page: page)], "\(edition)\(order) page \(page)")
                    let pageRows = Self.rows(html)
                    #expect(pageRows.count == (page < 8 ? 10 : 1), "\(edition)\(order) page \(page)")
                    rows += pageRows
                }
                #expect(paged[edition + Permalink.programList(order, page: 9)] == nil)
                #expect(rows == Self.rows(single), "\(edition)\(order)")
            }
        }
        #expect(!paged.keys.contains { $0.hasPrefix("program/halaman/1/") }, "page 1 is the list's own address")
    }

    /// Page links, titles, continued groups and the links to every group.
    @Test func pagesLinkEachOtherAndEveryGroup() throws {
        let dir = try TemporaryDirectory()
        let site = try Self.site(Self.review(in: dir, adding: "program_per_halaman: 10\n"))
        let third = try #require(site["program/dimensi/halaman/3/index.html"])
        #expect(third.contains("<title>Semua program menurut dimensi, halaman 3 dari 8"))
        #expect(third.contains("<p class=\"pagination-label\">Halaman 3 dari 8</p>"))
        #expect(third.contains("<a href=\"../../../../program/dimensi/halaman/2/index.html\" rel=\"prev\">"))
        #expect(third.contains("<a href=\"../../../../program/dimensi/halaman/4/index.html\" rel=\"next\">"))
        #expect(third.contains("<a href=\"../../../../program/dimensi/halaman/3/index.html\" aria-current=\"page\">3</a>"))
        #expect(third.contains("<a href=\"../../../../program/dimensi/index.html\">1</a>"))
        // The groups: each linked where its first row is; one continued from page 2 here or on a later page.
        let layoutPages = site.filter { $0.key.hasPrefix("program/dimensi/") }.values
        #expect(layoutPages.contains { $0.contains("(lanjutan)</h3>") })
        let firstPage = try #require(site["program/dimensi/index.html"])
        #expect(firstPage.contains("<a href=\"#dimensi-governance\">"))
        let jump = try NSRegularExpression(pattern: "<a href=\"([^\"]*)#(dimensi-[a-z]+)\">")
        for match in jump.matches(in: third, range: NSRange(third.startIndex..., in: third)) {
            let target = String(third[Range(match.range(at: 1), in: third)!])
            let id = String(third[Range(match.range(at: 2), in: third)!])
            let page = target.isEmpty ? "program/dimensi/halaman/3/index.html" : String(target.dropFirst("../../../../".count))
            #expect(site[page]?.contains("<h3 id=\"\(id)\">") == true, "\(id) is not on \(page)")
        }
        let english = try #require(site["en/program/halaman/2/index.html"])
        #expect(english.contains("<title>All programmes, page 2 of 8"))
        #expect(english.contains("rel=\"next\">Next ›</a>"))
    }

    /// `program_per_halaman` outside 10…10 000 is an error at its line.
    @Test func rowsPerPageOutOfRangeIsAnError() throws {
        let dir = try TemporaryDirectory()
        let content = try Self.review(in: dir, adding: "program_per_halaman: 5\n")
        let failure = try #require(throws: BuildFailure.self) {
            try SiteBuilder().check(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: "unused"))
        }
        let error = try #require(failure.diagnostics.first { $0.code == "value.out-of-range" }, "\(failure.diagnostics.map(\.code))")
        #expect(error.location.path.hasSuffix("tinjau.yml") && error.location.line != nil)
        #expect(error.message.contains("program_per_halaman"))
    }

    /// A programme's budget edited: of the 24 list pages, the three that show it are written again
    /// (one per order), and the others keep their files.
    @Test func anEditRewritesOnlyTheListPagesThatShowTheProgramme() throws {
        let dir = try TemporaryDirectory()
        let content = try Self.review(in: dir, adding: "program_per_halaman: 10\n")
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: dir.path + "/out")
        try SiteBuilder().build(options)
        let fs = LocalFileSystem()
        let lists = ProgramOrder.allCases.flatMap { order in (1...8).map { Permalink.programList(order, page: $0) } }
        let before = lists.map { fs.stamp(dir.path + "/out/" + $0) }
        let path = content + "/opd/diskominfo/bantulpedia.md"
        let text = String(decoding: try fs.read(path), as: UTF8.self)
        try fs.write(Array(text.replacingOccurrences(of: "anggaran: 240000000", with: "anggaran: 250000000").utf8), to: path)
        let report = try SiteBuilder().build(options)
        let after = lists.map { fs.stamp(dir.path + "/out/" + $0) }
        let rewritten = zip(lists, zip(before, after)).filter { $0.1.0 != $0.1.1 }.map(\.0)
        #expect(rewritten.count == 3, "\(rewritten)")
        // Most programme pages (142, both editions) are kept by their inputs' key, without a view model.
        #expect(report.pagesKeptByInputs > 100, "\(report.pagesKeptByInputs)")
    }
}
