import Yams

/// Reads typed fields out of a YAML mapping composed by Yams, recording the
/// position of every value and reporting each problem as a ``Diagnostic`` at the
/// value's `file:line:column` (front-matter offset included).
///
/// Values are read from the literal text of each scalar, never through YAML 1.1
/// implicit typing: `yes` stays text where text is expected, `0755` is not octal,
/// `1:30` is not 90, and `1.250` is refused as money rather than read as 1.25.
final class YAMLReader {
    let path: String
    /// Added to Yams's 1-based line numbers to get the line in the file.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    private var used: Set<String> = []
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    let mappingLocation: SourceLocation

    /// Wraps `node`, which should be a mapping; `what` and `whatEN` name it in Indonesian and
    /// English messages (e.g. "front matter", "an indicator").
    init(node: Node?, path: String, lineOffset: Int, what: String, whatEN: String, fallbackLine: Int = 1) {
        self.path = path
        self.lineOffset = lineOffset
        var pairs: [(String, Node, Node)] = []
        let fallback = SourceLocation(path: path, line: fallbackLine, column: 1)
        if let node {
            mappingLocation = node.mark.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) } ?? fallback
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    pairs.append((key.scalar?.string ?? "", key, value))
                }
            } else {
                diagnostics.append(Diagnostic(.error, "yaml.not-mapping", at: mappingLocation,
                    "\(what) harus berisi pasangan `kolom: nilai`, satu per baris",
                    hint: "tulis setiap kolom di barisnya sendiri, misalnya `judul: Lapor Bantul`",
                    en: "\(whatEN) must contain `kolom: nilai` pairs, one per line",
                    hintEN: "write each field on its own line, for example `judul: Lapor Bantul`"))
            }
        } else {
            mappingLocation = fallback
        }
        self.pairs = pairs
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return mappingLocation }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// Records a diagnostic at `node` (the mapping when `nil`); `en` and `hintEN` are the English
    /// message and hint, required so that no diagnostic goes untranslated.
    func report(_ severity: Severity, _ code: String, at node: Node?, _ message: String, hint: String? = nil,
                en: String, hintEN: String? = nil) {
        diagnostics.append(Diagnostic(severity, code, at: node.map(location(of:)) ?? mappingLocation, message, hint: hint,
                                      en: en, hintEN: hintEN))
    }

    func append(_ more: [Diagnostic]) { diagnostics += more }

    /// The value node of `key`, marking the key as known.
    func node(_ key: String) -> Node? {
        used.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// Where `key`'s value is, if present.
    func location(ofKey key: String) -> SourceLocation? {
        pairs.first { $0.key == key }.map { location(of: $0.value) }
    }

    /// Every key present, in file order.
    var keys: [String] { pairs.map(\.key) }

    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Text of a scalar, or `nil` with a diagnostic when it is a list or mapping.
    private func scalarText(_ key: String, _ node: Node) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.error, "yaml.expected-text", at: node, "`\(key)` harus berupa satu nilai, bukan daftar atau kolom bertingkat",
                   hint: "tulis nilainya di baris yang sama: `\(key): …`",
                   en: "`\(key)` must be a single value, not a list or nested fields",
                   hintEN: "write the value on the same line: `\(key): …`")
            return nil
        }
        return scalar.string
    }

    /// A text field. Empty or `~` counts as absent. A required absent field is an error.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key), !Self.isNull(node) else {
            if required { missing(key) }
            return nil
        }
        guard let text = scalarText(key, node) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if required { missing(key, at: node) }
            return nil
        }
        return trimmed
    }

    func missing(_ key: String, at node: Node? = nil) {
        report(.error, "field.required", at: node, "kolom wajib `\(key)` \(node == nil ? "tidak ada" : "kosong")",
               hint: "tambahkan baris `\(key): …` di front matter",
               en: "required field `\(key)` is \(node == nil ? "missing" : "empty")",
               hintEN: "add a line `\(key): …` to the front matter")
    }

    /// A whole number written with digits only (an optional leading `-`); `what` and `whatEN`
    /// describe the expected value in Indonesian and English.
    func integer(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil, what: String = "bilangan bulat",
                 whatEN: String = "a whole number") -> Int? {
        guard let node = node(key), !Self.isNull(node) else {
            if required { missing(key) }
            return nil
        }
        guard let text = scalarText(key, node) else { return nil }
        guard let value = Self.parseInteger(text) else {
            report(.error, "value.not-integer", at: node, "`\(key)` harus \(what), bukan `\(text)`",
                   hint: Self.numberHint(text, key: key),
                   en: "`\(key)` must be \(whatEN), not `\(text)`", hintEN: Self.numberHintEN(text, key: key))
            return nil
        }
        guard let range else { return value }
        guard range.contains(value) else {
            report(.error, "value.out-of-range", at: node, "`\(key)` bernilai \(value), di luar rentang \(range.lowerBound)–\(range.upperBound)",
                   hint: "periksa kembali angkanya",
                   en: "`\(key)` is \(value), outside the range \(range.lowerBound)–\(range.upperBound)",
                   hintEN: "check the number again")
            return nil
        }
        return value
    }

    /// Whole Rupiah: digits only, ≥ 0, fits in 64 bits.
    func rupiah(_ key: String) -> Int64? {
        guard let node = node(key), !Self.isNull(node) else { return nil }
        guard let text = scalarText(key, node) else { return nil }
        if let value = Int64(text), text.first != "+" {
            if value < 0 {
                report(.error, "money.negative", at: node, "`\(key)` tidak boleh negatif (\(text))",
                       hint: "tulis jumlah Rupiah sebagai bilangan bulat 0 atau lebih",
                       en: "`\(key)` cannot be negative (\(text))",
                       hintEN: "write the Rupiah amount as a whole number, 0 or more")
                return nil
            }
            return value
        }
        var hint = "tulis jumlah Rupiah dengan angka saja, tanpa `Rp`, titik, koma atau spasi, misalnya `\(key): 1250000000`"
        var hintEN = "write the Rupiah amount in digits only, without `Rp`, dots, commas or spaces, for example `\(key): 1250000000`"
        let digits = text.filter { $0.isASCII && $0.isNumber }
        let core = text.replacingOccurrences(of: "Rp", with: "").replacingOccurrences(of: "rp", with: "")
            .trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        if !digits.isEmpty, Self.isThousandsGrouped(core, separator: ".") {
            hint = "tulis `\(key): \(digits)` (angka saja; titik pemisah ribuan dan `Rp` tidak dipakai di front matter)"
            hintEN = "write `\(key): \(digits)` (digits only; thousands separators and `Rp` are not used in front matter)"
        } else if digits.count >= 19 {
            hint = "angka ini terlalu besar untuk jumlah Rupiah; periksa jumlah digitnya"
            hintEN = "this number is too large for a Rupiah amount; check how many digits it has"
        }
        report(.error, "money.format", at: node, "`\(key)` harus jumlah Rupiah bulat, bukan `\(text)`", hint: hint,
               en: "`\(key)` must be a whole Rupiah amount, not `\(text)`", hintEN: hintEN)
        return nil
    }

    /// A decimal number written with digits and an optional `.` decimal point.
    func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = node(key), !Self.isNull(node) else {
            if required { missing(key) }
            return nil
        }
        guard let text = scalarText(key, node) else { return nil }
        guard let value = Self.parseDecimal(text) else {
            report(.error, "value.not-number", at: node, "`\(key)` harus angka, bukan `\(text)`",
                   hint: Self.numberHint(text, key: key),
                   en: "`\(key)` must be a number, not `\(text)`", hintEN: Self.numberHintEN(text, key: key))
            return nil
        }
        return value
    }

    /// `true` or `false`.
    func bool(_ key: String) -> Bool? {
        guard let node = node(key), !Self.isNull(node) else { return nil }
        guard let text = scalarText(key, node) else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            report(.error, "value.not-bool", at: node, "`\(key)` harus `true` atau `false`, bukan `\(text)`",
                   hint: "tulis `\(key): true` (ya) atau `\(key): false` (tidak)",
                   en: "`\(key)` must be `true` or `false`, not `\(text)`",
                   hintEN: "write `\(key): true` (yes) or `\(key): false` (no)")
            return nil
        }
    }

    /// One of an enumeration's raw values; suggests the nearest valid one. `what` and `whatEN`
    /// name the kind of value in Indonesian and English ("dimensi", "dimension").
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, required: Bool = false, what: String,
                                                    whatEN: String) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required), let node = node(key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let valid = T.allCases.map(\.rawValue)
        if let lowered = T(rawValue: text.lowercased()) {
            report(.error, "value.case", at: node, "\(what) `\(text)` harus ditulis dengan huruf kecil",
                   hint: "tulis `\(key): \(lowered.rawValue)`",
                   en: "\(whatEN) `\(text)` must be written in lower case", hintEN: "write `\(key): \(lowered.rawValue)`")
            return nil
        }
        report(.error, "value.unknown", at: node, "\(what) `\(text)` tidak dikenal",
               hint: Suggestion.hint(for: text, among: valid, key: key),
               en: "unknown \(whatEN) `\(text)`", hintEN: Suggestion.hintEN(for: text, among: valid, key: key))
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    func stringList(_ key: String) -> [String] {
        guard let node = node(key), !Self.isNull(node) else { return [] }
        switch node {
        case .sequence(let sequence):
            var result: [String] = []
            for item in sequence {
                if case .scalar(let scalar) = item {
                    let text = scalar.string.trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty { result.append(text) }
                } else {
                    report(.error, "yaml.expected-text", at: item, "setiap butir `\(key)` harus berupa teks",
                           hint: "tulis daftar sebagai `\(key): [satu, dua]` atau satu butir per baris diawali `- `",
                           en: "every item of `\(key)` must be text",
                           hintEN: "write the list as `\(key): [satu, dua]` or one item per line starting with `- `")
                }
            }
            return result
        case .scalar(let scalar):
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? [] : [text]
        default:
            report(.error, "yaml.expected-list", at: node, "`\(key)` harus berupa daftar",
                   hint: "tulis `\(key): [satu, dua]`",
                   en: "`\(key)` must be a list", hintEN: "write `\(key): [satu, dua]`")
            return []
        }
    }

    /// The items of a list of mappings.
    func mappings(_ key: String) -> [Node] {
        guard let node = node(key), !Self.isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            report(.error, "yaml.expected-list", at: node, "`\(key)` harus berupa daftar, satu butir per baris diawali `- `",
                   hint: "lihat contoh di docs/content-format.md",
                   en: "`\(key)` must be a list, one item per line starting with `- `",
                   hintEN: "see the examples in docs/content-format.md")
            return []
        }
        return Array(sequence)
    }

    /// Reports every key that was never asked for, suggesting the nearest known
    /// one or the Indonesian name of an English key. `what` and `whatEN` name the place
    /// ("front matter program", "the programme front matter").
    func reportUnknownKeys(known: [String], what: String, whatEN: String) {
        for pair in pairs where !used.contains(pair.key) {
            let hint: String, hintEN: String
            if let indonesian = Suggestion.englishAliases[pair.key.lowercased()], known.contains(indonesian) {
                hint = "kolom tinjau memakai nama berbahasa Indonesia: tulis `\(indonesian)` alih-alih `\(pair.key)`"
                hintEN = "tinjau's fields have Indonesian names: write `\(indonesian)` instead of `\(pair.key)`"
            } else {
                hint = Suggestion.hint(for: pair.key, among: known, key: nil)
                hintEN = Suggestion.hintEN(for: pair.key, among: known, key: nil)
            }
            report(.error, "field.unknown", at: pair.keyNode, "kolom `\(pair.key)` tidak dikenal di \(what)", hint: hint,
                   en: "unknown field `\(pair.key)` in \(whatEN)", hintEN: hintEN)
        }
    }

    // MARK: Literal number parsing

    static func parseInteger(_ text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        let digits = text.first == "-" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
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

    static func isThousandsGrouped(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    static func numberHint(_ text: String, key: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            return "tulis angkanya saja tanpa `%`: `\(key): \(trimmed.dropLast())`, dan satuannya di kolom `satuan: persen`"
        }
        if trimmed.contains(","), !trimmed.contains("."), parseDecimal(trimmed.replacingOccurrences(of: ",", with: ".")) != nil {
            return "di YAML tanda desimal adalah titik: tulis `\(key): \(trimmed.replacingOccurrences(of: ",", with: "."))` (halaman tetap menampilkan koma)"
        }
        if ["yes", "no", "on", "off", "true", "false", "ya", "tidak"].contains(trimmed.lowercased()) {
            return "`\(trimmed)` adalah nilai ya/tidak, bukan angka; tulis angkanya"
        }
        if trimmed.contains(":") {
            return "tulis satu angka saja, tanpa `:`"
        }
        return "tulis angka saja, misalnya `\(key): 2020` atau `\(key): 72.5`"
    }

    /// ``numberHint(_:key:)`` in English.
    static func numberHintEN(_ text: String, key: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            return "write the number without `%`: `\(key): \(trimmed.dropLast())`, and the unit in the field `satuan: persen`"
        }
        if trimmed.contains(","), !trimmed.contains("."), parseDecimal(trimmed.replacingOccurrences(of: ",", with: ".")) != nil {
            return "in YAML the decimal separator is a point: write `\(key): \(trimmed.replacingOccurrences(of: ",", with: "."))` (the pages still show a comma)"
        }
        if ["yes", "no", "on", "off", "true", "false", "ya", "tidak"].contains(trimmed.lowercased()) {
            return "`\(trimmed)` is a yes/no value, not a number; write the number"
        }
        if trimmed.contains(":") {
            return "write a single number, without `:`"
        }
        return "write digits only, for example `\(key): 2020` or `\(key): 72.5`"
    }
}

/// Suggestions for misspelt keys and values: the nearest valid word by edit distance.
enum Suggestion {
    /// English (and common) field names that editors type, mapped to tinjau's Indonesian ones.
    static let englishAliases: [String: String] = [
        "title": "judul", "name": "nama", "dimension": "dimensi", "element": "elemen", "status": "status",
        "term": "jangka", "start_year": "tahun_mulai", "end_year": "tahun_selesai", "year": "tahun_mulai",
        "budget": "anggaran", "realized_budget": "realisasi_anggaran", "realised_budget": "realisasi_anggaran",
        "funding": "sumber_dana", "source": "sumber_dana", "partners": "mitra", "indicators": "indikator",
        "indicator": "indikator", "keywords": "kata_kunci", "tags": "kata_kunci", "summary": "ringkasan",
        "description": "ringkasan", "delay_reason": "alasan_tunda", "abbreviation": "singkatan", "short": "singkatan",
        "it_operators": "operator_ti", "order": "urutan", "weight": "urutan", "unit": "satuan", "target": "target",
        "realization": "realisasi", "realisation": "realisasi", "direction": "arah", "illustration": "ilustrasi",
    ]

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased().unicodeScalars), b = Array(b.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution: Int = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let edit: Int = Swift.min(previous[j] + 1, current[j - 1] + 1)
                current[j] = Swift.min(edit, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The nearest candidate within a third of the word's length (at least 2 edits).
    static func nearest(_ word: String, among candidates: [String]) -> String? {
        let limit = Swift.max(2, word.count / 3)
        var best: (word: String, distance: Int)?
        for candidate in candidates.sorted() {
            let d = distance(word, candidate)
            if d <= limit && (best == nil || d < best!.distance) { best = (candidate, d) }
        }
        return best?.word
    }

    /// "maksud Anda `x`?" plus the list of valid values.
    static func hint(for word: String, among candidates: [String], key: String?) -> String {
        let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
        if let best = nearest(word, among: candidates) {
            return "maksud Anda `\(key.map { "\($0): " } ?? "")\(best)`? Pilihan yang sah: \(list)"
        }
        return "pilihan yang sah: \(list)"
    }

    /// ``hint(for:among:key:)`` in English: "did you mean `x`?" plus the list of valid values.
    static func hintEN(for word: String, among candidates: [String], key: String?) -> String {
        let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
        if let best = nearest(word, among: candidates) {
            return "did you mean `\(key.map { "\($0): " } ?? "")\(best)`? Valid values: \(list)"
        }
        return "valid values: \(list)"
    }
}

import Foundation
