import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The chart gallery: small reviews under `Fixtures/galeri/<scenario>/content` that hold every edge of the
/// charts (long names without `singkatan`, 0 of 0, exactly 0 % and 100 %, an indicator beyond its target,
/// a single programme, OPD and dimension, 45 OPDs, 21 years, 24 elements, 22 sources of funds). Every chart
/// the site would draw for them is recorded as a golden SVG under `Fixtures/galeri/<scenario>/expected/`
/// and must lay its text out cleanly; `docs/gallery/index.html` shows them all on one page.
/// Re-record with `TINJAU_RECORD=1 swift test --skip-build --disable-xctest --filter ChartGalleryTests`.
@Suite("Chart gallery")
struct ChartGalleryTests {
    static let scenarios = ["tepi", "satu-program", "besar"]

    static func charts(_ scenario: String) throws -> (analysis: SiteBuilder.Analysis, charts: [(name: String, chart: DrawnChart)]) {
        let options = BuildOptions(
            contentDirectory: fixtures + "/galeri/\(scenario)/content", templatesDirectory: shippedTemplates,
            outputDirectory: "unused")
        let analysis = try SiteBuilder().analyse(options)
        return (analysis, ChartBuilder(content: analysis.content, aggregates: analysis.aggregates).allCharts(idPrefix: scenario + "-"))
    }

    @Test(arguments: scenarios)
    func everyChartMatchesItsGoldenSVGAndNoTextCrossesTheViewBoxOrAnotherLabel(scenario: String) throws {
        let (analysis, charts) = try Self.charts(scenario)
        #expect(analysis.diagnostics.isEmpty, "\(analysis.diagnostics.map(\.description))")
        for (name, chart) in charts {
            #expect(chart.layout.problems().isEmpty, "\(scenario)/\(name): \(chart.layout.problems().joined(separator: "; "))")
        }
        try Snapshot.assertFolder(
            fixtures + "/galeri/\(scenario)/expected",
            matches: charts.map { (path: "\($0.name).svg", bytes: Array(($0.chart.svg + "\n").utf8)) })
    }

    /// Beyond 20 OPDs, elements or sources a bar chart draws 20 bars and counts the rest; the heat map
    /// draws 40 OPDs; a timeline of 21 years has years as rows, in the chart and in its table.
    @Test func aLargeReviewsChartsKeepToTheirLimits() throws {
        let (analysis, charts) = try Self.charts("besar")
        #expect(analysis.content.opds.count == 45)
        let svg = Dictionary(uniqueKeysWithValues: charts.map { ($0.name, $0.chart.svg) })
        func count(_ needle: String, in name: String) -> Int { svg[name]!.components(separatedBy: needle).count - 1 }
        #expect(count("class=\"bar-label\"", in: "opd") == 20)
        #expect(svg["opd"]!.contains(">25 OPD lainnya tidak digambar: lihat tabel</text>"))
        #expect(count("class=\"bar-label\"", in: "anggaran-opd") == 20)
        #expect(svg["anggaran-opd"]!.contains(">25 OPD lainnya tidak digambar: lihat tabel</text>"))
        #expect(svg["anggaran-sumber"]!.contains(">2 sumber dana lainnya tidak digambar: lihat tabel</text>"))
        #expect(svg["elemen-governance"]!.contains(">4 elemen lainnya tidak digambar: lihat tabel</text>"))
        #expect(count("class=\"row-label\"", in: "opd-dimensi") == ChartBuilder.heatMapRowLimit)
        #expect(count("class=\"row-label\"", in: "linimasa") == 21)
        #expect(count("class=\"col-label\"", in: "linimasa") == 6)
        // The bars are the 20 leading the most programmes, highest score first.
        let scores = svg["opd"]!.components(separatedBy: "<text class=\"bar-value\"").dropFirst()
            .compactMap { $0.split(separator: ">", maxSplits: 1).last?.split(separator: "%").first.flatMap { Int($0) } }
        #expect(scores.count == 20 && scores == scores.sorted(by: >), "\(scores)")
        for (name, chart) in svg { #expect(chart.utf8.count < 60_000, "\(name): \(chart.utf8.count) bytes") }
        let options = BuildOptions(
            contentDirectory: fixtures + "/galeri/besar/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let files = try SiteBuilder().prepare(options).files
        let list = String(decoding: try #require(files.first { $0.path == "program/index.html" }).bytes, as: UTF8.self)
        #expect(list.contains("<thead><tr><th scope=\"col\">Tahun</th><th scope=\"col\" class=\"num\">Tata Kelola</th>"))
        // A ```chart opd-dimensi``` block in a narrative page keeps the same limit.
        let page = String(decoding: try #require(files.first { $0.path == "halaman/grafik/index.html" }).bytes, as: UTF8.self)
        #expect(page.components(separatedBy: "class=\"row-label\"").count - 1 == ChartBuilder.heatMapRowLimit + 21)
    }

    /// `docs/gallery/index.html` shows every chart of every scenario, with the theme's stylesheet, so that
    /// a person can look at all of them at once (in a browser at 360 and 1280 px).
    @Test func theGalleryPageShowsEveryChartAndIsUpToDate() throws {
        var sections = ""
        var count = 0
        for scenario in Self.scenarios {
            let (analysis, charts) = try Self.charts(scenario)
            let config = analysis.content.config
            sections +=
                "<section aria-labelledby=\"\(scenario)\">\n<h2 id=\"\(scenario)\">\(HTML.escape(scenario)): \(HTML.escape(config.title))</h2>\n"
            sections += "<p>\(HTML.escape(config.description ?? ""))</p>\n<div class=\"gallery\">\n"
            for (name, chart) in charts {
                count += 1
                sections +=
                    "<figure class=\"chart-figure\">\n\(chart.svg)\n<figcaption><code>\(scenario)/expected/\(name).svg</code></figcaption>\n</figure>\n"
            }
            sections += "</div>\n</section>\n"
        }
        let page = """
            <!DOCTYPE html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Galeri grafik tinjau</title>
            <link rel="stylesheet" href="../../templates/assets/style.css">
            <style>
            .gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 2rem; align-items: start; }
            .gallery figure { border-top: 1px solid var(--line); padding-top: .5rem; min-width: 0; }
            </style>
            </head>
            <body>
            <main class="wrap">
            <h1>Galeri grafik</h1>
            <p>Setiap grafik yang dibuat situs untuk tiga review uji di <code>Tests/TinjauKitTests/Fixtures/galeri/</code> (\(count) grafik), dengan lembar gaya tema bawaan. Dibuat oleh <code>ChartGalleryTests</code>; rekam ulang dengan <code>TINJAU_RECORD=1 swift test --skip-build --disable-xctest --filter ChartGalleryTests</code>.</p>
            \(sections)</main>
            </body>
            </html>

            """
        let path = packageRoot + "/docs/gallery/index.html"
        try Snapshot.assertFile(path, matches: page)
    }
}
