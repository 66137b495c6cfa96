import BigInt
import Foundation

/// Number, money and date formats of a site's language, written out by hand so that output never
/// depends on the machine's locale or ICU version.
///
/// The Indonesian conventions (``indonesian``; PUEBI and common government usage): thousands
/// separated by `.`, decimals by `,`; Rupiah as `Rp1.250.000.000` with no space; dates as
/// `23 Juli 2020`. The English edition's (``init(_:)`` over `i18n/en.yml`): `1,234.5`,
/// `Rp1,250,000,000`, `Rp1.03 trillion`, `23 July 2020`. Rupiah are whole numbers (`Int64`) in every
/// language; percentages are given as fractions 0…1 (``percent(_:decimals:)``) or already scaled.
public struct SiteFormat: Sendable, Hashable {
    /// The decimal separator (`,` in Indonesian, `.` in English).
    public var decimalSeparator: String
    /// The thousands separator (`.` in Indonesian, `,` in English).
    public var thousandsSeparator: String
    /// The twelve month names, January first.
    public var monthNames: [String]
    /// A date with `{day}`, `{month}` (the month's name) and `{year}` in it: `{day} {month} {year}`.
    public var datePattern: String
    /// The words for 10⁶, 10⁹ and 10¹² Rupiah in headlines (`juta`, `miliar`, `triliun`).
    public var millionWords: (million: String, billion: String, trillion: String)

    /// Indonesian, the language of the review: the default of every site and of diagnostics.
    public static let indonesian = SiteFormat(
        decimalSeparator: ",", thousandsSeparator: ".",
        monthNames: [
            "Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember",
        ], datePattern: "{day} {month} {year}", millionWords: ("juta", "miliar", "triliun"))

    /// Creates a format from its parts.
    public init(
        decimalSeparator: String, thousandsSeparator: String, monthNames: [String], datePattern: String,
        millionWords: (million: String, billion: String, trillion: String)
    ) {
        self.decimalSeparator = decimalSeparator
        self.thousandsSeparator = thousandsSeparator
        self.monthNames = monthNames
        self.datePattern = datePattern
        self.millionWords = millionWords
    }

    /// The format a theme's language file describes in its `format` group (`decimal_separator`,
    /// `thousands_separator`, `months` as twelve names separated by commas, `date`, `million`,
    /// `billion`, `trillion`); a part the file lacks is the Indonesian one.
    public init(_ texts: Translations) {
        let id = Self.indonesian
        func part(_ key: String) -> String? { texts.texts["format." + key] }
        let months = part("months").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        self.init(
            decimalSeparator: part("decimal_separator") ?? id.decimalSeparator,
            thousandsSeparator: part("thousands_separator") ?? id.thousandsSeparator,
            monthNames: months?.count == 12 ? months! : id.monthNames,
            datePattern: part("date") ?? id.datePattern,
            millionWords: (
                part("million") ?? id.millionWords.million, part("billion") ?? id.millionWords.billion, part("trillion") ?? id.millionWords.trillion
            ))
    }

    /// What makes the `format` group of a language file's `texts` (dotted keys) unable to write
    /// numbers and dates, by key, sorted: an empty decimal separator (`48.19` would read `4819`), a
    /// separator with a digit, the same separator for decimals and thousands (after the Indonesian
    /// defaults fill what the group leaves out), months that are not twelve non-empty names (the
    /// edition's dates would silently be Indonesian), a `date` without `{day}`, `{month}` or `{year}`,
    /// an empty word for 10⁶, 10⁹ or 10¹². A thousands separator may be empty (no grouping).
    static func problems(_ texts: [String: String]) -> [(key: String, problem: Bilingual)] {
        var found: [(key: String, problem: Bilingual)] = []
        let format = SiteFormat(Translations(language: "", texts: texts))
        let decimal = texts["format.decimal_separator"]
        let thousands = texts["format.thousands_separator"]
        if let decimal, decimal.isEmpty {
            found.append(("format.decimal_separator", Bilingual("pemisah desimal kosong", en: "the decimal separator is empty")))
        }
        for (key, value) in [("format.decimal_separator", decimal), ("format.thousands_separator", thousands)] {
            if let value, value.contains(where: \.isNumber) {
                found.append((key, Bilingual("pemisah `\(value)` memuat angka", en: "the separator `\(value)` holds a digit")))
            }
        }
        if !format.decimalSeparator.isEmpty, format.decimalSeparator == format.thousandsSeparator {
            let key = decimal != nil ? "format.decimal_separator" : "format.thousands_separator"
            found.append(
                (
                    key,
                    Bilingual(
                        "pemisah desimal dan pemisah ribuan sama (`\(format.decimalSeparator)`)",
                        en: "the decimal and thousands separators are the same (`\(format.decimalSeparator)`)")
                ))
        }
        if let months = texts["format.months"] {
            let names = months.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if names.count != 12 {
                found.append(("format.months", Bilingual("\(names.count) nama bulan, bukan 12", en: "\(names.count) month names, not 12")))
            } else if names.contains(where: \.isEmpty) {
                found.append(("format.months", Bilingual("ada bulan tanpa nama", en: "a month has no name")))
            }
        }
        if let date = texts["format.date"] {
            let missing = ["{day}", "{month}", "{year}"].filter { !date.contains($0) }
            if !missing.isEmpty {
                let list = missing.map { "`\($0)`" }.joined(separator: ", ")
                found.append(("format.date", Bilingual("pola tanggal tanpa \(list)", en: "the date pattern has no \(list)")))
            }
        }
        for key in ["million", "billion", "trillion"] where texts["format." + key]?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            found.append(("format." + key, Bilingual("kata untuk angka besar kosong", en: "the word for large sums is empty")))
        }
        return found.sorted { $0.key < $1.key }
    }

    public static func == (lhs: SiteFormat, rhs: SiteFormat) -> Bool {
        lhs.decimalSeparator == rhs.decimalSeparator && lhs.thousandsSeparator == rhs.thousandsSeparator
            && lhs.monthNames == rhs.monthNames && lhs.datePattern == rhs.datePattern
            && [lhs.millionWords.million, lhs.millionWords.billion, lhs.millionWords.trillion]
                == [rhs.millionWords.million, rhs.millionWords.billion, rhs.millionWords.trillion]
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(decimalSeparator)
        hasher.combine(thousandsSeparator)
        hasher.combine(monthNames)
    }

    /// Groups the digits of a whole number by thousands: `1250000` → `1.250.000` (`1,250,000`).
    public func integer(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + group(String(value.magnitude))
    }

    /// Groups a string of digits by thousands.
    func group(_ digits: String) -> String {
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped += thousandsSeparator }
            grouped.append(ch)
        }
        return grouped
    }

    /// Groups the digits of a whole number by thousands.
    public func integer(_ value: Int) -> String { integer(Int64(value)) }

    /// Groups the digits of a whole number of any size by thousands.
    @_disfavoredOverload
    public func integer(_ value: BigInt) -> String {
        (value.sign == .minus && !value.isZero ? "-" : "") + group(String(value.magnitude))
    }

    /// An exact value rounded half away from zero to `decimals` digits after the separator,
    /// thousands grouped: `decimal(Rational(145, 2), decimals: 1)` → `72,5` (`72.5`).
    /// Trailing zeros are kept (the precision is a promise to the reader).
    public func decimal(_ value: Rational, decimals: Int) -> String {
        fixed(value.rounded(decimals: decimals), decimals: decimals)
    }

    /// Writes `scaled / 10^decimals`: `fixed(538, decimals: 1)` → `53,8` (`53.8`).
    public func fixed(_ scaled: Int64, decimals: Int) -> String {
        fixed(BigInt(scaled), decimals: decimals)
    }

    /// Writes `scaled / 10^decimals`, for whole numbers of any size.
    @_disfavoredOverload
    public func fixed(_ scaled: BigInt, decimals: Int) -> String {
        let sign = scaled.sign == .minus && !scaled.isZero ? "-" : ""
        guard decimals > 0 else { return sign + group(String(scaled.magnitude)) }
        var digits = String(scaled.magnitude)
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        return sign + group(String(digits[..<split])) + decimalSeparator + digits[split...]
    }

    /// A value as an editor wrote it, or as computed exactly: whole numbers without
    /// decimals (`1.250`), others with their decimals and no trailing zeros (`72,5`,
    /// `12,3456`). A value with more than `maxDecimals` decimals (or a repeating one,
    /// such as 1/3) is rounded to `maxDecimals` and marked `≈`.
    public func number(_ value: Rational, maxDecimals: Int = 6) -> String {
        approximate(value, decimals: maxDecimals)
    }

    /// `4,25` when `value` has at most `decimals` decimals; otherwise `≈` and the value
    /// rounded half away from zero to `decimals` (`≈0,3333`), trailing zeros dropped.
    public func approximate(_ value: Rational, decimals: Int) -> String {
        if let places = value.terminatingDecimals, places <= decimals {
            return fixed(value.rounded(decimals: places), decimals: places)
        }
        return "≈" + trimmed(fixed(value.rounded(decimals: decimals), decimals: decimals))
    }

    /// `text` without trailing zeros after the decimal separator (and without the separator when
    /// nothing is left after it).
    private func trimmed(_ text: String) -> String {
        guard text.contains(decimalSeparator) else { return text }
        var text = text
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(decimalSeparator) { text.removeLast(decimalSeparator.count) }
        return text
    }

    /// `4,25` when `value` is known to have at most `decimals` decimals; otherwise `≈` and the value
    /// rounded half away from zero to `decimals`, trailing zeros dropped.
    public func approximate(_ value: ExactNumber, decimals: Int) -> String {
        if let exact = value.exact { return approximate(exact, decimals: decimals) }
        return "≈" + trimmed(fixed(value.rounded(decimals: decimals), decimals: decimals))
    }

    /// An exact value rounded half away from zero to `decimals` digits (trailing zeros kept).
    public func decimal(_ value: ExactNumber, decimals: Int) -> String {
        fixed(value.rounded(decimals: decimals), decimals: decimals)
    }

    /// A percentage 0…100 given as a fraction 0…1 (`Rational(1, 8)` → `12,5%` at one decimal),
    /// rounded half away from zero once.
    public func percent(_ fraction: Rational, decimals: Int) -> String {
        decimal(fraction * .hundred, decimals: decimals) + "%"
    }

    /// A similarity 0…1 of the overlap detector with two decimals (`0,55`). The similarity is a
    /// heuristic computed in floating point (it weighs words by a logarithm), not a statistic derived
    /// from editors' decimals, so it is the one figure formatted from a `Double`.
    public func similarity(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded(.toNearestOrAwayFromZero))
        return fixed(Int64(hundredths), decimals: 2)
    }

    /// A word weight of the overlap detector (ln(N ÷ df), ≥ 0) with two decimals: `0,69`.
    public func weight(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return fixed(Int64((max(value, 0) * 100).rounded(.toNearestOrAwayFromZero)), decimals: 2)
    }

    /// Whole Rupiah: `Rp1.250.000.000` (`Rp1,250,000,000`), negative as `-Rp5.000`.
    public func rupiah(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + "Rp" + group(String(value.magnitude))
    }

    /// Rupiah in words for headlines: `Rp1,03 triliun`, `Rp129 miliar`, `Rp150 juta`
    /// (`Rp1.03 trillion`); sums under one million are written in full. At most two decimals,
    /// rounded half away from zero in integer arithmetic (exact for every `Int64`).
    public func rupiahShort(_ value: Int64) -> String {
        let units: [(size: Int64, name: String)] = [
            (1_000_000_000_000, millionWords.trillion), (1_000_000_000, millionWords.billion), (1_000_000, millionWords.million),
        ]
        guard var index = units.firstIndex(where: { value.magnitude >= UInt64($0.size) }) else { return rupiah(value) }
        // 999.995.000 rounds to 1.000 juta: it is written in the next unit up (Rp1 miliar).
        if index > 0, Rational(value, units[index].size).rounded(decimals: 2).magnitude >= 100_000 { index -= 1 }
        let text = trimmed(decimal(Rational(value, units[index].size), decimals: 2))
        let negative = text.hasPrefix("-")
        return (negative ? "-" : "") + "Rp" + (negative ? String(text.dropFirst()) : text) + " " + units[index].name
    }

    /// `2020-07-23` → `23 Juli 2020` (`23 July 2020`). Returns `nil` for anything but a valid ISO date.
    public func date(iso: String) -> String? {
        guard let parts = ISODate(iso) else { return nil }
        return datePattern.replacingOccurrences(of: "{day}", with: String(parts.day))
            .replacingOccurrences(of: "{month}", with: monthNames[parts.month - 1])
            .replacingOccurrences(of: "{year}", with: String(parts.year))
    }
}

/// The Indonesian formats (``SiteFormat/indonesian``) as static functions: what diagnostics and the
/// command line write, and the default site language.
public enum IndonesianFormat {
    /// Indonesian month names, January first.
    public static var monthNames: [String] { SiteFormat.indonesian.monthNames }
    /// `1250000` → `1.250.000`.
    public static func integer(_ value: Int64) -> String { SiteFormat.indonesian.integer(value) }
    /// `1250000` → `1.250.000`.
    public static func integer(_ value: Int) -> String { SiteFormat.indonesian.integer(value) }
    /// A whole number of any size, grouped by thousands with `.`.
    @_disfavoredOverload
    public static func integer(_ value: BigInt) -> String { SiteFormat.indonesian.integer(value) }
    /// ``SiteFormat/decimal(_:decimals:)-(Rational,_)`` in Indonesian.
    public static func decimal(_ value: Rational, decimals: Int) -> String { SiteFormat.indonesian.decimal(value, decimals: decimals) }
    /// ``SiteFormat/decimal(_:decimals:)-(ExactNumber,_)`` in Indonesian.
    public static func decimal(_ value: ExactNumber, decimals: Int) -> String { SiteFormat.indonesian.decimal(value, decimals: decimals) }
    /// `scaled / 10^decimals` with a decimal comma.
    public static func fixed(_ scaled: Int64, decimals: Int) -> String { SiteFormat.indonesian.fixed(scaled, decimals: decimals) }
    /// `scaled / 10^decimals` with a decimal comma, for whole numbers of any size.
    @_disfavoredOverload
    public static func fixed(_ scaled: BigInt, decimals: Int) -> String { SiteFormat.indonesian.fixed(scaled, decimals: decimals) }
    /// ``SiteFormat/number(_:maxDecimals:)`` in Indonesian.
    public static func number(_ value: Rational, maxDecimals: Int = 6) -> String { SiteFormat.indonesian.number(value, maxDecimals: maxDecimals) }
    /// ``SiteFormat/approximate(_:decimals:)-(Rational,_)`` in Indonesian.
    public static func approximate(_ value: Rational, decimals: Int) -> String { SiteFormat.indonesian.approximate(value, decimals: decimals) }
    /// ``SiteFormat/approximate(_:decimals:)-(ExactNumber,_)`` in Indonesian.
    public static func approximate(_ value: ExactNumber, decimals: Int) -> String { SiteFormat.indonesian.approximate(value, decimals: decimals) }
    /// A percentage 0…100 given as a fraction 0…1, in Indonesian.
    public static func percent(_ fraction: Rational, decimals: Int) -> String { SiteFormat.indonesian.percent(fraction, decimals: decimals) }
    /// A similarity 0…1 with two decimals, in Indonesian.
    public static func similarity(_ value: Double) -> String { SiteFormat.indonesian.similarity(value) }
    /// A word weight with two decimals, in Indonesian.
    public static func weight(_ value: Double) -> String { SiteFormat.indonesian.weight(value) }
    /// Whole Rupiah: `Rp1.250.000.000`.
    public static func rupiah(_ value: Int64) -> String { SiteFormat.indonesian.rupiah(value) }
    /// Rupiah in words: `Rp1,03 triliun`.
    public static func rupiahShort(_ value: Int64) -> String { SiteFormat.indonesian.rupiahShort(value) }
    /// `2020-07-23` → `23 Juli 2020`; `nil` for anything but a valid ISO date.
    public static func date(iso: String) -> String? { SiteFormat.indonesian.date(iso: iso) }
}

/// A calendar date written `YYYY-MM-DD` (ISO 8601), checked for a real day.
public struct ISODate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// Year, e.g. 2020.
    public var year: Int
    /// Month, 1…12.
    public var month: Int
    /// Day of month, 1…31.
    public var day: Int

    /// Parses `YYYY-MM-DD`; `nil` when the text is not a valid date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1
        else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        year = y
        month = m
        day = d
    }

    /// Reads `YYYY-MM-DD` (an archived review's date).
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a valid date.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = ISODate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "`\(text)` is not a date YYYY-MM-DD")
        }
        self = date
    }

    /// Writes `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
