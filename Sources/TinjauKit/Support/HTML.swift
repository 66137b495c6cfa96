/// Escaping for HTML text, attribute values and SVG/XML, the one place it is done.
public enum HTML {
    /// Escapes `& < > " '` so that the result is safe in HTML text, in a quoted
    /// attribute value and in XML (SVG). `'` becomes `&#39;` (valid in both).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Escaping for CSS, the one place it is done.
public enum CSS {
    /// `text` as a CSS string literal in double quotes (CSS Syntax §4.3.5, CSSOM "serialize a string"):
    /// `"` and `\` escaped with a backslash, control characters and `<` and `>` as hexadecimal escapes
    /// (`\3c `), so that the literal is safe inside an HTML `<style>` element, where entities are not
    /// decoded and `</style>` would end the element.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<", ">": out += "\\" + String(scalar.value, radix: 16) + " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\" + String(scalar.value, radix: 16) + " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    /// The text without leading and trailing blanks (spaces, tabs and other Unicode spaces, not line
    /// breaks): what Foundation's `trimmingCharacters(in: .whitespaces)` returns, without its cost.
    func trimmingBlanks() -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t"
                || (scalar.value > 0x7F && scalar.properties.isWhitespace && scalar != "\u{2028}" && scalar != "\u{2029}" && scalar != "\u{85}")
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !isBlank(first) && !isBlank(last) { return self }
        guard let start = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isBlank($0) })!
        return String(scalars[start...end])
    }
}
