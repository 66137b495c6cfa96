import Foundation
import SystemPackage

/// The lexical path operations of tinjau, all on swift-system's `FilePath`: its normal form (no
/// trailing `/`, no repeated `/`), its root and its components with their kinds (`.`, `..`, a name).
/// Nothing here touches the disk or follows a symbolic link.
///
/// `..` is resolved here over the components rather than with `FilePath.lexicallyNormalized()`,
/// which in swift-system 1.8.1 fails an internal assertion on a name ending in `..` followed by
/// `..` (`a../..`, found by `PathsTests`).
public enum Paths {
    /// Whether `a` comes before `b` in byte order of their UTF-8 (the order of every listing and
    /// sorted path in tinjau: the same on every machine and locale). One `memcmp` over contiguous
    /// bytes: the generic comparison of two `UTF8View`s took 140 ms per listing of 10 000 files.
    public static func precedesInByteOrder(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let shorter = min(x.count, y.count)
                let order = shorter == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, shorter)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    /// `path` without its trailing `/` (`content/` → `content`; `/` stays `/`).
    static func trimmed(_ path: String) -> String {
        FilePath(path).string
    }

    /// `path` as an absolute path with `.` and `..` resolved: relative to `directory` unless it
    /// starts with `/`; `..` at the root stays at the root (`/a/../..` → `/`).
    static func absolute(_ path: String, in directory: String) -> String {
        let full = FilePath(directory).pushing(FilePath(path))
        return "/" + (resolving(full.components, aboveRoot: true) ?? []).joined(separator: "/")
    }

    /// The `/`-separated path `path` with `.` and `..` resolved, read from the root whether or not it
    /// starts with `/` (`/opd/a/../b.md` → `opd/b.md`); `nil` when a `..` climbs above the root.
    static func resolved(_ path: String) -> String? {
        resolving(FilePath(path).components, aboveRoot: false)?.joined(separator: "/")
    }

    /// The names left of `components` once `.` is dropped and each `..` removes the name before it; a
    /// `..` with no name before it is dropped when `aboveRoot` (as at `/`), else the result is `nil`.
    private static func resolving(_ components: FilePath.ComponentView, aboveRoot: Bool) -> [String]? {
        var names: [String] = []
        for component in components {
            switch component.kind {
            case .currentDirectory:
                continue
            case .parentDirectory:
                if names.isEmpty {
                    guard aboveRoot else { return nil }
                } else {
                    names.removeLast()
                }
            case .regular:
                names.append(component.string)
            }
        }
        return names
    }
}
