import FlyingSocks
import Foundation
import Testing
import TinjauKit
import TinjauTestSupport

@testable import TinjauServe

@Suite("tinjau serve")
struct ServeTests {
    /// Pages are served with the reload script before `</body>`, naming the build that made them;
    /// other bytes are left as they are.
    @Test func theReloadScriptGoesBeforeTheBodysEnd() {
        let script = PreviewServer.reloadScript(generation: 7)
        #expect(script.contains("var g=7;") && script.contains("seit='+g+'&halaman='"))
        func added(_ page: String) -> String {
            String(decoding: PreviewServer.addingReloadScript(to: Array(page.utf8), generation: 7), as: UTF8.self)
        }
        #expect(added("<html><body><p>Dinas</p></body></html>") == "<html><body><p>Dinas</p>" + script + "</body></html>")
        #expect(added("<p>tanpa akhir</p>") == "<p>tanpa akhir</p>")
        #expect(added("") == "")
        #expect(added("</body>") == script + "</body>")
        #expect(added("a</body>b</body>") == "a" + script + "</body>b" + script + "</body>")
        #expect(added("</bod") == "</bod")
        let invalid: [UInt8] = [0xFF, 0x3C] + Array("/body>".utf8)
        #expect(PreviewServer.addingReloadScript(to: invalid, generation: 7) == [0xFF] + Array((script + "</body>").utf8))
    }

    @Test func requestsCannotLeaveTheOutputFolder() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array("<p>ok</p>".utf8), to: dir.path + "/site/index.html")
        try fs.write(Array("x".utf8), to: dir.path + "/site/opd/a/index.html")
        try fs.write(Array("secret".utf8), to: dir.path + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/site/out.txt", withDestinationPath: dir.path + "/secret.txt")
        let paths = PreviewPaths(root: dir.path + "/site")
        #expect(paths.file(for: "/")?.hasSuffix("/site/index.html") == true)
        #expect(paths.file(for: "/opd/a/")?.hasSuffix("/site/opd/a/index.html") == true)
        #expect(paths.file(for: "/opd/a")?.hasSuffix("/site/opd/a/index.html") == true)
        for attack in [
            "/../secret.txt", "/%2e%2e/secret.txt", "/opd/%2E%2E/%2e%2e/secret.txt", "/out.txt", "/.tinjau-output",
            "/index.html%00.txt", "/..%5csecret.txt", "/tidak-ada.html",
        ] {
            #expect(paths.file(for: attack) == nil, "\(attack)")
        }
    }

    @Test func theErrorPageShowsEveryDiagnosticEscaped() {
        let page = PreviewServer.errorPage(
            [
                Diagnostic(
                    DiagnosticMessage(
                        .valueUnknown, "dimensi `<b>` tidak dikenal", en: "unknown dimension `<b>`",
                        hint: "tulis `governance`", hintEN: "write `governance`"),
                    at: SourceLocation(path: "c/<a>.md", line: 3, column: 10))
            ], generation: 3)
        #expect(page.contains("<code>c/&lt;a&gt;.md:3:10</code>"))
        #expect(page.contains("dimensi `&lt;b&gt;` tidak dikenal"))
        #expect(page.contains("saran: tulis `governance`"))
        #expect(page.contains("/__tinjau/versi"))
    }

    @Test func aChangedFileChangesTheFingerprint() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array("a".utf8), to: dir.path + "/c/x.md")
        let before = PreviewServer.fingerprint([dir.path + "/c"])
        try fs.write(Array("ab".utf8), to: dir.path + "/c/x.md")
        #expect(PreviewServer.fingerprint([dir.path + "/c"]) != before)
    }

    /// A same-size edit whose modification time is set back, and two files of the same size and
    /// time swapped, change the fingerprint (their status-change time and inode do).
    @Test func sameSizeEditsWithTheOldTimeChangeTheFingerprint() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let old = Date(timeIntervalSinceNow: -3600)
        for name in ["x", "y"] {
            try fs.write(Array("anggaran: 175\n".utf8), to: dir.path + "/c/\(name).md")
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: dir.path + "/c/\(name).md")
        }
        let before = PreviewServer.fingerprint([dir.path + "/c"])
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: dir.path + "/c/x.md"))
        try file.seek(toOffset: 10)
        try file.write(contentsOf: Array("9".utf8))
        try file.close()
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: dir.path + "/c/x.md")
        let edited = PreviewServer.fingerprint([dir.path + "/c"])
        #expect(edited != before)
        for (from, to) in [("x", "z"), ("y", "x"), ("z", "y")] {
            _ = rename(dir.path + "/c/\(from).md", dir.path + "/c/\(to).md")
        }
        #expect(PreviewServer.fingerprint([dir.path + "/c"]) != edited)
    }

    /// A hidden file, a file moved to another folder and a new subfolder each change the fingerprint
    /// as a plain write does; a hidden file does not.
    @Test func theFingerprintSeesMovesAndIgnoresHiddenFiles() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array("a".utf8), to: dir.path + "/c/a/x.md")
        try fs.createDirectory(dir.path + "/c/b")
        let before = PreviewServer.fingerprint([dir.path + "/c"])
        try fs.write(Array("swap".utf8), to: dir.path + "/c/a/.x.md.swp")
        #expect(PreviewServer.fingerprint([dir.path + "/c"]) == before)
        try FileManager.default.moveItem(atPath: dir.path + "/c/a/x.md", toPath: dir.path + "/c/b/x.md")
        let moved = PreviewServer.fingerprint([dir.path + "/c"])
        #expect(moved != before)
        try fs.createDirectory(dir.path + "/c/b/baru")
        #expect(PreviewServer.fingerprint([dir.path + "/c"]) != moved)
    }

    /// inotify wakes the watcher for a write, for a file in a folder made after it started (once
    /// that folder is watched), and not while nothing changes; an editor's hidden swap file wakes
    /// it as hidden only (the server then compares fingerprints instead of building at once).
    @Test func theWatcherWakesForEveryChange() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array("a".utf8), to: dir.path + "/c/opd/x.md")
        let watcher = try #require(FolderWatcher(folders: [dir.path + "/c", dir.path + "/t"]))
        // `t` does not exist: an event cannot tell everything, so the server scans before building.
        #expect(!watcher.isComplete)
        try fs.createDirectory(dir.path + "/t")
        watcher.watchNewFolders()
        #expect(watcher.isComplete)
        _ = watcher.wait(timeout: .milliseconds(50))
        #expect(watcher.wait(timeout: .milliseconds(50)) == .quiet)
        try fs.write(Array("ab".utf8), to: dir.path + "/c/opd/x.md")
        #expect(watcher.wait(timeout: .seconds(5)) == .visible)
        #expect(watcher.wait(timeout: .milliseconds(50)) == .quiet)
        try fs.write(Array("swap".utf8), to: dir.path + "/c/opd/.x.md.swp")
        #expect(watcher.wait(timeout: .seconds(5)) == .hidden)
        try fs.createDirectory(dir.path + "/c/opd/baru")
        #expect(watcher.wait(timeout: .seconds(5)) == .visible)
        watcher.watchNewFolders()
        try fs.write(Array("b".utf8), to: dir.path + "/c/opd/baru/y.md")
        #expect(watcher.wait(timeout: .seconds(5)) == .visible)
        // A hidden and a visible change taken together wake it as visible.
        try fs.write(Array("swap2".utf8), to: dir.path + "/c/opd/.x.md.swp")
        try fs.write(Array("abc".utf8), to: dir.path + "/c/opd/x.md")
        #expect(watcher.wait(timeout: .seconds(5)) == .visible)
    }

    /// The `inotify_event` records (inotify(7): wd, mask, cookie, len, then the NUL-padded name)
    /// are read one after another: a hidden name alone is not visible; a visible name after it,
    /// or a record without a name (a watched folder removed, the queue overflowed), is.
    @Test func inotifyRecordsAreReadByName() {
        func record(_ name: String) -> [UInt8] {
            var padded = Array(name.utf8)
            if !padded.isEmpty { padded += [UInt8](repeating: 0, count: 16 - padded.count % 16) }
            var bytes: [UInt8] = []
            for field in [UInt32(1), UInt32(IN_MODIFY), 0, UInt32(padded.count)] { withUnsafeBytes(of: field) { bytes += $0 } }
            return bytes + padded
        }
        #expect(!FolderWatcher.namesVisibleEntry(ArraySlice(record(".x.md.swp"))))
        #expect(!FolderWatcher.namesVisibleEntry(ArraySlice(record(".a") + record(".bbbbbbbbbbbbbbbbbbbbb"))))
        #expect(FolderWatcher.namesVisibleEntry(ArraySlice(record(".a") + record("x.md"))))
        #expect(FolderWatcher.namesVisibleEntry(ArraySlice(record(".a") + record(""))))
        #expect(!FolderWatcher.namesVisibleEntry([]))
        var overflow: [UInt8] = []
        for field in [UInt32(bitPattern: -1), UInt32(IN_Q_OVERFLOW), 0, 0] { withUnsafeBytes(of: field) { overflow += $0 } }
        #expect(FolderWatcher.overflowed(ArraySlice(record(".a") + overflow)))
        #expect(!FolderWatcher.overflowed(ArraySlice(record(".a") + record("x.md"))))
    }

    /// A content folder that is a symbolic link to the real one is watched through it, but is not a
    /// complete watch: pointing the link elsewhere sends no event (found by a break-it trial), so
    /// the server scans before every build.
    @Test func aLinkedRootIsWatched() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        try fs.write(Array("a".utf8), to: dir.path + "/real/opd/x.md")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/c", withDestinationPath: dir.path + "/real")
        let watcher = try #require(FolderWatcher(folders: [dir.path + "/c"]))
        #expect(!watcher.isComplete)
        try fs.write(Array("ab".utf8), to: dir.path + "/c/opd/x.md")
        #expect(watcher.wait(timeout: .seconds(5)) == .visible)
    }

    @Test func theRequestLineIsParsedAndEverythingElseRefused() {
        #expect(
            PreviewHTTP.parse(head: Array("GET /opd/a/?x=1 HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
                == PreviewRequest(method: "GET", path: "/opd/a/?x=1"))
        #expect(PreviewHTTP.parse(head: Array("HEAD / HTTP/1.0\n\n".utf8)) == PreviewRequest(method: "HEAD", path: "/"))
        for bad in ["GET /\r\n\r\n", "GET http://evil/ HTTP/1.1\r\n\r\n", "GET / HTTP/2\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "\r\n\r\n"] {
            #expect(PreviewHTTP.parse(head: Array(bad.utf8)) == nil, "\(bad)")
        }
        let encoded = PreviewHTTP.encode(PreviewResponse(status: 404, headers: [("Content-Type", "text/plain")], body: Array("x".utf8)))
        #expect(
            String(decoding: encoded, as: UTF8.self)
                == "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx")
    }

    /// A preview server of the folder `root` with `state` on a port the system chooses, and its task.
    static func serving(_ root: String, state: PreviewState) throws -> (port: UInt16, server: Task<Void, any Error>) {
        let paths = PreviewPaths(root: root)
        let socket = try PreviewHTTP.listen(port: 0)
        let port = try #require(PreviewHTTP.port(of: socket))
        return (port, Task { try await PreviewHTTP.serve(socket) { await PreviewServer.respond(to: $0, state: state, paths: paths) } })
    }

    /// ``fetch(_:port:)`` (static): one request, answered and closed.
    private func fetch(_ request: String, port: UInt16) async throws -> String { try await Self.fetch(request, port: port) }

    /// One request over a real socket on 127.0.0.1 (a port the system chooses), answered and closed.
    static func fetch(_ request: String, port: UInt16) async throws -> String {
        // FlyingSocks gives up connecting after 5 s by default; a test run on two busy cores can
        // starve the server's tasks that long. This is a guard against a hang, not a timing.
        let client = try await AsyncSocket.connected(to: .inet(ip4: "127.0.0.1", port: port), timeout: 120)
        defer { try? client.close() }
        try await client.write(Data(request.utf8))
        var received: [UInt8] = []
        while true {
            do { received += try await client.read(atMost: 4096) } catch SocketError.disconnected { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    @Test func theServerAnswersPagesTheVersionAndRefusesOtherMethods() async throws {
        let dir = try TemporaryDirectory()
        try LocalFileSystem().write(Array("<html><body><p>ok</p></body></html>".utf8), to: dir.path + "/site/opd/a/index.html")
        let state = PreviewState()
        await state.record(nil)
        let (port, server) = try Self.serving(dir.path + "/site", state: state)
        defer { server.cancel() }

        let page = try await fetch("GET /opd/a/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: port)
        #expect(page.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"))
        #expect(page.contains("<p>ok</p>") && page.contains("/__tinjau/versi") && page.contains("var g=1;"))
        let version = try await fetch("GET /__tinjau/versi HTTP/1.1\r\n\r\n", port: port)
        #expect(version.hasSuffix("\r\n\r\n1"))
        let head = try await fetch("HEAD /opd/a/index.html HTTP/1.1\r\n\r\n", port: port)
        #expect(head.hasPrefix("HTTP/1.1 200 OK") && head.hasSuffix("\r\n\r\n"))
        #expect(try await fetch("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n", port: port).hasPrefix("HTTP/1.1 405 Method Not Allowed"))
        #expect(try await fetch("GET /../secret HTTP/1.1\r\n\r\n", port: port).hasPrefix("HTTP/1.1 404 Not Found"))
        #expect(try await fetch("nonsense\r\n\r\n", port: port).hasPrefix("HTTP/1.1 400 Bad Request"))

        // Long polling: `?seit=` of an older build answers at once; of the latest, when the next is recorded.
        #expect(try await fetch("GET /__tinjau/versi?seit=0 HTTP/1.1\r\n\r\n", port: port).hasSuffix("\r\n\r\n1"))
        let waiting = Task { try await fetch("GET /__tinjau/versi?seit=1 HTTP/1.1\r\n\r\n", port: port) }
        try await Task.sleep(for: .milliseconds(300))
        await state.record(nil)
        #expect(try await waiting.value.hasSuffix("\r\n\r\n2"))

        await state.record([Diagnostic(DiagnosticMessage(.serveBuild, "rusak", en: "broken"), at: SourceLocation(path: "c/a.md", line: 1))])
        let failing = try await fetch("GET /opd/a/ HTTP/1.1\r\n\r\n", port: port)
        #expect(failing.hasPrefix("HTTP/1.1 500 Internal Server Error") && failing.contains("rusak") && failing.contains("var g=3;"))
        // A folder's page without its `/` is a page too: it shows the errors, not the last good site.
        let folder = try await fetch("GET /opd/a HTTP/1.1\r\n\r\n", port: port)
        #expect(folder.hasPrefix("HTTP/1.1 500 Internal Server Error") && folder.contains("rusak"))
    }
}
