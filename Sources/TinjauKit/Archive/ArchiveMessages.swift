/// The messages of the archive reader (docs/errors.md, "Archives").
extension DiagnosticMessage {
    /// The hint of every problem of an archive on disk: restore the committed `path`.
    private static func restore(_ path: String) -> Bilingual {
        Bilingual(
            "arsip ditulis oleh `tinjau arsip` dan tidak disunting dengan tangan; kembalikan versi yang sudah di-commit: `git checkout -- \(path)`",
            en: "archives are written by `tinjau arsip` and not edited by hand; restore the committed version: `git checkout -- \(path)`")
    }

    /// `archive.syntax`: the archive `path` is not UTF-8.
    static func archiveNotUTF8(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveSyntax, Bilingual("arsip `\(path)` bukan teks UTF-8", en: "archive `\(path)` is not UTF-8 text"), hint: restore(path))
    }

    /// `archive.syntax`: the archive `path` is not JSON: `expected` was expected here.
    static func archiveNotJSON(_ path: String, expected: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveSyntax,
            Bilingual(
                "arsip bukan JSON yang sah: di sini seharusnya \(expected.id)", en: "the archive is not valid JSON: \(expected.en) was expected here"),
            hint: restore(path))
    }

    /// `archive.structure`: the archive `path` has no valid `schemaVersion`.
    static func archiveWithoutVersion(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveStructure,
            Bilingual(
                "arsip tidak memuat `schemaVersion` yang sah (bilangan bulat mulai 1)",
                en: "the archive has no valid `schemaVersion` (a whole number from 1)"),
            hint: restore(path))
    }

    /// `archive.structure`: a value of the archive `path` cannot be read: at `place` (a JSON path such
    /// as `programs[3].status`, empty for the whole file), `problem`.
    static func archiveUnreadable(_ path: String, at place: String, _ problem: Bilingual) -> DiagnosticMessage {
        let at = place.isEmpty ? Bilingual("", en: "") : Bilingual(" di `\(place)`", en: " at `\(place)`")
        return DiagnosticMessage(
            .archiveStructure,
            Bilingual("arsip tidak dapat dibaca\(at.id): \(problem.id)", en: "the archive cannot be read\(at.en): \(problem.en)"), hint: restore(path)
        )
    }

    /// `archive.newer`: the archive was written by tinjau `writer` in format `version`, newer than
    /// this tinjau reads (`readable`).
    static func archiveNewer(writer: String, version: Int, readable: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveNewer,
            "arsip ini ditulis oleh tinjau \(writer) dengan format versi \(version); tinjau \(TinjauVersion.current) hanya membaca format sampai versi \(readable)",
            en:
                "this archive was written by tinjau \(writer) in format version \(version); tinjau \(TinjauVersion.current) reads formats up to version \(readable)",
            hint: "perbarui tinjau ke versi \(writer) atau yang lebih baru; jangan membuat ulang arsip dengan tinjau yang lebih lama",
            hintEN: "update tinjau to version \(writer) or later; do not re-create the archive with an older tinjau")
    }

    /// `archive.year`: the archive `path`, named for `year`, holds the review of `written` (`nil`: none).
    static func archiveYearMismatch(_ path: String, year: Int, written: Int?) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveYear, "arsip `\(path)` berisi review tahun \(written.map(String.init) ?? "tidak ada"), bukan \(year) seperti nama berkasnya",
            en: "archive `\(path)` holds the review of \(written.map(String.init) ?? "no year"), not \(year) as its file name says",
            hint: "nama berkas arsip adalah tahun review di dalamnya; kembalikan nama berkas `arsip/\(written ?? year).json`",
            hintEN: "an archive's file name is the year of the review in it; give it back its name `arsip/\(written ?? year).json`")
    }

    /// `archive.year`: the archive `path`, named for `year`, stores `tahun_review` `stored`.
    static func archiveReviewYearMismatch(_ path: String, year: Int, stored: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveYear,
            Bilingual(
                "arsip `\(path)` menyimpan `tahun_review` \(stored), bukan \(year)",
                en: "archive `\(path)` stores `tahun_review` \(stored), not \(year)"),
            hint: restore(path))
    }
}
