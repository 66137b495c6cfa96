/// The font of a piece of chart text: its size in SVG user units (the CSS `px` of the theme's
/// `.chart text` rules, which scale with the chart) and whether it is set bold (CSS weight 600 or
/// more; the theme's semi-bold labels render bold where the face has no semi-bold).
public struct ChartFont: Hashable, Sendable {
    /// Font size in SVG user units.
    public var size: Double
    /// Bold (weight ≥ 600) or regular.
    public var bold: Bool

    /// Creates a font.
    public init(size: Double, bold: Bool = false) {
        self.size = size
        self.bold = bold
    }

    /// Height above the baseline that the font's glyph box takes, in user units.
    public var ascent: Double { FontMetrics.ascent * size }
    /// Depth below the baseline that the font's glyph box takes, in user units.
    public var descent: Double { FontMetrics.descent * size }
}

/// Measures chart text deterministically, with no font at hand: per-character advance widths of the
/// theme's font stack (``FontMetrics``: the wider of DejaVu Sans and Liberation Sans for each
/// character) plus a safety margin, summed per grapheme cluster. It also fits labels into a width:
/// wrapped to at most a given number of lines at spaces, or cut with `…` at a grapheme boundary.
/// Same text, same result, on every machine.
public enum TextMeasurer {
    /// The safety margin over the table's widths (5 %): browsers round glyph positions, and
    /// faces of other systems differ a little.
    public static let margin = 1.05
    /// Width in em of a character the table does not cover (letters of other scripts, CJK): one em,
    /// more than nearly every glyph of a proportional face.
    static let fallbackEm = 1.0
    /// Width in em of an emoji (a grapheme that starts with an emoji presentation scalar).
    static let emojiEm = 1.3
    /// The ellipsis that marks cut text.
    public static let ellipsis = "…"

    /// The width of `text` set in `font`, in user units (margin included).
    public static func width(_ text: String, font: ChartFont) -> Double {
        var em = 0.0
        for character in text { em += self.em(character, bold: font.bold) }
        return em * font.size * margin
    }

    /// The advance of one grapheme cluster in em (without the margin). Combining marks, joiners,
    /// variation selectors and other format characters add nothing; an emoji counts as one wide glyph.
    static func em(_ character: Character, bold: Bool) -> Double {
        let scalars = character.unicodeScalars
        if let first = scalars.first,
            first.properties.isEmojiPresentation
                || (first.properties.isEmoji && first.value >= 0x2000
                    && scalars.contains { $0.value == 0xFE0F })
        {
            return emojiEm
        }
        var total = 0.0
        for scalar in scalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: total += em(scalar, bold: bold)
            }
        }
        return total
    }

    /// The advance of one scalar in em from ``FontMetrics``, or ``fallbackEm`` outside its ranges.
    static func em(_ scalar: Unicode.Scalar, bold: Bool) -> Double {
        let value = scalar.value
        for range in FontMetrics.ranges where value >= range.first && value <= range.last {
            let width = (bold ? range.bold : range.regular)[Int(value - range.first)]
            return width == 0 ? fallbackEm : Double(width) / 1000
        }
        return fallbackEm
    }

    /// `text` if it fits in `width`, otherwise its longest prefix (whole grapheme clusters, without
    /// trailing spaces or punctuation) that fits with `…` after it; just `…` when not even one
    /// grapheme does.
    public static func truncate(_ text: String, to width: Double, font: ChartFont) -> String {
        if self.width(text, font: font) <= width { return text }
        let room = width - self.width(ellipsis, font: font)
        var kept = ""
        var used = 0.0
        for character in text {
            let advance = em(character, bold: font.bold) * font.size * margin
            if used + advance > room { break }
            kept.append(character)
            used += advance
        }
        while let last = kept.last, last.isWhitespace || ",;:.-–—/(".contains(last) { kept.removeLast() }
        return kept + ellipsis
    }

    /// `text` if it fits in `width`, otherwise its beginning and its end around `…` (whole grapheme
    /// clusters; the end is the last words that fit in half the room, or the last graphemes that fit in
    /// two fifths of it when the last word alone is wider): for labels that differ only at the end, such
    /// as `Kapanewon Wilayah … Nomor 3` and `… Nomor 12`, which a cut at the end would make equal.
    public static func truncateMiddle(_ text: String, to width: Double, font: ChartFont) -> String {
        if self.width(text, font: font) <= width { return text }
        let room = width - self.width(ellipsis, font: font)
        func advance(_ c: Character) -> Double { em(c, bold: font.bold) * font.size * margin }
        var tail: [Character] = []
        var used = 0.0
        let characters = Array(text)
        // Whole words from the end first.
        var start = characters.count
        var cost = 0.0
        for k in stride(from: characters.count - 1, through: 1, by: -1) {
            cost += advance(characters[k])
            if cost > room * 0.5 { break }
            if characters[k - 1] == " " {
                start = k
                used = cost
            }
        }
        if start < characters.count {
            tail = Array(characters[start...])
        } else {
            for character in characters.reversed() {
                if used + advance(character) > room * 0.4 { break }
                tail.insert(character, at: 0)
                used += advance(character)
            }
        }
        var head = ""
        for character in text.dropLast(tail.count) {
            if used + advance(character) > room { break }
            head.append(character)
            used += advance(character)
        }
        while let last = head.last, last.isWhitespace || ",;:.-–—/(".contains(last) { head.removeLast() }
        while let first = tail.first, first.isWhitespace { tail.removeFirst() }
        return head + ellipsis + String(tail)
    }

    /// The positions of labels cut at their end (`shown[i]`: what is shown, with its `…`, or `nil` when
    /// the label was not cut) whose shown beginning is also the beginning of another label: a reader
    /// could not tell them apart, so they should be cut in the middle instead. Spaces are compared
    /// collapsed, as wrapped lines join them.
    public static func ambiguousCuts(labels: [String], shown: [String?]) -> [Int] {
        func squeeze(_ s: String) -> String { s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ") }
        let full = labels.map(squeeze)
        return shown.indices.filter { i in
            guard let text = shown[i] else { return false }
            let head = String(squeeze(text).dropLast(ellipsis.count))
            return full.indices.contains { $0 != i && full[$0].hasPrefix(head) }
        }
    }

    /// `text` broken at spaces into at most `widths.count` lines, line `i` no wider than `widths[i]`.
    /// A word wider than a line is broken between grapheme clusters; what does not fit in the last
    /// line is cut with `…` (at its end). `cut` tells whether anything was left out. Runs of spaces count as one;
    /// an empty text is one empty line.
    /// With `cutInTheMiddle`, the last line keeps its end (``truncateMiddle(_:to:font:)``).
    public static func wrap(_ text: String, widths: [Double], font: ChartFont, cutInTheMiddle: Bool = false) -> (lines: [String], cut: Bool) {
        precondition(!widths.isEmpty, "at least one line")
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var lines: [String] = []
        while !words.isEmpty {
            let limit = widths[lines.count]
            if lines.count == widths.count - 1 {
                let rest = words.joined(separator: " ")
                let last = cutInTheMiddle ? truncateMiddle(rest, to: limit, font: font) : truncate(rest, to: limit, font: font)
                return (lines + [last], last != rest)
            }
            var line = ""
            while let word = words.first {
                let candidate = line.isEmpty ? word : line + " " + word
                if width(candidate, font: font) <= limit {
                    line = candidate
                    words.removeFirst()
                } else if line.isEmpty {
                    // A word wider than the line: as many grapheme clusters as fit, the rest on the next line.
                    var head = ""
                    var used = 0.0
                    for character in word {
                        let advance = em(character, bold: font.bold) * font.size * margin
                        if used + advance > limit && !head.isEmpty { break }
                        head.append(character)
                        used += advance
                    }
                    line = head
                    words[0] = String(word.dropFirst(head.count))
                    break
                } else {
                    break
                }
            }
            lines.append(line)
        }
        return (lines.isEmpty ? [""] : lines, false)
    }
}
