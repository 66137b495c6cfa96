/// The Markdown body of a content file, kept as source until the render stage,
/// when every page's permalink is known and internal links can be resolved.
public struct MarkdownSource: Hashable, Sendable {
    /// The CommonMark text after the closing `---`.
    public var text: String
    /// Path of the file, for diagnostics and for resolving relative `.md` links.
    public var path: String
    /// Line in the file of the body's first line, so that positions reported
    /// for the body are positions in the file.
    public var firstLine: Int

    /// `true` once ``releaseText()`` dropped a text that was not empty.
    private var released = false

    /// Creates a body.
    public init(text: String, path: String, firstLine: Int) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }

    /// Whether the file has a body (after ``releaseText()``: whether it had one).
    public var hasText: Bool { released || !text.isEmpty }

    /// Drops the text once it has been rendered, keeping ``hasText``, ``path`` and ``firstLine``:
    /// the build renders every programme's body before the pages and reads only the HTML after
    /// that, and the sources are about 2 KB a programme (200 MB at 100 000 programmes).
    public mutating func releaseText() {
        guard !text.isEmpty else { return }
        text = ""
        released = true
    }

    /// An empty body.
    public static let empty = MarkdownSource(text: "", path: "", firstLine: 1)
}
