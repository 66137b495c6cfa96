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
            "nav.brace": "a {b}", "t": "akar",
        ])

    static func resolved(_ source: String, parents: [String: String] = [:]) -> String {
        TemplateTextResolver.resolving(source, with: texts, parents: parents.mapValues(TemplateTextResolver.blockEscaping))
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
        for tag in ["{{t.nav.blank}}", "{{t.nav.multi}}", "{{t.nav.brace}}", "{{t.nav}}", "{{t.nav.nothing}}", "{{uppercased(t.nav.menu)}}", "{{t}}"]
        {
            #expect(Self.resolved(html + tag) == html + tag)
        }
        #expect(Self.resolved(html + "{{#t.nav}}{{t.nav.menu}}{{/t.nav}}") == html + "{{#t.nav}}{{t.nav.menu}}{{/t.nav}}")
        #expect(Self.resolved(html + "{{#rows}}{{t.nav.menu}}{{/rows}}") == html + "{{#rows}}Menu &amp; isi{{/rows}}")
        #expect(Self.resolved(html + "{{t.nav.menu}}{{=<% %>=}}<%t.nav.menu%>") == html + "{{t.nav.menu}}{{=<% %>=}}<%t.nav.menu%>")
        #expect(
            Self.resolved(html + "{{#x}}{{% CONTENT_TYPE: TEXT}}{{/x}}{{t.nav.menu}}") == html + "{{#x}}{{% CONTENT_TYPE: TEXT}}{{/x}}{{t.nav.menu}}")
    }

    /// A block that overrides a parent's is rendered where the parent opens it: with the parent's
    /// content type there, whatever the child's own; unknown (left as tags) for a parent not known.
    @Test func overridesTakeTheParentsContentType() {
        let parents = ["layout": "{{% CONTENT_TYPE: HTML}}<main>{{$main}}{{/main}}</main>", "plain": "{{% CONTENT_TYPE: TEXT}}{{$main}}{{/main}}"]
        #expect(
            Self.resolved("{{% CONTENT_TYPE: TEXT}}{{<layout}}{{$main}}{{t.nav.menu}}{{/main}}{{/layout}}", parents: parents)
                == "{{% CONTENT_TYPE: TEXT}}{{<layout}}{{$main}}Menu &amp; isi{{/main}}{{/layout}}")
        #expect(
            Self.resolved("{{% CONTENT_TYPE: HTML}}{{<plain}}{{$main}}{{t.nav.menu}}{{/main}}{{/plain}}", parents: parents)
                == "{{% CONTENT_TYPE: HTML}}{{<plain}}{{$main}}Menu & isi{{/main}}{{/plain}}")
        #expect(
            Self.resolved("{{% CONTENT_TYPE: HTML}}{{<other}}{{$main}}{{t.nav.menu}}{{/main}}{{/other}}", parents: parents)
                == "{{% CONTENT_TYPE: HTML}}{{<other}}{{$main}}{{t.nav.menu}}{{/main}}{{/other}}")
        // The parent's own default content is its own.
        #expect(
            Self.resolved(parents["layout"]!.replacingOccurrences(of: "{{$main}}", with: "{{$main}}{{t.nav.menu}}"), parents: parents)
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
