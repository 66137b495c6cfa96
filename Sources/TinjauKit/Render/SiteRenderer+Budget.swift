/// The budget page and the methodology page.
extension SiteRenderer {
    func budgetContext() -> [String: Any] {
        let path = Permalink.budget
        let root = Permalink.root(from: path)
        let charts = ChartBuilder(content: content, aggregates: aggregates)
        func row(_ name: String, _ url: String?, _ t: BudgetTotals) -> [String: Any] {
            let absorption = t.planned > 0 ? IndonesianFormat.decimal(Double(t.realised) / Double(t.planned) * 100, decimals: 1) + "%" : "–"
            return ["name": name, "url": url ?? "", "hasURL": url != nil, "planned": IndonesianFormat.rupiah(t.planned),
                    "realised": IndonesianFormat.rupiah(t.realised), "delayed": IndonesianFormat.rupiah(t.delayed), "absorption": absorption]
        }
        let byDimension = content.dimensions.map { row($0.name, root + Permalink.dimension($0.id), aggregates.budgetByDimension[$0.id] ?? BudgetTotals()) }
        let byOPD = content.opds.map { row($0.name, root + Permalink.opd($0.slug), aggregates.budgetByOPD[$0.slug] ?? BudgetTotals()) }
        let funding = DataExporter(content: content, aggregates: aggregates).fundingTotals()
        let bySource = funding.map { row($0.0, nil, $0.1) }
        return [
            "pageTitle": "Anggaran",
            "description": "Anggaran dan realisasi program smart city per dimensi, OPD dan sumber dana",
            "breadcrumbs": crumbs(path, [("Anggaran", nil)]),
            "total": row("Jumlah", nil, aggregates.budget),
            "byDimension": byDimension, "byOPD": byOPD, "bySource": bySource,
            "dimensionSVG": charts.dimensionBudgetBars(id: "anggaran-dimensi"),
            "opdSVG": charts.budgetBars(id: "anggaran-opd", title: "Anggaran program per OPD",
                                        items: content.opds.map { ($0.abbreviation, aggregates.budgetByOPD[$0.slug]?.planned ?? 0) }),
            "sourceSVG": charts.budgetBars(id: "anggaran-sumber", title: "Anggaran program per sumber dana",
                                           items: funding.map { ($0.0, $0.1.planned) }),
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
        let dimensions = content.dimensions.map { dimension -> [String: Any] in
            let entry = aggregates.dimensions[dimension.id]
            var row = scoreContext(entry)
            let counted = entry?.counted ?? []
            let countedSet = Set(counted)
            let realised = Set(entry?.realised ?? [])
            row["name"] = dimension.name
            row["url"] = root + Permalink.dimension(dimension.id)
            row["numerator"] = links(counted.filter { realised.contains($0) })
            row["notRealised"] = links(counted.filter { !realised.contains($0) })
            row["excluded"] = links(content.programs.filter { $0.dimension == dimension.id && !countedSet.contains($0.id) }.map(\.id))
            if let entry, entry.score.hasValue {
                let exact = IndonesianFormat.decimal(entry.score.percent!, decimals: 4)
                row["computation"] = entry.score.isCount
                    ? "\(Int(entry.score.numerator)) ÷ \(Int(entry.score.denominator)) × 100 = \(exact)% → \(row["percent"]!)"
                    : "\(IndonesianFormat.number(entry.score.numerator)) ÷ \(IndonesianFormat.number(entry.score.denominator)) × 100 = \(exact)% → \(row["percent"]!)"
            } else {
                row["computation"] = "tidak ada program yang dihitung: \(Self.emptyScoreText)"
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
            "threshold": IndonesianFormat.decimal(overlapThreshold, decimals: 2),
            "stopWords": OverlapDetector.stopWords.sorted().joined(separator: ", "),
            "configPath": "tinjau.yml",
        ]
    }

    /// Maturity bands with their ranges in words.
    func bandRows() -> [[String: Any]] {
        let bands = content.config.scoring.maturityBands
        return bands.enumerated().map { index, band -> [String: Any] in
            let upper = index + 1 < bands.count ? bands[index + 1].minimum : nil
            let range = upper.map { "\(IndonesianFormat.number(band.minimum))% sampai di bawah \(IndonesianFormat.number($0))%" }
                ?? "\(IndonesianFormat.number(band.minimum))% sampai 100%"
            return ["name": band.name, "range": range, "description": band.description, "hasDescription": !band.description.isEmpty]
        }
    }
}
