import ArgumentParser
import TinjauKit

/// `tinjau arsip`: freezes the current review into `content/arsip/<year>.json`.
struct Arsip: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membekukan review saat ini ke content/arsip/<tahun>.json sebelum review tahun berikutnya dimulai.",
        discussion: """
            Arsip berisi seluruh data review yang diterbitkan (pengaturan, OPD, program, setiap angka dan \
            uraian yang sudah dirender). Setelah di-commit, build berikutnya menerbitkannya di \
            `arsip/<tahun>/` persis seperti sekarang, apa pun yang kemudian berubah pada berkas program \
            dan pengaturan penilaian. Arsip yang sudah ada tidak pernah ditimpa kecuali dengan --timpa.

            Langkah tahunan:
              tinjau check
              tinjau arsip
              (ubah tahun_review di tinjau.yml ke tahun berikutnya, perbarui berkas program)
              tinjau build

            Contoh:
              tinjau arsip
              tinjau arsip --content content --timpa
            """
    )

    @OptionGroup var folders: FolderOptions

    @Flag(name: .long, help: "Timpa arsip tahun yang sama bila sudah ada.")
    var timpa = false

    @OptionGroup var reporting: ReportOptions

    func run() throws {
        let report: SiteBuilder.ArchiveReport
        do {
            report = try SiteBuilder().archive(folders.options(), overwrite: timpa, failOnWarnings: reporting.strict)
        } catch let failure as BuildFailure {
            reporting.report(failure.diagnostics)
            printError("tinjau: arsip tidak ditulis")
            throw failure.diagnostics.contains(where: \.isUsageProblem) ? ExitStatus.usageError : ExitStatus.contentError
        }
        reporting.report(report.diagnostics)
        print(
            "tinjau: review \(report.year) (\(report.programCount) program) \(report.replaced ? "diarsipkan ulang" : "diarsipkan") ke "
                + "\(report.path) (\(IndonesianFormat.integer(report.bytes)) bita); commit berkas itu, lalu ubah `tahun_review` "
                + "di tinjau.yml menjadi \(report.year + 1) untuk review berikutnya")
    }
}
