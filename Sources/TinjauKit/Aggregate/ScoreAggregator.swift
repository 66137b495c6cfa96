/// Budget sums in whole Rupiah for a group of programmes.
public struct BudgetTotals: Hashable, Sendable {
    /// Σ `anggaran`.
    public var planned: Int64 = 0
    /// Σ `realisasi_anggaran`.
    public var realised: Int64 = 0
    /// Σ `anggaran` of programmes with status `tertunda` (to be re-allocated).
    public var delayed: Int64 = 0

    /// Zero totals.
    public init() {}
}

/// Every score and total of a review, computed once and read by the renderer.
public struct Aggregates: Sendable {
    /// The method that produced the scores.
    public var method: ScoringMethod
    /// All programmes together.
    public var overall: ScoreEntry
    /// Per dimension.
    public var dimensions: [DimensionID: ScoreEntry]
    /// Per dimension, per element slug (only elements with programmes).
    public var elements: [DimensionID: [String: ScoreEntry]]
    /// Per OPD slug (lead OPD only; partners are not credited).
    public var opds: [String: ScoreEntry]
    /// Per start year (`tahun_mulai`), for programmes that give one.
    public var years: [Int: ScoreEntry]
    /// Budget totals for the whole review.
    public var budget: BudgetTotals
    /// Budget totals per dimension.
    public var budgetByDimension: [DimensionID: BudgetTotals]
    /// Budget totals per OPD.
    public var budgetByOPD: [String: BudgetTotals]
    /// Number of programmes per status.
    public var statusCounts: [ProgramStatus: Int]
    /// Overlapping programmes of different OPDs (``OverlapDetector``): pairs most similar first, and groups;
    /// computed once here and read by every page and live value that shows them.
    public var overlaps: OverlapResult = .empty
}

/// Stage 4: computes scores per element, dimension, OPD, year and for the
/// whole review, and Rupiah totals in integer arithmetic. Pure: values in, values out.
///
/// Rules (see docs/content-format.md, "Scoring"): a `batal` programme counts in
/// neither part; the statuses in `status_terealisasi` are realised; a scope with
/// a denominator of 0 has no score.
public struct ScoreAggregator: Sendable {
    /// The scoring settings to apply.
    public var settings: ScoringSettings

    /// Creates an aggregator for `settings`.
    public init(settings: ScoringSettings) {
        self.settings = settings
    }

    /// The score of a group of programmes under the configured method.
    public func score(_ programs: [Program]) -> ScoreEntry {
        let planned = programs.filter { $0.status != .batal }
        switch settings.method {
        case .programRealisation:
            let realised = planned.filter { settings.realisedStatuses.contains($0.status) }
            return ScoreEntry(score: Score(realised: realised.count, planned: planned.count),
                              counted: planned.map(\.id).sorted(), realised: realised.map(\.id).sorted())
        case .indicatorAchievement:
            var weighted = 0.0, weights = 0.0
            var counted: [String] = []
            for program in planned {
                var measured = false
                for indicator in program.indicators {
                    guard let achievement = indicator.achievement else { continue }
                    weighted += indicator.weight * achievement
                    weights += indicator.weight
                    measured = true
                }
                if measured { counted.append(program.id) }
            }
            return ScoreEntry(score: Score(weightedAchievement: weighted, totalWeight: weights),
                              counted: counted.sorted(), realised: [])
        }
    }

    /// Aggregates `content`.
    /// - Returns: the aggregates and diagnostics (a Rupiah sum that overflows 64 bits).
    public func aggregate(_ content: ReviewContent) -> (Aggregates, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let programs = content.programs
        var dimensions: [DimensionID: ScoreEntry] = [:]
        var elements: [DimensionID: [String: ScoreEntry]] = [:]
        for dimension in content.dimensions {
            let members = programs.filter { $0.dimension == dimension.id }
            dimensions[dimension.id] = score(members)
            var perElement: [String: ScoreEntry] = [:]
            for element in dimension.elements {
                let inElement = members.filter { $0.element == element.slug }
                if !inElement.isEmpty { perElement[element.slug] = score(inElement) }
            }
            elements[dimension.id] = perElement
        }
        // Group once (linear) instead of filtering the programmes per OPD (quadratic for large reviews).
        let byOPDPrograms = Dictionary(grouping: programs, by: \.opdSlug)
        var opds: [String: ScoreEntry] = [:]
        for opd in content.opds { opds[opd.slug] = score(byOPDPrograms[opd.slug] ?? []) }
        var years: [Int: ScoreEntry] = [:]
        for (year, group) in Dictionary(grouping: programs.filter { $0.startYear != nil }, by: { $0.startYear! }) { years[year] = score(group) }

        func totals(_ group: [Program]) -> BudgetTotals {
            var t = BudgetTotals()
            for program in group {
                t.planned = add(t.planned, program.budget, program, "anggaran", &diagnostics)
                t.realised = add(t.realised, program.budgetRealised, program, "realisasi_anggaran", &diagnostics)
                if program.status == .tertunda { t.delayed = add(t.delayed, program.budget, program, "anggaran", &diagnostics) }
            }
            return t
        }
        let budget = totals(programs)
        var byDimension: [DimensionID: BudgetTotals] = [:]
        for id in DimensionID.allCases { byDimension[id] = totals(programs.filter { $0.dimension == id }) }
        var byOPD: [String: BudgetTotals] = [:]
        for opd in content.opds { byOPD[opd.slug] = totals(byOPDPrograms[opd.slug] ?? []) }
        var statusCounts: [ProgramStatus: Int] = [:]
        for status in ProgramStatus.allCases { statusCounts[status] = programs.filter { $0.status == status }.count }
        // Report each overflow once per programme field.
        var seen = Set<String>()
        diagnostics = diagnostics.filter { seen.insert($0.description).inserted }
        return (Aggregates(method: settings.method, overall: score(programs), dimensions: dimensions, elements: elements,
                           opds: opds, years: years, budget: budget, budgetByDimension: byDimension, budgetByOPD: byOPD,
                           statusCounts: statusCounts,
                           overlaps: OverlapDetector(settings: OverlapSettings(threshold: content.config.overlapThreshold)).detect(programs)),
                diagnostics)
    }

    private func add(_ sum: Int64, _ value: Int64?, _ program: Program, _ field: String, _ diagnostics: inout [Diagnostic]) -> Int64 {
        guard let value else { return sum }
        let (result, overflow) = sum.addingReportingOverflow(value)
        if overflow {
            diagnostics.append(Diagnostic(.error, "money.overflow", at: program.location(of: field),
                "jumlah `\(field)` melampaui batas yang dapat dihitung (9.223.372.036.854.775.807 Rupiah) saat menambahkan program ini",
                hint: "periksa jumlah digit `\(field)`; kemungkinan ada angka nol yang berlebih",
                en: "the total of `\(field)` goes beyond the largest amount that can be computed (9,223,372,036,854,775,807 Rupiah) when this programme is added",
                hintEN: "check the number of digits of `\(field)`; there may be a zero too many"))
            return sum
        }
        return result
    }
}
