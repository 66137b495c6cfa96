import CCmark
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What to do with one link or image destination found in Markdown.
public enum LinkDecision: Sendable, Equatable {
    /// Leave the destination as written.
    case keep
    /// Replace it (an internal link resolved to a relative permalink).
    case rewrite(String)
}

/// Renders CommonMark to HTML through the system libcmark (0.30), walking the
/// syntax tree so that links can be checked and rewritten and fenced blocks
/// replaced by trusted generated HTML (charts, tables).
///
/// In its safe default (libcmark's own) raw HTML becomes `<!-- raw HTML omitted -->`
/// and `javascript:`, `vbscript:`, `file:` and non-image `data:` links become
/// `href=""`. Only a review that sets `izinkan_html: true` gets raw HTML through.
/// Generated blocks are emitted through `CMARK_NODE_CUSTOM_BLOCK` nodes, which
/// libcmark writes verbatim even in safe mode, so author HTML stays stripped.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in the Markdown is kept (libcmark's `CMARK_OPT_UNSAFE`).
    public var allowRawHTML: Bool

    /// Creates a renderer; `allowRawHTML` defaults to `false` (safe).
    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// Whether `text` contains the bytes `[^` anywhere.
    static func containsFootnoteMarker(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "[") && byte == UInt8(ascii: "^") { return true }
            previous = byte
        }
        return false
    }

    /// libcmark's own rule for links it empties in safe mode: `javascript:`, `vbscript:`,
    /// `file:`, and `data:` except `data:image/png|gif|jpeg|webp` (cmark `_scan_dangerous_url`).
    static func isDangerous(_ url: String, image: Bool) -> Bool {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:") { return true }
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return false
    }

    /// Whether a link node's text starts with `^` (a GitHub footnote reference).
    private static func isFootnoteReference(_ node: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(node), cmark_node_get_type(child) == CMARK_NODE_TEXT,
            let literal = cmark_node_get_literal(child)
        else { return false }
        return literal.pointee == UInt8(ascii: "^")
    }

    /// The HTML of `markdown`, with no link handling. Headings keep their levels (`##` → `<h2>`).
    public func render(_ markdown: String) -> String {
        render(MarkdownSource(text: markdown, path: "", firstLine: 1), link: { _, _, _ in .keep }, block: { _, _, _ in nil }, text: { _, _ in nil })
            .html
    }

    /// Renders `source`.
    /// - Parameters:
    ///   - link: called for every link and image destination with its position in the file and whether it
    ///     is an image; returns what to do with it and may record diagnostics through `report`.
    ///   - block: called for every fenced code block with its info string (first word), its text and its
    ///     position; returns trusted HTML to put in its place, or `nil` to leave it a code block.
    /// - Returns: the HTML and the diagnostics of the syntax checks (GitHub-flavoured syntax that
    ///   CommonMark does not render).
    ///   - text: called for every text node that contains `{{`, with its text and position; returns
    ///     replacement text (still escaped by libcmark), or `nil` to keep it.
    public func render(
        _ source: MarkdownSource,
        link: (String, SourceLocation, Bool) -> LinkDecision,
        block: (String, String, SourceLocation) -> String?,
        text replaceText: (String, SourceLocation) -> String? = { _, _ in nil },
        headingOffset: Int = 0
    ) -> (html: String, diagnostics: [Diagnostic]) {
        var options = CMARK_OPT_DEFAULT
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        var diagnostics: [Diagnostic] = []
        let text = source.text
        guard let document = text.withCString({ cmark_parse_document($0, text.utf8.count, options) }) else { return ("", []) }
        defer { cmark_node_free(document) }
        func location(_ node: OpaquePointer) -> SourceLocation {
            SourceLocation(
                path: source.path, line: source.firstLine + Int(cmark_node_get_start_line(node)) - 1,
                column: max(1, Int(cmark_node_get_start_column(node))))
        }
        var replacements: [(OpaquePointer, String)] = []
        var unwrap: [OpaquePointer] = []
        var warnedTable = false
        var warnedFootnote = false
        var warnedStrike = false
        var rawHTMLCount = 0
        var firstRawHTML: SourceLocation?
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK where Self.isFootnoteReference(node):
                // `text[^1]` with a `[^1]: note` definition parses as a link to "note".
                if !warnedFootnote {
                    warnedFootnote = true
                    diagnostics.append(Diagnostic(.footnoteReference, at: location(node)))
                }
                unwrap.append(node)
            case CMARK_NODE_HEADING where headingOffset != 0:
                // Bodies embedded under a deeper heading (the printable review) shift their levels.
                let level = Int(cmark_node_get_heading_level(node)) + headingOffset
                _ = cmark_node_set_heading_level(node, Int32(min(6, max(1, level))))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if !allowRawHTML {
                    rawHTMLCount += 1
                    if rawHTMLCount == 1 { firstRawHTML = location(node) }
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if !allowRawHTML && Self.isDangerous(url, image: cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
                    let shown = url.count > 40 ? String(url.prefix(40)) + "…" : url
                    diagnostics.append(Diagnostic(.unsafeLink(shown), at: location(node)))
                    continue
                }
                if case .rewrite(let replacement) = link(url, location(node), cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
                    _ = replacement.withCString { cmark_node_set_url(node, $0) }
                }
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                let word = info.split(separator: " ").first.map(String.init) ?? ""
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if !word.isEmpty, let html = block(word, literal, location(node)) { replacements.append((node, html)) }
            case CMARK_NODE_PARAGRAPH:
                if !warnedTable, let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_TEXT,
                    let literal = cmark_node_get_literal(first), literal.pointee == UInt8(ascii: "|")
                {
                    warnedTable = true
                    diagnostics.append(Diagnostic(.pipeTable, at: location(node)))
                }
            case CMARK_NODE_TEXT:
                // Search the C string first: most text nodes hold none of these markers, and building
                // a Swift String (and searching it through Foundation) for each costs more than cmark.
                guard var raw = cmark_node_get_literal(node) else { continue }
                if strstr(raw, "{{") != nil, let replaced = replaceText(String(cString: raw), location(node)) {
                    _ = replaced.withCString { cmark_node_set_literal(node, $0) }
                    // Setting the literal frees the old buffer: read the new one.
                    guard let updated = cmark_node_get_literal(node) else { continue }
                    raw = updated
                }
                if !warnedStrike && strstr(raw, "~~") != nil {
                    warnedStrike = true
                    diagnostics.append(Diagnostic(.strikethrough, at: location(node)))
                }
                if !warnedFootnote && strstr(raw, "[^") != nil {
                    warnedFootnote = true
                    diagnostics.append(Diagnostic(.footnoteMarker, at: location(node)))
                }
            default:
                break
            }
        }
        if let firstRawHTML {
            diagnostics.append(Diagnostic(.rawHTMLRemoved(rawHTMLCount), at: firstRawHTML))
        }
        for node in unwrap {
            while let child = cmark_node_first_child(node) { _ = cmark_node_insert_before(node, child) }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        for (node, html) in replacements {
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            _ = html.withCString { cmark_node_set_on_enter(custom, $0) }
            if cmark_node_replace(node, custom) == 1 { cmark_node_free(node) } else { cmark_node_free(custom) }
        }
        // Footnote definitions (`[^1]: …`) become link reference definitions and vanish without a trace.
        // Only split into lines when the text has "[^" at all (rare): splitting every body cost more than cmark.
        if !warnedFootnote, text.utf8.count > 1, Self.containsFootnoteMarker(text),
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex(where: { $0.hasPrefix("[^") && $0.contains("]:") })
        {
            diagnostics.append(Diagnostic(.footnoteDefinition, at: SourceLocation(path: source.path, line: source.firstLine + line, column: 1)))
        }
        guard let buffer = cmark_render_html(document, options) else { return ("", diagnostics) }
        defer { free(buffer) }
        return (String(cString: buffer), diagnostics)
    }
}
