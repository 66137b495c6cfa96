/// `cetak/index.html` (`print.mustache`): the whole review on one printable page (summary, dimensions,
/// findings, every programme), also what the PDF of the report prints (``SiteRenderer/printPage(tocPages:)``).
struct PrintPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The review's title as a CSS string, for the running header of printed pages.
    var runningHeaderCSS: String
    /// The table of contents; with page numbers when printed to PDF.
    var toc: [TocEntry]
    /// Marks the print page.
    let isPrint = true
    /// The radar chart.
    var radarSVG: String
    /// A row per dimension.
    var dimensionTable: [DimensionRow]
    /// The overall score.
    var overall: ScoreFigures
    /// The scoring method in words.
    var method: MethodSummary
    /// The maturity bands.
    var bands: [BandRow]
    /// Each dimension with its elements and programmes.
    var dimensions: [PrintDimension]
    /// The narrative pages, their bodies rendered for this page.
    var pages: [PrintNarrative]
    /// The delayed programmes and their budget.
    var delayed: RowList<DelayReasonRow>, delayedTotal: Figure
    /// The groups of overlapping programmes, pairs and groups in all, groups shown and whether some are left out.
    var groups: [OverlapGroupRow], overlapCount: Figure, overlapGroupCount: Figure, groupsShown: Int, hasHiddenGroups: Bool
    /// Every programme.
    var programs: RowList<ProgramRow>
    /// The budget totals.
    var budget: BudgetFigures
    /// Programmes planned.
    var programCount: Figure
    /// The site's public address, when `base_url` is set.
    var siteAddress: String?
    /// The PDF's title (the review's title alone), only when printing the PDF.
    var documentTitle: String?

    static let fields: [String: TemplateField<PrintPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "runningHeaderCSS": .init(\.runningHeaderCSS), "toc": .init(\.toc),
        "isPrint": .init(\.isPrint), "radarSVG": .init(\.radarSVG), "dimensionTable": .init(\.dimensionTable), "overall": .init(\.overall),
        "method": .init(\.method), "bands": .init(\.bands), "dimensions": .init(\.dimensions), "pages": .init(\.pages), "delayed": .init(\.delayed),
        "delayedTotal": .init(\.delayedTotal), "groups": .init(\.groups), "overlapCount": .init(\.overlapCount),
        "overlapGroupCount": .init(\.overlapGroupCount), "groupsShown": .init(\.groupsShown), "hasHiddenGroups": .init(\.hasHiddenGroups),
        "programs": .init(\.programs), "budget": .init(\.budget), "programCount": .init(\.programCount), "siteAddress": .init(\.siteAddress),
        "documentTitle": .init(\.documentTitle),
    ]
}

/// An entry of the print page's table of contents.
struct TocEntry: TemplateModel {
    /// The target's id and the entry's label.
    var id: String, label: String
    /// The page it starts on (PDF only; else empty).
    var page: String, hasPage: Bool
    /// Its sub-entries.
    var children: [TocEntry], hasChildren: Bool

    static let fields: [String: TemplateField<TocEntry>] = [
        "id": .init(\.id), "label": .init(\.label), "page": .init(\.page), "hasPage": .init(\.hasPage), "children": .init(\.children),
        "hasChildren": .init(\.hasChildren),
    ]
}

/// A dimension on the print page: its score, its elements' and its programmes.
struct PrintDimension: TemplateModel {
    /// Its name, id and the framework's name.
    var name: String, id: String, smartName: String
    /// Its elements with their scores.
    var elements: [ElementScoreRow]
    /// Its programmes, in content order.
    var programs: RowList<ProgramRow>
    /// Its score.
    var score: ScoreFigures

    static let fields = merged(
        ["name": .init(\.name), "id": .init(\.id), "smartName": .init(\.smartName), "elements": .init(\.elements), "programs": .init(\.programs)],
        embedding: embedding(\.score))
}

/// An element with its score (the print page).
struct ElementScoreRow: TemplateModel {
    /// The element's name.
    var name: String
    /// Its score.
    var score: ScoreFigures

    static let fields = merged(["name": .init(\.name)], embedding: embedding(\.score))
}

/// A narrative page on the print page.
struct PrintNarrative: TemplateModel {
    /// Its title, slug and body (rendered with links for this page).
    var title: String, slug: String, bodyHTML: String

    static let fields: [String: TemplateField<PrintNarrative>] = ["title": .init(\.title), "slug": .init(\.slug), "bodyHTML": .init(\.bodyHTML)]
}

/// A delayed programme with its reason (the print page).
struct DelayReasonRow: TemplateModel {
    /// The programme.
    var program: ProgramRow
    /// Why it is delayed.
    var reason: String

    static let fields = merged(["reason": .init(\.reason)], embedding: embedding(\.program))
}

extension SiteRenderer {
    func printPage() -> PrintPage {
        let path = Permalink.print
        // Rows are made as the template reads them (``RowList``): this page lists every programme twice.
        let programs = content.programs
        var byDimension: [DimensionID: [Int]] = [:]
        for (index, program) in programs.enumerated() { byDimension[program.dimension, default: []].append(index) }
        let dimensions = content.dimensions.map { dimension in
            let scores = aggregates.elements[dimension.id] ?? [:]
            return PrintDimension(
                name: dimension.name, id: dimension.id.rawValue, smartName: smartName(of: dimension),
                elements: dimension.elements.map { element in
                    ElementScoreRow(name: element.name, score: scoreFigures(scores[element.slug], .element(dimension.id, element.slug)))
                },
                programs: RowList(byDimension[dimension.id] ?? []) { [self] in programRow(programs[$0], from: path) },
                score: scoreFigures(aggregates.dimensions[dimension.id], .dimension(dimension.id)))
        }
        let delayed = RowList(aggregates.delays.programs.compactMap { content.position(ofProgram: $0) }) { [self] index in
            let p = programs[index]
            return DelayReasonRow(program: programRow(p, from: path), reason: p.delayReason ?? texts.text("pages_print.tidak_disebutkan"))
        }
        func entry(_ id: String, _ label: String, _ children: [TocEntry] = []) -> TocEntry {
            let page = tocPages[id]
            return TocEntry(
                id: id, label: label, page: page.map(String.init) ?? "", hasPage: page != nil, children: children,
                hasChildren: !children.isEmpty)
        }
        let toc = [
            entry("ringkasan", texts.text("pages_print.1_ringkasan")),
            entry("dimensi", texts.text("pages_print.2_dimensi"), content.dimensions.map { entry("dimensi-\($0.id.rawValue)", $0.name) }),
            entry(
                "temuan", texts.text("pages_print.3_temuan_dan_rekomendasi"),
                content.pages.map { entry("halaman-\($0.slug)", $0.title) }
                    + [
                        entry("tertunda", texts.text("pages_print.program_tertunda")),
                        entry("mirip", texts.text("pages_print.program_yang_mirip_antar")),
                    ]),
            entry("lampiran", texts.text("pages_print.lampiran_daftar_program")),
        ]
        return PrintPage(
            pageTitle: texts.text("pages_print.laporan_lengkap_cetak"),
            metaDescription:
                texts.text("pages_print.seluruh_laporan_dalam_satu", ["title": "\(content.config.title)"]),
            breadcrumbs: crumbs(path, [(texts.text("pages_print.laporan_lengkap"), nil)]),
            runningHeaderCSS: CSS.string(content.config.title),
            toc: toc,
            radarSVG: charts.radar(id: "cetak-radar").svg,
            dimensionTable: dimensionRows(from: path) { (aggregates.dimensions[$0.id], .dimension($0.id)) },
            overall: scoreFigures(aggregates.overall, .overall),
            method: methodSummary(),
            bands: bandRows(),
            dimensions: dimensions,
            pages: content.pages.map { PrintNarrative(title: $0.title, slug: $0.slug, bodyHTML: bodies.printPages[$0.slug] ?? "") },
            delayed: delayed, delayedTotal: rupiahFigure(aggregates.delays.budget, DataPointer.delays("anggaran")),
            groups: overlapGroups(from: path),
            overlapCount: countFigure(aggregates.overlaps.pairs.count, DataPointer.overlaps("pasangan")),
            overlapGroupCount: countFigure(aggregates.overlaps.groups.count, DataPointer.overlaps("kelompok")),
            groupsShown: min(aggregates.overlaps.groups.count, Self.overlapGroupsShown),
            hasHiddenGroups: aggregates.overlaps.groups.count > Self.overlapGroupsShown,
            programs: RowList(programs) { [self] in programRow($0, from: path) },
            budget: budgetFigures(aggregates.budget, .overall),
            programCount: countFigure(aggregates.statusCounts.planned, DataPointer.programs("direncanakan")),
            siteAddress: content.config.baseURL.map { SiteAddress.absolute(base: $0, path: "") },
            // The PDF is titled with the review's title alone (its `Title` in the document information).
            documentTitle: printsPDF ? content.config.title : nil)
    }
}
