import ArgumentParser
import Foundation
import TinjauKit

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
        subcommands: [Build.self, Check.self, Serve.self, Init.self, New.self, Schema.self, Arsip.self],
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
