import Yams

/// `dimensi.yml`: names, descriptions and elements that replace the built-in dimensions'.
extension ContentParser {
    func parseDimensions(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> [Dimension] {
        var dimensions = Dimension.builtIn
        guard
            case .success(let source) = SourceText.decode(file.bytes, path: file.path).mapError({ d -> Diagnostic in
                diagnostics.append(d)
                return d
            })
        else { return dimensions }
        let composed = compose(source.text, path: file.path, lineOffset: 0, into: &diagnostics)
        guard composed.ok, let node = composed.node else { return dimensions }
        let r = YAMLReader(
            node: node, path: file.path, lineOffset: 0, lines: composed.lines, what: "dimensi.yml", whatEN: "dimensi.yml",
            place: "di `dimensi.yml`", placeEN: "to `dimensi.yml`", example: "governance:")
        defer { diagnostics += r.diagnostics }
        for index in dimensions.indices {
            let id = dimensions[index].id
            guard let dimNode = r.node(id.rawValue) else { continue }
            let d = r.child(
                dimNode, what: "dimensi `\(id.rawValue)`", whatEN: "dimension `\(id.rawValue)`",
                place: "di bawah `\(id.rawValue):` dalam `dimensi.yml` (menjorok dua spasi)",
                placeEN: "under `\(id.rawValue):` in `dimensi.yml` (indented by two spaces)", example: "nama: Smart Governance")
            let name = d.string("nama")
            let short = d.string("nama_pendek")
            if let name {
                // Charts show the short name: a new name without `nama_pendek` replaces the built-in short one too.
                dimensions[index].name = name
                dimensions[index].shortName = short ?? name
            } else if let short {
                dimensions[index].shortName = short
            }
            if let description = d.string("deskripsi") { dimensions[index].description = description }
            let elementNodes = d.mappings("elemen")
            if d.node("elemen") != nil {
                var elements: [Element] = []
                for elementNode in elementNodes {
                    let e = d.child(
                        elementNode, what: "elemen", whatEN: "an element",
                        place: "di elemen ini (butir `elemen` dimensi `\(id.rawValue)` dalam `dimensi.yml`)",
                        placeEN: "to this element (an item of `elemen` of dimension `\(id.rawValue)` in `dimensi.yml`)",
                        example: "slug: layanan-publik")
                    let slugText = e.string("slug", required: true, freeText: false)
                    let nameText = e.string("nama", required: true)
                    if let slug = slugText, let name = nameText {
                        if !Slug.isValid(slug) {
                            e.report(
                                .error, "dimension.element-slug", at: e.node("slug"), "slug elemen `\(slug)` tidak sah",
                                hint: "pakai huruf kecil, angka dan tanda minus, misalnya `\(Slug.make(slug))`",
                                en: "element slug `\(slug)` is not valid",
                                hintEN: "use lower-case letters, digits and hyphens, for example `\(Slug.make(slug))`")
                        } else if elements.contains(where: { $0.slug == slug }) {
                            e.report(
                                .error, "dimension.element-duplicate", at: e.node("slug"), "elemen `\(slug)` ditulis dua kali",
                                hint: "hapus salah satunya",
                                en: "element `\(slug)` is written twice", hintEN: "remove one of them")
                        } else {
                            elements.append(Element(slug: slug, name: name))
                        }
                    }
                    e.reportUnknownKeys(known: ["slug", "nama"], what: "elemen", whatEN: "an element")
                    d.append(e.diagnostics)
                }
                if !elements.isEmpty { dimensions[index].elements = elements }
            }
            d.reportUnknownKeys(
                known: ["nama", "nama_pendek", "deskripsi", "elemen"], what: "dimensi `\(id.rawValue)`",
                whatEN: "dimension `\(id.rawValue)`")
            r.append(d.diagnostics)
        }
        r.reportUnknownKeys(known: DimensionID.allCases.map(\.rawValue), what: "dimensi.yml", whatEN: "dimensi.yml")
        return dimensions
    }
}
