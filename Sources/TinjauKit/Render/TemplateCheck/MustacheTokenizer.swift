import Foundation

/// A tag of a Mustache template with its position, as the template check reads it: the names a template
/// uses and how its sections nest. Text, comments, pragmas and delimiter changes leave no node.
struct MustacheTag: Equatable, Sendable {
    /// What the tag does.
    enum Kind: Equatable, Sendable {
        /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
        case variable
        /// `{{#name}}…{{/name}}`.
        case section
        /// `{{^name}}…{{/name}}`.
        case invertedSection
        /// `{{> name}}`: the template `name` in the same context.
        case partial
        /// `{{>*name}}`: the template named by the variable `name`.
        case dynamicPartial
        /// `{{<name}}…{{/name}}`: the template `name`, with the blocks inside as overrides.
        case parent
        /// `{{$name}}…{{/name}}`: a block (a default in a parent, an override inside `{{<…}}`).
        case block
    }

    /// What the tag does.
    var kind: Kind
    /// The name as written: a variable (`site.title`, `.`, empty for `first()`), or a template (`partials/figure`).
    var name: String
    /// Transforms applied to the name, outermost first (`first()` is the empty name with `["first"]`;
    /// `uppercased(name)` is `name` with `["uppercased"]`).
    var transforms: [String]
    /// Where the tag starts (its opening delimiter), 1-based; the column counts characters.
    var line: Int, column: Int
    /// The tags inside a section, block or parent.
    var children: [MustacheTag]
}

/// Reads the tags of a Mustache template as swift-mustache writes them (the theme's tags: variables,
/// sections, inverted sections, partials, parents and blocks, comments, pragmas, delimiter changes,
/// dotted names, `.`, transforms such as `first()`). It runs on templates that swift-mustache has
/// already parsed, so it does not report syntax errors: an unmatched closing tag ends the section it
/// is in, and an unfinished tag ends the template.
enum MustacheTokenizer {
    private static let defaultStart = Array("{{".utf8)
    /// The first characters that make a tag other than a variable.
    private static let sigils = Set("{&#^/!><$=%".utf8)

    /// The tags of `text`, nested by section.
    static func tags(in text: String) -> [MustacheTag] {
        var reader = Reader(Array(text.utf8))
        // Open sections: the tag (children filled as they are read).
        var open: [MustacheTag] = [MustacheTag(kind: .block, name: "", transforms: [], line: 1, column: 1, children: [])]
        var start = defaultStart
        var end = Array("}}".utf8)
        while let (line, column) = reader.skip(past: start) {
            let triple = reader.peek() == UInt8(ascii: "{") && start == defaultStart
            var sigil: UInt8?
            if let next = reader.peek(), sigils.contains(next) {
                sigil = next
                reader.advance()
            }
            guard let bytes = reader.read(until: end) else { break }
            if triple { reader.skip(UInt8(ascii: "}")) }
            // Spaces around the name do not count (`{{> partials/figure}}`, `{{& raw }}`).
            let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
            var inside = String(decoding: bytes.drop(while: isSpace).reversed().drop(while: isSpace).reversed(), as: UTF8.self)
            func node(_ kind: MustacheTag.Kind) -> MustacheTag {
                let (name, transforms) = kind == .partial || kind == .parent ? (inside, []) : Self.name(inside)
                return MustacheTag(kind: kind, name: name, transforms: transforms, line: line, column: column, children: [])
            }
            switch sigil.map { Character(Unicode.Scalar($0)) } {
            case "!", "%": continue
            case "=":
                // `{{=<% %>=}}`: new delimiters.
                let parts = inside.trimmingCharacters(in: CharacterSet(charactersIn: "=")).split(whereSeparator: \.isWhitespace)
                if parts.count == 2 {
                    start = Array(parts[0].utf8)
                    end = Array(parts[1].utf8)
                }
            case "#": open.append(node(.section))
            case "^": open.append(node(.invertedSection))
            case "$": open.append(node(.block))
            case "<":
                var parent = node(.parent)
                if parent.name.hasPrefix("*") { parent.name.removeFirst() }
                open.append(parent)
            case "/":
                guard open.count > 1 else { continue }
                let closed = open.removeLast()
                open[open.count - 1].children.append(closed)
            case ">":
                if inside.hasPrefix("*") {
                    inside = String(inside.dropFirst()).trimmingCharacters(in: .whitespaces)
                    open[open.count - 1].children.append(node(.dynamicPartial))
                } else {
                    open[open.count - 1].children.append(node(.partial))
                }
            default:
                open[open.count - 1].children.append(node(.variable))
            }
        }
        while open.count > 1 {
            let closed = open.removeLast()
            open[open.count - 1].children.append(closed)
        }
        return open[0].children
    }

    /// A tag's name and its transforms, as swift-mustache's parser splits them: `a(b(c))` is `c` with
    /// `["a", "b"]`; `first()` is the empty name with `["first"]`.
    static func name(_ text: String) -> (String, [String]) {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return (text, []) }
        var transforms: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            transforms.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)...]
        }
        return (String(rest.prefix { $0 != ")" }), transforms)
    }

    /// A cursor over the template's UTF-8 bytes that knows its line and where the line starts.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        /// Whether the current line so far has a byte outside ASCII (then columns count characters).
        var lineIsASCII = true

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func advance() {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                lineIsASCII = true
            } else if bytes[index] >= 0x80 {
                lineIsASCII = false
            }
            index += 1
        }

        func matches(_ delimiter: [UInt8], at position: Int) -> Bool {
            guard position + delimiter.count <= bytes.count else { return false }
            for offset in delimiter.indices where bytes[position + offset] != delimiter[offset] { return false }
            return true
        }

        /// The 1-based column of the current position, in characters like every diagnostic's column.
        var column: Int {
            lineIsASCII ? index - lineStart + 1 : String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
        }

        /// Moves past the next `delimiter`; returns where it started, or `nil` at the end of the text.
        mutating func skip(past delimiter: [UInt8]) -> (line: Int, column: Int)? {
            while index < bytes.count {
                if matches(delimiter, at: index) {
                    let position = (line, column)
                    for _ in delimiter { advance() }
                    return position
                }
                advance()
            }
            return nil
        }

        /// The bytes up to the next `delimiter`, moving past it; `nil` when there is none.
        mutating func read(until delimiter: [UInt8]) -> ArraySlice<UInt8>? {
            let from = index
            while index < bytes.count {
                if matches(delimiter, at: index) {
                    let text = bytes[from..<index]
                    for _ in delimiter { advance() }
                    return text
                }
                advance()
            }
            return nil
        }

        /// Moves past `byte` when it is next.
        mutating func skip(_ byte: UInt8) {
            if peek() == byte { advance() }
        }
    }
}
