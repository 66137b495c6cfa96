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
    /// The tags of `text`, nested by section.
    static func tags(in text: String) -> [MustacheTag] {
        var reader = Reader(Array(text))
        // Open sections: the tag (children filled as they are read).
        var open: [MustacheTag] = [MustacheTag(kind: .block, name: "", transforms: [], line: 1, column: 1, children: [])]
        var start = "{{"
        var end = "}}"
        while let (line, column) = reader.skip(past: start) {
            var triple = false
            var sigil = reader.peek()
            if sigil == "{" && start == "{{" { triple = true }
            if let s = sigil, "{&#^/!><$=%".contains(s) { reader.advance() } else { sigil = nil }
            guard var inside = reader.read(until: end) else { break }
            if triple { reader.skip("}") }
            inside = inside.trimmingCharacters(in: .whitespacesAndNewlines)
            func node(_ kind: MustacheTag.Kind) -> MustacheTag {
                let (name, transforms) = kind == .partial || kind == .parent ? (inside, []) : Self.name(inside)
                return MustacheTag(kind: kind, name: name, transforms: transforms, line: line, column: column, children: [])
            }
            switch sigil {
            case "!", "%": continue
            case "=":
                // `{{=<% %>=}}`: new delimiters.
                let parts = inside.trimmingCharacters(in: CharacterSet(charactersIn: "=")).split(whereSeparator: \.isWhitespace)
                if parts.count == 2 {
                    start = String(parts[0])
                    end = String(parts[1])
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
        var transforms: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            transforms.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)...]
        }
        return (String(rest.prefix { $0 != ")" }), transforms)
    }

    /// A cursor over the template's characters that knows its line and column.
    private struct Reader {
        let characters: [Character]
        var index = 0, line = 1, column = 1

        init(_ characters: [Character]) { self.characters = characters }

        func peek() -> Character? { index < characters.count ? characters[index] : nil }

        mutating func advance() {
            if characters[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        func matches(_ string: String, at position: Int) -> Bool {
            var i = position
            for character in string {
                guard i < characters.count, characters[i] == character else { return false }
                i += 1
            }
            return true
        }

        /// Moves past the next `delimiter`; returns where it started, or `nil` at the end of the text.
        mutating func skip(past delimiter: String) -> (line: Int, column: Int)? {
            while index < characters.count {
                if matches(delimiter, at: index) {
                    let position = (line, column)
                    for _ in delimiter { advance() }
                    return position
                }
                advance()
            }
            return nil
        }

        /// The text up to the next `delimiter`, moving past it; `nil` when there is none.
        mutating func read(until delimiter: String) -> String? {
            var text = ""
            while index < characters.count {
                if matches(delimiter, at: index) {
                    for _ in delimiter { advance() }
                    return text
                }
                text.append(characters[index])
                advance()
            }
            return nil
        }

        /// Moves past `character` when it is next.
        mutating func skip(_ character: Character) {
            if peek() == character { advance() }
        }
    }
}
