import Foundation

/// Sharing the review: the link-preview images of each kind of page and the descriptions written
/// from a page's content (the programme list in three orders and the search page are in `Pages/`).
extension SiteRenderer {
    // MARK: - Link previews

    /// The folder of this edition's preview images: `pratinjau/`, `pratinjau/en/` (each edition's
    /// cards are in its language).
    var previewFolder: String { PreviewImages.folder + "/" + edition.prefix }

    /// The preview image of the home page: the radar chart.
    var homePreview: String { previewFolder + "beranda.png" }

    /// The preview image a page names (`og:image`) and its text alternative: the dimension's element
    /// bars on a dimension page, the OPD's scores per dimension on an OPD page and on its
    /// programmes' pages, the radar chart on every other page; none for the 404 page.
    func preview(for kind: PageKind) -> (path: String, alt: String)? {
        switch kind {
        case .notFound: return nil
        case .dimension(let dimension):
            return (previewFolder + "dimensi-\(dimension.id.rawValue).png", previewAlt(dimension: dimension))
        case .opd(let opd):
            return (previewFolder + "opd-\(opd.slug).png", opdPreviewAlts.alt(opd.slug) { previewAlt(opd: opd) })
        case .program(let program):
            guard let opd = content.opd(program.opdSlug) else { return (homePreview, previewAlt()) }
            // Every programme page of an OPD has its OPD's description: made once per OPD, not per
            // page (at 10 000 programmes, a third of what keying the programme pages cost).
            return (previewFolder + "opd-\(opd.slug).png", opdPreviewAlts.alt(opd.slug) { previewAlt(opd: opd) })
        default:
            return (homePreview, previewAlt())
        }
    }

    private func scoreText(_ entry: ScoreEntry?) -> String { charts.valueText(entry) }

    private func previewAlt() -> String {
        texts.text("sharing.grafik_radar_indeks_kematangan", ["region": "\(content.config.region)", "reviewYear": "\(content.config.reviewYear)"])
            + content.dimensions.map { "\($0.shortName) \(scoreText(aggregates.dimensions[$0.id]))" }.joined(separator: "; ") + "."
    }

    private func previewAlt(dimension: Dimension) -> String {
        let scores = aggregates.elements[dimension.id] ?? [:]
        return texts.text("sharing.grafik_batang_skor_per", ["name": "\(dimension.name)"])
            + dimension.elements.map { "\($0.name) \(scoreText(scores[$0.slug]))" }.joined(separator: "; ") + "."
    }

    private func previewAlt(opd: OPD) -> String {
        let scores = aggregates.opdDimensions[opd.slug] ?? [:]
        return texts.text("sharing.grafik_batang_skor_per_2", ["abbreviation": "\(opd.abbreviation)"])
            + content.dimensions.map { "\($0.shortName) \(scoreText(scores[$0.id]))" }.joined(separator: "; ") + "."
    }

    /// A card's headline: the published score (`57%`) under `label`, with the maturity band and the
    /// fraction, or what a scope without a score says.
    private func headline(_ label: String, _ entry: ScoreEntry?) -> (label: String, figure: String, detail: String) {
        guard let entry, let published = entry.published else { return (label, "–", Self.emptyText(entry, texts: texts)) }
        let detail = [
            bandInEdition(published.band)?.name,
            entry.score.isCount ? texts.text("sharing.terealisasi", ["fraction": "\(entry.score.fraction(in: format))"]) : nil,
        ]
        .compactMap { $0 }.joined(separator: " · ")
        return (label, published.text(in: format), detail)
    }

    /// Every link-preview image of the site, as SVG cards (home, each dimension, each OPD), in that
    /// order. Rasterised by ``PreviewImages`` when the build asks for them.
    public func previewCards() -> [PreviewCard] {
        let config = content.config
        let eyebrow = texts.text("sharing.review", ["region": "\(config.region)", "reviewYear": "\(config.reviewYear)"])
        let overall = headline(texts.text("sharing.skor_keseluruhan"), aggregates.overall)
        var cards = [
            PreviewCard(
                path: homePreview, eyebrow: eyebrow, title: texts.text("sharing.indeks_kematangan_smart_city"),
                figureLabel: overall.label, figure: overall.figure, detail: overall.detail, footer: config.title,
                chart: charts.radar(id: "pratinjau-radar").svg, alt: previewAlt())
        ]
        for dimension in content.dimensions {
            let (label, figure, detail) = headline(texts.text("sharing.skor_dimensi"), aggregates.dimensions[dimension.id])
            cards.append(
                PreviewCard(
                    path: previewFolder + "dimensi-\(dimension.id.rawValue).png",
                    eyebrow: texts.text("sharing.dimensi", ["smartName": "\(dimension.id.smartName)"]), title: dimension.name, figureLabel: label,
                    figure: figure, detail: detail,
                    footer: config.title, chart: charts.elementBars(dimension, id: "pratinjau-elemen").svg,
                    alt: previewAlt(dimension: dimension)))
        }
        for opd in content.opds {
            let (label, figure, detail) = headline(texts.text("sharing.skor_opd"), aggregates.opds[opd.slug])
            cards.append(
                PreviewCard(
                    path: previewFolder + "opd-\(opd.slug).png", eyebrow: texts.text("sharing.opd", ["abbreviation": "\(opd.abbreviation)"]),
                    title: opd.name, figureLabel: label, figure: figure, detail: detail, footer: config.title,
                    chart: charts.opdDimensionBars(opd, id: "pratinjau-opd").svg, alt: previewAlt(opd: opd)))
        }
        return cards
    }

    // MARK: - Descriptions

    /// The description of a programme page: its summary, else the first paragraph of its body,
    /// else who runs it, in which dimension, with which status. The body's paragraph and the sentence
    /// are made only when the summary is missing or blank (most programmes have one: reading the
    /// paragraph out of every body cost 1,5 % of a build of 10 000 programmes).
    func programDescription(_ program: Program, opdName: String, dimensionName: String) -> String {
        let summary = HTML.collapsingWhitespace(program.summary ?? "")
        if !summary.isEmpty { return Self.cutDescription(summary) }
        return Self.metaDescription(
            HTML.firstParagraphText(bodies.programs[program.id] ?? ""),
            texts.text(
                "sharing.program_oleh_dimensi_status",
                [
                    "title": "\(program.title)", "opdName": "\(opdName)", "dimensionName": "\(dimensionName)",
                    "status": "\(statusLabel(program.status).lowercased())",
                ]))
    }

    /// The description of an OPD page: how many programmes it leads (not cancelled) and its score.
    func opdDescription(_ opd: OPD) -> String {
        let score = aggregates.opds[opd.slug]
        let scoreText =
            score?.published.map {
                texts.text("sharing.skor", ["text": "\($0.text(in: format))"]) + (bandInEdition($0.band).map { " (\($0.name))" } ?? "")
            }
            ?? Self.emptyText(score, texts: texts)
        let count = aggregates.capacity.byOPD[opd.slug]?.activePrograms ?? 0
        return texts.text(
            "sharing.memimpin_program_smart_city",
            ["name": "\(opd.name)", "count": "\(format.integer(count))", "region": "\(content.config.region)", "scoreText": "\(scoreText)"])
    }

    /// The description of a dimension page: its description, else its score and band.
    func dimensionDescription(_ dimension: Dimension) -> String {
        let score = aggregates.dimensions[dimension.id]
        let scoreText =
            score?.published.map {
                texts.text("sharing.skor", ["text": "\($0.text(in: format))"])
                    + (bandInEdition($0.band).map { texts.text("sharing.tingkat", ["name": "\($0.name)"]) } ?? "")
            } ?? Self.emptyText(score, texts: texts)
        return Self.metaDescription(
            dimension.description.isEmpty
                ? nil
                : texts.text(
                    "sharing.skor_review",
                    ["description": "\(dimension.description)", "reviewYear": "\(content.config.reviewYear)", "scoreText": "\(scoreText)"]),
            texts.text(
                "sharing.dimensi_dalam_review",
                [
                    "name": "\(dimension.name)", "smartName": "\(dimension.id.smartName)", "reviewYear": "\(content.config.reviewYear)",
                    "scoreText": "\(scoreText)",
                ]))
    }
}

extension HTML {
    /// The text of the first paragraph (`<p>…</p>`) of HTML that tinjau rendered (libcmark's output:
    /// tags without `>` in attribute values, text escaped with `&amp; &lt; &gt; &quot; &#39;`), with its
    /// tags removed and those five entities decoded; `nil` when there is no paragraph with text.
    static func firstParagraphText(_ html: String) -> String? {
        // On UTF-8 bytes: Foundation's `range(of:)` and `replacingOccurrences` on every programme's
        // body cost 6 % of a build of 10 000 programmes.
        let bytes = Array(html.utf8)
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= bytes.count else { return nil }
            var index = start
            while index + needle.count <= bytes.count {
                if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
        guard let open = find(Array("<p>".utf8), from: 0), let close = find(Array("</p>".utf8), from: open + 3) else { return nil }
        var text: [UInt8] = []
        text.reserveCapacity(close - open)
        var inTag = false
        var index = open + 3
        let entities: [(entity: [UInt8], byte: UInt8)] = [
            (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")), (Array("&quot;".utf8), UInt8(ascii: "\"")),
            (Array("&#39;".utf8), UInt8(ascii: "'")), (Array("&amp;".utf8), UInt8(ascii: "&")),
        ]
        while index < close {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: ">") {
                inTag = false
            } else if !inTag {
                if byte == UInt8(ascii: "&"),
                    let entity = entities.first(where: {
                        index + $0.entity.count <= close && bytes[index..<index + $0.entity.count].elementsEqual($0.entity)
                    })
                {
                    text.append(entity.byte)
                    index += entity.entity.count
                    continue
                }
                text.append(byte)
            }
            index += 1
        }
        let trimmed = collapsingWhitespace(String(decoding: text, as: UTF8.self))
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `text` on one line: every run of whitespace (`Character.isWhitespace`, line breaks included)
    /// made one space, none at either end. ASCII text is done on its bytes, where a `Character` is a
    /// byte (or `\r\n`, whitespace as its bytes are): splitting by `Character` costs 1–2 % of a build
    /// of 10 000 programmes (each programme's description). Other text is split by `Character`.
    static func collapsingWhitespace(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var space = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ") }
            if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {
                space = !bytes.isEmpty
                continue
            }
            if space {
                bytes.append(UInt8(ascii: " "))
                space = false
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Each OPD's link-preview description (``SiteRenderer/preview(for:)``) as one renderer made it,
/// by OPD slug. A renderer makes a new one whenever a property the description reads is set
/// (content, aggregates, theme, edition, format), so a description is never taken across them.
/// Thread-safe: the pages are rendered on all cores.
final class OPDPreviewAlts: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: String] = [:]

    /// The description of the OPD `slug`, made by `make` the first time it is asked for.
    func alt(_ slug: String, make: () -> String) -> String {
        if let alt = lock.withLock({ made[slug] }) { return alt }
        let alt = make()
        lock.withLock { made[slug] = alt }
        return alt
    }
}
