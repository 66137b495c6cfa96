/// Stage 4: computes every number of the review once: scores per element,
/// dimension, OPD, OPD × dimension, start year and for the whole review; status
/// counts; Rupiah totals by dimension, OPD and source of funds; delayed programmes
/// and the budget to re-allocate; OPD capacity; the heat-map and timeline
/// matrices; indicator achievements; overlapping programmes. Pure: values in,
/// values out. Every group is formed in one pass over the programmes (linear).
///
/// Rules (docs/content-format.md, "Scoring"): a `batal` programme counts in
/// neither part; the statuses in `status_terealisasi` are realised; a scope with
/// a denominator of 0 has no score. Arithmetic is exact (``Rational`` for
/// decimals, `Int64` with overflow checks for Rupiah); percentages are rounded
/// once, half away from zero, at the configured precision.
public struct ScoreAggregator: Sendable {
    /// The scoring settings to apply.
    public var settings: ScoringSettings
    /// The overlaps of an earlier build, taken when their inputs are unchanged (``OverlapMemo``;
    /// `tinjau serve`), or `nil`: detected every time.
    public var overlapMemo: OverlapMemo?

    /// Creates an aggregator for `settings`.
    public init(settings: ScoringSettings) {
        self.settings = settings
    }

    /// Achievement of an indicator as an exact fraction 0…1, or `nil` when it has no target or
    /// no realisation, a negative target (the validator warns that it cannot be scored), or a target
    /// of 0 with `arah: naik` (which the validator refuses).
    ///
    /// `naik`: realisation ÷ target; `turun`: target ÷ realisation (1 when the realisation is 0
    /// or less). Clamped to 0…1: realising beyond the target counts as 1.
    public static func achievement(of indicator: Indicator) -> Rational? {
        guard let target = indicator.target, let realisation = indicator.realisation, !target.isNegative else { return nil }
        let raw: Rational
        switch indicator.direction {
        case .naik:
            guard target > .zero else { return nil }
            raw = realisation / target
        case .turun:
            guard realisation > .zero else { return .one }
            raw = target / realisation
        }
        return Rational.min(Rational.max(raw, .zero), .one)
    }

    /// The score of a group of programmes under the configured method.
    public func score<C: Collection>(_ programs: C) -> ScoreEntry where C.Element == Program {
        score(programs) { $0.indicators.map(Self.achievement(of:)) }
    }

    /// The score of a group of programmes, with each programme's indicator achievements (parallel to its
    /// indicators) given by `achievements`, so that they are computed once per programme, not per scope.
    func score<C: Collection>(_ programs: C, achievements: (Program) -> [Rational?]) -> ScoreEntry where C.Element == Program {
        var counted: [String] = []
        var realised: [String] = []
        switch settings.method {
        case .programRealisation:
            for program in programs where program.status != .batal {
                counted.append(program.id)
                if settings.realisedStatuses.contains(program.status) { realised.append(program.id) }
            }
            return ScoreEntry(
                score: Score(realised: realised.count, planned: counted.count),
                counted: counted.sorted(), realised: realised.sorted(), scoring: settings)
        case .indicatorAchievement:
            var weighted = RationalSum()
            var weights = RationalSum()
            var planned = 0
            for program in programs where program.status != .batal {
                planned += 1
                var measured = false
                for (indicator, achievement) in zip(program.indicators, achievements(program)) {
                    guard let achievement else { continue }
                    weighted.add(indicator.weight * achievement)
                    weights.add(indicator.weight)
                    measured = true
                }
                if measured { counted.append(program.id) }
            }
            return ScoreEntry(
                score: Score(weightedAchievement: ExactNumber(weighted), totalWeight: weights.value),
                counted: counted.sorted(), realised: [], planned: planned, scoring: settings)
        }
    }

    /// Aggregates `content`.
    /// - Returns: the aggregates and diagnostics (`money.overflow`: a Rupiah sum beyond 64 bits,
    ///   an error at the programme whose amount made it overflow; `money.json-precision`: a sum
    ///   beyond 2⁵³ − 1, a warning at the programme whose amount made it pass).
    public func aggregate(_ content: ReviewContent) -> (Aggregates, [Diagnostic]) {
        var money = MoneyAdder()
        let programs = content.programs

        // Group once (linear) instead of filtering the programmes per group. A group holds positions
        // in `programs`, not copies: a `Program` is about 380 bytes, and three groupings of 100 000 copies
        // were 200 MB of the build's peak.
        var byDimension: [DimensionID: [Int]] = [:]
        var byOPD: [String: [Int]] = [:]
        var byYear: [Int: [Int]] = [:]
        for (position, program) in programs.enumerated() {
            byDimension[program.dimension, default: []].append(position)
            byOPD[program.opdSlug, default: []].append(position)
            if let year = program.startYear { byYear[year, default: []].append(position) }
        }
        /// The programmes at `positions`, read where they are.
        func members(_ positions: [Int]?) -> LazyMapCollection<[Int], Program> { (positions ?? []).lazy.map { programs[$0] } }

        // Per programme.
        // Made on all cores (exact fractions: 10 000 programmes one after the other took 20 ms of a
        // serve rebuild), then put in one dictionary.
        let made = Parallel.map(programs) { program in
            let absorption: Rational? = program.budget.flatMap { budget in
                program.budgetRealised.flatMap { budget > 0 ? Rational($0, budget) : nil }
            }
            return ProgramFigures(achievements: program.indicators.map(Self.achievement(of:)), absorption: absorption)
        }
        var figures: [String: ProgramFigures] = [:]
        figures.reserveCapacity(programs.count)
        for (program, made) in zip(programs, made) { figures[program.id] = made }

        func score<C: Collection>(_ group: C) -> ScoreEntry where C.Element == Program {
            self.score(group) { figures[$0.id]?.achievements ?? [] }
        }

        var dimensions: [DimensionID: ScoreEntry] = [:]
        var elements: [DimensionID: [String: ScoreEntry]] = [:]
        for dimension in content.dimensions {
            let positions = byDimension[dimension.id] ?? []
            dimensions[dimension.id] = score(members(positions))
            let byElement = Dictionary(grouping: positions.filter { programs[$0].element != nil }, by: { programs[$0].element! })
            var perElement: [String: ScoreEntry] = [:]
            for element in dimension.elements {
                if let inElement = byElement[element.slug] { perElement[element.slug] = score(members(inElement)) }
            }
            elements[dimension.id] = perElement
        }
        var opds: [String: ScoreEntry] = [:]
        var opdDimensions: [String: [DimensionID: ScoreEntry]] = [:]
        for opd in content.opds {
            let led = byOPD[opd.slug] ?? []
            opds[opd.slug] = score(members(led))
            var perDimension: [DimensionID: ScoreEntry] = [:]
            for (dimension, group) in Dictionary(grouping: led, by: { programs[$0].dimension }) { perDimension[dimension] = score(members(group)) }
            opdDimensions[opd.slug] = perDimension
        }
        var years: [Int: ScoreEntry] = [:]
        for (year, group) in byYear { years[year] = score(members(group)) }

        // Status counts.
        var byStatus: [ProgramStatus: Int] = [:]
        for status in ProgramStatus.allCases { byStatus[status] = 0 }
        for program in programs { byStatus[program.status, default: 0] += 1 }
        let planned = programs.count - (byStatus[.batal] ?? 0)
        let realisedCount = programs.filter { $0.status != .batal && settings.realisedStatuses.contains($0.status) }.count
        let statusCounts = StatusCounts(byStatus: byStatus, total: programs.count, planned: planned, realised: realisedCount)
        var withoutElement: [DimensionID: Int] = [:]
        for dimension in content.dimensions { withoutElement[dimension.id] = members(byDimension[dimension.id]).filter { $0.element == nil }.count }

        // Rupiah: every sum through one checked adder.
        func totals<C: Collection>(_ group: C) -> BudgetTotals where C.Element == Program {
            var t = BudgetTotals()
            for program in group {
                money.add(&t.planned, program.budget, program, "anggaran")
                money.add(&t.realised, program.budgetRealised, program, "realisasi_anggaran")
                if program.status == .tertunda { money.add(&t.delayed, program.budget, program, "anggaran") }
            }
            return t
        }
        let budget = totals(programs)
        var budgetByDimension: [DimensionID: BudgetTotals] = [:]
        for id in DimensionID.allCases { budgetByDimension[id] = totals(members(byDimension[id])) }
        var budgetByOPD: [String: BudgetTotals] = [:]
        for opd in content.opds { budgetByOPD[opd.slug] = totals(members(byOPD[opd.slug])) }
        let bySource = Dictionary(grouping: programs.indices, by: { programs[$0].fundingSource ?? FundingSourceTotals.unspecified })
        let budgetBySource = bySource.keys.sorted().map { FundingSourceTotals(name: $0, totals: totals(members(bySource[$0]))) }

        // Delays.
        let delayed = programs.filter { $0.status == .tertunda }
        var delayedRealised: Int64 = 0
        var delaysByOPD: [String: DelaySummary.Group] = [:]
        var delaysByDimension: [DimensionID: DelaySummary.Group] = [:]
        for program in delayed {
            money.add(&delayedRealised, program.budgetRealised, program, "realisasi_anggaran")
            delaysByOPD[program.opdSlug, default: .init(count: 0, budget: 0)].count += 1
            money.add(&delaysByOPD[program.opdSlug]!.budget, program.budget, program, "anggaran")
            delaysByDimension[program.dimension, default: .init(count: 0, budget: 0)].count += 1
            money.add(&delaysByDimension[program.dimension]!.budget, program.budget, program, "anggaran")
        }
        // Both are sums of amounts ≥ 0 that fit in 64 bits, so the difference cannot overflow.
        let delays = DelaySummary(
            programs: delayed.map(\.id), budget: budget.delayed, realised: delayedRealised,
            remaining: budget.delayed - delayedRealised,
            covid: delayed.filter { ($0.delayReason ?? "").lowercased().contains("covid") }.count,
            byOPD: delaysByOPD, byDimension: delaysByDimension)

        // Capacity: one rule for "programmes but no IT operator".
        var capacityByOPD: [String: OPDCapacity] = [:]
        var lacking: [String] = []
        for opd in content.opds {
            let active = members(byOPD[opd.slug]).filter { $0.status != .batal }.count
            let operators = opd.itOperators
            let lacks = active > 0 && (operators ?? 0) == 0
            if lacks { lacking.append(opd.slug) }
            capacityByOPD[opd.slug] = OPDCapacity(
                activePrograms: active, itOperators: operators,
                programsPerOperator: operators.flatMap { $0 > 0 ? Rational(Int64(active), Int64($0)) : nil },
                lacksOperator: lacks)
        }
        let capacity = CapacitySummary(
            byOPD: capacityByOPD, lackingOperator: lacking.sorted(),
            totalOperators: content.opds.compactMap(\.itOperators).reduce(0, +),
            leadingPrograms: capacityByOPD.values.filter { $0.activePrograms > 0 }.count)

        // Matrices.
        let dimensionOrder = content.dimensions.map(\.id)
        let column = Dictionary(uniqueKeysWithValues: dimensionOrder.enumerated().map { ($0.element, $0.offset) })
        let heat = content.opds.map { opd -> [Int] in
            var row = [Int](repeating: 0, count: dimensionOrder.count)
            for program in members(byOPD[opd.slug]) where program.status != .batal {
                if let c = column[program.dimension] { row[c] += 1 }
            }
            return row
        }
        let config = content.config
        let timelineYears =
            config.masterplanStart > 0 && config.masterplanEnd >= config.masterplanStart
            ? Array(config.masterplanStart...config.masterplanEnd) : []
        var timelineValues = [[Int]](repeating: [Int](repeating: 0, count: timelineYears.count), count: dimensionOrder.count)
        if let first = timelineYears.first, let last = timelineYears.last {
            for program in programs where program.status != .batal {
                guard let start = program.startYear, let row = column[program.dimension] else { continue }
                let end = max(start, program.endYear ?? start)
                guard end >= first && start <= last else { continue }
                for year in max(start, first)...min(end, last) { timelineValues[row][year - first] += 1 }
            }
        }

        let aggregates = Aggregates(
            method: settings.method, overall: score(programs), dimensions: dimensions, elements: elements, opds: opds,
            opdDimensions: opdDimensions, years: years, statusCounts: statusCounts, programsWithoutElement: withoutElement, budget: budget,
            budgetByDimension: budgetByDimension, budgetByOPD: budgetByOPD, budgetBySource: budgetBySource, delays: delays,
            capacity: capacity,
            opdDimensionCounts: CountMatrix(rows: content.opds.map(\.slug), columns: dimensionOrder, values: heat),
            timeline: CountMatrix(rows: dimensionOrder, columns: timelineYears, values: timelineValues),
            programs: figures,
            overlaps: overlaps(programs, config: config))
        return (aggregates, money.diagnostics)
    }

    /// The overlapping programmes (``OverlapDetector``), through ``overlapMemo`` when there is one.
    private func overlaps(_ programs: [Program], config: ReviewConfig) -> OverlapResult {
        let detector = OverlapDetector(settings: config.overlapSettings, region: config.region)
        return overlapMemo?.detect(programs, with: detector) ?? detector.detect(programs)
    }
}

/// Adds whole Rupiah with overflow detection: an overflowing sum keeps its last
/// correct value and reports one `money.overflow` error per programme field. A sum that
/// passes ``jsonSafeLimit`` (2⁵³ − 1) gets one `money.json-precision` warning per programme
/// field: every Rupiah the data files write is a term of such a sum, and JSON readers that parse
/// numbers as binary floating point (JavaScript's `JSON.parse`) round integers beyond it.
struct MoneyAdder {
    /// The largest integer that every JSON reader keeps exactly (2⁵³ − 1, JavaScript's
    /// `Number.MAX_SAFE_INTEGER`; RFC 8259 §6).
    static let jsonSafeLimit: Int64 = 9_007_199_254_740_991

    private(set) var diagnostics: [Diagnostic] = []
    private var reported = Set<String>()
    private var warned = Set<String>()

    mutating func add(_ sum: inout Int64, _ value: Int64?, _ program: Program, _ field: String) {
        guard let value else { return }
        let (result, overflow) = sum.addingReportingOverflow(value)
        guard overflow else {
            if sum <= Self.jsonSafeLimit && result > Self.jsonSafeLimit && warned.insert(program.id + "\u{0}" + field).inserted {
                diagnostics.append(Diagnostic(.moneyBeyondJSONPrecision(field), at: program.location(of: field)))
            }
            sum = result
            return
        }
        guard reported.insert(program.id + "\u{0}" + field).inserted else { return }
        diagnostics.append(Diagnostic(.moneyOverflow(field), at: program.location(of: field)))
    }
}
