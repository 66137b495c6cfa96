import Foundation

/// The lines of a YAML text as Unicode scalars, the unit in which libyaml counts
/// columns, so that a `Mark` indexes them directly. Used to compare what YAML read
/// with what the editor wrote (comments, anchors and tags that YAML drops).
struct YAMLLines: Sendable {
    /// The lines, without their `\n`.
    let lines: [[Unicode.Scalar]]

    init(_ yaml: String) {
        // One pass over the scalars (splitting by Character is several times slower).
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in yaml.unicodeScalars {
            if scalar == "\n" {
                lines.append(current)
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(scalar)
            }
        }
        lines.append(current)
        self.lines = lines
    }

    /// Number of lines.
    var count: Int { lines.count }

    /// Line `number` (1-based, as in a `Mark`); empty when out of range.
    subscript(number: Int) -> [Unicode.Scalar] {
        number >= 1 && number <= lines.count ? lines[number - 1] : []
    }

    /// The text of `scalars`.
    static func text<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The text of line `number` from 0-based column `from` to its end, without surrounding blanks.
    func rest(of number: Int, from column: Int) -> String {
        let line = self[number]
        guard column < line.count else { return "" }
        return Self.text(line[column...]).trimmingBlanks()
    }

    /// Leading spaces of a line.
    static func indentation(_ line: [Unicode.Scalar]) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// Whether a line is empty, blank or only a comment.
    static func isBlankOrComment(_ line: [Unicode.Scalar]) -> Bool {
        let content = line.drop { $0 == " " || $0 == "\t" }
        return content.isEmpty || content.first == "#"
    }

    /// The 0-based column where the value of the key starting at `keyColumn` (0-based) begins on
    /// the same line, or `nil` when the value is not on that line (or the key has no `:`).
    func valueStart(line number: Int, keyColumn: Int) -> Int? {
        let line = self[number]
        var i = keyColumn
        guard i < line.count else { return nil }
        if line[i] == "\"" || line[i] == "'" {
            let quote = line[i]
            i += 1
            while i < line.count && line[i] != quote { i += line[i] == "\\" && quote == "\"" ? 2 : 1 }
            i += 1
        }
        while i < line.count {
            if line[i] == ":" && (i + 1 == line.count || line[i + 1] == " " || line[i + 1] == "\t") { break }
            i += 1
        }
        guard i < line.count else { return nil }
        i += 1
        while i < line.count && (line[i] == " " || line[i] == "\t") { i += 1 }
        guard i < line.count, line[i] != "#" else { return nil }
        return i
    }

    /// `text` as the inside of a double-quoted YAML scalar.
    static func doubleQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A literal in backquotes for a message, shortened when very long: `` `1000000000000000…` (401 karakter) ``.
    static func quoted(_ text: String) -> (id: String, en: String) {
        guard text.count > 24 else { return ("`\(text)`", "`\(text)`") }
        return ("`\(text.prefix(16))…` (\(text.count) karakter)", "`\(text.prefix(16))…` (\(text.count) characters)")
    }
}
