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

    /// The text of a new programme file titled `title`, starting in `year`.
    public static func programText(title: String, year: Int) -> String {
        let dimensions = DimensionID.allCases.map(\.rawValue).joined(separator: ", ")
        let elements = Dimension.builtIn.map { "#   \($0.id.rawValue): " + $0.elements.map(\.slug).joined(separator: ", ") }.joined(separator: "\n")
        return """
        ---
        # Judul program (wajib).
        judul: \(quoted(title))
        # Dimensi smart city (wajib): \(dimensions)
        dimensi: governance
        # Elemen dari dimensi di atas (boleh dikosongkan):
        \(elements)
        elemen: layanan-publik
        # Status (wajib): rencana, berjalan, selesai, tertunda, batal
        status: rencana
        # Jangka dalam masterplan: quick-win, pendek, menengah, panjang
        jangka: pendek
        # Tahun mulai dan selesai, empat angka.
        tahun_mulai: \(year)
        tahun_selesai: \(year)
        # Pagu anggaran dan realisasinya dalam Rupiah bulat, ANGKA SAJA (tanpa Rp, titik atau koma).
        anggaran: 0
        realisasi_anggaran: 0
        # Sumber dana: APBD, APBN, DAK, APBD DIY, Danais, CSR, ...
        sumber_dana: APBD
        # OPD pendukung (nama folder OPD), misalnya [bappeda, diskominfo]; kosongkan bila tidak ada.
        mitra: []
        # Diisi bila status tertunda, misalnya "Pandemi COVID-19: anggaran dialihkan".
        alasan_tunda:
        # Kata kunci, misalnya [pengaduan, aplikasi].
        kata_kunci: []
        # Ringkasan satu kalimat untuk daftar program.
        ringkasan:
        # true bila program ini hanya contoh ilustrasi, bukan data resmi.
        ilustrasi: false
        # Hanya bila program ini sudah ada di review tahun lalu dengan id lain (pindah OPD atau
        # berganti nama berkas): id lamanya, misalnya [dinas-lama/nama-lama]. Kosongkan bila tidak.
        sebelumnya: []
        # Indikator kinerja. Hapus tanda [] lalu isi seperti contoh di bawah (angka desimal memakai titik: 72.5).
        indikator: []
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

    /// The text of a new OPD's `_index.md`.
    public static func opdText(name: String) -> String {
        """
        ---
        # Nama lengkap OPD (wajib).
        nama: \(quoted(name))
        # Nama singkat untuk tabel dan grafik, misalnya Diskominfo.
        singkatan:
        # Jumlah pegawai yang mampu mengoperasikan sistem TI (bilangan bulat).
        operator_ti: 0
        # Hanya bila OPD ini berganti nama karena reorganisasi: slug (nama folder) lamanya,
        # misalnya [dinas-lama]. Kosongkan bila tidak.
        sebelumnya: []
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
