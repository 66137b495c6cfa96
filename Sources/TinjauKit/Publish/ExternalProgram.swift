import Foundation

/// A program outside tinjau that an optional build step runs: Pagefind (search index),
/// `rsvg-convert` (link-preview images), Chromium and `pdfinfo` (the PDF of the report).
///
/// tinjau never needs one of them for a plain `tinjau build`; each is looked up only when its
/// option asks for it, on `PATH` or through an environment variable, and a missing program is a
/// warning that names the package to install (see ``PublishingTools``).
public struct ExternalProgram: Sendable, Hashable, CustomStringConvertible {
    /// The executable, as an absolute path.
    public var executable: String
    /// Arguments that come before every call's own (`["-m", "pagefind"]` for `python3 -m pagefind`).
    public var leadingArguments: [String]

    /// Creates a program from an executable path and its leading arguments.
    public init(executable: String, leadingArguments: [String] = []) {
        self.executable = executable
        self.leadingArguments = leadingArguments
    }

    /// The command line as a person would type it (`/usr/bin/python3 -m pagefind`).
    public var description: String { ([executable] + leadingArguments).joined(separator: " ") }

    /// The first executable file named `name` in the folders of `path` (a `PATH` value, `:`-separated),
    /// or `name` itself when it contains a `/` and is executable.
    public static func which(_ name: String, path: String?) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return String(candidate)
            }
        }
        return nil
    }

    /// What a finished run returned.
    public struct Outcome: Sendable {
        /// The exit status (or the signal number for a program killed by a signal).
        public var status: Int32
        /// Everything it wrote on standard output.
        public var output: [UInt8]
        /// Everything it wrote on standard error.
        public var errors: [UInt8]

        /// The last non-empty line of standard error (or output), for a diagnostic.
        public var lastMessage: String {
            for bytes in [errors, output] {
                let lines = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if let last = lines.last { return String(last.prefix(300)) }
            }
            return "status \(status)"
        }
    }

    /// Runs the program to completion with `input` on its standard input, collecting its output.
    /// Standard output and error are read on their own threads while the input is written, so a
    /// program that writes much before reading everything never blocks.
    /// - Parameters:
    ///   - arguments: the call's arguments (after ``leadingArguments``).
    ///   - input: bytes for standard input (closed afterwards).
    ///   - environment: extra variables laid over tinjau's own environment.
    /// - Throws: when the program cannot be started.
    public func run(_ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = leadingArguments + arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        for (index, pipe) in [stdout, stderr].enumerated() {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(index, Array(data))
                group.leave()
            }
        }
        if !input.isEmpty { try? stdin.fileHandleForWriting.write(contentsOf: Data(input)) }
        try? stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: collected.get(0), errors: collected.get(1))
    }

    /// Standard output (0) and error (1), collected by reader threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var streams: [[UInt8]] = [[], []]

        func set(_ index: Int, _ bytes: [UInt8]) { lock.withLock { streams[index] = bytes } }
        func get(_ index: Int) -> [UInt8] { lock.withLock { streams[index] } }
    }
}
