import Foundation

/// URL-safe slugs from file names.
public enum Slug {
    /// Whether `text` is already a valid slug: lower-case ASCII letters, digits and
    /// single `-` between them (`lapor-warga`).
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Makes a slug: the text is decomposed (Unicode NFD, so `é` becomes `e` and a
    /// combining accent, which is dropped), ASCII letters are lower-cased and every
    /// other run of characters becomes one `-`. Returns an empty string when
    /// nothing usable is left (for example a name in non-Latin script).
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let lower = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
            if ("a"..."z").contains(lower) || ("0"..."9").contains(lower) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(lower)
            } else {
                pendingDash = true
            }
        }
        return out
    }
}
