/// The findings pages of the review: overlapping programmes, delayed
/// programmes and their budgets, and OPD capacity (the 2020 review's findings).
extension SiteRenderer {
    /// The overlap threshold used by the site (0…1).
    var overlapThreshold: Double { content.config.overlapThreshold }

    var overlapPairs: [OverlapPair] { aggregates.overlaps.pairs }

    private func program(_ id: String) -> Program? { content.program(id: id) }

    func findingsContext() -> [String: Any] {
        let path = Permalink.findings
        let root = Permalink.root(from: path)
        let delayed = content.programs.filter { $0.status == .tertunda }
        let withoutOperator = content.opds.filter { opd in
            (opd.itOperators ?? 0) == 0 && content.programs.contains { $0.opdSlug == opd.slug && $0.status != .batal }
        }
        var items: [[String: Any]] = [
            ["title": "Program tumpang tindih", "url": root + Permalink.overlaps,
             "summary": "\(overlapPairs.count) pasang program dari OPD berbeda yang mirip judul, kata kunci atau indikatornya."],
            ["title": "Program tertunda dan realokasi anggaran", "url": root + Permalink.delays,
             "summary": "\(delayed.count) program tertunda dengan anggaran \(IndonesianFormat.rupiah(aggregates.budget.delayed)) yang perlu dialokasikan ulang."],
            ["title": "Kapasitas OPD", "url": root + Permalink.capacity,
             "summary": "\(withoutOperator.count) OPD memiliki program smart city tetapi tidak memiliki operator TI."],
        ]
        for page in content.pages {
            items.append(["title": page.title, "url": root + Permalink.page(page.slug), "summary": page.summary ?? ""])
        }
        return ["pageTitle": "Analisis temuan", "breadcrumbs": crumbs(path, [("Analisis", nil)]), "items": items,
                "description": "Analisis temuan review: program tumpang tindih, program tertunda, dan kapasitas OPD"]
    }

    func overlapsContext() -> [String: Any] {
        let path = Permalink.overlaps
        let root = Permalink.root(from: path)
        let pairs = overlapPairs.map { pair -> [String: Any] in
            let a = program(pair.first)!, b = program(pair.second)!
            let together = pair.sameElement ? "elemen sama" : (pair.sameDimension ? "dimensi sama" : "lintas dimensi")
            return ["similarity": IndonesianFormat.decimal(pair.similarity, decimals: 2),
                    "first": programRow(a, from: path), "second": programRow(b, from: path),
                    "shared": pair.sharedWords.joined(separator: ", "), "relation": together]
        }
        let charts = ChartBuilder(content: content, aggregates: aggregates)
        let counts = charts.opdDimensionCounts
        let matrix = content.opds.enumerated().map { index, opd -> [String: Any] in
            ["name": opd.abbreviation, "fullName": opd.name, "url": root + Permalink.opd(opd.slug),
             "cells": counts[index].map { ["value": $0] }, "total": counts[index].reduce(0, +)]
        }
        let crowded = content.dimensions.enumerated().map { column, dimension -> [String: Any] in
            let opds = counts.filter { $0[column] > 0 }.count
            return ["name": dimension.shortName, "opds": opds]
        }
        return [
            "pageTitle": "Program tumpang tindih",
            "description": "Pasangan program dari OPD berbeda yang mirip, dan sebaran program per OPD dan dimensi",
            "breadcrumbs": crumbs(path, [("Analisis", Permalink.findings), ("Program tumpang tindih", nil)]),
            "pairs": pairs, "hasPairs": !pairs.isEmpty, "count": pairs.count,
            "threshold": IndonesianFormat.decimal(overlapThreshold, decimals: 2),
            "heatSVG": charts.opdDimensionHeatMap(id: "opd-dimensi"),
            "dimensions": content.dimensions.map { ["name": $0.shortName] },
            "matrix": matrix, "crowded": crowded,
        ]
    }

    func delaysContext() -> [String: Any] {
        let path = Permalink.delays
        let root = Permalink.root(from: path)
        let delayed = content.programs.filter { $0.status == .tertunda }
        let rows = delayed.map { p -> [String: Any] in
            var row = programRow(p, from: path)
            row["reason"] = p.delayReason ?? "tidak disebutkan"
            row["realised"] = p.budgetRealised.map(IndonesianFormat.rupiah) ?? "–"
            row["years"] = p.startYear.map { start in p.endYear.map { $0 == start ? "\(start)" : "\(start)–\($0)" } ?? "\(start)" } ?? "–"
            return row
        }
        let byOPD = content.opds.compactMap { opd -> [String: Any]? in
            let t = aggregates.budgetByOPD[opd.slug] ?? BudgetTotals()
            let n = delayed.filter { $0.opdSlug == opd.slug }.count
            return n == 0 ? nil : ["name": opd.name, "short": opd.abbreviation, "url": root + Permalink.opd(opd.slug), "count": n,
                                   "amount": IndonesianFormat.rupiah(t.delayed)]
        }
        let byDimension = content.dimensions.compactMap { dimension -> [String: Any]? in
            let n = delayed.filter { $0.dimension == dimension.id }.count
            return n == 0 ? nil : ["name": dimension.name, "url": root + Permalink.dimension(dimension.id), "count": n,
                                   "amount": IndonesianFormat.rupiah(aggregates.budgetByDimension[dimension.id]?.delayed ?? 0)]
        }
        let realisedOfDelayed = delayed.reduce(Int64(0)) { $0.addingReportingOverflow($1.budgetRealised ?? 0).partialValue }
        let remaining = aggregates.budget.delayed.subtractingReportingOverflow(realisedOfDelayed).partialValue
        let charts = ChartBuilder(content: content, aggregates: aggregates)
        let barItems = content.dimensions.compactMap { d -> (label: String, amount: Int64)? in
            let amount = aggregates.budgetByDimension[d.id]?.delayed ?? 0
            return amount > 0 ? (d.shortName, amount) : nil
        }
        return [
            "pageTitle": "Program tertunda dan realokasi anggaran",
            "description": "Program tertunda, alasannya, dan anggaran yang perlu dialokasikan ulang",
            "breadcrumbs": crumbs(path, [("Analisis", Permalink.findings), ("Program tertunda", nil)]),
            "programs": rows, "hasPrograms": !rows.isEmpty, "count": rows.count,
            "total": IndonesianFormat.rupiah(aggregates.budget.delayed),
            "totalShort": IndonesianFormat.rupiahShort(aggregates.budget.delayed),
            "realisedTotal": IndonesianFormat.rupiah(realisedOfDelayed),
            "remaining": IndonesianFormat.rupiah(remaining),
            "nextYear": String(content.config.reviewYear + 1),
            "covid": delayed.filter { ($0.delayReason ?? "").lowercased().contains("covid") }.count,
            "byOPD": byOPD, "byDimension": byDimension,
            "barSVG": barItems.isEmpty ? "" : charts.budgetBars(id: "tertunda-bar", title: "Anggaran program tertunda per dimensi", items: barItems),
        ]
    }

    func capacityContext() -> [String: Any] {
        let path = Permalink.capacity
        let root = Permalink.root(from: path)
        let rows = content.opds.map { opd -> [String: Any] in
            let programs = content.programs(ofOPD: opd.slug).filter { $0.status != .batal }
            let operators = opd.itOperators
            let perOperator: String
            if let operators, operators > 0 {
                perOperator = IndonesianFormat.decimal(Double(programs.count) / Double(operators), decimals: 1)
            } else {
                perOperator = programs.isEmpty ? "–" : "tanpa operator"
            }
            var row = scoreContext(aggregates.opds[opd.slug])
            row["name"] = opd.name
            row["short"] = opd.abbreviation
            row["url"] = root + Permalink.opd(opd.slug)
            row["programs"] = programs.count
            row["operators"] = operators.map(String.init) ?? "tidak dilaporkan"
            row["perOperator"] = perOperator
            row["flag"] = !programs.isEmpty && (operators ?? 0) == 0
            row["isIllustration"] = opd.isIllustration
            return row
        }
        let flagged = rows.filter { $0["flag"] as? Bool == true }.count
        let operators = content.opds.compactMap(\.itOperators).reduce(0, +)
        return [
            "pageTitle": "Kapasitas OPD",
            "description": "Jumlah program dan operator TI per OPD",
            "breadcrumbs": crumbs(path, [("Analisis", Permalink.findings), ("Kapasitas OPD", nil)]),
            "opds": rows, "flagged": flagged, "operators": operators,
            "anyIllustration": content.opds.contains { $0.isIllustration },
        ]
    }
}
