import Mustache

/// Writes the interface texts of one language into a theme's templates before they are compiled:
/// each `{{t.group.key}}` that names a text of ``Translations`` becomes that text, escaped as the
/// tag would have escaped it. The pages are the same bytes; what changes is the cost. swift-mustache
/// finds a name by asking each context on its stack in turn, with two dynamic casts per context and
/// a split of the dotted name: a programme page reads about fifty texts, most of them inside rows.
///
/// A tag is left as it is whenever its text could read differently written in:
/// - a template that changes its delimiters (`{{=<% %>=}}`), or sets a content type inside a
///   section, is left whole;
/// - a tag before the template's `{{% CONTENT_TYPE: …}}` (swift-mustache's own escaping applies
///   there, and in a partial the caller's does not), or in a block that overrides one drawn under
///   more than one content type, or under one not known (``blockEscaping(_:)``);
/// - a tag inside a section named `t` or `t.…` (the section's group is then first on the stack);
/// - a name with transforms (`{{uppercased(t.x)}}`), or one that names a group or no text;
/// - a text that is blank or starts with white space (the tag's line could become a standalone
///   line, whose whitespace Mustache removes, or its white space be read as a block's
///   indentation), that breaks a line anywhere (indentation is added per line), that holds `{`
///   or `}` (it could make a tag with the template's next characters), or whose first or last
///   character would join its neighbour in the template into one (swift-mustache's parser reads
///   characters: a combining mark after an indentation space, U+0600 before a tag's `{`).
///
/// No view model has a field `t` (tested), so `t` is always the page's texts (``PageContext``).
enum TemplateTextResolver {
    /// How a `{{name}}` tag escapes its value at some point of a template.
    enum Escaping: Equatable {
        /// Not known here: nothing is written in.
        case unknown
        /// `{{% CONTENT_TYPE: HTML}}` (tinjau's ``FastHTMLContentType``).
        case html
        /// `{{% CONTENT_TYPE: TEXT}}`: as it is.
        case text
    }

    /// `sources` (template name → text) with the texts of `texts` written in.
    static func resolving(_ sources: [String: String], with texts: Translations) -> [String: String] {
        let blocks = blockEscaping(sources) ?? [:]
        return sources.mapValues { resolving($0, with: texts, blocks: blocks) }
    }

    /// One tag of a template: its bytes' range, its sigil (`nil` for a variable) and what is inside.
    private struct Tag {
        var range: Range<Int>
        var sigil: UInt8?
        var name: String
        var isTriple: Bool
    }

    /// The tags of `bytes` in order, or `nil` when the template changes its delimiters or a tag is
    /// not closed (the template is then left as it is).
    private static func tags(_ bytes: [UInt8]) -> [Tag]? {
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            var at = start
            while at + needle.count <= bytes.count {
                if bytes[at] == needle[0] && bytes[at..<at + needle.count].elementsEqual(needle) { return at }
                at += 1
            }
            return nil
        }
        func trimmed(_ slice: ArraySlice<UInt8>) -> String {
            let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
            return String(decoding: slice.drop(while: isSpace).reversed().drop(while: isSpace).reversed(), as: UTF8.self)
        }
        var tags: [Tag] = []
        var index = 0
        while let start = find([0x7B, 0x7B], from: index) {
            let isTriple = start + 2 < bytes.count && bytes[start + 2] == 0x7B
            let close: [UInt8] = isTriple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D]
            let inner = start + (isTriple ? 3 : 2)
            guard let end = find(close, from: inner) else { return nil }
            let sigil = isTriple ? nil : bytes[inner..<end].first.flatMap { Set("=%#^$</!>&".utf8).contains($0) ? $0 : nil }
            if sigil == UInt8(ascii: "=") { return nil }
            tags.append(
                Tag(
                    range: start..<end + close.count, sigil: sigil, name: trimmed(bytes[(sigil == nil ? inner : inner + 1)..<end]), isTriple: isTriple
                ))
            index = end + close.count
        }
        return tags
    }

    /// The escaping in force at every place a block is drawn (a `{{$name}}` that is not an override
    /// inside `{{<parent}}`), by block name, across all of `sources`: an override is drawn wherever
    /// its name is, in the parent, in the parent's partials and parents, with the escaping in force
    /// there. A name drawn under two escapings, or under one not known (before its template's
    /// content type), is ``Escaping/unknown``; `nil` when a template cannot be read this way (a
    /// changed delimiter, a content type set in a section): then no override is known.
    static func blockEscaping(_ sources: [String: String]) -> [String: Escaping]? {
        var blocks: [String: Escaping] = [:]
        for source in sources.values {
            guard let tags = tags(Array(source.utf8)) else { return nil }
            var escaping = Escaping.unknown
            var open: [UInt8] = []
            for tag in tags {
                switch tag.sigil.map({ Character(Unicode.Scalar($0)) }) {
                case "%":
                    guard open.isEmpty else { return nil }
                    escaping = contentType(tag.name) ?? escaping
                case "$":
                    if open.last != UInt8(ascii: "<") {
                        let here = open.contains(UInt8(ascii: "<")) ? Escaping.unknown : escaping
                        blocks[tag.name] = blocks[tag.name].map { $0 == here ? here : .unknown } ?? here
                    }
                    open.append(tag.sigil!)
                case "#", "^", "<": open.append(tag.sigil!)
                case "/": _ = open.popLast()
                default: break
                }
            }
        }
        return blocks
    }

    /// The escaping a `{{% … }}` pragma sets, or `nil` for a pragma that is not a content type.
    private static func contentType(_ pragma: String) -> Escaping? {
        guard pragma.hasPrefix("CONTENT_TYPE") else { return nil }
        let value = pragma.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return value == "HTML" ? .html : value == "TEXT" ? .text : .unknown
    }

    /// `source` with the texts written in; `blocks` is the theme's ``blockEscaping(_:)``.
    static func resolving(_ source: String, with texts: Translations, blocks: [String: Escaping]) -> String {
        let bytes = Array(source.utf8)
        guard let tags = tags(bytes) else { return source }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = Escaping.unknown
        // Open sections: the name, the kind, and the escaping to restore when it closes.
        var open: [(name: String, sigil: UInt8, restore: Escaping)] = []
        var copied = 0
        for tag in tags {
            var text: String?
            switch tag.sigil.map({ Character(Unicode.Scalar($0)) }) {
            case "%":
                guard open.isEmpty else { return source }
                escaping = contentType(tag.name) ?? escaping
            case "$":
                // An override inside `{{<parent}}` is rendered where the block is drawn.
                let isOverride = open.last?.sigil == UInt8(ascii: "<")
                open.append((tag.name, tag.sigil!, escaping))
                if isOverride { escaping = blocks[tag.name] ?? .unknown }
            case "<":
                open.append((tag.name, tag.sigil!, escaping))
                escaping = .unknown
            case "#", "^":
                open.append((tag.name, tag.sigil!, escaping))
            case "/":
                if let last = open.popLast() { escaping = last.restore }
            case "&":
                text = self.text(named: tag.name, in: texts, open: open.map(\.name))
            case nil:
                let found = self.text(named: tag.name, in: texts, open: open.map(\.name))
                if tag.isTriple {
                    text = found
                } else if let found, escaping != .unknown {
                    text = escaping == .html ? FastHTMLContentType().escapeText(found) : found
                }
            default:
                break
            }
            guard let text else { continue }
            let before = bytes[copied..<tag.range.lowerBound]
            // swift-mustache reads characters, not bytes: the text must not join what comes before
            // it (a combining mark after an indentation space) or after it (a prepended mark before
            // the next tag's `{`) into one character.
            guard Self.staysApart(text, after: String(decoding: out + before, as: UTF8.self).last, before: bytes[tag.range.upperBound...])
            else { continue }
            out += before
            out += text.utf8
            copied = tag.range.upperBound
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` written between the character `previous` and the bytes `next` keeps its own
    /// characters: neither end joins its neighbour into one character, and neither end is a
    /// regional indicator (flags pair them by counting from the start of a run).
    private static func staysApart(_ text: String, after previous: Character?, before next: ArraySlice<UInt8>) -> Bool {
        let regional: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            !regional.contains(first.value), !regional.contains(last.value)
        else { return false }
        let following = String(decoding: next.prefix(64), as: UTF8.self).first
        let joined = (previous.map(String.init) ?? "") + text + (following.map(String.init) ?? "")
        return joined.count == text.count + (previous == nil ? 0 : 1) + (following == nil ? 0 : 1)
    }

    /// The text `name` (`t.group.key`) reads from `texts`, found as swift-mustache finds it (through
    /// ``TranslationNode``), when it may be written in (see ``TemplateTextResolver``); else `nil`.
    private static func text(named name: String, in texts: Translations, open sections: [String]) -> String? {
        guard name.hasPrefix("t."),
            name.utf8.allSatisfy({ byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
                    || byte == 0x2E || byte == 0x2D
            }),
            !sections.contains(where: { $0 == "t" || $0.hasPrefix("t.") })
        else { return nil }
        var value: Any = texts.root
        for part in name.split(separator: ".", omittingEmptySubsequences: false).dropFirst() {
            guard let node = value as? TranslationNode, let child = node.child(named: String(part)) else { return nil }
            value = child
        }
        // Not blank, not starting with white space (at the start of a line, the parser takes it
        // for indentation: of a block, a standalone tag), no line break of any kind, no brace.
        guard let text = value as? String, let first = text.first, !first.isWhitespace,
            !text.contains(where: { $0.isNewline || $0 == "{" || $0 == "}" })
        else { return nil }
        return text
    }
}
