import Testing

@testable import TinjauKit

/// Parses, validates, aggregates and renders the bodies of an in-memory site.
func renderBodies(_ files: [String: String]) throws -> (RenderedBodies, [Diagnostic]) {
    let (parsed, parseDiagnostics) = check(files)
    let content = try #require(parsed)
    #expect(!parseDiagnostics.hasErrors, "\(parseDiagnostics)")
    let (aggregates, _) = ScoreAggregator(settings: content.config.scoring).aggregate(content)
    return BodyRenderer(contentDirectory: "c", extraSitePaths: ["assets/style.css"]).render(content, aggregates: aggregates)
}

@Suite("Markdown bodies: links, charts, tables")
struct BodyTests {
    @Test func contentLinksBecomeRelativePermalinks() throws {
        let (content, diagnostics) = try renderBodies([
            "opd/dinas-a/a.md": programFile(
                body: "Lihat [B](b.md#indikator), [OPD](_index.md), [pengantar](/halaman/pengantar.md) dan [beranda](/)."),
            "opd/dinas-a/b.md": programFile(),
            "halaman/pengantar.md": "---\njudul: Pengantar\n---\nKe [program A](../opd/dinas-a/a.md) dan [dimensi](/dimensi/governance/).\n",
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let a = try #require(content.programs["dinas-a/a"])
        #expect(a.contains("href=\"../../../opd/dinas-a/b/index.html#indikator\""))
        #expect(a.contains("href=\"../../../opd/dinas-a/index.html\""))
        #expect(a.contains("href=\"../../../halaman/pengantar/index.html\""))
        #expect(a.contains("href=\"../../../index.html\""))
        let page = try #require(content.pages["pengantar"])
        #expect(page.contains("href=\"../../opd/dinas-a/a/index.html\""))
        #expect(page.contains("href=\"../../dimensi/governance/index.html\""))
    }

    @Test func brokenInternalLinksAreErrorsAtTheirPosition() throws {
        let (_, diagnostics) = try renderBodies([
            "opd/dinas-a/a.md": programFile(body: "Baris satu.\n\nLihat [X](lapor-bantl.md) dan [Y](../tidak-ada/).\n"),
            "opd/dinas-a/lapor-bantul.md": programFile(),
        ])
        let broken = diagnostics.filter { $0.code == "link.broken" }
        #expect(broken.count == 2)
        // The body starts on line 6 of the file; the link is on its third line, column 7.
        #expect(broken.first?.location == SourceLocation(path: "c/opd/dinas-a/a.md", line: 8, column: 7))
        #expect(broken.first?.hint?.contains("maksud Anda `lapor-bantul.md`?") == true)
    }

    @Test func externalAndUnsafeLinks() throws {
        let (content, diagnostics) = try renderBodies([
            "opd/dinas-a/a.md": programFile(
                body: "[web](https://bantulkab.go.id) [mail](mailto:a@b.id) [js](javascript:alert(1)) [d](data:text/html,x) <b onclick=\"x\">b</b>")
        ])
        // Nothing is removed silently: each unsafe link and the raw HTML get a warning at their position.
        #expect(diagnostics.map(\.code) == ["link.unsafe", "link.unsafe", "markdown.raw-html"])
        #expect(diagnostics.map(\.location.column) == [54, 80, 102])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        let html = try #require(content.programs["dinas-a/a"])
        #expect(html.contains("href=\"https://bantulkab.go.id\""))
        #expect(html.contains("href=\"mailto:a@b.id\""))
        #expect(!html.contains("javascript:") && !html.contains("data:text") && !html.contains("onclick"))
    }

    @Test func chartAndCSVBlocksBecomeTrustedHTML() throws {
        let (content, diagnostics) = try renderBodies([
            "halaman/h.md": "---\njudul: H\n---\n```chart\nradar\n```\n\n```csv\nOPD,Program,Anggaran\n\"Dinas A, B\",3,Rp1.000\n<b>x</b>,1,2\n```\n"
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let html = try #require(content.pages.values.first)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-radar\""))
        #expect(html.contains("<th scope=\"col\">OPD</th><th scope=\"col\">Program</th><th scope=\"col\">Anggaran</th>"))
        #expect(html.contains("<th scope=\"row\">Dinas A, B</th><td class=\"num\">3</td><td class=\"num\">Rp1.000</td>"))
        #expect(html.contains("<th scope=\"row\">&lt;b&gt;x&lt;/b&gt;</th>"))
    }

    @Test func unknownChartIsAnError() throws {
        let (_, diagnostics) = try renderBodies(["halaman/h.md": "---\njudul: H\n---\n\n```chart\nrader\n```\n"])
        let d = diagnostics.first { $0.code == "chart.unknown" }
        #expect(d?.location == SourceLocation(path: "c/halaman/h.md", line: 5, column: 1))
        #expect(d?.hint?.contains("maksud Anda `radar`?") == true)
    }

    @Test func githubSyntaxGetsAWarningWithAHint() throws {
        let (content, diagnostics) = try renderBodies([
            "opd/dinas-a/a.md": programFile(body: "| a | b |\n|---|---|\n| 1 | 2 |\n\nTeks ~~lama~~ baru[^1].\n\n[^1]: catatan\n")
        ])
        #expect(content.programs["dinas-a/a"]?.contains("baru^1.") == true)
        let codes = diagnostics.map(\.code).sorted()
        #expect(codes == ["markdown.footnote", "markdown.strikethrough", "markdown.table"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }
}

@Suite("Live values in narrative pages")
struct LiveValueTests {
    @Test func scoresAndCountsAreFilledInAndTyposAreErrors() throws {
        let (content, diagnostics) = try renderBodies([
            "opd/dinas-a/a.md": programFile(),
            "opd/dinas-a/b.md": "---\njudul: B\ndimensi: governance\nstatus: tertunda\nanggaran: 2500000\nalasan_tunda: COVID-19\n---\n",
            "halaman/h.md":
                "---\njudul: H\n---\nTata kelola {{skor.governance}} ({{ pecahan.governance }}), tertunda {{anggaran.tertunda}}.\n\nLingkungan {{skor.environment}}; {{skor.governnce}}.\n",
        ])
        let html = try #require(content.pages.values.first)
        #expect(html.contains("<p>Tata kelola 50% (1/2), tertunda Rp2.500.000.</p>"))
        #expect(html.contains("Lingkungan belum ada program; {{skor.governnce}}."))
        let d = try #require(diagnostics.first { $0.code == "value.live-unknown" })
        #expect(d.location == SourceLocation(path: "c/halaman/h.md", line: 6, column: 34))
        #expect(d.hint?.contains("maksud Anda `{{skor.governance}}`?") == true)
    }
}

/// After the Markdown stage the build drops the programmes' sources (``ReviewContent/releaseProgramBodies()``):
/// what is read after it (whether a body exists, the indexes) must not change.
@Suite struct ReleasedBodyTests {
    @Test func releasingKeepsWhetherThereWasABodyAndTheIndexes() throws {
        let (parsed, diagnostics) = check([
            "opd/dinas-a/a.md": programFile(body: "Teks program A.").replacingOccurrences(of: "Program Uji", with: "Program A"),
            "opd/dinas-a/b.md": programFile(body: "").replacingOccurrences(of: "Program Uji", with: "Program B"),
            "opd/dinas-a/c.md": programFile().replacingOccurrences(of: "Program Uji", with: "Program C"),
        ])
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        var content = try #require(parsed)
        let before = content.programs.map { ($0.id, $0.body.hasText, $0.body.path, $0.body.firstLine) }
        #expect(before[0].1)
        content.releaseProgramBodies()
        #expect(content.programs.allSatisfy { $0.body.text.isEmpty })
        #expect(content.programs.map { ($0.id, $0.body.hasText, $0.body.path, $0.body.firstLine) }.elementsEqual(before) { $0 == $1 })
        #expect(content.position(ofProgram: "dinas-a/c") == 2)
        #expect(content.programs(ofOPD: "dinas-a").map(\.slug) == ["a", "b", "c"])
    }
}
