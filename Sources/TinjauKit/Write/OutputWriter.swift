import Foundation

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
    /// and `.output.tinjau-lama` in the same parent folder (so that the final swap is a rename),
    /// and the build cache `.output.tinjau-cache` (``BuildCache``).
    public static func siblings(of output: String) -> (staging: String, previous: String, cache: String) {
        // `out/` (as tab completion writes it) is `out`: its siblings are never inside it.
        var output = Substring(output)
        while output.count > 1 && output.hasSuffix("/") { output = output.dropLast() }
        let parts = output.split(separator: "/", omittingEmptySubsequences: false)
        let name = String(parts.last ?? "output")
        let parent = parts.dropLast().joined(separator: "/")
        let prefix = parent.isEmpty ? (output.hasPrefix("/") ? "/" : "") : parent + "/"
        return (prefix + "." + name + ".tinjau-baru", prefix + "." + name + ".tinjau-lama", prefix + "." + name + ".tinjau-cache")
    }

    /// The `key: value` lines of the marker file in `root`, or `nil` when there is none.
    public static func markerFields(in root: String, fileSystem: any FileSystem) -> [String: String]? {
        guard let bytes = try? fileSystem.read(root + "/" + marker) else { return nil }
        var fields: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
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
        // One pass over the bytes (Foundation's `contains` and a split per file were 4 % of a rebuild).
        guard let first = path.utf8.first, first != UInt8(ascii: "/") else { return false }
        var length = 0
        var onlyDots = true
        func isNormalName() -> Bool { length > 0 && !(onlyDots && length <= 2) }
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), 0: return false
            case UInt8(ascii: "/"):
                guard isNormalName() else { return false }
                length = 0
                onlyDots = true
            default:
                length += 1
                if byte != UInt8(ascii: ".") { onlyDots = false }
            }
        }
        return isNormalName()
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

        /// Creates a report.
        public init(written: Int, unchanged: Int, removed: Int) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    /// Replaces `directory` with exactly `files`, rewriting only what changed (see ``Session``).
    /// - Throws: ``BuildFailure`` when a path is unsafe, the folder holds files tinjau did not
    ///   make, or writing fails (then the previous site is kept).
    @discardableResult
    public func write(_ files: [OutputFile], to directory: String) throws -> Report {
        let session = try Session(writer: self, root: directory)
        do {
            for file in files { try session.add(file) }
        } catch {
            session.abandon()
            throw error
        }
        return try session.finish()
    }

    /// One write of a whole site, file by file, so that a large site never has to be held in memory.
    ///
    /// A file whose bytes equal the previous site's is not written: it keeps its inode and its
    /// modification time, so rsync deploys stay small. Nothing is written before ``finish()``, so a
    /// build that fails leaves the previous site as it was. Two ways to put the new site in place:
    ///
    /// - **In place**, when the previous site is tinjau's and few files changed (at most
    ///   ``inPlaceLimit`` files): each changed file is written at once beside its old one, as a
    ///   temporary sibling (`index.html.tinjau-tmp`), so that no changed file is held in memory
    ///   however large (the data files of a province are tens of MiB); ``finish()`` renames them
    ///   over the old files (a reader sees the old file or the new one), removes the files the new
    ///   site no longer has, and writes the marker last. This is the edit loop's case: one programme
    ///   changed in a site of 10 000 pages rewrites a handful of files instead of making 10 000
    ///   folders and links.
    /// - **Through staging** otherwise: a hidden sibling folder gets the changed files and hard
    ///   links to the unchanged ones, and is swapped in with two renames, so the output changes all
    ///   at once. Staging starts as soon as the changes pass the in-place limit; the temporaries
    ///   written so far move into it.
    ///
    /// When nothing differs and nothing was removed, no file is written at all.
    public final class Session: @unchecked Sendable {
        let writer: OutputWriter
        let root: String
        let staging: String
        let previous: String
        private let previousFiles: Set<String>
        /// The stamp (``FileSystem/stamp(_:)``) of each of them as the session listed it, by path.
        private let previousStamps: [String: String]
        /// Extra `key: value` lines for the new marker (the input digest and the build's counts).
        public var markerFields: [String: String] = [:]
        private var unchanged: [String] = []
        private var seen: Set<String> = []
        private var written = 0
        private var stagingReady = false
        /// Changed files written beside their old ones as temporaries (`<path>.tinjau-tmp`) for an
        /// in-place finish (see the type's documentation), by path.
        private var pending: [String] = []
        /// Changed files given an in-place slot, written or being written.
        private var reserved = 0
        /// Whether the previous site may be changed in place (it is tinjau's).
        private let inPlaceAllowed: Bool
        /// The previous site's marker, put back by ``abandon()`` once the first temporary cleared it.
        private var previousMarker: [UInt8]?
        /// At most this many changed files are written in place; more go through staging.
        public static let inPlaceLimit = 512
        /// Where produced files are written before they are compared (``add(_:)``): `spool/` in the
        /// cache folder beside the output (``OutputWriter/siblings(of:)``), on the same file system.
        let spoolFolder: String
        /// Spool files named so far (each gets the next number).
        private var spools = 0
        /// Guards the counters and the staging folder's creation: ``add(_:)`` may be called from several threads.
        private let lock = NSLock()
        private var fileSystem: any FileSystem { writer.fileSystem }

        /// Checks the folders and lists the previous site, with each file's stamp when `stampsFiles`
        /// (for ``listedStamp(_:)``: a build that may keep pages as they are).
        /// - Throws: ``BuildFailure`` when the output is a file or a folder tinjau did not make.
        public init(writer: OutputWriter, root directory: String, stampsFiles: Bool = false) throws {
            self.writer = writer
            let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
            self.root = root
            let cache: String
            (staging, previous, cache) = OutputWriter.siblings(of: root)
            spoolFolder = cache + "/spool"
            let fileSystem = writer.fileSystem
            // Spool files a build killed half-way left.
            try? fileSystem.remove(spoolFolder)
            if fileSystem.isFile(root) {
                throw BuildFailure([Diagnostic(.outputNotFolder(root), at: SourceLocation(path: root))])
            }
            // Never remove a folder tinjau did not make: the output and both helper folders must be
            // missing, empty, or carry the marker.
            for folder in [root, staging, previous] where !writer.isOurs(folder) {
                throw BuildFailure([Diagnostic(.foreignFolder(folder), at: SourceLocation(path: folder))])
            }
            var files: Set<String> = []
            var stamps: [String: String] = [:]
            var entries: [StampedEntry] = []
            if fileSystem.isFile(root + "/" + OutputWriter.marker) {
                entries =
                    (try? stampsFiles
                        ? fileSystem.listRecursively(root, stamps: .plain, ordered: false)
                        : fileSystem.listRecursivelyUnordered(root).map { StampedEntry(entry: $0, stamp: nil) }) ?? []
                for listed in entries where listed.entry.kind == .file && listed.entry.relativePath != OutputWriter.marker {
                    files.insert(listed.entry.relativePath)
                    if let stamp = listed.stamp { stamps[listed.entry.relativePath] = stamp }
                }
            }
            previousFiles = files
            previousStamps = stamps
            // In place only over a plain tree of tinjau's: a symbolic link in it (to a backup, another
            // checkout) would be written through, or left in the site; staging makes a clean tree.
            inPlaceAllowed = fileSystem.isFile(root + "/" + OutputWriter.marker) && !entries.contains { $0.entry.kind == .symlink }
        }

        private func failure(_ error: Error) -> BuildFailure {
            BuildFailure([Diagnostic(.siteNotWritten(Bilingual(IOErrorText.describe(error))), at: SourceLocation(path: root))])
        }

        var markerText: String {
            "generated by tinjau; this folder is replaced on every build\n"
                + markerFields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\n" }.joined()
        }

        /// Creates the staging folder, links every unchanged file seen so far into it and writes the
        /// changed files held for an in-place write.
        private func prepareStaging() throws {
            guard !stagingReady else { return }
            do {
                try fileSystem.remove(staging)
                try fileSystem.createDirectory(staging)
                try fileSystem.write(Array(markerText.utf8), to: staging + "/" + OutputWriter.marker)
                for path in unchanged { try fileSystem.link(root + "/" + path, to: staging + "/" + path) }
                for path in pending { try moveTemporary(path) }
                pending = []
            } catch {
                try? fileSystem.remove(staging)
                throw failure(error)
            }
            stagingReady = true
        }

        /// Adds one file of the new site. Safe to call from several threads for different files.
        /// A produced file (``OutputFile/producer``) is first written part by part to a spool file
        /// beside the output (in the cache folder, outside the site), compared with the previous
        /// site's file there, and moved into place only when it differs.
        /// - Throws: ``BuildFailure`` for an unsafe path or a write error.
        public func add(_ file: OutputFile) throws {
            guard OutputWriter.isSafeRelativePath(file.path) else {
                throw BuildFailure([Diagnostic(.unsafeOutputPath(file.path), at: SourceLocation(path: root))])
            }
            var spool: String?
            if let producer = file.producer {
                let path = lock.withLock { () -> String in
                    spools += 1
                    return spoolFolder + "/\(spools)" + Self.temporarySuffix
                }
                do { try fileSystem.write(to: path) { try producer.run($0) } } catch {
                    try? fileSystem.remove(path)
                    throw failure(error)
                }
                spool = path
            }
            defer { if let spool { try? fileSystem.remove(spool) } }
            // Reading and comparing the previous file, and writing the new one, happen outside the lock.
            // A kept file is the previous one by definition (``PageReuse`` asked ``holds(_:)``).
            let same =
                previousFiles.contains(file.path)
                && (file.isKept
                    || spool.map { fileSystem.hasSameContents($0, root + "/" + file.path) }
                        ?? fileSystem.hasContents(root + "/" + file.path, equalTo: file.bytes))
            if file.isKept && !same { throw failure(CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: root + "/" + file.path])) }
            /// Puts the new bytes at `destination`: written, or the spool file linked there.
            func put(_ destination: String) throws {
                guard let spool else { return try fileSystem.write(file.bytes, to: destination) }
                // A link does not replace: a temporary left by a build killed half-way goes first.
                try fileSystem.remove(destination)
                try fileSystem.link(spool, to: destination)
            }
            let inPlace = try lock.withLock { () throws -> Bool in
                seen.insert(file.path)
                if same {
                    unchanged.append(file.path)
                    if stagingReady {
                        do { try fileSystem.link(root + "/" + file.path, to: staging + "/" + file.path) } catch { throw failure(error) }
                    }
                    return false
                }
                written += 1
                if !stagingReady && inPlaceAllowed && reserved < Self.inPlaceLimit {
                    if reserved == 0 {
                        // Before the first temporary enters the live folder, the marker stops vouching for
                        // it: a build killed from here on is never taken for a finished one, and the next
                        // build (a full one) removes what it left.
                        do {
                            let marker = root + "/" + OutputWriter.marker
                            previousMarker = try fileSystem.read(marker)
                            try fileSystem.replace(marker, with: Array(Self.interruptedMarker.utf8))
                        } catch { throw failure(error) }
                    }
                    reserved += 1
                    return true
                }
                try prepareStaging()
                return false
            }
            if same { return }
            guard inPlace else {
                do { try put(staging + "/" + file.path) } catch { throw failure(error) }
                return
            }
            // Beside the old file, outside the lock; staging may have started meanwhile (another
            // thread passed the limit): then the temporary moves into it.
            let temporary = root + "/" + file.path + Self.temporarySuffix
            do { try put(temporary) } catch {
                try? fileSystem.remove(temporary)
                throw failure(error)
            }
            try lock.withLock {
                if stagingReady {
                    do { try moveTemporary(file.path) } catch { throw failure(error) }
                } else {
                    pending.append(file.path)
                }
            }
        }

        /// Moves the temporary of the changed file `path` into the staging folder.
        private func moveTemporary(_ path: String) throws {
            let temporary = root + "/" + path + Self.temporarySuffix
            try fileSystem.link(temporary, to: staging + "/" + path)
            try fileSystem.remove(temporary)
        }

        /// Whether the previous site holds the file `path` (so that it can be kept without being made again).
        public func holds(_ path: String) -> Bool { previousFiles.contains(path) }

        /// The stamp (``FileSystem/stamp(_:)``) the previous site's file `path` had when the session
        /// began (its folder listed), or `nil` when the previous site does not hold it or the session
        /// was not asked to stamp files. The session changes no file of the previous site before
        /// ``finish()`` (changed files are written beside their old ones), so this is the stamp of
        /// the file as tinjau left it unless someone else changed it after the listing.
        public func listedStamp(_ path: String) -> String? { previousStamps[path] }

        /// Removes the staging folder after a failure; the previous site stays as it was.
        public func abandon() {
            lock.withLock {
                for path in pending { try? fileSystem.remove(root + "/" + path + Self.temporarySuffix) }
                pending = []
                if stagingReady { try? fileSystem.remove(staging) }
                if spools > 0 { try? fileSystem.remove(spoolFolder) }
                // The previous site is whole again: its marker may vouch for it again.
                if let previousMarker { try? fileSystem.replace(root + "/" + OutputWriter.marker, with: previousMarker) }
            }
        }

        /// Writes the changed files over the previous site, removes the files it no longer has (and
        /// the folders that leaves empty), and writes the marker last. The marker first loses its
        /// record of the inputs, so that a build interrupted half-way is never taken for a finished
        /// one (neither by the unchanged-input check nor by the page records of ``BuildCache``).
        private func finishInPlace() throws {
            // A folder (or anything but a file) where a changed file goes: staging makes a clean tree.
            if pending.contains(where: { fileSystem.isDirectory(root + "/" + $0) }) {
                try finishThroughStaging()
                return
            }
            // Every new file is beside its old one (``add(_:)``): now the renames and removals, in a
            // fixed order; the marker says meanwhile that the site is incomplete.
            pending.sort()
            do {
                try fileSystem.replace(root + "/" + OutputWriter.marker, with: Array(Self.interruptedMarker.utf8))
                for path in pending {
                    try fileSystem.rename(root + "/" + path + Self.temporarySuffix, replacing: root + "/" + path)
                }
                for path in previousFiles.subtracting(seen).sorted() {
                    try fileSystem.remove(root + "/" + path)
                    var folder = Substring(path)
                    while let slash = folder.lastIndex(of: "/") {
                        folder = folder[..<slash]
                        let full = root + "/" + folder
                        guard (try? fileSystem.listRecursively(full))?.isEmpty == true else { break }
                        try fileSystem.remove(full)
                    }
                }
                try fileSystem.replace(root + "/" + OutputWriter.marker, with: Array(markerText.utf8))
            } catch {
                for path in pending { try? fileSystem.remove(root + "/" + path + Self.temporarySuffix) }
                throw BuildFailure([
                    Diagnostic(.sitePartlyReplaced(Bilingual(IOErrorText.describe(error))), at: SourceLocation(path: root))
                ])
            }
            pending = []
        }

        /// The suffix of a changed file written beside its old one before the renames.
        static let temporarySuffix = ".tinjau-tmp"

        /// The marker while files are replaced in place: tinjau's, with no record of the inputs.
        static let interruptedMarker = "generated by tinjau; this folder is replaced on every build\ninput: -\n"

        /// Puts the new site in place (or leaves everything as it was when nothing changed).
        /// - Throws: ``BuildFailure`` when the folders cannot be swapped.
        public func finish() throws -> Report {
            lock.lock()
            defer { lock.unlock() }
            // Every spool file was moved or removed by ``add(_:)``: the empty folder goes too.
            if spools > 0 { try? fileSystem.remove(spoolFolder) }
            let removed = previousFiles.subtracting(seen).count
            let report = Report(written: written, unchanged: unchanged.count, removed: removed)
            if written == 0 && removed == 0 {
                // Nothing in the site changed; only the marker's record of the inputs may need updating.
                if (try? fileSystem.read(root + "/" + OutputWriter.marker)) != Array(markerText.utf8) {
                    try? fileSystem.write(Array(markerText.utf8), to: root + "/" + OutputWriter.marker)
                }
                return report
            }
            if !stagingReady && inPlaceAllowed {
                try finishInPlace()
            } else {
                try finishThroughStaging()
            }
            return report
        }

        /// Removes a folder of tinjau's with its marker last, so that a build killed half-way through
        /// leaves a folder the next build still recognises as its own (and removes), not one that
        /// blocks every later build as "not made by tinjau".
        private func removeMarkedFolder(_ folder: String) throws {
            guard fileSystem.isDirectory(folder) else { return try fileSystem.remove(folder) }
            let entries = try fileSystem.listRecursively(folder)
            for entry in entries where !entry.relativePath.contains("/") && entry.relativePath != OutputWriter.marker {
                try fileSystem.remove(folder + "/" + entry.relativePath)
            }
            try fileSystem.remove(folder)
        }

        /// Writes the new site into the staging folder (if not done yet) and swaps it in.
        private func finishThroughStaging() throws {
            try prepareStaging()
            do {
                // The marker is written last: its fields (the counts) are only complete now.
                try fileSystem.write(Array(markerText.utf8), to: staging + "/" + OutputWriter.marker)
                try removeMarkedFolder(previous)
                if fileSystem.isDirectory(root) { try fileSystem.move(root, to: previous) }
                try fileSystem.move(staging, to: root)
                try removeMarkedFolder(previous)
            } catch {
                let reason = Bilingual(IOErrorText.describe(error))
                throw BuildFailure([Diagnostic(.outputNotSwapped(reason, staging: staging, previous: previous), at: SourceLocation(path: root))])
            }
        }
    }
}
