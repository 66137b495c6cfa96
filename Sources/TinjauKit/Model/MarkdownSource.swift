/// The Markdown body of a content file, kept as source until the render stage,
/// when every page's permalink is known and internal links can be resolved.
///
/// A programme's text can be moved to a ``BodyStore`` (``keep(in:digested:)``), which past a few megabytes
/// holds it in a scratch file: the sources are about 2 KB a programme, and 100 000 of them held as
/// strings from the parser to the render stage were 210 MB of the build's peak memory. To its users
/// the text is the same either way. Equal when path, first line, text and whether the text was
/// released are (a moved text is read back to compare and hash).
public struct MarkdownSource: Hashable, Sendable {
    /// The CommonMark text after the closing `---` (read from the store when it was moved there).
    public var text: String {
        get { stored.map { $0.store.text($0.place) } ?? inline }
        set {
            inline = newValue
            stored = nil
            textDigest = nil
            readsReview = nil
        }
    }
    /// Path of the file, for diagnostics and for resolving relative `.md` links.
    public var path: String
    /// Line in the file of the body's first line, so that positions reported
    /// for the body are positions in the file.
    public var firstLine: Int

    /// The text while it is not in a store.
    private var inline: String
    /// Where the text is once ``keep(in:digested:)`` or ``move(to:)`` moved it.
    private var stored: (store: BodyStore, place: BodyStore.Place)?
    /// `true` once ``releaseText()`` dropped a text that was not empty.
    private var released = false
    /// The SHA-256 of the text (``ContentHash``) when ``keep(in:digested:)`` made it, so that
    /// `tinjau serve`'s ``BodyMemo`` finds an unchanged body without reading it back; `nil` when
    /// the text changed since or was never digested.
    private(set) var textDigest: Digest?
    /// ``mayReadReview(_:)`` of the text, made with ``textDigest`` (and `nil` whenever that is).
    private(set) var readsReview: Bool?

    /// Whether rendering `text` may read anything of the review besides the site's permalinks: a
    /// fenced block (```` ```chart ````, ```` ```csv ````; any fence, ``` ` ``` or `~`, is counted)
    /// or a live value (`{{skor.…}}`). Over-approximated, so that no way of writing one is missed:
    /// any `{` (a `{{` may also be written `\{\{` or `{\{`) and any `&` (`&#123;`, `&lbrace;`).
    /// `tinjau serve`'s ``BodyMemo`` keeps a body without these across edits of the scores.
    static func mayReadReview(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var run = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "&") { return true }
            if byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") {
                run = byte == previous ? run + 1 : 1
                if run == 3 { return true }
            } else {
                run = 0
            }
            previous = byte
        }
        return false
    }

    /// Creates a body.
    public init(text: String, path: String, firstLine: Int) {
        self.inline = text
        self.path = path
        self.firstLine = firstLine
    }

    /// Whether the file has a body (after ``releaseText()``: whether it had one).
    public var hasText: Bool { released || stored != nil || !inline.isEmpty }

    /// Moves the text to `store`, to be read from there (a text already in a store, or empty, stays);
    /// with `digested`, makes ``textDigest`` first.
    mutating func keep(in store: BodyStore, digested: Bool = false) {
        guard stored == nil, !inline.isEmpty else { return }
        if digested {
            textDigest = ContentHash.digest(parts: [inline])
            readsReview = Self.mayReadReview(inline)
        }
        stored = (store, store.append(inline))
        inline = ""
    }

    /// The length in bytes of the text in its store, or 0 when it is not in one.
    var storedLength: Int { stored?.place.length ?? 0 }

    /// Moves the text to `store` from wherever it is (another store, or memory); an empty or
    /// released text stays as it is.
    mutating func move(to store: BodyStore) {
        if let current = stored {
            guard current.store !== store else { return }
            stored = (store, store.append(current.store.text(current.place)))
        } else {
            keep(in: store)
        }
    }

    /// Drops the text once it has been rendered, keeping ``hasText``, ``path`` and ``firstLine``:
    /// the build renders every programme's body before the pages and reads only the HTML after
    /// that, and the sources are about 2 KB a programme (200 MB at 100 000 programmes).
    public mutating func releaseText() {
        guard stored != nil || !inline.isEmpty else { return }
        inline = ""
        stored = nil
        released = true
        textDigest = nil
        readsReview = nil
    }

    public static func == (a: MarkdownSource, b: MarkdownSource) -> Bool {
        a.path == b.path && a.firstLine == b.firstLine && a.released == b.released && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(firstLine)
        hasher.combine(released)
        hasher.combine(text)
    }

    /// An empty body.
    public static let empty = MarkdownSource(text: "", path: "", firstLine: 1)
}
