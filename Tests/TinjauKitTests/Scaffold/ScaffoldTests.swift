import Testing
import TinjauTestSupport

@testable import TinjauKit

@Suite("tinjau new")
struct ScaffoldTests {
    @Test func aNewProgrammeFileIsValidAndHasEveryField() throws {
        let fs = InMemoryFileSystem(files: ["c/tinjau.yml": minimalReview, "c/opd/dinas-a/_index.md": opdIndex])
        let path = try Scaffolder(fileSystem: fs).newProgram(contentDirectory: "c", opd: "dinas-a", title: "Aplikasi: \"Antrean\" #1", year: 2020)
        #expect(path == "c/opd/dinas-a/aplikasi-antrean-1.md")
        let parsed = ContentParser().parse(ContentLoader(fileSystem: fs).load(from: "c").files)
        // Valid; the one warning is that its example text is still there (`program.placeholder`).
        #expect(parsed.diagnostics.map(\.code) == ["program.placeholder"], "\(parsed.diagnostics)")
        let program = try #require(parsed.content?.programs.first)
        #expect(program.title == "Aplikasi: \"Antrean\" #1")
        let text = String(decoding: try fs.read(path), as: UTF8.self)
        for field in FieldCatalog.program { #expect(text.contains("\n\(field.name):"), "\(field.name) missing") }
    }

    /// The comments of a new file are FieldCatalog's, each right above its field.
    @Test func theCommentsComeFromTheFieldCatalog() {
        for (text, fields) in [
            (Scaffolder.programText(title: "Uji", year: 2020), FieldCatalog.program),
            (Scaffolder.opdText(name: "Uji"), FieldCatalog.opd),
        ] {
            for field in fields where text.contains("\n\(field.name):") {
                guard let comment = field.comment else { continue }
                let lines = comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }.joined()
                #expect(text.contains(lines + "\(field.name):"), "\(field.name)")
            }
        }
    }

    @Test func itNeverOverwritesAndNeedsAnExistingOPD() throws {
        let fs = InMemoryFileSystem(files: ["c/opd/dinas-a/_index.md": opdIndex, "c/opd/dinas-a/lama.md": "isi lama"])
        #expect(throws: BuildFailure.self) {
            try Scaffolder(fileSystem: fs).newProgram(contentDirectory: "c", opd: "dinas-a", title: "Lama", year: 2020)
        }
        #expect(String(decoding: try fs.read("c/opd/dinas-a/lama.md"), as: UTF8.self) == "isi lama")
        #expect(throws: BuildFailure.self) {
            try Scaffolder(fileSystem: fs).newProgram(contentDirectory: "c", opd: "dinas-z", title: "Baru", year: 2020)
        }
        #expect(throws: BuildFailure.self) { try Scaffolder(fileSystem: fs).newOPD(contentDirectory: "c", slug: "dinas-a", name: "A") }
        #expect(throws: BuildFailure.self) { try Scaffolder(fileSystem: fs).newOPD(contentDirectory: "c", slug: "Dinas Sosial", name: "A") }
    }

    @Test func aNewOPDIsValid() throws {
        let fs = InMemoryFileSystem(files: ["c/tinjau.yml": minimalReview])
        _ = try Scaffolder(fileSystem: fs).newOPD(contentDirectory: "c", slug: "dinsos", name: "Dinas Sosial")
        let parsed = ContentParser().parse(ContentLoader(fileSystem: fs).load(from: "c").files)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        #expect(parsed.content?.opds.first?.name == "Dinas Sosial")
    }

    /// `tinjau init`: a new review for another region passes `tinjau check --strict` (no diagnostic at
    /// all) and builds with the embedded theme; its pages name the region, never the shipped one.
    @Test func aNewReviewPassesTheStrictCheckAndBuilds() throws {
        let fs = InMemoryFileSystem()
        let paths = try Scaffolder(fileSystem: fs).newReview(directory: "kota-contoh", region: "Kota Contoh", code: "99.99", year: 2025)
        #expect(
            paths == [
                "kota-contoh/content/tinjau.yml", "kota-contoh/content/opd/diskominfo/_index.md",
                "kota-contoh/content/opd/diskominfo/layanan-aduan-warga.md", "kota-contoh/content/halaman/pendahuluan.md",
            ])
        let options = BuildOptions(
            contentDirectory: "kota-contoh/content", templatesDirectory: "kota-contoh/templates",
            outputDirectory: "kota-contoh/output")
        let builder = SiteBuilder(fileSystem: fs)
        let checked = try builder.check(options)
        #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics)")
        let config = try #require(checked.content?.config)
        #expect(config.region == "Kota Contoh" && config.regionCode == "99.99" && config.reviewYear == 2025)
        #expect(config.masterplanStart == 2025 && config.masterplanEnd == 2029)
        #expect(checked.content?.programs.count == 1 && checked.content?.pages.count == 1)
        let built = try builder.build(options, failOnWarnings: true)
        #expect(built.pagesWritten > 20)
        let home = String(decoding: try fs.read("kota-contoh/output/index.html"), as: UTF8.self)
        #expect(home.contains("Masterplan Smart City Kota Contoh"))
        for path in try fs.listRecursively("kota-contoh/output") where path.kind == .file {
            let text = String(decoding: try fs.read("kota-contoh/output/" + path.relativePath), as: UTF8.self)
            #expect(!text.lowercased().contains("bantul"), "\(path.relativePath) names another region")
        }
        // Again: nothing is overwritten.
        #expect(throws: BuildFailure.self) {
            try Scaffolder(fileSystem: fs).newReview(directory: "kota-contoh", region: "Kota Lain", code: nil, year: 2025)
        }
    }

    /// `tinjau init --templat` copies the embedded theme, which then builds the same site.
    @Test func aNewReviewCanCopyTheTheme() throws {
        let fs = InMemoryFileSystem()
        _ = try Scaffolder(fileSystem: fs).newReview(directory: "p", region: "Kabupaten Contoh", code: nil, year: 2024, copyTheme: true)
        for file in EmbeddedTheme.files { #expect(try fs.read("p/templates/" + file.path) == file.bytes) }
        let report = try SiteBuilder(fileSystem: fs, baseTheme: []).check(
            BuildOptions(contentDirectory: "p/content", templatesDirectory: "p/templates", templatesDirectoryRequired: true))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    /// `logo` in tinjau.yml: a theme asset, shown beside the title on every page with an address
    /// relative to the page; a path that names no asset is `review.logo` at the field.
    @Test func theRegionsLogoComesFromTinjauYml() throws {
        let fs = InMemoryFileSystem()
        _ = try Scaffolder(fileSystem: fs).newReview(directory: "p", region: "Kota Contoh", code: nil, year: 2025)
        try fs.write(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), to: "p/templates/assets/logo.svg")
        let config = String(decoding: try fs.read("p/content/tinjau.yml"), as: UTF8.self)
        try fs.write(Array((config + "logo: assets/logo.svg\n").utf8), to: "p/content/tinjau.yml")
        let options = BuildOptions(contentDirectory: "p/content", templatesDirectory: "p/templates", outputDirectory: "p/output")
        _ = try SiteBuilder(fileSystem: fs).build(options, failOnWarnings: true)
        #expect(try fs.read("p/output/assets/logo.svg") == Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
        let opd = String(decoding: try fs.read("p/output/opd/diskominfo/index.html"), as: UTF8.self)
        #expect(opd.contains("<img src=\"../../assets/logo.svg\" alt=\"\""))
        try fs.write(Array((config + "logo: assets/lambang.svg\n").utf8), to: "p/content/tinjau.yml")
        let failure = try #require(throws: BuildFailure.self) { try SiteBuilder(fileSystem: fs).check(options) }
        let d = try #require(failure.diagnostics.first { $0.code == "review.logo" })
        #expect(d.location.path == "p/content/tinjau.yml" && d.location.line == config.split(separator: "\n").count + 1)
    }
}
