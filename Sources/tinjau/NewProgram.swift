import ArgumentParser
import Foundation
import TinjauKit

/// `tinjau new program`: a programme file with every field.
struct NewProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "Membuat berkas program baru di folder OPD-nya (tidak menimpa berkas yang ada).",
        discussion: """
            Contoh:
              tinjau new program --opd diskominfo "Aplikasi Antrean Puskesmas"
            """
    )

    @Option(name: .long, help: ArgumentHelp("Slug OPD pelaksana (nama foldernya).", valueName: "SLUG"))
    var opd: String

    @Argument(help: ArgumentHelp("Judul program.", valueName: "JUDUL"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("Folder konten.", valueName: "FOLDER"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("Tahun mulai (bawaan: tahun review di tinjau.yml, atau tahun ini).", valueName: "TAHUN"))
    var year: Int?

    func run() throws {
        // Only tinjau.yml is needed for the default year; the rest of the site is not built.
        let review = ContentLoader(fileSystem: LocalFileSystem()).load(from: content).files.filter { $0.kind == .review }
        let reviewYear = ContentParser().parse(review).content.map(\.config.reviewYear).flatMap { $0 > 0 ? $0 : nil }
        let start = year ?? reviewYear ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        do {
            let path = try Scaffolder(fileSystem: LocalFileSystem()).newProgram(contentDirectory: content, opd: opd, title: title, year: start)
            print("tinjau: \(path) dibuat; isi kolomnya lalu periksa dengan `tinjau check`")
        } catch let failure as BuildFailure {
            printDiagnostics(failure.diagnostics)
            throw ExitStatus.contentError
        }
    }
}
