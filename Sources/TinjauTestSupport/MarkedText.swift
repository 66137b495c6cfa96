import TinjauKit

/// Source text with position markers, in the style of swift-format's `assertFormatting`: a test writes
/// `1️⃣`…`9️⃣` (keycap emoji) where it expects a diagnostic, and reads the marker's line and column
/// instead of counting them by hand.
///
///     let marked = MarkedText("---\njudul: 1️⃣Portal Data #1\n---\n")
///     marked.text         // "---\njudul: Portal Data #1\n---\n"
///     marked["1️⃣"]        // line 2, column 8
///
/// Lines and columns are 1-based and count Unicode scalars, as ``TinjauKit/SourceLocation`` does.
public struct MarkedText: Sendable {
    /// The keycap emoji recognised as markers.
    public static let markerNames: Set<Character> = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without its markers.
    public let text: String
    /// The position of each marker in ``text``.
    public let markers: [Character: (line: Int, column: Int)]

    /// Reads `marked`, removing its markers. A marker that occurs twice is a programming error.
    public init(_ marked: String) {
        var text = ""
        var markers: [Character: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if Self.markerNames.contains(character) {
                precondition(markers[character] == nil, "marker \(character) occurs twice")
                markers[character] = (line, column)
                continue
            }
            text.append(character)
            for scalar in character.unicodeScalars {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else if scalar != "\r" {
                    column += 1
                }
            }
        }
        self.text = text
        self.markers = markers
    }

    /// The position of `marker`; a marker that is not in the text is a programming error.
    public subscript(marker: Character) -> (line: Int, column: Int) {
        guard let position = markers[marker] else { preconditionFailure("marker \(marker) is not in the text") }
        return position
    }

    /// The location of `marker` in the file at `path`.
    public func location(_ marker: Character, in path: String) -> TinjauKit.SourceLocation {
        let position = self[marker]
        return TinjauKit.SourceLocation(path: path, line: position.line, column: position.column)
    }
}
