import Yams

/// Duplicated keys, which libyaml reports only at the start of their mapping: tinjau finds every
/// occurrence of each key in that mapping and reports the second, naming the lines of all.
extension YAMLErrorDiagnostics {
    /// One diagnostic per duplicated key, at its second occurrence, naming the lines of all of them.
    /// `mark` is the first occurrence of the first duplicate key (Yams's context); the other
    /// keys of that mapping are found by indentation, so that the same key in another mapping
    /// (another indicator) is not counted.
    static func duplicateKeys(
        _ duplicates: [String], mark: Mark, lines: YAMLLines, path: String,
        lineOffset: Int
    ) -> [Diagnostic] {
        let occurrences = keyOccurrences(duplicates, mark: mark, lines: lines)
        let names = duplicates.map { "`\($0)`" }.joined(separator: ", ")
        var diagnostics: [Diagnostic] = []
        for key in duplicates {
            let found = occurrences[key] ?? []
            let second = found.count >= 2 ? found[1] : (found.first ?? (mark.line, mark.column))
            let numbers = found.map { String($0.line + lineOffset) }
            let list = numbers.count > 1 ? numbers.dropLast().joined(separator: ", ") + " dan " + numbers.last! : numbers.first ?? ""
            let listEN = numbers.count > 1 ? numbers.dropLast().joined(separator: ", ") + " and " + numbers.last! : numbers.first ?? ""
            let lineList = numbers.count > 1 ? " (baris \(list))" : ""
            let lineListEN = numbers.count > 1 ? " (lines \(listEN))" : ""
            diagnostics.append(
                Diagnostic(
                    DiagnosticMessage(
                        .yamlDuplicateKey, "kolom `\(key)` ditulis lebih dari sekali\(lineList)",
                        en: "field `\(key)` is written more than once\(lineListEN)",
                        hint: "hapus salah satunya; YAML hanya mengizinkan satu nilai per kolom",
                        hintEN: "remove one of them; YAML allows only one value per field"),
                    at: SourceLocation(path: path, line: second.line + lineOffset, column: second.column)))
        }
        if diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    DiagnosticMessage(
                        .yamlDuplicateKey, "kolom \(names) ditulis lebih dari sekali", en: "fields \(names) are written more than once",
                        hint: "hapus salah satunya; YAML hanya mengizinkan satu nilai per kolom",
                        hintEN: "remove one of them; YAML allows only one value per field"),
                    at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)))
        }
        return diagnostics
    }

    /// Where each of `keys` starts (1-based line and column) in the mapping whose key starts at `mark`.
    private static func keyOccurrences(_ keys: [String], mark: Mark, lines: YAMLLines) -> [String: [(line: Int, column: Int)]] {
        let column = mark.column - 1
        let first = lines[mark.line]
        var result: [String: [(line: Int, column: Int)]] = [:]
        func keyAt(_ line: [Unicode.Scalar], _ i: Int) -> String? {
            for key in keys {
                for written in [key, "\"\(key)\"", "'\(key)'"] {
                    let scalars = Array(written.unicodeScalars)
                    guard i + scalars.count <= line.count, Array(line[i..<i + scalars.count]) == scalars else { continue }
                    var j = i + scalars.count
                    while j < line.count && (line[j] == " " || line[j] == "\t") { j += 1 }
                    if j < line.count, line[j] == ":", j + 1 == line.count || " \t".unicodeScalars.contains(line[j + 1]) { return key }
                }
            }
            return nil
        }
        let isBlock = column <= first.count && first[..<column].allSatisfy { $0 == " " || $0 == "-" }
        if isBlock {
            // Go up to the mapping's first line, then down to its end, looking only at keys at `column`.
            var start = mark.line
            var n = mark.line - 1
            while n >= 1 {
                let line = lines[n]
                if YAMLLines.isBlankOrComment(line) || YAMLLines.indentation(line) >= column {
                    start = n
                    n -= 1
                    continue
                }
                if column <= line.count, line[..<column].allSatisfy({ $0 == " " || $0 == "-" }), line[..<column].contains("-") { start = n }
                break
            }
            var number = start
            while number <= lines.count {
                let line = lines[number]
                if number > start, !YAMLLines.isBlankOrComment(line), YAMLLines.indentation(line) < column { break }
                let prefixOK = column <= line.count && line[..<column].allSatisfy { $0 == " " || (number == start && $0 == "-") }
                if prefixOK, let key = keyAt(line, column) { result[key, default: []].append((number, column + 1)) }
                number += 1
            }
        } else {
            // A flow mapping `{…}`: look along its line.
            var i = column
            while i < first.count {
                if i == column || ",{ ".unicodeScalars.contains(first[i - 1]), let key = keyAt(first, i) {
                    result[key, default: []].append((mark.line, i + 1))
                }
                i += 1
            }
        }
        return result
    }
}
