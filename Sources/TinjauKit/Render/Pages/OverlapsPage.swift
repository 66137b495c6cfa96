/// `temuan/tumpang-tindih/index.html` (`overlaps.mustache`): groups of similar programmes of different
/// OPDs, and the OPD × dimension matrix with its heat map.
struct OverlapsPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The groups, most similar first, at most ``SiteRenderer/overlapGroupsShown``.
    var groups: [OverlapGroupRow]
    /// Whether any pair reached the threshold.
    var hasPairs: Bool
    /// Pairs and groups in all.
    var count: Figure, groupCount: Figure
    /// Groups shown, and whether some are left out.
    var groupsShown: Int, hasHiddenGroups: Bool
    /// `data/tumpang-tindih.csv`.
    var csvURL: String
    /// The similarity threshold (`0,2`).
    var threshold: Figure
    /// Pairs kept per programme.
    var maxPerProgram: Int
    /// The OPD × dimension heat map.
    var heatSVG: String
    /// Whether some OPDs are summed in one row, how many, and how many are shown.
    var hasHiddenOPDs: Bool, hiddenOPDs: Int, shownOPDs: Int
    /// The matrix's column headings (dimensions' short names).
    var dimensions: [Named]
    /// A row per OPD shown, then one for the others.
    var matrix: [MatrixRow]
    /// Per dimension: how many OPDs lead programmes in it.
    var crowded: [CrowdedColumn]

    static let fields: [String: TemplateField<OverlapsPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "groups": .init(\.groups), "hasPairs": .init(\.hasPairs),
        "count": .init(\.count), "groupCount": .init(\.groupCount), "groupsShown": .init(\.groupsShown), "hasHiddenGroups": .init(\.hasHiddenGroups),
        "csvURL": .init(\.csvURL), "threshold": .init(\.threshold), "maxPerProgram": .init(\.maxPerProgram), "heatSVG": .init(\.heatSVG),
        "hasHiddenOPDs": .init(\.hasHiddenOPDs), "hiddenOPDs": .init(\.hiddenOPDs), "shownOPDs": .init(\.shownOPDs),
        "dimensions": .init(\.dimensions), "matrix": .init(\.matrix), "crowded": .init(\.crowded),
    ]
}

/// A group of overlapping programmes, cut to what a page can show (also on the print page).
struct OverlapGroupRow: TemplateModel {
    /// Its number (1 for the most similar group).
    var number: Int
    /// Its strongest similarity (`0,61`).
    var strongest: String
    /// Its programmes, and its OPDs' abbreviations joined by commas and counted.
    var size: Int, opds: String, opdCount: Int
    /// Its first programmes (at most ``SiteRenderer/groupMembersShown``), whether to list them (more than two),
    /// and how many are left out.
    var members: [ProgramRow], showMembers: Bool, moreMembers: Int, hasMoreMembers: Bool
    /// Its most similar pairs (at most ``SiteRenderer/groupPairsShown``), how many it has and how many are left out.
    var pairs: [OverlapPairRow], pairCount: Int, morePairs: Int, hasMorePairs: Bool

    static let fields: [String: TemplateField<OverlapGroupRow>] = [
        "number": .init(\.number), "strongest": .init(\.strongest), "size": .init(\.size), "opds": .init(\.opds), "opdCount": .init(\.opdCount),
        "members": .init(\.members), "showMembers": .init(\.showMembers), "moreMembers": .init(\.moreMembers),
        "hasMoreMembers": .init(\.hasMoreMembers), "pairs": .init(\.pairs), "pairCount": .init(\.pairCount), "morePairs": .init(\.morePairs),
        "hasMorePairs": .init(\.hasMorePairs),
    ]
}

/// A pair of similar programmes.
struct OverlapPairRow: TemplateModel {
    /// Its similarity (`0,42`).
    var similarity: String
    /// The two programmes.
    var first: ProgramRow, second: ProgramRow
    /// Up to eight shared words, and whether they share an element, a dimension or neither.
    var shared: String, relation: String

    static let fields: [String: TemplateField<OverlapPairRow>] = [
        "similarity": .init(\.similarity), "first": .init(\.first), "second": .init(\.second), "shared": .init(\.shared),
        "relation": .init(\.relation),
    ]
}

/// A row of the OPD × dimension matrix.
struct MatrixRow: TemplateModel {
    /// The OPD's abbreviation, name and page (`N OPD lainnya` without a link for the summed row).
    var name: String, fullName: String, url: String, hasURL: Bool
    /// Programmes it leads per dimension.
    var cells: [CountCell]
    /// Programmes it leads.
    var total: Int

    static let fields: [String: TemplateField<MatrixRow>] = [
        "name": .init(\.name), "fullName": .init(\.fullName), "url": .init(\.url), "hasURL": .init(\.hasURL), "cells": .init(\.cells),
        "total": .init(\.total),
    ]
}

/// A dimension and how many OPDs lead programmes in it.
struct CrowdedColumn: TemplateModel {
    /// The dimension's short name and the OPDs.
    var name: String, opds: Int

    static let fields: [String: TemplateField<CrowdedColumn>] = ["name": .init(\.name), "opds": .init(\.opds)]
}

extension SiteRenderer {
    /// How much of the overlap result the overlaps page shows, so that its size is bounded whatever the
    /// review's size (the complete list is `data/tumpang-tindih.csv`).
    static let overlapGroupsShown = 15, groupMembersShown = 8, groupPairsShown = 6

    /// The overlap threshold used by the site (0…1), as written in `tinjau.yml` (`0,2`), as a figure.
    var overlapThreshold: Figure {
        figure(
            format.number(content.config.overlapThreshold), value: content.config.overlapThreshold.plainDecimal(maxDecimals: 30),
            source: DataPointer.overlaps("ambang"))
    }

    /// One reported pair for a page.
    func overlapPairRow(_ pair: OverlapPair, from path: String) -> OverlapPairRow? {
        guard let a = content.program(id: pair.first), let b = content.program(id: pair.second) else { return nil }
        let together =
            pair.sameElement
            ? texts.text("pages_overlaps.elemen_sama")
            : (pair.sameDimension ? texts.text("pages_overlaps.dimensi_sama") : texts.text("pages_overlaps.lintas_dimensi"))
        return OverlapPairRow(
            similarity: format.similarity(pair.similarity), first: programRow(a, from: path),
            second: programRow(b, from: path), shared: pair.sharedWords.prefix(8).joined(separator: ", "), relation: together)
    }

    /// The groups of overlapping programmes, most similar first, each cut to what a page can show.
    func overlapGroups(from path: String) -> [OverlapGroupRow] {
        let result = aggregates.overlaps
        return result.groups.prefix(Self.overlapGroupsShown).enumerated().map { index, group in
            let members = group.members.prefix(Self.groupMembersShown).compactMap { content.program(id: $0) }.map { programRow($0, from: path) }
            let pairs = group.pairs.prefix(Self.groupPairsShown).compactMap { overlapPairRow(result.pairs[$0], from: path) }
            let opds = group.opds.map { content.opd($0)?.abbreviation ?? $0 }
            return OverlapGroupRow(
                number: index + 1, strongest: format.similarity(group.strongest),
                size: group.members.count, opds: opds.joined(separator: ", "), opdCount: opds.count,
                members: members, showMembers: group.members.count > 2, moreMembers: group.members.count - members.count,
                hasMoreMembers: group.members.count > members.count,
                pairs: pairs, pairCount: group.pairs.count, morePairs: group.pairs.count - pairs.count,
                hasMorePairs: group.pairs.count > pairs.count)
        }
    }

    func overlapsPage() -> OverlapsPage {
        let path = Permalink.overlaps
        let root = Permalink.root(from: path)
        let result = aggregates.overlaps
        let counts = aggregates.opdDimensionCounts
        // With many OPDs the matrix shows the heat map's OPDs (those leading the most programmes); the rest are summed in one row.
        let shown = charts.heatMapRows()
        var matrix = shown.map { index in
            let opd = content.opds[index]
            return MatrixRow(
                name: opd.abbreviation, fullName: opd.name, url: root + Permalink.opd(opd.slug), hasURL: true,
                cells: counts.values[index].map { CountCell(value: $0) }, total: counts.rowTotal(index))
        }
        let hidden = Set(content.opds.indices).subtracting(shown).sorted()
        if !hidden.isEmpty {
            let sums = content.dimensions.indices.map { column in hidden.reduce(0) { $0 + counts.values[$1][column] } }
            matrix.append(
                MatrixRow(
                    name: texts.text("pages_overlaps.opd_lainnya", ["count": "\(hidden.count)"]),
                    fullName: texts.text("pages_overlaps.opd_lainnya", ["count": "\(hidden.count)"]), url: "", hasURL: false,
                    cells: sums.map { CountCell(value: $0) }, total: sums.reduce(0, +)))
        }
        let crowded = content.dimensions.enumerated().map { column, dimension in
            CrowdedColumn(name: dimension.shortName, opds: counts.rowsWithValue(inColumn: column))
        }
        return OverlapsPage(
            pageTitle: texts.text("pages_overlaps.program_tumpang_tindih"),
            metaDescription: texts.text("pages_overlaps.kelompok_program_dari_opd"),
            breadcrumbs: crumbs(
                path, [(texts.text("pages_overlaps.analisis"), Permalink.findings), (texts.text("pages_overlaps.program_tumpang_tindih"), nil)]),
            groups: overlapGroups(from: path), hasPairs: !result.pairs.isEmpty,
            count: countFigure(result.pairs.count, DataPointer.overlaps("pasangan")),
            groupCount: countFigure(result.groups.count, DataPointer.overlaps("kelompok")),
            groupsShown: min(result.groups.count, Self.overlapGroupsShown),
            hasHiddenGroups: result.groups.count > Self.overlapGroupsShown,
            csvURL: dataRoot(from: path) + DataExporter.overlapCSV,
            threshold: overlapThreshold, maxPerProgram: result.settings.maxPerProgram,
            heatSVG: charts.opdDimensionHeatMap(id: "opd-dimensi").svg,
            hasHiddenOPDs: !hidden.isEmpty, hiddenOPDs: hidden.count, shownOPDs: shown.count,
            dimensions: content.dimensions.map { Named(name: $0.shortName) },
            matrix: matrix, crowded: crowded)
    }
}
