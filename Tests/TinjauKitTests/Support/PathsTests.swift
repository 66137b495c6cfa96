import Foundation
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

/// The writer's unordered listing of a folder (``LocalFileSystem/listRecursivelyUnordered(_:)``),
/// made on all cores once the tree is wide enough, lists what the sorted listing does.
@Suite("Listing a folder")
struct ListingTests {
    @Test func theUnorderedListingHasTheSortedListingsEntries() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        // Wide (more folders than the cores' share) and deep, with files at every level and an empty folder.
        try fs.write([1], to: dir.path + "/top.txt")
        for a in 0..<9 {
            try fs.write([2], to: dir.path + "/a\(a)/index.html")
            for b in 0..<7 {
                try fs.write([3], to: dir.path + "/a\(a)/b\(b)/index.html")
                if b % 3 == 0 { try fs.write([4], to: dir.path + "/a\(a)/b\(b)/c/d/leaf.html") }
            }
        }
        try fs.createDirectory(dir.path + "/empty")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link", withDestinationPath: dir.path + "/top.txt")
        let sorted = try fs.listRecursively(dir.path)
        let unordered = try fs.listRecursivelyUnordered(dir.path)
        #expect(unordered.count == sorted.count)
        #expect(Set(unordered) == Set(sorted))
        #expect(sorted.count == 1 + 9 * 2 + 9 * 7 * 2 + 9 * 3 * 3 + 1 + 1)
        #expect(throws: (any Error).self) { try fs.listRecursivelyUnordered(dir.path + "/missing") }
    }

    @Test func aStampedListingGivesEachFileTheStampItsPathGives() throws {
        let dir = try TemporaryDirectory()
        let settled = LocalFileSystem(settleSeconds: 0)
        let fresh = LocalFileSystem(settleSeconds: 3600)
        for a in 0..<40 {
            try settled.write(Array("page \(a)".utf8), to: dir.path + "/opd/o\(a % 7)/p\(a)/index.html")
        }
        try settled.write([1, 2, 3], to: dir.path + "/tinjau.yml")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link", withDestinationPath: dir.path + "/tinjau.yml")
        // A path with a trailing `/`, as a user may type it, names the same files.
        for root in [dir.path, dir.path + "/"] {
            for ordered in [true, false] {
                let plain = try settled.listRecursively(root, stamps: .plain, ordered: ordered)
                let listing = ordered ? try settled.listRecursively(root) : try settled.listRecursivelyUnordered(root)
                #expect(plain.map(\.entry) == listing)
                for listed in plain {
                    let expected = listed.entry.kind == .file ? settled.stamp(dir.path + "/" + listed.entry.relativePath) : nil
                    #expect(listed.stamp == expected, "\(listed.entry.relativePath)")
                }
                let stamped = try settled.listRecursively(root, stamps: .settled, ordered: ordered)
                for listed in stamped {
                    let path = dir.path + "/" + listed.entry.relativePath
                    #expect(listed.stamp == (listed.entry.kind == .file ? settled.settledStamp(path) : nil))
                    if listed.entry.kind == .file { #expect(listed.stamp != nil) }
                }
                // Files written just now are not settled for a longer settle time.
                #expect(try fresh.listRecursively(root, stamps: .settled, ordered: ordered).allSatisfy { $0.stamp == nil })
            }
        }
        // A name that is not UTF-8 is listed (decoded with U+FFFD) without a stamp, as its decoded
        // path gives none.
        var raw = Array((dir.path + "/opd/o1/").utf8) + [0x62, 0xFF, 0x64, 0]
        let descriptor = raw.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let withOdd = try settled.listRecursively(dir.path, stamps: .plain, ordered: true)
        let listedOdd = try #require(withOdd.first { $0.entry.relativePath == "opd/o1/b\u{FFFD}d" })
        #expect(listedOdd.stamp == nil)
        #expect(settled.stamp(dir.path + "/opd/o1/b\u{FFFD}d") == nil)
        // The protocol's own listing (any other file system) stamps through each file's path.
        let memory = InMemoryFileSystem()
        try memory.write([7], to: "/c/a.md")
        try memory.write([8], to: "/c/b/c.md")
        let listed = try memory.listRecursively("/c", stamps: .plain, ordered: true)
        #expect(listed.map(\.entry.relativePath) == ["a.md", "b", "b/c.md"])
        #expect(listed.map(\.stamp) == [memory.stamp("/c/a.md"), nil, memory.stamp("/c/b/c.md")])
    }
}
