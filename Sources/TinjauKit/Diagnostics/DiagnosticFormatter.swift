// swift-format-ignore-file: AlwaysUseLowerCamelCase

// GitLab's Code Quality report names its fields in snake case (`check_name`).
import Foundation

/// How `tinjau check` prints diagnostics.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:col: error: message`, the source line with a caret under the column, then the hint.
    case text
    /// A JSON object with every diagnostic, for tools.
    case json
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), which annotate pull requests.
    case github
    /// A GitLab Code Quality report (a JSON array), which GitLab shows on merge requests when a job
    /// keeps it as `artifacts: reports: codequality`.
    case gitlab
}

/// Formats diagnostics as text (like a compiler), JSON, GitHub annotations or a GitLab Code Quality report.
/// Reads source lines through the injected file system to show them under
/// the message.
public struct DiagnosticFormatter: Sendable {
    /// Where to read source lines from.
    public var fileSystem: any FileSystem
    /// The output format.
    public var format: DiagnosticFormat
    /// The message language.
    public var language: DiagnosticLanguage

    /// Creates a formatter.
    public init(fileSystem: any FileSystem, format: DiagnosticFormat = .text, language: DiagnosticLanguage = .id) {
        self.fileSystem = fileSystem
        self.format = format
        self.language = language
    }

    /// The whole report; for text and GitHub formats one diagnostic per block, ending in a newline
    /// (empty when there are no diagnostics and the format is not JSON).
    public func format(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForReport()
        switch format {
        case .text: return sorted.map(text).joined()
        case .github: return sorted.map(github).joined()
        case .json: return json(sorted)
        case .gitlab: return gitlab(sorted)
        }
    }

    private func label(_ severity: Severity) -> String { severity.rawValue }

    func text(_ d: Diagnostic) -> String {
        var position = d.location.path
        if d.location.line > 0 {
            position += ":\(d.location.line)"
            if d.location.column > 0 { position += ":\(d.location.column)" }
        }
        var out = "\(position): \(label(d.severity)): \(d.message(in: language))\n"
        if d.location.line > 0, let line = sourceLine(d.location.path, d.location.line) {
            // Tabs become spaces and other control characters (a NUL, say) a visible "?", one column each,
            // so that the caret stays under the right character and the terminal shows text.
            let shown = String(
                String.UnicodeScalarView(
                    line.unicodeScalars.map { scalar -> Unicode.Scalar in
                        scalar == "\t" ? " " : (scalar.value < 0x20 || scalar.value == 0x7F ? "?" : scalar)
                    }))
            // A very long line (a one-megabyte paragraph, say) is shown as a window around the column.
            var visible = Array(shown.unicodeScalars)
            var column = max(d.location.column, 1)
            let window = 100
            if visible.count > window * 2 {
                let start = max(0, min(column - 1 - window / 2, visible.count - window))
                let end = min(visible.count, start + window)
                let head: [Unicode.Scalar] = start > 0 ? ["…"] : []
                let tail: [Unicode.Scalar] = end < visible.count ? ["…"] : []
                visible = head + Array(visible[start..<end]) + tail
                column = column - start + head.count
            }
            let displayed = String(String.UnicodeScalarView(visible))
            out += "  \(displayed)\n"
            if d.location.column > 0 {
                let prefix = displayed.unicodeScalars.prefix(column - 1)
                let width = prefix.reduce(0) { $0 + ($1.properties.isEmojiPresentation || Self.isWide($1) ? 2 : 1) }
                out += "  " + String(repeating: " ", count: width) + "^\n"
            }
        }
        if let hint = d.hint(in: language) { out += "  \(language == .en ? "hint" : "saran"): \(hint)\n" }
        return out
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        // East Asian wide and full-width ranges, enough for a caret under CJK text.
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6: return true
        default: return false
        }
    }

    private func sourceLine(_ path: String, _ number: Int) -> String? {
        guard let bytes = try? fileSystem.read(path), case .success(let source) = SourceText.decode(bytes, path: path) else {
            // A file that is not UTF-8: show the line decoded leniently so that the caret still helps.
            guard let bytes = try? fileSystem.read(path) else { return nil }
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            return number <= lines.count ? String(lines[number - 1]).replacingOccurrences(of: "\r", with: "") : nil
        }
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1 && number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    /// GitHub's escaping for workflow-command data (`%`, CR, LF) and properties (also `:` and `,`).
    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    func github(_ d: Diagnostic) -> String {
        let command = d.severity == .error ? "error" : (d.severity == .warning ? "warning" : "notice")
        var properties = ["file=\(Self.escapeProperty(d.location.path))"]
        if d.location.line > 0 { properties.append("line=\(d.location.line)") }
        if d.location.column > 0 { properties.append("col=\(d.location.column)") }
        properties.append("title=\(Self.escapeProperty("tinjau " + d.code))")
        var message = d.message(in: language)
        if let hint = d.hint(in: language) { message += "\n\(language == .en ? "hint" : "saran"): \(hint)" }
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
    }

    private struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var hint: String?
    }

    private struct Report: Encodable {
        var diagnostics: [Entry]
        var errors: Int
        var warnings: Int
    }

    func json(_ diagnostics: [Diagnostic]) -> String {
        let report = Report(
            diagnostics: diagnostics.map {
                Entry(
                    file: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue,
                    code: $0.code, message: $0.message(in: language), hint: $0.hint(in: language))
            }, errors: diagnostics.filter { $0.severity == .error }.count, warnings: diagnostics.filter { $0.severity == .warning }.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// One issue of GitLab's Code Quality report (the Code Climate issue format, the fields GitLab reads).
    private struct CodeQualityIssue: Encodable {
        struct Location: Encodable {
            struct Lines: Encodable { var begin: Int }
            var path: String
            var lines: Lines
        }
        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    /// The Code Quality report: errors are `major`, warnings `minor`, notes `info`; a diagnostic without
    /// a line is placed on line 1. The fingerprint (FNV-1a over code, place and message) is stable
    /// across runs, so GitLab can tell new problems from old ones.
    func gitlab(_ diagnostics: [Diagnostic]) -> String {
        var seen: [String: Int] = [:]
        let issues = diagnostics.map { d -> CodeQualityIssue in
            var description = d.message(in: language)
            if let hint = d.hint(in: language) { description += " (\(language == .en ? "hint" : "saran"): \(hint))" }
            var key = "\(d.code)|\(d.location.path)|\(d.location.line)|\(d.location.column)|\(description)"
            seen[key, default: 0] += 1
            if seen[key]! > 1 { key += "|\(seen[key]!)" }  // identical diagnostics still get distinct fingerprints
            let severity = d.severity == .error ? "major" : (d.severity == .warning ? "minor" : "info")
            return CodeQualityIssue(
                description: description, check_name: "tinjau " + d.code, fingerprint: Self.fingerprint(key),
                severity: severity, location: .init(path: d.location.path, lines: .init(begin: max(d.location.line, 1))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(issues)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// FNV-1a (64 bits) of `text` as 16 hexadecimal digits.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
