import Foundation

/// The extras of a build (``SiteExtras``): the search index, the link-preview images and the PDF,
/// made after the pages with programs outside tinjau and written through the same writer session.
extension SiteBuilder {
    /// The programs found for the extras a build asked for, and what the site will therefore have.
    struct Extras {
        /// What the pages show and link.
        var features = SiteFeatures()
        /// The running search indexer.
        var indexer: (any SearchIndexing)?
        /// The rasteriser of the preview images.
        var rasteriser: (any SVGRasterising)?
        /// The printer of the PDF.
        var printer: (any PDFPrinting)?
        /// A warning for every extra whose program is missing (the build goes on without it), and a
        /// note when preview images cannot be announced (no `base_url`).
        var diagnostics: [Diagnostic] = []

        /// Looks up the programs of `options.extras` with `tools` (and starts the search indexer).
        /// - Throws: ``BuildFailure`` when a program is found but fails to start.
        init(_ options: BuildOptions, analysis: Analysis, tools: PublishingTools) throws {
            let output = SourceLocation(path: options.outputDirectory)
            if options.extras.search {
                if let indexer = try tools.searchIndexer() {
                    self.indexer = indexer
                    features.search = true
                } else {
                    diagnostics.append(Diagnostic(.pagefindMissing(pinned: PagefindIndexer.pinnedVersion), at: output))
                }
            }
            if options.extras.previewImages {
                if let rasteriser = tools.rasteriser() {
                    self.rasteriser = rasteriser
                    features.previewImages = true
                    if analysis.content.config.baseURL == nil {
                        diagnostics.append(
                            Diagnostic(
                                .previewsWithoutBaseURL(folder: PreviewImages.folder), at: SourceLocation(path: analysis.content.config.sourcePath)))
                    }
                } else {
                    diagnostics.append(Diagnostic(.rsvgMissing, at: output))
                }
            }
            if options.extras.pdf {
                if let printer = tools.printer() {
                    self.printer = printer
                    features.pdf = true
                } else {
                    diagnostics.append(Diagnostic(.chromiumMissing, at: output))
                }
            }
        }
    }

    /// What the extras made: a line per extra for the summary, and their warnings.
    struct Made {
        var lines: [String] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Renders the site and its extras, handing every file to `emit`: the pages a batch at a time
    /// (each searched page also goes to the indexer), the assets and data, then the preview images,
    /// the search index and the PDF.
    /// With `reuse`, pages the output already holds unchanged are handed over as kept files
    /// (``OutputFile/kept(_:)``) instead of being rendered.
    /// - Throws: ``BuildFailure`` from the renderer, an extra that fails, or `emit`.
    func publish(
        _ analysis: Analysis, _ options: BuildOptions, extras: Extras, reuse: PageReuse? = nil,
        emit: ([OutputFile]) throws -> Void
    ) throws -> Made {
        var renderer = SiteRenderer(analysis, features: extras.features)
        renderer.reuse = reuse
        renderer.inputs = analysis.inputs
        let searched = extras.indexer == nil ? [] : SiteRenderer.searchedPaths(analysis.content)
        try renderer.render { files in
            if let indexer = extras.indexer {
                for file in files where searched.contains(file.path) { try indexer.add(path: file.path, html: file.materialised().bytes) }
            }
            try emit(files)
        }
        var made = Made()
        if let rasteriser = extras.rasteriser {
            // Every edition's cards, each in its language (`pratinjau/en/` for English).
            let cards = renderer.previewCards() + renderer.editions.dropFirst().flatMap { renderer.rendering($0).previewCards() }
            let images = try PreviewImages.render(cards, with: rasteriser)
            try emit(images)
            made.lines.append("\(images.count) gambar pratinjau di \(PreviewImages.folder)/ (\(rasteriser.name))")
        }
        if let indexer = extras.indexer {
            let files = try indexer.finish()
            try emit(files)
            made.lines.append("indeks pencarian: \(indexer.pageCount) halaman, \(files.count) berkas di \(PagefindIndexer.folder)/ (\(indexer.name))")
        }
        if let printer = extras.printer {
            let config = analysis.content.config
            let name = ReportPrinter.fileName(year: config.reviewYear)
            var failure: BuildFailure?
            let printed = try ReportPrinter.print(
                page: { numbers in
                    do { return try renderer.printPage(tocPages: numbers) } catch let error as BuildFailure {
                        failure = error
                        return ""
                    } catch { return "" }
                }, assets: analysis.templates.assets.map { OutputFile(path: $0.path, bytes: $0.bytes) }, baseURL: config.baseURL,
                date: ReportPrinter.documentDate(config), printer: printer, fileName: name)
            if let failure { throw failure }
            try emit([OutputFile(path: name, bytes: printed.pdf)])
            made.diagnostics += printed.diagnostics
            made.lines.append("\(name): \(IndonesianFormat.integer(printed.pdf.count / 1024)) KB, dicetak \(printed.passes)× (\(printer.name))")
        }
        return made
    }
}
