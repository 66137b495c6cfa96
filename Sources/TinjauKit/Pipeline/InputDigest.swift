import Crypto

/// A fingerprint of everything a build reads: every file under the content and theme folders
/// (path and bytes), the folders as named, the embedded theme under them, the extras asked for (`--search`, `--preview-images`,
/// `--pdf`: another set of extras is another site), and tinjau's version. Stored in the output's marker
/// file, it lets a rebuild with nothing changed stop before parsing (FNV-1a, 64 bits, over the
/// names and each file's ``fileDigest(_:)``: a change detector, not a security measure).
public enum InputDigest {
    /// The digest as 16 hexadecimal digits, or `nil` when a folder cannot be read. A missing theme
    /// folder is part of the fingerprint (the embedded theme alone), not a failure.
    /// - Parameter known: what a long-running process remembers of the files it read before
    ///   (``SourceMemo``): a file whose settled stamp is the recorded one is not read again (its
    ///   recorded SHA-256 gives the same digest), another is recorded when its settled stamp held
    ///   during the read, and files no longer listed in either folder are forgotten.
    public static func compute(
        _ options: BuildOptions, fileSystem: any FileSystem, baseTheme: [ThemeFile] = EmbeddedTheme.files, known: SourceMemo? = nil
    ) -> String? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        // tinjau's version (the one constant, ``TinjauVersion/current``): a new version rebuilds everything.
        // The executable itself is checked apart (``BuildCache/writtenByThisTinjau(for:fileSystem:)``), so
        // that the digest, which the output's marker records, is the same for every build of one version.
        mix(TinjauVersion.current.utf8)
        mix(options.extras.flags.joined(separator: " ").utf8)
        for file in baseTheme {
            mix(file.path.utf8)
            mix(file.bytes)
        }
        var listed: Set<String> = []
        known?.beginLook()
        for folder in [options.contentDirectory, options.templatesDirectory] {
            mix(folder.utf8)
            if folder == options.templatesDirectory && !options.templatesDirectoryRequired && !fileSystem.isDirectory(folder) {
                mix("no folder".utf8)
                continue
            }
            // With a memo, each file's settled stamp is read as its folder is listed.
            let stamped: [StampedEntry]
            if known != nil {
                guard let listing = try? fileSystem.listRecursively(folder, stamps: .settled, ordered: true) else { return nil }
                stamped = listing
            } else {
                guard let listing = try? fileSystem.listRecursively(folder) else { return nil }
                stamped = listing.map { StampedEntry(entry: $0, stamp: nil) }
            }
            let entries = stamped.map(\.entry)
            // Each file is read and digested on its own, on all cores; the digests are mixed in order.
            // Paths are spelled as the loader spells them (no doubled `/`), the memo's keys.
            let root = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
            if let known {
                listed.formUnion(entries.lazy.filter { $0.kind == .file }.map { root + "/" + $0.relativePath })
                if folder == options.contentDirectory { known.noteListing(entries, of: root) }
            }
            let digests = Parallel.map(stamped) { listed -> UInt64? in
                let entry = listed.entry
                guard entry.kind == .file else { return 0 }
                let path = root + "/" + entry.relativePath
                guard let known else {
                    guard let bytes = try? fileSystem.read(path) else { return nil }
                    return fileDigest(bytes)
                }
                let stamp = listed.stamp
                if let stamp, let entry = known.lookupSeeing(path, stamp: stamp) { return fileDigest(sha256: entry.sha256) }
                guard let bytes = try? fileSystem.read(path) else { return nil }
                let sha256 = ContentHash.digest(of: bytes)
                if let stamp, fileSystem.settledStamp(path) == stamp {
                    known.recordSeeing(path, SourceMemo.Known(stamp: stamp, sha256: sha256, digest: nil))
                }
                return fileDigest(sha256: sha256)
            }
            for (entry, digest) in zip(entries, digests) {
                mix(entry.relativePath.utf8)
                switch entry.kind {
                case .file:
                    guard let digest else { return nil }
                    withUnsafeBytes(of: digest.littleEndian) { mix($0) }
                case .symlink: mix("symlink".utf8)
                case .directory: mix("folder".utf8)
                }
            }
        }
        known?.keep(only: listed)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The first 64 bits of the SHA-256 of one file's bytes (hardware-accelerated here, where
    /// FNV-1a byte by byte took longer than reading the files).
    static func fileDigest(_ bytes: [UInt8]) -> UInt64 {
        SHA256.hash(data: bytes).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    /// ``fileDigest(_:)`` of the bytes whose SHA-256 is `sha256`: its first eight bytes, read in
    /// the machine's byte order as ``fileDigest(_:)`` reads them.
    static func fileDigest(sha256: Digest) -> UInt64 {
        sha256.firstEightBytes
    }
}
