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

    /// The loader reads an ASCII name as bytes (every listed file's name is classified at every
    /// build); these are the character-level rules it had, kept here as the reference.
    static func referenceTranslationName(_ name: String) -> (language: String, original: String)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let ext = parts.last, ext == "md" || ext == "yml" else { return nil }
        let code = parts[parts.count - 2]
        guard code.count == 2, code.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }), !parts[0].isEmpty else { return nil }
        return (String(code), parts.dropLast(2).joined(separator: ".") + "." + ext)
    }

    static func referenceMisnamedTranslation(_ name: String) -> (language: String, original: String)? {
        guard name.lowercased().hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        for separator: Character in ["-", "_", "."] {
            guard let at = stem.lastIndex(of: separator) else { continue }
            let code = stem[stem.index(after: at)...]
            guard let language = ContentLoader.languageCodes[code.lowercased()], at > stem.startIndex else { continue }
            if separator == "." && code == language { continue }
            return (language, stem[..<at] + ".md")
        }
        return nil
    }

    static func referenceSlugIsValid(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    @Test func namesReadAsBytesAreClassifiedAsByCharacters() {
        let stems = ["lapor", "lapor-bantul", "a", "", ".", "Lapor_Warga", "x.y", "pengembangan-sistem-5726", "é"]
        let separators = ["", "-", "_", ".", ".."]
        let codes = ["", "en", "EN", "En", "eng", "english", "Inggris", "id", "ind", "xx", "e", "5726", "ab1"]
        let extensions = ["", ".md", ".MD", ".Md", ".yml", ".YML", ".txt", "md", ".md.bak"]
        var checked = 0
        for stem in stems {
            for separator in separators {
                for code in codes {
                    for ext in extensions {
                        let name = stem + separator + code + ext
                        let fast = ContentLoader.translationName(name)
                        let slow = Self.referenceTranslationName(name)
                        #expect(fast?.language == slow?.language && fast?.original == slow?.original, "\(name)")
                        let fastMisnamed = ContentLoader.misnamedTranslation(name)
                        let slowMisnamed = Self.referenceMisnamedTranslation(name)
                        #expect(
                            fastMisnamed?.language == slowMisnamed?.language
                                && fastMisnamed?.original == slowMisnamed?.original, "\(name)")
                        checked += 1
                    }
                }
            }
        }
        #expect(ContentLoader.translationName("lapor-bantul.en.md")! == ("en", "lapor-bantul.md"))
        #expect(ContentLoader.misnamedTranslation("lapor_EN.md")! == ("en", "lapor.md"))
        #expect(checked == 9 * 5 * 13 * 9)
    }

    @Test func slugsCheckedAsBytesAreCheckedAsByScalars() {
        let pieces = ["a", "z", "0", "9", "-", "A", "é", " ", "_"]
        var texts = [""]
        for _ in 0..<4 { texts += texts.flatMap { text in pieces.map { text + $0 } } }
        for text in Set(texts) {
            #expect(Slug.isValid(text) == Self.referenceSlugIsValid(text), "\(text)")
        }
    }
}
