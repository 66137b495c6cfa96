/// What a file under `content/` is, by its place in the folder layout.
public enum SourceKind: Hashable, Sendable {
    /// `tinjau.yml`.
    case review
    /// `dimensi.yml`.
    case dimensions
    /// `opd/<opd>/_index.md`.
    case opd(opd: String)
    /// `opd/<opd>/<slug>.md`.
    case program(opd: String, slug: String)
    /// `halaman/<slug>.md`.
    case page(slug: String)
    /// `arsip/<year>.json`: an archived review (``ArchiveCodec``).
    case archive(year: Int)
}

/// A file read from `content/`, not yet parsed.
public struct SourceFile: Sendable {
    /// What the file is.
    public var kind: SourceKind
    /// Path as reported in diagnostics (the content folder as the user named it, plus the relative path).
    public var path: String
    /// The raw bytes.
    public var bytes: [UInt8]
}

/// Stage 1: finds and reads the files of a review. The only stage that reads
/// `content/`. Symbolic links are never followed; files that fit no place in
/// the layout are reported, not silently skipped.
public struct ContentLoader: Sendable {
    /// The year of an archive's file name (`2020.json` → 2020), or `nil` for any other name.
    static func archiveYear(_ name: String) -> Int? {
        guard name.hasSuffix(".json") else { return nil }
        let stem = name.dropLast(5)
        guard stem.count == 4, stem.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let year = Int(stem), FieldCatalog.years.contains(year) else { return nil }
        return year
    }

    /// The file system to read.
    public var fileSystem: any FileSystem

    /// Creates a loader over `fileSystem`.
    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Reads every source file below `directory`.
    /// - Returns: the files in a stable order (review, dimensions, OPDs, programmes, pages, archives,
    ///   each sorted by path) and the diagnostics found on the way (missing `tinjau.yml`,
    ///   unreadable files, symbolic links, files out of place, slugs that clash).
    public func load(from directory: String) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        func path(_ rel: String) -> String { root + "/" + rel }
        guard fileSystem.isDirectory(root) else {
            let isFile = fileSystem.isFile(root)
            return ([], [Diagnostic(.error, "content.missing", at: SourceLocation(path: root),
                                    isFile ? "`\(root)` adalah berkas, bukan folder konten" : "folder konten `\(root)` tidak ditemukan",
                                    hint: "jalankan tinjau dari folder proyek, atau sebutkan foldernya dengan `--content FOLDER`",
                                    en: isFile ? "`\(root)` is a file, not a content folder" : "content folder `\(root)` not found",
                                    hintEN: "run tinjau from the project folder, or name the folder with `--content FOLDER`")])
        }
        let entries: [FileEntry]
        do { entries = try fileSystem.listRecursively(root) } catch {
            return ([], [Diagnostic(.error, "content.unreadable", at: SourceLocation(path: root),
                                    "folder konten tidak dapat dibaca: \(error)", hint: "periksa izin akses folder",
                                    en: "the content folder cannot be read: \(error)", hintEN: "check the folder's access permissions")])
        }
        let filePaths = Set(entries.filter { $0.kind == .file }.map(\.relativePath))
        var found: [(SourceKind, String)] = []
        var slugOwners: [String: String] = [:]  // "<scope>/<slug>" → first relative path

        func slug(for name: String, rel: String, scope: String) -> String? {
            let made = Slug.isValid(name) ? name : Slug.make(name)
            guard !made.isEmpty else {
                diagnostics.append(Diagnostic(.error, "path.slug-empty", at: SourceLocation(path: path(rel)),
                    "nama `\(name)` tidak menghasilkan alamat halaman (slug) yang sah",
                    hint: "ganti nama berkas/folder dengan huruf latin kecil, angka dan tanda minus, misalnya `program-baru.md`",
                    en: "the name `\(name)` does not give a valid page address (slug)",
                    hintEN: "rename the file or folder using lower-case Latin letters, digits and hyphens, for example `program-baru.md`"))
                return nil
            }
            let key = scope + "/" + made
            if let other = slugOwners[key] {
                diagnostics.append(Diagnostic(.error, "path.slug-clash", at: SourceLocation(path: path(rel)),
                    "`\(rel)` dan `\(other)` menjadi alamat yang sama (`\(made)`)",
                    hint: "ganti nama salah satu berkas agar alamatnya berbeda",
                    en: "`\(rel)` and `\(other)` become the same address (`\(made)`)",
                    hintEN: "rename one of the files so that their addresses differ"))
                return nil
            }
            slugOwners[key] = rel
            return made
        }

        for entry in entries {
            let rel = entry.relativePath
            let parts = rel.split(separator: "/").map(String.init)
            if parts.contains(where: { $0.hasPrefix(".") }) { continue }  // hidden files and folders (.git, .DS_Store)
            if entry.kind == .symlink {
                diagnostics.append(Diagnostic(.error, "path.symlink", at: SourceLocation(path: path(rel)),
                    "`\(rel)` adalah tautan simbolik (symlink); tinjau tidak mengikutinya agar tidak membaca berkas di luar folder konten",
                    hint: "salin berkas aslinya ke tempat ini, atau hapus tautannya",
                    en: "`\(rel)` is a symbolic link (symlink); tinjau does not follow it so that it never reads files outside the content folder",
                    hintEN: "copy the original file here, or delete the link"))
                continue
            }
            if entry.kind == .directory {
                if parts.count == 2, parts[0] == "opd", !filePaths.contains(rel + "/_index.md") {
                    diagnostics.append(Diagnostic(.error, "opd.index-missing", at: SourceLocation(path: path(rel)),
                        "folder OPD `\(rel)` tidak memiliki `_index.md`",
                        hint: "buat `\(rel)/_index.md` berisi front matter `nama:` (nama lengkap OPD)",
                        en: "OPD folder `\(rel)` has no `_index.md`",
                        hintEN: "create `\(rel)/_index.md` with the front matter field `nama:` (the OPD's full name)"))
                }
                continue
            }
            let name = parts.last!
            let isMarkdown = name.lowercased().hasSuffix(".md")
            let stem = isMarkdown ? String(name.dropLast(3)) : name
            switch parts.count {
            case 1 where name == "tinjau.yml":
                found.append((.review, rel))
            case 1 where name == "dimensi.yml":
                found.append((.dimensions, rel))
            case 3 where parts[0] == "opd" && name == "_index.md":
                if let opd = slug(for: parts[1], rel: parts[0] + "/" + parts[1], scope: "opd") {
                    found.append((.opd(opd: opd), rel))
                }
            case 3 where parts[0] == "opd" && isMarkdown:
                guard let opd = Slug.isValid(parts[1]) ? parts[1] : Optional(Slug.make(parts[1])), !opd.isEmpty,
                      let programSlug = slug(for: stem, rel: rel, scope: "program/" + opd) else { continue }
                found.append((.program(opd: opd, slug: programSlug), rel))
            case 2 where parts[0] == "arsip" && Self.archiveYear(name) != nil:
                found.append((.archive(year: Self.archiveYear(name)!), rel))
            case 2 where parts[0] == "halaman" && isMarkdown:
                if let pageSlug = slug(for: stem, rel: rel, scope: "halaman") {
                    found.append((.page(slug: pageSlug), rel))
                }
            default:
                let hint: String, hintEN: String
                let lower = name.lowercased()
                if parts[0] == "arsip" {
                    hint = "folder `arsip/` hanya berisi arsip yang ditulis `tinjau arsip`, bernama `<tahun>.json` (misalnya `arsip/2020.json`)"
                    hintEN = "the `arsip/` folder holds only archives written by `tinjau arsip`, named `<year>.json` (for example `arsip/2020.json`)"
                } else if let markdown = [".md.txt", ".md.md", ".markdown.txt"].first(where: { lower.hasSuffix($0) }) {
                    // Notepad saves `program.md` as `program.md.txt` unless told otherwise.
                    let fixed = String(name.dropLast(markdown.count)) + ".md"
                    hint = "nama berkas berakhiran `\(name.suffix(markdown.count))`: ganti namanya menjadi `\(fixed)` (di Notepad pilih \"Save as type: All files\" saat menyimpan)"
                    hintEN = "the file name ends in `\(name.suffix(markdown.count))`: rename it to `\(fixed)` (in Notepad choose \"Save as type: All files\" when saving)"
                } else if parts.count == 2 && parts[0] == "opd" {
                    hint = "program ditaruh di folder OPD-nya: `opd/<opd>/\(name)`"
                    hintEN = "a programme goes in the folder of its OPD: `opd/<opd>/\(name)`"
                } else if ["yml", "yaml"].contains(name.split(separator: ".").last.map(String.init) ?? "") && parts.count == 1 {
                    hint = "berkas pengaturan bernama `tinjau.yml` (dan `dimensi.yml`); ganti namanya jika ini maksudnya"
                    hintEN = "the settings files are named `tinjau.yml` (and `dimensi.yml`); rename this file if it is meant to be one of them"
                } else {
                    hint = "pindahkan ke `opd/<opd>/` (program), `halaman/` (halaman naratif), atau hapus berkas ini"
                    hintEN = "move it to `opd/<opd>/` (a programme) or `halaman/` (a narrative page), or delete it"
                }
                let misnamed = [".md.txt", ".md.md", ".markdown.txt"].contains { lower.hasSuffix($0) }
                diagnostics.append(Diagnostic(.warning, "path.ignored", at: SourceLocation(path: path(rel)),
                    misnamed ? "berkas `\(rel)` tidak dipakai: namanya tidak berakhiran `.md`"
                        : "berkas `\(rel)` tidak dipakai: tempatnya tidak sesuai susunan folder konten", hint: hint,
                    en: misnamed ? "file `\(rel)` is not used: its name does not end in `.md`"
                        : "file `\(rel)` is not used: its place does not fit the layout of the content folder", hintEN: hintEN))
            }
        }
        // Archives last: the build reads them after the review they are compared with.
        func isArchive(_ kind: SourceKind) -> Bool { if case .archive = kind { return true } else { return false } }
        found = found.filter { !isArchive($0.0) } + found.filter { isArchive($0.0) }
        if !found.contains(where: { $0.0 == .review }) {
            diagnostics.append(Diagnostic(.error, "review.missing", at: SourceLocation(path: path("tinjau.yml")),
                "berkas pengaturan `tinjau.yml` tidak ditemukan di folder konten",
                hint: "buat `\(path("tinjau.yml"))` berisi `judul`, `wilayah`, `tahun_review` dan `masterplan` (lihat docs/content-format.md)",
                en: "the settings file `tinjau.yml` was not found in the content folder",
                hintEN: "create `\(path("tinjau.yml"))` with `judul`, `wilayah`, `tahun_review` and `masterplan` (see docs/content-format.md)"))
        }
        var files: [SourceFile] = []
        for (kind, rel) in found {
            do {
                files.append(SourceFile(kind: kind, path: path(rel), bytes: try fileSystem.read(path(rel))))
            } catch {
                diagnostics.append(Diagnostic(.error, "file.unreadable", at: SourceLocation(path: path(rel)),
                    "berkas tidak dapat dibaca: \(error)", hint: "periksa izin akses berkas",
                    en: "the file cannot be read: \(error)", hintEN: "check the file's access permissions"))
            }
        }
        return (files, diagnostics)
    }
}
