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
        /// The SHA-256 of its bytes.
        var sha256: Digest
        /// Its digest for ``PageInputs`` (the loader's files only; `nil` for a file only the input
        /// digest read, such as a template).
        var digest: PageInputs.FileDigest?
        /// The ``look`` in which the input digest last found the file under ``stamp``.
        var seenInLook = 0
    }

    private let lock = NSLock()
    private var known: [String: Known] = [:]
    /// The number of the current build's look at its folders (``beginLook()``), from 1.
    private var look = 0
    /// Whether that look is still the build's (between ``beginLook()`` and ``endLook()``).
    private var lookOpen = false
    /// The input digest's listing of the content folder (spelled without a trailing `/`) in the
    /// current look, until the loader takes it (``takeListing(of:)``).
    private var listing: (folder: String, entries: [FileEntry])?
    /// The loader's last reading of a listing (``Classification``).
    private var lastClassification: Classification?

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

    /// Starts a build's look at its folders: the input digest lists them and stamps every file,
    /// and the loader, a moment later in the same build, takes what it saw (``takeListing(of:)``,
    /// ``seenThisLook(_:)``) instead of listing and stamping them all again. A file changed in
    /// between is then built as the input digest saw it, which is what the digest says, and the
    /// change wakes the next build.
    func beginLook() {
        lock.withLock {
            look += 1
            lookOpen = true
            listing = nil
        }
    }

    /// Ends the build's look: what the input digest saw is not trusted by any later load.
    func endLook() {
        lock.withLock {
            lookOpen = false
            listing = nil
        }
    }

    /// ``lookup(_:stamp:)`` by the input digest: a file found is marked seen in this look.
    func lookupSeeing(_ path: String, stamp: String) -> Known? {
        lock.withLock {
            guard let entry = known[path], entry.stamp == stamp else { return nil }
            known[path]?.seenInLook = look
            return entry
        }
    }

    /// ``record(_:_:)`` by the input digest: the file is marked seen in this look.
    func recordSeeing(_ path: String, _ file: Known) {
        lock.withLock {
            var file = file
            file.seenInLook = look
            known[path] = file
        }
    }

    /// What is recorded of `path` if the input digest found it under its recorded stamp in this
    /// look, or `nil`.
    func seenThisLook(_ path: String) -> Known? {
        lock.withLock { known[path].flatMap { lookOpen && $0.seenInLook == look ? $0 : nil } }
    }

    /// Keeps `entries` as this look's listing of `folder`.
    func noteListing(_ entries: [FileEntry], of folder: String) {
        lock.withLock { listing = (folder, entries) }
    }

    /// This look's listing of `folder`, given once (and then forgotten), or `nil`.
    func takeListing(of folder: String) -> [FileEntry]? {
        lock.withLock {
            guard lookOpen, let listing, listing.folder == folder else { return nil }
            self.listing = nil
            return listing.entries
        }
    }

    /// The loader's reading of a listing (``ContentLoader``): the files it found, as what and in
    /// the order it reads them, and what it reported of the names (slug clashes, ignored paths,
    /// misnamed translations). It is made from the listing alone, so a listing with the same
    /// ``listing`` digest reads the same, and a rebuild after an edit (the listing unchanged) skips
    /// classifying every path again: at 10 000 programmes, half of a rebuild's load stage.
    struct Classification: Sendable {
        /// The SHA-256 of the content folder's path and its entries in order (``ContentLoader/listingDigest(of:in:)``).
        var listing: String
        /// Each file found: what it is and its path (the content folder's, then its relative path).
        var found: [(kind: SourceKind, path: String)]
        /// What the loader reported of the names.
        var diagnostics: [Diagnostic]
    }

    /// The last classification recorded, when it was made from the listing `listing`.
    func classification(of listing: String) -> Classification? {
        lock.withLock { lastClassification.flatMap { $0.listing == listing ? $0 : nil } }
    }

    /// Keeps `classification` for the next load (only the last one is kept).
    func record(_ classification: Classification) {
        lock.withLock { lastClassification = classification }
    }

    /// Forgets every file but `paths`.
    func keep(only paths: Set<String>) {
        lock.withLock {
            // Removed in place: a rebuild after an edit forgets nothing, and filtering made the
            // whole dictionary again every time.
            let gone = known.keys.filter { !paths.contains($0) }
            for path in gone { known.removeValue(forKey: path) }
        }
    }

    /// How many files are remembered.
    var count: Int { lock.withLock { known.count } }
}
