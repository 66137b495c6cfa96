import ArgumentParser
import Foundation
import TinjauKit
import TinjauServe

/// `tinjau serve`: the preview server with rebuild on change.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membangun situs, menyajikannya di komputer ini, dan membangun ulang setiap kali berkas disimpan.",
        discussion: """
            Situs disajikan di http://127.0.0.1:PORT/ (hanya dapat dibuka dari komputer ini). Setiap \
            perubahan di folder konten atau templat membangun ulang situs dan memuat ulang halaman yang \
            terbuka. Setelah konten diubah, halaman yang sedang terbuka dibangun lebih dulu dan dimuat \
            ulang sebelum bagian situs lainnya selesai. Bila ada kesalahan, halaman menampilkan daftar \
            kesalahannya sampai berkas diperbaiki.

            Contoh:
              tinjau serve
              tinjau serve --port 9000
            """
    )

    @OptionGroup var folders: FolderOptions

    @Option(name: .long, help: ArgumentHelp("Folder output.", valueName: "FOLDER"))
    var output = "output"

    @Option(name: .long, help: ArgumentHelp("Port di 127.0.0.1.", valueName: "PORT"))
    var port: UInt16 = 8080

    func run() async throws {
        let options = folders.options(output: output)
        do {
            // Each line at once, also when the output goes to a file or a pipe (a log, an IDE's panel).
            try await PreviewServer(options: options, port: port).run { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        } catch let error as BuildFailure {
            printDiagnostics(error.diagnostics)
            throw ExitStatus.usageError
        } catch {
            printError("tinjau: port \(port) tidak dapat dibuka (\(error)); coba `--port` lain")
            throw ExitStatus.usageError
        }
    }
}
