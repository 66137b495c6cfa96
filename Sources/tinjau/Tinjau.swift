import ArgumentParser
import Foundation
import TinjauKit

/// The `tinjau` command: builds a programme-review website from Markdown and YAML.
@main
struct Tinjau: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tinjau",
        abstract: "Membangun situs review program smart city dari berkas Markdown dan YAML.",
        discussion: """
        tinjau membaca folder konten (satu berkas Markdown per program OPD), menghitung skor \
        per dimensi, elemen dan OPD, lalu menulis situs HTML statis dengan grafik SVG.

        Contoh:
          tinjau build
          tinjau build --content content --templates templates --output output
        """,
        version: TinjauVersion.current,
        subcommands: [Build.self],
        defaultSubcommand: Build.self
    )
}

extension Tinjau {
    /// Runs the command, mapping argument errors to exit code 2 (usage) instead of
    /// ArgumentParser's 64, so that scripts see 0 success, 1 content errors, 2 usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitStatus.contentError {
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

/// The version printed by `tinjau --version`.
enum TinjauVersion {
    static let current = "0.1.0"
}

/// Exit codes: 0 success, 1 content errors, 2 usage or internal errors.
enum ExitStatus {
    static let contentError = ExitCode(1)
    static let usageError = ExitCode(2)
}

struct FolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder konten.", valueName: "FOLDER"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("Folder templat (tema).", valueName: "FOLDER"))
    var templates = "templates"
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membangun situs ke folder output.",
        discussion: """
        Situs ditulis ke folder sementara dan baru menggantikan folder output bila semua \
        berhasil; bila ada kesalahan, situs sebelumnya tidak berubah.

        Contoh:
          tinjau build
          tinjau build --output public --verbose
        """
    )

    @OptionGroup var folders: FolderOptions

    @Option(name: .long, help: ArgumentHelp("Folder output; diganti seluruhnya.", valueName: "FOLDER"))
    var output = "output"

    @Flag(name: .long, help: "Tampilkan skor per dimensi dan setiap peringatan.")
    var verbose = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let options = BuildOptions(contentDirectory: folders.content, templatesDirectory: folders.templates, outputDirectory: output)
        let report: BuildReport
        do {
            report = try SiteBuilder().build(options)
        } catch let failure as BuildFailure {
            let sorted = failure.diagnostics.sortedForReport()
            for diagnostic in sorted { printError(diagnostic.description) }
            let errors = sorted.filter { $0.severity == .error }.count
            let warnings = sorted.filter { $0.severity == .warning }.count
            printError("tinjau: build gagal: \(errors) kesalahan, \(warnings) peringatan; folder `\(output)` tidak diubah")
            throw ExitStatus.contentError
        }
        let elapsed = clock.now - start
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        if verbose {
            for diagnostic in report.diagnostics { printError(diagnostic.description) }
            if let aggregates = report.aggregates, let content = report.content {
                let precision = content.config.scoring.precision
                for dimension in content.dimensions {
                    let score = aggregates.dimensions[dimension.id]?.score
                    let text = score?.formatted(precision: precision).map { "\($0) (\(score!.fraction))" } ?? "belum ada program"
                    print("  \(dimension.id.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(text)")
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var summary = "tinjau: \(report.filesRead) berkas dibaca, \(report.programCount) program, "
            + "\(report.pagesWritten) halaman ditulis ke \(output)/ dalam \(String(format: "%.2f", seconds)) dtk"
        if !warnings.isEmpty && !verbose { summary += " (\(warnings.count) peringatan; lihat dengan --verbose)" }
        print(summary)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
