import ArgumentParser
import TinjauKit

/// `tinjau build`: the site into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membangun situs ke folder output.",
        discussion: """
            Situs ditulis ke folder sementara dan baru menggantikan folder output bila semua \
            berhasil; bila ada kesalahan, situs sebelumnya tidak berubah.

            Tambahan yang memakai program lain (bila programnya tidak ada: peringatan, situs \
            tetap dibangun tanpa tambahan itu):
              --search          indeks pencarian Pagefind (PyPI: pagefind[bin]) dan halaman cari/
              --preview-images  gambar pratinjau tautan 1200 × 630 dengan rsvg-convert (librsvg2-bin)
              --pdf             laporan-review-<tahun>.pdf dengan Chromium headless (dan pdfinfo dari poppler-utils)

            Contoh:
              tinjau build
              tinjau build --output public --verbose
              tinjau build --search --preview-images --pdf
            """
    )

    @OptionGroup var folders: FolderOptions

    @Option(name: .long, help: ArgumentHelp("Folder output; diganti seluruhnya.", valueName: "FOLDER"))
    var output = "output"

    @Flag(name: .long, help: "Tampilkan juga skor setiap dimensi.")
    var verbose = false

    @Flag(name: .long, help: "Bangun ulang semua halaman walaupun tidak ada berkas konten atau templat yang berubah.")
    var force = false

    @Flag(name: .long, help: "Buat indeks pencarian dengan Pagefind dan halaman cari/.")
    var search = false

    @Flag(name: .long, help: "Buat gambar pratinjau tautan (PNG 1200 × 630) dengan rsvg-convert.")
    var previewImages = false

    @Flag(name: .long, help: "Cetak laporan lengkap ke laporan-review-<tahun>.pdf dengan Chromium headless.")
    var pdf = false

    @OptionGroup var reporting: ReportOptions

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var options = folders.options(output: output)
        options.extras = SiteExtras(search: search, previewImages: previewImages, pdf: pdf)
        let report: BuildReport
        do {
            report = try SiteBuilder().build(options, failOnWarnings: reporting.strict, force: force)
        } catch let failure as BuildFailure {
            reporting.report(failure.diagnostics)
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            let warnings = failure.diagnostics.filter { $0.severity == .warning }.count
            // A failure while the new site was being put in place (`output.swap`: files replaced in place,
            // or the folders swapped) may have changed the folder: the message above says how.
            let swapping = failure.diagnostics.contains { $0.code == DiagnosticCode.outputSwap.rawValue }
            let folder = swapping ? "folder `\(output)` mungkin sudah berubah (lihat pesan di atas)" : "folder `\(output)` tidak diubah"
            printError("tinjau: build gagal: \(errors) kesalahan, \(warnings) peringatan; \(folder)")
            throw failure.diagnostics.contains(where: \.isUsageProblem) ? ExitStatus.usageError : ExitStatus.contentError
        }
        let written = report.written ?? OutputWriter.Report(written: 0, unchanged: 0, removed: 0)
        let elapsed = clock.now - start
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        // Warnings are always shown: a published page should never hide a problem the editor could fix.
        reporting.report(report.diagnostics)
        if verbose {
            if let aggregates = report.aggregates, let content = report.content {
                for dimension in content.dimensions {
                    let entry = aggregates.dimensions[dimension.id]
                    let text = entry?.published.map { "\($0.text) (\(entry!.score.fraction))" } ?? "belum ada program"
                    print("  \(dimension.id.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(text)")
                }
            }
        }
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let seconds = Rational(milliseconds, 1000)
        var summary =
            "tinjau: \(report.filesRead) berkas dibaca, \(report.programCount) program, "
            + "\(report.pagesWritten) halaman"
            + (report.pagesKept > 0 ? " (\(report.pagesKept) tidak perlu dibuat ulang)" : "")
            + "; \(written.written) berkas ditulis ke \(output)/, \(written.unchanged) tidak berubah"
            + (written.removed > 0 ? ", \(written.removed) dihapus" : "") + " (\(IndonesianFormat.decimal(seconds, decimals: 2)) dtk)"
        if !warnings.isEmpty { summary += " (\(warnings.count) peringatan)" }
        for line in report.extras { summary += "\n  " + line }
        if report.aggregates == nil {
            // The inputs are byte for byte those of the last build into this folder.
            summary =
                "tinjau: tidak ada berkas konten atau templat yang berubah sejak build terakhir; "
                + "\(report.pagesWritten) halaman di \(output)/ tetap (\(IndonesianFormat.decimal(seconds, decimals: 2)) dtk)"
        }
        print(summary)
    }
}
