import Crypto

/// A fingerprint of everything a build reads: every file under the content and theme folders
/// (path and bytes), the folders as named, the embedded theme under them, the extras asked for (`--search`, `--preview-images`,
/// `--pdf`: another set of extras is another site), and tinjau's version. Stored in the output's marker
/// file, it lets a rebuild with nothing changed stop before parsing (FNV-1a, 64 bits, over the
/// names and each file's ``fileDigest(_:)``: a change detector, not a security measure).
public enum InputDigest {
    /// The digest as 16 hexadecimal digits, or `nil` when a folder cannot be read. A missing theme
    /// folder is part of the fingerprint (the embedded theme alone), not a failure.
    public static func compute(_ options: BuildOptions, fileSystem: any FileSystem, baseTheme: [ThemeFile] = EmbeddedTheme.files) -> String? {
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
        for folder in [options.contentDirectory, options.templatesDirectory] {
            mix(folder.utf8)
            if folder == options.templatesDirectory && !options.templatesDirectoryRequired && !fileSystem.isDirectory(folder) {
                mix("no folder".utf8)
                continue
            }
            guard let entries = try? fileSystem.listRecursively(folder) else { return nil }
            // Each file is read and digested on its own, on all cores; the digests are mixed in order.
            let digests = Parallel.map(entries) { entry -> UInt64? in
                guard entry.kind == .file else { return 0 }
                guard let bytes = try? fileSystem.read(folder + "/" + entry.relativePath) else { return nil }
                return fileDigest(bytes)
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
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The first 64 bits of the SHA-256 of one file's bytes (hardware-accelerated here, where
    /// FNV-1a byte by byte took longer than reading the files).
    static func fileDigest(_ bytes: [UInt8]) -> UInt64 {
        SHA256.hash(data: bytes).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }
}
