import ArgumentParser
import Foundation
import TinjauKit

/// `tinjau init`: a new review for another region, ready to check and build.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membuat review baru untuk sebuah wilayah: tinjau.yml, satu OPD, satu program, satu halaman.",
        discussion: """
            Hasilnya lolos `tinjau check --strict` dan langsung bisa dibangun dengan tema bawaan.
            Contoh:
              tinjau init kota-contoh --wilayah "Kota Contoh" --kode 99.99
              cd kota-contoh && tinjau build
            """
    )

    @Argument(help: ArgumentHelp("Folder proyek baru (dibuat bila belum ada).", valueName: "FOLDER"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("Nama wilayah, misalnya \"Kota Contoh\".", valueName: "NAMA"))
    var wilayah: String

    @Option(name: .long, help: ArgumentHelp("Kode wilayah Kemendagri, misalnya 99.99.", valueName: "KODE"))
    var kode: String?

    @Option(name: .long, help: ArgumentHelp("Tahun review (bawaan: tahun ini); masterplan lima tahun mulai tahun ini.", valueName: "TAHUN"))
    var tahun: Int?

    @Flag(name: .long, help: "Salin tema bawaan ke FOLDER/templates untuk diubah (tanpa ini tema bawaan dipakai langsung).")
    var templat = false

    func validate() throws {
        if wilayah.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--wilayah tidak boleh kosong") }
        if let tahun, !(1900...2200).contains(tahun) { throw ValidationError("--tahun harus tahun empat angka") }
    }

    func run() throws {
        let year = tahun ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        do {
            let paths = try Scaffolder(fileSystem: LocalFileSystem())
                .newReview(directory: directory, region: wilayah, code: kode, year: year, copyTheme: templat)
            for path in paths where !path.contains("/templates/") { print("tinjau: \(path) dibuat") }
            if templat { print("tinjau: tema bawaan disalin ke \(directory)/templates/") }
            print("tinjau: lanjutkan dengan `cd \(directory) && tinjau check --strict && tinjau build`")
        } catch let failure as BuildFailure {
            printDiagnostics(failure.diagnostics)
            throw ExitStatus.contentError
        }
    }
}
