import Foundation

/// URL-safe slugs from file names.
public enum Slug {
    /// Whether `text` is already a valid slug: lower-case ASCII letters, digits and
    /// single `-` between them (`lapor-warga`).
    /// One pass over the UTF-8 bytes (every listed file's name is checked, at every build): any
    /// non-ASCII byte makes the text invalid, as its scalar would.
    public static func isValid(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")  // so that a leading `-` is a `--`
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")  // empty, or a trailing `-`
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
