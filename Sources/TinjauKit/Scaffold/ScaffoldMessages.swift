/// The messages of `tinjau new` (docs/errors.md, "New files").
extension DiagnosticMessage {
    /// `new.opd-missing`: the OPD `opd` has no `folder/_index.md`.
    static func newProgramWithoutOPD(_ opd: String, folder: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .newOpdMissing, "OPD `\(opd)` belum ada (tidak ada `\(folder)/_index.md`)",
            en: "OPD `\(opd)` does not exist (there is no `\(folder)/_index.md`)",
            hint: "buat OPD-nya dulu: `tinjau new opd \(opd) \"Nama lengkap OPD\"`, atau periksa ejaan slug OPD",
            hintEN: "create the OPD first: `tinjau new opd \(opd) \"Full OPD name\"`, or check the OPD slug's spelling")
    }

    /// `new.title-slug`: the title `title` gives no file name.
    static func titleWithoutSlug(_ title: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .newTitleSlug, "judul `\(title)` tidak menghasilkan nama berkas yang sah", en: "title `\(title)` gives no valid file name",
            hint: "pakai judul dengan huruf latin atau angka", hintEN: "use a title with Latin letters or digits")
    }

    /// `new.opd-slug`: `slug` is not a valid OPD slug.
    static func newOPDSlug(_ slug: String) -> DiagnosticMessage {
        let example = Slug.make(slug).isEmpty ? "dinas-baru" : Slug.make(slug)
        return DiagnosticMessage(
            .newOpdSlug, "`\(slug)` bukan slug OPD yang sah", en: "`\(slug)` is not a valid OPD slug",
            hint: "pakai huruf kecil, angka dan tanda minus, misalnya `\(example)`",
            hintEN: "use lower-case letters, digits and hyphens, for example `\(example)`")
    }

    /// `new.exists`: `path` exists already.
    static func newFileExists(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .newExists, "`\(path)` sudah ada; tinjau tidak menimpa berkas yang ada",
            en: "`\(path)` already exists; tinjau does not overwrite existing files",
            hint: "sunting berkas itu, atau pilih judul/slug lain", hintEN: "edit that file, or choose another title/slug")
    }

    /// `new.write`: the new file could not be written (`reason`).
    static func newFileNotWritten(_ reason: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .newWrite, "berkas tidak dapat ditulis (\(reason.id))", en: "the file cannot be written (\(reason.en))",
            hint: "periksa izin tulis folder konten", hintEN: "check the content folder's write permissions")
    }
}
