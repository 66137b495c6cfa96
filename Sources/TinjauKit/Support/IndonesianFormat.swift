/// Number, money and date formats of Indonesian public documents, written out
/// by hand so that output never depends on the machine's locale or ICU version.
///
/// Conventions (PUEBI and common government usage): thousands separated by `.`,
/// decimals by `,`; Rupiah as `Rp1.250.000.000` with no space; dates as
/// `23 Juli 2020`.
public enum IndonesianFormat {
    /// Indonesian month names, January first.
    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// Groups the digits of a whole number by thousands with `.`: `1250000` → `1.250.000`.
    public static func integer(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + group(String(value.magnitude))
    }

    /// Groups a string of digits by thousands with `.`.
    static func group(_ digits: String) -> String {
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(".") }
            grouped.append(ch)
        }
        return grouped
    }

    /// Whether `value` can be turned into an `Int64` without trapping.
    static func fitsInt64(_ value: Double) -> Bool {
        value.isFinite && value > -9.2e18 && value < 9.2e18
    }

    /// A whole number too large for `Int64`, written with grouped digits (as Double holds it).
    static func huge(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let digits = String(format: "%.0f", value.magnitude)
        return (value < 0 ? "-" : "") + group(digits)
    }

    /// Groups the digits of a whole number by thousands with `.`.
    public static func integer(_ value: Int) -> String { integer(Int64(value)) }

    /// A decimal number with `decimals` digits after the comma, rounded half away
    /// from zero: `decimal(72.5, decimals: 1)` → `72,5`; thousands grouped with `.`.
    /// Trailing zeros are kept (the precision is a promise to the reader).
    public static func decimal(_ value: Double, decimals: Int) -> String {
        precondition(decimals >= 0 && decimals <= 6, "decimals must be 0…6")
        guard value.isFinite else { return "–" }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        guard fitsInt64(scaled) else { return huge(value) }
        return fixed(Int64(scaled), decimals: decimals)
    }

    /// Writes `scaled / 10^decimals` with a decimal comma: `fixed(538, decimals: 1)` → `53,8`.
    public static func fixed(_ scaled: Int64, decimals: Int) -> String {
        guard decimals > 0 else { return integer(scaled) }
        var divisor: Int64 = 1
        for _ in 0..<decimals { divisor *= 10 }
        let whole = scaled.magnitude / UInt64(divisor)
        let fraction = scaled.magnitude % UInt64(divisor)
        var fractionText = String(fraction)
        while fractionText.count < decimals { fractionText = "0" + fractionText }
        let sign = scaled < 0 ? "-" : ""
        return sign + integer(Int64(whole)) + "," + fractionText
    }

    /// A number as written in an indicator table: whole numbers without decimals
    /// (`1.250`), others with up to two decimals and no trailing zeros (`72,5`).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let scaled = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard fitsInt64(scaled) else { return huge(value) }
        if scaled.truncatingRemainder(dividingBy: 100) == 0 { return integer(Int64(scaled / 100)) }
        var text = fixed(Int64(scaled), decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Whole Rupiah: `Rp1.250.000.000`, negative as `-Rp5.000`.
    public static func rupiah(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + "Rp" + group(String(value.magnitude))
    }

    /// Rupiah in words for headlines: `Rp1,03 triliun`, `Rp129 miliar`, `Rp150 juta`;
    /// sums under one million are written in full. Two significant decimals at most.
    public static func rupiahShort(_ value: Int64) -> String {
        let units: [(Int64, String)] = [(1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta")]
        for (size, name) in units where value.magnitude >= UInt64(size) {
            let scaled = (Double(value) / Double(size) * 100).rounded(.toNearestOrAwayFromZero)
            guard fitsInt64(scaled) else { return rupiah(value) }
            var text = fixed(Int64(scaled), decimals: 2)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(",") { text.removeLast() }
            return "Rp" + text + " " + name
        }
        return rupiah(value)
    }

    /// `2020-07-23` → `23 Juli 2020`. Returns `nil` for anything but a valid ISO date.
    public static func date(iso: String) -> String? {
        guard let parts = ISODate(iso) else { return nil }
        return "\(parts.day) \(monthNames[parts.month - 1]) \(parts.year)"
    }
}

/// A calendar date written `YYYY-MM-DD` (ISO 8601), checked for a real day.
public struct ISODate: Hashable, Sendable, Comparable, CustomStringConvertible {
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
              (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        year = y; month = m; day = d
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
