import Foundation

/// JSON Schemas (draft 2020-12) of the front matter, generated from
/// ``FieldCatalog`` so that they never drift from what the validator accepts.
/// Published in the site under `schema/` and printed by `tinjau schema`.
public enum FrontMatterSchema {
    /// The kinds of content file with a schema, by file name.
    public static let kinds: [(file: String, title: String, fields: [FieldSpec])] = [
        ("program.schema.json", "Front matter program tinjau", FieldCatalog.program),
        ("opd.schema.json", "Front matter OPD tinjau (_index.md)", FieldCatalog.opd),
        ("halaman.schema.json", "Front matter halaman naratif tinjau", FieldCatalog.page),
    ]

    /// A JSON value, encoded with sorted keys for byte-stable output.
    indirect enum JSON: Encodable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case array([JSON])
        case object([String: JSON])

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let s): try container.encode(s)
            case .int(let i): try container.encode(i)
            case .bool(let b): try container.encode(b)
            case .array(let a): try container.encode(a)
            case .object(let o): try container.encode(o)
            }
        }
    }

    static func schema(of type: FieldType, description: String) -> JSON {
        var object: [String: JSON] = ["description": .string(description)]
        switch type {
        case .text: object["type"] = .string("string")
        case .integer(let range):
            object["type"] = .string("integer")
            object["minimum"] = .int(range.lowerBound)
            object["maximum"] = .int(range.upperBound)
        case .rupiah:
            object["type"] = .string("integer")
            object["minimum"] = .int(0)
        case .number: object["type"] = .string("number")
        case .boolean: object["type"] = .string("boolean")
        case .choice(let values): object["enum"] = .array(values.map(JSON.string))
        case .textList:
            object["type"] = .string("array")
            object["items"] = .object(["type": .string("string")])
        case .indicators:
            object["type"] = .string("array")
            object["items"] = objectSchema(FieldCatalog.indicator)
        case .date:
            object["type"] = .string("string")
            object["format"] = .string("date")
        case .address:
            object["type"] = .string("string")
            object["format"] = .string("uri")
        case .fraction:
            object["type"] = .string("number")
            object["minimum"] = .int(0)
            object["maximum"] = .int(1)
        case .mapping: object["type"] = .string("object")
        case .mappingList:
            object["type"] = .string("array")
            object["items"] = .object(["type": .string("object")])
        }
        return .object(object)
    }

    static func objectSchema(_ fields: [FieldSpec]) -> JSON {
        var properties: [String: JSON] = [:]
        for field in fields { properties[field.name] = schema(of: field.type, description: field.description) }
        return .object([
            "type": .string("object"),
            "properties": .object(properties),
            "required": .array(fields.filter(\.required).map { .string($0.name) }),
            "additionalProperties": .bool(false),
        ])
    }

    /// The schema text of one kind, pretty-printed with sorted keys and a final newline.
    public static func text(file: String) -> String? {
        guard let kind = kinds.first(where: { $0.file == file }) else { return nil }
        guard case .object(var root) = objectSchema(kind.fields) else { return nil }
        root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        root["$id"] = .string(kind.file)
        root["title"] = .string(kind.title)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(JSON.object(root))) ?? Data(), as: UTF8.self) + "\n"
    }

    /// Every schema as a site file under `schema/`.
    public static func files() -> [OutputFile] {
        kinds.compactMap { kind in text(file: kind.file).map { OutputFile(path: "schema/" + kind.file, bytes: Array($0.utf8)) } }
    }
}
