import Foundation
import Mustache
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The default theme's templates by name (`program`, `partials/figure`), with the path diagnostics show.
private func embeddedSources() -> [String: (path: String, text: String)] {
    var sources: [String: (path: String, text: String)] = [:]
    for file in EmbeddedTheme.files where file.path.hasSuffix(".mustache") {
        let name = String(file.path.dropLast(".mustache".count))
        sources[name] = ("t/" + file.path, String(decoding: file.bytes, as: UTF8.self))
    }
    return sources
}

/// The default theme's language files, by language code.
private func embeddedTranslations() -> [String: Translations] {
    var result: [String: Translations] = [:]
    for file in EmbeddedTheme.files where file.path.hasPrefix("i18n/") {
        let language = String(file.path.dropFirst(5).dropLast(4))
        result[language] = Translations.read(file.bytes, path: file.path, language: language).0
    }
    return result
}

/// The default theme's text of `path` (`program.mustache`).
private func embedded(_ path: String) -> String {
    String(decoding: EmbeddedTheme.files.first { $0.path == path }?.bytes ?? [], as: UTF8.self)
}

/// Loads the default theme with `overrides` laid over it (paths under `templates/`).
private func load(_ overrides: [String: String]) -> (TemplateSet?, [Diagnostic]) {
    let files = Dictionary(uniqueKeysWithValues: overrides.map { ("templates/" + $0.key, $0.value) })
    return TemplateLoader(fileSystem: InMemoryFileSystem(files: files), base: EmbeddedTheme.files).load(from: "templates", folderRequired: false)
}

/// The 1-based line and column of the first `needle` in `text`.
private func position(of needle: String, in text: String) -> (line: Int, column: Int) {
    let before = text[..<text.range(of: needle)!.lowerBound]
    let line = before.split(separator: "\n", omittingEmptySubsequences: false)
    return (line.count, line.last!.count + 1)
}

/// Two models as the pages use them: a row whose optional name may be missing, inside a page.
private struct TestRow: TemplateModel {
    var label: String?
    static let fields: [String: TemplateField<TestRow>] = ["label": .init(\.label)]
}

private struct TestPage: TemplateModel {
    var label: String
    var rows: [TestRow]
    static let fields: [String: TemplateField<TestPage>] = ["label": .init(\.label), "rows": .init(\.rows)]
}

@Suite("Page models and the template check (`template.unknown-variable`)")
struct PageModelTests {
    // MARK: - The models

    /// A `nil` optional answers as a missing name, so Mustache looks further out, exactly as a key left
    /// out of a dictionary did; a present value stops the search.
    @Test func aMissingOptionalLooksFurtherOutLikeAMissingKey() throws {
        let template = try MustacheTemplate(string: "{{#rows}}[{{label}}]{{/rows}}")
        let typed = TestPage(label: "luar", rows: [TestRow(label: "dalam"), TestRow(label: nil)])
        let dictionary: [String: Any] = ["label": "luar", "rows": [["label": "dalam"], [String: Any]()]]
        #expect(template.render(typed) == "[dalam][luar]")
        #expect(template.render(dictionary) == template.render(typed))
    }

    /// A text field reaches swift-mustache as a ``TemplateText``; it renders as the same `String` in a
    /// dictionary does in every kind of tag: escaped and raw, as a section and its `{{.}}`, inverted,
    /// with transforms, and with names inside its section falling through to the page.
    @Test func aTextFieldRendersAsTheStringItHolds() throws {
        let source = """
            {{label}}|{{{label}}}|{{#label}}<{{.}}:{{rows.count}}>{{/label}}|{{^label}}kosong{{/label}}|\
            {{uppercased(label)}}|{{#empty(label)}}e{{/empty(label)}}{{^empty(label)}}n{{/empty(label)}}|\
            {{#rows}}[{{#label}}{{reversed(.)}}{{/label}}]{{/rows}}
            """
        let template = try MustacheTemplate(string: source)
        for label in ["Aplikasi <b>\"Satu\"</b> & data", ""] {
            let typed = TestPage(label: label, rows: [TestRow(label: "Dua"), TestRow(label: nil)])
            let dictionary: [String: Any] = ["label": label, "rows": [["label": "Dua"], [String: Any]()]]
            #expect(TemplateText.rendering(wrapped: true) { template.render(typed) } == template.render(dictionary))
            #expect(template.render(typed) == template.render(dictionary))
        }
        #expect(
            TemplateText.rendering(wrapped: true) { template.render(TestPage(label: "a<b", rows: [])) }
                == "a&lt;b|a<b|<a&lt;b:>||A&lt;B|n|")
    }

    /// swift-mustache takes a dynamic partial's name (`{{>*label}}`) with `as? String`, which a
    /// ``TemplateText`` is not: so a theme with a dynamic partial or parent, or a set-delimiter tag,
    /// has its texts handed over as `String`s (``TemplateSet/textsAsStrings``), and the shipped theme,
    /// which has none, has them wrapped.
    @Test func aDynamicPartialReadsItsNameFromAString() throws {
        let library = MustacheLibrary(templates: [
            "satu": try MustacheTemplate(string: "SATU"), "page": try MustacheTemplate(string: "[{{>*label}}]"),
        ])
        let page = TestPage(label: "satu", rows: [])
        #expect(library.render(page, withTemplate: "page") == "[SATU]")
        #expect(TemplateText.rendering(wrapped: true) { library.render(page, withTemplate: "page") } == "[]")
        #expect(TemplateText.rendering(wrapped: false) { library.render(page, withTemplate: "page") } == "[SATU]")

        let shipped = try #require(TemplateLoader(fileSystem: LocalFileSystem()).load(from: shippedTemplates).0)
        #expect(!shipped.textsAsStrings)
        for tag in ["", "{{>*searchKind}}", "{{=<% %>=}}"] {
            var files: [String: String] = [:]
            for name in TemplateLoader.requiredTemplates { files["t/\(name).mustache"] = "ok" }
            files["t/partials/uji.mustache"] = "<p>\(tag)</p>"
            let (set, diagnostics) = TemplateLoader(fileSystem: InMemoryFileSystem(files: files)).load(from: "t")
            #expect(set?.textsAsStrings == !tag.isEmpty, "\(tag): \(diagnostics.map(\.message))")
        }
    }

    /// A project theme with a dynamic partial in its layout renders the partial its page names
    /// (end to end: the programme pages show it, the other pages name a template that is not there).
    /// Also behind a prepend mark (U+0600), after which swift-mustache reads `{{!` as text and the
    /// scan of the theme, reading scalars, a comment (found by an adversarial review).
    @Test(arguments: [("", ""), ("\u{0600}{{! ", "]")])
    func aThemeWithADynamicPartialRendersIt(before: String, after: String) throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let layout = String(decoding: try fs.read(shippedTemplates + "/layout.mustache"), as: UTF8.self)
        let marked = layout.replacingOccurrences(
            of: "<main id=\"isi\"", with: "{{#searchKind}}<i>\(before){{>*searchKind}}\(after)</i>{{/searchKind}}<main id=\"isi\"")
        #expect(marked != layout)
        try fs.write(Array(marked.utf8), to: dir.path + "/theme/layout.mustache")
        let kind = EmbeddedTheme.texts.text("renderer.program")
        try fs.write(Array("DINAMIS".utf8), to: dir.path + "/theme/\(kind).mustache")
        let files = try SiteBuilder().prepare(
            BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: dir.path + "/theme", outputDirectory: "unused")
        ).files
        let programPages = files.filter { $0.path.hasPrefix("opd/") && $0.path.split(separator: "/").count == 4 }
        #expect(!programPages.isEmpty)
        for page in programPages {
            #expect(String(decoding: page.bytes, as: UTF8.self).contains("<i>\(before)DINAMIS\(after)</i>"), "\(page.path)")
        }
    }

    /// The page's names come before the shared ones (the 404 page's `root` starts at the server root).
    @Test func thePageAnswersBeforeTheSharedPart() throws {
        let analysis = try SiteBuilder().analyse(BuildOptions(contentDirectory: fixtures + "/mini/content", templatesDirectory: shippedTemplates))
        let renderer = SiteRenderer(analysis)
        let context = PageContext(
            page: renderer.page(.notFound), common: renderer.common(path: Permalink.notFound, kind: .notFound), texts: renderer.templates.texts())
        #expect(context.child(named: "root") as? String == "/")
        #expect(context.child(named: "homeURL") as? String == "/index.html")
        // While a page renders with wrapped texts, the same text comes as a `TemplateText`.
        #expect(TemplateText.rendering(wrapped: true) { context.child(named: "root") as? TemplateText } == TemplateText(text: "/"))
        #expect(!TemplateText.isWrapping)
        #expect(context.child(named: "isHome") as? Bool == true)
        #expect(context.child(named: "hasSearch") as? Bool == false)
        #expect(context.child(named: "canonical") == nil)
        #expect(context.child(named: "noSuchName") == nil)
    }

    /// The schema comes from the key paths' types alone: optionals looked through, arrays by element.
    @Test func theSchemaReadsTypesWithoutInstances() {
        let fields = TemplateValue.fields(of: ProgramPage.self)
        guard case .list(.model(let row)) = fields["similar"], case .model(let history) = fields["history"],
            case .flag = fields["hasSimilar"], case .text = fields["scoringNote"]
        else {
            Issue.record("unexpected schema: \(fields)")
            return
        }
        #expect(row == SimilarProgramRow.self && history == ProgramHistory.self)
        // An embedded model's names are the row's own.
        #expect(Set(TemplateValue.fields(of: SimilarProgramRow.self).keys).isSuperset(of: ProgramRow.fields.keys))
    }

    /// The templates a theme must have are the page kinds', from one list.
    @Test func theRequiredTemplatesAreThePageKinds() {
        #expect(TemplateLoader.requiredTemplates == PageKind.Template.allCases.map(\.rawValue))
        let pages = Set(EmbeddedTheme.files.map(\.path).filter { $0.hasSuffix(".mustache") && !$0.contains("/") && $0 != "layout.mustache" })
        #expect(pages == Set(TemplateLoader.requiredTemplates.map { $0 + ".mustache" }))
    }

    // MARK: - The check

    @Test func theShippedThemePasses() {
        let (set, diagnostics) = load([:])
        #expect(set != nil)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(TemplateChecker(embeddedSources(), translations: embeddedTranslations()).diagnostics().isEmpty)
    }

    /// A text a template uses that the language file lacks is an error at the tag, naming the key and
    /// the nearest one, in every page that includes the template; the build stops there.
    @Test func aMissingTextIsAnErrorAtTheTag() throws {
        let footer = try #require(EmbeddedTheme.files.first { $0.path == "partials/footer.mustache" })
        let text = String(decoding: footer.bytes, as: UTF8.self)
            .replacingOccurrences(of: "{{t.footer.unduh_csv_dan_json}}", with: "{{t.footer.unduh_csv_dan_jsn}}")
        let (set, diagnostics) = load(["partials/footer.mustache": text])
        #expect(set == nil)
        #expect(diagnostics.map(\.code) == ["i18n.missing-key"])
        let d = try #require(diagnostics.first)
        let (line, column) = position(of: "{{t.footer.unduh_csv_dan_jsn}}", in: text)
        #expect(d.location == TinjauKit.SourceLocation(path: "templates/partials/footer.mustache", line: line, column: column))
        #expect(d.message.contains("`footer.unduh_csv_dan_jsn`"))
        #expect(d.message.contains(EmbeddedTheme.displayRoot + "/i18n/id.yml"))
        #expect(d.hint?.contains("`t.footer.unduh_csv_dan_json`") == true)
    }

    /// A project's language file overrides the default one whole: a key it leaves out is missing.
    @Test func aProjectLanguageFileReplacesTheDefaultOne() throws {
        let (set, diagnostics) = load(["i18n/id.yml": "header:\n  menu: Menu\n"])
        #expect(set == nil)
        #expect(diagnostics.allSatisfy { $0.code == "i18n.missing-key" && $0.message.contains("templates/i18n/id.yml") })
        #expect(diagnostics.count > 100)
    }

    /// The texts render where the tags are, escaped like every other value, and the groups nest.
    @Test func textsAreReadFromNestedGroups() throws {
        let (read, problems) = Translations.read(Array("a:\n  b:\n    c: \"x < y\"\n  d: D\n".utf8), path: "id.yml", language: "id")
        #expect(problems.isEmpty)
        let texts = try #require(read)
        #expect(texts.texts == ["a.b.c": "x < y", "a.d": "D"])
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: HTML}}{{t.a.b.c}}|{{t.a.d}}")
        MustacheContentTypes.register(FastHTMLContentType(), named: "HTML")
        #expect(template.render(PageContextProbe(texts: texts)) == "x &lt; y|D")
        let (bad, errors) = Translations.read(Array("a:\n  - x\n".utf8), path: "id.yml", language: "id")
        #expect(bad == nil)
        #expect(errors.map(\.code) == ["i18n.syntax"])
        #expect(errors.first?.location.line == 2)
    }

    @Test func aTypoInAPageTemplateIsAnErrorAtItsPlaceWithTheNearestName() throws {
        let program = embedded("program.mustache").replacingOccurrences(of: "{{scoringNote}}", with: "{{scoringNot}}")
        let (set, diagnostics) = load(["program.mustache": program])
        #expect(set == nil)
        let d = try #require(diagnostics.first { $0.code == "template.unknown-variable" })
        let (line, column) = position(of: "{{scoringNot}}", in: program)
        #expect(d.location == TinjauKit.SourceLocation(path: "templates/program.mustache", line: line, column: column))
        #expect(d.severity == .error)
        #expect(d.message == "`scoringNot` tidak ada di data halaman `program`; Mustache akan mencetaknya kosong")
        #expect(d.hint == "maksud Anda `scoringNote`?")
        #expect(d.message(in: .en) == "`scoringNot` is not in the data of the page `program`; Mustache would print nothing")
        #expect(d.hint(in: .en) == "did you mean `scoringNote`?")
        #expect(diagnostics.count == 1)
    }

    @Test func aNameWithNothingNearListsTheNamesAvailableThere() throws {
        let program = embedded("program.mustache").replacingOccurrences(of: "<h1>{{program.title}}</h1>", with: "<h1>{{judl}}</h1>")
        let (_, diagnostics) = load(["program.mustache": program])
        let d = try #require(diagnostics.first { $0.code == "template.unknown-variable" })
        #expect(d.location.line == position(of: "{{judl}}", in: program).line)
        #expect(d.message.hasPrefix("`judl` tidak ada di data halaman `program`"))
        // The page's own names first, then the shared ones.
        #expect(d.hint?.hasPrefix("nama yang tersedia di sini: `breadcrumbs`, `fields`, `hasIndicators`,") == true)
    }

    @Test func theIndonesianNameOfAFieldLeadsToItsTemplateName() throws {
        let program = embedded("program.mustache").replacingOccurrences(of: "<h1>{{program.title}}</h1>", with: "<h1>{{program.judul}}</h1>")
        let (_, diagnostics) = load(["program.mustache": program])
        let d = try #require(diagnostics.first { $0.code == "template.unknown-variable" })
        #expect(d.message == "`program.judul` tidak ada di data halaman `program`: `program` tidak punya `judul`; Mustache akan mencetaknya kosong")
        #expect(d.hint == "maksud Anda `title`?")
    }

    @Test func aDottedNameSaysWhichPartIsMissing() throws {
        let layout = embedded("layout.mustache").replacingOccurrences(of: "{{site.title}}", with: "{{site.titel}}")
        let (_, diagnostics) = load(["layout.mustache": layout])
        let unknown = diagnostics.filter { $0.code == "template.unknown-variable" }
        // Once per place, however many pages use the layout, naming them.
        #expect(unknown.count == layout.components(separatedBy: "{{site.titel}}").count - 1)
        let d = try #require(unknown.first)
        #expect(d.location.path == "templates/layout.mustache")
        #expect(
            d.message.hasPrefix(
                "`site.titel` tidak ada di data halaman `home`, `dimension-list`, `dimension`, `opd-list`, `opd`, … (20 halaman): "
                    + "`site` tidak punya `titel`"))
        #expect(d.hint == "maksud Anda `title`?")
        #expect(d.message(in: .en).contains("`site` has no `titel`"))
    }

    @Test func partialsAndTheBlocksAPageFillsAreCheckedWhereTheyAreWritten() throws {
        let figure = embedded("partials/figure.mustache").replacingOccurrences(of: "{{source}}", with: "{{sumber}}")
        let notFound = embedded("not-found.mustache").replacingOccurrences(of: "{{homeURL}}", with: "{{homeUrl}}")
        let (_, diagnostics) = load(["partials/figure.mustache": figure, "not-found.mustache": notFound])
        let unknown = diagnostics.filter { $0.code == "template.unknown-variable" }
        #expect(unknown.map(\.location.path) == ["templates/not-found.mustache", "templates/partials/figure.mustache"])
        #expect(unknown[0].hint == "maksud Anda `homeURL`?")
        // The figure partial is reached from every page that shows a number, in the context of a figure.
        #expect(unknown[1].message.contains("halaman `home`,"))
        #expect(unknown[1].hint?.hasPrefix("nama yang tersedia di sini: `hasValue`, `source`, `text`, `value`,") == true)
    }

    @Test func aProjectPartialIncludedByAnOverrideIsChecked() throws {
        let footer = "<footer>{{> partials/kontak}}</footer>\n"
        let (_, diagnostics) = load(["partials/footer.mustache": footer, "partials/kontak.mustache": "<p>{{site.organizer}}</p>\n"])
        let d = try #require(diagnostics.first { $0.code == "template.unknown-variable" })
        #expect(d.location == TinjauKit.SourceLocation(path: "templates/partials/kontak.mustache", line: 1, column: 4))
        #expect(d.hint == "maksud Anda `organiser`?")
    }

    @Test func firstAndLastWorkOnlyDirectlyInsideAList() throws {
        // Inside `{{#partners}}` (program.mustache) `last()` is fine; in a partial it is never set.
        let figure = embedded("partials/figure.mustache") + "{{^last()}}, {{/last()}}"
        let (_, diagnostics) = load(["partials/figure.mustache": figure])
        let d = try #require(diagnostics.first { $0.code == "template.unknown-variable" })
        #expect(d.message.hasPrefix("`last()` hanya berlaku langsung di dalam bagian sebuah daftar"))
        #expect(diagnostics.count == 1)
    }

    @Test func aSectionOverATypoIsReportedOnceNotForEveryNameInside() throws {
        let opd = embedded("opd.mustache").replacingOccurrences(of: "{{#partnered}}", with: "{{#partnerd}}")
            .replacingOccurrences(of: "{{/partnered}}", with: "{{/partnerd}}")
        let (_, diagnostics) = load(["opd.mustache": opd])
        #expect(diagnostics.map(\.code) == ["template.unknown-variable"])
        #expect(diagnostics.first?.hint == "maksud Anda `partnered`?")
    }

    @Test func theBuildStopsBeforeRenderingAndCheckSaysWhy() throws {
        let memory = InMemoryFileSystem(files: [
            "t/program.mustache": embedded("program.mustache").replacingOccurrences(of: "{{scoringNote}}", with: "{{catatan}}")
        ])
        let disk = LocalFileSystem()
        let root = fixtures + "/mini/content"
        for entry in try disk.listRecursively(root) where entry.kind == .file {
            try memory.write(try disk.read(root + "/" + entry.relativePath), to: "c/" + entry.relativePath)
        }
        let options = BuildOptions(contentDirectory: "c", templatesDirectory: "t", outputDirectory: "o")
        do {
            _ = try SiteBuilder(fileSystem: memory).prepare(options)
            Issue.record("expected a failure")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.filter { $0.severity == .error }.map(\.code) == ["template.unknown-variable"])
            #expect(failure.diagnostics.first?.location.path == "t/program.mustache")
        }
    }

    /// Every name the default theme uses is checked: each one, misspelt, is reported at its own place
    /// (so no tag sits where the check does not look, and none is accepted by accident). Names are
    /// misspelt a nesting level at a time, every name of the level at once (a misspelt section hides
    /// what is inside it, so levels are not mixed).
    @Test func everyNameOfTheShippedThemeIsChecked() {
        let sources = embeddedSources()
        let templates = sources.mapValues { TemplateChecker.Template(path: $0.path, tags: MustacheTokenizer.tags(in: $0.text)) }
        var checked = 0
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            // The names of the template by depth (sections around them).
            var levels: [[MustacheTag]] = []
            func collect(_ tags: [MustacheTag], depth: Int) {
                for tag in tags {
                    let opens = tag.kind == .section || tag.kind == .invertedSection
                    if [.variable, .section, .invertedSection].contains(tag.kind) && !tag.name.isEmpty && tag.name != "." {
                        while levels.count <= depth { levels.append([]) }
                        levels[depth].append(tag)
                    }
                    collect(tag.children, depth: depth + (opens ? 1 : 0))
                }
            }
            collect(templates[name]!.tags, depth: 0)
            for level in levels {
                var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                var expected: [TinjauKit.SourceLocation] = []
                for (line, tags) in Dictionary(grouping: level, by: \.line) {
                    // Right to left, so that each tag's column stays where it was; `Xq` moves the later ones by 2.
                    for tag in tags.sorted(by: { $0.column > $1.column }) {
                        let text = lines[line - 1]
                        let start = text.index(text.startIndex, offsetBy: tag.column - 1)
                        let range = text.range(of: tag.name, range: start..<text.endIndex)!
                        lines[line - 1] = text.replacingCharacters(in: range, with: tag.name + "Xq")
                    }
                    let columns = tags.map(\.column).sorted()
                    for (index, column) in columns.enumerated() {
                        expected.append(TinjauKit.SourceLocation(path: source.path, line: line, column: column + 2 * index))
                    }
                }
                var mutated = templates
                mutated[name] = TemplateChecker.Template(path: source.path, tags: MustacheTokenizer.tags(in: lines.joined(separator: "\n")))
                let reported = Set(TemplateChecker(templates: mutated).diagnostics().map(\.location))
                for location in expected {
                    #expect(reported.contains(location), "\(location.path):\(location.line):\(location.column): a misspelt name is not reported")
                }
                checked += expected.count
            }
        }
        #expect(checked > 500, "\(checked) names")
    }

    // MARK: - The tokenizer

    @Test func theTokenizerReadsTheThemesTagsWithTheirPositions() {
        let text =
            "{{% CONTENT_TYPE: HTML}}\n<p>é {{{svg}}} {{& raw }}</p>{{! a comment {{x}} }}\n"
            + "{{#rows}}{{^last()}}, {{/last()}}{{/rows}}{{> partials/figure}}\n"
            + "{{<layout}}{{$main}}{{site.title}}{{/main}}{{/layout}}{{=<% %>=}}<%name%><%={{ }}=%>{{uppercased(a.b)}}"
        let tags = MustacheTokenizer.tags(in: text)
        #expect(tags.map(\.kind) == [.variable, .variable, .section, .partial, .parent, .variable, .variable])
        #expect(tags[0].name == "svg" && tags[0].line == 2 && tags[0].column == 6)
        #expect(tags[1].name == "raw" && tags[1].column == 16)
        #expect(tags[2].name == "rows" && tags[2].children.first?.name == "" && tags[2].children.first?.transforms == ["last"])
        #expect(tags[3].name == "partials/figure")
        #expect(tags[4].name == "layout" && tags[4].children.first?.kind == .block && tags[4].children.first?.children.first?.name == "site.title")
        #expect(tags[5].name == "name" && tags[5].line == 4)
        #expect(tags[6].name == "a.b" && tags[6].transforms == ["uppercased"])
    }
}

/// A context that answers `t` alone, as ``PageContext`` does first.
private struct PageContextProbe: MustacheParent {
    let texts: Translations
    func child(named name: String) -> Any? { name == "t" ? texts.root : nil }
}
