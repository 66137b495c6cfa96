/// The findings pages of the review: overlapping programmes, delayed
/// programmes and their budgets, and OPD capacity (the 2020 review's findings).
extension SiteRenderer {
    /// The overlap threshold used by the site (0…1), as written in `tinjau.yml` (`0,2`), as a figure.
    var overlapThreshold: [String: Any] {
        figure(IndonesianFormat.number(content.config.overlapThreshold), value: content.config.overlapThreshold.plainDecimal(maxDecimals: 30),
               source: DataPointer.overlaps("ambang"))
    }

    var overlapPairs: [OverlapPair] { aggregates.overlaps.pairs }

    private func program(_ id: String) -> Program? { content.program(id: id) }

    func findingsContext() -> [String: Any] {
        let path = Permalink.findings
        let root = Permalink.root(from: path)
        let pages = content.pages.map { ["title": $0.title, "url": root + Permalink.page($0.slug), "summary": $0.summary ?? ""] }
        return ["pageTitle": "Analisis temuan", "breadcrumbs": crumbs(path, [("Analisis", nil)]), "pages": pages,
                "overlapsURL": root + Permalink.overlaps, "delaysURL": root + Permalink.delays, "capacityURL": root + Permalink.capacity,
                "pairs": countFigure(overlapPairs.count, DataPointer.overlaps("pasangan")),
                "groups": countFigure(aggregates.overlaps.groups.count, DataPointer.overlaps("kelompok")),
                "delayed": countFigure(aggregates.delays.programs.count, DataPointer.delays("jumlah_program")),
                "delayedBudget": rupiahFigure(aggregates.delays.budget, DataPointer.delays("anggaran")),
                "lacking": countFigure(aggregates.capacity.lackingOperator.count, DataPointer.capacity("jumlah_opd_tanpa_operator")),
                "description": "Analisis temuan review: program tumpang tindih, program tertunda, dan kapasitas OPD"]
    }

    /// How much of the overlap result the overlaps page shows, so that its size is bounded whatever the
    /// review's size (the complete list is `data/tumpang-tindih.csv`).
    static let overlapGroupsShown = 15, groupMembersShown = 8, groupPairsShown = 6

    /// One reported pair for a page.
    func overlapPairRow(_ pair: OverlapPair, from path: String) -> [String: Any]? {
        guard let a = program(pair.first), let b = program(pair.second) else { return nil }
        let together = pair.sameElement ? "elemen sama" : (pair.sameDimension ? "dimensi sama" : "lintas dimensi")
        return ["similarity": IndonesianFormat.similarity(pair.similarity),
                "first": programRow(a, from: path), "second": programRow(b, from: path),
                "shared": pair.sharedWords.prefix(8).joined(separator: ", "), "relation": together]
    }

    /// The groups of overlapping programmes, most similar first, each cut to what a page can show.
    func overlapGroups(from path: String) -> [[String: Any]] {
        let result = aggregates.overlaps
        return result.groups.prefix(Self.overlapGroupsShown).enumerated().map { index, group -> [String: Any] in
            let members = group.members.prefix(Self.groupMembersShown).compactMap(program).map { programRow($0, from: path) }
            let pairs = group.pairs.prefix(Self.groupPairsShown).compactMap { overlapPairRow(result.pairs[$0], from: path) }
            let opds = group.opds.map { content.opd($0)?.abbreviation ?? $0 }
            return ["number": index + 1, "strongest": IndonesianFormat.similarity(group.strongest),
                    "size": group.members.count, "opds": opds.joined(separator: ", "), "opdCount": opds.count,
                    "members": members, "showMembers": group.members.count > 2, "moreMembers": group.members.count - members.count,
                    "hasMoreMembers": group.members.count > members.count,
                    "pairs": pairs, "pairCount": group.pairs.count, "morePairs": group.pairs.count - pairs.count,
                    "hasMorePairs": group.pairs.count > pairs.count]
        }
    }

    func overlapsContext() -> [String: Any] {
        let path = Permalink.overlaps
        let root = Permalink.root(from: path)
        let result = aggregates.overlaps
        let counts = aggregates.opdDimensionCounts
        // With many OPDs the matrix shows the heat map's OPDs (those leading the most programmes); the rest are summed in one row.
        let shown = charts.heatMapRows()
        var matrix = shown.map { index -> [String: Any] in
            let opd = content.opds[index]
            return ["name": opd.abbreviation, "fullName": opd.name, "url": root + Permalink.opd(opd.slug), "hasURL": true,
                    "cells": counts.values[index].map { ["value": $0] }, "total": counts.rowTotal(index)]
        }
        let hidden = Set(content.opds.indices).subtracting(shown).sorted()
        if !hidden.isEmpty {
            let sums = content.dimensions.indices.map { column in hidden.reduce(0) { $0 + counts.values[$1][column] } }
            matrix.append(["name": "\(hidden.count) OPD lainnya", "fullName": "\(hidden.count) OPD lainnya", "url": "", "hasURL": false,
                           "cells": sums.map { ["value": $0] }, "total": sums.reduce(0, +)])
        }
        let crowded = content.dimensions.enumerated().map { column, dimension -> [String: Any] in
            ["name": dimension.shortName, "opds": counts.rowsWithValue(inColumn: column)]
        }
        return [
            "pageTitle": "Program tumpang tindih",
            "description": "Kelompok program dari OPD berbeda yang mirip, dan sebaran program per OPD dan dimensi",
            "breadcrumbs": crumbs(path, [("Analisis", Permalink.findings), ("Program tumpang tindih", nil)]),
            "groups": overlapGroups(from: path), "hasPairs": !result.pairs.isEmpty,
            "count": countFigure(result.pairs.count, DataPointer.overlaps("pasangan")),
            "groupCount": countFigure(result.groups.count, DataPointer.overlaps("kelompok")),
            "groupsShown": min(result.groups.count, Self.overlapGroupsShown),
            "hasHiddenGroups": result.groups.count > Self.overlapGroupsShown,
            "csvURL": root + DataExporter.overlapCSV,
            "threshold": overlapThreshold, "maxPerProgram": result.settings.maxPerProgram,
            "heatSVG": charts.opdDimensionHeatMap(id: "opd-dimensi").svg,
            "hasHiddenOPDs": !hidden.isEmpty, "hiddenOPDs": hidden.count, "shownOPDs": shown.count,
            "dimensions": content.dimensions.map { ["name": $0.shortName] },
            "matrix": matrix, "crowded": crowded,
        ]
    }

    func delaysContext() -> [String: Any] {
        let path = Permalink.delays
        let root = Permalink.root(from: path)
        let delays = aggregates.delays
        let rows = delays.programs.compactMap(program).map { p -> [String: Any] in
            var row = programRow(p, from: path)
            row["reason"] = p.delayReason ?? "tidak disebutkan"
            row["realised"] = programMoney(p, "realisasi_anggaran", p.budgetRealised)
            row["years"] = p.startYear.map { start in p.endYear.map { $0 == start ? "\(start)" : "\(start)–\($0)" } ?? "\(start)" } ?? "–"
            return row
        }
        let byOPD = content.opds.compactMap { opd -> [String: Any]? in
            guard let group = delays.byOPD[opd.slug] else { return nil }
            return ["name": opd.name, "short": opd.abbreviation, "url": root + Permalink.opd(opd.slug),
                    "count": countFigure(group.count, DataPointer.delays("opd", opd.slug, "jumlah_program")),
                    "amount": rupiahFigure(group.budget, DataPointer.delays("opd", opd.slug, "anggaran"))]
        }
        let byDimension = content.dimensions.compactMap { dimension -> [String: Any]? in
            guard let group = delays.byDimension[dimension.id] else { return nil }
            return ["name": dimension.name, "url": root + Permalink.dimension(dimension.id),
                    "count": countFigure(group.count, DataPointer.delays("dimensi", dimension.id.rawValue, "jumlah_program")),
                    "amount": rupiahFigure(group.budget, DataPointer.delays("dimensi", dimension.id.rawValue, "anggaran"))]
        }
        return [
            "pageTitle": "Program tertunda dan realokasi anggaran",
            "description": "Program tertunda, alasannya, dan anggaran yang perlu dialokasikan ulang",
            "breadcrumbs": crumbs(path, [("Analisis", Permalink.findings), ("Program tertunda", nil)]),
            "programs": rows, "hasPrograms": !rows.isEmpty,
            "count": countFigure(delays.programs.count, DataPointer.delays("jumlah_program")),
            "total": rupiahFigure(delays.budget, DataPointer.delays("anggaran")),
            "totalShort": rupiahShortFigure(delays.budget, DataPointer.delays("anggaran")),
            "realisedTotal": rupiahFigure(delays.realised, DataPointer.delays("realisasi")),
            "remaining": rupiahFigure(delays.remaining, DataPointer.delays("sisa")),
            "nextYear": String(content.config.reviewYear + 1),
            "hasCovid": delays.covid > 0,
            "covid": countFigure(delays.covid, DataPointer.delays("covid")),
            "byOPD": byOPD, "byDimension": byDimension,
            "barSVG": charts.delayedBudgetBars(id: "tertunda-bar")?.svg ?? "",
        ]
    }

    func capacityContext() -> [String: Any] {
        let path = Permalink.capacity
        let root = Permalink.root(from: path)
        let capacity = aggregates.capacity
        let rows = content.opds.map { opd -> [String: Any] in
            let figures = capacity.byOPD[opd.slug] ?? OPDCapacity(activePrograms: 0, itOperators: nil, programsPerOperator: nil, lacksOperator: false)
            var row = scoreContext(aggregates.opds[opd.slug], .opd(opd.slug))
            row["name"] = opd.name
            row["short"] = opd.abbreviation
            row["url"] = root + Permalink.opd(opd.slug)
            row["programs"] = countFigure(figures.activePrograms, DataPointer.capacity("opd", opd.slug, "program_aktif"))
            row["operators"] = figures.itOperators.map { countFigure($0, DataPointer.capacity("opd", opd.slug, "operator_ti")) }
                ?? noFigure("tidak dilaporkan")
            if let ratio = figures.programsPerOperator {
                row["perOperator"] = ratioFigure(ratio, DataPointer.capacity("opd", opd.slug, "program_per_operator"))
            } else {
                row["perOperator"] = noFigure(figures.activePrograms == 0 ? "–" : "tanpa operator")
            }
            row["flag"] = figures.lacksOperator
            row["isIllustration"] = opd.isIllustration
            return row
        }
        return [
            "pageTitle": "Kapasitas OPD",
            "description": "Jumlah program dan operator TI per OPD",
            "breadcrumbs": crumbs(path, [("Analisis", Permalink.findings), ("Kapasitas OPD", nil)]),
            "opds": rows,
            "flagged": countFigure(capacity.lackingOperator.count, DataPointer.capacity("jumlah_opd_tanpa_operator")),
            "operators": countFigure(capacity.totalOperators, DataPointer.capacity("operator_ti")),
            "anyIllustration": content.opds.contains { $0.isIllustration },
        ]
    }
}
