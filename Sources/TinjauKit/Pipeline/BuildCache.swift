import Foundation

/// What a build into an output folder remembers for the next one: the parsed files
/// (``ParseCache``) and, per page, the fingerprint of what the page was rendered from
/// (``PageRecords``).
///
/// The page records are kept beside the output in the hidden folder `.<output>.tinjau-cache/`
/// (git-ignored like the output), in one file `cache.txt`. The parsed files are kept in memory
/// only, by a long-running ``BuildMemory`` (`tinjau serve`): written to disk as JSON they took
/// longer to read back than the files take to parse (10 000 programmes: 47 MB, 1.9 s to read and
/// 1.5 s to write, against 0.8 s to parse on two cores; see docs/performance.md).
///
/// The cache is an optimisation and never a source of truth:
/// - it is safe to delete (the next build is a full one);
/// - it is never trusted across versions: it records tinjau's version and the identity of the
///   binary that wrote it (size and modification time of the executable), and any other binary
///   ignores it;
/// - it is checked: its first line carries the SHA-256 of the rest, so a truncated or edited file is
///   detected and ignored with the note `cache.ignored`, never used;
/// - page records are used only while the output folder is the one the cache was written with
///   (the output's marker records the same build id).
public struct BuildCache: Sendable {
    /// The format of `cache.txt`; a change makes every older cache ignored.
    static let format = 5
    /// The cache file's name inside the cache folder.
    static let fileName = "cache.txt"
    /// The start of a line of cache.txt that holds a warning.
    static let warningPrefix = Array("warning\t".utf8)
    /// The file naming the tinjau executable that wrote the cache (``toolIdentity``), read before the
    /// no-change check trusts the output (a few bytes, where `cache.txt` may hold megabytes).
    static let toolFileName = "tinjau"

    /// Whether the last build into `output` was made by this very executable: a tinjau rebuilt from
    /// other code (same version, other binary) must not take an output it did not make for unchanged.
    public static func writtenByThisTinjau(for output: String, fileSystem: any FileSystem) -> Bool {
        guard let bytes = try? fileSystem.read(folder(for: output) + "/" + toolFileName) else { return false }
        return String(decoding: bytes, as: UTF8.self) == toolIdentity
    }

    /// The parsed files of the last successful build (in memory only: not written by ``save(for:fileSystem:)``).
    var parse: [String: ParseCache.Entry] = [:]
    /// Where the programmes of ``parse`` keep their body texts (``ParseCache/bodies``).
    var parseBodies: BodyStore?
    /// The pages of the last successful build: their fingerprints and the build they belong to.
    var pages = PageRecords()
    /// The warnings of the content and theme that the last successful build reported (not those of
    /// the extras), so that a build that stops early because nothing changed reports them again.
    var warnings: [Diagnostic] = []

    /// An empty cache.
    public init() {}

    /// The cache folder for `output`: `.output.tinjau-cache` in the same parent folder.
    public static func folder(for output: String) -> String {
        OutputWriter.siblings(of: output).cache
    }

    /// What identifies the binary: tinjau's version, and the size and modification time of the
    /// executable (so that a rebuilt tinjau during development never reads an older one's cache).
    static let toolIdentity: String = {
        var identity = TinjauVersion.current
        if let path = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            identity += " \(size) \(time)"
        }
        return identity
    }()

    /// Reads the cache of `output`. A missing cache is an empty one; a cache written by another
    /// version or binary is ignored silently (it is expected after an upgrade); an unreadable or
    /// corrupted one is ignored with the note `cache.ignored`.
    public static func load(for output: String, fileSystem: any FileSystem) -> (cache: BuildCache, diagnostics: [Diagnostic]) {
        let path = folder(for: output) + "/" + fileName
        guard fileSystem.isFile(path) else { return (BuildCache(), []) }
        func ignored(_ reason: Bilingual) -> (BuildCache, [Diagnostic]) {
            (BuildCache(), [DiagnosticMessage.cacheIgnored(folder(for: output), reason: reason).at(SourceLocation(path: path))])
        }
        guard let bytes = try? fileSystem.read(path) else {
            return ignored(Bilingual("berkas tidak dapat dibaca", en: "the file cannot be read"))
        }
        guard let newline = bytes.firstIndex(of: 0x0A) else {
            return ignored(Bilingual("berkasnya terpotong", en: "the file is truncated"))
        }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        let body = Array(bytes[(newline + 1)...])
        guard header.count == 2, header[0] == "tinjau-cache", String(header[1]) == ContentHash.of(body) else {
            return ignored(
                Bilingual(
                    "isinya tidak cocok dengan checksum-nya (terpotong atau diubah)",
                    en: "its contents do not match its checksum (truncated or edited)"))
        }
        // A cache of another format or binary is expected after an upgrade: ignored silently.
        let lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count >= 2, String(decoding: lines[0], as: UTF8.self) == "format \(format)",
            String(decoding: lines[1], as: UTF8.self) == "tinjau " + toolIdentity
        else { return (BuildCache(), []) }
        // `warning` lines, one JSON-encoded diagnostic each, come before the page records.
        let records = lines.dropFirst(2)
        let warningLines = records.prefix { $0.starts(with: Self.warningPrefix) }
        let decoder = JSONDecoder()
        let warnings = warningLines.map { try? decoder.decode(Diagnostic.self, from: Data($0.dropFirst(Self.warningPrefix.count))) }
        guard let pages = PageRecords(lines: records.dropFirst(warningLines.count)), !warnings.contains(where: { $0 == nil }) else {
            return ignored(Bilingual("isinya tidak dapat dibaca", en: "its contents cannot be read"))
        }
        var cache = BuildCache()
        cache.pages = pages
        cache.warnings = warnings.compactMap { $0 }
        return (cache, [])
    }

    /// Writes the cache of `output` (a temporary file renamed into place). A cache that cannot be
    /// written is removed, never left half-written; the build does not fail for it. Only the cache's
    /// own files are ever removed, never the folder.
    public func save(for output: String, fileSystem: any FileSystem) {
        let folder = Self.folder(for: output)
        // The JSON file that earlier builds of tinjau wrote (format 4 and before): never read again.
        try? fileSystem.remove(folder + "/cache.json")
        guard let records = pages.lines() else {
            try? fileSystem.remove(folder + "/" + Self.fileName)
            return
        }
        var head = Array("format \(Self.format)\ntinjau \(Self.toolIdentity)\n".utf8)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for warning in warnings {
            // JSON without pretty printing is one line: a newline or tab in a message is escaped.
            guard let json = try? encoder.encode(warning) else { continue }
            head += Self.warningPrefix + Array(json) + [0x0A]
        }
        // The checksum line, then the body (`head` and the records) written in parts: the records of
        // 100 000 programmes are tens of megabytes, which joining copied twice.
        let checksum = Array("tinjau-cache \(ContentHash.of(head, then: records))\n".utf8)
        do {
            try fileSystem.createDirectory(folder)
            try fileSystem.write(to: folder + "/" + Self.fileName + ".baru") { sink in
                try sink(checksum)
                try sink(head)
                try sink(records)
            }
            try fileSystem.remove(folder + "/" + Self.fileName)
            try fileSystem.move(folder + "/" + Self.fileName + ".baru", to: folder + "/" + Self.fileName)
            try fileSystem.replace(folder + "/" + Self.toolFileName, with: Array(Self.toolIdentity.utf8))
        } catch {
            try? fileSystem.remove(folder + "/" + Self.fileName + ".baru")
            try? fileSystem.remove(folder + "/" + Self.fileName)
            try? fileSystem.remove(folder + "/" + Self.toolFileName)
        }
    }
}

/// The pages an output folder holds, each with the fingerprint of what it was rendered from, and
/// the id of the build that wrote them (recorded in the output's marker too).
public struct PageRecords: Sendable, Equatable {
    /// The build that wrote the output these records describe.
    public var build: String = ""
    /// Fingerprint per page path.
    public var fingerprints: [String: Digest] = [:]
    /// Per page path, the stamp of the output's file as this build left it (``FileSystem/stamp(_:)``):
    /// a page is kept only while its file is untouched since.
    public var stamps: [String: String] = [:]
    /// Per page path, the key of the inputs it was made from (``PageInputs``), for the pages that
    /// have one (programme pages).
    public var keys: [String: Digest] = [:]
    /// The build's ``PageInputs/outline``: every input but the programmes' bodies.
    public var outline: String = ""
    /// The build's ``PageInputs/dataOutline``: the outline without the theme.
    public var dataOutline: String = ""
    /// The build's digest of each programme's file with its translations (``PageInputs/programs``).
    public var programs: [String: Digest] = [:]
    /// The paths of the data files the build wrote (their stamps are in ``stamps``).
    public var data: [String] = []

    /// No records.
    public init() {}

    /// The records of the build `build` (the output marker's input digest).
    public init(
        build: String, fingerprints: [String: Digest], stamps: [String: String], keys: [String: Digest] = [:],
        outline: String = "", dataOutline: String = "", programs: [String: Digest] = [:], data: [String] = []
    ) {
        self.build = build
        self.fingerprints = fingerprints
        self.stamps = stamps
        self.keys = keys
        self.outline = outline
        self.dataOutline = dataOutline
        self.programs = programs
        self.data = data
    }

    /// The records as lines of tab-separated fields, sorted, one kind per first field: `build`,
    /// `outline`, `data-outline`, `page` (path, fingerprint, stamp, key or `-`), `program` (id, digest) and `data`
    /// (path, stamp). Written by hand rather than with `JSONEncoder`: at 10 000 programmes that took
    /// a tenth of a second per build, to write and again to read. `nil` when a value holds a tab or
    /// a line break (never, for tinjau's own paths and digests): the cache is then not written.
    func lines() -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(fingerprints.count * 240 + programs.count * 140)
        var clean = true
        func line(_ fields: String...) {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(0x09) }
                if field.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { clean = false }
                out.append(contentsOf: field.utf8)
            }
            out.append(0x0A)
        }
        line("build", build)
        line("outline", outline)
        line("data-outline", dataOutline)
        // The keys alone are sorted, in byte order (one `memcmp` per comparison; `String`'s `<`
        // compares by characters, and moving key-value pairs counted two references each).
        for path in fingerprints.keys.sorted(by: Paths.precedesInByteOrder) {
            line("page", path, fingerprints[path]!.hex, stamps[path] ?? "-", keys[path]?.hex ?? "-")
        }
        for id in programs.keys.sorted(by: Paths.precedesInByteOrder) { line("program", id, programs[id]!.hex) }
        for path in data { line("data", path, stamps[path] ?? "-") }
        return clean ? out : nil
    }

    /// The records read back from ``lines()``, or `nil` when a line is not one it writes.
    init?<Lines: Sequence>(lines: Lines) where Lines.Element == ArraySlice<UInt8> {
        self.init()
        for raw in lines where !raw.isEmpty {
            let fields = raw.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            switch (fields.first, fields.count) {
            case ("build", 2): build = fields[1]
            case ("outline", 2): outline = fields[1]
            case ("data-outline", 2): dataOutline = fields[1]
            case ("page", 5):
                guard let fingerprint = Digest(hex: fields[2]) else { return nil }
                fingerprints[fields[1]] = fingerprint
                if fields[3] != "-" { stamps[fields[1]] = fields[3] }
                if fields[4] != "-" {
                    guard let key = Digest(hex: fields[4]) else { return nil }
                    keys[fields[1]] = key
                }
            case ("program", 3):
                guard let digest = Digest(hex: fields[2]) else { return nil }
                programs[fields[1]] = digest
            case ("data", 3):
                data.append(fields[1])
                if fields[2] != "-" { stamps[fields[1]] = fields[2] }
            default: return nil
            }
        }
    }
}

/// What a long-running process (`tinjau serve`) keeps between builds of the same folders: the
/// last successful build's ``BuildCache``, parsed files included, so that a rebuild after one file
/// changed parses that file alone and reads no cache from disk. Thread-safe.
///
/// It keeps the aggregate stage's result too (``AggregateMemo``) and the rendered bodies
/// (``BodyMemo``), keyed by the outline of the inputs (``PageInputs/outline``): the scores are made
/// from every input but the programmes' bodies, and a body from itself and that outline, so a
/// rebuild after a programme's text changed takes the scores as they are and renders one body.
public final class BuildMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: BuildCache?
    private var storedAggregates: AggregateMemo?
    private var storedBodies: BodyMemo?
    private var storedContent: ContentMemo?
    private var storedTheme: String?
    private var unsaved: (cache: BuildCache, output: String, fileSystem: any FileSystem)?
    private let saving = NSLock()

    /// An empty memory: the first build reads the disk cache.
    /// - Parameter savesCacheLater: when `true` (`tinjau serve`), a build leaves its cache file to
    ///   ``saveCache()``, which the caller runs once the new site is announced: at 100 000
    ///   programmes the file is tens of megabytes, and writing it before the announcement made every
    ///   reload wait for it. A build saves what an earlier one left first.
    public init(savesCacheLater: Bool = false) {
        self.savesCacheLater = savesCacheLater
    }

    /// Whether builds leave their cache file to ``saveCache()``.
    public let savesCacheLater: Bool

    /// Writes the cache file beside the output that the last build left unsaved, if any
    /// (``BuildCache/save(for:fileSystem:)``, which never throws: a cache that cannot be written is
    /// removed, and the next build from disk renders every page). Safe to call from any thread.
    public func saveCache() {
        // One save at a time, in the order the builds finished; the memory's lock is not held
        // while writing, so a build may read the memory meanwhile.
        saving.withLock {
            guard
                let pending = lock.withLock({
                    defer { unsaved = nil }
                    return unsaved
                })
            else { return }
            pending.cache.save(for: pending.output, fileSystem: pending.fileSystem)
        }
    }

    /// Records `cache` as the last build's, to be saved by ``saveCache()``.
    func leaveUnsaved(_ cache: BuildCache, output: String, fileSystem: any FileSystem) {
        lock.withLock { unsaved = (cache, output, fileSystem) }
    }

    /// The cache of the last successful build, or `nil` before the first.
    var cache: BuildCache? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    /// Takes the parsed files out of the last build's cache (``BuildCache/parse``, with the store of
    /// their bodies), leaving it without them, so that the ``ParseCache`` made of them is their only
    /// holder and carries them over to the next build in place: held here as well, they were copied
    /// (at 100 000 programmes, 45 MB more at a rebuild's peak). A build that fails gives back what its
    /// cache holds with ``giveBackParse(_:bodies:)``. Empty before the first successful build.
    func takeParse() -> (entries: [String: ParseCache.Entry], bodies: BodyStore?) {
        lock.withLock {
            guard stored != nil else { return ([:], nil) }
            var entries: [String: ParseCache.Entry] = [:]
            swap(&entries, &stored!.parse)
            return (entries, stored!.parseBodies)
        }
    }

    /// Puts parsed files back into the last successful build's cache after a build that took them
    /// (``takeParse()``) failed (``ParseCache/surviving()``: as they were taken), so that the next
    /// build parses only what changed, as it would have after that successful build.
    func giveBackParse(_ entries: [String: ParseCache.Entry], bodies: BodyStore) {
        lock.withLock {
            guard stored != nil else { return }
            stored!.parse = entries
            stored!.parseBodies = bodies
        }
    }

    /// The theme of the last build (``TemplateMemo``).
    let templates = TemplateMemo()

    /// The source files read so far, by stamp (``SourceMemo``).
    let sources = SourceMemo()

    /// The overlaps of the last build that detected them (``OverlapMemo``).
    let overlaps = OverlapMemo()

    /// The validated content of the last successful build (``ContentMemo``).
    var content: ContentMemo? {
        get { lock.withLock { storedContent } }
        set { lock.withLock { storedContent = newValue } }
    }

    /// The bodies of the last build that rendered them, with the permalinks they were made with
    /// (``BodyMemo``).
    var bodies: BodyMemo? {
        get { lock.withLock { storedBodies } }
        set { lock.withLock { storedBodies = newValue } }
    }

    /// The scores of the last build that aggregated, with the outline they were made from.
    var aggregated: AggregateMemo? {
        get { lock.withLock { storedAggregates } }
        set { lock.withLock { storedAggregates = newValue } }
    }

    /// The theme (``ThemeKey``) of the last successful build: the one whose assets the output holds.
    var theme: String? {
        get { lock.withLock { storedTheme } }
        set { lock.withLock { storedTheme = newValue } }
    }
}

/// A digest of a theme: every template's digest (with the partials and language files it reads) and
/// every asset's path and bytes. Two builds with the same key wrote the same assets.
enum ThemeKey {
    /// The key of `templates` (SHA-256, hex).
    static func of(_ templates: TemplateSet) -> String {
        var parts = ContentHash.Parts()
        for (name, digest) in templates.digests.sorted(by: { $0.key < $1.key }) {
            parts.add(name)
            parts.add(digest)
        }
        for asset in templates.assets {
            parts.add(asset.path)
            parts.add(asset.bytes)
        }
        return parts.digest()
    }
}

/// `tinjau serve`'s fast render: the pages a browser shows, rendered and handed over before the rest
/// of the site, so that an open page reloads as soon as its own bytes are made (Hugo's server does
/// the same in its fast render mode). Used only when the theme is the last successful build's: the
/// assets those pages load are then the output's as they are.
public struct EarlyPages: Sendable {
    /// Output paths of the pages (`opd/dinkes/sehat/index.html`, an edition's under its folder).
    public var paths: Set<String>
    /// Takes the rendered pages (``SiteRenderer/renderPages(at:)``), on the build's thread, once
    /// every stage before rendering passed and before any other page is rendered. The build goes on
    /// when it returns; if it fails after, it throws as any build does.
    public var deliver: @Sendable ([OutputFile]) -> Void

    /// Pages at `paths`, handed to `deliver`.
    public init(paths: Set<String>, deliver: @escaping @Sendable ([OutputFile]) -> Void) {
        self.paths = paths
        self.deliver = deliver
    }
}

/// The aggregate stage's result (scores, year-over-year history and changes, and their
/// diagnostics) for the inputs whose ``PageInputs/outline`` is ``outline``.
struct AggregateMemo: Sendable {
    /// The outline of the inputs the scores were made from.
    var outline: String
    /// The scores.
    var aggregates: Aggregates
    /// The aggregate stage's warnings and notes.
    var diagnostics: [Diagnostic]
}
