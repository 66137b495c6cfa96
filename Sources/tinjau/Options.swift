import ArgumentParser
import Foundation
import TinjauKit

/// `--content` and `--templates`, shared by the commands that read a review.
struct FolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder konten.", valueName: "FOLDER"))
    var content = "content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Folder templat yang menimpa tema bawaan berkas demi berkas (bawaan: templates, bila ada).",
            valueName: "FOLDER"))
    var templates: String?

    /// The build options for these folders: `templates/` when it exists, else the embedded theme
    /// alone; a folder named with `--templates` must exist.
    func options(output: String = "output") -> BuildOptions {
        BuildOptions(
            contentDirectory: content, templatesDirectory: templates ?? "templates", templatesDirectoryRequired: templates != nil,
            outputDirectory: output)
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
extension DiagnosticLanguage: ExpressibleByArgument {}

/// `--format`, `--lang` and `--strict`: how diagnostics are printed and whether warnings fail the run.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Bentuk laporan: text, json, github (anotasi GitHub Actions) atau gitlab (laporan Code Quality GitLab).",
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

extension Diagnostic {
    /// Problems with the command line rather than the content (a folder that does not exist):
    /// they exit with status 2 like other usage errors.
    var isUsageProblem: Bool {
        [DiagnosticCode.contentMissing, .templatesMissing, .outputOverlapsSource].contains { $0.rawValue == code }
    }
}

/// Prints diagnostics as text (with the offending line and a caret) on standard error.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
    printError(DiagnosticFormatter(fileSystem: LocalFileSystem()).format(diagnostics), terminator: "")
}

/// Writes `text` to standard error.
func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}
