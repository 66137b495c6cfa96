/// Pages and files for publishing: the open-data page, the printable review,
/// the 404 page, `robots.txt` and `sitemap.xml`.
extension SiteRenderer {
    /// The open-data page: which file to open in which tool, every table in both forms, the
    /// formula rule, the Satu Data Indonesia metadata and how to use the data.
    func dataContext() -> [String: Any] {
        let path = Permalink.data
        let root = Permalink.root(from: path)
        let exporter = DataExporter(content: content, aggregates: aggregates)
        let metadata = exporter.metadata()
        let tables = exporter.tableMakers().map { make -> [String: Any] in
            let table = make()  // one table's rows at a time
            return ["name": table.name + ".csv", "url": root + table.path, "excelURL": root + table.spreadsheetPath,
             "description": table.description]
        }
        let files: [[String: Any]] = [
            ["name": "tinjauan.json", "url": root + DataExporter.reviewJSON, "description": "Seluruh review dalam satu berkas JSON: metadata, program dengan indikatornya, skor, dan setiap angka yang ditampilkan situs."],
            ["name": "tinjauan.schema.json", "url": root + DataExporter.reviewSchema, "description": "JSON Schema untuk memeriksa tinjauan.json."],
            ["name": "datapackage.json", "url": root + DataExporter.dataPackage, "description": "Frictionless Data Package: setiap berkas dengan kolom, tipe, satuan, kunci primer dan kunci asing, lisensi dan metadata; untuk alat Frictionless, CKAN (portal Satu Data) dan notebook."],
            ["name": "metadata.json", "url": root + DataExporter.metadataJSON, "description": "Metadata Satu Data Indonesia dari kumpulan data ini."],
        ]
        let fields: [[String: Any]] = [
            ["label": "Judul", "value": metadata.judul], ["label": "Deskripsi", "value": metadata.deskripsi],
            ["label": "Produsen data", "value": metadata.produsen_data], ["label": "Walidata", "value": metadata.walidata],
            ["label": "Periode", "value": metadata.periode], ["label": "Frekuensi pembaruan", "value": metadata.frekuensi_pembaruan],
            ["label": "Sumber", "value": metadata.sumber],
            ["label": "Tanggal pembaruan", "value": metadata.tanggal_pembaruan.flatMap { IndonesianFormat.date(iso: $0) } ?? "–"],
            ["label": "Lisensi", "value": metadata.lisensi], ["label": "Format", "value": metadata.format],
            ["label": "Satuan", "value": metadata.satuan.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")],
        ]
        // The examples name the files by their public address when `base_url` is set.
        let dataBase = content.config.baseURL.map { SiteAddress.absolute(base: $0, path: (archive?.prefix ?? "") + "data/") } ?? ""
        return ["pageTitle": "Data terbuka", "description": "Unduh data review dalam format CSV dan JSON",
                "breadcrumbs": crumbs(path, [("Data", nil)]), "tables": tables, "files": files, "metadata": fields,
                "dataBase": dataBase]
    }

    func printContext() -> [String: Any] {
        let path = Permalink.print
        var byDimension: [DimensionID: [Program]] = [:]
        for program in content.programs { byDimension[program.dimension, default: []].append(program) }
        let dimensions = content.dimensions.map { dimension -> [String: Any] in
            let scores = aggregates.elements[dimension.id] ?? [:]
            var row = scoreContext(aggregates.dimensions[dimension.id], .dimension(dimension.id))
            row["name"] = dimension.name
            row["id"] = dimension.id.rawValue
            row["smartName"] = dimension.id.smartName
            row["elements"] = dimension.elements.map { element -> [String: Any] in
                var e = scoreContext(scores[element.slug], .element(dimension.id, element.slug))
                e["name"] = element.name
                return e
            }
            row["programs"] = (byDimension[dimension.id] ?? []).map { programRow($0, from: path) }
            return row
        }
        let delayed = aggregates.delays.programs.compactMap { content.program(id: $0) }.map { p -> [String: Any] in
            var row = programRow(p, from: path)
            row["reason"] = p.delayReason ?? "tidak disebutkan"
            return row
        }
        func entry(_ id: String, _ label: String, _ children: [[String: Any]] = []) -> [String: Any] {
            let page = tocPages[id]
            return ["id": id, "label": label, "page": page.map(String.init) ?? "", "hasPage": page != nil,
                    "children": children, "hasChildren": !children.isEmpty]
        }
        let toc = [
            entry("ringkasan", "1. Ringkasan"),
            entry("dimensi", "2. Dimensi", content.dimensions.map { entry("dimensi-\($0.id.rawValue)", $0.name) }),
            entry("temuan", "3. Temuan dan rekomendasi", content.pages.map { entry("halaman-\($0.slug)", $0.title) }
                  + [entry("tertunda", "Program tertunda"), entry("mirip", "Program yang mirip antar-OPD")]),
            entry("lampiran", "Lampiran: daftar program"),
        ]
        var context: [String: Any] = [
            "pageTitle": "Laporan lengkap (cetak)",
            "description": "\(content.config.title): seluruh laporan dalam satu halaman untuk dicetak atau disimpan sebagai PDF (ringkasan, dimensi, temuan, daftar program).",
            "runningHeaderCSS": CSS.string(content.config.title),
            "toc": toc,

            "breadcrumbs": crumbs(path, [("Laporan lengkap", nil)]),
            "isPrint": true,
            "radarSVG": charts.radar(id: "cetak-radar").svg,
            "dimensionTable": dimensionRows(from: path) { (aggregates.dimensions[$0.id], .dimension($0.id)) },
            "overall": scoreContext(aggregates.overall, .overall),
            "method": methodContext(),
            "bands": bandRows(),
            "dimensions": dimensions,
            "pages": content.pages.map { ["title": $0.title, "slug": $0.slug, "bodyHTML": bodies.printPages[$0.slug] ?? ""] },
            "delayed": delayed, "delayedTotal": rupiahFigure(aggregates.delays.budget, DataPointer.delays("anggaran")),
            "groups": overlapGroups(from: path),
            "overlapCount": countFigure(aggregates.overlaps.pairs.count, DataPointer.overlaps("pasangan")),
            "overlapGroupCount": countFigure(aggregates.overlaps.groups.count, DataPointer.overlaps("kelompok")),
            "groupsShown": min(aggregates.overlaps.groups.count, Self.overlapGroupsShown),
            "hasHiddenGroups": aggregates.overlaps.groups.count > Self.overlapGroupsShown,
            "programs": content.programs.map { programRow($0, from: path) },
            "budget": budgetFigures(aggregates.budget, .overall),
            "programCount": countFigure(aggregates.statusCounts.planned, DataPointer.programs("direncanakan")),
        ]
        if let base = content.config.baseURL { context["siteAddress"] = SiteAddress.absolute(base: base, path: "") }
        // The PDF is titled with the review's title alone (its `Title` in the document information).
        if printsPDF { context["documentTitle"] = content.config.title }
        return context
    }

    /// The print page as the PDF of the report prints it: its table of contents with the page on
    /// which each entry starts (by target id, from the previous printing; see ``ReportPrinter``).
    public func printPage(tocPages: [String: Int]) throws -> String {
        var renderer = self
        renderer.tocPages = tocPages
        renderer.printsPDF = true
        switch renderer.renderPage(path: Permalink.print, kind: .print) {
        case .success(let file): return String(decoding: file.bytes, as: UTF8.self)
        case .failure(let diagnostic): throw BuildFailure([diagnostic])
        }
    }

    func notFoundContext() -> [String: Any] {
        // A 404 page is served at any address, so its links cannot be relative:
        // they start at `base_url` when it is set, else at the server root.
        let base = Self.serverRoot(content.config)
        return ["pageTitle": "Halaman tidak ditemukan", "description": "Halaman tidak ditemukan",
                "breadcrumbs": [[String: Any]](), "isHome": true, "siteRoot": base,
                "root": base, "homeURL": base + Permalink.home]
    }

    /// `robots.txt` always; `sitemap.xml` when `base_url` is set (a sitemap needs absolute addresses).
    func publishingFiles() -> [OutputFile] {
        var robots = "User-agent: *\nAllow: /\n"
        var files: [OutputFile] = []
        if let base = content.config.baseURL {
            robots += "Sitemap: \(SiteAddress.absolute(base: base, path: "sitemap.xml"))\n"
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            var paths = pages().map(\.path).filter { $0 != Permalink.notFound }
            for archived in archives {
                let site = SiteRenderer(archived: archived, templates: templates, siteBaseURL: base)
                paths += site.pages().map { Permalink.archive(archived.year) + $0.path }
            }
            for path in paths.sorted() {
                xml += "  <url><loc>\(HTML.escape(SiteAddress.absolute(base: base, path: path)))</loc></url>\n"
            }
            xml += "</urlset>\n"
            files.append(OutputFile(path: "sitemap.xml", bytes: Array(xml.utf8)))
        }
        files.append(OutputFile(path: "robots.txt", bytes: Array(robots.utf8)))
        return files
    }
}
