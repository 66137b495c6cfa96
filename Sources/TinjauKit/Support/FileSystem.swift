import Foundation
import SystemPackage

/// One entry found while listing a folder.
public struct FileEntry: Hashable, Sendable {
    /// What the entry is. Symbolic links are reported as such and never followed.
    public enum Kind: Sendable, Hashable { case file, directory, symlink }
    /// Path relative to the listed folder, with `/` separators.
    public var relativePath: String
    /// File, folder or symbolic link.
    public var kind: Kind

    /// Creates an entry.
    public init(relativePath: String, kind: Kind) {
        self.relativePath = relativePath
        self.kind = kind
    }
}

/// A listed entry with the stamp of the file it names, read as the folder was listed
/// (``FileSystem/listRecursively(_:stamps:ordered:)``).
public struct StampedEntry: Sendable {
    /// Which stamp a listing reads for each file.
    public enum Kind: Sendable {
        /// ``FileSystem/stamp(_:)``: changes whenever the file is written, replaced or removed.
        case plain
        /// ``FileSystem/settledStamp(_:)``: `nil` for a file changed too recently to be trusted.
        case settled
    }

    /// The entry as ``FileSystem/listRecursively(_:)`` gives it.
    public var entry: FileEntry
    /// The file's stamp of the kind asked for; `nil` for a folder or a link, for a file gone before
    /// its stamp was read and (settled stamps) for one changed too recently.
    public var stamp: String?

    /// Creates an entry.
    public init(entry: FileEntry, stamp: String?) {
        self.entry = entry
        self.stamp = stamp
    }
}

/// The file system as the pipeline sees it. The loader is its only reader and
/// the writer its only writer; tests inject `InMemoryFileSystem` (in the TinjauTestSupport target).
public protocol FileSystem: Sendable {
    /// Whether a folder exists at `path`.
    func isDirectory(_ path: String) -> Bool
    /// Whether a regular file exists at `path`.
    func isFile(_ path: String) -> Bool
    /// Every entry below `path`, recursively, sorted by relative path (byte order).
    /// Symbolic links are listed but not descended into.
    /// - Throws: when `path` cannot be read.
    func listRecursively(_ path: String) throws -> [FileEntry]
    /// ``listRecursively(_:)`` in no particular order, for a caller that only asks what is there
    /// (the writer's look at the output folder): sorting 20 000 paths of a large output took as long
    /// as listing them.
    /// - Throws: when `path` cannot be read.
    func listRecursivelyUnordered(_ path: String) throws -> [FileEntry]
    /// ``listRecursively(_:)`` (`ordered`) or ``listRecursivelyUnordered(_:)`` with each file's
    /// stamp of the kind `kind` read as its folder is listed: the same stamps as ``stamp(_:)`` and
    /// ``settledStamp(_:)`` give (settled as of the moment the listing began, so a file that settles
    /// during the listing has none), without a walk down the whole path for every file (on disk,
    /// `fstatat` from the open folder). `tinjau serve` stamps every source file and every output file each
    /// rebuild: at 10 000 programmes, two path lookups per file were a tenth of a rebuild.
    /// - Throws: when `path`, or a folder below it, cannot be read.
    func listRecursively(_ path: String, stamps kind: StampedEntry.Kind, ordered: Bool) throws -> [StampedEntry]
    /// The bytes of the file at `path`.
    /// - Throws: when the file cannot be read.
    func read(_ path: String) throws -> [UInt8]
    /// Writes `bytes` to `path`, creating parent folders.
    /// - Throws: when the file cannot be written.
    func write(_ bytes: [UInt8], to path: String) throws
    /// Creates a folder and its parents.
    func createDirectory(_ path: String) throws
    /// Removes a file or folder recursively; no error when it does not exist.
    func remove(_ path: String) throws
    /// Moves `source` to `destination` (which must not exist).
    func move(_ source: String, to destination: String) throws
    /// Makes `destination` a hard link to the file `source` (same bytes, same modification
    /// time), creating parent folders; copies the bytes where links are not possible.
    func link(_ source: String, to destination: String) throws
    /// Replaces the file `path` with `bytes` so that a reader sees the old file or the new one,
    /// never a part (a temporary sibling renamed over it); creates missing parent folders.
    func replace(_ path: String, with bytes: [UInt8]) throws
    /// Renames the file `source` to `destination`, replacing a file there in one step (POSIX
    /// `rename(2)`); both are in the same folder tree.
    func rename(_ source: String, replacing destination: String) throws
    /// Whether the file `path` holds exactly `bytes` (`false` when it cannot be read).
    func hasContents(_ path: String, equalTo bytes: [UInt8]) -> Bool
    /// Writes the bytes `produce` hands to its sink, part by part and in order, to `path`, creating
    /// parent folders, without holding the whole file (``OutputFile/Producer``).
    /// - Throws: when the file cannot be written, or what `produce` throws.
    func write(to path: String, parts produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws
    /// Whether the files `a` and `b` hold the same bytes (`false` when either cannot be read).
    func hasSameContents(_ a: String, _ b: String) -> Bool
    /// A short text that changes whenever the file `path` is written, replaced or removed (on disk:
    /// its inode, size and modification time to the nanosecond), or `nil` when there is no file.
    func stamp(_ path: String) -> String?
    /// A text that a later change to the file `path` is sure to change, else `nil` (no file, or
    /// one changed so recently that another write within the same tick of the file system's clock
    /// could leave it as it is: on disk, its device, inode, size, modification and status-change
    /// times, once both times are ``LocalFileSystem/settleSeconds`` old, as git treats a "racily
    /// clean" file). `tinjau serve` skips reading a source file whose settled stamp is the one it
    /// recorded when it last read it (``SourceMemo``), so a conformer must never give the same
    /// settled stamp for other bytes (the default: the digest of the bytes).
    func settledStamp(_ path: String) -> String?
}

/// The real file system through Foundation's `FileManager`.
extension FileSystem {
    /// ``listRecursively(_:)``: sorted, which no caller of the unordered listing minds.
    public func listRecursivelyUnordered(_ path: String) throws -> [FileEntry] {
        try listRecursively(path)
    }

    /// The listing, then each file's stamp asked for by its path.
    public func listRecursively(_ path: String, stamps kind: StampedEntry.Kind, ordered: Bool) throws -> [StampedEntry] {
        let root = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        return try (ordered ? listRecursively(path) : listRecursivelyUnordered(path)).map { entry in
            guard entry.kind == .file else { return StampedEntry(entry: entry, stamp: nil) }
            let file = root + "/" + entry.relativePath
            return StampedEntry(entry: entry, stamp: kind == .plain ? stamp(file) : settledStamp(file))
        }
    }

    /// Reads the whole file and compares.
    public func hasContents(_ path: String, equalTo bytes: [UInt8]) -> Bool {
        (try? read(path)) == bytes
    }

    /// Collects the parts and writes them at once.
    public func write(to path: String, parts produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        var bytes: [UInt8] = []
        try produce { bytes += $0 }
        try write(bytes, to: path)
    }

    /// Reads both files whole and compares.
    public func hasSameContents(_ a: String, _ b: String) -> Bool {
        guard let first = try? read(a), let second = try? read(b) else { return false }
        return first == second
    }

    /// The SHA-256 of the file's bytes.
    public func stamp(_ path: String) -> String? {
        guard isFile(path), let bytes = try? read(path) else { return nil }
        return ContentHash.of(bytes)
    }

    /// The SHA-256 of the file's bytes, which changes with every change (not ``stamp(_:)``, which a
    /// conformer may make from the file's metadata).
    public func settledStamp(_ path: String) -> String? {
        guard isFile(path), let bytes = try? read(path) else { return nil }
        return ContentHash.of(bytes)
    }
}

public struct LocalFileSystem: FileSystem {
    /// How long after its last change (of contents or status) a file's ``settledStamp(_:)`` is
    /// given, in seconds: by default 3, more than the coarsest modification-time granularity of
    /// the file systems a content folder may be on (2 s on FAT), so that a second write in the same
    /// tick, same size, cannot go unseen. Tests that control modification times use 0.
    public let settleSeconds: Int

    /// Creates the live file system.
    public init(settleSeconds: Int = 3) {
        self.settleSeconds = settleSeconds
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    public func isFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    public func listRecursively(_ path: String) throws -> [FileEntry] {
        try listRecursively(path, stamps: nil, ordered: true).map(\.entry)
    }

    public func listRecursively(_ path: String, stamps kind: StampedEntry.Kind, ordered: Bool) throws -> [StampedEntry] {
        try listRecursively(path, stamps: Optional(kind), ordered: ordered)
    }

    /// The listing, with stamps of the kind `kind` (none when `nil`), sorted by path or as the
    /// folders give their entries; the folders listed on all cores either way (the content folder of
    /// 10 000 programmes, each file stamped, took 0,15 s on one core).
    private func listRecursively(_ path: String, stamps kind: StampedEntry.Kind?, ordered: Bool) throws -> [StampedEntry] {
        let now = kind == .settled ? Self.now() : timespec()
        var result: [StampedEntry] = []
        var frontier = [""]
        while !frontier.isEmpty, frontier.count < Parallel.threads * 16 {
            var next: [String] = []
            for relative in frontier { next += try listFolder(root: path, relative: relative, stamps: kind, now: now, into: &result) }
            frontier = next
        }
        let parts = Parallel.map(frontier) { relative -> Result<[StampedEntry], any Error> in
            Result {
                var part: [StampedEntry] = []
                try list(root: path, relative: relative, stamps: kind, now: now, into: &part)
                return part
            }
        }
        for part in parts { result += try part.get() }
        guard ordered else { return result }
        return result.sorted { Paths.precedesInByteOrder($0.entry.relativePath, $1.entry.relativePath) }
    }

    /// The entries as the folders give them, the folders listed on all cores: breadth first until
    /// there are enough folders to share out, then each of them with everything below it on one
    /// core. The output of 10 000 programmes is 10 000 folders, whose `opendir`/`readdir` on one
    /// core were a twelfth of a `serve` rebuild.
    public func listRecursivelyUnordered(_ path: String) throws -> [FileEntry] {
        try listRecursively(path, stamps: nil, ordered: false).map(\.entry)
    }

    /// Lists one folder with `opendir`/`readdir`, each entry's type from `readdir` (where the file
    /// system gives none, from the stamp's `fstatat` or else `lstat`). Foundation's `attributesOfItem` built a dictionary per file:
    /// listing 10 000 programmes that way took a quarter of a second, twice per build. Entries that
    /// are neither files, folders nor symbolic links (sockets, devices) are left out.
    /// - Throws: `Errno` when the folder, or an entry in it, cannot be read.
    private func list(root: String, relative: String, stamps kind: StampedEntry.Kind?, now: timespec, into result: inout [StampedEntry]) throws {
        for folder in try listFolder(root: root, relative: relative, stamps: kind, now: now, into: &result) {
            try list(root: root, relative: folder, stamps: kind, now: now, into: &result)
        }
    }

    /// Lists the one folder `relative` below `root` into `result` (see
    /// ``list(root:relative:stamps:now:into:)``), each file with its stamp of the kind `kind` (`fstatat`
    /// from the open folder; settled as of `now`), and returns its subfolders (relative to `root`),
    /// not yet listed.
    /// - Throws: `Errno` when the folder, or an entry in it, cannot be read.
    private func listFolder(
        root: String, relative: String, stamps kind: StampedEntry.Kind?, now: timespec, into result: inout [StampedEntry]
    ) throws -> [String] {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(folder) else { throw Errno(rawValue: errno) }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var folders: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw Errno(rawValue: errno) }
                break
            }
            var info = stat()
            var stated = false
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    // Not UTF-8: the entry's path (decoded, with U+FFFD) names another file, or none,
                    // so it gets no stamp from here (what its path gives: none).
                    return String(decoding: bytes, as: UTF8.self)
                }
                // The file's status from the open folder: one step of lookup instead of the whole path.
                if kind != nil, entry.pointee.d_type == UInt8(DT_REG) || entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                    stated = raw.withMemoryRebound(to: CChar.self) { fstatat(descriptor, $0.baseAddress!, &info, AT_SYMLINK_NOFOLLOW) } == 0
                }
                return name
            }
            if name == "." || name == ".." { continue }
            let rel = relative.isEmpty ? name : relative + "/" + name
            // The entry's type as `readdir` gives it; else from `fstatat` above, or `lstat`.
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                if !stated {
                    guard lstat(root + "/" + rel, &info) == 0 else { throw Errno(rawValue: errno) }
                }
                switch info.st_mode & S_IFMT {
                case S_IFLNK: type = UInt8(DT_LNK)
                case S_IFDIR: type = UInt8(DT_DIR)
                case S_IFREG: type = UInt8(DT_REG)
                default: continue
                }
            }
            switch type {
            case UInt8(DT_LNK): result.append(StampedEntry(entry: FileEntry(relativePath: rel, kind: .symlink), stamp: nil))
            case UInt8(DT_DIR):
                result.append(StampedEntry(entry: FileEntry(relativePath: rel, kind: .directory), stamp: nil))
                folders.append(rel)
            case UInt8(DT_REG):
                // A file replaced by something else since `readdir` named it has no stamp (as ``stamp(_:)``).
                var stamp: String?
                if let kind, stated, (info.st_mode & S_IFMT) == S_IFREG {
                    stamp = kind == .plain ? Self.stamp(info) : settledStamp(info, now: now)
                }
                result.append(StampedEntry(entry: FileEntry(relativePath: rel, kind: .file), stamp: stamp))
            default: break
            }
        }
        return folders
    }

    /// Reads the file with `open`/`fstat`/`read` into one buffer of its size (Foundation's
    /// `contents(atPath:)` reads into `Data`, which is then copied).
    /// - Throws: `Errno` when the file cannot be opened or read.
    public func read(_ path: String) throws -> [UInt8] {
        let descriptor = try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec])
        return try descriptor.closeAfter {
            var info = stat()
            guard fstat(descriptor.rawValue, &info) == 0 else { throw Errno(rawValue: errno) }
            guard (info.st_mode & S_IFMT) != S_IFDIR else { throw Errno.isDirectory }
            var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
            var count = 0
            while count < bytes.count {
                let read = try bytes.withUnsafeMutableBytes { try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[count...])) }
                if read == 0 { break }
                count += read
            }
            bytes.removeSubrange(count...)
            // A file that grew since `fstat`: read on to its end.
            var chunk = [UInt8](repeating: 0, count: 4096)
            while count == bytes.count {
                let read = try chunk.withUnsafeMutableBytes { try descriptor.read(into: $0) }
                if read == 0 { break }
                bytes += chunk[..<read]
                count += read
            }
            return bytes
        }
    }

    public func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { try $0(bytes) }
    }

    /// Writes each part as it comes, without `fsync`: Foundation's `Data.write(to:)` syncs every file
    /// to disk, which made writing a site of 10 000 pages cost 7 to 20 s instead of under one
    /// (measured in docs/performance.md). The site is swapped in whole by ``OutputWriter`` and can
    /// always be built again.
    /// - Throws: `Errno` (for example `ENOSPC`), or what `produce` throws.
    public func write(to path: String, parts produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        let descriptor = try create(path)
        try descriptor.closeAfter { try produce { _ = try descriptor.writeAll($0) } }
    }

    /// Creates or truncates `path` (mode 0644 before the umask) for writing. The open is tried first:
    /// creating (and checking) the parent folders for each of tens of thousands of files costs more
    /// than the writes themselves. When it fails the folder may be missing, or another thread may be
    /// creating it right now: creating folders is idempotent, so create and try again (the second
    /// error is the real one).
    /// - Throws: `Errno` (for example `EACCES`), or the error of creating the folders.
    private func create(_ path: String) throws -> FileDescriptor {
        func open() throws -> FileDescriptor {
            try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .truncate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        }
        do { return try open() } catch {
            let parent = (path as NSString).deletingLastPathComponent
            guard !parent.isEmpty else { throw error }
            try createDirectory(parent)
            return try open()
        }
    }

    public func createDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func remove(_ path: String) throws {
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        if exists || isLink { try FileManager.default.removeItem(atPath: path) }
    }

    public func move(_ source: String, to destination: String) throws {
        try FileManager.default.moveItem(atPath: source, toPath: destination)
    }

    public func link(_ source: String, to destination: String) throws {
        // As in ``write(_:to:)``: try first, create the parent folders only when that fails (a
        // staging folder links tens of thousands of files into a few hundred folders).
        if Glibc.link(source, destination) == 0 { return }
        let parent = (destination as NSString).deletingLastPathComponent
        if !parent.isEmpty { try createDirectory(parent) }
        do {
            try FileManager.default.linkItem(atPath: source, toPath: destination)
        } catch {
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        }
    }

    /// The file's inode, size and modification time (`lstat`): a hand edit, a copy or a replacement
    /// changes it.
    public func stamp(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Self.stamp(info)
    }

    public func settledStamp(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return settledStamp(info, now: Self.now())
    }

    /// ``stamp(_:)`` of a regular file whose status is `info`.
    private static func stamp(_ info: stat) -> String {
        "\(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// ``settledStamp(_:)`` of a regular file whose status is `info`, as of `now`.
    private func settledStamp(_ info: stat, now: timespec) -> String? {
        // A time in the future (a clock set back, a file from another machine) never settles. The
        // status-change time moves with `chmod` and with tools that set the modification time back.
        guard max(info.st_mtim.tv_sec, info.st_ctim.tv_sec) <= now.tv_sec - settleSeconds else { return nil }
        return
            "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    /// The wall-clock time now (`CLOCK_REALTIME`, the clock of files' times).
    private static func now() -> timespec {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now
    }

    /// Compares in 64 KiB chunks, so that checking a large data file against its new bytes does not
    /// hold a second copy of it in memory.
    public func hasContents(_ path: String, equalTo bytes: [UInt8]) -> Bool {
        guard let descriptor = try? FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec]) else { return false }
        defer { try? descriptor.close() }
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        var offset = 0
        while true {
            let count = (try? chunk.withUnsafeMutableBytes { try descriptor.read(into: $0) }) ?? -1
            if count < 0 { return false }
            if count == 0 { return offset == bytes.count }
            guard offset + count <= bytes.count, chunk[0..<count].elementsEqual(bytes[offset..<offset + count]) else { return false }
            offset += count
        }
    }

    /// Compares in 64 KiB chunks, holding neither file.
    public func hasSameContents(_ a: String, _ b: String) -> Bool {
        guard let first = try? FileDescriptor.open(FilePath(a), .readOnly, options: [.closeOnExec]) else { return false }
        defer { try? first.close() }
        guard let second = try? FileDescriptor.open(FilePath(b), .readOnly, options: [.closeOnExec]) else { return false }
        defer { try? second.close() }
        var one = [UInt8](repeating: 0, count: 64 << 10)
        var two = [UInt8](repeating: 0, count: 64 << 10)
        /// Fills `buffer` as far as the file allows: the count read, short only at the end, or -1.
        func fill(_ buffer: inout [UInt8], from descriptor: FileDescriptor) -> Int {
            var filled = 0
            while filled < buffer.count {
                let count =
                    (try? buffer.withUnsafeMutableBytes { try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }) ?? -1
                if count < 0 { return -1 }
                if count == 0 { break }
                filled += count
            }
            return filled
        }
        while true {
            let count = fill(&one, from: first)
            guard count >= 0, fill(&two, from: second) == count, one[..<count] == two[..<count] else { return false }
            if count < one.count { return true }
        }
    }

    public func replace(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".tinjau-tmp"
        try write(bytes, to: temporary)
        do {
            try rename(temporary, replacing: path)
        } catch {
            try? remove(temporary)
            throw error
        }
    }

    public func rename(_ source: String, replacing destination: String) throws {
        // rename(2) replaces the destination atomically.
        guard Glibc.rename(source, destination) == 0 else { throw Errno(rawValue: errno) }
    }
}
