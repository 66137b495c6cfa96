import Testing

@testable import TinjauKit

/// Builds a programme for scoring tests.
func program(
    _ slug: String, _ dimension: DimensionID, _ status: ProgramStatus, opd: String = "dinas-a",
    element: String? = nil, year: Int? = nil, budget: Int64? = nil, indicators: [Indicator] = []
) -> Program {
    Program(
        slug: slug, opdSlug: opd, title: slug, dimension: dimension, element: element, status: status,
        startYear: year, budget: budget, indicators: indicators, sourcePath: "content/opd/\(opd)/\(slug).md")
}

func indicator(target: Rational?, realisation: Rational?, direction: IndicatorDirection = .naik, weight: Rational = 1) -> Indicator {
    Indicator(
        name: "i", target: target, realisation: realisation, direction: direction, weight: weight,
        location: SourceLocation(path: "x.md", line: 1, column: 1))
}

func review(_ programs: [Program], scoring: ScoringSettings = ScoringSettings()) -> ReviewContent {
    let config = ReviewConfig(title: "T", region: "R", reviewYear: 2020, masterplanStart: 2018, masterplanEnd: 2023, scoring: scoring)
    return ReviewContent(config: config, opds: [OPD(slug: "dinas-a", name: "A"), OPD(slug: "dinas-b", name: "B")], programs: programs)
}

@Suite("Scores")
struct ScoreTests {
    @Test(
        "the 2020 Bantul ratios round to the published whole percentages",
        arguments: [
            (7, 13, "54%"), (13, 19, "68%"), (5, 12, "42%"), (4, 7, "57%"), (5, 5, "100%"),
        ])
    func publishedRatios(realised: Int, planned: Int, expected: String) {
        #expect(Score(realised: realised, planned: planned).formatted(precision: 0) == expected)
    }

    @Test func roundingIsHalfAwayFromZeroInIntegers() {
        #expect(Score(realised: 1, planned: 8).formatted(precision: 0) == "13%")  // 12,5 → 13
        #expect(Score(realised: 1, planned: 8).formatted(precision: 1) == "12,5%")
        #expect(Score(realised: 7, planned: 13).formatted(precision: 1) == "53,8%")  // 53,846…
        #expect(Score(realised: 13, planned: 19).formatted(precision: 2) == "68,42%")
        #expect(Score(realised: 2, planned: 3).scaledPercent(precision: 0) == 67)
    }

    @Test func emptyDenominatorHasNoValueAndNeverNaN() {
        let score = Score(realised: 0, planned: 0)
        #expect(!score.hasValue)
        #expect(score.percent == nil)
        #expect(score.formatted(precision: 0) == nil)
        #expect(Score(weightedAchievement: ExactNumber(.zero), totalWeight: 0).percent == nil)
    }

    @Test func realisationMethodCountsStatusesAndIgnoresBatal() {
        let programs = [
            program("a", .governance, .selesai, element: "layanan-publik"),
            program("b", .governance, .berjalan, element: "layanan-publik"),
            program("c", .governance, .rencana, element: "birokrasi"),
            program("d", .governance, .tertunda),
            program("e", .governance, .batal, element: "birokrasi"),
            program("f", .environment, .selesai, opd: "dinas-b"),
        ]
        let (aggregates, diagnostics) = ScoreAggregator(settings: ScoringSettings()).aggregate(review(programs))
        #expect(diagnostics.isEmpty)
        let governance = aggregates.dimensions[.governance]!
        #expect(governance.score == Score(realised: 2, planned: 4))
        #expect(governance.counted == ["dinas-a/a", "dinas-a/b", "dinas-a/c", "dinas-a/d"])
        #expect(governance.realised == ["dinas-a/a", "dinas-a/b"])
        #expect(aggregates.elements[.governance]?["layanan-publik"]?.score == Score(realised: 2, planned: 2))
        #expect(aggregates.elements[.governance]?["birokrasi"]?.score == Score(realised: 0, planned: 1))
        #expect(aggregates.elements[.governance]?["kebijakan-publik"] == nil)
        #expect(aggregates.dimensions[.branding]!.score.percent == nil)
        #expect(aggregates.opds["dinas-a"]!.score == Score(realised: 2, planned: 4))
        #expect(aggregates.opds["dinas-b"]!.score == Score(realised: 1, planned: 1))
        #expect(aggregates.overall.score == Score(realised: 3, planned: 5))
        #expect(aggregates.statusCounts[.batal] == 1)
    }

    @Test func configuredStatusesChangeWhatCounts() {
        let settings = ScoringSettings(realisedStatuses: [.selesai])
        let programs = [program("a", .living, .selesai), program("b", .living, .berjalan)]
        let (aggregates, _) = ScoreAggregator(settings: settings).aggregate(review(programs, scoring: settings))
        #expect(aggregates.dimensions[.living]!.score == Score(realised: 1, planned: 2))
    }

    @Test func scoresPerStartYear() {
        let programs = [
            program("a", .living, .selesai, year: 2019), program("b", .living, .rencana, year: 2020),
            program("c", .society, .berjalan, year: 2020),
        ]
        let (aggregates, _) = ScoreAggregator(settings: ScoringSettings()).aggregate(review(programs))
        #expect(aggregates.years[2019]!.score == Score(realised: 1, planned: 1))
        #expect(aggregates.years[2020]!.score == Score(realised: 1, planned: 2))
    }

    @Test func indicatorAchievementIsClampedAndRespectsDirection() {
        func achievement(_ i: Indicator) -> Rational? { ScoreAggregator.achievement(of: i) }
        #expect(achievement(indicator(target: 80, realisation: 60)) == Rational(3, 4))
        #expect(achievement(indicator(target: 80, realisation: 100)) == 1)  // over target → 1
        #expect(achievement(indicator(target: 80, realisation: -5)) == 0)  // below 0 → 0
        #expect(achievement(indicator(target: 100, realisation: 125, direction: .turun)) == Rational(4, 5))
        #expect(achievement(indicator(target: 100, realisation: 90, direction: .turun)) == 1)
        #expect(achievement(indicator(target: 0, realisation: 0, direction: .turun)) == 1)
        #expect(achievement(indicator(target: 0, realisation: 5)) == nil)  // naik with target 0
        #expect(achievement(indicator(target: 80, realisation: nil)) == nil)
        #expect(achievement(indicator(target: r("200"), realisation: r("57"))) == r("0.285"))  // exact, not 0.28499…
    }

    @Test func indicatorMethodIsTheWeightedMean() {
        // Hand computation: (1×0,75 + 3×0,5 + 2×1) / (1 + 3 + 2) = 4,25 / 6 = 70,833…% → 70,8%.
        let programs = [
            program(
                "a", .economy, .berjalan,
                indicators: [
                    indicator(target: 80, realisation: 60),
                    indicator(target: 10, realisation: 5, weight: 3),
                ]),
            program(
                "b", .economy, .selesai,
                indicators: [
                    indicator(target: 50, realisation: 70, weight: 2),
                    indicator(target: 50, realisation: nil),
                ]),
            program("c", .economy, .batal, indicators: [indicator(target: 50, realisation: 0, weight: 100)]),
            program("d", .economy, .rencana),
        ]
        let settings = ScoringSettings(method: .indicatorAchievement, precision: 1)
        let (aggregates, _) = ScoreAggregator(settings: settings).aggregate(review(programs, scoring: settings))
        let economy = aggregates.dimensions[.economy]!
        #expect(economy.score.numerator.exactValue == r("4.25"))
        #expect(economy.score.denominator == 6)
        #expect(economy.score.formatted(precision: 1) == "70,8%")
        #expect(economy.counted == ["dinas-a/a", "dinas-a/b"])
        #expect(aggregates.dimensions[.living]!.score.percent == nil)
    }

    @Test func rupiahAreSummedAsIntegersAndOverflowIsReported() {
        let fine = [program("a", .living, .tertunda, budget: 1_250_000_000), program("b", .living, .selesai, budget: 750_000_001)]
        let (aggregates, ok) = ScoreAggregator(settings: ScoringSettings()).aggregate(review(fine))
        #expect(ok.isEmpty)
        #expect(aggregates.budget.planned == 2_000_000_001)
        #expect(aggregates.budget.delayed == 1_250_000_000)
        let huge = [program("a", .living, .selesai, budget: Int64.max), program("b", .living, .selesai, budget: 1)]
        let (_, overflow) = ScoreAggregator(settings: ScoringSettings()).aggregate(review(huge))
        #expect(overflow.contains { $0.code == "money.overflow" && $0.location.path == "content/opd/dinas-a/b.md" })
    }

    @Test func maturityBandsUseThePublishedPercentage() {
        let settings = ScoringSettings()
        #expect(settings.band(for: 0)?.name == "Rintisan")
        #expect(settings.band(for: r("39.9"))?.name == "Rintisan")
        #expect(settings.band(for: 40)?.name == "Berkembang")
        #expect(settings.band(for: 68)?.name == "Matang")
        #expect(settings.band(for: 100)?.name == "Optimal")
        // 59,6 % published at precision 0 is 60 % and therefore "Matang".
        let entry = ScoreEntry(score: Score(realised: 31, planned: 52), counted: [], realised: [], scoring: settings)  // 59,615…
        #expect(entry.published?.scaled == 60)
        #expect(entry.published?.band?.name == "Matang")
    }
}
