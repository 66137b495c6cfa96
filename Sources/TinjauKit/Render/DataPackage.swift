// swift-format-ignore-file: AlwaysUseLowerCamelCase

// The Encodable properties are named after the Data Package's JSON fields (`satu_data`).
import Foundation

/// `data/datapackage.json`: a Frictionless Data Package (v1, https://specs.frictionlessdata.io/data-package/)
/// that describes every file of the open data, so that the review loads into any Frictionless
/// tool, CKAN (the software behind Satu Data portals) or a notebook in one call:
/// `frictionless.Package("data/datapackage.json")`.
///
/// Each table is a Tabular Data Resource with a Table Schema written from the same
/// ``DataTable`` as the file (field names, types, constraints, units in the descriptions,
/// primary and foreign keys), once as the standard CSV and once as its spreadsheet variant
/// (`;`, decimal comma, byte-order mark); `tinjauan.json` is a plain resource. The Satu Data
/// Indonesia metadata (producer, walidata, period, frequency, licence, update date) is both in
/// the standard properties (`licenses`, `contributors`, `sources`) and whole under `satu_data`.
struct DataPackage: Encodable {
    struct License: Encodable { var name: String, path: String?, title: String }
    struct Contributor: Encodable { var title: String, role: String }
    struct Source: Encodable { var title: String, path: String? }
    struct Dialect: Encodable {
        var delimiter: String, lineTerminator = "\r\n", quoteChar = "\"", doubleQuote = true, header = true
    }
    struct Constraints: Encodable {
        var required: Bool?, unique: Bool?, `enum`: [String]?, minimum: Decimal?, maximum: Decimal?, pattern: String?
    }
    struct Field: Encodable {
        var name: String, type: String, description: String
        var constraints: Constraints?
        var trueValues: [String]?, falseValues: [String]?, decimalChar: String?
    }
    struct Reference: Encodable { var resource: String, fields: [String] }
    struct ForeignKey: Encodable { var fields: [String], reference: Reference }
    struct Schema: Encodable {
        var fields: [Field], primaryKey: [String], foreignKeys: [ForeignKey]?, missingValues = [""]
    }
    struct Resource: Encodable {
        var name: String, path: String, profile: String, title: String, description: String
        var format: String, mediatype: String, encoding = "utf-8", bytes: Int?
        var dialect: Dialect?, schema: Schema?
    }

    var profile = "data-package"
    var name: String
    var title: String
    var description: String
    var homepage: String?
    var keywords: [String]
    var licenses: [License]
    var contributors: [Contributor]
    var sources: [Source]
    /// The Satu Data Indonesia metadata, as in `metadata.json` and on the data page.
    var satu_data: DataExporter.Metadata
    var resources: [Resource]

    /// The licence entry for the licence as written in `data.lisensi`: its SPDX identifier and
    /// address when it is one of the usual open-data licences, else its text (as a slug for `name`).
    static func license(_ text: String) -> License {
        let key = text.uppercased().filter { $0.isLetter || $0.isNumber }
        let known: [String: (String, String)] = [
            "CCBY40": ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
            "CCBYSA40": ("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
            "CC0": ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
            "CC010": ("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
            "ODBL": ("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
            "ODBL10": ("ODbL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
            "PDDL": ("PDDL-1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
            "PDDL10": ("PDDL-1.0", "https://opendatacommons.org/licenses/pddl/1-0/"),
        ]
        if let (name, path) = known[key] { return License(name: name, path: path, title: text) }
        let slug = Slug.make(text)
        return License(name: slug.isEmpty ? "lainnya" : slug, path: nil, title: text)
    }

    /// The Table Schema field of a column; `decimalComma` for the spreadsheet variant.
    static func field(_ column: DataColumn, decimalComma: Bool) -> Field {
        func number(_ text: String?) -> Decimal? { text.flatMap { Decimal(string: $0) } }
        let constraints = Constraints(
            required: column.required ? true : nil, unique: column.unique ? true : nil, enum: column.values,
            minimum: number(column.minimum), maximum: number(column.maximum), pattern: column.pattern)
        let empty =
            !column.required && !column.unique && column.values == nil && column.minimum == nil && column.maximum == nil
            && column.pattern == nil
        return Field(
            name: column.name, type: column.kind.rawValue, description: column.description,
            constraints: empty ? nil : constraints,
            trueValues: column.kind == .boolean ? ["ya"] : nil, falseValues: column.kind == .boolean ? ["tidak"] : nil,
            decimalChar: column.kind == .number && decimalComma ? "," : nil)
    }

    /// The two resources of a table: the standard CSV (`program`) and its spreadsheet variant
    /// (`program-excel`), each with foreign keys into its own family.
    static func resources(_ table: DataTable, sizes: [String: Int]) -> [Resource] {
        func relative(_ path: String) -> String { String(path.dropFirst("data/".count)) }
        func resource(spreadsheet: Bool) -> Resource {
            let suffix = spreadsheet ? "-excel" : ""
            let columns = spreadsheet ? table.spreadsheetColumns : table.columns
            let names = Set(columns.map(\.name))
            let keys = table.foreignKeys.filter { $0.columns.allSatisfy(names.contains) }.map {
                ForeignKey(fields: $0.columns, reference: Reference(resource: $0.table + suffix, fields: $0.referenced))
            }
            let path = spreadsheet ? table.spreadsheetPath : table.path
            return Resource(
                name: table.name + suffix, path: relative(path), profile: "tabular-data-resource",
                title: spreadsheet ? table.title + " (untuk spreadsheet)" : table.title,
                description: spreadsheet
                    ? table.description
                        + " Varian untuk program spreadsheet dengan pengaturan wilayah Indonesia: UTF-8 dengan BOM, pemisah titik koma, koma sebagai pemisah desimal; tanpa kolom pecahan tepat."
                    : table.description,
                format: "csv", mediatype: "text/csv", bytes: sizes[path],
                dialect: Dialect(delimiter: spreadsheet ? ";" : ","),
                schema: Schema(
                    fields: columns.map { field($0, decimalComma: spreadsheet) }, primaryKey: table.primaryKey,
                    foreignKeys: keys.isEmpty ? nil : keys))
        }
        return [resource(spreadsheet: false), resource(spreadsheet: true)]
    }
}

extension DataExporter {
    /// The Data Package describing `tables` (whose files have the byte counts `sizes`, by path
    /// from the site root) and `tinjauan.json`.
    func dataPackage(_ tables: [DataTable], sizes: [String: Int]) -> DataPackage {
        let config = content.config
        let metadata = metadata()
        let name = Slug.make(config.title)
        var contributors = [DataPackage.Contributor(title: metadata.produsen_data, role: "author")]
        contributors.append(DataPackage.Contributor(title: metadata.walidata, role: "publisher"))
        let standard = tables.flatMap { DataPackage.resources($0, sizes: sizes).prefix(1) }
        let spreadsheet = tables.flatMap { DataPackage.resources($0, sizes: sizes).suffix(1) }
        let json = DataPackage.Resource(
            name: "tinjauan", path: "tinjauan.json", profile: "data-resource", title: "Seluruh review (JSON)",
            description:
                "Seluruh review dalam satu berkas JSON: metadata, pengaturan penilaian, dimensi, OPD, program dengan indikatornya, skor, dan setiap angka yang ditampilkan situs (agregat). Skema: tinjauan.schema.json (JSON Schema 2020-12).",
            format: "json", mediatype: "application/json", bytes: sizes[Self.reviewJSON], dialect: nil, schema: nil)
        return DataPackage(
            name: name.isEmpty ? "data-tinjauan" : name, title: metadata.judul, description: metadata.deskripsi,
            homepage: config.baseURL.map { SiteAddress.absolute(base: $0, path: sitePrefix + Permalink.data) },
            keywords: ["smart city", "masterplan", "review", "Satu Data Indonesia", config.region].filter { !$0.isEmpty },
            licenses: [DataPackage.license(config.dataLicence)], contributors: contributors,
            sources: [DataPackage.Source(title: metadata.sumber, path: nil)], satu_data: metadata,
            resources: standard + [json] + spreadsheet)
    }
}
