import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The lexical path operations through swift-system's `FilePath` (``Paths``) give what the
/// hand-written normalisers they replaced gave, kept here as the reference.
@Suite("Paths through FilePath")
struct PathsTests {
    /// The replaced `SiteBuilder.checkFolders` helper.
    static func referenceAbsolute(_ path: String, in directory: String) -> String {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") where part != "." {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The replaced `BodyRenderer.normalise`.
    static func referenceResolved(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The replaced trailing-slash trimmers (`InMemoryFileSystem.normalise`, `BodyRenderer.init`, `tinjau arsip`).
    static func referenceTrimmed(_ path: String) -> String {
        var p = path
        while p.hasSuffix("/") && p.count > 1 { p.removeLast() }
        return p
    }

    /// Every path of up to `length` pieces drawn from `pieces`, deterministically.
    static func paths(_ pieces: [String], length: Int) -> [String] {
        var result = [""]
        var level = [""]
        for _ in 0..<length {
            level = level.flatMap { prefix in pieces.map { prefix + $0 } }
            result += level
        }
        return result
    }

    @Test func absolutePathsAreTheSame() {
        let pieces = ["a", "é", "/", ".", "..", "b.md", " c"]
        for path in Self.paths(pieces, length: 4) {
            for directory in ["/", "/home/editor/review", "/srv/./x/.."] {
                #expect(Paths.absolute(path, in: directory) == Self.referenceAbsolute(path, in: directory), "\(path) in \(directory)")
            }
        }
    }

    @Test func resolvedPathsAreTheSame() {
        for path in Self.paths(["a", "/", ".", "..", "x.md", "%20", "..."], length: 5) {
            #expect(Paths.resolved(path) == Self.referenceResolved(path), "\(path)")
        }
    }

    /// The same for every path without a repeated `/` inside it; `a//b` is now `a/b`, as the file
    /// system reads it, where the trimmers kept the doubled separator.
    @Test func trimmedPathsAreTheSameWithoutRepeatedSeparators() {
        for path in Self.paths(["content", "/", ".", "..", "a b"], length: 6) {
            let inner = path.hasSuffix("/") ? String(path.reversed().drop { $0 == "/" }.reversed()) : path
            guard !inner.contains("//") else { continue }
            #expect(Paths.trimmed(path) == Self.referenceTrimmed(path), "\(path)")
        }
        #expect(Paths.trimmed("content//opd") == "content/opd")
    }
}
