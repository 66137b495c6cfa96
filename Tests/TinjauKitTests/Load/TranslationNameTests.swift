import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// How the loader tells a translation file by its name (`<name>.<lang>.md`).
@Suite("Translation file names")
struct TranslationNameTests {
    @Test func aTranslationOfATranslationIsAnOrphan() throws {
        // An editor who saved `lapor-bantul.en.md` again as `lapor-bantul.en.en.md` (or copied it).
        let diagnostics = CatalogueExamples.analyse([
            "content/tinjau.yml": CatalogueExamples.review + "bahasa: [id, en]\n",
            "content/opd/diskominfo/lapor-bantul.en.md": "---\njudul: Citizen Reports\n---\n",
            "content/opd/diskominfo/lapor-bantul.en.en.md": "---\njudul: Citizen Reports, again\n---\n",
        ])
        // It was taken as a translation of a programme `lapor-bantul-en` that does not exist, and
        // dropped without a word.
        let orphan = try #require(diagnostics.first { $0.code == "translation.orphan" })
        #expect(orphan.location.path == "content/opd/diskominfo/lapor-bantul.en.en.md")
        #expect(orphan.message.contains("sendiri terjemahan"))
        #expect(orphan.hint?.contains("`lapor-bantul.en.md`") == true)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))")
    }
}
