import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The `format` group of a theme's language file (`i18n/<lang>.yml`): the separators, month names and
/// date pattern every figure and date of an edition is written with. A broken group must stop the
/// build, not publish `Rp4819 billion` for Rp48.19 billion or an English page dated `23 Juli 2020`.
@Suite("Language file formats")
struct LanguageFileFormatTests {
    /// The default theme's English file with `line` (a line of its `format` group) replaced.
    static func english(replacing line: String, with replacement: String) -> String {
        let file = EmbeddedTheme.files.first { $0.path == "i18n/en.yml" }!
        let text = String(decoding: file.bytes, as: UTF8.self)
        #expect(text.contains(line + "\n"), "the default en.yml has no line `\(line)`")
        return text.replacingOccurrences(of: line + "\n", with: replacement + "\n")
    }

    /// The diagnostics of the base review in two languages with the project's `templates/i18n/en.yml`.
    static func check(_ english: String) -> [Diagnostic] {
        CatalogueExamples.analyse([
            "content/tinjau.yml": CatalogueExamples.review + "bahasa: [id, en]\n",
            "templates/i18n/en.yml": english,
        ])
    }

    static let months = "  months: January, February, March, April, May, June, July, August, September, October, November, December"

    @Test(arguments: [
        // Eleven months: every date would silently be written with the Indonesian names.
        (months, "  months: February, March, April, May, June, July, August, September, October, November, December", "format.months"),
        // A month without a name.
        (months, "  months: January, , March, April, May, June, July, August, September, October, November, December", "format.months"),
        // No decimal separator: 48.19 would be written 4819.
        ("  decimal_separator: \".\"", "  decimal_separator: \"\"", "format.decimal_separator"),
        // The same separator twice: 1,234,5 cannot be read.
        ("  decimal_separator: \".\"", "  decimal_separator: \",\"", "format.decimal_separator"),
        // A digit as a separator.
        ("  thousands_separator: \",\"", "  thousands_separator: \"0\"", "format.thousands_separator"),
        // A date without its year.
        ("  date: \"{day} {month} {year}\"", "  date: \"{day} {month}\"", "format.date"),
        // An empty word for 10⁹: `Rp48.19 `.
        ("  billion: billion", "  billion: \"\"", "format.billion"),
    ])
    func aBrokenFormatIsAnErrorAtItsKey(line: String, replacement: String, key: String) throws {
        let diagnostics = Self.check(Self.english(replacing: line, with: replacement))
        let format = diagnostics.filter { $0.code == "i18n.format" }
        #expect(format.count == 1, "\(diagnostics.map { "\($0.code): \($0.message)" })")
        let found = try #require(format.first)
        #expect(found.severity == .error)
        #expect(found.location.path == "templates/i18n/en.yml")
        let lineNumber = Self.english(replacing: line, with: replacement).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0 == replacement }.map { $0 + 1 }
        #expect(found.location.line == lineNumber)
        #expect(found.message.contains("`\(key)`"))
    }

    @Test func theDefaultFilesAndAGroupWithoutSeparatorsPass() {
        // The default theme's files pass.
        #expect(!Self.check(Self.english(replacing: "  billion: billion", with: "  billion: billion")).contains { $0.code == "i18n.format" })
        // A thousands separator may be empty (no grouping) or a space; a part left out is the Indonesian one.
        #expect(
            !Self.check(Self.english(replacing: "  thousands_separator: \",\"", with: "  thousands_separator: \" \""))
                .contains { $0.code == "i18n.format" })
        #expect(
            !Self.check(Self.english(replacing: "  thousands_separator: \",\"", with: "  thousands_separator: \"\""))
                .contains { $0.code == "i18n.format" })
    }
}
