/// `opd/<opd>/<slug>/index.html` (`program.mustache`): one programme's facts, partners, indicators, how it
/// counts in the score, its most similar programmes of other OPDs, its body, and with archives its history.
struct ProgramPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The programme.
    var program: ProgramFacts
    /// Its facts as label and value (dimension, element, status, years, budget, …), those given only.
    var fields: [LabeledValue]
    /// Its partner OPDs.
    var partners: [NamedLink]
    var hasPartners: Bool
    /// Its indicators.
    var indicators: [IndicatorRow]
    var hasIndicators: Bool
    /// How it counts in the score, in a sentence.
    var scoringNote: String
    /// Its most similar programmes of other OPDs (at most K).
    var similar: [SimilarProgramRow]
    var hasSimilar: Bool
    /// The overlaps page.
    var overlapsURL: String
    /// Its status, budget and indicators in every review year, when there are archives.
    var history: ProgramHistory?

    static let fields: [String: TemplateField<ProgramPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "program": .init(\.program), "fields": .init(\.fields),
        "partners": .init(\.partners), "hasPartners": .init(\.hasPartners), "indicators": .init(\.indicators),
        "hasIndicators": .init(\.hasIndicators), "scoringNote": .init(\.scoringNote), "similar": .init(\.similar), "hasSimilar": .init(\.hasSimilar),
        "overlapsURL": .init(\.overlapsURL), "history": .init(\.history),
    ]
}

/// A programme's own facts.
struct ProgramFacts: TemplateModel {
    /// Its title.
    var title: String
    /// Its summary, or empty.
    var summary: String, hasSummary: Bool
    /// Its status key and label.
    var status: String, statusLabel: String
    /// Its body as HTML.
    var bodyHTML: String
    /// Whether it is an illustration.
    var isIllustration: Bool
    /// Its lead OPD and its page.
    var opdName: String, opdURL: String
    /// Its dimension and its page.
    var dimensionName: String, dimensionURL: String

    static let fields: [String: TemplateField<ProgramFacts>] = [
        "title": .init(\.title), "summary": .init(\.summary), "hasSummary": .init(\.hasSummary), "status": .init(\.status),
        "statusLabel": .init(\.statusLabel), "bodyHTML": .init(\.bodyHTML), "isIllustration": .init(\.isIllustration), "opdName": .init(\.opdName),
        "opdURL": .init(\.opdURL), "dimensionName": .init(\.dimensionName), "dimensionURL": .init(\.dimensionURL),
    ]
}

/// A name with a link (a partner OPD).
struct NamedLink: TemplateModel {
    /// The name and the address relative to the page.
    var name: String, url: String

    static let fields: [String: TemplateField<NamedLink>] = ["name": .init(\.name), "url": .init(\.url)]
}

/// An indicator of a programme, every number formatted (`–` when not given).
struct IndicatorRow: TemplateModel {
    /// Its name and unit.
    var name: String, unit: String
    /// Its baseline, target and realisation.
    var baseline: String, target: String, realisation: String
    /// `naik` or `turun`, and its label.
    var direction: String, directionLabel: String
    /// Realisation ÷ target as a percentage, or `–`.
    var achievement: String

    static let fields: [String: TemplateField<IndicatorRow>] = [
        "name": .init(\.name), "unit": .init(\.unit), "baseline": .init(\.baseline), "target": .init(\.target), "realisation": .init(\.realisation),
        "direction": .init(\.direction), "directionLabel": .init(\.directionLabel), "achievement": .init(\.achievement),
    ]
}

/// A programme similar to the page's, with the similarity and the words they share.
struct SimilarProgramRow: TemplateModel {
    /// The similar programme.
    var program: ProgramRow
    /// The similarity (`0,42`) and up to six shared words.
    var similarity: String, shared: String

    static let fields = merged(["similarity": .init(\.similarity), "shared": .init(\.shared)], embedding: embedding(\.program))
}

/// A programme in every review year it was in.
struct ProgramHistory: TemplateModel {
    /// A row per review year.
    var rows: [ProgramYearRow]
    /// The review years.
    var years: [YearLabel]
    /// Each indicator's realisation per review year.
    var indicators: [IndicatorHistory]
    var hasIndicators: Bool

    static let fields: [String: TemplateField<ProgramHistory>] = [
        "rows": .init(\.rows), "years": .init(\.years), "indicators": .init(\.indicators), "hasIndicators": .init(\.hasIndicators),
    ]
}

/// A programme in one review year.
struct ProgramYearRow: TemplateModel {
    /// The year, and the programme's id and title that year.
    var year: String, id: String, title: String
    /// Its status key and label that year.
    var status: String, statusLabel: String
    /// Its budget and realised budget that year.
    var budget: Figure, realised: Figure
    /// Whether the year is this review's.
    var isCurrent: Bool
    /// Whether its id or title differ from today's.
    var renamed: Bool
    /// Its page in that year's archived site (empty for the current year), and whether to link it.
    var url: String, hasURL: Bool

    static let fields: [String: TemplateField<ProgramYearRow>] = [
        "year": .init(\.year), "id": .init(\.id), "title": .init(\.title), "status": .init(\.status), "statusLabel": .init(\.statusLabel),
        "budget": .init(\.budget), "realised": .init(\.realised), "isCurrent": .init(\.isCurrent), "renamed": .init(\.renamed), "url": .init(\.url),
        "hasURL": .init(\.hasURL),
    ]
}

/// One indicator's realisation per review year.
struct IndicatorHistory: TemplateModel {
    /// Its name and unit.
    var name: String, unit: String
    /// Its realisation per review year.
    var cells: [YearFigure]

    static let fields: [String: TemplateField<IndicatorHistory>] = ["name": .init(\.name), "unit": .init(\.unit), "cells": .init(\.cells)]
}

/// A figure of one review year.
struct YearFigure: TemplateModel {
    /// The figure.
    var figure: Figure
    /// The year.
    var year: String

    static let fields = merged(["year": .init(\.year)], embedding: embedding(\.figure))
}

extension SiteRenderer {
    func programPage(_ program: Program) -> ProgramPage {
        let path = Permalink.program(program)
        let root = Permalink.root(from: path)
        let opd = content.opd(program.opdSlug)
        let dimension = content.dimension(program.dimension)
        let figures = aggregates.programs[program.id]
        var fields: [LabeledValue] = []
        func field(_ label: String, _ value: String?) {
            if let value { fields.append(LabeledValue(label: label, value: value)) }
        }
        field(
            texts.text("pages_program.dimensi"), smartName(of: dimension).isEmpty ? dimension.name : "\(dimension.name) (\(dimension.id.smartName))")
        field(texts.text("pages_program.elemen"), program.element.flatMap { dimension.element($0)?.name })
        field(texts.text("pages_program.status"), statusLabel(program.status))
        field(texts.text("pages_program.alasan_tertunda"), program.delayReason)
        field(texts.text("pages_program.jangka"), program.term.map(termLabel))
        if let start = program.startYear, let end = program.endYear {
            field(texts.text("pages_program.tahun"), start == end ? "\(start)" : "\(start)–\(end)")
        } else {
            field(texts.text("pages_program.tahun_mulai"), program.startYear.map(String.init))
            field(texts.text("pages_program.tahun_selesai"), program.endYear.map(String.init))
        }
        field(texts.text("pages_program.anggaran_pagu"), program.budget.map(format.rupiah))
        field(texts.text("pages_program.realisasi_anggaran"), program.budgetRealised.map(format.rupiah))
        if let absorption = figures?.absorption {
            field(texts.text("pages_program.serapan_anggaran"), format.percent(absorption, decimals: 1))
        }
        field(texts.text("pages_program.sumber_dana"), program.fundingSource)
        field(texts.text("pages_program.kata_kunci"), program.keywords.isEmpty ? nil : program.keywords.joined(separator: ", "))
        let partners = program.partners.map { slug in NamedLink(name: content.opd(slug)?.name ?? slug, url: root + Permalink.opd(slug)) }
        let achievements = figures?.achievements ?? []
        let indicators = program.indicators.enumerated().map { index, indicator in
            let achievement = index < achievements.count ? achievements[index] : nil
            return IndicatorRow(
                name: indicator.name, unit: indicator.unit.isEmpty ? "–" : indicator.unit,
                baseline: indicator.baseline.map { format.number($0) } ?? "–",
                target: indicator.target.map { format.number($0) } ?? "–",
                realisation: indicator.realisation.map { format.number($0) } ?? "–",
                direction: texts.text("direction_short." + indicator.direction.rawValue), directionLabel: directionLabel(indicator.direction),
                achievement: achievement.map { format.percent($0, decimals: 1) } ?? "–")
        }
        // Its most similar programmes of other OPDs (at most K, however many others name it).
        let similar = aggregates.overlaps.pairs(of: program.id).prefix(aggregates.overlaps.settings.maxPerProgram).compactMap {
            pair -> SimilarProgramRow? in
            guard let other = content.program(id: pair.first == program.id ? pair.second : pair.first) else { return nil }
            return SimilarProgramRow(
                program: programRow(other, from: path), similarity: format.similarity(pair.similarity),
                shared: pair.sharedWords.prefix(6).joined(separator: ", "))
        }
        let realisedStatus = content.config.scoring.realisedStatuses.contains(program.status)
        let scoringNote: String
        switch (program.status, content.config.scoring.method) {
        case (.batal, _): scoringNote = texts.text("pages_program.program_batal_tidak_dihitung")
        case (_, .programRealisation):
            scoringNote =
                realisedStatus
                ? texts.text("pages_program.dihitung_sebagai_program_terealisasi")
                : texts.text("pages_program.dihitung_sebagai_program_direncanakan")
        case (_, .indicatorAchievement):
            scoringNote =
                achievements.contains { $0 != nil }
                ? texts.text("pages_program.capaian_indikatornya_masuk_rata")
                : texts.text("pages_program.belum_ada_indikator_dengan")
        }
        return ProgramPage(
            pageTitle: program.title,
            metaDescription: programDescription(program, opdName: opd?.name ?? program.opdSlug, dimensionName: dimension.name),
            breadcrumbs: crumbs(
                path,
                [
                    (texts.text("pages_program.opd"), Permalink.opdList), (opd?.abbreviation ?? program.opdSlug, Permalink.opd(program.opdSlug)),
                    (program.title, nil),
                ]),
            program: ProgramFacts(
                title: program.title, summary: program.summary ?? "", hasSummary: program.summary != nil,
                status: program.status.rawValue, statusLabel: statusLabel(program.status),
                bodyHTML: bodies.programs[program.id] ?? "", isIllustration: program.isIllustration,
                opdName: opd?.name ?? program.opdSlug, opdURL: root + Permalink.opd(program.opdSlug),
                dimensionName: dimension.name, dimensionURL: root + Permalink.dimension(program.dimension)),
            fields: fields,
            partners: partners, hasPartners: !partners.isEmpty,
            indicators: indicators, hasIndicators: !indicators.isEmpty,
            scoringNote: scoringNote,
            similar: similar, hasSimilar: !similar.isEmpty, overlapsURL: root + Permalink.overlaps,
            history: programHistory(program, path: path))
    }

    /// A programme's status, budget and indicator realisations in every review year it was in, or `nil`
    /// without archives.
    private func programHistory(_ program: Program, path: String) -> ProgramHistory? {
        guard let years = aggregates.history?.programs[program.id] else { return nil }
        let siteRoot = siteRoot(from: path)
        let rows = years.map { year in
            let isCurrent = year.year == content.config.reviewYear
            let budget = year.budget.map { rupiahFigure($0, DataPointer.programHistory(program.id, year: year.year, "anggaran")) } ?? noFigure("–")
            let realised =
                year.budgetRealised.map { rupiahFigure($0, DataPointer.programHistory(program.id, year: year.year, "realisasi_anggaran")) }
                ?? noFigure("–")
            // An earlier year's page is in its archived site.
            return ProgramYearRow(
                year: String(year.year), id: year.id, title: year.title, status: year.status.rawValue,
                statusLabel: statusLabel(year.status), budget: budget, realised: realised, isCurrent: isCurrent,
                renamed: year.id != program.id || year.title != program.title,
                url: isCurrent ? "" : siteRoot + Permalink.archive(year.year) + "opd/" + year.id + "/index.html",
                hasURL: !isCurrent && archive == nil)
        }
        // Indicators by name, in the current order, then those only in earlier years.
        var names: [(name: String, unit: String)] = []
        for year in years.reversed() {
            for indicator in year.indicators where !names.contains(where: { $0.name == indicator.name }) {
                names.append((indicator.name, indicator.unit))
            }
        }
        let indicators = names.map { entry in
            let cells = years.map { year in
                var cell = noFigure("–")
                if let position = year.indicators.firstIndex(where: { $0.name == entry.name }), let value = year.indicators[position].realisation {
                    cell = figure(
                        format.number(value), value: value.plainDecimal(maxDecimals: 30),
                        source: DataPointer.programHistory(program.id, year: year.year, "indikator", String(position), "realisasi"))
                }
                return YearFigure(figure: cell, year: String(year.year))
            }
            return IndicatorHistory(name: entry.name, unit: entry.unit.isEmpty ? "–" : entry.unit, cells: cells)
        }
        return ProgramHistory(
            rows: rows, years: years.map { YearLabel(year: String($0.year)) }, indicators: indicators,
            hasIndicators: !indicators.isEmpty)
    }
}
