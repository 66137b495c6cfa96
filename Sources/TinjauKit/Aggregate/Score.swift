import BigInt

/// A score: a percentage 0…100 that keeps its numerator and denominator, exactly.
///
/// For the `realisasi-program` method both parts are whole programme counts
/// (13 of 19); for `capaian-indikator` the numerator is Σ weight × achievement
/// (achievement as a fraction 0…1) and the denominator Σ weight, both exact
/// rationals computed from the decimals editors wrote.
public struct Score: Hashable, Sendable, Codable {
    /// Realised programmes, or Σ weight × achievement (an ``ExactNumber``: exact, and cheap even
    /// when thousands of indicators have different targets).
    public var numerator: ExactNumber
    /// Planned programmes, or Σ weight.
    public var denominator: Rational
    /// Whether both parts are whole programme counts.
    public var isCount: Bool

    /// A count score: `realised` of `planned` programmes.
    public init(realised: Int, planned: Int) {
        numerator = ExactNumber(Rational(realised))
        denominator = Rational(planned)
        isCount = true
    }

    /// A weighted score: Σ weight × achievement over Σ weight.
    public init(weightedAchievement: ExactNumber, totalWeight: Rational) {
        numerator = weightedAchievement
        denominator = totalWeight
        isCount = false
    }

    /// Whether there is anything to score (the denominator is not 0). A scope with no
    /// programme has no score: it is "belum ada program", never 0 %.
    public var hasValue: Bool { !denominator.isZero }

    /// The exact percentage 0…100, or `nil` when the denominator is 0.
    public var percent: ExactNumber? { hasValue ? numerator.times(Rational.hundred / denominator) : nil }

    /// The percentage rounded half away from zero to `precision` decimals, times
    /// 10^precision (`53,8` at precision 1 → 538), from the exact value: 57/200 is
    /// 28,5 % and publishes as 29 %.
    public func scaledPercent(precision: Int) -> Int64? {
        percent.flatMap { Int64(exactly: $0.rounded(decimals: precision)) }
    }

    /// `54%`, `53,8%`, or `nil` when there is nothing to score.
    public func formatted(precision: Int) -> String? {
        scaledPercent(precision: precision).map { IndonesianFormat.fixed($0, decimals: precision) + "%" }
    }

    /// `7/13` for counts; `4,25/6` for weighted scores (each part to at most four decimals,
    /// `≈` before a part that had to be rounded).
    public var fraction: String { fraction(in: .indonesian) }

    /// ``fraction`` in the number format of a site's language (`4.25/6` in English).
    public func fraction(in format: SiteFormat) -> String {
        if isCount { return "\(numerator.exactValue.numerator)/\(denominator.numerator)" }
        return format.approximate(numerator, decimals: 4) + "/" + format.approximate(denominator, decimals: 4)
    }
}

/// A published score: the percentage as the site shows it, rounded once, and the
/// maturity band it falls in (bands are read from the published value, as the
/// 2020 review did).
public struct PublishedScore: Hashable, Sendable, Codable {
    /// The percentage × 10^`precision`, rounded half away from zero (68 for 68 %, 538 for 53,8 %).
    public var scaled: Int64
    /// Decimals (`penilaian.presisi`, 0…3).
    public var precision: Int
    /// The band, or `nil` when the review's bands do not cover the value.
    public var band: MaturityBand?

    /// The published percentage 0…100 as an exact value (`scaled ÷ 10^precision`).
    public var value: Rational { Rational(BigInt(scaled), Rational.powerOfTen(precision)) }

    /// `68%`, `53,8%`.
    public var text: String { text(in: .indonesian) }

    /// ``text`` in the number format of a site's language (`53.8%` in English).
    public func text(in format: SiteFormat) -> String { format.fixed(scaled, decimals: precision) + "%" }

    /// `68`, `53.8`: the value for data files and `<data value>` attributes.
    public var plain: String { value.plainDecimal(maxDecimals: precision) }
}

/// A score with the programmes behind it, so that methodology pages can list
/// what is in the numerator and the denominator, and its published form.
public struct ScoreEntry: Hashable, Sendable, Codable {
    /// The score.
    public var score: Score
    /// Ids (`opd/slug`) of the programmes in the denominator, sorted.
    public var counted: [String]
    /// Ids of the programmes in the numerator (count method), sorted.
    public var realised: [String]
    /// Planned programmes in the scope (all but `batal`): with the indicator method a scope may have
    /// programmes and still no score, when none of their indicators has a target and a realisation.
    public var planned: Int
    /// The published percentage and band; `nil` when there is nothing to score.
    public var published: PublishedScore?

    /// Creates an entry and rounds its score once, as `scoring` says.
    public init(score: Score, counted: [String], realised: [String], planned: Int? = nil, scoring: ScoringSettings) {
        self.score = score
        self.counted = counted
        self.realised = realised
        self.planned = planned ?? counted.count
        if let scaled = score.scaledPercent(precision: scoring.precision) {
            let value = Rational(BigInt(scaled), Rational.powerOfTen(scoring.precision))
            published = PublishedScore(scaled: scaled, precision: scoring.precision, band: scoring.band(for: value))
        }
    }
}
