import Foundation

/// Builds a full-text search index from the pages of a build (`tinjau build --search`).
///
/// Pages are added as they are rendered; ``finish()`` returns the index as files of the site, which
/// go through the ``OutputWriter`` like every other file (so the index is swapped in with the pages
/// it describes, and an unchanged index file keeps its modification time).
public protocol SearchIndexing: AnyObject {
    /// Adds one page.
    /// - Parameters:
    ///   - path: the page's path in the site (`opd/diskominfo/lapor-warga/index.html`).
    ///   - html: the page as written.
    /// - Throws: ``BuildFailure`` when the indexer refuses the page or stopped.
    func add(path: String, html: [UInt8]) throws
    /// The index files, under ``PagefindIndexer/folder``, sorted by path; ends the indexer.
    /// - Throws: ``BuildFailure`` when the index cannot be produced.
    func finish() throws -> [OutputFile]
    /// Pages added so far.
    var pageCount: Int { get }
    /// What made the index, for the build's summary line (`pagefind 1.5.2`).
    var name: String { get }
}

/// ``SearchIndexing`` with [Pagefind](https://pagefind.app), the static-site search used by Hugo,
/// Zola, Jekyll and Eleventy sites, through its service mode (`pagefind --service`): the protocol its
/// own Node and Python packages speak. Each request is one JSON object, Base64-encoded and followed
/// by a `,`, on the service's standard input; each answer comes back the same way on its standard
/// output. Pages are sent from memory (`AddFile` with the page's own URL, so that results name
/// `…/index.html` like every link of the site) and the index comes back from memory (`GetFiles`):
/// Pagefind never reads or writes the output folder.
///
/// Pagefind indexes what a page marks with `data-pagefind-body` (the main content, without
/// breadcrumbs), reads the language from `<html lang="id">` (Indonesian stemming) and the result
/// fields and filters from `data-pagefind-meta` and `data-pagefind-filter` (the templates write
/// both). Only the files the search page uses are kept: Pagefind's own UI bundles are left out.
public final class PagefindIndexer: SearchIndexing {
    /// The folder of the index in the site.
    public static let folder = "pagefind"

    /// The Pagefind version the build pins and tests (`scripts/search_requirements.txt`).
    public static let pinnedVersion = "1.5.2"

    public let name: String
    public private(set) var pageCount = 0
    private let process: Process
    private let input: FileHandle
    private let output: FileHandle
    private var buffer: [UInt8] = []
    private var messageID = 0
    private var indexID = 0
    private var finished = false

    /// Starts `program --service` and creates an empty index.
    /// - Parameters:
    ///   - program: Pagefind (its binary, or `python3 -m pagefind`).
    ///   - version: the version it reported, for ``name``.
    /// - Throws: ``BuildFailure`` (`search.failed`) when the service cannot be started or refuses.
    public init(program: ExternalProgram, version: String) throws {
        name = version
        process = Process()
        process.executableURL = URL(fileURLWithPath: program.executable)
        process.arguments = program.leadingArguments + ["--service"]
        // Standard error is a pipe drained on its own thread, not /dev/null: an empty root (a CI
        // container, `make dist-check`) may have no /dev at all.
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        PublishingTools.ignoreBrokenPipes()
        do { try process.run() } catch {
            throw Self.failure("\(program) tidak dapat dijalankan (\(error))", en: "\(program) cannot be started (\(error))")
        }
        let errors = stderr.fileHandleForReading
        DispatchQueue.global().async { _ = errors.readDataToEndOfFile() }
        let answer = try send(["type": "NewIndex", "config": NSNull()])
        guard let id = answer["index_id"] as? Int else {
            finish(killing: true)
            throw Self.failure("Pagefind tidak membuat indeks: \(answer)", en: "Pagefind did not create an index: \(answer)")
        }
        indexID = id
    }

    deinit { finish(killing: true) }

    public func add(path: String, html: [UInt8]) throws {
        let answer = try send([
            "type": "AddFile", "index_id": indexID, "url": "/" + path,
            "file_contents": String(decoding: html, as: UTF8.self),
        ])
        guard answer["type"] as? String == "IndexedFile" else {
            throw Self.failure("Pagefind tidak mengindeks `\(path)`: \(answer)", en: "Pagefind did not index `\(path)`: \(answer)")
        }
        pageCount += 1
    }

    public func finish() throws -> [OutputFile] {
        let answer = try send(["type": "GetFiles", "index_id": indexID])
        finish(killing: false)
        guard let files = answer["files"] as? [[String: Any]] else {
            throw Self.failure("Pagefind tidak mengembalikan berkas indeks", en: "Pagefind returned no index files")
        }
        var result: [OutputFile] = []
        for file in files {
            guard let path = file["path"] as? String, let base64 = file["content"] as? String,
                let bytes = Data(base64Encoded: base64)
            else {
                throw Self.failure("Pagefind mengembalikan berkas yang tidak terbaca", en: "Pagefind returned an unreadable file")
            }
            if Self.isKept(path) { result.append(OutputFile(path: Self.folder + "/" + path, bytes: Array(bytes))) }
        }
        return result.sorted { $0.path < $1.path }
    }

    /// Whether Pagefind may write `path` (a path in the site) with other bytes from the same pages: the
    /// filter indexes, which it serialises from a hash map in arbitrary order, and the two files that
    /// name them by their hash (`pagefind-entry.json`, `pagefind.<language>_<hash>.pf_meta`). Pagefind's
    /// maintainer says so in its issue #638 (fixed for the fragments in 1.3.0, "other files will still
    /// change, such as the filter/metadata indexes"). Everything else of the index, and every page of
    /// tinjau, is the same bytes for the same input.
    public static func isUnstable(_ path: String) -> Bool {
        guard path.hasPrefix(folder + "/") else { return false }
        let rest = path.dropFirst(folder.count + 1)
        return rest.hasPrefix("filter/") || rest == "pagefind-entry.json" || (rest.hasPrefix("pagefind.") && rest.hasSuffix(".pf_meta"))
    }

    /// Whether a file Pagefind produced is part of the site: the index, its WebAssembly and
    /// `pagefind.js` with its worker; not the prebuilt search interfaces (the theme has its own).
    static func isKept(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return
            !(name.hasPrefix("pagefind-ui.") || name.hasPrefix("pagefind-modular-ui.")
            || name.hasPrefix("pagefind-component-ui.") || name == "pagefind-highlight.js")
    }

    /// Ends the service (closing its input makes it exit; `killing` also terminates it).
    private func finish(killing: Bool) {
        guard !finished else { return }
        finished = true
        try? input.close()
        if killing && process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// Sends one request and waits for its answer's payload.
    private func send(_ payload: [String: Any]) throws -> [String: Any] {
        guard !finished else { throw Self.failure("Pagefind sudah berhenti", en: "Pagefind has already stopped") }
        messageID += 1
        let request: [String: Any] = ["message_id": messageID, "payload": payload]
        let json = try JSONSerialization.data(withJSONObject: request)
        do {
            try input.write(contentsOf: Data(json.base64EncodedString().utf8) + Data(",".utf8))
        } catch {
            throw Self.failure("Pagefind berhenti sebelum waktunya", en: "Pagefind stopped early")
        }
        while true {
            let message = try readMessage()
            guard let data = Data(base64Encoded: message),
                let answer = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let body = answer["payload"] as? [String: Any]
            else {
                throw Self.failure("Pagefind menjawab dengan pesan yang tidak terbaca", en: "Pagefind answered with an unreadable message")
            }
            if body["type"] as? String == "Error" {
                throw Self.failure("Pagefind: \(body["message"] as? String ?? "kesalahan")", en: "Pagefind: \(body["message"] as? String ?? "error")")
            }
            // Answers come in order; one without our id is a log line of the service, skipped.
            if answer["message_id"] as? Int == messageID { return body }
        }
    }

    /// The next message: bytes up to the next `,` (Base64 never contains one).
    private func readMessage() throws -> String {
        while true {
            if let comma = buffer.firstIndex(of: UInt8(ascii: ",")) {
                let message = String(decoding: buffer[..<comma], as: UTF8.self)
                buffer.removeSubrange(...comma)
                return message
            }
            let chunk = output.availableData
            if chunk.isEmpty {
                throw Self.failure("Pagefind berhenti tanpa menjawab", en: "Pagefind stopped without answering")
            }
            buffer += chunk
        }
    }

    static func failure(_ message: String, en: String) -> BuildFailure {
        BuildFailure([Diagnostic(.searchFailed(Bilingual(message, en: en), pinned: pinnedVersion), at: SourceLocation(path: folder))])
    }
}
