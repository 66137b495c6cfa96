/// The messages of the commands built on the pipeline: `tinjau arsip` (docs/errors.md, "Archives")
/// and `tinjau serve` (docs/errors.md, "Preview server").
extension DiagnosticMessage {
    /// `archive.exists`: the review of `year` is already archived in `path`.
    static func archiveExists(_ path: String, year: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveExists, "review \(year) sudah diarsipkan di `\(path)`; arsip tidak pernah diubah diam-diam",
            en: "the \(year) review is already archived in `\(path)`; archives are never changed silently",
            hint:
                "arsip yang sudah diterbitkan sebaiknya tidak diganti; bila review \(year) memang dikoreksi sebelum diterbitkan, jalankan `tinjau arsip --timpa`. Untuk review berikutnya, ubah `tahun_review` di `tinjau.yml`",
            hintEN:
                "a published archive should not be replaced; if the \(year) review really was corrected before publication, run `tinjau arsip --timpa`. For the next review, change `tahun_review` in `tinjau.yml`"
        )
    }

    /// `archive.write`: the archive could not be written (`reason`).
    static func archiveNotWritten(_ reason: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveWrite, "arsip tidak dapat ditulis (\(reason.id))", en: "the archive cannot be written (\(reason.en))",
            hint: "periksa izin tulis folder konten", hintEN: "check the content folder's write permissions")
    }

    /// `serve.build`: a rebuild of `tinjau serve` failed with an `error` that is not a diagnostic.
    public static func serveBuildFailed(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(.serveBuild, "build gagal: \(error)", en: "the build failed: \(error)")
    }
}
