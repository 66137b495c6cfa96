import BigInt
import Foundation
import Yams

/// Reads typed fields out of a YAML mapping composed by Yams, recording the
/// position of every value and reporting each problem into the file's
/// ``DiagnosticCollector`` at the value's `file:line:column` (front-matter offset included).
///
/// Values are read from the literal text of each scalar, never through YAML 1.1
/// implicit typing: `yes` stays text where text is expected, `0755` is not octal,
/// `1:30` is not 90, and `1.250` is refused as money rather than read as 1.25.
/// Free text is compared with the raw line, so that a ` #` comment that cut it
/// short is reported rather than published. What the mapping is (``YAMLMapping``)
/// gives the words of its messages and the keys it knows.
final class YAMLReader {
    let path: String
    /// Added to Yams's 1-based line numbers to get the line in the file.
    let lineOffset: Int
    /// The raw YAML lines.
    let lines: YAMLLines
    /// What is read: names the mapping in messages and lists its fields.
    let mapping: YAMLMapping
    /// Where the diagnostics of the file go (shared with the readers of nested mappings).
    let log: DiagnosticCollector
    /// How many errors this reader reported (not its children).
    private(set) var errorCount = 0
    private var used: Set<String> = []
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    let mappingLocation: SourceLocation
    /// `false` when the node is a list or a single value (already reported as `yaml.not-mapping`).
    let isMapping: Bool
    /// Required fields reported missing, so that a misspelt key can take their place.
    private var missingRequired: [(key: String, diagnostic: Diagnostic)] = []

    /// Wraps `node`, which should be the `mapping`; problems go to `log`.
    init(node: Node?, path: String, lineOffset: Int, lines: YAMLLines, mapping: YAMLMapping, log: DiagnosticCollector, fallbackLine: Int = 1) {
        self.path = path
        self.lineOffset = lineOffset
        self.lines = lines
        self.mapping = mapping
        self.log = log
        var pairs: [(String, Node, Node)] = []
        let fallback = SourceLocation(path: path, line: fallbackLine, column: 1)
        var isMapping = true
        if let node {
            mappingLocation = node.mark.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) } ?? fallback
            if case .mapping(let yamlMapping) = node {
                for (key, value) in yamlMapping {
                    pairs.append((key.scalar?.string ?? "", key, value))
                }
            } else {
                isMapping = false
            }
        } else {
            mappingLocation = fallback
        }
        self.isMapping = isMapping
        self.pairs = pairs
        if !isMapping { report(.notMapping(mapping), at: nil) }
    }

    /// A reader for a nested mapping of the same file, reporting into the same collector.
    func child(_ node: Node, _ mapping: YAMLMapping) -> YAMLReader {
        YAMLReader(node: node, path: path, lineOffset: lineOffset, lines: lines, mapping: mapping, log: log, fallbackLine: mappingLocation.line)
    }

    /// Where `node` is in the file (the mapping when it has no mark).
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return mappingLocation }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    /// Records `message` at `node` (the mapping when `nil`).
    func report(_ message: DiagnosticMessage, at node: Node?) {
        report(Diagnostic(message, at: node.map(location(of:)) ?? mappingLocation))
    }

    private func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { errorCount += 1 }
        log.add(diagnostic)
    }

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
    var valueLocations: FieldLocations {
        var result = FieldLocations()
        for pair in pairs where !Self.isNull(pair.value) && result[pair.key] == nil { result[pair.key] = location(of: pair.value) }
        return result
    }

    /// Every key present, in file order.
    var keys: [String] { pairs.map(\.key) }

    /// Whether `node` is YAML's null: empty, `~` or `null` written plain.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Text of a scalar, or `nil` with a diagnostic when it is a list or mapping.
    private func scalarText(_ key: String, _ node: Node) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.expectedSingleValue(key), at: node)
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

    /// Reports the required field `key` as missing (no key) or empty (the key's or value's `node`).
    func missing(_ key: String, at node: Node? = nil) {
        guard isMapping else { return }  // already reported as `yaml.not-mapping`
        let diagnostic = Diagnostic(
            .requiredField(key, empty: node != nil, place: mapping.place), at: node.map(location(of:)) ?? mappingLocation)
        report(diagnostic)
        if node == nil { missingRequired.append((key, diagnostic)) }
    }

    /// Reports a text field whose whole value YAML read as a comment: `judul: #1 Kota`. A `#`
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
        report(Diagnostic(.valueReadAsComment(key, rest: rest), at: SourceLocation(path: path, line: mark.line + lineOffset, column: i + 1)))
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
        report(.valueCutByComment(key, item: item, read: text, written: raw.joined(separator: " ")), at: node)
    }

    /// A whole number written with digits only (an optional leading `-`), within the range the
    /// field has in ``FieldCatalog``; `meaning` says what it counts, for the messages.
    func integer(_ key: String, _ meaning: WholeNumber, required: Bool = false) -> Int? {
        let range = FieldCatalog.range(of: key, in: mapping.fields)
        guard let node = node(key), !Self.isNull(node) else {
            if required { missing(key, at: keyNode(key)) }
            return nil
        }
        guard let text = scalarText(key, node) else { return nil }
        guard let value = NumberLiteral.parseInteger(text) else {
            if NumberLiteral.isIntegerLiteral(text) {
                // Digits only, but more than a 64-bit integer holds.
                report(.integerTooLong(key, text: text, range: range), at: node)
                return nil
            }
            report(.notInteger(key, text: text, meaning: meaning), at: node)
            return nil
        }
        if let range, !range.contains(value) {
            report(.integerOutOfRange(key, value: value, range: range), at: node)
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
                report(.negativeMoney(key, text: text), at: node)
                return nil
            }
            return value
        }
        report(.moneyFormat(key, text: text), at: node)
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
            report(.notNumber(key, text: text, kind: kind), at: node)
            return nil
        }
        let tooLarge =
            scientific.map { !$0.isFinite || abs($0) > 1e15 } ?? false
            || value.map { Rational.max($0, -$0) > Self.largestNumber } ?? false
        if tooLarge {
            report(.numberTooLarge(key, text: text), at: node)
            return nil
        }
        if let decimals = text.split(separator: ".").dropFirst().first?.count, decimals > Self.largestDecimals, let value {
            report(.numberTooPrecise(key, text: text, value: value, decimals: decimals, largest: Self.largestDecimals), at: node)
            return nil
        }
        if scientific != nil {
            report(.scientificNumber(key, text: text, kind: kind), at: node)
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
            report(.notBool(key, text: text), at: node)
            return nil
        }
    }

    /// One of an enumeration's raw values; suggests the nearest valid one.
    func choice<T: FieldChoice>(_ key: String, _ type: T.Type, required: Bool = false) -> T? {
        guard let text = string(key, required: required, freeText: false), let node = node(key) else { return nil }
        return choiceValue(text, type, at: node, key: key)
    }

    /// `text` as one of an enumeration's raw values, or `nil` with a diagnostic at `node`.
    /// `key` is `nil` for an item of a list.
    func choiceValue<T: FieldChoice>(_ text: String, _ type: T.Type, at node: Node, key: String?) -> T? {
        if let value = T(rawValue: text) { return value }
        if let lowered = T(rawValue: text.lowercased()) {
            report(.choiceCase(T.valueName, text: text, written: key.map { "\($0): \(lowered.rawValue)" } ?? lowered.rawValue), at: node)
            return nil
        }
        // A dimension written as the site shows it (`Smart Living`, `Ekosistem Tempat Hidup`, `Tempat Hidup`).
        if T.self == DimensionID.self, let id = DimensionID.named(text) {
            report(.dimensionName(text, id: id, key: key), at: node)
            return nil
        }
        report(.unknownValue(T.valueName, text: text, valid: T.allCases.map(\.rawValue), key: key), at: node)
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
                    report(.expectedTextItem(key), at: item)
                }
            }
            return result
        case .scalar(let scalar):
            let text = scalar.string.trimmingBlanks()
            guard !text.isEmpty else { return [] }
            checkComment(key, node, read: text, item: false)
            if scalar.style == .plain, text.contains(",") {
                let items = text.split(separator: ",").map { String($0).trimmingBlanks() }.filter { !$0.isEmpty }
                report(.commaList(key, text: text, items: items), at: node)
                return items.map { ($0, node) }
            }
            return [(text, node)]
        default:
            report(.expectedTextList(key), at: node)
            return []
        }
    }

    /// The items of a list of mappings.
    func mappings(_ key: String) -> [Node] {
        guard let node = node(key), !Self.isNull(node) else { return [] }
        guard case .sequence(let sequence) = node else {
            report(.expectedMappingList(key), at: node)
            return []
        }
        return Array(sequence)
    }

    /// Reports every key that was never asked for and is not a field of the mapping (``YAMLMapping/fields``),
    /// suggesting the nearest known one or the Indonesian name of an English key.
    ///
    /// A misspelt key whose suggestion is a required field reported missing replaces that
    /// report: one error at the misspelt key instead of two.
    func reportUnknownKeys() {
        let known = mapping.fields.map(\.name)
        for pair in pairs where !used.contains(pair.key) {
            let alias = Suggestion.englishAliases[pair.key.lowercased()].flatMap { known.contains($0) ? $0 : nil }
            let suggestion = alias ?? Suggestion.nearest(pair.key, among: known)
            if let suggestion, let index = missingRequired.firstIndex(where: { $0.key == suggestion }) {
                let missing = missingRequired.remove(at: index)
                log.withdraw(missing.diagnostic)
                var value = "…"
                if case .scalar(let scalar) = pair.value, !Self.isNull(pair.value), let mark = pair.value.mark,
                    mark.line == pair.keyNode.mark?.line
                {
                    value = lines.rest(of: mark.line, from: mark.column - 1)
                    if value.isEmpty { value = scalar.string }
                }
                report(
                    .misspeltRequiredField(pair.key, in: mapping.unknownKeyPlace, field: suggestion, value: value, isEnglish: alias != nil),
                    at: pair.keyNode)
                continue
            }
            report(.unknownField(pair.key, in: mapping.unknownKeyPlace, known: known, alias: alias), at: pair.keyNode)
        }
    }
}
