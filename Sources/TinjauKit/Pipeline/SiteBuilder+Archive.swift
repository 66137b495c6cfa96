/// `tinjau arsip`: freezes the current review into `content/arsip/<year>.json`.
extension SiteBuilder {
    /// What `tinjau arsip` wrote.
    public struct ArchiveReport: Sendable {
        /// The archive's path (`content/arsip/2020.json`).
        public var path: String
        /// The review year archived.
        public var year: Int
        /// Programmes in the archive.
        public var programCount: Int
        /// The archive's size in bytes.
        public var bytes: Int
        /// Whether an existing archive was replaced (`--timpa`).
        public var replaced: Bool
        /// Warnings of the review (errors make the archiving throw instead).
        public var diagnostics: [Diagnostic]
    }

    /// Runs every stage up to the Markdown bodies (as `tinjau check` does) and writes the review's
    /// snapshot (``ReviewSnapshot``) to `<content>/arsip/<tahun_review>.json`, byte for byte the same
    /// for the same review.
    /// - Parameters:
    ///   - overwrite: replace an existing archive of the same year (`--timpa`); without it an existing
    ///     archive is never touched (`archive.exists`).
    ///   - failOnWarnings: when `true` (`--strict`), warnings stop it before anything is written.
    /// - Throws: ``BuildFailure`` with every diagnostic when the review has errors (or warnings with
    ///   `failOnWarnings`), when the archive exists and `overwrite` is `false`, or when it cannot be
    ///   written (`archive.write`).
    public func archive(_ options: BuildOptions, overwrite: Bool = false, failOnWarnings: Bool = false) throws -> ArchiveReport {
        let analysis = try analyse(options)
        if failOnWarnings && analysis.diagnostics.contains(where: { $0.severity == .warning }) { throw BuildFailure(analysis.diagnostics) }
        let year = analysis.content.config.reviewYear
        let path = Paths.trimmed(options.contentDirectory) + "/" + ArchiveCodec.relativePath(year: year)
        let exists = fileSystem.isFile(path)
        if exists && !overwrite {
            throw BuildFailure(analysis.diagnostics + [Diagnostic(.archiveExists(path, year: year), at: SourceLocation(path: path))])
        }
        let snapshot = ReviewSnapshot(content: analysis.content, aggregates: analysis.aggregates, bodies: analysis.bodies)
        let bytes: [UInt8]
        do {
            bytes = try ArchiveCodec.encode(snapshot)
            try fileSystem.write(bytes, to: path)
        } catch {
            throw BuildFailure(
                analysis.diagnostics + [Diagnostic(.archiveNotWritten(Bilingual(IOErrorText.describe(error))), at: SourceLocation(path: path))])
        }
        return ArchiveReport(
            path: path, year: year, programCount: analysis.content.programs.count, bytes: bytes.count, replaced: exists,
            diagnostics: analysis.diagnostics)
    }

    /// The bytes `tinjau arsip` would write for the review in `options.contentDirectory` (tests, and
    /// checking that a committed archive is still what the review gives).
    /// - Throws: ``BuildFailure`` when the review has errors.
    public func snapshotBytes(_ options: BuildOptions) throws -> [UInt8] {
        let analysis = try analyse(options)
        return try ArchiveCodec.encode(ReviewSnapshot(content: analysis.content, aggregates: analysis.aggregates, bodies: analysis.bodies))
    }
}
