import ArgumentParser
import Foundation
import TinjauKit
import TinjauServe

/// The `tinjau` command: builds a programme-review website from Markdown and YAML.
@main
struct Tinjau: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tinjau",
        abstract: "Membangun situs review program smart city dari berkas Markdown dan YAML.",
        discussion: """
        tinjau membaca folder konten (satu berkas Markdown per program OPD), menghitung skor \
        per dimensi, elemen dan OPD, lalu menulis situs HTML statis dengan grafik SVG.

        Contoh:
          tinjau build
          tinjau check --format github
          tinjau build --content content --templates templates --output output
        """,
        version: TinjauVersion.line,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Schema.self, Arsip.self],
        defaultSubcommand: Build.self
    )
}

extension Tinjau {
    /// Runs the command, mapping argument errors to exit code 2 (usage) instead of
    /// ArgumentParser's 64, so that scripts see 0 success, 1 content errors, 2 usage errors.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            // The commands report their own problems and then throw the exit status: exit with it silently.
            if code == .success || code == ExitStatus.contentError || (error is ExitCode && code == ExitStatus.usageError) {
                exit(withError: error)
            }
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.usageError.rawValue)
            }
            printError("tinjau: kesalahan internal: \(fullMessage(for: error))")
            Foundation.exit(ExitStatus.usageError.rawValue)
        }
    }
}

/// Exit codes: 0 success, 1 content errors, 2 usage or internal errors.
enum ExitStatus {
    static let contentError = ExitCode(1)
    static let usageError = ExitCode(2)
}

struct FolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder konten.", valueName: "FOLDER"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("Folder templat yang menimpa tema bawaan berkas demi berkas (bawaan: templates, bila ada).",
                                            valueName: "FOLDER"))
    var templates: String?

    /// The build options for these folders: `templates/` when it exists, else the embedded theme
    /// alone; a folder named with `--templates` must exist.
    func options(output: String = "output") -> BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates ?? "templates", templatesDirectoryRequired: templates != nil,
                     outputDirectory: output)
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
extension DiagnosticLanguage: ExpressibleByArgument {}

struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Bentuk laporan: text, json, github (anotasi GitHub Actions) atau gitlab (laporan Code Quality GitLab).",
                                            valueName: "BENTUK"))
    var format: DiagnosticFormat = .text

    @Option(name: .long, help: ArgumentHelp("Bahasa pesan: id (bawaan) atau en.", valueName: "BAHASA"))
    var lang: DiagnosticLanguage = .id

    @Flag(name: .long, help: "Anggap peringatan sebagai kesalahan (keluar dengan status 1).")
    var strict = false

    /// Prints the diagnostics to standard error (text, GitHub) or standard output (JSON, GitLab).
    func report(_ diagnostics: [Diagnostic]) {
        let text = DiagnosticFormatter(fileSystem: LocalFileSystem(), format: format, language: lang).format(diagnostics)
        guard !text.isEmpty else { return }
        if format == .json || format == .gitlab { print(text, terminator: "") } else { printError(text, terminator: "") }
    }

    /// Whether the diagnostics fail the run under these options.
    func fails(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.hasErrors || (strict && diagnostics.contains { $0.severity == .warning })
    }
}

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
        var programs = 0, files = 0
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
                print(reporting.lang == .en ? "tinjau: \(files) files, \(programs) programmes: no problems found"
                                            : "tinjau: \(files) berkas, \(programs) program: tidak ada masalah")
            } else {
                printError(reporting.lang == .en ? "tinjau: \(errors) errors, \(warnings) warnings"
                                                 : "tinjau: \(errors) kesalahan, \(warnings) peringatan")
            }
        }
        if reporting.fails(diagnostics) { throw ExitStatus.contentError }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membangun situs, menyajikannya di komputer ini, dan membangun ulang setiap kali berkas disimpan.",
        discussion: """
        Situs disajikan di http://127.0.0.1:PORT/ (hanya dapat dibuka dari komputer ini). Setiap \
        perubahan di folder konten atau templat membangun ulang situs dan memuat ulang halaman yang \
        terbuka. Bila ada kesalahan, halaman menampilkan daftar kesalahannya sampai berkas diperbaiki.

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
            try await PreviewServer(options: options, port: port).run { line in print(line) }
        } catch let error as BuildFailure {
            printDiagnostics(error.diagnostics)
            throw ExitStatus.usageError
        } catch {
            printError("tinjau: port \(port) tidak dapat dibuka (\(error)); coba `--port` lain")
            throw ExitStatus.usageError
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membuat berkas program atau OPD baru dengan semua kolom dan penjelasannya.",
        discussion: """
        Contoh:
          tinjau new program --opd diskominfo "Aplikasi Antrean Puskesmas"
          tinjau new opd dinsos "Dinas Sosial"
        """,
        subcommands: [NewProgram.self, NewOPD.self]
    )
}

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

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mencetak JSON Schema front matter (program, opd, halaman).",
        discussion: """
        Skema ini dibuat dari model yang sama dengan pemeriksaan `tinjau check`, dan juga \
        diterbitkan di situs sebagai `schema/<jenis>.schema.json`.

        Contoh:
          tinjau schema program > program.schema.json
        """
    )

    @Argument(help: ArgumentHelp("Jenis berkas: program, opd, atau halaman.", valueName: "JENIS"))
    var kind: String = "program"

    func validate() throws {
        guard FrontMatterSchema.text(file: kind + ".schema.json") != nil else {
            throw ValidationError("jenis `\(kind)` tidak dikenal; pilih program, opd, atau halaman")
        }
    }

    func run() throws {
        print(FrontMatterSchema.text(file: kind + ".schema.json")!, terminator: "")
    }
}

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
        print("tinjau: review \(report.year) (\(report.programCount) program) \(report.replaced ? "diarsipkan ulang" : "diarsipkan") ke "
            + "\(report.path) (\(IndonesianFormat.integer(report.bytes)) bita); commit berkas itu, lalu ubah `tahun_review` "
            + "di tinjau.yml menjadi \(report.year + 1) untuk review berikutnya")
    }
}

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

    @Flag(name: .long, help: "Bangun ulang walaupun tidak ada berkas konten atau templat yang berubah.")
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
            printError("tinjau: build gagal: \(errors) kesalahan, \(warnings) peringatan; folder `\(output)` tidak diubah")
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
        var summary = "tinjau: \(report.filesRead) berkas dibaca, \(report.programCount) program, "
            + "\(report.pagesWritten) halaman; \(written.written) berkas ditulis ke \(output)/, \(written.unchanged) tidak berubah"
            + (written.removed > 0 ? ", \(written.removed) dihapus" : "") + " (\(IndonesianFormat.decimal(seconds, decimals: 2)) dtk)"
        if !warnings.isEmpty { summary += " (\(warnings.count) peringatan)" }
        for line in report.extras { summary += "\n  " + line }
        if report.aggregates == nil {
            // The inputs are byte for byte those of the last build into this folder.
            summary = "tinjau: tidak ada berkas konten atau templat yang berubah sejak build terakhir; "
                + "\(report.pagesWritten) halaman di \(output)/ tetap (\(IndonesianFormat.decimal(seconds, decimals: 2)) dtk)"
        }
        print(summary)
    }
}

extension Diagnostic {
    /// Problems with the command line rather than the content (a folder that does not exist):
    /// they exit with status 2 like other usage errors.
    var isUsageProblem: Bool { ["content.missing", "templates.missing", "output.overlaps-source"].contains(code) }
}

/// Prints diagnostics as text (with the offending line and a caret) on standard error.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
    printError(DiagnosticFormatter(fileSystem: LocalFileSystem()).format(diagnostics), terminator: "")
}

func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}
