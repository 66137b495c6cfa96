import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Links of an English edition (`bahasa: [id, en]`) that lead out of its `en/` folder: archived reviews
/// (published in their own language only, at the site's root) and the search index.
@Suite("Edition links")
struct EditionLinkTests {
    /// Every relative `href` and `src` of the HTML files of `files` under `prefix` that names no file
    /// of the site, as `page → target`.
    static func brokenLinks(_ files: [OutputFile], under prefix: String) -> [String] {
        let paths = Set(files.map(\.path))
        let link = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"#?]*)[^\"]*\"")
        var broken: [String] = []
        for file in files where file.path.hasPrefix(prefix) && file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for match in link.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let url = String(html[Range(match.range(at: 1), in: html)!])
                if url.isEmpty || url.contains(":") || url.hasPrefix("/") { continue }
                let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
                guard var target = Paths.resolved(folder.isEmpty ? url : folder + "/" + url) else {
                    broken.append("\(file.path) → \(url) (above the site)")
                    continue
                }
                if url.hasSuffix("/") || target.isEmpty { target += target.isEmpty ? "index.html" : "/index.html" }
                if !paths.contains(target) && !paths.contains(target + "/index.html") { broken.append("\(file.path) → \(url)") }
            }
        }
        return broken
    }

    /// A 2021 review in two languages whose 2020 review is archived, and whose narrative page links
    /// the archive.
    static func reviewWithArchive() throws -> InMemoryFileSystem {
        let archive = try CatalogueExamples.archive(year: 2020)
        var files = CatalogueExamples.base
        files["content/tinjau.yml"] =
            CatalogueExamples.review.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: 2021") + "bahasa: [id, en]\n"
        files["content/arsip/2020.json"] = archive
        files["content/halaman/pendahuluan.md"] = "---\njudul: Pendahuluan\n---\nLihat [review 2020](/arsip/2020/).\n"
        files["content/halaman/pendahuluan.en.md"] = "---\njudul: Introduction\n---\nSee the [2020 review](/arsip/2020/).\n"
        return InMemoryFileSystem(files: files)
    }

    @Test func englishPagesReachTheArchivedReviewAtTheSiteRoot() throws {
        let (files, _) = try SiteBuilder(fileSystem: Self.reviewWithArchive()).prepare(BuildOptions())
        let paths = Set(files.map(\.path))
        // The archived review is published once, in its own language.
        #expect(paths.contains("arsip/2020/index.html"))
        #expect(!paths.contains { $0.hasPrefix("en/arsip/2020/") })
        // The home page, the list of reviews, the page bodies (translated or not) and the printable
        // review of the English edition link it there.
        #expect(Self.brokenLinks(files, under: "en/") == [])
        let home = String(decoding: files.first { $0.path == "en/index.html" }!.bytes, as: UTF8.self)
        #expect(home.contains("href=\"../arsip/2020/index.html\""))
        #expect(Self.brokenLinks(files, under: "") == [])
    }
}
