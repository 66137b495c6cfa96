import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// A JSON Schema (draft 2020-12) validator for exactly the keywords ``ReviewSchema`` uses, so that the
/// published `data/tinjauan.json` is checked against its published schema in every test run.
struct MiniSchemaValidator {
    /// The keywords checked here, and those that only annotate (`format` is an annotation in 2020-12).
    static let assertions: Set<String> = [
        "$ref", "type", "enum", "required", "properties", "additionalProperties", "items", "minimum", "maximum",
        "exclusiveMinimum", "pattern", "minLength",
    ]
    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description", "format"]

    let root: JSONValue

    /// Every keyword of `schema` and its subschemas that this validator does not know.
    func unknownKeywords(_ schema: JSONValue? = nil) -> Set<String> {
        guard case .object(let object) = schema ?? root else { return [] }
        var unknown = Set(object.keys).subtracting(Self.assertions).subtracting(Self.annotations)
        for key in ["properties", "$defs"] {
            if case .object(let children)? = object[key] { for child in children.values { unknown.formUnion(unknownKeywords(child)) } }
        }
        for key in ["items", "additionalProperties"] {
            if let child = object[key] { unknown.formUnion(unknownKeywords(child)) }
        }
        return unknown
    }

    /// The problems of `value` against `schema` (the root when `nil`), each with its JSON Pointer.
    func problems(_ value: JSONValue, _ schema: JSONValue? = nil, at pointer: String = "") -> [String] {
        guard case .object(let s) = schema ?? root else { return schema.map { $0 == .bool(false) ? ["\(pointer): not allowed"] : [] } ?? [] }
        var problems: [String] = []
        if case .string(let reference)? = s["$ref"] {
            guard reference.hasPrefix("#/$defs/"), let target = root.at(String(reference.dropFirst())) else {
                return ["\(pointer): unresolved $ref \(reference)"]
            }
            problems += self.problems(value, target, at: pointer)
        }
        if let type = s["type"] {
            let allowed: [String]
            switch type {
            case .string(let name): allowed = [name]
            case .array(let names): allowed = names.compactMap { if case .string(let n) = $0 { n } else { nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { Self.value(value, hasType: $0) }) { problems.append("\(pointer): not of type \(allowed)") }
        }
        if case .array(let options)? = s["enum"], !options.contains(value) { problems.append("\(pointer): not one of the enum") }
        if case .number(let n) = value {
            if case .number(let minimum)? = s["minimum"], n < minimum { problems.append("\(pointer): \(n) < minimum \(minimum)") }
            if case .number(let maximum)? = s["maximum"], n > maximum { problems.append("\(pointer): \(n) > maximum \(maximum)") }
            if case .number(let bound)? = s["exclusiveMinimum"], n <= bound { problems.append("\(pointer): \(n) ≤ exclusiveMinimum \(bound)") }
        }
        if case .string(let text) = value {
            if case .number(let length)? = s["minLength"], Decimal(text.unicodeScalars.count) < length {
                problems.append("\(pointer): shorter than \(length)")
            }
            if case .string(let pattern)? = s["pattern"] {
                let matched =
                    (try? NSRegularExpression(pattern: pattern))?
                    .firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                if !matched { problems.append("\(pointer): `\(text)` does not match \(pattern)") }
            }
        }
        if case .array(let items) = value, let itemSchema = s["items"] {
            for (index, item) in items.enumerated() { problems += self.problems(item, itemSchema, at: "\(pointer)/\(index)") }
        }
        if case .object(let members) = value {
            if case .array(let required)? = s["required"] {
                for case .string(let name) in required where members[name] == nil { problems.append("\(pointer): `\(name)` is required") }
            }
            var properties: [String: JSONValue] = [:]
            if case .object(let declared)? = s["properties"] { properties = declared }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                let child = "\(pointer)/\(name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1"))"
                if let property = properties[name] {
                    problems += self.problems(member, property, at: child)
                } else if let additional = s["additionalProperties"] {
                    problems += self.problems(member, additional, at: child)
                }
            }
        }
        return problems
    }

    static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (value, type) {
        case (.null, "null"), (.bool, "boolean"), (.string, "string"), (.array, "array"), (.object, "object"), (.number, "number"): true
        case (.number(var n), "integer"):
            {
                var whole = Decimal()
                NSDecimalRound(&whole, &n, 0, .plain)
                return whole == n
            }()
        default: false
        }
    }
}

/// `data/tinjauan.json` of the shipped review and of every fixture review is valid against
/// ``ReviewSchema``, the schema published beside it.
@Suite("The review's JSON against its schema")
struct ReviewSchemaTests {
    static let validator = MiniSchemaValidator(root: try! JSONDecoder().decode(JSONValue.self, from: Data(ReviewSchema.text.utf8)))

    @Test func theValidatorKnowsEveryKeywordOfTheSchema() {
        #expect(Self.validator.unknownKeywords().isEmpty, "\(Self.validator.unknownKeywords().sorted())")
    }

    @Test(arguments: [
        "content", "examples/bantul-2021/content", "Tests/TinjauKitTests/Fixtures/mini/content", "Tests/TinjauKitTests/Fixtures/hostile/content",
        "Tests/TinjauKitTests/Fixtures/galeri/tepi/content", "Tests/TinjauKitTests/Fixtures/galeri/satu-program/content",
        "Tests/TinjauKitTests/Fixtures/galeri/besar/content",
    ])
    func theReviewsJSONIsValid(content: String) throws {
        let options = BuildOptions(
            contentDirectory: packageRoot + "/" + content, templatesDirectory: packageRoot + "/templates", outputDirectory: "unused")
        let (files, _) = try SiteBuilder(fileSystem: LocalFileSystem()).prepare(options)
        let json = try #require(files.first { $0.path == "data/tinjauan.json" })
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.bytes))
        let problems = Self.validator.problems(value)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    /// The validator finds what is wrong: a missing required member, a wrong type, an unknown member.
    @Test func anInvalidReviewIsRefused() throws {
        let options = BuildOptions(
            contentDirectory: packageRoot + "/Tests/TinjauKitTests/Fixtures/mini/content", templatesDirectory: packageRoot + "/templates",
            outputDirectory: "unused")
        let (files, _) = try SiteBuilder(fileSystem: LocalFileSystem()).prepare(options)
        guard
            case .object(var root) = try JSONDecoder().decode(
                JSONValue.self, from: Data(try #require(files.first { $0.path == "data/tinjauan.json" }).bytes))
        else {
            Issue.record("not an object")
            return
        }
        let key = try #require(root.keys.sorted().first)
        root[key] = nil
        root["tidak_ada"] = .string("x")
        #expect(Self.validator.problems(.object(root)).count >= 2, "\(Self.validator.problems(.object(root)))")
        #expect(!Self.validator.problems(.string("x")).isEmpty)
    }
}
