/// A published score of one review year, as that year's review published it (its own method,
/// precision and bands): the trends on the home, dimension and OPD pages.
public struct YearScore: Hashable, Sendable, Codable {
    /// The review year.
    public var year: Int
    /// The scope's key in that year (an OPD's slug then), or `nil` when the scope was not in that review.
    public var key: String?
    /// The scope's name that year (an OPD's `nama` then), when it is an OPD.
    public var name: String?
    /// The exact score, or `nil` when the scope was not in that review.
    public var score: Score?
    /// The published percentage and band, or `nil` when there was nothing to score.
    public var published: PublishedScore?
    /// Planned programmes in the scope that year (all but `batal`).
    public var planned: Int

    /// The score of `entry` in `year` (`key`: the scope's key then; `nil` with `entry` when absent).
    init(year: Int, key: String?, name: String? = nil, entry: ScoreEntry?) {
        self.year = year
        self.key = key
        self.name = name
        score = entry?.score
        published = entry?.published
        planned = entry?.planned ?? 0
    }
}

/// An indicator of a programme in one review year (matched across years by its name).
public struct IndicatorYear: Hashable, Sendable, Codable {
    /// What is measured (`nama`).
    public var name: String
    /// Unit (`satuan`), or empty.
    public var unit: String
    /// Target that year, exactly as written.
    public var target: Rational?
    /// Realisation that year, exactly as written.
    public var realisation: Rational?
}

/// A programme in one review year: its status, budget and indicator realisations then.
public struct ProgramYear: Hashable, Sendable, Codable {
    /// The review year.
    public var year: Int
    /// Its id that year (`opd/slug`).
    public var id: String
    /// Its title that year.
    public var title: String
    /// Its status that year.
    public var status: ProgramStatus
    /// `anggaran` that year, whole Rupiah.
    public var budget: Int64?
    /// `realisasi_anggaran` that year, whole Rupiah.
    public var budgetRealised: Int64?
    /// Its indicators that year, in that year's order.
    public var indicators: [IndicatorYear]

    init(year: Int, program: Program) {
        self.year = year
        id = program.id
        title = program.title
        status = program.status
        budget = program.budget
        budgetRealised = program.budgetRealised
        indicators = program.indicators.map { IndicatorYear(name: $0.name, unit: $0.unit, target: $0.target, realisation: $0.realisation) }
    }
}

/// Scores, statuses and budgets per review year: the archived reviews (only those before the
/// current year) and the current one. Every value is copied from a review's aggregates as published,
/// never computed again.
public struct ReviewHistory: Hashable, Sendable, Codable {
    /// The review years, oldest first; the current year is the last.
    public var years: [Int]
    /// The overall score per year (parallel to ``years``).
    public var overall: [YearScore]
    /// Each dimension's score per year (parallel to ``years``).
    public var dimensions: [DimensionID: [YearScore]]
    /// Each current OPD's score per year (parallel to ``years``), followed through `sebelumnya`.
    public var opds: [String: [YearScore]]
    /// Each current programme that was in an earlier review: one entry per year it was in, oldest first,
    /// the current year last.
    public var programs: [String: [ProgramYear]]
}

/// What changed between the newest earlier review and the current one (the "what changed" page):
/// status changes, new, dropped and cancelled programmes, indicators whose realisation moved, and the
/// follow-up of the earlier review's delayed programmes (was budget re-allocated to them?).
public struct ReviewChanges: Hashable, Sendable, Codable {
    /// A programme whose status changed.
    public struct StatusChange: Hashable, Sendable, Codable {
        /// Its id now.
        public var programID: String
        /// Its id in the earlier review.
        public var previousID: String
        /// Its status then.
        public var from: ProgramStatus
        /// Its status now.
        public var to: ProgramStatus
    }

    /// A programme of the earlier review that no current programme follows.
    public struct RemovedProgram: Hashable, Sendable, Codable {
        /// Its id then.
        public var previousID: String
        /// Its title then.
        public var title: String
        /// Its OPD's name then.
        public var opdName: String
        /// Its status then.
        public var status: ProgramStatus
    }

    /// An indicator whose realisation moved (matched by programme and indicator name).
    public struct IndicatorChange: Hashable, Sendable, Codable {
        /// The programme's id now.
        public var programID: String
        /// Its id then.
        public var previousID: String
        /// The indicator's name.
        public var name: String
        /// Its unit now.
        public var unit: String
        /// Realisation then, exactly as written (`nil`: not measured).
        public var before: Rational?
        /// Realisation now (`nil`: not measured).
        public var after: Rational?
        /// Target now.
        public var target: Rational?
    }

    /// A programme delayed (`tertunda`) in the earlier review, and what became of it: the 2020
    /// review recommended re-allocating the budget of delayed programmes to the next year.
    public struct DelayFollowUp: Hashable, Sendable, Codable {
        /// Its id then.
        public var previousID: String
        /// Its title then.
        public var title: String
        /// Its OPD's name then.
        public var opdName: String
        /// `anggaran` then, whole Rupiah.
        public var budgetThen: Int64?
        /// Its id now, or `nil` when no current programme follows it.
        public var programID: String?
        /// Its status now.
        public var statusNow: ProgramStatus?
        /// `anggaran` now, whole Rupiah.
        public var budgetNow: Int64?
        /// The budget re-allocated to it: its `anggaran` now when it is in the current review with a status
        /// other than `tertunda` (delayed again) and `batal` (cancelled); else 0.
        public var reallocated: Int64
    }

    /// Totals of the follow-up, each Rupiah sum through the checked adder.
    public struct FollowUpTotals: Hashable, Sendable, Codable {
        /// Σ `anggaran` then of the programmes delayed then.
        public var budgetThen: Int64
        /// Σ re-allocated now.
        public var reallocated: Int64
        /// Programmes delayed then that have budget re-allocated now (status neither `tertunda` nor `batal`).
        public var reallocatedCount: Int
        /// Programmes delayed then and still `tertunda`.
        public var stillDelayed: Int
        /// Programmes delayed then and `batal` now.
        public var cancelled: Int
        /// Programmes delayed then that no current programme follows.
        public var missing: Int
    }

    /// The earlier review's year.
    public var previousYear: Int
    /// The current review's year.
    public var currentYear: Int
    /// Programmes whose status changed, in current programme order.
    public var statusChanges: [StatusChange]
    /// Ids of current programmes that were not in the earlier review.
    public var newPrograms: [String]
    /// Programmes of the earlier review that no current programme follows, by their id then.
    public var removed: [RemovedProgram]
    /// Ids of current programmes cancelled (`batal`) since the earlier review.
    public var cancelled: [String]
    /// Indicators whose realisation moved, in current programme and indicator order.
    public var indicators: [IndicatorChange]
    /// The earlier review's delayed programmes, by their id then.
    public var followUps: [DelayFollowUp]
    /// Totals of ``followUps``.
    public var followUpTotals: FollowUpTotals
}

/// Computes ``ReviewHistory`` and ``ReviewChanges`` once, in the aggregate stage, from the current
/// review's aggregates and the archived reviews' (read from their snapshots, never recomputed).
/// Archives of the current year or later are left out: they are not "earlier" reviews.
public struct YearOverYearAggregator: Sendable {
    /// Creates an aggregator.
    public init() {}

    /// History and changes of `content` against `archives`.
    /// - Returns: both `nil` when no archive is earlier than the current review; and diagnostics
    ///   (`money.overflow` when a follow-up total would pass 64 bits).
    public func aggregate(_ content: ReviewContent, aggregates: Aggregates, archives: [ArchivedReview])
        -> (history: ReviewHistory?, changes: ReviewChanges?, diagnostics: [Diagnostic])
    {
        let year = content.config.reviewYear
        let earlier = archives.filter { $0.year < year }.sorted { $0.year < $1.year }
        guard let previous = earlier.last else { return (nil, nil, []) }
        let lineage = ProgramLineage(current: content, archives: earlier)
        let history = self.history(content, aggregates: aggregates, earlier: earlier, lineage: lineage)
        var money = MoneyAdder()
        let changes = self.changes(content, previous: previous, lineage: lineage, money: &money)
        return (history, changes, money.diagnostics)
    }

    private func history(_ content: ReviewContent, aggregates: Aggregates, earlier: [ArchivedReview], lineage: ProgramLineage) -> ReviewHistory {
        let year = content.config.reviewYear
        var overall = earlier.map { YearScore(year: $0.year, key: "semua", entry: $0.aggregates.overall) }
        overall.append(YearScore(year: year, key: "semua", entry: aggregates.overall))
        var dimensions: [DimensionID: [YearScore]] = [:]
        for dimension in content.dimensions {
            var row = earlier.map { archive in
                YearScore(year: archive.year, key: dimension.id.rawValue, entry: archive.aggregates.dimensions[dimension.id])
            }
            row.append(YearScore(year: year, key: dimension.id.rawValue, entry: aggregates.dimensions[dimension.id]))
            dimensions[dimension.id] = row
        }
        var opds: [String: [YearScore]] = [:]
        for opd in content.opds {
            var row = earlier.map { archive -> YearScore in
                let key = lineage.opd(opd.slug, in: archive.year)
                return YearScore(
                    year: archive.year, key: key, name: key.flatMap { archive.content.opd($0)?.name },
                    entry: key.flatMap { archive.aggregates.opds[$0] })
            }
            row.append(YearScore(year: year, key: opd.slug, name: opd.name, entry: aggregates.opds[opd.slug]))
            opds[opd.slug] = row
        }
        var programs: [String: [ProgramYear]] = [:]
        for program in content.programs {
            var row: [ProgramYear] = []
            for archive in earlier {
                if let id = lineage.program(program.id, in: archive.year), let then = archive.content.program(id: id) {
                    row.append(ProgramYear(year: archive.year, program: then))
                }
            }
            guard !row.isEmpty else { continue }
            row.append(ProgramYear(year: year, program: program))
            programs[program.id] = row
        }
        return ReviewHistory(years: earlier.map(\.year) + [year], overall: overall, dimensions: dimensions, opds: opds, programs: programs)
    }

    private func changes(_ content: ReviewContent, previous: ArchivedReview, lineage: ProgramLineage, money: inout MoneyAdder) -> ReviewChanges {
        let before = previous.content
        var statusChanges: [ReviewChanges.StatusChange] = []
        var newPrograms: [String] = []
        var cancelled: [String] = []
        var indicators: [ReviewChanges.IndicatorChange] = []
        var followed: [String: Program] = [:]  // previous id → the first current programme that follows it
        for program in content.programs {
            guard let previousID = lineage.program(program.id, in: previous.year), let then = before.program(id: previousID) else {
                newPrograms.append(program.id)
                continue
            }
            if followed[previousID] == nil { followed[previousID] = program }
            if then.status != program.status {
                statusChanges.append(.init(programID: program.id, previousID: previousID, from: then.status, to: program.status))
                if program.status == .batal { cancelled.append(program.id) }
            }
            for indicator in program.indicators {
                guard let old = then.indicators.first(where: { $0.name == indicator.name }), old.realisation != indicator.realisation else {
                    continue
                }
                indicators.append(
                    .init(
                        programID: program.id, previousID: previousID, name: indicator.name, unit: indicator.unit,
                        before: old.realisation, after: indicator.realisation, target: indicator.target))
            }
        }
        let removed = lineage.unmatched(in: previous).compactMap { id -> ReviewChanges.RemovedProgram? in
            guard let then = before.program(id: id) else { return nil }
            return .init(previousID: id, title: then.title, opdName: before.opd(then.opdSlug)?.name ?? then.opdSlug, status: then.status)
        }
        var totals = ReviewChanges.FollowUpTotals(budgetThen: 0, reallocated: 0, reallocatedCount: 0, stillDelayed: 0, cancelled: 0, missing: 0)
        let followUps = before.programs.filter { $0.status == .tertunda }.map { then -> ReviewChanges.DelayFollowUp in
            money.add(&totals.budgetThen, then.budget, then, "anggaran")
            let now = followed[then.id]
            var reallocated: Int64 = 0
            switch now?.status {
            case nil: totals.missing += 1
            case .tertunda?: totals.stillDelayed += 1
            case .batal?: totals.cancelled += 1
            case .some:
                totals.reallocatedCount += 1
                reallocated = now?.budget ?? 0
                if let now { money.add(&totals.reallocated, now.budget, now, "anggaran") }
            }
            return .init(
                previousID: then.id, title: then.title, opdName: before.opd(then.opdSlug)?.name ?? then.opdSlug, budgetThen: then.budget,
                programID: now?.id, statusNow: now?.status, budgetNow: now?.budget, reallocated: reallocated)
        }
        return ReviewChanges(
            previousYear: previous.year, currentYear: content.config.reviewYear, statusChanges: statusChanges,
            newPrograms: newPrograms, removed: removed, cancelled: cancelled, indicators: indicators,
            followUps: followUps, followUpTotals: totals)
    }
}
