import Crypto
import Foundation

/// Which pages a build may take unchanged from the output folder instead of rendering them again
/// (issue 14: "a changed programme re-renders its own page, its OPD's and dimension's pages and the
/// pages whose aggregates actually changed, and nothing else").
///
/// A page's output is a function of its template (with the partials and parents it uses) and of
/// its view model alone: the renderer formats and computes nothing else. So each page gets a
/// *fingerprint*, the SHA-256 of its path, its template's digest and every value of its view model
/// (``PageFingerprint``), and a page whose fingerprint equals the one recorded when the output's
/// copy was written is not rendered: the writer keeps the file as it is. Which inputs and which
/// aggregates a page read needs no list kept by hand: whatever reached the view model is in the
/// fingerprint, so a changed total re-renders exactly the pages that show it.
///
/// The records come from ``BuildCache`` and are trusted only for the output folder they describe
/// (the marker's input digest equals the one the records were written with) and only for files
/// that folder still holds untouched (their stamp, inode, size and modification time, is the one
/// recorded after the build that wrote them: a page edited by hand is rendered again). Thread-safe: pages are rendered on all cores.
public final class PageReuse: @unchecked Sendable {
    private let previous: PageRecords
    private let inputs: PageInputs?
    private let available: @Sendable (String) -> Bool
    private let stamp: @Sendable (String) -> String?
    /// Whether every input but the programmes' bodies is what the previous build read
    /// (``PageInputs/outline``).
    private let sameOutline: Bool
    /// The same, the theme left out (``PageInputs/dataOutline``).
    private let sameDataOutline: Bool
    private let lock = NSLock()
    private var current: [String: Digest] = [:]
    private var currentKeys: [String: Digest] = [:]
    private var currentData: [String] = []
    private var keptStampsByPath: [String: String] = [:]
    /// Pages kept by ``keepByOutline(_:program:)`` whose records are not yet carried over (see
    /// ``settle()``): a rebuild after a programme's text changed keeps every other page this way.
    private var keptByOutline: [String] = []
    private var keptCount = 0
    private var keptByKeyCount = 0

    /// Reuse over `previous` (the records of the build that wrote the output folder as it is),
    /// where `available` says whether the output still holds a file and `stamp` gives its stamp
    /// (``FileSystem/stamp(_:)``) as this build found it before writing anything (the writer's
    /// listing, ``OutputWriter/Session/listedStamp(_:)``): a file touched since it was written, before
    /// that listing, is never kept. One touched during the build is made again by the next: a kept
    /// file's record keeps the stamp it was checked against.
    /// `inputs` are this build's (``PageInputs``); without them only fingerprints keep pages.
    public init(
        previous: PageRecords, inputs: PageInputs? = nil, available: @escaping @Sendable (String) -> Bool,
        stamp: @escaping @Sendable (String) -> String?
    ) {
        self.previous = previous
        self.inputs = inputs
        self.available = available
        self.stamp = stamp
        self.sameOutline = inputs.map { !previous.outline.isEmpty && previous.outline == $0.outline } ?? false
        self.sameDataOutline = inputs.map { !previous.dataOutline.isEmpty && previous.dataOutline == $0.dataOutline } ?? false
    }

    /// The paths of the data files this build wrote or kept (``keptDataFiles()``, ``recordDataFiles(_:)``).
    public var dataFiles: [String] { lock.withLock { currentData } }

    /// The fingerprint of every page rendered or kept in this build, by path.
    public var fingerprints: [String: Digest] {
        lock.withLock {
            settle()
            return current
        }
    }

    /// The input key (``PageInputs``) of every page that has one, by path.
    public var keys: [String: Digest] {
        lock.withLock {
            settle()
            return currentKeys
        }
    }

    /// The stamp (``FileSystem/stamp(_:)``) each file kept as it is had when this build checked it,
    /// by path: the stamp to record for it, without asking the file system again (a kept file is
    /// not written). A data file checked but then made again (another was touched) is not here.
    public var keptStamps: [String: String] {
        lock.withLock {
            settle()
            return keptStampsByPath
        }
    }

    /// How many pages were kept without rendering.
    public var kept: Int {
        lock.withLock {
            settle()
            return keptCount
        }
    }

    /// How many of them were kept by their input key alone, without a view model (``recordKey(_:key:)``).
    public var keptByInputs: Int {
        lock.withLock {
            settle()
            return keptByKeyCount
        }
    }

    /// Carries the records of the pages kept by ``keepByOutline(_:program:)`` over from the
    /// previous build, on one thread, once the pages asked for them: while the pages are rendered
    /// on all cores, each such page only adds its path. Called with the lock held.
    ///
    /// When every page of the previous build was either kept so or visited otherwise (rendered, or
    /// kept by its key or fingerprint: those have records of their own), the previous records are
    /// taken whole and only the visited pages' (and the data files') are put over them: after an
    /// edit to one programme's text at 10 000 programmes, carrying 10 000 pages' records over one
    /// by one took 45 ms.
    private func settle() {
        guard !keptByOutline.isEmpty else { return }
        keptCount += keptByOutline.count
        keptByKeyCount += keptByOutline.count
        defer { keptByOutline = [] }
        // A page is visited once per build, and only a page with a previous fingerprint is kept by
        // the outline: so the counts tell whether every previous page was visited.
        let visitedBefore = current.keys.reduce(0) { $0 + (previous.fingerprints[$1] == nil ? 0 : 1) }
        if keptByOutline.count + visitedBefore == previous.fingerprints.count {
            var fingerprints = previous.fingerprints
            var keys = previous.keys
            var stamps = previous.stamps
            for (path, fingerprint) in current {
                fingerprints[path] = fingerprint
                keys[path] = currentKeys[path]
                stamps[path] = keptStampsByPath[path]
            }
            // Data files made again are stamped anew by the builder; those kept carry their stamps.
            for path in previous.data { stamps[path] = keptStampsByPath[path] }
            current = fingerprints
            currentKeys = keys
            keptStampsByPath = stamps
            return
        }
        current.reserveCapacity(current.count + keptByOutline.count)
        keptStampsByPath.reserveCapacity(keptStampsByPath.count + keptByOutline.count)
        for path in keptByOutline {
            keepStamp(path)
            current[path] = previous.fingerprints[path]
            if let key = previous.keys[path] { currentKeys[path] = key }
        }
    }

    /// `path` as the previous build's records hold it, when they do: the same text, one string
    /// shared by the old records, the new ones and the writer's lists, instead of a copy per page
    /// made by this build (at 100 000 programmes, 10 MB more through the pages stage).
    func recorded(_ path: String) -> String {
        guard let index = previous.fingerprints.index(forKey: path) else { return path }
        return previous.fingerprints.keys[index]
    }

    /// Makes room in this build's records for every page of the previous build, once, when pages are
    /// kept by their key or fingerprint one by one (the outline changed: every page is recorded here),
    /// so that the tables are not grown and copied while the previous build's are held. Called with
    /// the lock held.
    private func reserveRecords() {
        guard !sameOutline, current.isEmpty else { return }
        current.reserveCapacity(previous.fingerprints.count)
        currentKeys.reserveCapacity(previous.keys.count)
        keptStampsByPath.reserveCapacity(previous.stamps.count)
    }

    /// Whether the output still holds the page at `path` as the recorded build left it (same stamp).
    private func untouched(_ path: String) -> Bool {
        available(path) && previous.stamps[path].map { $0 == stamp(path) } == true
    }

    /// Notes that the file at `path`, found ``untouched(_:)``, is kept with its recorded stamp.
    private func keepStamp(_ path: String) {
        if let recorded = previous.stamps[path] { keptStampsByPath[path] = recorded }
    }

    /// Whether the page at `path` can be kept because nothing it may show has changed: every input
    /// but the programmes' bodies is as the previous build read it (``PageInputs/outline``), so every
    /// aggregate, list and data file is too; and `program`, the programme whose page it is (`nil`
    /// for any other page, an archived review's pages included), has the same file and translations
    /// as then. The page's body is the only part of a programme page made from a body, and a body only
    /// reaches its own page (the description of a programme page is the one other use), so such a
    /// page is the previous build's, byte for byte. The recorded fingerprint and key are carried over.
    func keepByOutline(_ path: String, program: String?) -> Bool {
        guard sameOutline, previous.fingerprints[path] != nil else { return false }
        if let program {
            guard let own = inputs?.programs[program], previous.programs[program] == own else { return false }
        }
        guard untouched(path) else { return false }
        lock.withLock { keptByOutline.append(path) }
        return true
    }

    /// The data files of the previous build, when they can be kept as they are: every input but the
    /// programmes' bodies and the theme is unchanged (``PageInputs/dataOutline``; the data files show
    /// no body and are made without templates or language files) and the output holds each file
    /// untouched. `nil` when the data files must be made again.
    func keptDataFiles() -> [String]? {
        guard sameDataOutline, !previous.data.isEmpty, previous.data.allSatisfy(untouched) else { return nil }
        lock.withLock {
            currentData = previous.data
            for path in previous.data { keepStamp(path) }
        }
        return previous.data
    }

    /// Records the paths of the data files this build made.
    func recordDataFiles(_ paths: [String]) {
        lock.withLock { currentData = paths }
    }

    /// Whether the output's copy of the page at `path` was made from inputs whose key is `key`
    /// (and is untouched since): then the page is kept with its recorded fingerprint, and neither
    /// its view model nor its fingerprint need be made. Otherwise the key is remembered for the
    /// page's ``record(_:fingerprint:)``.
    func recordKey(_ path: String, key: Digest) -> Bool {
        let fingerprint = previous.fingerprints[path]
        let same = fingerprint != nil && previous.keys[path] == key && untouched(path)
        lock.withLock {
            reserveRecords()
            currentKeys[path] = key
            if same, let fingerprint {
                keepStamp(path)
                current[path] = fingerprint
                keptCount += 1
                keptByKeyCount += 1
            }
        }
        return same
    }

    /// Records the fingerprint of the page at `path` and tells whether the output's copy was made
    /// from the same one (then the page need not be rendered).
    func record(_ path: String, fingerprint: Digest) -> Bool {
        let same = previous.fingerprints[path] == fingerprint && untouched(path)
        lock.withLock {
            reserveRecords()
            current[path] = fingerprint
            if same {
                keepStamp(path)
                keptCount += 1
            }
        }
        return same
    }
}

/// The fingerprint of a page: SHA-256 over its path, its template's digest and its view model,
/// walked in a fixed order (each model's fields by name) with every value tagged by its kind and
/// length-prefixed, so that two different models never give the same bytes. The walk is typed:
/// each field feeds its value through ``TemplateValueType/fingerprint(into:)``, with no dynamic
/// cast; the bytes go through a ``Buffer`` into the hash as they are made, so that a large page
/// (the print report: 50 MB of model at 10 000 programmes) is never held as bytes.
enum PageFingerprint {
    /// The bytes fed to the hash: gathered in a small buffer and handed to SHA-256 whenever it
    /// holds ``flushSize`` bytes, so that memory stays bounded whatever the model's size.
    struct Buffer {
        /// How many bytes are gathered before they go to the hash (64 KiB).
        static let flushSize = 64 << 10
        private var bytes: [UInt8] = []
        private var hasher = SHA256()

        /// An empty buffer.
        init() { bytes.reserveCapacity(1 << 10) }

        /// Adds a tag and a number (little-endian).
        mutating func add(_ tag: UInt8, _ number: UInt64) {
            bytes.append(tag)
            withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
            flushIfFull()
        }

        /// Adds a tag and `digest` as ``add(_:_:)-(_,String)`` adds its ``Digest/hex``.
        mutating func add(_ tag: UInt8, _ digest: Digest) {
            add(tag, 64)
            digest.withHexBytes { bytes.append(contentsOf: $0) }
            flushIfFull()
        }

        /// Adds a tag, the text's length in UTF-8 bytes and the text.
        mutating func add(_ tag: UInt8, _ text: String) {
            add(tag, UInt64(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
            flushIfFull()
        }

        private mutating func flushIfFull() {
            guard bytes.count >= Self.flushSize else { return }
            hasher.update(data: bytes)
            bytes.removeAll(keepingCapacity: true)
        }

        /// The SHA-256 of everything added.
        func digest() -> Digest {
            var hasher = hasher
            hasher.update(data: bytes)
            return Digest(hasher.finalize())
        }

        /// The SHA-256 of everything added followed by `more`.
        func digest<Bytes: Collection>(then more: Bytes) -> Digest where Bytes.Element == UInt8 {
            ContentHash.digest(bytes, then: more, after: hasher)
        }
    }

    /// The fingerprint of the page at `path` made with the template whose digest is `template`
    /// from `context` (the page's model, then the shared part).
    static func of(path: String, template: String, context: PageContext) -> Digest {
        var buffer = Buffer()
        buffer.add(UInt8(ascii: "p"), path)
        buffer.add(UInt8(ascii: "t"), template)
        context.page.fingerprint(into: &buffer)
        context.common.fingerprint(into: &buffer)
        return buffer.digest()
    }

    nonisolated(unsafe) private static var fieldOrders: [ObjectIdentifier: Any] = [:]
    private static let lock = NSLock()

    /// The fields of `Model` sorted by name (dictionary order differs between processes), made once
    /// per type.
    static func fieldOrder<Model: TemplateModel>(of _: Model.Type) -> [(name: String, field: TemplateField<Model>)] {
        let key = ObjectIdentifier(Model.self)
        if let order = lock.withLock({ fieldOrders[key] }) as? [(name: String, field: TemplateField<Model>)] { return order }
        let order = Model.fields.sorted { $0.key < $1.key }.map { (name: $0.key, field: $0.value) }
        lock.withLock { fieldOrders[key] = order }
        return order
    }
}

/// What the pages of a build were made from, digested per source file, so that a page whose
/// inputs are all unchanged can be kept without even building its view model (issue 14: "a record
/// of which pages read which inputs and aggregates").
///
/// Every file that is not a programme's (``SourceKind/program(opd:slug:)`` or its translation) goes
/// into one ``shared`` digest with the theme (every template's and language file's digest, the
/// assets), tinjau's version and what the build makes besides pages: whatever a programme's page
/// shows of the review as a whole (configuration, dimensions, OPDs, narrative pages, archives,
/// interface texts) is under it. Each programme's own file and its translations get a digest of
/// their own (``programs``). A programme page's key (``SiteRenderer/programPageKey(_:path:template:)``)
/// adds to these the values it takes from the aggregates: its position in the data files, its
/// rendered body, its figures, its most similar programmes (with their own digests and positions),
/// the years of its history and its link preview. A key that matches the previous build's is a sufficient, not a
/// necessary, condition for a page to be unchanged: a mismatch builds the view model and falls back
/// to ``PageFingerprint``.
///
/// A third digest, the ``outline``, covers every input but the bodies of the programmes' files (and
/// of their translations). The aggregates, the data files and every page but a programme's own are
/// made without reading a programme's body, so when the outline is unchanged they are all unchanged,
/// and a programme page changes only with its own file (``PageReuse/keepByOutline(_:program:)``):
/// an edit to a programme's text, the commonest edit, re-renders one page per edition.
public struct PageInputs: Sendable {
    /// SHA-256 (hex) of every input but the programmes' files.
    public var shared: String
    /// SHA-256 (hex) of every input but the programmes' files and the theme's templates and language
    /// files: what a programme page's key takes of the shared inputs. The key adds the digest of the
    /// page's own template, which covers the partials and parents it reaches and the language files
    /// (``TemplateLoader/digests(of:translations:)``), so that an edit to a partial the programme
    /// page does not use (the OPD and list pages' programme table) keeps every programme page
    /// without building its view model.
    public var sharedData: String
    /// SHA-256 of each programme's file with its translations, by programme id (`opd/slug`).
    public var programs: [String: Digest]
    /// SHA-256 (hex) of ``shared`` and of every programme's file (and translation) without its body:
    /// its path and its front matter, fences included (``frontMatterLength(_:)``).
    public var outline: String
    /// SHA-256 (hex) of ``sharedData`` and of the same programme outlines: ``outline`` without the
    /// templates and language files, which the data files (``DataExporter``: content and aggregates
    /// alone) do not read, so that a theme edit keeps them.
    public var dataOutline: String

    /// One source file's digest, with the programme it belongs to (`nil` for any other file).
    struct FileDigest: Sendable {
        var program: String?
        var path: String
        var digest: Digest
        /// The digest of its path and front matter for a programme's file or translation whose front
        /// matter was found; else ``digest``.
        var outline: Digest
    }

    /// The length in bytes of the front matter that opens `bytes`, its closing fence line and
    /// newline included: a first line `---`, up to the next line `---` or `...` (trailing spaces,
    /// tabs and carriage returns ignored), as ``FrontMatterSplitter`` reads it. `nil` when the bytes
    /// do not open that way (a byte-order mark first, no closing fence): the whole file is then
    /// treated as front matter. The cut is never earlier than the parser's, so a digest of these bytes
    /// changes whenever the parsed front matter can.
    static func frontMatterLength(_ bytes: [UInt8]) -> Int? {
        func isFence(_ start: Int, _ end: Int, closing: Bool) -> Bool {
            var end = end
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
            guard end - start == 3 else { return false }
            let dash: UInt8 = 0x2D
            let dot: UInt8 = 0x2E
            if bytes[start] == dash && bytes[start + 1] == dash && bytes[start + 2] == dash { return true }
            return closing && bytes[start] == dot && bytes[start + 1] == dot && bytes[start + 2] == dot
        }
        guard let first = bytes.firstIndex(of: 0x0A), isFence(0, first, closing: false) else { return nil }
        var start = first + 1
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if isFence(start, newline, closing: true) { return min(newline + 1, bytes.count) }
            start = newline + 1
        }
        return nil
    }

    /// The digest of each of `files` (its path and bytes), made on all cores while the files' bytes
    /// are in memory (one SHA-256 pass over the content: about 50 ms for 10 000 programmes).
    /// A file's digest is the loader's when it made one (``SourceFile/pageDigest``).
    static func digests(of files: [SourceFile]) -> [FileDigest] {
        Parallel.map(files) { file in file.pageDigest ?? digest(of: file) }
    }

    /// The digest of one file's path and bytes (and of its front matter, for a programme's file or
    /// translation).
    static func digest(of file: SourceFile) -> FileDigest {
        func programID(_ kind: SourceKind) -> String? {
            switch kind {
            case .program(let opd, let slug): opd + "/" + slug
            case .translation(_, let original): programID(original)
            default: nil
            }
        }
        var buffer = PageFingerprint.Buffer()
        buffer.add(UInt8(ascii: "f"), file.path)
        buffer.add(UInt8(ascii: "b"), UInt64(file.bytes.count))
        let digest = buffer.digest(then: file.bytes)
        let program = programID(file.kind)
        var outline = digest
        if program != nil, let length = frontMatterLength(file.bytes) {
            var head = PageFingerprint.Buffer()
            head.add(UInt8(ascii: "f"), file.path)
            head.add(UInt8(ascii: "h"), UInt64(length))
            outline = head.digest(then: file.bytes[..<length])
        }
        return FileDigest(program: program, path: file.path, digest: digest, outline: outline)
    }

    /// The inputs of files digested by ``digests(of:)`` under `theme`, for a build that makes `extras`.
    init(_ digests: [FileDigest], theme: TemplateSet, extras: [String]) {
        var shared: [String] = ["tinjau " + TinjauVersion.current, "extras " + extras.joined(separator: " ")]
        // Each programme's files (its own and its translations) in path order, the programmes in
        // the order their first file comes.
        var programFiles: [(id: String, digests: [Digest])] = []
        var position: [String: Int] = [:]
        var outlines: [Digest] = []
        for entry in digests.sorted(by: { Paths.precedesInByteOrder($0.path, $1.path) }) {
            if let id = entry.program {
                if let index = position[id] {
                    programFiles[index].digests.append(entry.digest)
                } else {
                    position[id] = programFiles.count
                    programFiles.append((id, [entry.digest]))
                }
                outlines.append(entry.outline)
            } else {
                shared.append(entry.digest.hex)
            }
        }
        shared += theme.assets.map { "asset \($0.path) \(ContentHash.of($0.bytes))" }
        self.sharedData = ContentHash.of(parts: shared)
        shared += theme.digests.sorted { $0.key < $1.key }.map { "template \($0.key) \($0.value)" }
        self.shared = ContentHash.of(parts: shared)
        // One SHA-256 per programme, on all cores (10 000 of them took 20 ms of a rebuild on one).
        // Each digest goes in as its 64 hex digits (``ContentHash/Parts/add(_:)-(Digest)``), as when they were texts.
        let programDigests = Parallel.map(programFiles) { files in
            var parts = ContentHash.Parts()
            for digest in files.digests { parts.add(digest) }
            return parts.value()
        }
        self.programs = Dictionary(uniqueKeysWithValues: zip(programFiles.lazy.map(\.id), programDigests))
        func outline(after first: String) -> String {
            var parts = ContentHash.Parts()
            parts.add(first)
            for digest in outlines { parts.add(digest) }
            return parts.digest()
        }
        self.outline = outline(after: self.shared)
        self.dataOutline = outline(after: self.sharedData)
    }
}

extension SiteRenderer {
    /// The key of the page at `path` (the output path) of `program` made with the template whose
    /// digest is `template` (see ``PageInputs``), or `nil` when this renderer has no ``inputs`` or
    /// renders an archived review.
    func programPageKey(_ program: Program, path: String, template: String) -> Digest? {
        guard let inputs, archive == nil, let own = inputs.programs[program.id] else { return nil }
        var buffer = PageFingerprint.Buffer()
        buffer.add(UInt8(ascii: "k"), "program-page 2")
        buffer.add(UInt8(ascii: "p"), path)
        buffer.add(UInt8(ascii: "t"), template)
        buffer.add(UInt8(ascii: "s"), inputs.sharedData)
        buffer.add(UInt8(ascii: "e"), edition.language + " " + edition.prefix)
        buffer.add(UInt8(ascii: "f"), "\(features.search) \(features.previewImages) \(features.pdf)")
        buffer.add(UInt8(ascii: "o"), own)
        buffer.add(UInt8(ascii: "i"), UInt64(bitPattern: Int64(content.position(ofProgram: program.id) ?? -1)))
        buffer.add(UInt8(ascii: "b"), bodies.programs[program.id] ?? "")
        if let figures = aggregates.programs[program.id] {
            buffer.add(UInt8(ascii: "a"), figures.achievements.map { $0.map { "\($0)" } ?? "-" }.joined(separator: " "))
            buffer.add(UInt8(ascii: "r"), figures.absorption.map { "\($0)" } ?? "-")
        }
        for pair in aggregates.overlaps.pairs(of: program.id).prefix(aggregates.overlaps.settings.maxPerProgram) {
            let other = pair.first == program.id ? pair.second : pair.first
            buffer.add(UInt8(ascii: "m"), other)
            if let digest = inputs.programs[other] { buffer.add(UInt8(ascii: "d"), digest) } else { buffer.add(UInt8(ascii: "d"), "-") }
            buffer.add(UInt8(ascii: "i"), UInt64(bitPattern: Int64(content.position(ofProgram: other) ?? -1)))
            buffer.add(UInt8(ascii: "x"), pair.similarity.bitPattern)
            buffer.add(UInt8(ascii: "w"), pair.sharedWords.joined(separator: " "))
        }
        for year in aggregates.history?.programs[program.id] ?? [] {
            buffer.add(UInt8(ascii: "y"), "\(year.year) \(year.id)")
        }
        // What the shared part (``common(path:kind:)``) takes from the aggregates: the link preview,
        // whose alt text spells out the OPD's scores (made from its other programmes).
        if let preview = preview(for: .program(program)) {
            buffer.add(UInt8(ascii: "v"), preview.path)
            buffer.add(UInt8(ascii: "v"), preview.alt)
        }
        return buffer.digest()
    }
}
