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
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let program = try #require(parsed.content?.programs.first)
        #expect(program.title == "Aplikasi: \"Antrean\" #1")
        let text = String(decoding: try fs.read(path), as: UTF8.self)
        for field in FieldCatalog.program { #expect(text.contains("\n\(field.name):"), "\(field.name) missing") }
    }

    /// The comments of a new file are FieldCatalog's, each right above its field.
    @Test func theCommentsComeFromTheFieldCatalog() {
        for (text, fields) in [(Scaffolder.programText(title: "Uji", year: 2020), FieldCatalog.program),
                               (Scaffolder.opdText(name: "Uji"), FieldCatalog.opd)] {
            for field in fields where text.contains("\n\(field.name):") {
                guard let comment = field.comment else { continue }
                let lines = comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }.joined()
                #expect(text.contains(lines + "\(field.name):"), "\(field.name)")
            }
        }
    }

    @Test func itNeverOverwritesAndNeedsAnExistingOPD() throws {
        let fs = InMemoryFileSystem(files: ["c/opd/dinas-a/_index.md": opdIndex, "c/opd/dinas-a/lama.md": "isi lama"])
        #expect(throws: BuildFailure.self) { try Scaffolder(fileSystem: fs).newProgram(contentDirectory: "c", opd: "dinas-a", title: "Lama", year: 2020) }
        #expect(String(decoding: try fs.read("c/opd/dinas-a/lama.md"), as: UTF8.self) == "isi lama")
        #expect(throws: BuildFailure.self) { try Scaffolder(fileSystem: fs).newProgram(contentDirectory: "c", opd: "dinas-z", title: "Baru", year: 2020) }
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
}
