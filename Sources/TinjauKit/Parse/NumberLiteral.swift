import Foundation

/// How a number field is written, for the examples in hints.
enum NumberKind {
    /// A whole number; `example` is a typical value (`2020` for a year).
    case integer(example: String)
    /// A decimal number; `unit` when the unit has a field of its own (`satuan`).
    case decimal(unit: Bool)
    /// A fraction 0…1 (a threshold).
    case fraction
}

/// Number literals as editors write them in front matter: read from their literal text (digits, an
/// optional `-` and `.`), never through YAML 1.1 typing, and the hints that turn the usual habits
/// (a `%` sign, a unit, a decimal comma, thousands dots, scientific notation) into a valid value.
enum NumberLiteral {
    /// The value of a whole-number literal (digits, an optional leading `-`), or `nil`.
    static func parseInteger(_ text: String) -> Int? {
        guard isIntegerLiteral(text) else { return nil }
        return Int(text)
    }

    /// Digits with an optional leading `-`.
    static func isIntegerLiteral(_ text: String) -> Bool {
        let digits = text.first == "-" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func parseDecimal(_ text: String) -> Double? {
        var rest = Substring(text)
        if rest.first == "-" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        return Double(text)
    }

    /// `1e20`, `2.5E-3`: a decimal in scientific notation.
    static func parseScientific(_ text: String) -> Double? {
        let parts =
            text.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false).count == 2
            ? text.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
            : text.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parseDecimal(String(parts[0])) != nil else { return nil }
        var exponent = parts[1]
        if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
        guard !exponent.isEmpty, exponent.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Double(text)
    }

    /// A scientific literal written out in plain decimal digits: `1.5e3` → `1500`, `2e-3` → `0.002`.
    static func expandScientific(_ text: String) -> String? {
        guard parseScientific(text) != nil else { return nil }
        let parts = text.lowercased().split(separator: "e", maxSplits: 1)
        guard parts.count == 2, let exponent = Int(parts[1].hasPrefix("+") ? parts[1].dropFirst() : parts[1]),
            abs(exponent) <= 30
        else { return nil }
        var mantissa = String(parts[0])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(pieces[0]) + (pieces.count > 1 ? String(pieces[1]) : "")
        var point = pieces[0].count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point > digits.count { digits += String(repeating: "0", count: point - digits.count) }
        var whole = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func isThousandsGrouped(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// `40 komunitas` → (`40`, `komunitas`): a number followed by a word, the unit.
    static func splitNumberAndUnit(_ text: String) -> (number: String, unit: String)? {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let number = String(text[..<space]).replacingOccurrences(of: ",", with: ".")
        let unit = String(text[space...]).trimmingBlanks()
        guard parseDecimal(number) != nil, let first = unit.first, first.isLetter else { return nil }
        return (number, unit)
    }

    /// The hint for a number that could not be read, in Indonesian and English: it fixes the
    /// usual habits (a `%` sign, a unit after the number, a decimal comma, thousands dots, `ya`,
    /// a time such as `1:30`, scientific notation) with an example of the field's kind.
    static func hints(_ text: String, key: String, kind: NumberKind) -> (id: String, en: String) {
        let trimmed = text.trimmingBlanks()
        let isInteger: Bool
        if case .integer = kind { isInteger = true } else { isInteger = false }
        if let expanded = expandScientific(trimmed) {
            return (
                "tulis angkanya lengkap, tanpa `e`: `\(key): \(expanded)`",
                "write the number out in full, without `e`: `\(key): \(expanded)`"
            )
        }
        if trimmed.hasSuffix("%") {
            let number = String(trimmed.dropLast()).trimmingBlanks().replacingOccurrences(of: ",", with: ".")
            switch kind {
            case .decimal(unit: true):
                return (
                    "tulis angkanya saja tanpa `%`: `\(key): \(number)`, dan satuannya di kolom `satuan: persen`",
                    "write the number without `%`: `\(key): \(number)`, and the unit in the field `satuan: persen`"
                )
            case .fraction:
                if let value = parseDecimal(number) {
                    let fraction = plain(value / 100)
                    return (
                        "`\(key)` ditulis sebagai pecahan 0 sampai 1, tanpa `%`: `\(key): \(fraction)`",
                        "`\(key)` is written as a fraction from 0 to 1, without `%`: `\(key): \(fraction)`"
                    )
                }
            default:
                return ("tulis angkanya saja tanpa `%`: `\(key): \(number)`", "write the number without `%`: `\(key): \(number)`")
            }
        }
        if let (number, unit) = splitNumberAndUnit(trimmed) {
            if case .decimal(unit: true) = kind {
                return (
                    "tulis angkanya saja: `\(key): \(number)`, dan satuannya di kolom `satuan: \(unit)`",
                    "write the number only: `\(key): \(number)`, and the unit in the field `satuan: \(unit)`"
                )
            }
            let value = isInteger ? String(number.prefix { $0 != "." }) : number
            return (
                "tulis angkanya saja, tanpa `\(unit)`: `\(key): \(value)`",
                "write the number only, without `\(unit)`: `\(key): \(value)`"
            )
        }
        let digits = trimmed.filter { $0.isASCII && $0.isNumber }
        if isThousandsGrouped(trimmed, separator: ".") && (isInteger || trimmed.filter({ $0 == "." }).count > 1)
            || isThousandsGrouped(trimmed, separator: ",") && isInteger
        {
            return (
                "tulis angka tanpa pemisah ribuan: `\(key): \(digits)`",
                "write the number without thousands separators: `\(key): \(digits)`"
            )
        }
        if trimmed.contains(","), !trimmed.contains("."), parseDecimal(trimmed.replacingOccurrences(of: ",", with: ".")) != nil {
            if isInteger {
                let whole = String(trimmed.prefix { $0 != "," })
                return (
                    "`\(key)` harus bilangan bulat, tanpa koma desimal: misalnya `\(key): \(whole)`",
                    "`\(key)` must be a whole number, without a decimal comma: for example `\(key): \(whole)`"
                )
            }
            return (
                "di YAML tanda desimal adalah titik: tulis `\(key): \(trimmed.replacingOccurrences(of: ",", with: "."))` (halaman tetap menampilkan koma)",
                "in YAML the decimal separator is a point: write `\(key): \(trimmed.replacingOccurrences(of: ",", with: "."))` (the pages still show a comma)"
            )
        }
        if isInteger, parseDecimal(trimmed) != nil {
            let whole = String(trimmed.prefix { $0 != "." })
            return (
                "`\(key)` harus bilangan bulat, tanpa angka di belakang titik: misalnya `\(key): \(whole)`",
                "`\(key)` must be a whole number, without decimals: for example `\(key): \(whole)`"
            )
        }
        if ["yes", "no", "on", "off", "true", "false", "ya", "tidak"].contains(trimmed.lowercased()) {
            return (
                "`\(trimmed)` adalah nilai ya/tidak, bukan angka; tulis angkanya",
                "`\(trimmed)` is a yes/no value, not a number; write the number"
            )
        }
        if trimmed.contains(":") {
            return ("tulis satu angka saja, tanpa `:`", "write a single number, without `:`")
        }
        switch kind {
        case .integer(let example):
            return ("tulis angka saja, misalnya `\(key): \(example)`", "write digits only, for example `\(key): \(example)`")
        case .decimal:
            return (
                "tulis angka saja (titik sebagai tanda desimal), misalnya `\(key): 40` atau `\(key): 72.5`",
                "write digits only (a point as the decimal separator), for example `\(key): 40` or `\(key): 72.5`"
            )
        case .fraction:
            return (
                "tulis pecahan 0 sampai 1 dengan titik desimal, misalnya `\(key): 0.2`",
                "write a fraction from 0 to 1 with a decimal point, for example `\(key): 0.2`"
            )
        }
    }

    /// A decimal without exponent or trailing zeros: `0.2`, `15`.
    static func plain(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
