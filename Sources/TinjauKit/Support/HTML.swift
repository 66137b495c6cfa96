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
