import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit
@testable import TinjauServe

/// docs/errors.md against the catalogue (``DiagnosticCode``): the page lists exactly the catalogue's
/// codes, with their severities, and the first example of each code is what tinjau prints for an
/// input like the one the page shows (the table of inputs is ``CatalogueExamples/diagnostics(for:)``).
@Suite("The catalogue of diagnostics and docs/errors.md")
struct DiagnosticCatalogueTests {
    /// One `### \`code\`: severity` section of docs/errors.md with its first example.
    struct DocumentedCode {
        var code: String
        var severity: String
        /// The first `path:line:col: severity: message` line of the section's `text` blocks.
        var example: String?
        /// The `saran:` line after it, without `  saran: `.
        var hint: String?
    }

    static let sections: [DocumentedCode] = {
        let text = (try? String(contentsOfFile: packageRoot + "/docs/errors.md", encoding: .utf8)) ?? ""
        var result: [DocumentedCode] = []
        var inText = false
        var exampleJustRead = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let afterExample = exampleJustRead
            exampleJustRead = false
            if line.hasPrefix("### `"), let end = line.dropFirst(5).firstIndex(of: "`") {
                let code = String(line.dropFirst(5)[..<end])
                let severity = line[line.index(after: end)...].replacingOccurrences(of: ":", with: "").trimmingCharacters(in: .whitespaces)
                result.append(DocumentedCode(code: code, severity: severity))
                continue
            }
            if line.hasPrefix("## ") { inText = false }
            if line.hasPrefix("```") {
                inText = !inText && line == "```text"
                continue
            }
            guard inText, !result.isEmpty else { continue }
            if result[result.count - 1].example == nil {
                if !line.hasPrefix("$"), line.range(of: #"^.+?: (error|warning|note): "#, options: .regularExpression) != nil {
                    result[result.count - 1].example = line
                    exampleJustRead = true
                }
            } else if afterExample, line.hasPrefix("  saran: ") {
                result[result.count - 1].hint = String(line.dropFirst("  saran: ".count))
            }
        }
        return result
    }()

    @Test func theDocsListExactlyTheCataloguesCodes() {
        let documented = Self.sections.map(\.code)
        #expect(documented.count == Set(documented).count, "a code is documented twice")
        #expect(
            Set(documented) == Set(DiagnosticCode.allCases.map(\.rawValue)),
            "missing: \(Set(DiagnosticCode.allCases.map(\.rawValue)).subtracting(documented).sorted()), extra: \(Set(documented).subtracting(DiagnosticCode.allCases.map(\.rawValue)).sorted())"
        )
        // In the catalogue's order, which follows the page's sections.
        #expect(documented == DiagnosticCode.allCases.map(\.rawValue))
        for section in Self.sections {
            #expect(section.severity == DiagnosticCode(rawValue: section.code)?.severity.rawValue, "\(section.code): \(section.severity)")
        }
    }

    @Test func theStageTableListsExactlyTheCataloguesCodes() throws {
        let text = try String(contentsOfFile: packageRoot + "/docs/errors.md", encoding: .utf8)
        let table = try #require(text.components(separatedBy: "## Stages and codes").dropFirst().first?.components(separatedBy: "\n## ").first)
        var codes: [String] = []
        for row in table.split(separator: "\n") where row.hasPrefix("| [") {
            let cell = row.split(separator: "|").dropFirst().first.map(String.init) ?? ""
            var rest = cell[...]
            while let open = rest.firstIndex(of: "`"), let close = rest[rest.index(after: open)...].firstIndex(of: "`") {
                codes.append(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
        }
        #expect(
            Set(codes) == Set(DiagnosticCode.allCases.map(\.rawValue)),
            "missing: \(Set(DiagnosticCode.allCases.map(\.rawValue)).subtracting(codes).sorted()), extra: \(Set(codes).subtracting(DiagnosticCode.allCases.map(\.rawValue)).sorted())"
        )
    }

    /// Whether `text` is `pattern` where every `…` of the pattern stands for any text.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        let parts = pattern.components(separatedBy: "…")
        var rest = text[...]
        for (index, part) in parts.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if index == parts.count - 1 {
                return part.isEmpty || rest.hasSuffix(part)
            } else if let range = rest.range(of: part) {
                rest = rest[range.upperBound...]
            } else {
                return false
            }
        }
        return rest.isEmpty
    }

    @Test(arguments: DiagnosticCode.allCases)
    func theDocumentedExampleIsWhatTinjauSays(code: DiagnosticCode) async throws {
        let section = try #require(Self.sections.first { $0.code == code.rawValue }, "\(code.rawValue) is not in docs/errors.md")
        let example = try #require(section.example, "\(code.rawValue) has no example in docs/errors.md")
        let documented = try #require(
            example.range(of: ": \(code.severity.rawValue): ").map { String(example[$0.upperBound...]) },
            "\(code.rawValue): the example is not a \(code.severity.rawValue)")
        let produced = try await CatalogueExamples.diagnostics(for: code).filter { $0.code == code.rawValue }
        try #require(!produced.isEmpty, "the example input of \(code.rawValue) does not produce it")
        let match = produced.first { Self.matches($0.message, documented) }
        #expect(
            match != nil,
            "\(code.rawValue): docs/errors.md says\n  \(documented)\ntinjau says\n  \(produced.map(\.message).joined(separator: "\n  "))")
        if let match {
            #expect(
                section.hint.map { Self.matches(match.hint ?? "", $0) } ?? (match.hint == nil),
                "\(code.rawValue): docs/errors.md's hint\n  \(section.hint ?? "(none)")\ntinjau's\n  \(match.hint ?? "(none)")")
        }
    }
}
