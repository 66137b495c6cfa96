import BigInt

/// An exact rational number `numerator / denominator`, always in lowest terms
/// with a positive denominator, on arbitrary-precision integers (attaswift/BigInt).
///
/// tinjau computes every figure derived from the decimals editors write
/// (indicator values, weights, achievements, averages, shares, absorption) with
/// this type, and rounds once, at the end, half away from zero
/// (``rounded(decimals:)``), so that 0,285 × 100 is 28,5 and never
/// 28,499999999999996 as in binary floating point. `Double` is used only for
/// chart geometry and for the overlap similarity, which is a heuristic.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral, Codable {
    /// The numerator; carries the sign.
    public let numerator: BigInt
    /// The denominator, > 0, coprime with the numerator.
    public let denominator: BigInt

    /// `n / d` reduced to lowest terms. `d` must not be 0.
    @_disfavoredOverload
    public init(_ n: BigInt, _ d: BigInt) {
        precondition(!d.isZero, "a rational number cannot have the denominator 0")
        if n.isZero {
            numerator = 0
            denominator = 1
            return
        }
        let g = n.magnitude.greatestCommonDivisor(with: d.magnitude)
        let negative = (n.sign == .minus) != (d.sign == .minus)
        numerator = BigInt(sign: negative ? .minus : .plus, magnitude: n.magnitude / g)
        denominator = BigInt(d.magnitude / g)
    }

    /// Already in lowest terms with `d > 0`: no reduction.
    init(reduced n: BigInt, _ d: BigInt) {
        numerator = n
        denominator = d
    }

    /// A whole number.
    public init(_ value: Int) { self.init(reduced: BigInt(value), 1) }

    /// A whole number.
    public init(_ value: Int64) { self.init(reduced: BigInt(value), 1) }

    /// A whole number.
    public init(_ value: BigInt) { self.init(reduced: value, 1) }

    /// A whole number written as a literal (`40`).
    public init(integerLiteral value: Int) { self.init(value) }

    /// `n / d` for machine integers (`d` ≠ 0).
    public init(_ n: Int64, _ d: Int64) { self.init(BigInt(n), BigInt(d)) }

    /// 0.
    public static let zero = Rational(reduced: 0, 1)
    /// 1.
    public static let one = Rational(reduced: 1, 1)
    /// 100: percentages are fractions times this.
    public static let hundred = Rational(reduced: 100, 1)

    /// Parses a plain decimal as editors write it in front matter (`40`, `72.5`,
    /// `-0.0125`: digits, an optional leading `-`, an optional `.` with digits after
    /// it) into its exact value; `nil` for anything else (exponents, commas, spaces).
    public init?(decimal text: String) {
        var digits = Substring(text)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
            let whole = BigInt(String(parts[0]) + (parts.count == 2 ? String(parts[1]) : ""))
        else { return nil }
        let scale = parts.count == 2 ? parts[1].count : 0
        self.init(negative ? -whole : whole, Rational.powerOfTen(scale))
    }

    /// 10^`exponent` (`exponent` ≥ 0).
    public static func powerOfTen(_ exponent: Int) -> BigInt {
        precondition(exponent >= 0)
        return BigInt(10).power(exponent)
    }

    /// Whether the value is 0.
    public var isZero: Bool { numerator.isZero }
    /// Whether the value is below 0.
    public var isNegative: Bool { numerator.sign == .minus && !numerator.isZero }
    /// Whether the value is a whole number.
    public var isInteger: Bool { denominator == 1 }

    public static func + (a: Rational, b: Rational) -> Rational {
        if a.denominator == b.denominator { return Rational(a.numerator + b.numerator, a.denominator) }
        return Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    public static func - (a: Rational, b: Rational) -> Rational {
        if a.denominator == b.denominator { return Rational(a.numerator - b.numerator, a.denominator) }
        return Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }

    public static prefix func - (a: Rational) -> Rational { Rational(reduced: -a.numerator, a.denominator) }

    public static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    /// Division; `b` must not be 0.
    public static func / (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// The smaller of two values.
    public static func min(_ a: Rational, _ b: Rational) -> Rational { b < a ? b : a }
    /// The larger of two values.
    public static func max(_ a: Rational, _ b: Rational) -> Rational { a < b ? b : a }

    /// `self × 10^decimals`, rounded half away from zero to a whole number: the one
    /// rounding every published figure goes through (`28,5` → 29 at 0 decimals).
    public func rounded(decimals: Int) -> BigInt {
        let scaled = numerator.magnitude * BigUInt(10).power(decimals)
        let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: denominator.magnitude)
        let magnitude = remainder * 2 >= denominator.magnitude ? quotient + 1 : quotient
        return BigInt(sign: numerator.sign == .minus ? .minus : .plus, magnitude: magnitude)
    }

    /// Whether the value has at most `decimals` decimals, so that ``rounded(decimals:)`` is exact.
    public func isExact(decimals: Int) -> Bool {
        (numerator.magnitude * BigUInt(10).power(decimals)) % denominator.magnitude == 0
    }

    /// The number of decimals of a terminating decimal (its denominator has no prime factor
    /// but 2 and 5), or `nil` when the decimal expansion does not end (1/3).
    public var terminatingDecimals: Int? {
        var d = denominator.magnitude
        var twos = 0
        var fives = 0
        while d % 2 == 0 {
            d /= 2
            twos += 1
        }
        while d % 5 == 0 {
            d /= 5
            fives += 1
        }
        return d == 1 ? Swift.max(twos, fives) : nil
    }

    /// Plain decimal text with `.` for data files: exact when the value has at most
    /// `maxDecimals` decimals, otherwise rounded half away from zero to `maxDecimals`;
    /// no trailing zeros (`53.8462`, `0.285`, `12`).
    public func plainDecimal(maxDecimals: Int) -> String {
        let decimals = Swift.min(terminatingDecimals ?? maxDecimals, maxDecimals)
        let scaled = rounded(decimals: decimals)
        var digits = String(scaled.magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
        return (scaled.sign == .minus && !scaled.isZero ? "-" : "") + digits
    }

    /// The nearest `Double`, for chart geometry only (never for a published figure).
    public var doubleValue: Double {
        Double(String(plainDecimal(maxDecimals: 17))) ?? .nan
    }

    /// `57/2`, or `12` for a whole number: the exact value, for data files.
    public var description: String { isInteger ? String(numerator) : "\(numerator)/\(denominator)" }

    /// Reads the exact form ``description`` writes (`57/2`, `-3`, `12`): integers of any length, a
    /// denominator above 0; `nil` for anything else.
    public init?(exactText text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        func integer(_ part: Substring) -> BigInt? {
            let digits = part.hasPrefix("-") ? part.dropFirst() : part
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return BigInt(String(part))
        }
        guard (1...2).contains(parts.count), let n = integer(parts[0]) else { return nil }
        if parts.count == 1 {
            self.init(n)
            return
        }
        guard !parts[1].hasPrefix("-"), let d = integer(parts[1]), !d.isZero else { return nil }
        self.init(n, d)
    }

    /// Reads an exact value written as text (`"57/2"`): archives keep every rational exactly, never as
    /// a JSON number, which readers parse as binary floating point.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not `n` or `n/d`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Rational(exactText: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "`\(text)` is not an exact number n or n/d")
        }
        self = value
    }

    /// Writes ``description`` as a JSON string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An exact non-negative number that may be a sum of many rationals with different
/// denominators (Σ weight × realisation ÷ target over thousands of indicators), times a
/// rational factor. Summing such terms into one fraction makes its denominator grow with
/// the least common multiple of all targets: thousands of digits, and quadratic time.
/// `ExactNumber` keeps the terms instead (one integer numerator per distinct denominator)
/// and still rounds **exactly**:
///
/// - with few distinct denominators (realistic reviews: targets such as 100, 12 or 1 500)
///   the exact value is computed at once and used for everything;
/// - otherwise ``rounded(decimals:)`` bounds the value in fixed point with 64 guard bits
///   (each term floored: the sum is off by less than the number of terms, far below one
///   unit of the last published digit) and decides the rounding from the bounds; only
///   when a rounding boundary lies inside them (the value is within 2⁻⁵⁰ of a half) does it
///   compute the exact value, so the answer is always that of exact arithmetic.
public struct ExactNumber: Hashable, Sendable, Codable {
    /// The terms nᵢ/dᵢ (reduced, ≥ 0), one per distinct denominator, sorted by denominator.
    private let terms: [Rational]
    /// The factor the sum is multiplied by (≥ 0).
    private let factor: Rational
    /// The exact value, when it is cheap (see ``exactTermLimit``) or was needed.
    public let exact: Rational?

    /// Sums with at most this many distinct denominators are combined into one exact fraction.
    public static let exactTermLimit = 64

    /// An exact rational (≥ 0).
    public init(_ value: Rational) {
        terms = value.isZero ? [] : [value]
        factor = .one
        exact = value
    }

    /// The sum of `sum`'s terms (each ≥ 0).
    public init(_ sum: RationalSum) {
        let grouped = sum.terms
        terms = grouped
        factor = .one
        exact = grouped.count <= Self.exactTermLimit ? Self.combine(grouped) : nil
    }

    private init(terms: [Rational], factor: Rational, exact: Rational?) {
        self.terms = terms
        self.factor = factor
        self.exact = exact
    }

    /// The value times `r` (≥ 0).
    public func times(_ r: Rational) -> ExactNumber {
        ExactNumber(terms: terms, factor: factor * r, exact: exact.map { $0 * r })
    }

    /// The value divided by `r` (> 0).
    public func dividedBy(_ r: Rational) -> ExactNumber { times(Rational.one / r) }

    /// Whether the value is 0 (every term is ≥ 0, so only when all are 0 or the factor is).
    public var isZero: Bool { terms.isEmpty || factor.isZero }

    /// Adds the terms as a balanced tree (deterministic: sorted order), so that large
    /// denominators meet as late as possible.
    private static func combine(_ terms: [Rational]) -> Rational {
        var level = terms
        guard !level.isEmpty else { return .zero }
        while level.count > 1 {
            var next: [Rational] = []
            next.reserveCapacity((level.count + 1) / 2)
            var index = 0
            while index + 1 < level.count {
                next.append(level[index] + level[index + 1])
                index += 2
            }
            if index < level.count { next.append(level[index]) }
            level = next
        }
        return level[0]
    }

    /// The exact value, computed now if it was not kept (costly for thousands of distinct denominators).
    public var exactValue: Rational { exact ?? Self.combine(terms) * factor }

    /// `value × 10^decimals` rounded half away from zero, exactly (see the type's description).
    public func rounded(decimals: Int) -> BigInt {
        if let exact { return exact.rounded(decimals: decimals) }
        let guardBits = 64
        let scale = BigInt(BigUInt(10).power(decimals) << guardBits) * factor.numerator
        var low = BigInt(0)
        for term in terms { low += (term.numerator * scale) / (term.denominator * factor.denominator) }
        // The scaled value lies in [low, low + terms.count): each floor lost less than 1.
        let half = BigInt(1) << (guardBits - 1)
        let lower = (low + half) >> guardBits
        let upper = (low + BigInt(terms.count) + half) >> guardBits
        return lower == upper ? lower : exactValue.rounded(decimals: decimals)
    }

    /// Decimal text with `.` for data files: exact when the exact value is known and has at most
    /// `maxDecimals` decimals, otherwise rounded half away from zero to `maxDecimals`.
    public func plainDecimal(maxDecimals: Int) -> String {
        if let exact { return exact.plainDecimal(maxDecimals: maxDecimals) }
        return Rational(rounded(decimals: maxDecimals), Rational.powerOfTen(maxDecimals)).plainDecimal(maxDecimals: maxDecimals)
    }

    /// Whether the value is known to have at most `decimals` decimals (`false` when the exact
    /// value was too costly to keep: a value that may have been rounded is marked `≈`).
    public func isExact(decimals: Int) -> Bool { exact?.isExact(decimals: decimals) ?? false }

    /// The exact value as a fraction (`57/2`) when it is known and short (at most `limit` characters).
    public func fraction(limit: Int = 64) -> String? {
        guard let exact else { return nil }
        let text = exact.description
        return text.count <= limit ? text : nil
    }

    /// The nearest `Double`, for chart geometry only.
    public var doubleValue: Double { Double(plainDecimal(maxDecimals: 17)) ?? .nan }

    /// The stored form in an archive: the terms, the factor and the exact value when it was kept, each
    /// an exact rational text, so that a decoded number rounds exactly as the archived one did.
    enum CodingKeys: String, CodingKey { case terms, factor, exact }

    /// Reads an archived number.
    /// - Throws: `DecodingError` when a part is missing or not an exact rational.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            terms: try container.decode([Rational].self, forKey: .terms), factor: try container.decode(Rational.self, forKey: .factor),
            exact: try container.decodeIfPresent(Rational.self, forKey: .exact))
    }

    /// Writes the terms, the factor and the exact value (when kept).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(terms, forKey: .terms)
        try container.encode(factor, forKey: .factor)
        try container.encodeIfPresent(exact, forKey: .exact)
    }
}

/// An exact sum of many rationals (each ≥ 0) kept cheap: terms are added as integers per
/// denominator (`ExactNumber` combines or bounds them when the sum is read).
public struct RationalSum: Sendable {
    private var groups: [BigInt: BigInt] = [:]

    /// An empty sum (0).
    public init() {}

    /// Adds `value` (≥ 0).
    public mutating func add(_ value: Rational) {
        precondition(!value.isNegative, "RationalSum adds values of 0 or more")
        guard !value.isZero else { return }
        groups[value.denominator, default: 0] += value.numerator
    }

    /// One reduced term per distinct denominator, sorted by denominator.
    var terms: [Rational] { groups.sorted { $0.key < $1.key }.filter { !$0.value.isZero }.map { Rational($0.value, $0.key) } }

    /// The exact total (its denominator can be long when the terms have many distinct denominators).
    public var value: Rational { ExactNumber(self).exactValue }
}
