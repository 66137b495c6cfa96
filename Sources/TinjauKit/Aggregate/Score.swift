/// A score: a percentage 0…100 that keeps its numerator and denominator.
///
/// For the `realisasi-program` method both parts are whole programme counts
/// (13 of 19); for `capaian-indikator` the numerator is Σ weight × achievement
/// (achievement as 0…1) and the denominator Σ weight.
public struct Score: Hashable, Sendable {
    /// Realised programmes, or Σ weight × achievement.
    public var numerator: Double
    /// Planned programmes, or Σ weight.
    public var denominator: Double
    /// Whether both parts are whole programme counts.
    public var isCount: Bool

    /// A count score: `realised` of `planned` programmes.
    public init(realised: Int, planned: Int) {
        numerator = Double(realised)
        denominator = Double(planned)
        isCount = true
    }

    /// A weighted score: Σ weight × achievement over Σ weight.
    public init(weightedAchievement: Double, totalWeight: Double) {
        numerator = weightedAchievement
        denominator = totalWeight
        isCount = false
    }

    /// Whether there is anything to score (the denominator is not 0).
    public var hasValue: Bool { denominator > 0 }

    /// The exact percentage 0…100, or `nil` when the denominator is 0 (never NaN).
    public var percent: Double? { hasValue ? numerator / denominator * 100 : nil }

    /// The percentage rounded half away from zero to `precision` decimals, times
    /// 10^precision (`53,8` at precision 1 → 538). Count scores are rounded in
    /// integer arithmetic, so that 7/13 is never off by a floating-point hair.
    public func scaledPercent(precision: Int) -> Int64? {
        guard hasValue else { return nil }
        var scale: Int64 = 1
        for _ in 0..<precision { scale *= 10 }
        if isCount {
            let n = Int64(numerator), d = Int64(denominator)
            let scaled = n * 100 * scale
            let quotient = scaled / d, remainder = scaled % d
            return 2 * remainder >= d ? quotient + 1 : quotient
        }
        return Int64((numerator / denominator * 100 * Double(scale)).rounded(.toNearestOrAwayFromZero))
    }

    /// The published percentage (rounded to `precision` decimals), 0…100, or `nil`.
    public func publishedPercent(precision: Int) -> Double? {
        guard let scaled = scaledPercent(precision: precision) else { return nil }
        var scale = 1.0
        for _ in 0..<precision { scale *= 10 }
        return Double(scaled) / scale
    }

    /// `54%`, `53,8%`, or `nil` when there is nothing to score.
    public func formatted(precision: Int) -> String? {
        scaledPercent(precision: precision).map { IndonesianFormat.fixed($0, decimals: precision) + "%" }
    }

    /// `7/13` for counts; `2,35/3` (two decimals) for weighted scores.
    public var fraction: String {
        if isCount { return "\(Int(numerator))/\(Int(denominator))" }
        return IndonesianFormat.number(numerator) + "/" + IndonesianFormat.number(denominator)
    }
}

/// A score with the programmes behind it, so that methodology pages can list
/// what is in the numerator and the denominator.
public struct ScoreEntry: Hashable, Sendable {
    /// The score.
    public var score: Score
    /// Ids (`opd/slug`) of the programmes in the denominator, sorted.
    public var counted: [String]
    /// Ids of the programmes in the numerator (count method), sorted.
    public var realised: [String]

    /// Creates an entry.
    public init(score: Score, counted: [String], realised: [String]) {
        self.score = score
        self.counted = counted
        self.realised = realised
    }
}
