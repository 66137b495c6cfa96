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

    /// Creates a body.
    public init(text: String, path: String, firstLine: Int) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }

    /// An empty body.
    public static let empty = MarkdownSource(text: "", path: "", firstLine: 1)
}
