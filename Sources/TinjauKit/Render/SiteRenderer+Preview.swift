import Foundation

extension SiteRenderer {
    /// The pages of this review at `paths` (output paths such as `opd/dinkes/sehat/index.html`, an
    /// edition's under its folder: `en/opd/…`), each rendered in full: no page is kept, and nothing
    /// is recorded in ``reuse``. Paths that name no page of the review (an asset, a data file, an
    /// archived review's page, a page that no longer exists) are left out. The bytes are those
    /// ``render(batchSize:emit:)`` writes for the same pages.
    ///
    /// `tinjau serve` renders the pages open in a browser this way before the rest of the site
    /// (``SiteBuilder/build(_:failOnWarnings:force:early:)``), as Hugo's server does in its fast
    /// render mode: the reload then waits for one page, not for ten thousand.
    /// - Throws: ``BuildFailure`` when a template renders to nothing.
    public func renderPages(at paths: Set<String>) throws -> [OutputFile] {
        guard archive == nil, !paths.isEmpty else { return [] }
        var files: [OutputFile] = []
        for edition in editions {
            let wanted = paths.filter { path in
                path.hasPrefix(edition.prefix)
                    // The first edition (no prefix) does not own another edition's folder.
                    && (!edition.prefix.isEmpty || !editions.dropFirst().contains { path.hasPrefix($0.prefix) })
            }
            guard !wanted.isEmpty else { continue }
            var renderer = edition.prefix.isEmpty ? self : rendering(edition)
            renderer.reuse = nil
            let site = renderer
            var pages = site.pages()
            pages.layouts = ProgramListLayouts()
            let kinds = pages.filter { wanted.contains(edition.prefix + $0.path) }
            let rendered = Parallel.map(kinds) { site.renderPage(path: $0.path, kind: $0.kind) }
            for result in rendered {
                switch result {
                case .success(let file): files.append(file.materialised())
                case .failure(let diagnostic): throw BuildFailure([diagnostic])
                }
            }
        }
        return files
    }
}
