import Yams

/// `dimensi.yml`: names, descriptions and elements that replace the built-in dimensions'.
extension ContentParser {
    /// The built-in dimensions with what `file` changes; problems go to `log`.
    func parseDimensions(_ file: SourceFile, log: DiagnosticCollector) -> [Dimension] {
        var dimensions = Dimension.builtIn
        guard let r = reader(of: file, .dimensionsFile, log: log) else { return dimensions }
        for index in dimensions.indices {
            let id = dimensions[index].id
            guard let dimNode = r.node(id.rawValue) else { continue }
            let d = r.child(dimNode, .dimension(id))
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
                    let e = d.child(elementNode, .element(of: id))
                    let slugText = e.string("slug", required: true, freeText: false)
                    let nameText = e.string("nama", required: true)
                    if let slug = slugText, let name = nameText {
                        if !Slug.isValid(slug) {
                            e.report(.elementSlug(slug), at: e.node("slug"))
                        } else if elements.contains(where: { $0.slug == slug }) {
                            e.report(.elementTwice(slug), at: e.node("slug"))
                        } else {
                            elements.append(Element(slug: slug, name: name))
                        }
                    }
                    e.reportUnknownKeys()
                }
                if !elements.isEmpty { dimensions[index].elements = elements }
            }
            d.reportUnknownKeys()
        }
        r.reportUnknownKeys()
        return dimensions
    }
}
