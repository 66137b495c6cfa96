/// What a file under `content/` is, by its place in the folder layout.
public enum SourceKind: Hashable, Sendable {
    /// `tinjau.yml`.
    case review
    /// `dimensi.yml`.
    case dimensions
    /// `opd/<opd>/_index.md`.
    case opd(opd: String)
    /// `opd/<opd>/<slug>.md`.
    case program(opd: String, slug: String)
    /// `halaman/<slug>.md`.
    case page(slug: String)
    /// `arsip/<year>.json`: an archived review (``ArchiveCodec``).
    case archive(year: Int)
    /// `<name>.<lang>.md` beside `<name>.md` (or `tinjau.<lang>.yml` beside `tinjau.yml`): the texts of
    /// `original` in `language` (``ContentTranslation``).
    indirect case translation(language: String, original: SourceKind)
}

/// A file read from `content/`, not yet parsed.
public struct SourceFile: Sendable {
    /// What the file is.
    public var kind: SourceKind
    /// Path as reported in diagnostics (the content folder as the user named it, plus the relative path).
    public var path: String
    /// The raw bytes (empty when ``isElided``).
    public var bytes: [UInt8]
    /// The SHA-256 of the bytes, when the loader made it (with a ``SourceMemo``), else `nil`:
    /// ``digestOfBytes`` makes it then.
    var sha256: Digest? = nil
    /// The file's ``PageInputs`` digest, when the loader made it (with a ``SourceMemo``).
    var pageDigest: PageInputs.FileDigest? = nil
    /// `true` when the loader left the bytes unread because the file's settled stamp is the one
    /// recorded when it was last read (``SourceMemo``): ``sha256`` and ``pageDigest`` are then those
    /// of the bytes read then. Only an OPD's, programme's or narrative page's file is elided, and
    /// ``ContentLoader/readElided(_:unless:)`` reads it after all when its parsed value is not cached.
    var isElided = false

    /// The SHA-256 of the bytes (``sha256`` when known).
    var digestOfBytes: Digest { sha256 ?? ContentHash.digest(of: bytes) }
}

/// Stage 1: finds and reads the files of a review. The only stage that reads
/// `content/`. Symbolic links are never followed; files that fit no place in
/// the layout are reported, not silently skipped.
public struct ContentLoader: Sendable {
    /// The year of an archive's file name (`2020.json` → 2020), or `nil` for any other name.
    static func archiveYear(_ name: String) -> Int? {
        guard name.hasSuffix(".json") else { return nil }
        let stem = name.dropLast(5)
        guard stem.count == 4, stem.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let year = Int(stem), FieldCatalog.years.contains(year) else {
            return nil
        }
        return year
    }

    /// The language code and the original's name when `name` is a translation's (`lapor.en.md` →
    /// (`en`, `lapor.md`); `tinjau.en.yml` → (`en`, `tinjau.yml`)): a two-letter lower-case code
    /// between the stem and the extension.
    static func translationName(_ name: String) -> (language: String, original: String)? {
        // Every listed file's name comes here: an ASCII name (all of them, in practice) is read as bytes.
        let bytes = name.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let ext: String
            if bytes.count >= 3, bytes.suffix(3).elementsEqual(".md".utf8) {
                ext = "md"
            } else if bytes.count >= 4, bytes.suffix(4).elementsEqual(".yml".utf8) {
                ext = "yml"
            } else {
                return nil
            }
            let stem = Array(bytes.dropLast(ext.utf8.count + 1))  // without `.<ext>`
            guard stem.count >= 4, stem[stem.count - 3] == UInt8(ascii: "."),
                stem.suffix(2).allSatisfy({ $0 >= 97 && $0 <= 122 }), stem[0] != UInt8(ascii: ".")
            else { return nil }
            let code = String(decoding: stem.suffix(2), as: UTF8.self)
            return (code, String(decoding: stem.dropLast(3), as: UTF8.self) + "." + ext)
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let ext = parts.last, ext == "md" || ext == "yml" else { return nil }
        let code = parts[parts.count - 2]
        guard code.count == 2, code.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }), !parts[0].isEmpty else { return nil }
        return (String(code), parts.dropLast(2).joined(separator: ".") + "." + ext)
    }

    /// The ways a language code is written after a stem, lower-cased, with the code each means.
    static let languageCodes = ["en": "en", "eng": "en", "english": "en", "inggris": "en", "id": "id", "ind": "id"]

    /// The language and the original's name when `name` is written like a translation that tinjau does
    /// not read as one (`lapor-en.md`, `lapor_en.md`, `lapor.EN.md`, `lapor.eng.md`): a separator and a
    /// common code for English or Indonesian after the stem. The caller checks that the original exists.
    static func misnamedTranslation(_ name: String) -> (language: String, original: String)? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return misnamedASCIITranslation(Array(name.utf8)) }
        guard name.lowercased().hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        let codes = Self.languageCodes
        for separator: Character in ["-", "_", "."] {
            // `lastIndex(of:)`, not Foundation's `range(of:options:)`: this runs for every file.
            guard let at = stem.lastIndex(of: separator) else { continue }
            let code = stem[stem.index(after: at)...]
            guard let language = codes[code.lowercased()], at > stem.startIndex else { continue }
            // `lapor.en.md` is a translation, read as one.
            if separator == "." && code == language { continue }
            return (language, stem[..<at] + ".md")
        }
        return nil
    }

    /// ``misnamedTranslation(_:)`` for a name of ASCII bytes (where a character is a byte), without
    /// making strings for the name's parts: every listed file's name comes here.
    private static func misnamedASCIITranslation(_ name: [UInt8]) -> (language: String, original: String)? {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        guard name.count >= 3, name.suffix(3).map(lower).elementsEqual(".md".utf8) else { return nil }
        let stem = name.dropLast(3)
        for separator in [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ".")] {
            guard let at = stem.lastIndex(of: separator) else { continue }
            let code = stem[(at + 1)...]
            // The longest written code (`english`, `inggris`) has 7 letters.
            guard code.count <= 7, at > stem.startIndex,
                let language = Self.languageCodes[String(decoding: code.map(lower), as: UTF8.self)]
            else { continue }
            if separator == UInt8(ascii: ".") && code.elementsEqual(language.utf8) { continue }
            return (language, String(decoding: stem[..<at], as: UTF8.self) + ".md")
        }
        return nil
    }

    /// The file system to read.
    public var fileSystem: any FileSystem

    /// Creates a loader over `fileSystem`.
    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Reads every source file below `directory`.
    /// - Returns: the files in a stable order (review, dimensions, OPDs, programmes, pages,
    ///   translations, archives, each sorted by path) and the diagnostics found on the way (missing `tinjau.yml`,
    ///   unreadable files, symbolic links, files out of place, slugs that clash).
    public func load(from directory: String) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        load(from: directory, known: nil)
    }

    /// ``load(from:)`` for a long-running process that remembers the files it read before
    /// (``SourceMemo``): each file read is recorded there with its SHA-256 and ``PageInputs``
    /// digest when its settled stamp was the same before and after the read, and an OPD's,
    /// programme's or page's file whose settled stamp is the recorded one is not read
    /// (``SourceFile/isElided``). The caller must then give the files to ``readElided(_:unless:)``
    /// before the parser: an elided file has no bytes. Right after ``InputDigest`` of the same build,
    /// its listing of the content folder and the files it found unchanged are taken as they are,
    /// without listing and stamping them again (``SourceMemo/beginLook()``).
    func load(from directory: String, known: SourceMemo?) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        // What this build's input digest saw (``SourceMemo/beginLook()``) serves this one load.
        defer { known?.endLook() }
        var diagnostics: [Diagnostic] = []
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        guard fileSystem.isDirectory(root) else {
            return ([], [Diagnostic(.contentMissing(root, isFile: fileSystem.isFile(root)), at: SourceLocation(path: root))])
        }
        let entries: [FileEntry]
        do { entries = try known?.takeListing(of: root) ?? fileSystem.listRecursively(root) } catch {
            return ([], [Diagnostic(.contentUnreadable(error), at: SourceLocation(path: root))])
        }
        // Each file found, with its full path. A listing read before (serve, after an edit) is read
        // as then; the paths kept are those the files, and the parse cache's keys, are given.
        var found: [(kind: SourceKind, path: String)] = []
        let listing = known.map { _ in Self.listingDigest(of: entries, in: root) }
        if let listing, let earlier = known?.classification(of: listing) {
            found = earlier.found
            diagnostics = earlier.diagnostics
        } else {
            (found, diagnostics) = classify(entries, root: root)
            found = found.map { ($0.kind, root + "/" + $0.path) }
            if let listing { known?.record(SourceMemo.Classification(listing: listing, found: found, diagnostics: diagnostics)) }
        }
        // Read on all cores (each read is a few system calls and a copy), kept in the order found.
        let fileSystem = fileSystem
        let read = Parallel.map(found) { kind, path -> Result<SourceFile, Diagnostic> in
            guard let known else {
                do {
                    return .success(SourceFile(kind: kind, path: path, bytes: try fileSystem.read(path)))
                } catch {
                    return .failure(Diagnostic(.fileUnreadable(error), at: SourceLocation(path: path)))
                }
            }
            return Self.read(kind: kind, path: path, fileSystem: fileSystem, known: known)
        }
        var files: [SourceFile] = []
        files.reserveCapacity(read.count)
        for result in read {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files, diagnostics)
    }

    /// The SHA-256 of `root` and `entries` in their order (each entry's kind and relative path):
    /// the key of the loader's ``SourceMemo/Classification``.
    static func listingDigest(of entries: [FileEntry], in root: String) -> String {
        var bytes = Array(root.utf8) + [0]
        bytes.reserveCapacity(entries.count * 64)
        for entry in entries {
            switch entry.kind {
            case .file: bytes.append(UInt8(ascii: "f"))
            case .directory: bytes.append(UInt8(ascii: "d"))
            case .symlink: bytes.append(UInt8(ascii: "l"))
            }
            bytes += entry.relativePath.utf8
            bytes.append(0)
        }
        return ContentHash.of(bytes)
    }

    /// What each entry of the content folder `root` is (``SourceKind``), in the order the loader
    /// reads them (archives last), and what is wrong with the names: made from the listing alone.
    private func classify(_ entries: [FileEntry], root: String) -> (found: [(kind: SourceKind, path: String)], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func path(_ rel: String) -> String { root + "/" + rel }
        let filePaths = Set(entries.filter { $0.kind == .file }.map(\.relativePath))
        var found: [(kind: SourceKind, path: String)] = []
        var slugOwners: [String: String] = [:]  // "<scope>/<slug>" → first relative path
        var translations: [(SourceKind, String)] = []

        func slug(for name: String, rel: String, scope: String) -> String? {
            let made = Slug.isValid(name) ? name : Slug.make(name)
            guard !made.isEmpty else {
                diagnostics.append(Diagnostic(.slugEmpty(name), at: SourceLocation(path: path(rel))))
                return nil
            }
            let key = scope + "/" + made
            if let other = slugOwners[key] {
                diagnostics.append(Diagnostic(.slugClash(rel, other, slug: made), at: SourceLocation(path: path(rel))))
                return nil
            }
            slugOwners[key] = rel
            return made
        }

        for entry in entries {
            let rel = entry.relativePath
            // Split on the byte `/`, not on characters: a path is bytes, and this runs for every file.
            let parts = rel.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
            if parts.contains(where: { $0.hasPrefix(".") }) { continue }  // hidden files and folders (.git, .DS_Store)
            if entry.kind == .symlink {
                diagnostics.append(Diagnostic(.contentSymlink(rel), at: SourceLocation(path: path(rel))))
                continue
            }
            if entry.kind == .directory {
                if parts.count == 2, parts[0] == "opd", !filePaths.contains(rel + "/_index.md") {
                    diagnostics.append(Diagnostic(.opdIndexMissing(rel), at: SourceLocation(path: path(rel))))
                }
                continue
            }
            let name = parts.last!
            if let (language, originalName) = Self.translationName(name) {
                let folder = parts.dropLast().joined(separator: "/")
                let original = folder.isEmpty ? originalName : folder + "/" + originalName
                func normal(_ name: String) -> String { Slug.isValid(name) ? name : Slug.make(name) }
                let kind: SourceKind?
                switch parts.count {
                case 1 where originalName == "tinjau.yml": kind = .review
                case 3 where parts[0] == "opd" && originalName == "_index.md": kind = .opd(opd: normal(parts[1]))
                case 3 where parts[0] == "opd": kind = .program(opd: normal(parts[1]), slug: normal(String(originalName.dropLast(3))))
                case 2 where parts[0] == "halaman": kind = .page(slug: normal(String(originalName.dropLast(3))))
                default: kind = nil
                }
                if let kind {
                    // `lapor.en.en.md` translates `lapor.en.md`, a translation: no original to publish it with.
                    if filePaths.contains(original), Self.translationName(originalName) == nil {
                        translations.append((.translation(language: language, original: kind), rel))
                    } else {
                        diagnostics.append(
                            Diagnostic(.translationOrphan(rel, original: original, language: language), at: SourceLocation(path: path(rel))))
                    }
                    continue
                }
            }
            if parts.count >= 2, let (language, originalName) = Self.misnamedTranslation(name) {
                let folder = parts.dropLast().joined(separator: "/")
                if filePaths.contains(folder + "/" + originalName) {
                    let expected = String(originalName.dropLast(3)) + "." + language + ".md"
                    diagnostics.append(
                        Diagnostic(
                            .translationName(rel, original: folder + "/" + originalName, language: language, expected: expected),
                            at: SourceLocation(path: path(rel))))
                    continue
                }
            }
            let isMarkdown = name.lowercased().hasSuffix(".md")
            let stem = isMarkdown ? String(name.dropLast(3)) : name
            switch parts.count {
            case 1 where name == "tinjau.yml":
                found.append((.review, rel))
            case 1 where name == "dimensi.yml":
                found.append((.dimensions, rel))
            case 3 where parts[0] == "opd" && name == "_index.md":
                if let opd = slug(for: parts[1], rel: parts[0] + "/" + parts[1], scope: "opd") {
                    found.append((.opd(opd: opd), rel))
                }
            case 3 where parts[0] == "opd" && isMarkdown:
                guard let opd = Slug.isValid(parts[1]) ? parts[1] : Optional(Slug.make(parts[1])), !opd.isEmpty,
                    let programSlug = slug(for: stem, rel: rel, scope: "program/" + opd)
                else { continue }
                found.append((.program(opd: opd, slug: programSlug), rel))
            case 2 where parts[0] == "arsip" && Self.archiveYear(name) != nil:
                found.append((.archive(year: Self.archiveYear(name)!), rel))
            case 2 where parts[0] == "halaman" && isMarkdown:
                if let pageSlug = slug(for: stem, rel: rel, scope: "halaman") {
                    found.append((.page(slug: pageSlug), rel))
                }
            default:
                diagnostics.append(Diagnostic(.pathIgnored(rel), at: SourceLocation(path: path(rel))))
            }
        }
        // Archives last: the build reads them after the review they are compared with.
        func isArchive(_ kind: SourceKind) -> Bool { if case .archive = kind { return true } else { return false } }
        found = found.filter { !isArchive($0.0) } + translations + found.filter { isArchive($0.0) }
        if !found.contains(where: { $0.0 == .review }) {
            diagnostics.append(Diagnostic(.reviewMissing(path("tinjau.yml")), at: SourceLocation(path: path("tinjau.yml"))))
        }
        return (found, diagnostics)
    }

    /// Reads one file with a ``SourceMemo``: elided when its settled stamp is the recorded one (and
    /// it is an OPD's, programme's or page's file), else read, digested and recorded.
    private static func read(kind: SourceKind, path: String, fileSystem: any FileSystem, known: SourceMemo) -> Result<SourceFile, Diagnostic> {
        let elidable: Bool
        switch kind {
        case .opd, .program, .page: elidable = true
        default: elidable = false
        }
        func elided(_ entry: SourceMemo.Known?) -> Result<SourceFile, Diagnostic>? {
            guard elidable, let entry, let digest = entry.digest else { return nil }
            return .success(SourceFile(kind: kind, path: path, bytes: [], sha256: entry.sha256, pageDigest: digest, isElided: true))
        }
        // Found unchanged by this build's input digest a moment ago: not stamped again.
        if let file = elided(known.seenThisLook(path)) { return file }
        let stamp = fileSystem.settledStamp(path)
        if let stamp, let file = elided(known.lookup(path, stamp: stamp)) { return file }
        var file: SourceFile
        do {
            file = SourceFile(kind: kind, path: path, bytes: try fileSystem.read(path))
        } catch {
            return .failure(Diagnostic(.fileUnreadable(error), at: SourceLocation(path: path)))
        }
        let sha256 = ContentHash.digest(of: file.bytes)
        let digest = PageInputs.digest(of: file)
        file.sha256 = sha256
        file.pageDigest = digest
        // Unchanged while it was read, and settled: a later change will change the stamp.
        if let stamp, fileSystem.settledStamp(path) == stamp {
            known.record(path, SourceMemo.Known(stamp: stamp, sha256: sha256, digest: digest))
        }
        return .success(file)
    }

    /// `files` with the bytes of every elided file read after all unless `cached(file)` says its
    /// parsed value is at hand (a file gone or unreadable since is reported, as by ``load(from:known:)``).
    func readElided(_ files: [SourceFile], unless cached: @Sendable (SourceFile) -> Bool) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        guard files.contains(where: { $0.isElided && !cached($0) }) else { return (files, []) }
        let fileSystem = fileSystem
        let read = Parallel.map(files) { file -> Result<SourceFile, Diagnostic> in
            guard file.isElided, !cached(file) else { return .success(file) }
            do {
                var again = SourceFile(kind: file.kind, path: file.path, bytes: try fileSystem.read(file.path))
                again.sha256 = ContentHash.digest(of: again.bytes)
                again.pageDigest = PageInputs.digest(of: again)
                return .success(again)
            } catch {
                return .failure(Diagnostic(.fileUnreadable(error), at: SourceLocation(path: file.path)))
            }
        }
        var kept: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        for result in read {
            switch result {
            case .success(let file): kept.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (kept, diagnostics)
    }
}
