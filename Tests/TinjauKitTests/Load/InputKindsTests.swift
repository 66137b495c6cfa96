import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The kinds of bad input from the `tinjau check` issue that other suites do not already pin:
/// each with its fixture and the exact message.
@Suite("Kinds of bad input")
struct InputKindsTests {
    func only(_ code: String, in diagnostics: [Diagnostic]) -> Diagnostic? {
        let matching = diagnostics.filter { $0.code == code }
        #expect(matching.count == 1, "\(diagnostics)")
        return matching.first
    }

    @Test func aNulByteIsRefusedAtItsPositionAndShownReadably() throws {
        let (_, diagnostics) = check(["opd/dinas-a/nul.md": "---\njudul: X\u{0}\ndimensi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(only("file.nul", in: diagnostics))
        #expect(d.location == SourceLocation(path: "c/opd/dinas-a/nul.md", line: 2, column: 9))
        #expect(d.message == "berkas berisi byte NUL (0x00); berkas ini tampaknya bukan teks biasa")
        let fs = InMemoryFileSystem(files: ["c/opd/dinas-a/nul.md": "---\njudul: X\u{0}\n"])
        let text = DiagnosticFormatter(fileSystem: fs).format([d])
        #expect(text.contains("  judul: X?\n          ^\n"))
    }

    @Test func oldMacAndMixedLineEndingsCountLinesAndLeaveNoCarriageReturn() throws {
        let (content, diagnostics) = check(["opd/dinas-a/cr.md": "---\rjudul: Satu\r\ndimensi: living\nstatus: selesai\r---\rBaris\r\n"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let program = try #require(content?.programs.first)
        #expect(program.title == "Satu")
        #expect(program.location(of: "status") == SourceLocation(path: "c/opd/dinas-a/cr.md", line: 4, column: 9))
        #expect(!program.body.text.contains("\r"))
    }

    @Test func emptyFrontMatter() throws {
        let (_, diagnostics) = check(["opd/dinas-a/kosong.md": "---\n---\nisi\n"])
        let d = try #require(only("frontmatter.empty", in: diagnostics))
        #expect(d.location == SourceLocation(path: "c/opd/dinas-a/kosong.md", line: 1, column: 1))
        #expect(d.message == "front matter kosong")
    }

    @Test func tabsUsedForIndentation() throws {
        let (_, diagnostics) = check(["opd/dinas-a/tab.md": "---\njudul: X\n\tdimensi: governance\nstatus: berjalan\n---\n"])
        let d = try #require(only("yaml.syntax", in: diagnostics))
        #expect(d.location.line == 3)
        #expect(d.hint == "YAML tidak menerima tab untuk indentasi; ganti tab dengan spasi")
    }

    @Test func aRealisationWithoutATarget() throws {
        let (_, diagnostics) = check(["opd/dinas-a/t.md": programFile("indikator:\n  - nama: A\n    realisasi: 5\n")])
        let d = try #require(only("field.required", in: diagnostics))
        #expect(d.message == "kolom wajib `target` tidak ada")
        #expect(d.location == SourceLocation(path: "c/opd/dinas-a/t.md", line: 6, column: 5))
    }

    @Test func anEmptyContentFolder() throws {
        let fs = InMemoryFileSystem()
        try fs.createDirectory("c")
        let loaded = ContentLoader(fileSystem: fs).load(from: "c")
        let d = try #require(only("review.missing", in: loaded.diagnostics))
        #expect(d.message == "berkas pengaturan `tinjau.yml` tidak ditemukan di folder konten")
        #expect(d.severity == .error)
    }

    @Test func aListNestedAThousandDeepAndAOneMegabyteLineFailOrBuildWithoutCrashing() throws {
        // YAML: libyaml refuses nesting deeper than its limit with a positioned error.
        let nested = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        let (_, yaml) = check(["opd/dinas-a/n.md": programFile("kata_kunci: \(nested)\n")])
        #expect(yaml.contains { $0.severity == .error && $0.location.line == 5 }, "\(yaml)")
        // Markdown: a thousand nested block quotes and a one-megabyte line render.
        let quotes = String(repeating: ">", count: 1000) + " dalam\n"
        let line = String(repeating: "kata ", count: 200_000) + "\n"
        let (content, diagnostics) = check(["opd/dinas-a/q.md": programFile(body: quotes + "\n" + line)])
        #expect(!diagnostics.hasErrors)
        let html = MarkdownRenderer().render(try #require(content?.programs.first?.body.text))
        #expect(html.count > 1_000_000)
    }

    @Test func aHostileBuildWritesNothingOutsideItsOutputFolder() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        for entry in try fs.listRecursively(fixtures + "/mini/content") where entry.kind == .file {
            try fs.write(try fs.read(fixtures + "/mini/content/" + entry.relativePath), to: dir.path + "/content/" + entry.relativePath)
        }
        try fs.write(
            Array("---\njudul: \"<img src=x onerror=alert(1)>\"\ndimensi: governance\nstatus: berjalan\n---\n[x](../../../../etc/passwd)\n".utf8),
            to: dir.path + "/content/opd/dinas-a/jahat.md")
        _ = try? SiteBuilder().build(
            BuildOptions(
                contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates,
                outputDirectory: dir.path + "/output"))
        let top = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(top == ["content"] || top == ["content", "output"], "\(top)")
        try fs.write(
            Array("---\njudul: \"<img src=x onerror=alert(1)>\"\ndimensi: governance\nstatus: berjalan\n---\nAman.\n".utf8),
            to: dir.path + "/content/opd/dinas-a/jahat.md")
        try SiteBuilder().build(
            BuildOptions(
                contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates,
                outputDirectory: dir.path + "/output"))
        // The build cache is the one sibling a successful build leaves (``BuildCache``).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".output.tinjau-cache", "content", "output"])
        let page = String(decoding: try fs.read(dir.path + "/output/opd/dinas-a/jahat/index.html"), as: UTF8.self)
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;") && !page.contains("<img src=x"))
    }
}

@Suite("Diagnostic text format")
struct FormatterWindowTests {
    @Test func aVeryLongLineIsShownAsAWindowWithTheCaretUnderTheColumn() {
        let line = String(repeating: "a", count: 4999) + "X" + String(repeating: "b", count: 5000)
        let fs = InMemoryFileSystem(files: ["f.md": line + "\n"])
        let d = Diagnostic(DiagnosticMessage(.yamlSyntax, "pesan", en: "message"), at: SourceLocation(path: "f.md", line: 1, column: 5000))
        let lines = DiagnosticFormatter(fileSystem: fs).format([d]).split(separator: "\n").map(String.init)
        #expect(lines[1].count <= 104)
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let x = lines[1].firstIndex(of: "X").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caret != nil && caret == x)
    }
}
