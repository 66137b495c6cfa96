/// The budget page and the methodology page.
extension SiteRenderer {
    func budgetContext() -> [String: Any] {
        let path = Permalink.budget
        let root = Permalink.root(from: path)
        func row(_ name: String, _ url: String?, _ totals: BudgetTotals, _ scope: DataPointer.BudgetScope) -> [String: Any] {
            var row = budgetFigures(totals, scope)
            row["name"] = name
            row["url"] = url ?? ""
            row["hasURL"] = url != nil
            return row
        }
        let byDimension = content.dimensions.map {
            row($0.name, root + Permalink.dimension($0.id), aggregates.budgetByDimension[$0.id] ?? BudgetTotals(), .dimension($0.id))
        }
        let byOPD = content.opds.map { row($0.name, root + Permalink.opd($0.slug), aggregates.budgetByOPD[$0.slug] ?? BudgetTotals(), .opd($0.slug)) }
        let bySource = aggregates.budgetBySource.map { row($0.name, nil, $0.totals, .source($0.name)) }
        return [
            "pageTitle": "Anggaran",
            "description": "Anggaran dan realisasi program smart city per dimensi, OPD dan sumber dana",
            "breadcrumbs": crumbs(path, [("Anggaran", nil)]),
            "total": row("Jumlah", nil, aggregates.budget, .overall),
            "byDimension": byDimension, "byOPD": byOPD, "bySource": bySource,
            "dimensionSVG": charts.dimensionBudgetBars(id: "anggaran-dimensi").svg,
            "opdSVG": charts.opdBudgetBars(id: "anggaran-opd").svg,
            "sourceSVG": charts.sourceBudgetBars(id: "anggaran-sumber").svg,
        ]
    }

    func methodologyContext() -> [String: Any] {
        let path = Permalink.methodology
        let root = Permalink.root(from: path)
        let scoring = content.config.scoring
        func links(_ ids: [String]) -> [[String: Any]] {
            ids.compactMap { content.program(id: $0) }.map {
                ["title": $0.title, "url": root + Permalink.program($0), "status": $0.status.label,
                 "opd": content.opd($0.opdSlug)?.abbreviation ?? $0.opdSlug]
            }
        }
        var byDimension: [DimensionID: [String]] = [:]
        for program in content.programs { byDimension[program.dimension, default: []].append(program.id) }
        let dimensions = content.dimensions.map { dimension -> [String: Any] in
            let entry = aggregates.dimensions[dimension.id]
            let scope = DataPointer.ScoreScope.dimension(dimension.id)
            var row = scoreContext(entry, scope)
            let counted = entry?.counted ?? []
            let countedSet = Set(counted)
            let realised = Set(entry?.realised ?? [])
            row["name"] = dimension.name
            row["url"] = root + Permalink.dimension(dimension.id)
            row["numerator"] = links(counted.filter { realised.contains($0) })
            row["notRealised"] = links(counted.filter { !realised.contains($0) })
            row["excluded"] = links((byDimension[dimension.id] ?? []).filter { !countedSet.contains($0) })
            // Only the count method has programmes in its numerator (`program_terealisasi`).
            row["realisedCount"] = scoring.method == .programRealisation
                ? countFigure(entry?.realised.count ?? 0, DataPointer.score(scope, "program_terealisasi")) : noFigure("–")
            row["countedCount"] = countFigure(counted.count, DataPointer.score(scope, "program_dihitung"))
            if let entry, let percent = entry.score.percent {
                // The exact percentage to four decimals: `=` when that is exact, `≈` when it was rounded.
                let exact = percent.isExact(decimals: 4)
                row["exactPercent"] = figure(IndonesianFormat.decimal(percent, decimals: 4) + "%",
                                             value: percent.plainDecimal(maxDecimals: 4), source: DataPointer.score(scope, "persen"))
                row["exactSign"] = exact ? "=" : "≈"
            }
            return row
        }
        return [
            "pageTitle": "Metodologi",
            "description": "Cara menghitung setiap skor review, dengan daftar program di pembilang dan penyebutnya",
            "breadcrumbs": crumbs(path, [("Metodologi", nil)]),
            "method": methodContext(),
            "statuses": scoring.realisedStatuses.map { ["key": $0.rawValue, "label": $0.label] },
            "notCounted": ProgramStatus.allCases.filter { !scoring.realisedStatuses.contains($0) && $0 != .batal }.map { ["key": $0.rawValue, "label": $0.label] },
            "bands": bandRows(),
            "dimensions": dimensions,
            "threshold": overlapThreshold,
            "overlaps": ["compared": countFigure(aggregates.overlaps.comparedCount, DataPointer.overlaps("program_dibandingkan")),
                         "maxPerProgram": countFigure(aggregates.overlaps.settings.maxPerProgram, DataPointer.overlaps("maks_per_program")),
                         "blockLimit": countFigure(aggregates.overlaps.blockLimit, DataPointer.overlaps("batas_blok")),
                         "window": countFigure(aggregates.overlaps.window, DataPointer.overlaps("jendela")),
                         "hasCommonWords": !aggregates.overlaps.commonWords.isEmpty,
                         "commonWords": aggregates.overlaps.commonWords.enumerated().map { index, word -> [String: Any] in
                             let weight = DataExporter.weight(word.idf)
                             return ["word": word.word,
                                     "programs": countFigure(word.programs, DataPointer.overlaps("kata_umum", String(index), "program")),
                                     "idf": figure(weight.replacingOccurrences(of: ".", with: ","), value: weight,
                                                   source: DataPointer.overlaps("kata_umum", String(index), "idf"))]
                         }] as [String: Any],
            "stopWords": OverlapDetector.stopWords.sorted().joined(separator: ", "),
            "configPath": "tinjau.yml",
        ]
    }

    /// Maturity bands with their ranges in words.
    func bandRows() -> [[String: Any]] {
        let bands = content.config.scoring.maturityBands
        return bands.enumerated().map { index, band -> [String: Any] in
            let minimum = figure(IndonesianFormat.number(band.minimum) + "%", value: band.minimum.plainDecimal(maxDecimals: 30),
                                 source: DataPointer.band(index))
            let upper: [String: Any] = index + 1 < bands.count
                ? figure(IndonesianFormat.number(bands[index + 1].minimum) + "%", value: bands[index + 1].minimum.plainDecimal(maxDecimals: 30),
                         source: DataPointer.band(index + 1))
                : [:]
            return ["name": band.name, "minimum": minimum, "upper": upper, "hasUpper": index + 1 < bands.count,
                    "description": band.description, "hasDescription": !band.description.isEmpty]
        }
    }
}
