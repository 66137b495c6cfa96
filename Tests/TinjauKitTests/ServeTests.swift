import Foundation
import Testing
@testable import TinjauServe
import TinjauKit

@Suite("tinjau serve")
struct ServeTests {
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
        for attack in ["/../secret.txt", "/%2e%2e/secret.txt", "/opd/%2E%2E/%2e%2e/secret.txt", "/out.txt", "/.tinjau-output",
                       "/index.html%00.txt", "/..%5csecret.txt", "/tidak-ada.html"] {
            #expect(paths.file(for: attack) == nil, "\(attack)")
        }
    }

    @Test func theErrorPageShowsEveryDiagnosticEscaped() {
        let page = PreviewServer.errorPage([Diagnostic(.error, "x", at: SourceLocation(path: "c/<a>.md", line: 3, column: 10),
                                                       "dimensi `<b>` tidak dikenal", hint: "tulis `governance`")])
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
}
