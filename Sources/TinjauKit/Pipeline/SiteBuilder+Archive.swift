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
        var folder = options.contentDirectory
        while folder.hasSuffix("/") && folder.count > 1 { folder.removeLast() }
        let path = folder + "/" + ArchiveCodec.relativePath(year: year)
        let exists = fileSystem.isFile(path)
        if exists && !overwrite {
            throw BuildFailure(analysis.diagnostics + [Diagnostic(.error, "archive.exists", at: SourceLocation(path: path),
                "review \(year) sudah diarsipkan di `\(path)`; arsip tidak pernah diubah diam-diam",
                hint: "arsip yang sudah diterbitkan sebaiknya tidak diganti; bila review \(year) memang dikoreksi sebelum diterbitkan, jalankan `tinjau arsip --timpa`. Untuk review berikutnya, ubah `tahun_review` di `tinjau.yml`",
                en: "the \(year) review is already archived in `\(path)`; archives are never changed silently",
                hintEN: "a published archive should not be replaced; if the \(year) review really was corrected before publication, run `tinjau arsip --timpa`. For the next review, change `tahun_review` in `tinjau.yml`")])
        }
        let snapshot = ReviewSnapshot(content: analysis.content, aggregates: analysis.aggregates, bodies: analysis.bodies)
        let bytes: [UInt8]
        do {
            bytes = try ArchiveCodec.encode(snapshot)
            try fileSystem.write(bytes, to: path)
        } catch {
            let reason = IOErrorText.describe(error)
            throw BuildFailure(analysis.diagnostics + [Diagnostic(.error, "archive.write", at: SourceLocation(path: path),
                "arsip tidak dapat ditulis (\(reason.id))", hint: "periksa izin tulis folder konten",
                en: "the archive cannot be written (\(reason.en))", hintEN: "check the content folder's write permissions")])
        }
        return ArchiveReport(path: path, year: year, programCount: analysis.content.programs.count, bytes: bytes.count, replaced: exists,
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
