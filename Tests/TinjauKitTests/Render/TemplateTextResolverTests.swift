import Foundation
import Mustache
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The interface texts written into the templates when the theme is loaded
/// (``TemplateTextResolver``) change no byte of any page, and are left as tags wherever writing
/// them in could.
@Suite("Interface texts written into templates")
struct TemplateTextResolverTests {
    static let texts = Translations(
        language: "id",
        texts: [
            "nav.menu": "Menu & isi", "nav.quote": "Kata \"kunci\" <b>", "nav.blank": "  ", "nav.multi": "baris\nkedua",
            "nav.brace": "a {b}", "nav.indented": "  Halo", "nav.separator": "a\u{2028}b", "nav.prepend": "A\u{0600}", "nav.mark": "\u{0301}x",
            "nav.flag": "\u{1F1EE}\u{1F1E9}", "t": "akar",
        ])

    static func resolved(_ source: String, parents: [String: String] = [:]) -> String {
        TemplateTextResolver.resolving(source, with: texts, blocks: TemplateTextResolver.blockEscaping(parents) ?? [:])
    }

    /// Every page of the shipped review (both editions, `id` and `en`) and of the mini fixture is the
    /// same with the texts written in as with the templates as written.
    @Test(arguments: [packageRoot + "/content", fixtures + "/mini/content"])
    func everyPageIsTheSameWithTheTextsWrittenIn(content: String) throws {
        var analysis = try SiteBuilder().analyse(BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates))
        #expect(analysis.templates.resolved.count == analysis.templates.translations.count)
        let written = try SiteRenderer(analysis).render()
        analysis.templates.resolved = [:]
        let asWritten = try SiteRenderer(analysis).render()
        #expect(written.map(\.path) == asWritten.map(\.path))
        var pages = 0
        for (a, b) in zip(written, asWritten) where a.path.hasSuffix(".html") {
            pages += 1
            #expect(a.materialised().bytes == b.materialised().bytes, "\(a.path)")
        }
        #expect(pages > 10)
    }

    /// In the shipped theme every text is written in but those with braces: no template keeps
    /// another `{{t.…}}` tag.
    @Test func theShippedThemeKeepsNoTextTag() throws {
        let fs = LocalFileSystem()
        var sources: [String: String] = [:]
        for entry in try fs.listRecursively(shippedTemplates) where entry.relativePath.hasSuffix(".mustache") {
            sources[String(entry.relativePath.dropLast(9))] = String(
                decoding: try fs.read(shippedTemplates + "/" + entry.relativePath), as: UTF8.self)
        }
        for language in ["id", "en"] {
            let path = shippedTemplates + "/i18n/\(language).yml"
            let texts = try #require(Translations.read(try fs.read(path), path: path, language: language).0)
            let written = TemplateTextResolver.resolving(sources, with: texts)
            #expect(sources["program"]?.contains("{{t.") == true)
            // Left as tags: only texts with braces (the search script's `{n}` placeholders).
            for (name, text) in written.sorted(by: { $0.key < $1.key }) {
                for tag in text.components(separatedBy: "{{t.").dropFirst() {
                    let key = String(tag.prefix { $0 != "}" })
                    #expect(texts.texts[key]?.contains("{") == true, "\(language): \(name): t.\(key)")
                }
            }
        }
    }

    /// A text is escaped as the tag's content type escapes it, written raw for `{{{…}}}` and
    /// `{{&…}}`, and left as a tag before any content type (swift-mustache's own escaping).
    @Test func textsAreEscapedAsTheirTagWould() {
        #expect(
            Self.resolved("{{% CONTENT_TYPE: HTML}}<p>{{t.nav.menu}}|{{ t.nav.quote }}|{{{t.nav.quote}}}|{{& t.nav.quote}}</p>")
                == "{{% CONTENT_TYPE: HTML}}<p>Menu &amp; isi|Kata &quot;kunci&quot; &lt;b&gt;|Kata \"kunci\" <b>|Kata \"kunci\" <b></p>")
        #expect(Self.resolved("{{% CONTENT_TYPE: TEXT}}{{t.nav.quote}}") == "{{% CONTENT_TYPE: TEXT}}Kata \"kunci\" <b>")
        #expect(Self.resolved("{{t.nav.menu}}{{{t.nav.menu}}}") == "{{t.nav.menu}}Menu & isi")
    }

    /// Tags that could read differently written in stay tags: blank, multi-line or braced texts, a
    /// group, a missing key, transforms, a `t` section, a changed delimiter, a content type set in a
    /// section.
    @Test func tagsThatCouldReadDifferentlyStay() {
        let html = "{{% CONTENT_TYPE: HTML}}"
        for tag in [
            "{{t.nav.blank}}", "{{t.nav.indented}}", "{{t.nav.separator}}", "{{t.nav.multi}}", "{{t.nav.brace}}", "{{t.nav}}", "{{t.nav.nothing}}",
            "{{uppercased(t.nav.menu)}}", "{{t}}",
        ] {
            #expect(Self.resolved(html + tag) == html + tag)
        }
        // Texts whose ends would join the template's characters around them (found by a break-it trial).
        #expect(Self.resolved(html + "{{t.nav.prepend}}{{site}}") == html + "{{t.nav.prepend}}{{site}}")
        #expect(Self.resolved(html + "\n  {{t.nav.mark}}|") == html + "\n  {{t.nav.mark}}|")
        #expect(Self.resolved(html + "<p>{{t.nav.flag}}</p>") == html + "<p>{{t.nav.flag}}</p>")
        #expect(Self.resolved(html + "{{#t.nav}}{{t.nav.menu}}{{/t.nav}}") == html + "{{#t.nav}}{{t.nav.menu}}{{/t.nav}}")
        #expect(Self.resolved(html + "{{#rows}}{{t.nav.menu}}{{/rows}}") == html + "{{#rows}}Menu &amp; isi{{/rows}}")
        #expect(Self.resolved(html + "{{t.nav.menu}}{{=<% %>=}}<%t.nav.menu%>") == html + "{{t.nav.menu}}{{=<% %>=}}<%t.nav.menu%>")
        #expect(
            Self.resolved(html + "{{#x}}{{% CONTENT_TYPE: TEXT}}{{/x}}{{t.nav.menu}}") == html + "{{#x}}{{% CONTENT_TYPE: TEXT}}{{/x}}{{t.nav.menu}}")
    }

    /// A block that overrides a parent's is rendered where the block is drawn: with the content type
    /// there, whatever the child's own; unknown (left as tags) where the block is drawn under two
    /// content types (in the parent and a partial of it) or nowhere known.
    @Test func overridesTakeTheContentTypeWhereTheBlockIsDrawn() {
        let layout = ["layout": "{{% CONTENT_TYPE: HTML}}<main>{{$main}}{{/main}}</main>"]
        let plain = ["plain": "{{% CONTENT_TYPE: TEXT}}{{$main}}{{/main}}"]
        #expect(
            Self.resolved("{{% CONTENT_TYPE: TEXT}}{{<layout}}{{$main}}{{t.nav.menu}}{{/main}}{{/layout}}", parents: layout)
                == "{{% CONTENT_TYPE: TEXT}}{{<layout}}{{$main}}Menu &amp; isi{{/main}}{{/layout}}")
        #expect(
            Self.resolved("{{% CONTENT_TYPE: HTML}}{{<plain}}{{$main}}{{t.nav.menu}}{{/main}}{{/plain}}", parents: plain)
                == "{{% CONTENT_TYPE: HTML}}{{<plain}}{{$main}}Menu & isi{{/main}}{{/plain}}")
        for parents in [[:], layout.merging(plain) { a, _ in a }, layout.merging(["partials/x": "{{$main}}{{/main}}"]) { a, _ in a }] {
            #expect(
                Self.resolved("{{% CONTENT_TYPE: HTML}}{{<layout}}{{$main}}{{t.nav.menu}}{{/main}}{{/layout}}", parents: parents)
                    == "{{% CONTENT_TYPE: HTML}}{{<layout}}{{$main}}{{t.nav.menu}}{{/main}}{{/layout}}")
        }
        // The parent's own default content is its own.
        #expect(
            Self.resolved(layout["layout"]!.replacingOccurrences(of: "{{$main}}", with: "{{$main}}{{t.nav.menu}}"), parents: layout)
                == "{{% CONTENT_TYPE: HTML}}<main>{{$main}}Menu &amp; isi{{/main}}</main>")
    }

    /// `t` is the page's texts at every depth: no view model a page shows has a field `t`.
    @Test func noViewModelHasAFieldNamedT() {
        var seen: Set<String> = []
        var names: [String] = []
        func visit(_ value: TemplateValue) {
            switch value {
            case .model(let type):
                guard seen.insert(String(describing: type)).inserted else { return }
                for (name, field) in TemplateValue.fields(of: type) {
                    names.append(name)
                    visit(field)
                }
            case .list(let element): visit(element)
            default: break
            }
        }
        visit(.model(CommonModel.self))
        for template in PageKind.Template.allCases { visit(.model(template.model)) }
        #expect(seen.count > 20)
        #expect(!names.isEmpty && !names.contains("t"))
    }
}
