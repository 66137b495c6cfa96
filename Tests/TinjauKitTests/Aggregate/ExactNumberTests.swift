import BigInt
import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// An independent reference for the property test: a plain fraction on BigInt with its own
/// parsing, arithmetic and rounding, sharing no code with tinjau's `Rational`.
struct ReferenceFraction {
    var n: BigInt
    var d: BigInt  // > 0, not kept reduced

    init(_ n: BigInt, _ d: BigInt = 1) {
        precondition(d != 0)
        self.n = d < 0 ? -n : n
        self.d = d < 0 ? -d : d
    }

    /// `"-12.3456"` → -123456/10000.
    init(_ text: String) {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".")
        let digits = parts.joined()
        let scale = parts.count == 2 ? parts[1].count : 0
        var denominator = BigInt(1)
        for _ in 0..<scale { denominator *= 10 }
        self.init((negative ? -1 : 1) * BigInt(digits)!, denominator)
    }

    static func + (a: Self, b: Self) -> Self { Self(a.n * b.d + b.n * a.d, a.d * b.d) }
    static func * (a: Self, b: Self) -> Self { Self(a.n * b.n, a.d * b.d) }
    static func / (a: Self, b: Self) -> Self { Self(a.n * b.d, a.d * b.n) }
    static func < (a: Self, b: Self) -> Bool { a.n * b.d < b.n * a.d }
    var isZero: Bool { n == 0 }

    /// The value × 10^decimals rounded half away from zero, by comparing twice the remainder.
    func roundedHalfAway(decimals: Int) -> BigInt {
        var numerator = n
        for _ in 0..<decimals { numerator *= 10 }
        let magnitude = numerator < 0 ? -numerator : numerator
        var quotient = magnitude / d
        if (magnitude - quotient * d) * 2 >= d { quotient += 1 }
        return numerator < 0 ? -quotient : quotient
    }
}

/// A small deterministic generator (SplitMix64) so that a failure names a seed that reproduces it.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
}

@Suite("Exact numbers")
struct ExactNumberTests {
    // MARK: The two cases of the issue, through the whole pipeline

    /// Builds a one-OPD review with the `capaian-indikator` method from programme files and returns the
    /// data files and pages.
    func indicatorSite(_ programs: [String: String], precision: Int = 0) throws -> [String: String] {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let review = minimalReview + "\npenilaian:\n  metode: capaian-indikator\n  presisi: \(precision)\n"
        try fs.write(Array(review.utf8), to: dir.path + "/content/tinjau.yml")
        try fs.write(Array(opdIndex.utf8), to: dir.path + "/content/opd/dinas-a/_index.md")
        for (name, text) in programs { try fs.write(Array(text.utf8), to: dir.path + "/content/opd/dinas-a/\(name).md") }
        let (files, _) = try SiteBuilder().prepare(
            BuildOptions(
                contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates,
                outputDirectory: dir.path + "/output"))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    func economyProgram(_ indicators: [(target: String, realisation: String)]) -> String {
        var text = "---\njudul: Program Ekonomi\ndimensi: economy\nstatus: berjalan\nindikator:\n"
        for (index, i) in indicators.enumerated() {
            text += "  - nama: Indikator \(index + 1)\n    target: \(i.target)\n    realisasi: \(i.realisation)\n"
        }
        return text + "---\nIsi.\n"
    }

    @Test func exactlyHalfRoundsAwayFromZero() throws {
        // 57 ÷ 200 = 0,285 exactly: 28,5 % → 29 % (binary floating point made it 28,4999… → 28 %).
        let site = try indicatorSite(["p": economyProgram([("200", "57")])])
        let csv = try #require(site["data/skor.csv"])
        #expect(
            csv.contains(
                "\ndimensi,economy,Kesejahteraan dan Pertumbuhan Berkelanjutan,0.285,1,28.5,57/2,29,Rintisan,capaian-indikator,economy,\r\n"),
            "\(csv)")
        let page = try #require(site["dimensi/economy/index.html"])
        #expect(page.contains("<data value=\"29\" data-sumber=\"/agregat/skor/dimensi/economy/persen_publikasi\">29%</data>"))
    }

    @Test func aMaturityBandDoesNotFlip() throws {
        // (0,10 + 0,69) ÷ 2 = 0,395 exactly: 39,5 % → 40 %, "Berkembang" (not 39 % "Rintisan").
        let site = try indicatorSite(["p": economyProgram([("100", "10"), ("100", "69")])])
        let csv = try #require(site["data/skor.csv"])
        #expect(
            csv.contains(
                "\ndimensi,economy,Kesejahteraan dan Pertumbuhan Berkelanjutan,0.79,2,39.5,79/2,40,Berkembang,capaian-indikator,economy,\r\n"),
            "\(csv)")
        let json = try #require(site["data/tinjauan.json"])
        #expect(json.contains("\"persen_publikasi\" : 40,\n          \"program_dihitung\" : 1,\n          \"tingkat_kematangan\" : \"Berkembang\""))
        let home = try #require(site["index.html"])
        #expect(home.contains("<data value=\"40\" data-sumber=\"/agregat/skor/keseluruhan/persen_publikasi\">40%</data>"))
    }

    @Test func repeatingValuesAreMarkedAsRounded() throws {
        // 1 ÷ 3 and 2 ÷ 3: Σ = 1 exactly, over 2 indicators → 50 %; the numerator is written exactly.
        let site = try indicatorSite(["p": economyProgram([("3", "1"), ("3", "2")])], precision: 1)
        let csv = try #require(site["data/skor.csv"])
        #expect(csv.contains(",1,2,50,50,50,Berkembang,"), "\(csv)")
        // One indicator at 1/3: the numerator does not end; it is rounded to six decimals and exact as a fraction.
        let third = try indicatorSite(["p": economyProgram([("3", "1")])], precision: 2)
        let json = try #require(third["data/tinjauan.json"])
        #expect(json.contains("\"pembilang\" : 0.333333"))  // six decimals; exact as a fraction below
        #expect(json.contains("\"pembilang_pecahan\" : \"1/3\""))
        #expect(json.contains("\"persen_publikasi\" : 33.33"))
    }

    // MARK: Rupiah

    @Test func everyRupiahSumDetectsOverflow() {
        // Two delayed programmes whose realisations overflow only in the sum of delayed programmes and of
        // their source of funds; and budgets that overflow per OPD.
        let big = Int64.max / 2 + 1
        var a = program("a", .living, .tertunda, budget: 10)
        a.budgetRealised = big
        a.fundingSource = "APBD"
        a.delayReason = "COVID-19"
        var b = program("b", .living, .tertunda, opd: "dinas-b", budget: 10)
        b.budgetRealised = big
        b.fundingSource = "APBD"
        let (aggregates, diagnostics) = ScoreAggregator(settings: ScoringSettings()).aggregate(review([a, b]))
        let overflow = diagnostics.filter { $0.code == "money.overflow" }
        #expect(overflow.count == 1)  // once per programme field, however many sums it breaks
        #expect(overflow.first?.location.path == "content/opd/dinas-b/b.md")
        #expect(overflow.first?.severity == .error)
        #expect(aggregates.delays.realised == big)  // the last correct value, never a wrapped one
        #expect(aggregates.budgetBySource.first?.totals.realised == big)
    }

    @Test func aScopeWithProgrammesButNoMeasuredIndicatorSaysSo() throws {
        let site = try indicatorSite(["p": "---\njudul: Program Tanpa Indikator\ndimensi: economy\nstatus: berjalan\n---\nIsi.\n"])
        let page = try #require(site["dimensi/economy/index.html"])
        #expect(page.contains("belum ada capaian indikator"))
        #expect(try #require(site["dimensi/living/index.html"]).contains("belum ada program"))
        #expect(try #require(site["opd/dinas-a/p/index.html"]).contains("Belum ada indikator dengan target dan realisasi"))
    }

    @Test func aNegativeTargetIsNotScoredInEitherDirection() {
        #expect(ScoreAggregator.achievement(of: indicator(target: -5, realisation: 3, direction: .turun)) == nil)
        #expect(ScoreAggregator.achievement(of: indicator(target: -5, realisation: -10, direction: .turun)) == nil)
        #expect(ScoreAggregator.achievement(of: indicator(target: -5, realisation: 3)) == nil)
    }

    @Test func rupiahInWordsIsExactAtEveryMagnitude() {
        #expect(IndonesianFormat.rupiahShort(999_995_000) == "Rp1 miliar")  // not "Rp1.000 juta"
        #expect(IndonesianFormat.rupiahShort(999_994_999) == "Rp999,99 juta")
        #expect(IndonesianFormat.rupiahShort(999_995_000_000) == "Rp1 triliun")
        #expect(IndonesianFormat.rupiahShort(Int64.max) == "Rp9.223.372,04 triliun")
        #expect(IndonesianFormat.rupiahShort(1_005_000_000) == "Rp1,01 miliar")  // 1,005 → 1,01 half away from zero
        #expect(IndonesianFormat.rupiahShort(1_004_999_999) == "Rp1 miliar")
    }

    // MARK: The property test

    /// A decimal with up to four decimals as an editor would write it; a third of the values come from a
    /// small set (round targets, halves) so that exact ties at the rounding boundary are frequent.
    func decimal(_ rng: inout SplitMix, negative: Bool = false) -> String {
        if rng.chance(35) {
            let text = ["0", "1", "2", "3", "8", "10", "40", "57", "69", "100", "200", "12.5", "0.5", "37.5", "99.5"][rng.int(0...14)]
            return negative && rng.chance(10) ? "-" + text : text
        }
        let scale = rng.int(0...4)
        var digits = String(rng.int(0...2_000_000))
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative && rng.chance(10) ? "-" + digits : digits
    }

    @Test func everyPublishedPercentageEqualsTheExactValueRoundedHalfAwayFromZero() throws {
        let elementsByDimension = Dictionary(uniqueKeysWithValues: Dimension.builtIn.map { ($0.id, $0.elements.map(\.slug)) })
        var checked = 0
        for seed in UInt64(1)...3_000 {
            var rng = SplitMix(state: seed)
            let precision = rng.int(0...3)
            let method: ScoringMethod = rng.chance(70) ? .indicatorAchievement : .programRealisation
            var realised = [ProgramStatus.berjalan, .selesai]
            if rng.chance(30) { realised = [.selesai] }
            let settings = ScoringSettings(method: method, realisedStatuses: realised, precision: precision)
            var programs: [Program] = []
            var texts: [String: [(target: String?, realisation: String?, weight: String?, direction: IndicatorDirection)]] = [:]
            for index in 0..<rng.int(1...8) {
                let dimension = DimensionID.allCases[rng.int(0...5)]
                let status = ProgramStatus.allCases[rng.int(0...4)]
                var p = program(
                    "p\(index)", dimension, status, opd: rng.chance(50) ? "dinas-a" : "dinas-b",
                    element: rng.chance(70) ? elementsByDimension[dimension]![rng.int(0...2)] : nil,
                    year: rng.chance(80) ? rng.int(2018...2023) : nil)
                if rng.chance(70) {
                    let budget = Int64(rng.int(1...5_000_000)) * 1000
                    p.budget = budget
                    if rng.chance(70) { p.budgetRealised = Int64(rng.int(0...6_000_000)) * 1000 }
                }
                var written: [(String?, String?, String?, IndicatorDirection)] = []
                // In a third of the reviews every indicator lands exactly on a rounding boundary at the review's
                // precision (target 2·10^(p+2), an odd realisation): the case binary floating point gets wrong.
                let tieMode = seed % 3 == 0
                for _ in 0..<rng.int(tieMode ? 1...2 : 0...4) {
                    let direction: IndicatorDirection = tieMode ? .naik : (rng.chance(25) ? .turun : .naik)
                    var target: String? = tieMode ? "2" + String(repeating: "0", count: precision + 2) : decimal(&rng)
                    if direction == .naik, target.map({ Rational(decimal: $0)! <= .zero }) == true { target = "1" }
                    if !tieMode && rng.chance(5) { target = nil }
                    let realisation: String? = tieMode ? String(2 * rng.int(0...99) + 1) : (rng.chance(80) ? decimal(&rng, negative: true) : nil)
                    let weight: String? = tieMode ? nil : (rng.chance(40) ? ["1", "2", "0.5", "1.25", "3", "0.1"][rng.int(0...5)] : nil)
                    written.append((target, realisation, weight, direction))
                    p.indicators.append(
                        Indicator(
                            name: "i", target: target.map { r($0) }, realisation: realisation.map { r($0) },
                            direction: direction, weight: weight.map { r($0) } ?? 1,
                            location: TinjauKit.SourceLocation(path: "x.md", line: 1, column: 1)))
                }
                texts[p.id] = written
                programs.append(p)
            }
            let content = review(programs, scoring: settings)
            let (aggregates, diagnostics) = ScoreAggregator(settings: settings).aggregate(content)
            #expect(!diagnostics.hasErrors)

            // The reference, computed from the written text with ReferenceFraction only.
            func achievement(_ i: (target: String?, realisation: String?, weight: String?, direction: IndicatorDirection)) -> ReferenceFraction? {
                guard let t = i.target, let r = i.realisation else { return nil }
                let target = ReferenceFraction(t)
                let realisation = ReferenceFraction(r)
                if target < ReferenceFraction(0) { return nil }  // a negative target cannot be scored (the validator warns)
                var value: ReferenceFraction
                if i.direction == .naik {
                    guard ReferenceFraction(0) < target else { return nil }
                    value = realisation / target
                } else {
                    guard ReferenceFraction(0) < realisation else { return ReferenceFraction(1) }
                    value = target / realisation
                }
                if value < ReferenceFraction(0) { value = ReferenceFraction(0) }
                if ReferenceFraction(1) < value { value = ReferenceFraction(1) }
                return value
            }
            func reference(_ members: [Program]) -> ReferenceFraction? {
                let planned = members.filter { $0.status != .batal }
                if method == .programRealisation {
                    let realisedCount = planned.filter { realised.contains($0.status) }.count
                    return planned.isEmpty ? nil : ReferenceFraction(BigInt(realisedCount * 100), BigInt(planned.count))
                }
                var numerator = ReferenceFraction(0)
                var denominator = ReferenceFraction(0)
                for p in planned {
                    for i in texts[p.id]! {
                        guard let a = achievement(i) else { continue }
                        let w = ReferenceFraction(i.weight ?? "1")
                        numerator = numerator + w * a
                        denominator = denominator + w
                    }
                }
                return denominator.isZero ? nil : numerator * ReferenceFraction(100) / denominator
            }
            func bandName(_ scaled: BigInt) -> String {
                // The last default band whose minimum is at or below the published value.
                let published = ReferenceFraction(scaled, BigInt(10).power(precision))
                return [("Rintisan", "0"), ("Berkembang", "40"), ("Matang", "60"), ("Optimal", "80")]
                    .last { !(published < ReferenceFraction($0.1)) }!.0
            }
            func compare(_ what: String, _ entry: ScoreEntry?, _ members: [Program]) {
                let expected = reference(members)
                guard let expected else {
                    #expect(entry?.published == nil, "seed \(seed): \(what) should have no score")
                    return
                }
                let scaled = expected.roundedHalfAway(decimals: precision)
                #expect(entry?.published.map { BigInt($0.scaled) } == scaled, "seed \(seed): \(what)")
                #expect(entry?.published?.band?.name == bandName(scaled), "seed \(seed): \(what) band")
                checked += 1
            }
            compare("overall", aggregates.overall, programs)
            for d in DimensionID.allCases {
                let members = programs.filter { $0.dimension == d }
                compare("dimension \(d)", aggregates.dimensions[d], members)
                for e in elementsByDimension[d]! {
                    let inElement = members.filter { $0.element == e }
                    if !inElement.isEmpty { compare("element \(e)", aggregates.elements[d]?[e], inElement) }
                }
                for opd in ["dinas-a", "dinas-b"] {
                    let led = members.filter { $0.opdSlug == opd }
                    if !led.isEmpty { compare("\(opd) × \(d)", aggregates.opdDimensions[opd]?[d], led) }
                }
            }
            for opd in ["dinas-a", "dinas-b"] { compare("opd \(opd)", aggregates.opds[opd], programs.filter { $0.opdSlug == opd }) }
            for year in Set(programs.compactMap(\.startYear)) {
                compare("year \(year)", aggregates.years[year], programs.filter { $0.startYear == year })
            }

            // Shares published with one decimal: absorption per programme and indicator achievements.
            for p in programs {
                let figures = aggregates.programs[p.id]
                if let budget = p.budget, let spent = p.budgetRealised, budget > 0 {
                    let expected = ReferenceFraction(BigInt(spent) * 100, BigInt(budget)).roundedHalfAway(decimals: 1)
                    #expect(figures?.absorption.map { $0.rounded(decimals: 3) } == expected, "seed \(seed): absorption \(p.id)")
                }
                for (index, i) in texts[p.id]!.enumerated() {
                    let expected = achievement(i).map { ($0 * ReferenceFraction(100)).roundedHalfAway(decimals: 1) }
                    #expect(figures?.achievements[index].map { $0.rounded(decimals: 3) } == expected, "seed \(seed): achievement \(p.id) #\(index)")
                }
            }
            // What the data file publishes is the same rounding, written out.
            let exporter = DataExporter(content: content, aggregates: aggregates)
            for row in exporter.scores() {
                let published = exporter.scoreRow(row.scope, row.key, row.name, row.entry, dimension: row.dimension, opd: row.opd)[7]
                let expected =
                    row.entry?.published.map { Rational(BigInt($0.scaled), Rational.powerOfTen(precision)).plainDecimal(maxDecimals: precision) }
                    ?? ""
                #expect(published == expected, "seed \(seed): skor.csv \(row.scope) \(row.key)")
            }
        }
        #expect(checked > 20_000)
    }

    // MARK: Sums with many different denominators

    @Test func manyDenominatorsRoundExactlyWithoutBuildingTheFraction() {
        // 300 terms with distinct denominators: the bounds decide, and agree with exact arithmetic.
        var rng = SplitMix(state: 99)
        for trial in 0..<40 {
            var sum = RationalSum()
            for _ in 0..<300 { sum.add(Rational(Int64(rng.int(0...100_000)), Int64(rng.int(1...9_999_999)))) }
            let number = ExactNumber(sum)
            #expect(number.exact == nil)
            let exact = number.exactValue
            for decimals in 0...6 {
                #expect(number.rounded(decimals: decimals) == exact.rounded(decimals: decimals), "trial \(trial), \(decimals) decimals")
                let scaled = number.times(Rational(100, 7))
                #expect(scaled.rounded(decimals: decimals) == (exact * Rational(100, 7)).rounded(decimals: decimals))
            }
        }
    }

    @Test func anExactTieAmongManyDenominatorsRoundsAwayFromZero() {
        // 1/p + 1/q + (pq − p − q)/(pq) = 1 for every pair of primes: 41 pairs give 123 distinct
        // denominators summing to exactly 41, so half of it is exactly 20,5: the bounds straddle the
        // boundary and the exact value decides 21.
        let primes: [Int64] = [
            2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
            101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193,
            197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307,
            311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409, 419, 421,
        ]
        var sum = RationalSum()
        for i in 0..<41 {
            let p = primes[2 * i]
            let q = primes[2 * i + 1]
            sum.add(Rational(1, p))
            sum.add(Rational(1, q))
            sum.add(Rational(p * q - p - q, p * q))
        }
        let number = ExactNumber(sum)
        #expect(number.exact == nil)
        #expect(number.times(Rational(1, 2)).rounded(decimals: 0) == 21)
        #expect(number.times(Rational(1, 2)).rounded(decimals: 1) == 205)
        #expect(number.exactValue == 41)
    }

    // MARK: Rational

    @Test func rationalsParseExactlyAndRoundHalfAwayFromZero() {
        #expect(Rational(decimal: "0.285") == Rational(57, 200))
        #expect(Rational(decimal: "-12.50") == Rational(-25, 2))
        #expect(Rational(decimal: "1e3") == nil)
        #expect(Rational(decimal: "1,5") == nil)
        #expect(Rational(decimal: ".5") == nil)
        #expect(Rational(57, 2).rounded(decimals: 0) == 29)
        #expect(Rational(-57, 2).rounded(decimals: 0) == -29)
        #expect(Rational(1, 3).rounded(decimals: 4) == 3333)
        #expect(Rational(2, 3).plainDecimal(maxDecimals: 4) == "0.6667")
        #expect(Rational(57, 200).plainDecimal(maxDecimals: 6) == "0.285")
        #expect(Rational(1, 3).terminatingDecimals == nil)
        #expect(Rational(57, 200).terminatingDecimals == 3)
        var sum = RationalSum()
        for d in [3, 7, 3, 11, 7] { sum.add(Rational(1, Int64(d))) }
        #expect(sum.value == Rational(2, 3) + Rational(2, 7) + Rational(1, 11))
    }
}
