import Foundation
import Testing

@testable import TinjauKit

/// The text measurer and the label layout of the charts (issue: labels measured and laid out, not guessed).
@Suite("Chart text: measuring, wrapping, cutting, layout")
struct ChartTextTests {
    let regular = ChartFont(size: 10), bold14 = ChartFont(size: 14, bold: true)
    static let longName = "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"

    /// Widths checked by hand against the table (thousandths of an em, the wider of DejaVu Sans and
    /// Liberation Sans) times the size times the 5 % margin.
    @Test func widthsAreTheTableTimesTheSizeAndTheMargin() {
        // `i` is 278 thousandths in DejaVu Sans Book (Liberation Sans: 222).
        #expect(abs(TextMeasurer.width("iii", font: regular) - 3 * 0.278 * 10 * 1.05) < 1e-9)
        // `W` bold is 1104 thousandths (Liberation Sans Bold, wider than DejaVu Sans Bold's 1047).
        #expect(abs(TextMeasurer.width("W", font: bold14) - 1.104 * 14 * 1.05) < 1e-9)
        // T 683 + a 675 + t 478 + a 675 + space 349 + K 775 + e 678 + l 343 + o 687 + l 343 + a 675 = 6364, bold.
        #expect(abs(TextMeasurer.width("Tata Kelola", font: bold14) - 6.364 * 14 * 1.05) < 1e-9)
        #expect(TextMeasurer.width("", font: regular) == 0)
    }

    @Test func graphemeClustersAreMeasuredWhole() {
        // A combining acute accent adds nothing; an emoji family (seven scalars) is one 1,3 em glyph;
        // a character outside the table (CJK) is one em.
        #expect(TextMeasurer.width("Cafe\u{301}", font: regular) == TextMeasurer.width("Cafe", font: regular))
        #expect(abs(TextMeasurer.width("👩‍👩‍👧", font: regular) - 1.3 * 10 * 1.05) < 1e-9)
        #expect(abs(TextMeasurer.width("漢", font: regular) - 1.0 * 10 * 1.05) < 1e-9)
    }

    @Test func cuttingKeepsWholeGraphemeClustersAndDropsTrailingPunctuation() {
        let cafe = "Cafe\u{301} Kopi"
        let cut = TextMeasurer.truncate(cafe, to: TextMeasurer.width("Cafe\u{301}…", font: regular) + 0.1, font: regular)
        #expect(cut == "Cafe\u{301}…")
        #expect(Array(cut.dropLast()) == Array(cafe.prefix(4)))  // the accent stays with its e
        let emoji = TextMeasurer.truncate("AB👩‍👩‍👧CD", to: TextMeasurer.width("AB…", font: regular) + 1, font: regular)
        #expect(emoji == "AB…")
        #expect(TextMeasurer.truncate("Dinas A, Dinas B", to: TextMeasurer.width("Dinas A,…", font: regular), font: regular) == "Dinas A…")
        #expect(TextMeasurer.truncate("pendek", to: 100, font: regular) == "pendek")
        #expect(TextMeasurer.truncate("abc", to: 1, font: regular) == "…")
    }

    @Test func aCutInTheMiddleKeepsTheEndThatTellsLabelsApart() {
        let font = ChartFont(size: 13)
        let a = TextMeasurer.truncateMiddle("Kapanewon Wilayah Pelayanan Masyarakat Terpadu Nomor 3", to: 170, font: font)
        let b = TextMeasurer.truncateMiddle("Kapanewon Wilayah Pelayanan Masyarakat Terpadu Nomor 12", to: 170, font: font)
        #expect(a == "Kapanewon…Nomor 3" || a.hasSuffix("Nomor 3"))
        #expect(b.hasSuffix("Nomor 12") && b.contains("…"))
        #expect(a != b)
        #expect(TextMeasurer.width(b, font: font) <= 170)
    }

    /// Two long names that differ only at the end must not be cut into the same label.
    @Test func labelsThatACutWouldMakeAlikeAreCutInTheMiddle() {
        let names = (3...4).map { "Kapanewon Wilayah Pelayanan Masyarakat Terpadu Kabupaten Galeri Nomor \($0 * 3)" }
        let bars = BarChart(id: "b", title: "T", description: "D", data: names.map { ChartDatum(label: $0, percent: 50, valueText: "Rp9,53 miliar") })
            .draw()
        let shown = bars.layout.labels.filter { $0.cssClass == "bar-label" }.map(\.text)
        #expect(shown.count == 2 && shown[0] != shown[1] && shown[0].hasSuffix("Nomor 9") && shown[1].hasSuffix("Nomor 12"), "\(shown)")
        #expect(bars.layout.problems().isEmpty)
        let heat = HeatMapChart(id: "h", title: "T", description: "D", rows: names, columns: ["A"], values: [[1], [2]]).draw()
        let rows = heat.layout.labels.filter { $0.cssClass == "row-label" }.map(\.text)
        #expect(rows[0] != rows[1] && rows[1].hasSuffix("Nomor 12"), "\(rows)")
        #expect(TextMeasurer.ambiguousCuts(labels: ["Dinas A Satu", "Dinas B"], shown: ["Dinas A…", nil]) == [])
        #expect(TextMeasurer.ambiguousCuts(labels: ["Dinas A Satu", "Dinas A Dua"], shown: ["Dinas A…", "Dinas A…"]) == [0, 1])
    }

    /// The example: the 93-character name of an OPD without `singkatan` beside `50% (1/2)` in a
    /// 360-unit bar chart. Two lines, each beside the value, the rest cut with `…`.
    @Test func theLongOPDNameWrapsToTwoLinesBesideItsValueAndIsCut() {
        let room = 352 - (TextMeasurer.width("50% (1/2)", font: bold14) + 12)
        let fitted = TextMeasurer.wrap(Self.longName, widths: [room, room], font: bold14)
        #expect(fitted.lines == ["Dinas Pemberdayaan", "Perempuan, Perlindungan An…"])
        #expect(fitted.cut)
        for line in fitted.lines { #expect(TextMeasurer.width(line, font: bold14) <= room) }
        #expect(TextMeasurer.wrap("Tata Kelola", widths: [room, room], font: bold14) == (["Tata Kelola"], false))
        // A word wider than a line is broken between graphemes, not left to run over.
        let word = TextMeasurer.wrap(String(repeating: "W", count: 40), widths: [100, 100], font: bold14)
        #expect(word.lines.count == 2 && word.cut && word.lines.allSatisfy { TextMeasurer.width($0, font: bold14) <= 100 })
    }

    @Test func theBarChartKeepsTheFullNameInTheLabelsTitleAndNoTextCrossesTheViewBoxOrAnotherLabel() {
        let chart = BarChart(
            id: "b", title: "T", description: "D",
            data: [
                ChartDatum(label: Self.longName, percent: 50, valueText: "50% (1/2)"),
                ChartDatum(label: "Bappeda", percent: nil, valueText: "belum ada program", title: "Badan Perencanaan Pembangunan Daerah"),
                ChartDatum(label: "Diskominfo", percent: 100, valueText: "100% (3/3)"),
                ChartDatum(label: "Dishub", percent: 0, valueText: "0% (0/3)"),
            ], more: "280 OPD lainnya tidak digambar: lihat tabel"
        ).draw()
        #expect(chart.layout.problems().isEmpty, "\(chart.layout.problems())")
        #expect(
            chart.svg.contains(
                "<text class=\"bar-label\" x=\"4\" y=\"19\"><title>\(Self.longName)</title><tspan x=\"4\">Dinas Pemberdayaan</tspan><tspan x=\"4\" dy=\"17\">Perempuan, Perlindungan An…</tspan></text>"
            ))
        #expect(chart.svg.contains("<title>Badan Perencanaan Pembangunan Daerah</title>Bappeda</text>"))
        // The second row starts 17 units lower than with a one-line label above it: 4 + 46 + 17.
        #expect(chart.svg.contains("<text class=\"bar-label\" x=\"4\" y=\"82\">"))
        // 0 % draws no bar; 100 % fills the track (third row: 4 + 63 + 46, its bar 21 lower).
        #expect(chart.svg.contains("<rect class=\"bar\" x=\"4\" y=\"134\" width=\"352\" height=\"16\" />"))
        #expect(!chart.svg.contains("width=\"0\""))
        #expect(chart.svg.contains(">280 OPD lainnya tidak digambar: lihat tabel</text>"))
    }

    /// The trend chart of the 2020 review beside its archive (the home page's small multiples): the
    /// first year's value label stood 10 units into the plot and overlapped the tick `100` (seen by
    /// `make check-site` at 360 and 1280 px). Also a gap, a single year, 100 % and 0 %.
    @Test func theTrendChartsValueLabelsKeepClearOfTheTicksAndTheEdges() {
        let published = [
            ("Tata Kelola", 68.0, 100.0), ("Branding", 57, 0), ("Ekonomi", 42, 42), ("Kehidupan", 54, nil),
            ("Masyarakat", 100, 54), ("Lingkungan", 0, 100),
        ]
        let series = published.map { name, first, second in
            TrendSeries(
                label: name,
                points: [
                    TrendPoint(year: 2020, percent: first, valueText: "\(Int(first))%"),
                    TrendPoint(year: 2021, percent: second, valueText: second.map { "\(Int($0))%" } ?? "–"),
                ])
        }
        for (series, columns) in [
            (series, 2), (Array(series.prefix(1)), 1),
            ([TrendSeries(label: Self.longName, points: [TrendPoint(year: 2020, percent: 100, valueText: "100%")])], 1),
        ] {
            let chart = TrendChart(id: "t", title: "T", description: "D", series: series, columns: columns).drawn()
            #expect(chart.layout.problems().isEmpty, "\(chart.layout.problems())")
        }
    }

    /// The heat-map example: the long name was right-aligned at x = 142 and started near x = −590.
    @Test func theHeatMapCutsLongRowLabelsInsideTheViewBox() {
        let chart = HeatMapChart(
            id: "h", title: "T", description: "D", rows: [Self.longName, "Bappeda"],
            rowTitles: [nil, "Badan Perencanaan Pembangunan Daerah"],
            columns: ["Tata Kelola", "Kesejahteraan dan Pertumbuhan Ekonomi yang Berkelanjutan bagi Seluruh Warga"],
            values: [[12345, 0], [1, 2]], slantedColumns: true
        ).draw()
        #expect(chart.layout.problems().isEmpty, "\(chart.layout.problems())")
        for label in chart.layout.labels { #expect(label.bounds.minX >= 0 && label.bounds.minY >= 0) }
        #expect(chart.svg.contains("<title>\(Self.longName)</title>Dinas Pemberdayaan…</text>"))
        #expect(chart.svg.contains("<title>Kesejahteraan dan Pertumbuhan Ekonomi yang Berkelanjutan bagi Seluruh Warga</title>"))
    }

    @Test func theRadarGrowsItsViewBoxForLongLabelsInsteadOfCuttingThem() {
        let data = ["Tata Kelola", "Identitas Daerah", "Kesejahteraan dan Pertumbuhan Ekonomi", "Tempat Hidup", "Masyarakat", "Lingkungan"]
            .enumerated().map {
                ChartDatum(label: $0.element, percent: $0.offset == 1 ? nil : 100, valueText: $0.offset == 1 ? "belum ada program" : "100% (12/12)")
            }
        let chart = RadarChart(id: "r", title: "T", description: "D", data: data).draw()
        #expect(chart.layout.problems().isEmpty, "\(chart.layout.problems())")
        #expect(chart.layout.width >= 440 && chart.layout.height >= 420)
    }

    @Test func theLayoutCheckFindsTextCrossingTheEdgeAndOverlappingLabelsAlsoWhenSlanted() {
        let font = ChartFont(size: 14)
        let a = ChartLabel("Dinas Pemberdayaan", x: 4, y: 15, font: font, cssClass: "a")
        let b = ChartLabel("50% (1/2)", x: 100, y: 15, font: font, cssClass: "b")
        #expect(ChartLayout(width: 360, height: 40, labels: [a, b]).problems() == ["labels \"Dinas Pemberdayaan\" and \"50% (1/2)\" overlap"])
        #expect(
            ChartLayout(width: 100, height: 40, labels: [a]).problems().first?.hasPrefix("label \"Dinas Pemberdayaan\" crosses the right edge by")
                == true)
        // Two parallel labels slanted by 40°, 38 units apart: their boxes' bounds overlap, the boxes do not.
        let s1 = ChartLabel("Identitas Daerah", x: 40, y: 120, font: ChartFont(size: 13, bold: true), cssClass: "c", rotation: -40)
        let s2 = ChartLabel("Tempat Hidup", x: 78, y: 120, font: ChartFont(size: 13, bold: true), cssClass: "c", rotation: -40)
        #expect(s1.bounds.maxX > s2.bounds.minX)
        #expect(ChartLayout(width: 300, height: 130, labels: [s1, s2]).problems().isEmpty)
    }
}
