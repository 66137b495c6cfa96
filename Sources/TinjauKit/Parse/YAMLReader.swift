import BigInt
import Foundation
import Yams

/// Reads typed fields out of a YAML mapping composed by Yams, recording the
/// position of every value and reporting each problem as a ``Diagnostic`` at the
/// value's `file:line:column` (front-matter offset included).
///
/// Values are read from the literal text of each scalar, never through YAML 1.1
/// implicit typing: `yes` stays text where text is expected, `0755` is not octal,
/// `1:30` is not 90, and `1.250` is refused as money rather than read as 1.25.
/// Free text is compared with the raw line, so that a ` #` comment that cut it
/// short is reported rather than published.
final class YAMLReader {
    let path: String
    /// Added to Yams's 1-based line numbers to get the line in the file.
    let lineOffset: Int
    /// The raw YAML lines.
    let lines: YAMLLines
    /// Where a missing field is added, for the hint of `field.required`: "di front matter".
    let place: String
    /// ``place`` in English: "to the front matter".
    let placeEN: String
    private(set) var diagnostics: [Diagnostic] = []
    private var used: Set<String> = []
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    let mappingLocation: SourceLocation
    /// `false` when the node is a list or a single value (already reported as `yaml.not-mapping`).
    let isMapping: Bool
    /// Required fields reported missing, so that a misspelt key can take their place.
    private var missingRequired: [(key: String, diagnostic: Diagnostic)] = []

    /// Wraps `node`, which should be a mapping; `what` and `whatEN` name it in Indonesian and
    /// English messages (e.g. "front matter", "an indicator"); `place` and `placeEN` say where
    /// a missing field goes ("di front matter", "to the front matter").
    init(
        node: Node?, path: String, lineOffset: Int, lines: YAMLLines, what: String, whatEN: String,
        place: String = "di front matter", placeEN: String = "to the front matter", example: String = "judul: Lapor Bantul",
        fallbackLine: Int = 1
    ) {
        self.path = path
        self.lineOffset = lineOffset
        self.lines = lines
        self.place = place
        self.placeEN = placeEN
        var pairs: [(String, Node, Node)] = []
        let fallback = SourceLocation(path: path, line: fallbackLine, column: 1)
        var isMapping = true
        if let node {
            mappingLocation = node.mark.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) } ?? fallback
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    pairs.append((key.scalar?.string ?? "", key, value))
                }
            } else {
                isMapping = false
                diagnostics.append(
                    Diagnostic(
                        .error, "yaml.not-mapping", at: mappingLocation,
                        "\(what) harus berisi pasangan `kolom: nilai`, satu per baris",
                        hint: "tulis setiap kolom di barisnya sendiri, misalnya `\(example)`",
                        en: "\(whatEN) must contain `kolom: nilai` pairs, one per line",
                        hintEN: "write each field on its own line, for example `\(example)`"))
            }
        } else {
            mappingLocation = fallback
        }
        self.isMapping = isMapping
        self.pairs = pairs
    }

    /// A reader for a nested mapping of the same file.
    func child(_ node: Node, what: String, whatEN: String, place: String, placeEN: String, example: String) -> YAMLReader {
        YAMLReader(
            node: node, path: path, lineOffset: lineOffset, lines: lines, what: what, whatEN: whatEN,
            place: place, placeEN: placeEN, example: example, fallbackLine: mappingLocation.line)
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return mappingLocation }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// Records a diagnostic at `node` (the mapping when `nil`); `en` and `hintEN` are the English
    /// message and hint, required so that no diagnostic goes untranslated.
    func report(
        _ severity: Severity, _ code: String, at node: Node?, _ message: String, hint: String? = nil,
        en: String, hintEN: String? = nil
    ) {
        diagnostics.append(
            Diagnostic(
                severity, code, at: node.map(location(of:)) ?? mappingLocation, message, hint: hint,
                en: en, hintEN: hintEN))
    }

    func append(_ more: [Diagnostic]) { diagnostics += more }

    /// The value node of `key`, marking the key as known.
    func node(_ key: String) -> Node? {
        used.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// The node of the key `key` itself, if present.
    private func keyNode(_ key: String) -> Node? {
        pairs.first { $0.key == key }?.keyNode
    }

    /// Where `key`'s value is, if present.
    func location(ofKey key: String) -> SourceLocation? {
        pairs.first { $0.key == key }.map { location(of: $0.value) }
    }

    /// Where each key's value starts, for the keys that have a value (not empty or `~`): what
    /// later checks need to point at a field, and to tell "absent" from "present but invalid".
    var valueLocations: [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        for pair in pairs where !Self.isNull(pair.value) && result[pair.key] == nil { result[pair.key] = location(of: pair.value) }
        return result
    }

    /// Every key present, in file order.
    var keys: [String] { pairs.map(\.key) }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Text of a scalar, or `nil` with a diagnostic when it is a list or mapping.
    private func scalarText(_ key: String, _ node: Node) -> String? {
        guard case .scalar(let scalar) = node else {
            report(
                .error, "yaml.expected-text", at: node, "`\(key)` harus berupa satu nilai, bukan daftar atau kolom bertingkat",
                hint: "tulis nilainya di baris yang sama: `\(key): …`",
                en: "`\(key)` must be a single value, not a list or nested fields",
                hintEN: "write the value on the same line: `\(key): …`")
            return nil
        }
        return scalar.string
    }

    /// A text field. Empty or `~` counts as absent. A required absent field is an error.
    /// `freeText` fields are checked for a ` #` comment that cut the value short.
    func string(_ key: String, required: Bool = false, freeText: Bool = true) -> String? {
        guard let node = node(key), !Self.isNull(node) else {
            let keyNode = keyNode(key)
            if freeText, let keyNode { checkCommentOnly(key, keyNode) }
            if required { missing(key, at: keyNode) }
            return nil
        }
        guard let text = scalarText(key, node) else { return nil }
        let trimmed = text.trimmingBlanks()
        if trimmed.isEmpty {
            if required { missing(key, at: node) }
            return nil
        }
        if freeText { checkComment(key, node, read: trimmed, item: false) }
        return trimmed
    }

    func missing(_ key: String, at node: Node? = nil) {
        guard isMapping else { return }  // already reported as `yaml.not-mapping`
        let isMasterplan = key == "masterplan" && node == nil
        let hint =
            isMasterplan
            ? "tambahkan `masterplan:` \(place), dengan `tahun_mulai:` dan `tahun_selesai:` di bawahnya (menjorok dua spasi)"
            : node == nil ? "tambahkan baris `\(key): …` \(place)" : "isi nilainya setelah titik dua: `\(key): …`"
        let hintEN =
            isMasterplan
            ? "add `masterplan:` \(placeEN), with `tahun_mulai:` and `tahun_selesai:` below it (indented by two spaces)"
            : node == nil ? "add a line `\(key): …` \(placeEN)" : "fill in the value after the colon: `\(key): …`"
        let diagnostic = Diagnostic(
            .error, "field.required", at: node.map(location(of:)) ?? mappingLocation,
            "kolom wajib `\(key)` \(node == nil ? "tidak ada" : "kosong")", hint: hint,
            en: "required field `\(key)` is \(node == nil ? "missing" : "empty")", hintEN: hintEN)
        diagnostics.append(diagnostic)
        if node == nil { missingRequired.append((key, diagnostic)) }
    }

    /// Reports a text field whose whole value YAML read as a comment: `judul: #1 Bantul`. A `#`
    /// followed by a space (`judul: # nanti`) is taken as a deliberate comment.
    private func checkCommentOnly(_ key: String, _ keyNode: Node) {
        guard let mark = keyNode.mark else { return }
        let line = lines[mark.line]
        var i = mark.column - 1
        while i < line.count && line[i] != ":" { i += 1 }
        i += 1
        while i < line.count && (line[i] == " " || line[i] == "\t") { i += 1 }
        guard i + 1 < line.count, line[i] == "#", line[i + 1] != " ", line[i + 1] != "\t" else { return }
        let rest = lines.rest(of: mark.line, from: i)
        diagnostics.append(
            Diagnostic(
                .error, "yaml.comment-in-value", at: SourceLocation(path: path, line: mark.line + lineOffset, column: i + 1),
                "`\(key)` kosong: YAML membaca `\(rest)` sebagai komentar, karena nilai yang diawali `#` adalah komentar",
                hint: "apit seluruh nilai dengan tanda kutip ganda: `\(key): \(YAMLLines.doubleQuoted(rest))`",
                en: "`\(key)` is empty: YAML reads `\(rest)` as a comment, because a value starting with `#` is a comment",
                hintEN: "put the whole value in double quotes: `\(key): \(YAMLLines.doubleQuoted(rest))`"))
    }

    /// Reports a plain scalar read as free text that a ` #` comment cut short on its line (or on one
    /// of its continuation lines): YAML drops everything from the `#`, so the published text would
    /// silently lose it.
    private func checkComment(_ key: String, _ node: Node, read text: String, item: Bool) {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let mark = node.mark else { return }
        let first = lines[mark.line]
        let start = mark.column - 1
        guard start < first.count else { return }
        func comment(in line: [Unicode.Scalar], from start: Int) -> Bool {
            var i = start + 1
            while i < line.count {
                if line[i] == "#" && (line[i - 1] == " " || line[i - 1] == "\t") { return true }
                i += 1
            }
            return false
        }
        var continuation: [String] = []
        var found = comment(in: first, from: start)
        if !found {
            // Continuation lines of a multi-line plain value: more indented than the line it starts on.
            let base = YAMLLines.indentation(first)
            var number = mark.line + 1
            while number <= lines.count, !found {
                let line = lines[number]
                guard !YAMLLines.isBlankOrComment(line), YAMLLines.indentation(line) > base else { break }
                let content = YAMLLines.text(line).trimmingBlanks()
                let beforeComment = content.components(separatedBy: " #").first ?? content
                guard text.contains(beforeComment.trimmingBlanks()) else { break }
                continuation.append(content)
                found = comment(in: line, from: YAMLLines.indentation(line))
                number += 1
            }
        }
        guard found else { return }
        // Only now, with a problem to report, build the texts.
        let raw = [YAMLLines.text(first[start...]).trimmingBlanks()] + continuation
        let quoted = YAMLLines.doubleQuoted(raw.joined(separator: " "))
        let written = item ? quoted : "\(key): \(quoted)"
        let what = item ? "butir `\(key)`" : "`\(key)`"
        let whatEN = item ? "an item of `\(key)`" : "`\(key)`"
        report(
            .error, "yaml.comment-in-value", at: node,
            "\(what) terpotong: YAML hanya membaca `\(text)`, karena ` #` (spasi lalu tanda pagar) memulai komentar",
            hint:
                "bila `#` bagian dari isi, apit seluruh nilai dengan tanda kutip ganda: `\(written)`; bila memang komentar, pindahkan ke barisnya sendiri",
            en: "\(whatEN) is cut short: YAML reads only `\(text)`, because ` #` (a space then a hash sign) starts a comment",
            hintEN:
                "if the `#` is part of the value, put the whole value in double quotes: `\(written)`; if it is a comment, move it to a line of its own"
        )
    }

    /// A whole number written with digits only (an optional leading `-`); `what` and `whatEN`
    /// describe the expected value in Indonesian and English; `example` is a typical value for hints.
    func integer(
        _ key: String, required: Bool = false, range: ClosedRange<Int>? = nil, what: String = "bilangan bulat",
        whatEN: String = "a whole number", example: String = "10"
    ) -> Int? {
        guard let node = node(key), !Self.isNull(node) else {
            if required { missing(key, at: keyNode(key)) }
            return nil
        }
        guard let text = scalarText(key, node) else { return nil }
        guard let value = NumberLiteral.parseInteger(text) else {
            if NumberLiteral.isIntegerLiteral(text) {
                // Digits only, but more than a 64-bit integer holds.
                let shown = YAMLLines.quoted(text)
                let rangeText = range.map { "\($0.lowerBound)–\($0.upperBound)" }
                report(
                    .error, "value.out-of-range", at: node,
                    "`\(key)` bernilai \(shown.id), \(rangeText.map { "di luar rentang \($0)" } ?? "terlalu besar")",
                    hint: "periksa jumlah digitnya",
                    en: "`\(key)` is \(shown.en), \(rangeText.map { "outside the range \($0)" } ?? "too large")",
                    hintEN: "check how many digits it has")
                return nil
            }
            let hints = NumberLiteral.hints(text, key: key, kind: .integer(example: example))
            report(
                .error, "value.not-integer", at: node, "`\(key)` harus \(what), bukan `\(text)`", hint: hints.id,
                en: "`\(key)` must be \(whatEN), not `\(text)`", hintEN: hints.en)
            return nil
        }
        if let range, !range.contains(value) {
            report(
                .error, "value.out-of-range", at: node, "`\(key)` bernilai \(value), di luar rentang \(range.lowerBound)–\(range.upperBound)",
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
                report(
                    .error, "money.negative", at: node, "`\(key)` tidak boleh negatif (\(text))",
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
            .trimmingBlanks().replacingOccurrences(of: " ", with: "")
        if !digits.isEmpty, NumberLiteral.isThousandsGrouped(core, separator: ".") {
            hint = "tulis `\(key): \(digits)` (angka saja; titik pemisah ribuan dan `Rp` tidak dipakai di front matter)"
            hintEN = "write `\(key): \(digits)` (digits only; thousands separators and `Rp` are not used in front matter)"
        } else if digits.count >= 19 {
            hint = "angka ini terlalu besar untuk jumlah Rupiah; periksa jumlah digitnya"
            hintEN = "this number is too large for a Rupiah amount; check how many digits it has"
        }
        let shown = YAMLLines.quoted(text)
        report(
            .error, "money.format", at: node, "`\(key)` harus jumlah Rupiah bulat, bukan \(shown.id)", hint: hint,
            en: "`\(key)` must be a whole Rupiah amount, not \(shown.en)", hintEN: hintEN)
        return nil
    }

    /// The largest magnitude a decimal field accepts (10¹⁵): values are exact at any size, but a
    /// larger indicator value is almost always a typing mistake (digits repeated, a unit missed).
    static let largestNumber = Rational(BigInt(10).power(15))

    /// The most digits a decimal field may have after its point: values are exact at any precision,
    /// but published data files keep them as numbers of at most 28 significant digits (15 + 12 + 1).
    static let largestDecimals = 12

    /// A decimal number written with digits and an optional `.` decimal point, at most ±10¹⁵ and 12 decimals,
    /// read exactly from its literal text (`0.285` is 285/1000, not the nearest binary fraction).
    /// `kind` chooses the examples of the hints.
    func number(_ key: String, required: Bool = false, kind: NumberKind = .decimal(unit: true)) -> Rational? {
        guard let node = node(key), !Self.isNull(node) else {
            if required { missing(key, at: keyNode(key)) }
            return nil
        }
        guard let text = scalarText(key, node) else { return nil }
        let value = Rational(decimal: text)
        let scientific = value == nil ? NumberLiteral.parseScientific(text) : nil
        guard value != nil || scientific != nil else {
            let hints = NumberLiteral.hints(text, key: key, kind: kind)
            let shown = YAMLLines.quoted(text)
            report(
                .error, "value.not-number", at: node, "`\(key)` harus angka, bukan \(shown.id)", hint: hints.id,
                en: "`\(key)` must be a number, not \(shown.en)", hintEN: hints.en)
            return nil
        }
        let tooLarge =
            scientific.map { !$0.isFinite || abs($0) > 1e15 } ?? false
            || value.map { Rational.max($0, -$0) > Self.largestNumber } ?? false
        if tooLarge {
            let shown = YAMLLines.quoted(text)
            report(
                .error, "value.too-large", at: node,
                "`\(key)` terlalu besar (\(shown.id)): angka di atas 1.000.000.000.000.000 (10¹⁵) tidak diterima",
                hint: "periksa jumlah digitnya; bila nilainya memang sebesar itu, pakai satuan yang lebih besar (misalnya `satuan: juta orang`)",
                en: "`\(key)` is too large (\(shown.en)): numbers beyond 1,000,000,000,000,000 (10¹⁵) are not accepted",
                hintEN: "check how many digits it has; if the value really is that large, use a larger unit (for example `satuan: juta orang`)")
            return nil
        }
        if let decimals = text.split(separator: ".").dropFirst().first?.count, decimals > Self.largestDecimals, value != nil {
            let shown = YAMLLines.quoted(text)
            report(
                .error, "value.too-precise", at: node,
                "`\(key)` memiliki \(decimals) angka di belakang titik (\(shown.id)); paling banyak \(Self.largestDecimals) yang diterima",
                hint:
                    "bulatkan angkanya, misalnya `\(key): \(Rational(decimal: text)!.plainDecimal(maxDecimals: 4))`, atau pakai satuan yang lebih kecil",
                en: "`\(key)` has \(decimals) digits after the point (\(shown.en)); at most \(Self.largestDecimals) are accepted",
                hintEN: "round the number, for example `\(key): \(Rational(decimal: text)!.plainDecimal(maxDecimals: 4))`, or use a smaller unit")
            return nil
        }
        if scientific != nil {
            let hints = NumberLiteral.hints(text, key: key, kind: kind)
            report(
                .error, "value.not-number", at: node, "`\(key)` harus angka biasa, bukan `\(text)`", hint: hints.id,
                en: "`\(key)` must be a plain number, not `\(text)`", hintEN: hints.en)
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
            report(
                .error, "value.not-bool", at: node, "`\(key)` harus `true` atau `false`, bukan `\(text)`",
                hint: "tulis `\(key): true` (ya) atau `\(key): false` (tidak)",
                en: "`\(key)` must be `true` or `false`, not `\(text)`",
                hintEN: "write `\(key): true` (yes) or `\(key): false` (no)")
            return nil
        }
    }

    /// One of an enumeration's raw values; suggests the nearest valid one. `what` and `whatEN`
    /// name the kind of value in Indonesian and English ("dimensi", "dimension").
    func choice<T: RawRepresentable & CaseIterable>(
        _ key: String, _ type: T.Type, required: Bool = false, what: String,
        whatEN: String
    ) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required, freeText: false), let node = node(key) else { return nil }
        return choiceValue(text, type, at: node, key: key, what: what, whatEN: whatEN)
    }

    /// `text` as one of an enumeration's raw values, or `nil` with a diagnostic at `node`.
    /// `key` is `nil` for an item of a list.
    func choiceValue<T: RawRepresentable & CaseIterable>(
        _ text: String, _ type: T.Type, at node: Node, key: String?,
        what: String, whatEN: String
    ) -> T?
    where T.RawValue == String {
        if let value = T(rawValue: text) { return value }
        let valid = T.allCases.map(\.rawValue)
        if let lowered = T(rawValue: text.lowercased()) {
            let written = key.map { "\($0): \(lowered.rawValue)" } ?? lowered.rawValue
            report(
                .error, "value.case", at: node, "\(what) `\(text)` harus ditulis dengan huruf kecil",
                hint: "tulis `\(written)`",
                en: "\(whatEN) `\(text)` must be written in lower case", hintEN: "write `\(written)`")
            return nil
        }
        // A dimension written as the site shows it (`Smart Living`, `Ekosistem Tempat Hidup`, `Tempat Hidup`).
        if T.self == DimensionID.self, let id = DimensionID.named(text) {
            let written = key.map { "\($0): \(id.rawValue)" } ?? id.rawValue
            report(
                .error, "value.unknown", at: node, "\(what) `\(text)` tidak dikenal: yang ditulis adalah kunci dimensinya, bukan namanya",
                hint: "tulis `\(written)` (\(id.smartName)); pilihan yang sah: " + valid.map { "`\($0)`" }.joined(separator: ", "),
                en: "unknown \(whatEN) `\(text)`: the dimension's key is written, not its name",
                hintEN: "write `\(written)` (\(id.smartName)); valid values: " + valid.map { "`\($0)`" }.joined(separator: ", "))
            return nil
        }
        report(
            .error, "value.unknown", at: node, "\(what) `\(text)` tidak dikenal",
            hint: Suggestion.hint(for: text, among: valid, key: key),
            en: "unknown \(whatEN) `\(text)`", hintEN: Suggestion.hintEN(for: text, among: valid, key: key))
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one.
    func stringList(_ key: String) -> [String] { stringItems(key).map(\.text) }

    /// The items of a list of texts with their nodes; a single text is accepted as a list of one.
    /// A plain single value with commas (`mitra: dinas-b, dinas-a`) is reported and split.
    func stringItems(_ key: String) -> [(text: String, node: Node)] {
        guard let node = node(key), !Self.isNull(node) else { return [] }
        switch node {
        case .sequence(let sequence):
            var result: [(String, Node)] = []
            for item in sequence {
                if case .scalar(let scalar) = item {
                    let text = scalar.string.trimmingBlanks()
                    if !text.isEmpty {
                        checkComment(key, item, read: text, item: true)
                        result.append((text, item))
                    }
                } else {
                    report(
                        .error, "yaml.expected-text", at: item, "setiap butir `\(key)` harus berupa teks",
                        hint: "tulis daftar sebagai `\(key): [satu, dua]` atau satu butir per baris diawali `- `",
                        en: "every item of `\(key)` must be text",
                        hintEN: "write the list as `\(key): [satu, dua]` or one item per line starting with `- `")
                }
            }
            return result
        case .scalar(let scalar):
            let text = scalar.string.trimmingBlanks()
            guard !text.isEmpty else { return [] }
            checkComment(key, node, read: text, item: false)
            if scalar.style == .plain, text.contains(",") {
                let items = text.split(separator: ",").map { String($0).trimmingBlanks() }.filter { !$0.isEmpty }
                let list = "\(key): [\(items.joined(separator: ", "))]"
                report(
                    .error, "value.comma-list", at: node,
                    "`\(key)` ditulis sebagai satu teks berisi koma (`\(text)`), bukan daftar",
                    hint:
                        "tulis daftar dengan kurung siku: `\(list)`; bila koma memang bagian dari satu nilai, apit dengan tanda kutip: `\(key): [\(YAMLLines.doubleQuoted(text))]`",
                    en: "`\(key)` is written as one text containing commas (`\(text)`), not as a list",
                    hintEN:
                        "write a list in square brackets: `\(list)`; if the comma belongs to a single value, put it in quotes: `\(key): [\(YAMLLines.doubleQuoted(text))]`"
                )
                return items.map { ($0, node) }
            }
            return [(text, node)]
        default:
            report(
                .error, "yaml.expected-list", at: node, "`\(key)` harus berupa daftar",
                hint: "tulis `\(key): [satu, dua]`",
                en: "`\(key)` must be a list", hintEN: "write `\(key): [satu, dua]`")
            return []
        }
    }

    /// The items of a list of mappings.
    func mappings(_ key: String) -> [Node] {
        guard let node = node(key), !Self.isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            report(
                .error, "yaml.expected-list", at: node, "`\(key)` harus berupa daftar, satu butir per baris diawali `- `",
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
    ///
    /// A misspelt key whose suggestion is a required field reported missing replaces that
    /// report: one error at the misspelt key instead of two.
    func reportUnknownKeys(known: [String], what: String, whatEN: String) {
        for pair in pairs where !used.contains(pair.key) {
            let alias = Suggestion.englishAliases[pair.key.lowercased()].flatMap { known.contains($0) ? $0 : nil }
            let suggestion = alias ?? Suggestion.nearest(pair.key, among: known)
            if let suggestion, let index = missingRequired.firstIndex(where: { $0.key == suggestion }) {
                let missing = missingRequired.remove(at: index)
                if let at = diagnostics.firstIndex(of: missing.diagnostic) { diagnostics.remove(at: at) }
                var value = "…"
                if case .scalar(let scalar) = pair.value, !Self.isNull(pair.value), let mark = pair.value.mark,
                    mark.line == pair.keyNode.mark?.line
                {
                    value = lines.rest(of: mark.line, from: mark.column - 1)
                    if value.isEmpty { value = scalar.string }
                }
                let hint =
                    alias != nil
                    ? "kolom tinjau memakai nama berbahasa Indonesia: tulis `\(suggestion): \(value)`"
                    : "perbaiki nama kolomnya: `\(suggestion): \(value)`"
                let hintEN =
                    alias != nil
                    ? "tinjau's fields have Indonesian names: write `\(suggestion): \(value)`"
                    : "correct the field name: `\(suggestion): \(value)`"
                report(
                    .error, "field.unknown", at: pair.keyNode,
                    "kolom `\(pair.key)` tidak dikenal di \(what); maksud Anda kolom wajib `\(suggestion)`?", hint: hint,
                    en: "unknown field `\(pair.key)` in \(whatEN); did you mean the required field `\(suggestion)`?",
                    hintEN: hintEN)
                continue
            }
            let hint: String
            let hintEN: String
            if let alias {
                hint = "kolom tinjau memakai nama berbahasa Indonesia: tulis `\(alias)` alih-alih `\(pair.key)`"
                hintEN = "tinjau's fields have Indonesian names: write `\(alias)` instead of `\(pair.key)`"
            } else {
                hint = Suggestion.hint(for: pair.key, among: known, key: nil)
                hintEN = Suggestion.hintEN(for: pair.key, among: known, key: nil)
            }
            report(
                .error, "field.unknown", at: pair.keyNode, "kolom `\(pair.key)` tidak dikenal di \(what)", hint: hint,
                en: "unknown field `\(pair.key)` in \(whatEN)", hintEN: hintEN)
        }
    }
}
