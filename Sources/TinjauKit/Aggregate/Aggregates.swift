/// Budget sums in whole Rupiah for a group of programmes. Every sum is checked for
/// overflow by ``ScoreAggregator`` (an error, never a wrapped number).
public struct BudgetTotals: Hashable, Sendable, Codable {
    /// Σ `anggaran` (the budget ceiling, pagu).
    public var planned: Int64 = 0
    /// Σ `realisasi_anggaran`.
    public var realised: Int64 = 0
    /// Σ `anggaran` of programmes with status `tertunda` (to be re-allocated).
    public var delayed: Int64 = 0

    /// Zero totals.
    public init() {}

    /// Creates totals.
    public init(planned: Int64, realised: Int64, delayed: Int64) {
        self.planned = planned
        self.realised = realised
        self.delayed = delayed
    }

    /// Budget absorption (serapan) as an exact fraction, `realised ÷ planned` (1 = 100 %; it may
    /// exceed 1 when spending passed the ceiling), or `nil` when nothing was planned.
    public var absorption: Rational? { planned > 0 ? Rational(realised, planned) : nil }
}

/// The budget of one source of funds (`sumber_dana`).
public struct FundingSourceTotals: Hashable, Sendable, Codable {
    /// The source as written (`APBD`), or ``FundingSourceTotals/unspecified`` for programmes without one.
    public var name: String
    /// Its totals.
    public var totals: BudgetTotals

    /// The name of the group of programmes that give no `sumber_dana`.
    public static let unspecified = "Tidak disebut"
}

/// Programmes per status, counted once for every page and export.
public struct StatusCounts: Hashable, Sendable, Codable {
    /// Programmes with each status (every status present, 0 when none).
    public var byStatus: [ProgramStatus: Int]
    /// All programmes, cancelled ones included.
    public var total: Int
    /// Planned programmes: all but `batal` (the denominator of the count method).
    public var planned: Int
    /// Planned programmes whose status counts as realised (`penilaian.status_terealisasi`).
    public var realised: Int

    /// The number of programmes with `status`.
    public subscript(status: ProgramStatus) -> Int { byStatus[status] ?? 0 }
}

/// Delayed programmes (status `tertunda`) and the budget to re-allocate: the 2020
/// review's finding that COVID-19 delayed programmes whose budget must move to the next year.
public struct DelaySummary: Hashable, Sendable, Codable {
    /// Programmes delayed in one OPD or dimension, with their budget.
    public struct Group: Hashable, Sendable, Codable {
        /// Delayed programmes.
        public var count: Int
        /// Σ `anggaran` of those programmes, whole Rupiah.
        public var budget: Int64
    }

    /// Ids of the delayed programmes, in canonical order (OPD, then slug).
    public var programs: [String]
    /// Σ `anggaran` of the delayed programmes, whole Rupiah.
    public var budget: Int64
    /// Σ `realisasi_anggaran` of the delayed programmes, whole Rupiah.
    public var realised: Int64
    /// What remains to re-allocate: `budget − realised` (negative only when spending passed the ceiling).
    public var remaining: Int64
    /// Delayed programmes whose `alasan_tunda` mentions COVID.
    public var covid: Int
    /// Per lead OPD slug (only OPDs with a delayed programme).
    public var byOPD: [String: Group]
    /// Per dimension (only dimensions with a delayed programme).
    public var byDimension: [DimensionID: Group]
}

/// Programmes and IT operators of one OPD: the 2020 review's finding that several
/// OPDs lack staff able to run their systems.
public struct OPDCapacity: Hashable, Sendable, Codable {
    /// Programmes the OPD leads that are not `batal`.
    public var activePrograms: Int
    /// `operator_ti`, or `nil` when not reported.
    public var itOperators: Int?
    /// `activePrograms ÷ itOperators`, exactly, when the OPD has at least one operator.
    public var programsPerOperator: Rational?
    /// The one rule for "has programmes but no IT operator": at least one active programme,
    /// and `operator_ti` 0 or not reported.
    public var lacksOperator: Bool
}

/// OPD capacity for the whole review.
public struct CapacitySummary: Hashable, Sendable, Codable {
    /// Per OPD slug, for every OPD.
    public var byOPD: [String: OPDCapacity]
    /// Slugs of the OPDs that lead active programmes without an IT operator, sorted.
    public var lackingOperator: [String]
    /// Σ `operator_ti` over the OPDs that report it.
    public var totalOperators: Int
    /// OPDs that lead at least one programme that is not `batal`.
    public var leadingPrograms: Int
}

/// A table of counts with labelled rows and columns, for heat maps and their tables.
public struct CountMatrix<Row: Hashable & Sendable & Codable, Column: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// Row keys, in display order.
    public var rows: [Row]
    /// Column keys, in display order.
    public var columns: [Column]
    /// `values[row][column]`, counts ≥ 0.
    public var values: [[Int]]

    /// Σ of a row.
    public func rowTotal(_ row: Int) -> Int { values[row].reduce(0, +) }
    /// Rows with a count above 0 in `column`.
    public func rowsWithValue(inColumn column: Int) -> Int { values.filter { $0[column] > 0 }.count }
}

/// Figures of one programme.
public struct ProgramFigures: Hashable, Sendable, Codable {
    /// Achievement of each indicator as an exact fraction 0…1 (parallel to `indicators`;
    /// `nil` where there is no target or no realisation).
    public var achievements: [Rational?]
    /// Budget absorption, `realisasi_anggaran ÷ anggaran`, when both are given and `anggaran` > 0.
    public var absorption: Rational?
}

/// Every number the site shows or exports, computed once by ``ScoreAggregator``;
/// pages, charts, live values (`{{skor.…}}`) and data files only format them.
public struct Aggregates: Sendable, Codable {
    /// The method that produced the scores.
    public var method: ScoringMethod
    /// All programmes together.
    public var overall: ScoreEntry
    /// Per dimension (every dimension; a dimension without programme has no published score).
    public var dimensions: [DimensionID: ScoreEntry]
    /// Per dimension, per element slug (only elements with programmes).
    public var elements: [DimensionID: [String: ScoreEntry]]
    /// Per OPD slug (lead OPD only; partners are not credited), every OPD.
    public var opds: [String: ScoreEntry]
    /// Per OPD slug and dimension, only where the OPD leads a programme in the dimension.
    public var opdDimensions: [String: [DimensionID: ScoreEntry]]
    /// Per start year (`tahun_mulai`), for programmes that give one.
    public var years: [Int: ScoreEntry]
    /// Programmes per status.
    public var statusCounts: StatusCounts
    /// Programmes of each dimension that name no element (they count in the dimension's score only).
    public var programsWithoutElement: [DimensionID: Int]
    /// Budget totals for the whole review.
    public var budget: BudgetTotals
    /// Budget totals per dimension (every dimension).
    public var budgetByDimension: [DimensionID: BudgetTotals]
    /// Budget totals per OPD (every OPD).
    public var budgetByOPD: [String: BudgetTotals]
    /// Budget totals per source of funds, sorted by name.
    public var budgetBySource: [FundingSourceTotals]
    /// Delayed programmes and the budget to re-allocate.
    public var delays: DelaySummary
    /// Programmes and IT operators per OPD.
    public var capacity: CapacitySummary
    /// Programmes (not cancelled) led by each OPD (rows, in slug order) per dimension (columns, framework order).
    public var opdDimensionCounts: CountMatrix<String, DimensionID>
    /// Programmes (not cancelled) scheduled in each masterplan year (columns) per dimension (rows): a
    /// programme counts in every year from `tahun_mulai` to `tahun_selesai` (only its start year without an end).
    public var timeline: CountMatrix<DimensionID, Int>
    /// Figures per programme id (`opd/slug`).
    public var programs: [String: ProgramFigures]
    /// Overlapping programmes of different OPDs (``OverlapDetector``): pairs most similar first, and the
    /// groups they form.
    public var overlaps: OverlapResult = .empty
    /// Scores, statuses and budgets per review year, from the archived reviews and this one
    /// (``YearOverYearAggregator``); `nil` when there is no earlier review.
    public var history: ReviewHistory? = nil
    /// What changed since the newest earlier review (``YearOverYearAggregator``); `nil` when there is none.
    public var changes: ReviewChanges? = nil
}
