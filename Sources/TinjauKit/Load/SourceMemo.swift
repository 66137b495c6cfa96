import Foundation

/// What a long-running process (`tinjau serve`) knows of each source file it has read: the file's
/// settled stamp (``FileSystem/settledStamp(_:)``: on disk its device, inode, size, and modification
/// and status-change times),
/// the SHA-256 of the bytes it read under that stamp and, for the loader's files, their
/// ``PageInputs`` digest. A rebuild then reads only the files whose stamp changed: the input digest
/// (``InputDigest``) takes the others' SHA-256 from here, and the loader leaves their bytes unread
/// (``SourceFile/isElided``) when the parse cache holds what they parse to. At 100 000 programmes
/// the files' bytes were 250 MB of a rebuild's memory and reading and hashing them twice a third
/// of its time (issue 14).
///
/// The rule is git's for its index: a file whose stamp is the recorded one has the recorded bytes.
/// A stamp is recorded only when it was the same before and after the read and the file was last
/// modified long enough ago that another write could not keep it (the *settled* stamp), so a save
/// during a read or within the same tick of the file system's clock is read again next time. As
/// for git, a write that leaves every time as it was is not seen until the file's times change
/// again or serve restarts: a second write through a memory mapping whose page the kernel has not
/// yet written back (no editor saves that way). Files no longer in the content or theme folder are
/// forgotten at the next input digest.
///
/// Thread-safe: the loader records from all cores.
public final class SourceMemo: @unchecked Sendable {
    /// One file as it was read.
    struct Known: Sendable {
        /// Its settled stamp when read.
        var stamp: String
        /// The SHA-256 of its bytes, as 64 hexadecimal digits (``ContentHash``).
        var sha256: String
        /// Its digest for ``PageInputs`` (the loader's files only; `nil` for a file only the input
        /// digest read, such as a template).
        var digest: PageInputs.FileDigest?
    }

    private let lock = NSLock()
    private var known: [String: Known] = [:]

    /// An empty memo: every file is read.
    public init() {}

    /// What was recorded of `path` under `stamp`, or `nil` (not read before, or changed since).
    func lookup(_ path: String, stamp: String) -> Known? {
        lock.withLock { known[path].flatMap { $0.stamp == stamp ? $0 : nil } }
    }

    /// Records `file` as read at `path`.
    func record(_ path: String, _ file: Known) {
        lock.withLock { known[path] = file }
    }

    /// Forgets every file but `paths`.
    func keep(only paths: Set<String>) {
        lock.withLock { known = known.filter { paths.contains($0.key) } }
    }

    /// How many files are remembered.
    var count: Int { lock.withLock { known.count } }
}
