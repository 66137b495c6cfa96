/// Writes new content files with every field, valid defaults and a short
/// Indonesian comment per field (`tinjau new`), so that OPD staff never have to
/// guess a field name. Never overwrites a file.
public struct Scaffolder: Sendable {
    /// The file system to write.
    public var fileSystem: any FileSystem

    /// Creates a scaffolder.
    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// A YAML double-quoted string: safe for `:`, `#`, quotes and leading special characters.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The front-matter lines of `fields` in the order of `values` (field name and the value written),
    /// each under its comment from ``FieldCatalog``.
    static func frontMatter(_ values: [(String, String)], fields: [FieldSpec]) -> String {
        var text = ""
        for (name, value) in values {
            if let comment = fields.first(where: { $0.name == name })?.comment {
                for line in comment.split(separator: "\n", omittingEmptySubsequences: false) { text += "# \(line)\n" }
            }
            text += value.isEmpty ? "\(name):\n" : "\(name): \(value)\n"
        }
        return text
    }

    /// The text of a new programme file titled `title`, starting in `year`: every field of
    /// ``FieldCatalog/program`` with a valid default, under its comment.
    public static func programText(title: String, year: Int) -> String {
        let values = [
            ("judul", quoted(title)), ("dimensi", "governance"), ("elemen", "layanan-publik"), ("status", "rencana"), ("jangka", "pendek"),
            ("tahun_mulai", "\(year)"), ("tahun_selesai", "\(year)"), ("anggaran", "0"), ("realisasi_anggaran", "0"), ("sumber_dana", "APBD"),
            ("mitra", "[]"), ("alasan_tunda", ""), ("kata_kunci", "[]"), ("ringkasan", ""), ("ilustrasi", "false"), ("sebelumnya", "[]"),
            ("indikator", "[]"),
        ]
        return "---\n" + frontMatter(values, fields: FieldCatalog.program) + """
            #  - nama: Aduan yang ditindaklanjuti
            #    satuan: persen
            #    baseline: 40
            #    target: 90
            #    realisasi: 72.5
            #    arah: naik
            ---
            ## Latar belakang

            Tuliskan masalah yang ingin diselesaikan program ini.

            ## Kegiatan

            - Kegiatan pertama
            - Kegiatan kedua

            """
    }

    /// Sentences of the new programme's body that an editor must replace; the validator warns
    /// (`program.placeholder`) when a published programme still contains one.
    public static let placeholderSentences = ["Tuliskan masalah yang ingin diselesaikan program ini.", "- Kegiatan pertama\n- Kegiatan kedua"]

    /// The text of a new OPD's `_index.md`: the fields of ``FieldCatalog/opd`` an OPD fills in, under
    /// their comments.
    public static func opdText(name: String) -> String {
        let values = [("nama", quoted(name)), ("singkatan", ""), ("operator_ti", "0"), ("sebelumnya", "[]")]
        return "---\n" + frontMatter(values, fields: FieldCatalog.opd) + """
            ---
            Tuliskan peran OPD ini dalam program smart city.

            """
    }

    /// Writes a new programme file for the OPD `opd` and returns its path.
    /// - Throws: ``BuildFailure`` when the OPD does not exist, the title gives no usable
    ///   file name, or the file already exists.
    public func newProgram(contentDirectory: String, opd: String, title: String, year: Int) throws -> String {
        let folder = contentDirectory + "/opd/" + opd
        guard fileSystem.isFile(folder + "/_index.md") else {
            throw BuildFailure([Diagnostic(.newProgramWithoutOPD(opd, folder: folder), at: SourceLocation(path: folder))])
        }
        let slug = Slug.make(title)
        guard !slug.isEmpty else {
            throw BuildFailure([Diagnostic(.titleWithoutSlug(title), at: SourceLocation(path: folder))])
        }
        let path = folder + "/" + slug + ".md"
        try write(Self.programText(title: title, year: year), to: path)
        return path
    }

    /// Writes a new OPD folder with its `_index.md` and returns the file's path.
    /// - Throws: ``BuildFailure`` when the slug is not valid or the OPD already exists.
    public func newOPD(contentDirectory: String, slug: String, name: String) throws -> String {
        guard Slug.isValid(slug) else {
            throw BuildFailure([Diagnostic(.newOPDSlug(slug), at: SourceLocation(path: contentDirectory + "/opd/" + slug))])
        }
        let path = contentDirectory + "/opd/" + slug + "/_index.md"
        try write(Self.opdText(name: name), to: path)
        return path
    }

    /// The OPD, programme and page a new review starts with (`tinjau init`).
    public static let initialOPD = (slug: "diskominfo", name: "Dinas Komunikasi dan Informatika", short: "Diskominfo")
    /// The title of a new review's first programme.
    public static let initialProgram = "Layanan Aduan Warga"

    /// The text of a new review's `tinjau.yml` for `region` (`wilayah`), with its Kemendagri `code`
    /// (`kode_wilayah`, or `nil`), reviewing `year` within a five-year masterplan starting that year; each
    /// field under its description from ``FieldCatalog``.
    public static func reviewText(region: String, code: String?, year: Int) -> String {
        func comment(_ name: String, in fields: [FieldSpec], indent: String = "") -> String {
            guard let field = fields.first(where: { $0.name == name }) else { return "" }
            let text = field.comment ?? field.description
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { "\(indent)# \($0)\n" }.joined()
        }
        var text = "# Review smart city \(region), dibuat oleh `tinjau init`. Kolom lain: docs/content-format.md.\n"
        text += comment("judul", in: FieldCatalog.review) + "judul: \(quoted("Review Masterplan Smart City \(region) \(year)"))\n"
        text += comment("wilayah", in: FieldCatalog.review) + "wilayah: \(quoted(region))\n"
        if let code { text += comment("kode_wilayah", in: FieldCatalog.review) + "kode_wilayah: \(quoted(code))\n" }
        text += comment("tahun_review", in: FieldCatalog.review) + "tahun_review: \(year)\n"
        text += comment("masterplan", in: FieldCatalog.review) + "masterplan:\n"
        text += comment("judul", in: FieldCatalog.masterplan, indent: "  ") + "  judul: \(quoted("Masterplan Smart City \(region)"))\n"
        text += comment("tahun_mulai", in: FieldCatalog.masterplan, indent: "  ") + "  tahun_mulai: \(year)\n"
        text += comment("tahun_selesai", in: FieldCatalog.masterplan, indent: "  ") + "  tahun_selesai: \(year + 4)\n"
        text += comment("penyelenggara", in: FieldCatalog.review) + "penyelenggara: \(quoted("\(initialOPD.short) \(region)"))\n"
        // The English edition is one line away (docs/content-format.md, "Languages").
        text +=
            comment("bahasa", in: FieldCatalog.review)
            + "# Hapus tanda # di baris berikut untuk menerbitkan edisi bahasa Inggris di en/.\n# bahasa: [id, en]\n"
        return text
    }

    /// Writes a new review into `directory`: `content/tinjau.yml` for `region` (``reviewText(region:code:year:)``),
    /// one OPD (``initialOPD``), one programme (``initialProgram``) and one narrative page, which together
    /// pass `tinjau check --strict` and build with the embedded theme; with `copyTheme`, the embedded theme's
    /// files too, into `templates/`, to edit.
    /// - Returns: the paths written, in order.
    /// - Throws: ``BuildFailure`` (`new.exists`) when `directory/content` or `directory/templates` (with
    ///   `copyTheme`) already exists, or `new.write` when a file cannot be written.
    public func newReview(directory: String, region: String, code: String?, year: Int, copyTheme: Bool = false) throws -> [String] {
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        let content = root + "/content"
        for folder in [content] + (copyTheme ? [root + "/templates"] : []) where fileSystem.isDirectory(folder) || fileSystem.isFile(folder) {
            throw BuildFailure([Diagnostic(.newFileExists(folder), at: SourceLocation(path: folder))])
        }
        var written: [String] = []
        func add(_ text: String, _ path: String) throws {
            try write(text, to: path)
            written.append(path)
        }
        try add(Self.reviewText(region: region, code: code, year: year), content + "/tinjau.yml")
        let opd = Self.initialOPD
        try add(
            Self.opdText(name: opd.name).replacingOccurrences(of: "\nsingkatan:\n", with: "\nsingkatan: \(opd.short)\n")
                .replacingOccurrences(
                    of: "Tuliskan peran OPD ini dalam program smart city.", with: "\(opd.name) \(region) mengoordinasikan program smart city."),
            content + "/opd/\(opd.slug)/_index.md")
        var program = Self.programText(title: Self.initialProgram, year: year)
        program = program.replacingOccurrences(
            of: Self.placeholderSentences[0], with: "Warga \(region) membutuhkan satu saluran untuk menyampaikan aduan tentang layanan publik.")
        program = program.replacingOccurrences(
            of: Self.placeholderSentences[1], with: "- Menyiapkan kanal aduan daring\n- Menetapkan petugas penindak lanjut di setiap OPD")
        try add(program, content + "/opd/\(opd.slug)/\(Slug.make(Self.initialProgram)).md")
        try add(
            """
            ---
            judul: Pendahuluan
            urutan: 1
            ringkasan: \(Self.quoted("Latar belakang review masterplan smart city \(region)."))
            ---
            Review ini menilai pelaksanaan masterplan smart city \(region) tahun \(year).
            Ganti teks ini dengan latar belakang, metode dan jadwal review.

            """, content + "/halaman/pendahuluan.md")
        if copyTheme {
            for file in EmbeddedTheme.files {
                let path = root + "/templates/" + file.path
                do { try fileSystem.write(file.bytes, to: path) } catch {
                    throw BuildFailure([Diagnostic(.newFileNotWritten(Bilingual(IOErrorText.describe(error))), at: SourceLocation(path: path))])
                }
                written.append(path)
            }
        }
        return written
    }

    private func write(_ text: String, to path: String) throws {
        guard !fileSystem.isFile(path) && !fileSystem.isDirectory(path) else {
            throw BuildFailure([Diagnostic(.newFileExists(path), at: SourceLocation(path: path))])
        }
        do { try fileSystem.write(Array(text.utf8), to: path) } catch {
            throw BuildFailure([Diagnostic(.newFileNotWritten(Bilingual(IOErrorText.describe(error))), at: SourceLocation(path: path))])
        }
    }
}
