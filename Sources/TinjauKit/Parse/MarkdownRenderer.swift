import CCmark

/// Renders CommonMark to HTML through the system libcmark (0.30).
///
/// In its safe default (libcmark's own) raw HTML becomes `<!-- raw HTML omitted -->`
/// and `javascript:`, `vbscript:`, `file:` and non-image `data:` links become
/// `href=""`. Only a review that sets `izinkan_html: true` gets raw HTML through.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in the Markdown is kept (libcmark's `CMARK_OPT_UNSAFE`).
    public var allowRawHTML: Bool

    /// Creates a renderer; `allowRawHTML` defaults to `false` (safe).
    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// The HTML of `markdown`. Headings keep their levels (`##` → `<h2>`).
    public func render(_ markdown: String) -> String {
        var options = CMARK_OPT_DEFAULT
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        let length = markdown.utf8.count
        let html: String? = markdown.withCString { pointer in
            guard let buffer = cmark_markdown_to_html(pointer, length, options) else { return nil }
            defer { free(buffer) }
            return String(cString: buffer)
        }
        return html ?? ""
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
