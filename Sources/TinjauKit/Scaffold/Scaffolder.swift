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

    private func write(_ text: String, to path: String) throws {
        guard !fileSystem.isFile(path) && !fileSystem.isDirectory(path) else {
            throw BuildFailure([Diagnostic(.newFileExists(path), at: SourceLocation(path: path))])
        }
        do { try fileSystem.write(Array(text.utf8), to: path) } catch {
            throw BuildFailure([Diagnostic(.newFileNotWritten(Bilingual(IOErrorText.describe(error))), at: SourceLocation(path: path))])
        }
    }
}
