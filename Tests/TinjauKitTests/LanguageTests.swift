import Foundation
import Testing
@testable import TinjauKit

@Suite("English diagnostics (`--lang en`)")
struct LanguageTests {
    @Test func unknownDimensionHasAnExactEnglishMessageAndHint() throws {
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": "---\njudul: X\ndimensi: goverance\nstatus: berjalan\n---\n"])
        let d = try #require(diagnostics.first { $0.code == "value.unknown" })
        #expect(d.message(in: .en) == "unknown dimension `goverance`")
        #expect(d.hint(in: .en) == "did you mean `dimensi: governance`? Valid values: "
            + "`governance`, `branding`, `economy`, `living`, `society`, `environment`")
        // Indonesian stays the default.
        #expect(d.message(in: .id) == "dimensi `goverance` tidak dikenal")
    }

    @Test func moneyWithRpHasAnExactEnglishMessageAndHint() throws {
        let (_, diagnostics) = check(["opd/dinas-a/n.md": programFile("anggaran: Rp 2.500.000\n")])
        let d = try #require(diagnostics.first { $0.code == "money.format" })
        #expect(d.message(in: .en) == "`anggaran` must be a whole Rupiah amount, not `Rp 2.500.000`")
        #expect(d.hint(in: .en) == "write `anggaran: 2500000` (digits only; thousands separators and `Rp` are not used in front matter)")
    }

    @Test func unknownKeyNamesTheIndonesianField() throws {
        let (_, diagnostics) = check(["opd/dinas-a/k.md": programFile("title: X\nanggran: 5\n")])
        let unknown = diagnostics.filter { $0.code == "field.unknown" }
        #expect(unknown.count == 2)
        let title = try #require(unknown.first { $0.message.contains("`title`") })
        #expect(title.message(in: .en) == "unknown field `title` in the programme front matter")
        #expect(title.hint(in: .en)?.contains("write `judul` instead of `title`") == true)
        let typo = try #require(unknown.first { $0.message.contains("`anggran`") })
        #expect(typo.hint(in: .en)?.hasPrefix("did you mean `anggaran`? Valid values: `judul`,") == true)
    }

    @Test func missingRequiredFieldsSayWhatToAdd() {
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": "---\nringkasan: x\n---\n"])
        let missing = diagnostics.filter { $0.code == "field.required" }
        #expect(missing.map { $0.message(in: .en) }
            == ["required field `dimensi` is missing", "required field `judul` is missing", "required field `status` is missing"])
        #expect(missing.first?.hint(in: .en) == "add a line `dimensi: …` to the front matter")
    }

    @Test func brokenLinkSuggestsTheNearestFile() throws {
        let (_, diagnostics) = try renderBodies([
            "opd/dinas-a/a.md": programFile(body: "Lihat [X](lapor-bantl.md) dan [Y](../tidak-ada/).\n"),
            "opd/dinas-a/lapor-bantul.md": programFile(),
        ])
        let broken = diagnostics.filter { $0.code == "link.broken" }
        #expect(broken.map { $0.message(in: .en) } == [
            "link to `lapor-bantl.md` does not lead to any content file",
            "link to `../tidak-ada/` does not lead to any page or file of the site",
        ])
        #expect(broken.first?.hint(in: .en)?.hasPrefix("did you mean `lapor-bantul.md`?") == true)
    }

    @Test("Typical mistakes are translated, hint and all", arguments: [
        ("indikator:\n  - nama: A\n    target: 72,5\n", "value.not-number", "write `target: 72.5`"),
        ("tahun_mulai: 2015\n", "program.year-outside", "between 2018 and 2023"),
        ("mitra: [dinas-z]\n", "program.mitra-unknown", "did you mean `dinas-a`? Valid values: `dinas-a`"),
        ("elemen: sampah\n", "program.elemen.unknown", "belongs to dimension `environment`"),
        ("ilustrasi: ya\n", "value.not-bool", "write `ilustrasi: true` (yes)"),
    ])
    func typicalMistakes(extra: String, code: String, hintFragment: String) throws {
        let (_, diagnostics) = check(["opd/dinas-a/m.md": programFile(extra)])
        let d = try #require(diagnostics.first { $0.code == code }, "\(diagnostics)")
        #expect(d.hint(in: .en)?.contains(hintFragment) == true, "\(String(describing: d.englishHint))")
        // Every diagnostic of the run is translated: an English message always, an English hint whenever there is a hint.
        for diagnostic in diagnostics {
            #expect(diagnostic.englishMessage != nil, "\(diagnostic.code) has no English message")
            #expect((diagnostic.englishHint == nil) == (diagnostic.hint == nil), "\(diagnostic.code): hint and English hint differ in presence")
            #expect(diagnostic.englishMessage != diagnostic.message, "\(diagnostic.code): English message equals the Indonesian one")
        }
    }

    @Test func theTextFormatSaysHintInEnglish() {
        let (_, diagnostics) = check(["opd/dinas-a/uji.md": "---\njudul: X\ndimensi: goverance\nstatus: berjalan\n---\n"])
        let text = DiagnosticFormatter(fileSystem: InMemoryFileSystem(files: [:]), language: .en).format(diagnostics)
        #expect(text.contains("c/opd/dinas-a/uji.md:3:10: error: unknown dimension `goverance`\n"))
        #expect(text.contains("  hint: did you mean `dimensi: governance`?"))
        #expect(!text.contains("saran:"))
    }

    // MARK: - Every diagnostic in the sources has English

    /// Files whose diagnostics are still to be translated by their owners. Remove a file
    /// from this list once its `Diagnostic(` constructions pass `en:`.
    static let pendingTranslation: Set<String> = []

    @Test func everyDiagnosticInTheSourcesHasEnglish() throws {
        let sources = packageRoot + "/Sources"
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources).filter { $0.hasSuffix(".swift") }.sorted()
        var calls = 0
        for file in files {
            let relative = "Sources/" + file
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            let problems = Self.untranslatedCalls(in: text)
            calls += problems.checked
            if Self.pendingTranslation.contains(relative) {
                withKnownIssue("\(relative) is translated by its owner", isIntermittent: true) {
                    for problem in problems.missing { Issue.record("\(relative):\(problem)") }
                }
            } else {
                for problem in problems.missing { Issue.record("\(relative):\(problem)") }
            }
        }
        // The scanner must actually find the diagnostics (about 60 constructions and 30 `report` calls).
        #expect(calls > 80, "only \(calls) diagnostic calls found under \(sources)")
    }

    @Test func theScannerSeesLabelsOnlyInCode() {
        let source = #"""
            d.append(Diagnostic(.error, "a.b", at: l, "teks (dengan kurung en: palsu", hint: "x \(f(y)) hint:",
                                en: "English \(g("z)")) text", hintEN: "fix"))
            d.append(Diagnostic(.warning, "c.d", at: l, "pesan: \(x)", hint: "saran en:"))
            report(.error, "e.f", at: node, "pesan", en: "message")
            r.report(diagnostics)
            """#
        let result = Self.untranslatedCalls(in: source)
        #expect(result.checked == 3)
        #expect(result.missing == ["3: a diagnostic without `en:`"])
    }

    /// Finds every `Diagnostic(…)` construction and every `report(.error|.warning|.note, …)` call
    /// in Swift source `text` and returns how many there are and, for each one that lacks `en:`
    /// (or has `hint:` without `hintEN:`), its line and what is missing.
    static func untranslatedCalls(in text: String) -> (checked: Int, missing: [String]) {
        let characters = Array(text)
        var checked = 0
        var missing: [String] = []
        var index = 0
        while index < characters.count {
            guard let start = Self.callStart(characters, at: index) else { index += 1; continue }
            let code = Self.codeOfCall(characters, openingAfter: start)
            let line = characters[..<index].filter { $0 == "\n" }.count + 1
            checked += 1
            if !Self.hasLabel("en", in: code) {
                missing.append("\(line): a diagnostic without `en:`")
            } else if Self.hasLabel("hint", in: code) && !Self.hasLabel("hintEN", in: code) {
                missing.append("\(line): a diagnostic with `hint:` but without `hintEN:`")
            }
            index = start
        }
        return (checked, missing)
    }

    /// The index just after the `(` when a diagnostic call starts at `index`.
    private static func callStart(_ s: [Character], at index: Int) -> Int? {
        if index > 0, s[index - 1].isLetter || s[index - 1].isNumber || s[index - 1] == "_" { return nil }
        func matches(_ word: String) -> Bool {
            let w = Array(word)
            return index + w.count <= s.count && Array(s[index..<index + w.count]) == w
        }
        if matches("Diagnostic(") { return index + "Diagnostic(".count }
        for severity in ["error", "warning", "note"] where matches("report(.\(severity)") { return index + "report(".count }
        return nil
    }

    /// The code of the call whose `(` ends just before `start`, up to its matching `)`, with
    /// string literals left out (their interpolations kept), so that labels are found only in code.
    private static func codeOfCall(_ s: [Character], openingAfter start: Int) -> String {
        var code = ""
        var depth = 1
        var inString = false
        var interpolations: [Int] = []  // depth outside each open `\(`
        var i = start
        while i < s.count {
            let c = s[i]
            if inString {
                if c == "\\", i + 1 < s.count, s[i + 1] == "(" {
                    interpolations.append(depth)
                    depth += 1
                    inString = false
                    i += 2
                    continue
                }
                if c == "\\" { i += 2; continue }
                if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "(" {
                depth += 1
            } else if c == ")" {
                depth -= 1
                if let outer = interpolations.last, depth == outer {
                    interpolations.removeLast()
                    inString = true
                } else if depth == 0 {
                    return code
                }
            }
            if !inString { code.append(c) }
            i += 1
        }
        return code
    }

    /// Whether `code` has the argument label `label:` (not as the end of a longer name).
    private static func hasLabel(_ label: String, in code: String) -> Bool {
        var rest = code[...]
        while let range = rest.range(of: label + ":") {
            let before = range.lowerBound == code.startIndex ? nil : code[code.index(before: range.lowerBound)]
            if before == nil || !(before!.isLetter || before!.isNumber || before! == "_") { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }
}
