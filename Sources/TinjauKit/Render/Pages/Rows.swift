import Foundation

/// Row models shared by several pages: breadcrumbs, programme and dimension rows, maturity bands,
/// the scoring method, and the one-field rows of table headers and cells.

/// One step of the breadcrumbs (`partials/breadcrumbs`).
struct Crumb: TemplateModel {
    /// The label.
    var label: String
    /// The address relative to the page; empty for the page itself.
    var url: String
    /// Whether the step is a link (every step but the last).
    var hasURL: Bool

    static let fields: [String: TemplateField<Crumb>] = ["label": .init(\.label), "url": .init(\.url), "hasURL": .init(\.hasURL)]
}

/// A link with a label (the search page's programme-list orders).
struct Link: TemplateModel {
    /// The label and the address relative to the page.
    var label: String, url: String

    static let fields: [String: TemplateField<Link>] = ["label": .init(\.label), "url": .init(\.url)]
}

/// A link with a title (lists of pages, findings, the changes page).
struct TitledLink: TemplateModel {
    /// The title and the address relative to the page.
    var title: String, url: String

    static let fields: [String: TemplateField<TitledLink>] = ["title": .init(\.title), "url": .init(\.url)]
}

/// A label and its value (the facts of a programme, the open-data metadata).
struct LabeledValue: TemplateModel {
    /// The label (`Status`) and the value shown.
    var label: String, value: String

    static let fields: [String: TemplateField<LabeledValue>] = ["label": .init(\.label), "value": .init(\.value)]
}

/// A table heading or list item that is only a name.
struct Named: TemplateModel {
    /// The name.
    var name: String

    static let fields: [String: TemplateField<Named>] = ["name": .init(\.name)]
}

/// A year as a column heading.
struct YearLabel: TemplateModel {
    /// The year (`2020`).
    var year: String

    static let fields: [String: TemplateField<YearLabel>] = ["year": .init(\.year)]
}

/// A count in a table cell (the timeline and the OPD × dimension matrix).
struct CountCell: TemplateModel {
    /// The count.
    var value: Int

    static let fields: [String: TemplateField<CountCell>] = ["value": .init(\.value)]
}

/// A programme in a table or list (`partials/program-table` and the lists built on it): title, OPD,
/// dimension, element, status, budget and summary, with links relative to the page.
struct ProgramRow: TemplateModel {
    /// The title and the programme's page.
    var title: String, url: String
    /// The lead OPD's name, abbreviation and page.
    var opdName: String, opdShort: String, opdURL: String
    /// The dimension's short name and page.
    var dimensionName: String, dimensionURL: String
    /// The element's name, or `–`.
    var elementName: String
    /// The status key (`tertunda`) and label (`Tertunda`).
    var status: String, statusLabel: String
    /// The planned budget (`anggaran`), or `–`.
    var budget: Figure
    /// The summary, or empty.
    var summary: String, hasSummary: Bool
    /// Whether the programme is an illustration (not official data).
    var isIllustration: Bool

    static let fields: [String: TemplateField<ProgramRow>] = [
        "title": .init(\.title), "url": .init(\.url), "opdName": .init(\.opdName), "opdShort": .init(\.opdShort), "opdURL": .init(\.opdURL),
        "dimensionName": .init(\.dimensionName), "dimensionURL": .init(\.dimensionURL), "elementName": .init(\.elementName),
        "status": .init(\.status), "statusLabel": .init(\.statusLabel), "budget": .init(\.budget), "summary": .init(\.summary),
        "hasSummary": .init(\.hasSummary), "isIllustration": .init(\.isIllustration),
    ]
}

/// A programme row with a flag for its link (the changes page: a programme of the current review).
struct LinkedProgramRow: TemplateModel {
    /// The programme.
    var program: ProgramRow
    /// Whether the programme has a page to link.
    var hasURL: Bool

    static let fields = merged(["hasURL": .init(\.hasURL)], embedding: embedding(\.program))
}

/// A dimension with its score (`partials/dimension-table`, the home, dimension list and OPD pages).
struct DimensionRow: TemplateModel {
    /// The name (`Smart Governance` in Indonesian), short name, the framework's name and the id.
    var name: String, shortName: String, smartName: String, id: String
    /// The dimension's page.
    var url: String
    /// The score shown in the row (the dimension's, or an OPD's in the dimension).
    var score: ScoreFigures

    static let fields = merged(
        ["name": .init(\.name), "shortName": .init(\.shortName), "smartName": .init(\.smartName), "id": .init(\.id), "url": .init(\.url)],
        embedding: embedding(\.score))
}

/// A maturity band with its range (`partials/band-range`).
struct BandRow: TemplateModel {
    /// The band's name.
    var name: String
    /// The lowest published score of the band.
    var minimum: Figure
    /// The lowest score of the next band, when there is one.
    var upper: Figure?
    /// Whether there is a next band.
    var hasUpper: Bool
    /// The band's description, or empty.
    var description: String, hasDescription: Bool

    static let fields: [String: TemplateField<BandRow>] = [
        "name": .init(\.name), "minimum": .init(\.minimum), "upper": .init(\.upper), "hasUpper": .init(\.hasUpper),
        "description": .init(\.description), "hasDescription": .init(\.hasDescription),
    ]
}

/// The scoring method in words (the home, methodology and print pages).
struct MethodSummary: TemplateModel {
    /// The method's name and its key in `tinjau.yml`.
    var name: String, key: String
    /// The formula in a sentence.
    var formula: String
    /// How scores are rounded.
    var precision: String
    /// Whether the method counts programmes.
    var isCount: Bool

    static let fields: [String: TemplateField<MethodSummary>] = [
        "name": .init(\.name), "key": .init(\.key), "formula": .init(\.formula), "precision": .init(\.precision), "isCount": .init(\.isCount),
    ]
}

/// A score trend (`partials/trend`): the small-multiple chart and its table, a row per scope and a
/// column per review year.
struct Trend: TemplateModel {
    /// The chart.
    var svg: String
    /// The table's caption.
    var title: String
    /// The review years.
    var years: [YearLabel]
    /// A row per scope.
    var rows: [TrendRow]
    /// `data/riwayat-skor.csv`.
    var csvURL: String
    /// The first and last review years.
    var first: String, last: String

    static let fields: [String: TemplateField<Trend>] = [
        "svg": .init(\.svg), "title": .init(\.title), "years": .init(\.years), "rows": .init(\.rows), "csvURL": .init(\.csvURL),
        "first": .init(\.first), "last": .init(\.last),
    ]
}

/// One scope of a trend: its published score in every review year.
struct TrendRow: TemplateModel {
    /// The scope's name and page (empty and `hasURL` false for the page's own scope).
    var name: String, url: String, hasURL: Bool
    /// A score per review year.
    var cells: [Figure]

    static let fields: [String: TemplateField<TrendRow>] = [
        "name": .init(\.name), "url": .init(\.url), "hasURL": .init(\.hasURL), "cells": .init(\.cells),
    ]
}

extension SiteRenderer {
    /// The breadcrumbs of the page at `path`: the home page, then `items` (label and path from the
    /// site's root; `nil` for the page itself).
    func crumbs(_ path: String, _ items: [(String, String?)]) -> [Crumb] {
        let root = Permalink.root(from: path)
        var list = [Crumb(label: texts.text("pages_rows.beranda"), url: root + Permalink.home, hasURL: true)]
        for (label, url) in items {
            list.append(Crumb(label: label, url: url.map { root + $0 } ?? "", hasURL: url != nil))
        }
        return list
    }

    /// Programmes in reading order: by title (case-insensitive, then as written), then by id.
    func byTitle(_ programs: [Program]) -> [Program] {
        // Every list of a site sorts programmes of one content: rank them all once (``TitleOrder``),
        // then each list sorts whole numbers instead of comparing strings.
        // Each programme's rank is looked up once, and whole numbers are sorted, not the programmes
        // (moving a `Program` copies its many fields).
        let ranks = titleOrder.ranks(of: content.programs)
        var keyed: [(rank: Int, index: Int)] = []
        keyed.reserveCapacity(programs.count)
        for (index, program) in programs.enumerated() {
            guard let rank = ranks[program.id] else { return TitleOrder.sorted(programs) }
            keyed.append((rank, index))
        }
        keyed.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.index < $1.index }
        return keyed.map { programs[$0.index] }
    }

    /// Positions in ``ReviewContent/programs`` in reading order (``byTitle(_:)``): lists that keep
    /// many programmes hold their positions, not copies of each `Program` (a few hundred bytes each).
    func byTitle(positions: [Int]) -> [Int] {
        let ranks = titleOrder.ranksByPosition(of: content.programs)
        return positions.sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : $0 < $1 }
    }

    /// A programme as a row of the page at `path`.
    func programRow(_ program: Program, from path: String) -> ProgramRow {
        let root = Permalink.root(from: path)
        let opd = content.opd(program.opdSlug)
        let dimension = content.dimension(program.dimension)
        return ProgramRow(
            title: program.title, url: root + Permalink.program(program),
            opdName: opd?.name ?? program.opdSlug, opdShort: opd?.abbreviation ?? program.opdSlug,
            opdURL: root + Permalink.opd(program.opdSlug),
            dimensionName: dimension.shortName, dimensionURL: root + Permalink.dimension(program.dimension),
            elementName: program.element.flatMap { dimension.element($0)?.name } ?? "–",
            status: program.status.rawValue, statusLabel: statusLabel(program.status),
            budget: programMoney(program, "anggaran", program.budget),
            summary: program.summary ?? "", hasSummary: program.summary != nil, isIllustration: program.isIllustration)
    }

    /// A Rupiah amount of one programme (`anggaran`, `realisasi_anggaran`) as a figure, `–` when not given.
    func programMoney(_ program: Program, _ field: String, _ amount: Int64?) -> Figure {
        guard let amount, let position = content.position(ofProgram: program.id) else { return noFigure("–") }
        return rupiahFigure(amount, DataPointer.program(position, field))
    }

    /// Every dimension as a row of the page at `path`, with the score `scores` gives for it.
    func dimensionRows(from path: String, scores: (Dimension) -> (entry: ScoreEntry?, scope: DataPointer.ScoreScope)) -> [DimensionRow] {
        let root = Permalink.root(from: path)
        return content.dimensions.map { dimension in
            let (entry, scope) = scores(dimension)
            return DimensionRow(
                name: dimension.name, shortName: dimension.shortName, smartName: smartName(of: dimension),
                id: dimension.id.rawValue, url: root + Permalink.dimension(dimension.id), score: scoreFigures(entry, scope))
        }
    }

    /// The scoring method of `tinjau.yml` in words.
    func methodSummary() -> MethodSummary {
        let scoring = content.config.scoring
        let statusText = scoring.realisedStatuses.map(statusLabel).joined(separator: texts.text("pages_rows.dan"))
        let formula: String
        switch scoring.method {
        case .programRealisation:
            formula =
                texts.text("pages_rows.skor_persen_jumlah_program", ["statuses": "\(statusText.lowercased())"])
        case .indicatorAchievement:
            formula =
                texts.text("pages_rows.skor_persen_rata_rata")
        }
        return MethodSummary(
            name: methodLabel(scoring.method), key: scoring.method.rawValue, formula: formula,
            precision: scoring.precision == 0
                ? texts.text("pages_rows.dibulatkan_ke_persen_terdekat")
                : texts.text("pages_rows.dibulatkan_ke_angka_desimal", ["precision": "\(scoring.precision)"]),
            isCount: scoring.method == .programRealisation)
    }

    /// Maturity bands with their ranges in words.
    func bandRows() -> [BandRow] {
        let bands = content.config.scoring.maturityBands
        return bands.enumerated().map { index, band in
            let minimum = figure(
                format.number(band.minimum) + "%", value: band.minimum.plainDecimal(maxDecimals: 30),
                source: DataPointer.band(index))
            let upper =
                index + 1 < bands.count
                ? figure(
                    format.number(bands[index + 1].minimum) + "%", value: bands[index + 1].minimum.plainDecimal(maxDecimals: 30),
                    source: DataPointer.band(index + 1))
                : nil
            return BandRow(
                name: band.name, minimum: minimum, upper: upper, hasUpper: index + 1 < bands.count,
                description: band.description, hasDescription: !band.description.isEmpty)
        }
    }
}

/// Every programme's position in reading order (``SiteRenderer/byTitle(_:)``: by title, case
/// insensitive, then as written, then by id), made on first use for one content and shared by the
/// copies of a renderer; a renderer given other content gets a new one. Thread-safe.
final class TitleOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var made: (byID: [String: Int], byPosition: [Int])?

    /// The rank of each of `programs` by id (computed once; `programs` must be the same each call).
    func ranks(of programs: [Program]) -> [String: Int] { ranking(of: programs).byID }

    /// The rank of each of `programs` by its position in `programs` (computed once with ``ranks(of:)``).
    func ranksByPosition(of programs: [Program]) -> [Int] { ranking(of: programs).byPosition }

    private func ranking(of programs: [Program]) -> (byID: [String: Int], byPosition: [Int]) {
        lock.withLock {
            if let made { return made }
            var byID: [String: Int] = [:]
            var byPosition = [Int](repeating: 0, count: programs.count)
            for (rank, position) in Self.order(programs).enumerated() {
                byID[programs[position].id] = rank
                byPosition[position] = rank
            }
            made = (byID, byPosition)
            return (byID, byPosition)
        }
    }

    /// `programs` in reading order, each key made once (not twice per comparison).
    static func sorted(_ programs: [Program]) -> [Program] { order(programs).map { programs[$0] } }

    /// The positions of `programs` in reading order.
    static func order(_ programs: [Program]) -> [Int] {
        let keys = programs.map { $0.title.lowercased() }
        return programs.indices.sorted { a, b in
            (keys[a], programs[a].title, programs[a].id) < (keys[b], programs[b].title, programs[b].id)
        }
    }
}
