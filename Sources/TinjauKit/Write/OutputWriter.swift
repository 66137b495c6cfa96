/// Stage 6: writes the site. The only stage that writes to disk.
///
/// The site is written into a hidden sibling staging folder
/// (`.<output>.tinjau-baru`) and swapped into place only when every file was
/// written, so a failed build leaves the previous site untouched. A marker file
/// `.tinjau-output` identifies folders tinjau made; a non-empty folder without
/// it (output, staging or previous) is never replaced or removed.
public struct OutputWriter: Sendable {
    /// Name of the marker file written at the root of every output folder.
    public static let marker = ".tinjau-output"

    /// The file system to write.
    public var fileSystem: any FileSystem

    /// Creates a writer over `fileSystem`.
    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// The hidden staging and previous-site folders beside `output`: `.output.tinjau-baru`
    /// and `.output.tinjau-lama` in the same parent folder (so that the final swap is a rename).
    public static func siblings(of output: String) -> (staging: String, previous: String) {
        let parts = output.split(separator: "/", omittingEmptySubsequences: false)
        let name = String(parts.last ?? "output")
        let parent = parts.dropLast().joined(separator: "/")
        let prefix = parent.isEmpty ? (output.hasPrefix("/") ? "/" : "") : parent + "/"
        return (prefix + "." + name + ".tinjau-baru", prefix + "." + name + ".tinjau-lama")
    }

    /// Whether `folder` may be replaced: it is missing, empty, or carries the marker.
    func isOurs(_ folder: String) -> Bool {
        if fileSystem.isFile(folder) { return false }
        guard fileSystem.isDirectory(folder) else { return true }
        if fileSystem.isFile(folder + "/" + Self.marker) { return true }
        return (try? fileSystem.listRecursively(folder))?.isEmpty ?? false
    }

    /// Whether `path` is a safe relative output path: not empty, not absolute, no
    /// `.` or `..` segment, no backslash, no empty segment, no NUL.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Replaces `directory` with exactly `files`.
    /// - Throws: ``BuildFailure`` when a path is unsafe, the folder holds files tinjau did not
    ///   make, or writing fails (then the previous site is kept).
    /// What a write changed.
    public struct Report: Sendable, Equatable {
        /// Files written with new bytes (new or changed).
        public var written: Int
        /// Files whose bytes were already there; kept as they were (same modification time).
        public var unchanged: Int
        /// Files of the previous site that the new one no longer has.
        public var removed: Int
    }

    /// Replaces `directory` with exactly `files`, rewriting only what changed.
    ///
    /// When the previous site has the same file with the same bytes, that file is hard-linked
    /// into the new site, so it keeps its modification time (deploys with rsync stay small);
    /// when nothing changed at all, nothing is written.
    /// - Throws: ``BuildFailure`` when a path is unsafe, the folder holds files tinjau did not
    ///   make, or writing fails (then the previous site is kept).
    @discardableResult
    public func write(_ files: [OutputFile], to directory: String) throws -> Report {
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        let location = SourceLocation(path: root)
        if let unsafe = files.first(where: { !Self.isSafeRelativePath($0.path) }) {
            throw BuildFailure([Diagnostic(.error, "output.unsafe-path", at: location,
                "jalur keluaran `\(unsafe.path)` tidak aman (keluar dari folder output); tidak ada yang ditulis",
                hint: "ganti nama berkas sumber yang menghasilkan jalur ini",
                en: "output path `\(unsafe.path)` is unsafe (it leads out of the output folder); nothing was written",
                hintEN: "rename the source file that produces this path")])
        }
        if fileSystem.isFile(root) {
            throw BuildFailure([Diagnostic(.error, "output.not-folder", at: location,
                "`\(root)` adalah berkas, bukan folder; situs tidak dapat ditulis ke sana",
                hint: "pilih nama folder lain dengan `--output`, misalnya `--output output`",
                en: "`\(root)` is a file, not a folder; the site cannot be written there",
                hintEN: "choose another folder name with `--output`, for example `--output output`")])
        }
        let (staging, previous) = Self.siblings(of: root)
        // Never remove a folder tinjau did not make: the output and both helper folders must be
        // missing, empty, or carry the marker.
        for folder in [root, staging, previous] where !isOurs(folder) {
            throw BuildFailure([Diagnostic(.error, "output.foreign", at: SourceLocation(path: folder),
                "folder `\(folder)` sudah berisi berkas yang bukan buatan tinjau; tinjau tidak akan menimpa atau menghapusnya",
                hint: "pilih folder lain dengan `--output`, atau kosongkan folder ini sendiri bila memang boleh dihapus",
                en: "folder `\(folder)` already holds files that tinjau did not make; tinjau will not overwrite or delete it",
                hintEN: "choose another folder with `--output`, or empty this folder yourself if it really may be deleted")])
        }
        // Which files are already there with the same bytes?
        var previousFiles: Set<String> = []
        if fileSystem.isFile(root + "/" + Self.marker), let entries = try? fileSystem.listRecursively(root) {
            previousFiles = Set(entries.filter { $0.kind == .file && $0.relativePath != Self.marker }.map(\.relativePath))
        }
        var same: Set<String> = []
        for file in files where previousFiles.contains(file.path) {
            if let bytes = try? fileSystem.read(root + "/" + file.path), bytes == file.bytes { same.insert(file.path) }
        }
        let removed = previousFiles.subtracting(files.map(\.path)).count
        let report = Report(written: files.count - same.count, unchanged: same.count, removed: removed)
        if report.written == 0 && removed == 0 { return report }  // nothing changed: write nothing
        do {
            try fileSystem.remove(staging)
            try fileSystem.createDirectory(staging)
            try fileSystem.write(Array("generated by tinjau; this folder is replaced on every build\n".utf8), to: staging + "/" + Self.marker)
            for file in files {
                if same.contains(file.path) {
                    try fileSystem.link(root + "/" + file.path, to: staging + "/" + file.path)
                } else {
                    try fileSystem.write(file.bytes, to: staging + "/" + file.path)
                }
            }
        } catch {
            try? fileSystem.remove(staging)
            let reason = IOErrorText.describe(error)
            throw BuildFailure([Diagnostic(.error, "output.write", at: location,
                "situs tidak dapat ditulis (\(reason.id)); situs sebelumnya tidak diubah", hint: "periksa ruang disk dan izin tulis folder",
                en: "the site cannot be written (\(reason.en)); the previous site is unchanged",
                hintEN: "check the free disk space and the folder's write permissions")])
        }
        do {
            try fileSystem.remove(previous)
            if fileSystem.isDirectory(root) { try fileSystem.move(root, to: previous) }
            try fileSystem.move(staging, to: root)
            try fileSystem.remove(previous)
        } catch {
            let reason = IOErrorText.describe(error)
            throw BuildFailure([Diagnostic(.error, "output.swap", at: location,
                "folder output tidak dapat diganti (\(reason.id))",
                hint: "situs baru ada di `\(staging)`, situs sebelumnya di `\(previous)` bila ada; periksa izin tulis",
                en: "the output folder cannot be replaced (\(reason.en))",
                hintEN: "the new site is in `\(staging)`, the previous one in `\(previous)` if there was one; check the write permissions")])
        }
        return report
    }
}
