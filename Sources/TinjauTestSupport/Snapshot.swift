import Foundation
import Testing
import TinjauKit

/// Golden files: output compared with files committed under the package, or recorded over them.
///
/// With `TINJAU_RECORD=1` in the environment every comparison first writes what the code makes now
/// (replacing a golden folder whole), so that `git diff` shows the change for review; without it a
/// difference is a test issue naming the file and its first differing line.
public enum Snapshot {
    /// Whether golden files are recorded rather than compared (`TINJAU_RECORD=1`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["TINJAU_RECORD"] == "1" }

    /// Compares `files` (paths relative to `folder`, with their bytes) with the golden folder: the
    /// folder must hold exactly these files, each with these bytes. Records the folder when recording.
    /// - Throws: a file-system error while recording, or when a golden file cannot be read.
    public static func assertFolder(
        _ folder: String, matches files: [(path: String, bytes: [UInt8])],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let fs = LocalFileSystem()
        if isRecording {
            if fs.isDirectory(folder) { try fs.remove(folder) }
            for file in files { try fs.write(file.bytes, to: folder + "/" + file.path) }
        }
        let recorded = fs.isDirectory(folder) ? try fs.listRecursively(folder).filter { $0.kind == .file }.map(\.relativePath) : []
        let made = files.map(\.path)
        let missing = Set(made).subtracting(recorded).sorted()
        let extra = Set(recorded).subtracting(made).sorted()
        if !missing.isEmpty || !extra.isEmpty {
            Issue.record(
                "\(relative(folder)): the files differ from the golden ones\(hint)\n  not recorded: \(missing)\n  no longer made: \(extra)",
                sourceLocation: sourceLocation)
        }
        for file in files where !missing.contains(file.path) {
            compare(
                golden: try fs.read(folder + "/" + file.path), actual: file.bytes, name: relative(folder) + "/" + file.path,
                sourceLocation: sourceLocation)
        }
    }

    /// Compares `bytes` with the golden file at `path` (absolute). Records the file when recording.
    /// - Throws: a file-system error while recording, or when the golden file cannot be read.
    public static func assertFile(_ path: String, matches bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fs = LocalFileSystem()
        if isRecording { try fs.write(bytes, to: path) }
        guard fs.isFile(path) else {
            Issue.record("\(relative(path)) is missing\(hint)", sourceLocation: sourceLocation)
            return
        }
        compare(golden: try fs.read(path), actual: bytes, name: relative(path), sourceLocation: sourceLocation)
    }

    /// Compares `text` (UTF-8) with the golden file at `path` (absolute), as ``assertFile(_:matches:sourceLocation:)``.
    /// - Throws: a file-system error while recording, or when the golden file cannot be read.
    public static func assertFile(_ path: String, matches text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try assertFile(path, matches: Array(text.utf8), sourceLocation: sourceLocation)
    }

    private static let hint = " (re-record with TINJAU_RECORD=1 if intended)"

    /// `path` relative to the package root, for messages.
    private static func relative(_ path: String) -> String {
        path.hasPrefix(packageRoot + "/") ? String(path.dropFirst(packageRoot.count + 1)) : path
    }

    /// Records an issue naming the first line where `actual` differs from `golden`, not two byte arrays.
    private static func compare(golden: [UInt8], actual: [UInt8], name: String, sourceLocation: Testing.SourceLocation) {
        guard golden != actual else { return }
        let a = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
        let expectedLine = line < a.count ? String(a[line]) : "<end of file>"
        let actualLine = line < b.count ? String(b[line]) : "<end of file>"
        Issue.record(
            "\(name):\(line + 1) differs from its golden file\(hint)\n  golden: \(expectedLine)\n  actual: \(actualLine)",
            sourceLocation: sourceLocation)
    }
}
