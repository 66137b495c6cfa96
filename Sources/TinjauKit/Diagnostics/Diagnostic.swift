/// A position in a source file, 1-based, as editors and compilers count.
///
/// `column` counts Unicode scalars from the start of the line, the unit
/// libyaml (through Yams) reports, so that a caret lines up with the text.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    /// Path of the file as the user named it (relative to the working folder when possible).
    public var path: String
    /// Line number, starting at 1. `0` means "the file as a whole".
    public var line: Int
    /// Column number, starting at 1. `0` means "the line as a whole".
    public var column: Int

    /// Creates a location; `line` and `column` are 1-based, 0 for "unknown".
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// The language of diagnostic messages: Indonesian (the default, the editors'
/// language) or English.
public enum DiagnosticLanguage: String, CaseIterable, Sendable {
    case id, en
}

/// How bad a finding is. Errors stop the build; warnings are reported and the build goes on.
public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The one diagnostic type of tinjau: every stage reports problems as values of
/// this type instead of stopping at the first one.
///
/// Its text form is the `path:line:col: error: message` convention that GCC,
/// Clang and Swift use, so editors and CI annotate it; the fix hint follows on
/// its own line. Messages are in Indonesian, the editors' language, and in English
/// (`--lang en`). A diagnostic is made from a ``DiagnosticMessage`` of the catalogue
/// (``DiagnosticCode``), which fixes its code, its severity and both languages.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible, Codable {
    /// Where the problem is.
    public var location: SourceLocation
    /// Error, warning or note: the severity of the code (``DiagnosticCode/severity``).
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, or `nil` when the message says it already.
    public var hint: String?
    /// A stable identifier of the kind of problem (for example `program.dimensi.unknown`),
    /// used by tests and documented in `docs/errors.md`: a ``DiagnosticCode``'s raw value.
    public var code: String
    /// The message in English (`tinjau check --lang en`).
    public var englishMessage: String
    /// The hint in English; `nil` exactly when ``hint`` is.
    public var englishHint: String?

    /// The diagnostic `message` says, at `location`.
    public init(_ message: DiagnosticMessage, at location: SourceLocation) {
        self.location = location
        self.severity = message.code.severity
        self.message = message.text.id
        self.hint = message.hint?.id
        self.code = message.code.rawValue
        self.englishMessage = message.text.en
        self.englishHint = message.hint?.en
    }

    /// The message in `language`.
    public func message(in language: DiagnosticLanguage) -> String {
        language == .en ? englishMessage : message
    }

    /// The hint in `language`.
    public func hint(in language: DiagnosticLanguage) -> String? {
        language == .en ? (englishHint ?? hint) : hint
    }

    /// `path:line:col: severity: message`, then `  hint: …` when there is a hint.
    /// A line or column of 0 is left out (`path: error: …`).
    public var description: String {
        var position = location.path
        if location.line > 0 {
            position += ":\(location.line)"
            if location.column > 0 { position += ":\(location.column)" }
        }
        var text = "\(position): \(severity.rawValue): \(message)"
        if let hint { text += "\n  saran: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in a stable order: by file, line, column, severity, then message.
    public func sortedForReport() -> [Diagnostic] {
        sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity < $1.severity }
            return $0.message < $1.message
        }
    }
}

/// Thrown by a pipeline stage that cannot go on; carries every diagnostic collected so far.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors first within each file.
    public var diagnostics: [Diagnostic]

    /// Wraps the diagnostics of a failed stage.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String {
        diagnostics.sortedForReport().map(\.description).joined(separator: "\n")
    }
}
