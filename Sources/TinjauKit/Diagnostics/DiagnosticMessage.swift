/// A text in the editors' language (Indonesian) and in English: both are required, so that no
/// message goes untranslated.
public struct Bilingual: Hashable, Sendable {
    /// The Indonesian text.
    public var id: String
    /// The English text.
    public var en: String

    /// Creates a text from its Indonesian `id` and its English `en`.
    public init(_ id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// A text from the `(id, en)` pairs that helpers return.
    init(_ pair: (id: String, en: String)) {
        self.init(pair.id, en: pair.en)
    }
}

/// What a diagnostic says before it is placed at a location: its ``DiagnosticCode`` and its
/// message and hint in both languages.
///
/// Every message of tinjau is written by a static function of this type (for example
/// `.unknownValue(_:in:key:)`), next to the stage that reports it: the functions of one code
/// take typed parameters and return its wording, so that a call site names what went wrong and
/// never spells out a sentence. The initialisers require the English text whenever there is an
/// Indonesian one.
public struct DiagnosticMessage: Hashable, Sendable {
    /// The kind of problem; it fixes the severity.
    public var code: DiagnosticCode
    /// What is wrong, in one sentence.
    public var text: Bilingual
    /// How to fix it, or `nil` when the message says it already.
    public var hint: Bilingual?

    /// A message with a hint: `message` and `hint` in Indonesian, `en` and `hintEN` in English.
    public init(_ code: DiagnosticCode, _ message: String, en: String, hint: String, hintEN: String) {
        self.code = code
        self.text = Bilingual(message, en: en)
        self.hint = Bilingual(hint, en: hintEN)
    }

    /// A message without a hint (the message says what to do, or there is nothing to suggest).
    public init(_ code: DiagnosticCode, _ message: String, en: String) {
        self.code = code
        self.text = Bilingual(message, en: en)
        self.hint = nil
    }

    /// A message from texts already in both languages.
    public init(_ code: DiagnosticCode, _ text: Bilingual, hint: Bilingual?) {
        self.code = code
        self.text = text
        self.hint = hint
    }

    /// The diagnostic at `location`.
    public func at(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(self, at: location)
    }
}

/// Collects the diagnostics of a stage or of one file as they are found, so that the functions a
/// stage calls report into it instead of threading an `inout [Diagnostic]` through every call.
/// Not shared between threads: a stage that works on all cores gives each task its own.
public final class DiagnosticCollector {
    /// Everything reported so far, in the order it was reported.
    public private(set) var diagnostics: [Diagnostic] = []

    /// An empty collector.
    public init() {}

    /// Records `message` at `location`.
    public func report(_ message: DiagnosticMessage, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    /// Records a diagnostic made elsewhere.
    public func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records diagnostics made elsewhere, in their order.
    public func add(_ more: [Diagnostic]) {
        diagnostics += more
    }

    /// Takes back a diagnostic that a later, better one replaces (the first equal one).
    func withdraw(_ diagnostic: Diagnostic) {
        if let index = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: index) }
    }

    /// How many diagnostics were reported.
    public var count: Int { diagnostics.count }

    /// Whether any of them is an error.
    public var hasErrors: Bool { diagnostics.hasErrors }
}
