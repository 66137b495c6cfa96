import Crypto
import Foundation

/// SHA-256 digests (FIPS 180-4): as 64 lowercase hexadecimal digits (`of`, `Parts.digest()`), or as
/// their 32 bytes (``Digest``: `digest(of:)`, `Parts.value()`) where many are kept: the keys of the build cache.
public enum ContentHash {
    /// The digest of `bytes`.
    public static func of(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The digest of `bytes`, as 32 bytes (``Digest``; its ``Digest/hex`` is ``of(_:)-([UInt8])``).
    static func digest(of bytes: [UInt8]) -> Digest {
        Digest(SHA256.hash(data: bytes))
    }

    /// The digest of `prefix` followed by `bytes`, without joining them into one array first.
    public static func of<Bytes: Collection>(_ prefix: [UInt8], then bytes: Bytes) -> String where Bytes.Element == UInt8 {
        of(prefix, then: bytes, after: SHA256())
    }

    /// The digest of what `hasher` has been given, then `prefix`, then `bytes`.
    static func of<Bytes: Collection>(_ prefix: [UInt8], then bytes: Bytes, after hasher: SHA256) -> String where Bytes.Element == UInt8 {
        digest(prefix, then: bytes, after: hasher).hex
    }

    /// ``of(_:then:after:)`` as 32 bytes.
    static func digest<Bytes: Collection>(_ prefix: [UInt8], then bytes: Bytes, after hasher: SHA256) -> Digest where Bytes.Element == UInt8 {
        var hasher = hasher
        hasher.update(data: prefix)
        if let done = bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) {
            _ = done
        } else {
            hasher.update(data: Array(bytes))
        }
        return Digest(hasher.finalize())
    }

    /// The digest of several parts, each length-prefixed so that `["ab", "c"]` and `["a", "bc"]` differ.
    public static func of(parts: [String]) -> String {
        digest(parts: parts).hex
    }

    /// ``of(parts:)`` as 32 bytes.
    static func digest(parts: [String]) -> Digest {
        var hasher = Parts()
        for part in parts { hasher.add(part) }
        return hasher.value()
    }

    /// A digest fed part by part (``of(parts:)`` without an array of the parts): texts
    /// length-prefixed as there, whole numbers as 8 little-endian bytes.
    struct Parts {
        private var hasher = SHA256()

        /// Adds `part`: its length in bytes, then its UTF-8 bytes (the text's own, not a copy).
        mutating func add(_ part: String) {
            var part = part
            var length = UInt64(part.utf8.count).littleEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }

        /// Adds `digest` as ``add(_:)-(String)`` adds its ``Digest/hex`` (the same bytes, made on the stack).
        mutating func add(_ digest: Digest) {
            add(64)
            digest.withHexBytes { hasher.update(bufferPointer: $0) }
        }

        /// Adds `bytes`: their count, then the bytes.
        mutating func add(_ bytes: [UInt8]) {
            add(bytes.count)
            bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }

        /// Adds `number` as 8 little-endian bytes.
        mutating func add(_ number: Int) {
            var number = Int64(number).littleEndian
            withUnsafeBytes(of: &number) { hasher.update(bufferPointer: $0) }
        }

        /// The digest of what was added, as 64 hexadecimal digits.
        func digest() -> String { value().hex }

        /// The digest of what was added, as 32 bytes.
        func value() -> Digest { Digest(hasher.finalize()) }
    }

    /// `digest` as 64 lowercase hexadecimal digits (``Digest/hex``).
    static func hex(_ digest: SHA256.Digest) -> String {
        Digest(digest).hex
    }
}

/// What the parser made of each OPD, programme and narrative-page file in an earlier build, so
/// that a rebuild parses only the files that changed (issue 14: "a cache of parsed programmes keyed
/// by the file's content hash").
///
/// An entry is used only when its key matches: the SHA-256 of the file's bytes, its kind and
/// slugs, and for a programme the dimensions it was read against (`dimensi.yml` or the built-in
/// ones). The entry holds the whole parsed value, places of fields included, and the file's
/// diagnostics, so that a reused file reports its warnings exactly as a parsed one. The entries
/// live in memory only, kept between the builds of one process by ``BuildMemory`` (`tinjau serve`):
/// on disk they cost more to read back than the files cost to parse (docs/performance.md).
/// A programme's body text is kept in ``bodies``, a store shared by the caches of one process
/// (a scratch file past a few megabytes), so a reused programme needs neither its file's bytes
/// nor its text in memory.
///
/// Thread-safe: the parser looks entries up and records them from all cores.
public final class ParseCache: @unchecked Sendable {
    /// One file's result.
    struct Entry: Sendable {
        /// The key the result was made under (see ``ParseCache``).
        var key: Digest
        /// The parsed value, `nil` inside when the file had errors.
        var item: Item
        /// The file's diagnostics.
        var diagnostics: [Diagnostic]
    }

    /// A parsed file, as the parser made it (places of fields and body included).
    enum Item: Sendable {
        case opd(OPD?)
        case program(Program?)
        case page(NarrativePage?)
    }

    /// The earlier results, until ``keep(_:)`` or ``keepEarlier(except:)`` carries them over whole
    /// (they are then moved into ``current``, not copied: at 100 000 programmes a copy of the table
    /// was 45 MB of a rebuild's peak; ``BuildMemory/takeParse()`` makes this cache their only holder).
    /// Looked up (``earlier(_:key:)``, ``holds(_:key:)``) without the lock, on all cores: only
    /// before those calls, which come once the lookups are done.
    private var previous: [String: Entry]
    private var current: [String: Entry] = [:]
    /// Whether ``previous`` was moved into ``current``.
    private var carriedOver = false
    /// What carrying the earlier results over replaced: each path's earlier result, or `nil` for a
    /// path that had none (one file per edit, not per file), so that ``surviving()`` can give the
    /// earlier results back as they were.
    private var displaced: [String: Entry?] = [:]
    private let lock = NSLock()
    private var reusedCount = 0

    /// Where the programmes' body texts are kept, those of `previous` included.
    let bodies: BodyStore

    /// A cache holding `previous` (by path), whose programmes' bodies are in `bodies`, or an empty one.
    init(previous: [String: Entry] = [:], bodies: BodyStore = BodyStore()) {
        self.previous = previous
        self.bodies = bodies
    }

    /// The earlier results as this cache was given them, for a build that failed: the next build
    /// starts from them as it would have after the last successful one. Leaves this cache empty.
    func surviving() -> [String: Entry] {
        lock.withLock {
            var all: [String: Entry] = [:]
            if carriedOver {
                swap(&all, &current)
                for (path, earlier) in displaced { all[path] = earlier }
            } else {
                swap(&all, &previous)
                current = [:]
            }
            displaced = [:]
            return all
        }
    }

    /// The entries made or reused in this build, by path, with the store their bodies are in: this
    /// cache's, or a new one holding only theirs once the texts of bodies no longer used (files
    /// edited or gone) are more than half of it and past its scratch-file threshold (``BodyStore/threshold``).
    func kept() -> (entries: [String: Entry], bodies: BodyStore) {
        let entries = self.entries
        var used = 0
        for entry in entries.values {
            if case .program(let program?) = entry.item { used += program.body.storedLength }
        }
        guard bodies.isMostlyUnused(used: used) else { return (entries, bodies) }
        let fresh = BodyStore(spillThreshold: bodies.threshold)
        let moved = entries.mapValues { entry -> Entry in
            guard case .program(var program?) = entry.item else { return entry }
            program.body.move(to: fresh)
            var entry = entry
            entry.item = .program(program)
            return entry
        }
        return (moved, fresh)
    }

    /// Whether an earlier result for `path` was made under `key` (without taking it).
    func holds(_ path: String, key: Digest) -> Bool {
        previous[path]?.key == key
    }

    /// An empty cache: every file is parsed and recorded.
    public convenience init() { self.init(previous: [:]) }

    /// How many files were taken from the cache in this build.
    public var reused: Int { lock.withLock { reusedCount } }

    /// The entries made or reused in this build (files that are gone are dropped), by path.
    var entries: [String: Entry] { lock.withLock { current } }

    /// The earlier result for `path` when it was made under `key`, not yet kept for the next build
    /// (``keep(_:)`` does that for all such results at once), or `nil`.
    func earlier(_ path: String, key: Digest) -> Entry? {
        guard let entry = previous[path], entry.key == key else { return nil }
        return entry
    }

    /// Keeps the earlier results of the files `taken` (paths whose result ``earlier(_:key:)`` gave,
    /// each once) for the next build. When they and the files parsed again in this build
    /// (``record(_:_:)``) cover every earlier path (a rebuild after files were edited, none added or
    /// removed), the earlier results are taken whole with this build's put over them, instead of
    /// one insertion per file.
    func keep(_ taken: [String]) {
        lock.withLock {
            reusedCount += taken.count
            let parsedAgain = current.keys.reduce(0) { $0 + (previous[$1] == nil ? 0 : 1) }
            if taken.count + parsedAgain == previous.count {
                var all: [String: Entry] = [:]
                swap(&all, &previous)
                for (path, entry) in current { displace(path, all.updateValue(entry, forKey: path)) }
                current = all
                carriedOver = true
                return
            }
            current.reserveCapacity(current.count + taken.count)
            for path in taken { current[path] = previous[path] }
        }
    }

    /// Keeps every earlier result for the next build but those of `changed` (files parsed again in
    /// this build, ``record(_:_:)``): for a build that knows its files are the earlier build's, each
    /// unchanged but `changed` (``ContentMemo``), without looking each one up.
    func keepEarlier(except changed: Set<String>) {
        lock.withLock {
            var all: [String: Entry] = [:]
            swap(&all, &previous)
            for path in changed { displace(path, all.removeValue(forKey: path)) }
            reusedCount += all.count
            for (path, entry) in current { displace(path, all.updateValue(entry, forKey: path)) }
            current = all
            carriedOver = true
        }
    }

    /// Notes `earlier` as the earlier result of `path` replaced while carrying the results over,
    /// unless one was noted already. Called with the lock held.
    private func displace(_ path: String, _ earlier: Entry?) {
        if displaced.index(forKey: path) == nil { displaced[path] = .some(earlier) }
    }

    /// Records the result for `path` made in this build.
    func record(_ path: String, _ entry: Entry) {
        lock.withLock { current[path] = entry }
    }
}
