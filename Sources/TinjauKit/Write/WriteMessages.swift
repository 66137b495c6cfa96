/// The messages of the writer and of the folder checks before it (docs/errors.md, "Output").
extension DiagnosticMessage {
    /// `output.overlaps-source`: the output folder `output` is, holds or is inside the source folder
    /// `folder` (`templates`: the theme folder, else the content folder).
    static func outputOverlapsSource(_ output: String, folder: String, templates: Bool) -> DiagnosticMessage {
        let name = templates ? Bilingual("templat", en: "templates") : Bilingual("konten", en: "content")
        return DiagnosticMessage(
            .outputOverlapsSource,
            "folder output `\(output)` bertumpang tindih dengan folder \(name.id) `\(folder)`; membangun situs dapat menghapus atau mengotorinya",
            en: "output folder `\(output)` overlaps the \(name.en) folder `\(folder)`; building the site could delete or pollute it",
            hint: "pilih folder output tersendiri di luar folder \(name.id), misalnya `--output output`",
            hintEN: "choose a separate output folder outside the \(name.en) folder, for example `--output output`")
    }

    /// `output.not-folder`: the output `root` is a file.
    static func outputNotFolder(_ root: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .outputNotFolder, "`\(root)` adalah berkas, bukan folder; situs tidak dapat ditulis ke sana",
            en: "`\(root)` is a file, not a folder; the site cannot be written there",
            hint: "pilih nama folder lain dengan `--output`, misalnya `--output output`",
            hintEN: "choose another folder name with `--output`, for example `--output output`")
    }

    /// `output.foreign`: `folder` holds files tinjau did not make.
    static func foreignFolder(_ folder: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .outputForeign, "folder `\(folder)` sudah berisi berkas yang bukan buatan tinjau; tinjau tidak akan menimpa atau menghapusnya",
            en: "folder `\(folder)` already holds files that tinjau did not make; tinjau will not overwrite or delete it",
            hint: "pilih folder lain dengan `--output`, atau kosongkan folder ini sendiri bila memang boleh dihapus",
            hintEN: "choose another folder with `--output`, or empty this folder yourself if it really may be deleted")
    }

    /// `output.unsafe-path`: the output path `path` would leave the output folder.
    static func unsafeOutputPath(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .outputUnsafePath, "jalur keluaran `\(path)` tidak aman (keluar dari folder output); tidak ada yang ditulis",
            en: "output path `\(path)` is unsafe (it leads out of the output folder); nothing was written",
            hint: "ganti nama berkas sumber yang menghasilkan jalur ini", hintEN: "rename the source file that produces this path")
    }

    /// `output.write`: a file of the site could not be written (`reason`).
    static func siteNotWritten(_ reason: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .outputWrite, "situs tidak dapat ditulis (\(reason.id)); situs sebelumnya tidak diubah",
            en: "the site cannot be written (\(reason.en)); the previous site is unchanged",
            hint: "periksa ruang disk dan izin tulis folder", hintEN: "check the free disk space and the folder's write permissions")
    }

    /// `output.write`: writing failed with an `error` that is not an I/O error of the writer's.
    static func outputWriteFailed(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(.outputWrite, "\(error)", en: "\(error)")
    }

    /// `output.swap`: the new site in `staging` could not replace the output (`reason`); the
    /// previous site is in `previous` if there was one.
    /// `output.swap`: an in-place write failed after its first file was renamed into place, so the
    /// output holds part of the new site; its marker records no inputs, so the next build is whole.
    static func sitePartlyReplaced(_ reason: Bilingual) -> DiagnosticMessage {
        DiagnosticMessage(
            .outputSwap, "situs di folder output baru sebagian diperbarui (\(reason.id))",
            en: "the site in the output folder is only partly updated (\(reason.en))",
            hint: "periksa izin tulis dan ruang disk, lalu jalankan `tinjau build` lagi: build berikutnya menulis ulang seluruh situs",
            hintEN: "check the write permissions and the free disk space, then run `tinjau build` again: the next build writes the whole site")
    }

    static func outputNotSwapped(_ reason: Bilingual, staging: String, previous: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .outputSwap, "folder output tidak dapat diganti (\(reason.id))", en: "the output folder cannot be replaced (\(reason.en))",
            hint: "situs baru ada di `\(staging)`, situs sebelumnya di `\(previous)` bila ada; periksa izin tulis",
            hintEN: "the new site is in `\(staging)`, the previous one in `\(previous)` if there was one; check the write permissions")
    }
}
