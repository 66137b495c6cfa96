/// `data/index.html` (`data.mustache`): which file to open in which tool, every table in both forms, the
/// other files, the Satu Data Indonesia metadata and how to use the data.
struct DataPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// Every table, as `data/*.csv` and `data/excel/*.csv`.
    var tables: [DataTableLink]
    /// The JSON files.
    var files: [DataFileLink]
    /// The Satu Data Indonesia metadata.
    var metadata: [LabeledValue]
    /// The public address of `data/` when `base_url` is set, for the examples; else empty.
    var dataBase: String

    static let fields: [String: TemplateField<DataPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "tables": .init(\.tables), "files": .init(\.files),
        "metadata": .init(\.metadata), "dataBase": .init(\.dataBase),
    ]
}

/// A table of the open data.
struct DataTableLink: TemplateModel {
    /// Its file name (`program.csv`), its two addresses and what it holds.
    var name: String, url: String, excelURL: String, description: String
    /// The language of `description` when it is not the page's (the data package's own description,
    /// untranslated, on a page of another edition).
    var descriptionLanguage: String?

    static let fields: [String: TemplateField<DataTableLink>] = [
        "name": .init(\.name), "url": .init(\.url), "excelURL": .init(\.excelURL), "description": .init(\.description),
        "descriptionLanguage": .init(\.descriptionLanguage),
    ]
}

/// Another file of the open data.
struct DataFileLink: TemplateModel {
    /// Its file name, address and what it holds.
    var name: String, url: String, description: String

    static let fields: [String: TemplateField<DataFileLink>] = ["name": .init(\.name), "url": .init(\.url), "description": .init(\.description)]
}

extension SiteRenderer {
    /// The open-data page.
    func dataPage() -> DataPage {
        let path = Permalink.data
        // Editions share one set of data files at the site's root.
        let root = dataRoot(from: path)
        var exporter = DataExporter(content: content, aggregates: aggregates)
        exporter.describesOnly = true
        let metadata = exporter.metadata()
        let tables = exporter.tableMakers().map { make in
            let table = make()
            let translated = texts.texts["data_tables." + table.name]
            return DataTableLink(
                name: table.name + ".csv", url: root + table.path, excelURL: root + table.spreadsheetPath,
                description: translated ?? table.description,
                descriptionLanguage: translated == nil && isTranslatedEdition ? editions.first?.language : nil)
        }
        let files = [
            DataFileLink(
                name: "tinjauan.json", url: root + DataExporter.reviewJSON,
                description:
                    texts.text("pages_data.seluruh_review_dalam_satu")),
            DataFileLink(
                name: "tinjauan.schema.json", url: root + DataExporter.reviewSchema, description: texts.text("pages_data.json_schema_untuk_memeriksa")
            ),
            DataFileLink(
                name: "datapackage.json", url: root + DataExporter.dataPackage,
                description:
                    texts.text("pages_data.frictionless_data_package_setiap")
            ),
            DataFileLink(
                name: "metadata.json", url: root + DataExporter.metadataJSON, description: texts.text("pages_data.metadata_satu_data_indonesia")),
        ]
        let fields = [
            LabeledValue(label: texts.text("pages_data.judul"), value: metadata.judul),
            LabeledValue(label: texts.text("pages_data.deskripsi"), value: metadata.deskripsi),
            LabeledValue(label: texts.text("pages_data.produsen_data"), value: metadata.produsen_data),
            LabeledValue(label: texts.text("pages_data.walidata"), value: metadata.walidata),
            LabeledValue(label: texts.text("pages_data.periode"), value: metadata.periode),
            LabeledValue(label: texts.text("pages_data.frekuensi_pembaruan"), value: metadata.frekuensi_pembaruan),
            LabeledValue(label: texts.text("pages_data.sumber"), value: metadata.sumber),
            LabeledValue(
                label: texts.text("pages_data.tanggal_pembaruan"), value: metadata.tanggal_pembaruan.flatMap { format.date(iso: $0) } ?? "–"
            ),
            LabeledValue(label: texts.text("pages_data.lisensi"), value: metadata.lisensi),
            LabeledValue(label: texts.text("pages_data.format"), value: metadata.format),
            LabeledValue(
                label: texts.text("pages_data.satuan"),
                value: metadata.satuan.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")),
        ]
        // The examples name the files by their public address when `base_url` is set.
        let dataBase = content.config.baseURL.map { SiteAddress.absolute(base: $0, path: (archive?.prefix ?? "") + "data/") } ?? ""
        return DataPage(
            pageTitle: texts.text("pages_data.data_terbuka"), metaDescription: texts.text("pages_data.unduh_data_review_dalam"),
            breadcrumbs: crumbs(path, [(texts.text("pages_data.data"), nil)]), tables: tables, files: files, metadata: fields, dataBase: dataBase)
    }
}
