import Foundation
import SystemPackage
import TinjauKit

/// A file system held in memory, for tests. Paths are plain strings; folders
/// exist implicitly as prefixes of file paths or when created.
public final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    private var directories: Set<String> = []
    private var symlinks: Set<String> = []

    /// Creates a file system holding `files` (path → UTF-8 text).
    public init(files: [String: String] = [:]) {
        for (path, text) in files { self.files[Self.normalise(path)] = Array(text.utf8) }
    }

    /// Adds a symbolic link entry (never followed) at `path`.
    public func addSymlink(_ path: String) {
        lock.withLock { _ = symlinks.insert(Self.normalise(path)) }
    }

    /// The text of every file below `root`, keyed by relative path.
    public func snapshot(under root: String) -> [String: String] {
        let prefix = Self.normalise(root) + "/"
        return lock.withLock {
            var result: [String: String] = [:]
            for (path, bytes) in files where path.hasPrefix(prefix) {
                result[String(path.dropFirst(prefix.count))] = String(decoding: bytes, as: UTF8.self)
            }
            return result
        }
    }

    /// The key of `path`: without its trailing `/` (`FilePath`'s normal form, as TinjauKit's `Paths.trimmed`).
    private static func normalise(_ path: String) -> String {
        FilePath(path).string
    }

    public func isDirectory(_ path: String) -> Bool {
        let p = Self.normalise(path)
        return lock.withLock {
            directories.contains(p) || files.keys.contains { $0.hasPrefix(p + "/") }
        }
    }

    public func isFile(_ path: String) -> Bool {
        lock.withLock { files[Self.normalise(path)] != nil }
    }

    public func listRecursively(_ path: String) throws -> [FileEntry] {
        let prefix = Self.normalise(path) + "/"
        return lock.withLock {
            var entries: Set<FileEntry> = []
            func addParents(_ rel: String) {
                var parts = rel.split(separator: "/").map(String.init)
                parts.removeLast()
                var current = ""
                for part in parts {
                    current = current.isEmpty ? part : current + "/" + part
                    entries.insert(FileEntry(relativePath: current, kind: .directory))
                }
            }
            for path in files.keys where path.hasPrefix(prefix) {
                let rel = String(path.dropFirst(prefix.count))
                entries.insert(FileEntry(relativePath: rel, kind: .file))
                addParents(rel)
            }
            for path in symlinks where path.hasPrefix(prefix) {
                let rel = String(path.dropFirst(prefix.count))
                entries.insert(FileEntry(relativePath: rel, kind: .symlink))
                addParents(rel)
            }
            for path in directories where path.hasPrefix(prefix) {
                let rel = String(path.dropFirst(prefix.count))
                entries.insert(FileEntry(relativePath: rel, kind: .directory))
                addParents(rel)
            }
            return entries.sorted { Paths.precedesInByteOrder($0.relativePath, $1.relativePath) }
        }
    }

    public func read(_ path: String) throws -> [UInt8] {
        try lock.withLock {
            guard let bytes = files[Self.normalise(path)] else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            return bytes
        }
    }

    public func write(_ bytes: [UInt8], to path: String) throws {
        lock.withLock { files[Self.normalise(path)] = bytes }
    }

    public func createDirectory(_ path: String) throws {
        lock.withLock { _ = directories.insert(Self.normalise(path)) }
    }

    public func remove(_ path: String) throws {
        let p = Self.normalise(path)
        lock.withLock {
            files[p] = nil
            files = files.filter { !$0.key.hasPrefix(p + "/") }
            directories = directories.filter { $0 != p && !$0.hasPrefix(p + "/") }
        }
    }

    public func link(_ source: String, to destination: String) throws {
        try write(try read(source), to: destination)
    }

    public func replace(_ path: String, with bytes: [UInt8]) throws {
        try write(bytes, to: path)
    }

    public func rename(_ source: String, replacing destination: String) throws {
        let bytes = try read(source)
        try remove(source)
        try write(bytes, to: destination)
    }

    public func move(_ source: String, to destination: String) throws {
        let s = Self.normalise(source)
        let d = Self.normalise(destination)
        lock.withLock {
            var moved: [String: [UInt8]] = [:]
            for (path, bytes) in files {
                if path == s {
                    moved[d] = bytes
                } else if path.hasPrefix(s + "/") {
                    moved[d + path.dropFirst(s.count)] = bytes
                } else {
                    moved[path] = bytes
                }
            }
            files = moved
            directories = Set(directories.map { $0 == s ? d : ($0.hasPrefix(s + "/") ? d + $0.dropFirst(s.count) : $0) })
        }
    }
}
