import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// An in-memory file system holding the mini fixture's content under `c/`, plus `extra` files.
private func miniProject(_ extra: [String: String] = [:]) throws -> InMemoryFileSystem {
    let memory = InMemoryFileSystem(files: extra)
    let disk = LocalFileSystem()
    let root = fixtures + "/mini/content"
    for entry in try disk.listRecursively(root) where entry.kind == .file {
        try memory.write(try disk.read(root + "/" + entry.relativePath), to: "c/" + entry.relativePath)
    }
    return memory
}

/// The site files by path.
private func site(_ memory: InMemoryFileSystem, templates: String = "t", required: Bool = false) throws -> [String: [UInt8]] {
    let options = BuildOptions(contentDirectory: "c", templatesDirectory: templates, templatesDirectoryRequired: required, outputDirectory: "o")
    return Dictionary(uniqueKeysWithValues: try SiteBuilder(fileSystem: memory).prepare(options).files.map { ($0.path, $0.bytes) })
}

private func text(_ bytes: [UInt8]?) -> String { String(decoding: bytes ?? [], as: UTF8.self) }

@Suite("The embedded theme and a project's overrides")
struct EmbeddedThemeTests {
    /// The theme compiled into the binary is `templates/`, byte for byte: a theme edit without
    /// regenerating `EmbeddedTheme+Files.swift` fails here.
    @Test func theEmbeddedThemeIsTheTemplatesFolder() throws {
        let disk = LocalFileSystem()
        let onDisk = try disk.listRecursively(shippedTemplates)
            .filter { $0.kind == .file && !$0.relativePath.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { ThemeFile(path: $0.relativePath, bytes: try disk.read(shippedTemplates + "/" + $0.relativePath)) }
        let regenerate =
            "the embedded theme differs from templates/: run `make theme` (python3 scripts/embed_theme.py) "
            + "and commit Sources/TinjauKit/Render/EmbeddedTheme+Files.swift"
        #expect(EmbeddedTheme.files.map(\.path) == onDisk.map(\.path), "\(regenerate)")
        for file in onDisk {
            let same = EmbeddedTheme.files.first { $0.path == file.path }?.bytes == file.bytes
            #expect(same, "\(file.path): \(regenerate)")
        }
    }

    @Test func withNoFolderTheEmbeddedThemeBuildsTheSameSite() throws {
        let embedded = try site(try miniProject())
        let fromDisk = try SiteBuilder().prepare(
            BuildOptions(
                contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates,
                templatesDirectoryRequired: true, outputDirectory: "unused")
        ).files
        #expect(embedded.count == fromDisk.count)
        for file in fromDisk {
            let same = embedded[file.path] == file.bytes
            #expect(same, "\(file.path)")
        }
        #expect(embedded["assets/style.css"] == EmbeddedTheme.files.first { $0.path == "assets/style.css" }?.bytes)
    }

    @Test func oneFileOfTheFolderReplacesItsEmbeddedTwin() throws {
        let layout = text(EmbeddedTheme.files.first { $0.path == "layout.mustache" }?.bytes)
            .replacingOccurrences(of: "<body>", with: "<body>\n<p class=\"milik-proyek\">Tata letak proyek</p>")
        #expect(layout.contains("milik-proyek"))
        let files = try site(try miniProject(["t/layout.mustache": layout, "t/assets/style.css": "body { color: black }\n"]))
        let plain = try site(try miniProject())
        #expect(text(files["index.html"]).contains("<p class=\"milik-proyek\">Tata letak proyek</p>"))
        #expect(text(files["opd/dinas-a/index.html"]).contains("milik-proyek"))
        #expect(text(files["assets/style.css"]) == "body { color: black }\n")
        // Every other file of the theme is still the embedded one.
        #expect(files["assets/favicon.svg"] == plain["assets/favicon.svg"])
        #expect(files.keys.sorted() == plain.keys.sorted())
    }

    @Test func anExtraPartialOfTheFolderIsFoundByAnOverride() throws {
        let footer = "<footer>{{> partials/kontak}}</footer>\n"
        let files = try site(
            try miniProject([
                "t/partials/footer.mustache": footer,
                "t/partials/kontak.mustache": "<p>Hubungi Bappeda</p>\n",
            ]))
        #expect(text(files["index.html"]).contains("<footer><p>Hubungi Bappeda</p>\n</footer>"))
    }

    @Test func aBrokenOverrideIsReportedAtTheProjectFile() throws {
        let memory = try miniProject([
            "t/partials/footer.mustache": "<footer>\n  {{> partials/kontakk}}\n</footer>\n",
            "t/partials/kontak.mustache": "x",
        ])
        do {
            _ = try site(memory)
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            let d = failure.diagnostics.first { $0.code == "template.reference" }
            #expect(d?.location == SourceLocation(path: "t/partials/footer.mustache", line: 2, column: 3))
            #expect(d?.hint?.contains("maksud Anda `partials/kontak`?") == true)
        }
    }

    @Test func aNamedFolderMustExist() throws {
        do {
            _ = try site(try miniProject(), templates: "tema-salah-ketik", required: true)
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.map(\.code) == ["templates.missing"])
            #expect(failure.diagnostics.first?.location.path == "tema-salah-ketik")
        }
    }

    @Test func theLoaderAloneStillNeedsItsFolder() {
        let (set, diagnostics) = TemplateLoader(fileSystem: InMemoryFileSystem()).load(from: "t", folderRequired: false)
        #expect(set == nil)
        #expect(diagnostics.map(\.code) == ["templates.missing"])
    }

    @Test func theDigestTellsTheEmbeddedThemeFromAFolder() throws {
        let options = BuildOptions(contentDirectory: "c", templatesDirectory: "t", outputDirectory: "o")
        let bare = try miniProject()
        let withFolder = try miniProject(["t/layout.mustache": "x"])
        let alone = try #require(InputDigest.compute(options, fileSystem: bare))
        #expect(InputDigest.compute(options, fileSystem: withFolder) != alone)
        // Another embedded theme (a newer binary) changes the digest too.
        #expect(InputDigest.compute(options, fileSystem: bare, baseTheme: EmbeddedTheme.files.dropLast()) != alone)
    }
}
