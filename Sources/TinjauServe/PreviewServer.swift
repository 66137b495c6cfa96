import Crypto
import Foundation
import TinjauKit

/// Maps a request path to a file of the output folder, refusing everything that
/// could leave it: `..` segments (also percent-encoded), NUL, backslashes,
/// hidden files and symbolic links that resolve outside the folder.
public struct PreviewPaths: Sendable {
    /// The output folder, resolved to a real absolute path.
    public let root: String

    /// Creates a resolver for `root` (resolved through symbolic links once).
    public init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The absolute file path for `requestPath`, or `nil` when it is refused or missing.
    /// A path ending in `/` (or naming a folder) serves its `index.html`.
    public func file(for requestPath: String) -> String? {
        guard let (segments, _) = Self.segments(of: requestPath) else { return nil }
        var path = root + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            path += "/index.html"
        }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard real == root || real.hasPrefix(root + "/") else { return nil }
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return real
    }

    /// The output path (relative to the folder, `opd/dinkes/index.html`) that `requestPath` names:
    /// its file when it exists, else the path it would have (a folder's `index.html` for a path
    /// ending in `/`), or `nil` when the request is refused.
    public func outputPath(for requestPath: String) -> String? {
        if let file = file(for: requestPath) { return String(file.dropFirst(root.count + 1)) }
        guard let (segments, folder) = Self.segments(of: requestPath) else { return nil }
        let path = segments.joined(separator: "/")
        if path.isEmpty { return "index.html" }
        return folder ? path + "/index.html" : path
    }

    /// The percent-decoded segments of `requestPath` (its query left out) and whether it ends in
    /// `/`, or `nil` for a path that could leave the folder or name a hidden file: a `.` or `..`
    /// segment, a segment starting with `.`, NUL or a backslash.
    private static func segments(of requestPath: String) -> (segments: [Substring], folder: Bool)? {
        let withoutQuery = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard let decoded = withoutQuery.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        return (segments, decoded.hasSuffix("/"))
    }

    /// The `Content-Type` for a file name.
    public static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "js": "text/javascript; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}

/// What the preview knows about the latest build, and which pages the browsers show.
actor PreviewState {
    /// The number of the latest build shown (the reload script's version).
    private(set) var generation = 0
    /// The diagnostics of the latest build when it failed.
    private(set) var failure: [Diagnostic]?
    /// The pages the build in progress handed over ahead of the rest (``EarlyPages``), by output
    /// path; `nil` when no build is showing pages early.
    private(set) var early: [String: [UInt8]]?
    /// The output paths of the pages whose reload script is waiting for the next build, with how
    /// many of each.
    private var polling: [String: Int] = [:]
    /// The output paths of the last HTML pages served, the latest last.
    private var recent: [String] = []

    /// How many of the last HTML pages served are rendered ahead of the rest (with those open).
    static let recentPages = 8

    /// Requests waiting for the state to change (``change(until:)``), by number.
    private var waiting: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0

    /// What a request answers from, read at once: the generation, the failure and the early pages.
    var view: (generation: Int, failure: [Diagnostic]?, early: [String: [UInt8]]?) { (generation, failure, early) }

    /// Returns the generation once it is not `seen`, or after `limit` (a long poll).
    func generation(after seen: Int, within limit: Duration) async -> Int {
        let deadline = ContinuousClock.now + limit
        while generation == seen, ContinuousClock.now < deadline { await change(until: deadline) }
        return generation
    }

    /// Returns once no build shows pages early (the build that did has ended).
    func earlyEnded() async {
        while early != nil { await change(until: .now + .seconds(60)) }
    }

    /// Returns when a build is recorded or pages are shown, or at `deadline`. The caller checks its
    /// condition and registers here without an await between: no change is missed.
    private func change(until deadline: ContinuousClock.Instant) async {
        let id = nextWaiter
        nextWaiter += 1
        await withCheckedContinuation { continuation in
            waiting[id] = continuation
            Task {
                try? await Task.sleep(until: deadline)
                self.wake(id)
            }
        }
    }

    private func wake(_ id: Int) { waiting.removeValue(forKey: id)?.resume() }

    /// Wakes every waiting request.
    private func changed() {
        let all = waiting
        waiting = [:]
        for continuation in all.values { continuation.resume() }
    }

    /// Records the end of a build: `nil` when it succeeded, else its diagnostics. A build that
    /// showed its pages early (``show(early:)``) and succeeded keeps its number: the pages shown are
    /// its own, and need no second reload.
    func record(_ diagnostics: [Diagnostic]?) {
        let shown = early != nil && diagnostics == nil
        early = nil
        failure = diagnostics
        if !shown { generation += 1 }
        changed()
    }

    /// Shows `pages` of the build in progress: the open pages reload now; any other file but the
    /// theme's assets is answered once the build ends (``record(_:)``), so that no page shown is
    /// older than the build.
    func show(early pages: [OutputFile]) {
        early = Dictionary(pages.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        failure = nil
        generation += 1
        changed()
    }

    /// The output paths of the pages browsers show: those open (their reload script waits) and the
    /// last ``recentPages`` served.
    var shownPages: Set<String> { Set(polling.keys).union(recent) }

    /// Notes that the HTML page at `path` was served.
    func served(_ path: String) {
        recent.removeAll { $0 == path }
        recent.append(path)
        if recent.count > Self.recentPages { recent.removeFirst(recent.count - Self.recentPages) }
    }

    /// Notes that a reload script on the page at `path` starts (`true`) or stops waiting.
    func polls(_ path: String, _ waiting: Bool) {
        polling[path, default: 0] += waiting ? 1 : -1
        if polling[path] == 0 { polling[path] = nil }
    }
}

/// `tinjau serve`: builds the site, serves the output folder on 127.0.0.1 only,
/// rebuilds when anything under the content or theme folder changes, and
/// reloads open pages. A content error does not stop the server: every page
/// shows the diagnostics until the file is fixed.
public struct PreviewServer: Sendable {
    /// Folders to build from and into.
    public var options: BuildOptions
    /// TCP port on 127.0.0.1.
    public var port: UInt16
    /// How often the folders are scanned for changes where inotify cannot tell (``FolderWatcher``).
    public var interval: Duration
    /// What builds the site (the real file system and programs; tests inject others). It keeps a
    /// ``BuildMemory`` between builds, so that a rebuild parses only the files that changed.
    public var builder: SiteBuilder

    /// Creates a server; `builder` is given a ``BuildMemory`` when it has none.
    public init(options: BuildOptions, port: UInt16 = 8080, interval: Duration = .milliseconds(400), builder: SiteBuilder = SiteBuilder()) {
        self.options = options
        self.port = port
        self.interval = interval
        self.builder = builder
        if self.builder.memory == nil { self.builder.memory = BuildMemory(savesCacheLater: true) }
    }

    /// The script added to an HTML page served as build `generation` made it: asks
    /// `/__tinjau/versi?seit=<generation>&halaman=<page>`, which the server answers as soon as a
    /// newer build exists (at once when one was announced after the page was served), or after
    /// ``longPollLimit``, and reloads the page when the number changed; after an error it asks again
    /// a second later. The page's own path tells the server which pages to render first
    /// (``EarlyPages``).
    static func reloadScript(generation: Int) -> String {
        """
        <script>(function(){var g=\(generation);function t(){fetch('/__tinjau/versi?seit='+g+'&halaman='+encodeURIComponent(location.pathname),{cache:'no-store'}).then(function(r){return r.text()}).then(function(v){if(v!==String(g)){location.reload();return}t()}).catch(function(){setTimeout(t,1000)})}t()})();</script>
        """
    }

    /// How often the folders are scanned for changes while inotify reports none (``FolderWatcher``).
    static let safetyScan: Duration = .seconds(2)

    /// How long `/__tinjau/versi?seit=N` waits for a build newer than `N` before answering anyway.
    static let longPollLimit: Duration = .seconds(25)

    /// A fingerprint of every entry's path and type below `folders`, and of each file's device,
    /// inode, size, and modification and status-change times (to the nanosecond: a same-size edit
    /// whose modification time is set back, or two files swapped by `mv`, still changes it), read with `opendir`/`readdir`/`lstat` (Foundation's
    /// `attributesOfItem` builds a dictionary per file: at 10 000 programmes, scanning every 400 ms
    /// kept a third of a core busy). Hidden files and folders are skipped, like the loader does, so
    /// an editor's swap file rebuilds nothing; symbolic links are not followed.
    static func fingerprint(_ folders: [String]) -> [UInt8] {
        // Each folder's names are sorted (the same folders give the same bytes whatever order
        // `readdir` returns), and each entry's path and `lstat` fields go straight into one SHA-256:
        // no text is made per file.
        var hasher = SHA256()
        func feed<T>(_ value: T) { withUnsafeBytes(of: value) { hasher.update(bufferPointer: $0) } }
        func scan(_ folder: String) {
            guard let directory = opendir(folder) else { return }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if !name.hasPrefix(".") { names.append(name) }
            }
            closedir(directory)
            for name in names.sorted(by: Paths.precedesInByteOrder) {
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                hasher.update(data: Array(path.utf8) + [0])
                feed(UInt32(info.st_mode))
                // A folder's own size and time change with any entry, hidden ones too (an editor's
                // swap file): its entries are in the fingerprint already.
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    scan(path)
                } else {
                    feed(UInt64(info.st_dev))
                    feed(UInt64(info.st_ino))
                    feed(Int64(info.st_size))
                    feed(Int64(info.st_mtim.tv_sec))
                    feed(Int64(info.st_mtim.tv_nsec))
                    feed(Int64(info.st_ctim.tv_sec))
                    feed(Int64(info.st_ctim.tv_nsec))
                }
            }
            // The end of a folder, so that moving a file between folders changes the bytes.
            hasher.update(data: [1])
        }
        for folder in folders {
            hasher.update(data: Array(folder.utf8) + [0])
            scan(folder)
        }
        return Array(hasher.finalize())
    }

    /// One build; returns `nil` on success or the diagnostics of the failure. With `state`, the
    /// pages it says browsers show are rendered first and shown before the rest is built
    /// (``EarlyPages``, ``PreviewState/show(early:)``).
    func build(report: @Sendable (String) -> Void, state: PreviewState? = nil, shown: Set<String> = []) -> [Diagnostic]? {
        do {
            let early = state.map { state in
                EarlyPages(paths: shown) { pages in
                    guard !pages.isEmpty else { return }
                    // The build waits until the pages are shown: its end is recorded after them.
                    let done = DispatchSemaphore(value: 0)
                    Task {
                        await state.show(early: pages)
                        done.signal()
                    }
                    done.wait()
                }
            }
            let result = try builder.build(options, early: early)
            report(
                "tinjau: situs dibangun ulang (\(result.pagesWritten) halaman)"
                    + (result.diagnostics.isEmpty ? "" : ", \(result.diagnostics.count) peringatan"))
            return nil
        } catch let failure as BuildFailure {
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            report("tinjau: build gagal (\(errors) kesalahan); halaman menampilkan kesalahannya sampai berkas diperbaiki")
            for diagnostic in failure.diagnostics.sortedForReport() { report(diagnostic.description) }
            return failure.diagnostics.sortedForReport()
        } catch {
            return [Diagnostic(.serveBuildFailed(error), at: SourceLocation(path: options.contentDirectory))]
        }
    }

    /// The page shown while the latest build (number `generation`) has errors.
    static func errorPage(_ diagnostics: [Diagnostic], generation: Int) -> String {
        var items = ""
        for d in diagnostics {
            var position = d.location.path
            if d.location.line > 0 { position += ":\(d.location.line)" + (d.location.column > 0 ? ":\(d.location.column)" : "") }
            items +=
                "<li class=\"\(d.severity.rawValue)\"><code>\(HTML.escape(position))</code> <strong>\(d.severity == .error ? "kesalahan" : "peringatan")</strong>: \(HTML.escape(d.message))"
            if let hint = d.hint { items += "<br><span>saran: \(HTML.escape(hint))</span>" }
            items += "</li>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build gagal · tinjau</title>
            <style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5;color:#1a1f24}h1{color:#a1262b;font-size:1.4rem}
            li{margin:.75rem 0;padding:.5rem .75rem;border-left:4px solid #a1262b;background:#fdf1f1;list-style:none}li.warning{border-color:#8a4b00;background:#fff6e0}
            code{font-size:.95rem}span{color:#4a5560}</style></head>
            <body><h1>Situs belum dapat dibangun</h1>
            <p>Perbaiki berkas di bawah lalu simpan; halaman ini dimuat ulang sendiri begitu build berhasil.</p>
            <ul>\(items)</ul>\(reloadScript(generation: generation))</body></html>
            """
    }

    /// `page` with ``reloadScript(generation:)`` before every `</body>`, found byte by byte
    /// (Foundation's `replacingOccurrences` on every page fetched took 5 % of the server's time
    /// while rebuilding).
    static func addingReloadScript(to page: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array("</body>".utf8)
        let script = Array(reloadScript(generation: generation).utf8)
        var result: [UInt8] = []
        result.reserveCapacity(page.count + script.count)
        var copied = 0
        var index = 0
        while index + tag.count <= page.count {
            if page[index] == tag[0] && page[index..<index + tag.count].elementsEqual(tag) {
                result += page[copied..<index]
                result += script
                copied = index
                index += tag.count
            } else {
                index += 1
            }
        }
        result += page[copied...]
        return result
    }

    /// Builds, then serves until the task is cancelled.
    /// - Throws: when the port cannot be opened.
    public func run(report: @escaping @Sendable (String) -> Void) async throws {
        let state = PreviewState()
        // inotify wakes the watch loop as soon as a file is saved; the folders are still scanned every
        // ``safetyScan`` in case an event was missed. Without inotify, they are scanned every `interval`.
        // Both start before the first build, so that a file saved while it runs is built next.
        let folders = [options.contentDirectory, options.templatesDirectory]
        let events = FolderWatcher(folders: folders)
        let first = Self.fingerprint(folders)
        await state.record(build(report: report))
        builder.memory?.saveCache()
        let paths = PreviewPaths(root: options.outputDirectory)
        let socket = try PreviewHTTP.listen(port: port)
        let watcher = Task {
            var last = first
            while !Task.isCancelled {
                var wake = FolderWatcher.Wake.quiet
                if let events {
                    // The wait blocks a thread: not one of Swift's cooperative threads, which answer requests.
                    wake = await withCheckedContinuation { continuation in
                        DispatchQueue.global().async { continuation.resume(returning: events.wait(timeout: Self.safetyScan)) }
                    }
                } else {
                    try? await Task.sleep(for: interval)
                }
                // A visible entry that inotify says changed is built at once while inotify watches
                // every folder. Otherwise (the timer, an editor's hidden swap file, dropped events,
                // a folder not watched) only a changed fingerprint builds.
                var timer = StageTimer()
                var scanned: [UInt8]?
                if wake != .visible || events?.isComplete != true {
                    let now = Self.fingerprint(folders)
                    if now == last { continue }
                    scanned = now
                }
                events?.watchNewFolders()
                timer.lap("serve: scan and watch")
                let shown = await state.shownPages
                // The build runs off Swift's cooperative threads, which keep answering requests.
                let result = await withCheckedContinuation { continuation in
                    DispatchQueue.global().async { continuation.resume(returning: build(report: report, state: state, shown: shown)) }
                }
                await state.record(result)
                timer.lap("serve: build")
                // After the reload is announced: the cache file, and (for a build inotify woke) the
                // fingerprint the safety scans compare with. A change made since the build read the
                // folders has its own inotify event waiting, which builds again.
                last = await withCheckedContinuation { [scanned] continuation in
                    DispatchQueue.global().async {
                        builder.memory?.saveCache()
                        continuation.resume(returning: scanned ?? Self.fingerprint(folders))
                    }
                }
                timer.lap("serve: cache file and scan")
            }
        }
        defer {
            watcher.cancel()
            builder.memory?.saveCache()
        }
        report("tinjau: pratinjau di http://127.0.0.1:\(port)/ (hanya komputer ini); tekan Ctrl+C untuk berhenti")
        try await PreviewHTTP.serve(socket) { request in await Self.respond(to: request, state: state, paths: paths) }
    }

    /// The answer to one `GET` or `HEAD`: the latest build's number at `/__tinjau/versi` (the
    /// reload script polls it), the error page for pages while the latest build failed, else the
    /// file of the output folder (HTML pages with the reload script added) or 404. While a build
    /// shows its pages early (``PreviewState/show(early:)``), those pages are answered from it, the
    /// theme's assets from the folder, and anything else once the build ends.
    static func respond(to request: PreviewRequest, state: PreviewState, paths: PreviewPaths) async -> PreviewResponse {
        let path = String(request.path.prefix { $0 != "?" })
        if path == "/__tinjau/versi" {
            var query: [String: String] = [:]
            for pair in request.path.split(separator: "?", maxSplits: 1).dropFirst().first?.split(separator: "&") ?? [] {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { query[String(parts[0])] = String(parts[1]) }
            }
            // `halaman=`: the page the script runs on, rendered first by the next build while it waits.
            let page = query["halaman"].flatMap { paths.outputPath(for: $0.removingPercentEncoding ?? $0) }
            // `seit=N`: wait until a build newer than N is recorded (long polling), so that the
            // page reloads as soon as the build is done instead of at the next poll.
            if let seen = query["seit"].flatMap(Int.init) {
                if let page { await state.polls(page, true) }
                _ = await state.generation(after: seen, within: longPollLimit)
                if let page { await state.polls(page, false) }
            }
            return PreviewResponse(
                status: 200, headers: [("Content-Type", "text/plain"), ("Cache-Control", "no-store")],
                body: Array(String(await state.generation).utf8))
        }
        let output = paths.outputPath(for: request.path)
        // Read before the file: a page is never marked newer than it is (its script then asks for
        // the builds after this one, and reloads at once when one was announced meanwhile).
        var view = await state.view
        if let output, let early = view.early {
            if let bytes = early[output] {
                return PreviewResponse(
                    status: 200, headers: [("Content-Type", PreviewPaths.contentType(of: output)), ("Cache-Control", "no-store")],
                    body: addingReloadScript(to: bytes, generation: view.generation))
            }
            // The theme's assets are those of the last build (EarlyPages); anything else waits for this one.
            if !output.hasPrefix("assets/") {
                await state.earlyEnded()
                view = await state.view
            }
        }
        // A page: a path ending in `/` or `.html`, or a folder's `index.html` (`/opd/dinkes`).
        if let failure = view.failure, path.hasSuffix("/") || path.hasSuffix(".html") || output?.hasSuffix(".html") == true {
            return PreviewResponse(
                status: 500, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                body: Array(errorPage(failure, generation: view.generation).utf8))
        }
        guard let file = paths.file(for: request.path), let data = FileManager.default.contents(atPath: file) else {
            return PreviewResponse(status: 404, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array("404: tidak ditemukan\n".utf8))
        }
        let type = PreviewPaths.contentType(of: file)
        var body = [UInt8](data)
        if type.hasPrefix("text/html") {
            body = addingReloadScript(to: body, generation: view.generation)
            if let output { await state.served(output) }
        }
        return PreviewResponse(status: 200, headers: [("Content-Type", type), ("Cache-Control", "no-store")], body: body)
    }
}
