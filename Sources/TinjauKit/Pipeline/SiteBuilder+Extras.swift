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
                    diagnostics.append(Diagnostic(.warning, "search.pagefind-missing", at: output,
                        "Pagefind tidak ditemukan; situs dibangun tanpa pencarian (`--search`)",
                        hint: "pasang dengan `python3 -m pip install 'pagefind[bin]==\(PagefindIndexer.pinnedVersion)'` (atau jalankan `make site`), "
                            + "atau tunjuk biner Pagefind dengan PAGEFIND_BINARY_PATH",
                        en: "Pagefind was not found; the site is built without search (`--search`)",
                        hintEN: "install it with `python3 -m pip install 'pagefind[bin]==\(PagefindIndexer.pinnedVersion)'` (or run `make site`), "
                            + "or name the Pagefind binary with PAGEFIND_BINARY_PATH"))
                }
            }
            if options.extras.previewImages {
                if let rasteriser = tools.rasteriser() {
                    self.rasteriser = rasteriser
                    features.previewImages = true
                    if analysis.content.config.baseURL == nil {
                        diagnostics.append(Diagnostic(.note, "preview.no-base-url", at: SourceLocation(path: analysis.content.config.sourcePath),
                            "gambar pratinjau tautan dibuat di `\(PreviewImages.folder)/`, tetapi halaman belum menyebutnya: Open Graph memerlukan alamat lengkap",
                            hint: "isi `base_url` di tinjau.yml dengan alamat publik situs agar pratinjau tautan di aplikasi pesan menampilkan gambarnya",
                            en: "link-preview images are made in `\(PreviewImages.folder)/`, but the pages do not name them yet: Open Graph needs absolute addresses",
                            hintEN: "set `base_url` in tinjau.yml to the site's public address so that link previews in messaging apps show the images"))
                    }
                } else {
                    diagnostics.append(Diagnostic(.warning, "preview.rsvg-missing", at: output,
                        "`rsvg-convert` tidak ditemukan; situs dibangun tanpa gambar pratinjau tautan (`--preview-images`)",
                        hint: "pasang paket Debian `librsvg2-bin` (`apt-get install librsvg2-bin`), atau tunjuk programnya dengan TINJAU_RSVG_CONVERT",
                        en: "`rsvg-convert` was not found; the site is built without link-preview images (`--preview-images`)",
                        hintEN: "install the Debian package `librsvg2-bin` (`apt-get install librsvg2-bin`), or name the program with TINJAU_RSVG_CONVERT"))
                }
            }
            if options.extras.pdf {
                if let printer = tools.printer() {
                    self.printer = printer
                    features.pdf = true
                } else {
                    diagnostics.append(Diagnostic(.warning, "pdf.chromium-missing", at: output,
                        "Chromium tidak ditemukan; situs dibangun tanpa PDF laporan (`--pdf`)",
                        hint: "pasang paket Debian `chromium` dan `poppler-utils` (`apt-get install chromium poppler-utils`), atau tunjuk Chromium atau Google Chrome dengan TINJAU_CHROMIUM",
                        en: "Chromium was not found; the site is built without the report's PDF (`--pdf`)",
                        hintEN: "install the Debian packages `chromium` and `poppler-utils` (`apt-get install chromium poppler-utils`), or name Chromium or Google Chrome with TINJAU_CHROMIUM"))
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
    /// - Throws: ``BuildFailure`` from the renderer, an extra that fails, or `emit`.
    func publish(_ analysis: Analysis, _ options: BuildOptions, extras: Extras, emit: ([OutputFile]) throws -> Void) throws -> Made {
        let renderer = SiteRenderer(analysis, features: extras.features)
        let searched = extras.indexer == nil ? [] : SiteRenderer.searchedPaths(analysis.content)
        try renderer.render { files in
            if let indexer = extras.indexer {
                for file in files where searched.contains(file.path) { try indexer.add(path: file.path, html: file.bytes) }
            }
            try emit(files)
        }
        var made = Made()
        if let rasteriser = extras.rasteriser {
            let images = try PreviewImages.render(renderer.previewCards(), with: rasteriser)
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
            let printed = try ReportPrinter.print(page: { numbers in
                do { return try renderer.printPage(tocPages: numbers) } catch let error as BuildFailure { failure = error; return "" } catch { return "" }
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
