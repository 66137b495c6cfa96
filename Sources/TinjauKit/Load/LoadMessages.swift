/// The messages of the loader (docs/errors.md, "Files and folders").
extension DiagnosticMessage {
    /// `content.missing`: the content folder `root` does not exist, or is a file.
    static func contentMissing(_ root: String, isFile: Bool) -> DiagnosticMessage {
        DiagnosticMessage(
            .contentMissing,
            isFile ? "`\(root)` adalah berkas, bukan folder konten" : "folder konten `\(root)` tidak ditemukan",
            en: isFile ? "`\(root)` is a file, not a content folder" : "content folder `\(root)` not found",
            hint: "jalankan tinjau dari folder proyek, atau sebutkan foldernya dengan `--content FOLDER`",
            hintEN: "run tinjau from the project folder, or name the folder with `--content FOLDER`")
    }

    /// `content.unreadable`: listing the content folder failed with `error`.
    static func contentUnreadable(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(
            .contentUnreadable, "folder konten tidak dapat dibaca: \(error)", en: "the content folder cannot be read: \(error)",
            hint: "periksa izin akses folder", hintEN: "check the folder's access permissions")
    }

    /// `path.slug-empty`: the file or folder `name` gives no slug.
    static func slugEmpty(_ name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .pathSlugEmpty, "nama `\(name)` tidak menghasilkan alamat halaman (slug) yang sah",
            en: "the name `\(name)` does not give a valid page address (slug)",
            hint: "ganti nama berkas/folder dengan huruf latin kecil, angka dan tanda minus, misalnya `program-baru.md`",
            hintEN: "rename the file or folder using lower-case Latin letters, digits and hyphens, for example `program-baru.md`")
    }

    /// `path.slug-clash`: `path` and `other` (relative to the content folder) both become `slug`.
    static func slugClash(_ path: String, _ other: String, slug: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .pathSlugClash, "`\(path)` dan `\(other)` menjadi alamat yang sama (`\(slug)`)",
            en: "`\(path)` and `\(other)` become the same address (`\(slug)`)",
            hint: "ganti nama salah satu berkas agar alamatnya berbeda", hintEN: "rename one of the files so that their addresses differ")
    }

    /// `path.symlink`: `path` (relative to the content folder) is a symbolic link.
    static func contentSymlink(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .pathSymlink,
            "`\(path)` adalah tautan simbolik (symlink); tinjau tidak mengikutinya agar tidak membaca berkas di luar folder konten",
            en: "`\(path)` is a symbolic link (symlink); tinjau does not follow it so that it never reads files outside the content folder",
            hint: "salin berkas aslinya ke tempat ini, atau hapus tautannya", hintEN: "copy the original file here, or delete the link")
    }

    /// `opd.index-missing`: the OPD folder `folder` (`opd/<opd>`) has no `_index.md`.
    static func opdIndexMissing(_ folder: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .opdIndexMissing, "folder OPD `\(folder)` tidak memiliki `_index.md`", en: "OPD folder `\(folder)` has no `_index.md`",
            hint: "buat `\(folder)/_index.md` berisi front matter `nama:` (nama lengkap OPD)",
            hintEN: "create `\(folder)/_index.md` with the front matter field `nama:` (the OPD's full name)")
    }

    /// `path.ignored`: the file `path` (relative to the content folder) fits no place of the layout.
    /// The hint depends on where it is and how it is named.
    static func pathIgnored(_ path: String) -> DiagnosticMessage {
        let parts = path.split(separator: "/").map(String.init)
        let name = parts.last ?? path
        let lower = name.lowercased()
        let misnamedEndings = [".md.txt", ".md.md", ".markdown.txt"]
        let hint: Bilingual
        if parts.first == "arsip" {
            hint = Bilingual(
                "folder `arsip/` hanya berisi arsip yang ditulis `tinjau arsip`, bernama `<tahun>.json` (misalnya `arsip/2020.json`)",
                en: "the `arsip/` folder holds only archives written by `tinjau arsip`, named `<year>.json` (for example `arsip/2020.json`)")
        } else if let markdown = misnamedEndings.first(where: { lower.hasSuffix($0) }) {
            // Notepad saves `program.md` as `program.md.txt` unless told otherwise.
            let fixed = String(name.dropLast(markdown.count)) + ".md"
            hint = Bilingual(
                "nama berkas berakhiran `\(name.suffix(markdown.count))`: ganti namanya menjadi `\(fixed)` (di Notepad pilih \"Save as type: All files\" saat menyimpan)",
                en:
                    "the file name ends in `\(name.suffix(markdown.count))`: rename it to `\(fixed)` (in Notepad choose \"Save as type: All files\" when saving)"
            )
        } else if parts.count == 2 && parts[0] == "opd" {
            hint = Bilingual(
                "program ditaruh di folder OPD-nya: `opd/<opd>/\(name)`", en: "a programme goes in the folder of its OPD: `opd/<opd>/\(name)`")
        } else if ["yml", "yaml"].contains(name.split(separator: ".").last.map(String.init) ?? "") && parts.count == 1 {
            hint = Bilingual(
                "berkas pengaturan bernama `tinjau.yml` (dan `dimensi.yml`); ganti namanya jika ini maksudnya",
                en: "the settings files are named `tinjau.yml` (and `dimensi.yml`); rename this file if it is meant to be one of them")
        } else {
            hint = Bilingual(
                "pindahkan ke `opd/<opd>/` (program), `halaman/` (halaman naratif), atau hapus berkas ini",
                en: "move it to `opd/<opd>/` (a programme) or `halaman/` (a narrative page), or delete it")
        }
        let misnamed = misnamedEndings.contains { lower.hasSuffix($0) }
        let text =
            misnamed
            ? Bilingual(
                "berkas `\(path)` tidak dipakai: namanya tidak berakhiran `.md`", en: "file `\(path)` is not used: its name does not end in `.md`")
            : Bilingual(
                "berkas `\(path)` tidak dipakai: tempatnya tidak sesuai susunan folder konten",
                en: "file `\(path)` is not used: its place does not fit the layout of the content folder")
        return DiagnosticMessage(.pathIgnored, text, hint: hint)
    }

    /// `translation.orphan`: `path` (relative to the content folder) is named as a translation into
    /// `language` of `original`, which does not exist or is itself a translation (`lapor.en.en.md`).
    static func translationOrphan(_ path: String, original: String, language: String) -> DiagnosticMessage {
        // `lapor.en.en.md`: the "original" is a translation itself, and a translation of a translation
        // has no page to go to.
        if let (_, first) = ContentLoader.translationName(original.split(separator: "/").last.map(String.init) ?? original) {
            var name = first
            while let (_, inner) = ContentLoader.translationName(name) { name = inner }
            let stem = name.split(separator: ".").dropLast().joined(separator: ".")
            let ext = name.split(separator: ".").last.map(String.init) ?? "md"
            let suggested = stem + "." + language + "." + ext
            return DiagnosticMessage(
                .translationOrphan,
                "berkas `\(path)` bernama seperti terjemahan (bahasa `\(language)`) dari `\(original)`, padahal `\(original)` sendiri terjemahan",
                en: "file `\(path)` is named as a translation (language `\(language)`) of `\(original)`, which is itself a translation",
                hint: "nama terjemahan memuat satu kode bahasa saja, misalnya `\(suggested)`: ganti namanya, atau hapus berkas ini",
                hintEN: "a translation's name holds one language code, for example `\(suggested)`: rename it, or delete this file")
        }
        return DiagnosticMessage(
            .translationOrphan,
            "berkas `\(path)` bernama seperti terjemahan (bahasa `\(language)`) dari `\(original)`, tetapi `\(original)` tidak ada",
            en: "file `\(path)` is named as a translation (language `\(language)`) of `\(original)`, but `\(original)` does not exist",
            hint:
                "terjemahan berada di samping berkas aslinya dengan nama yang sama ditambah kode bahasa: ganti namanya agar sesuai nama berkas aslinya",
            hintEN: "a translation sits beside its original with the same name plus the language code: rename it to match the original's name")
    }

    /// `translation.name`: `path` (relative to the content folder) is named like a translation of
    /// `original` into `language`, but not as tinjau reads one (`lapor-en.md`, `lapor.EN.md`); `expected`
    /// is the name it reads.
    static func translationName(_ path: String, original: String, language: String, expected: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .translationName,
            "berkas `\(path)` tampaknya terjemahan (bahasa `\(language)`) dari `\(original)`, tetapi namanya tidak dibaca sebagai terjemahan",
            en: "file `\(path)` looks like a translation (language `\(language)`) of `\(original)`, but its name is not read as one",
            hint: "ganti namanya menjadi `\(expected)` (kode bahasa huruf kecil di antara titik); jangan tambahkan kolom program ke berkas ini",
            hintEN: "rename it to `\(expected)` (the language code in lower case between dots); do not add programme fields to this file")
    }

    /// `review.missing`: there is no `tinjau.yml`; `path` is where it belongs.
    static func reviewMissing(_ path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .reviewMissing, "berkas pengaturan `tinjau.yml` tidak ditemukan di folder konten",
            en: "the settings file `tinjau.yml` was not found in the content folder",
            hint: "buat `\(path)` berisi `judul`, `wilayah`, `tahun_review` dan `masterplan` (lihat docs/content-format.md)",
            hintEN: "create `\(path)` with `judul`, `wilayah`, `tahun_review` and `masterplan` (see docs/content-format.md)")
    }

    /// `file.unreadable`: a content file could not be read (`error`).
    static func fileUnreadable(_ error: any Error) -> DiagnosticMessage {
        DiagnosticMessage(
            .fileUnreadable, "berkas tidak dapat dibaca: \(error)", en: "the file cannot be read: \(error)",
            hint: "periksa izin akses berkas", hintEN: "check the file's access permissions")
    }

    /// `file.nul`: the file holds a NUL byte.
    static let fileNUL = DiagnosticMessage(
        .fileNul, "berkas berisi byte NUL (0x00); berkas ini tampaknya bukan teks biasa",
        en: "the file contains a NUL byte (0x00); it does not look like plain text",
        hint: "simpan ulang berkas sebagai teks UTF-8 dari editor teks (misalnya Notepad: Simpan Sebagai → Encoding: UTF-8)",
        hintEN: "save the file again as UTF-8 text from a text editor (for example Notepad: Save As → Encoding: UTF-8)")

    /// `file.encoding`: `byte` is not valid UTF-8 here.
    static func fileEncoding(byte: UInt8) -> DiagnosticMessage {
        let hex = String(byte, radix: 16, uppercase: true)
        return DiagnosticMessage(
            .fileEncoding, "berkas bukan UTF-8: byte 0x\(hex) tidak sah (kemungkinan berkas disimpan sebagai Windows-1252 atau Latin-1)",
            en: "the file is not UTF-8: byte 0x\(hex) is invalid (the file was probably saved as Windows-1252 or Latin-1)",
            hint:
                "buka berkas di editor teks lalu simpan sebagai UTF-8 (Notepad: Simpan Sebagai → Encoding: UTF-8; VS Code: klik encoding di pojok kanan bawah → Save with Encoding → UTF-8)",
            hintEN:
                "open the file in a text editor and save it as UTF-8 (Notepad: Save As → Encoding: UTF-8; VS Code: click the encoding in the bottom-right corner → Save with Encoding → UTF-8)"
        )
    }
}
