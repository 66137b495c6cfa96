import ArgumentParser
import TinjauKit

/// `tinjau new opd`: an OPD folder with its `_index.md`.
struct NewOPD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opd",
        abstract: "Membuat folder OPD baru dengan _index.md-nya.",
        discussion: """
            Contoh:
              tinjau new opd dinsos "Dinas Sosial"
            """
    )

    @Argument(help: ArgumentHelp("Slug OPD (nama folder): huruf kecil, angka, tanda minus.", valueName: "SLUG"))
    var slug: String

    @Argument(help: ArgumentHelp("Nama lengkap OPD.", valueName: "NAMA"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("Folder konten.", valueName: "FOLDER"))
    var content = "content"

    func run() throws {
        do {
            let path = try Scaffolder(fileSystem: LocalFileSystem()).newOPD(contentDirectory: content, slug: slug, name: name)
            print("tinjau: \(path) dibuat")
        } catch let failure as BuildFailure {
            printDiagnostics(failure.diagnostics)
            throw ExitStatus.contentError
        }
    }
}
