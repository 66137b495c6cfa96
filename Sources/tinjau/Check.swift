import ArgumentParser
import TinjauKit

/// `tinjau check`: every check of `build`, nothing written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Memeriksa konten dan templat tanpa menulis apa pun.",
        discussion: """
            Menjalankan semua pemeriksaan yang juga dijalankan `tinjau build`, lalu melaporkan setiap \
            kesalahan dan peringatan sebagai `berkas:baris:kolom: error: pesan` beserta saran perbaikannya. \
            Status keluar: 0 bersih, 1 ada kesalahan (atau peringatan dengan --strict), 2 kesalahan pemakaian.

            Contoh:
              tinjau check
              tinjau check --strict --format github
              tinjau check --format json --lang en
            """
    )

    @OptionGroup var folders: FolderOptions
    @OptionGroup var reporting: ReportOptions

    func run() throws {
        let options = folders.options()
        let diagnostics: [Diagnostic]
        var programs = 0
        var files = 0
        do {
            let report = try SiteBuilder().check(options)
            diagnostics = report.diagnostics
            programs = report.programCount
            files = report.filesRead
        } catch let failure as BuildFailure {
            diagnostics = failure.diagnostics
        }
        reporting.report(diagnostics)
        if diagnostics.contains(where: \.isUsageProblem) { throw ExitStatus.usageError }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if reporting.format == .text {
            if errors == 0 && warnings == 0 {
                print(
                    reporting.lang == .en
                        ? "tinjau: \(files) file\(files == 1 ? "" : "s"), \(programs) programme\(programs == 1 ? "" : "s"): no problems found"
                        : "tinjau: \(files) berkas, \(programs) program: tidak ada masalah")
            } else {
                printError(
                    reporting.lang == .en
                        ? "tinjau: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
                        : "tinjau: \(errors) kesalahan, \(warnings) peringatan")
            }
        }
        if reporting.fails(diagnostics) { throw ExitStatus.contentError }
    }
}
