/// The type of a front-matter field, as the validator reads it and as the
/// JSON Schema describes it.
public enum FieldType: Sendable, Hashable {
    /// Free text.
    case text
    /// A whole number within a range.
    case integer(ClosedRange<Int>)
    /// Whole Rupiah, ≥ 0, digits only.
    case rupiah
    /// A decimal number (`.` as the decimal point).
    case number
    /// `true` or `false`.
    case boolean
    /// One of the listed values.
    case choice([String])
    /// A list of texts.
    case textList
    /// A list of indicators (``FieldCatalog/indicator``).
    case indicators
    /// A date `YYYY-MM-DD`.
    case date
    /// An absolute `http://` or `https://` address.
    case address
    /// A fraction from 0 to 1.
    case fraction
    /// A nested mapping (a section of `tinjau.yml`, a dimension of `dimensi.yml`).
    case mapping
    /// A list of mappings (maturity bands, elements).
    case mappingList
}

/// One field of a content file: its Indonesian name, type, whether it is required,
/// and a one-line description for editors (shown by editors that read the schema).
public struct FieldSpec: Sendable, Hashable {
    /// Key in the front matter, e.g. `judul`.
    public var name: String
    /// How the value is read.
    public var type: FieldType
    /// Whether a file without it is an error.
    public var required: Bool
    /// Indonesian description, with the unit where there is one.
    public var description: String
    /// The comment `tinjau new` writes above the field (``Scaffolder``), one `#` line per line; `nil`
    /// when the field shares the comment of the field before it.
    public var comment: String?

    /// Creates a field.
    public init(_ name: String, _ type: FieldType, required: Bool = false, _ description: String, comment: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.description = description
        self.comment = comment
    }
}

/// The fields of every kind of content file: the one model the parser's known keys (and the
/// ranges of its whole numbers) and the published JSON Schemas come from
/// (docs/content-format.md describes the same fields for people).
public enum FieldCatalog {
    static let years = 1900...2200

    /// A programme's front matter (`content/opd/<opd>/<programme>.md`).
    public static let program: [FieldSpec] = [
        FieldSpec("judul", .text, required: true, "Judul program.", comment: "Judul program (wajib)."),
        FieldSpec(
            "dimensi", .choice(DimensionID.allCases.map(\.rawValue)), required: true, "Dimensi smart city.",
            comment: "Dimensi smart city (wajib): " + DimensionID.allCases.map(\.rawValue).joined(separator: ", ")),
        FieldSpec(
            "elemen", .choice(Dimension.builtIn.flatMap { $0.elements.map(\.slug) }), "Elemen dari dimensi tersebut (slug).",
            comment: (["Elemen dari dimensi di atas (boleh dikosongkan):"]
                + Dimension.builtIn.map { "  \($0.id.rawValue): " + $0.elements.map(\.slug).joined(separator: ", ") }).joined(separator: "\n")),
        FieldSpec(
            "status", .choice(ProgramStatus.allCases.map(\.rawValue)), required: true, "Status pelaksanaan.",
            comment: "Status (wajib): " + ProgramStatus.allCases.map(\.rawValue).joined(separator: ", ")),
        FieldSpec(
            "jangka", .choice(ProgramTerm.allCases.map(\.rawValue)), "Jangka waktu dalam masterplan.",
            comment: "Jangka dalam masterplan: " + ProgramTerm.allCases.map(\.rawValue).joined(separator: ", ")),
        FieldSpec("tahun_mulai", .integer(years), "Tahun mulai (empat angka).", comment: "Tahun mulai dan selesai, empat angka."),
        FieldSpec("tahun_selesai", .integer(years), "Tahun selesai (empat angka)."),
        FieldSpec(
            "anggaran", .rupiah, "Pagu anggaran dalam Rupiah bulat, angka saja (1250000000).",
            comment: "Pagu anggaran dan realisasinya dalam Rupiah bulat, ANGKA SAJA (tanpa Rp, titik atau koma)."),
        FieldSpec("realisasi_anggaran", .rupiah, "Anggaran yang terserap, Rupiah bulat, angka saja."),
        FieldSpec(
            "sumber_dana", .text, "Sumber dana: APBD, APBN, DAK, APBD DIY, Danais, CSR, …",
            comment: "Sumber dana: APBD, APBN, DAK, APBD DIY, Danais, CSR, ..."),
        FieldSpec(
            "mitra", .textList, "Slug OPD pendukung, misalnya [bappeda, diskominfo].",
            comment: "OPD pendukung (nama folder OPD), misalnya [bappeda, diskominfo]; kosongkan bila tidak ada."),
        FieldSpec(
            "indikator", .indicators, "Indikator kinerja program.",
            comment: "Indikator kinerja. Hapus tanda [] lalu isi seperti contoh di bawah (angka desimal memakai titik: 72.5)."),
        FieldSpec(
            "alasan_tunda", .text, "Alasan program tertunda (untuk status tertunda).",
            comment: "Diisi bila status tertunda, misalnya \"Pandemi COVID-19: anggaran dialihkan\"."),
        FieldSpec("kata_kunci", .textList, "Kata kunci, misalnya [pengaduan, aplikasi].", comment: "Kata kunci, misalnya [pengaduan, aplikasi]."),
        FieldSpec("ringkasan", .text, "Ringkasan satu kalimat.", comment: "Ringkasan satu kalimat untuk daftar program."),
        FieldSpec(
            "ilustrasi", .boolean, "true bila program ini contoh ilustrasi, bukan data resmi.",
            comment: "true bila program ini hanya contoh ilustrasi, bukan data resmi."),
        FieldSpec(
            "sebelumnya", .textList, "Id program ini di review sebelumnya bila pindah OPD atau berganti nama: [opd-lama/slug-lama].",
            comment: "Hanya bila program ini sudah ada di review tahun lalu dengan id lain (pindah OPD atau\n"
                + "berganti nama berkas): id lamanya, misalnya [dinas-lama/nama-lama]. Kosongkan bila tidak."),
    ]

    /// An indicator in a programme's `indikator` list.
    public static let indicator: [FieldSpec] = [
        FieldSpec("nama", .text, required: true, "Apa yang diukur."),
        FieldSpec("satuan", .text, "Satuan: persen, unit, orang, lokasi, …"),
        FieldSpec("baseline", .number, "Nilai sebelum program."),
        FieldSpec("target", .number, required: true, "Nilai yang ingin dicapai."),
        FieldSpec("realisasi", .number, "Nilai yang sudah dicapai."),
        FieldSpec("arah", .choice(IndicatorDirection.allCases.map(\.rawValue)), "naik: makin tinggi makin baik; turun: makin rendah makin baik."),
        FieldSpec("bobot", .number, "Bobot dalam metode capaian-indikator (bawaan 1)."),
    ]

    /// An OPD's `_index.md`.
    public static let opd: [FieldSpec] = [
        FieldSpec("nama", .text, required: true, "Nama lengkap OPD.", comment: "Nama lengkap OPD (wajib)."),
        FieldSpec(
            "singkatan", .text, "Nama singkat untuk tabel dan grafik.", comment: "Nama singkat untuk tabel dan grafik, misalnya Diskominfo."),
        FieldSpec(
            "operator_ti", .integer(0...100_000), "Jumlah pegawai yang mampu mengoperasikan sistem TI.",
            comment: "Jumlah pegawai yang mampu mengoperasikan sistem TI (bilangan bulat)."),
        FieldSpec("ilustrasi", .boolean, "true bila keterangan OPD ini bersifat ilustrasi."),
        FieldSpec(
            "sebelumnya", .textList, "Slug OPD ini di review sebelumnya bila berganti nama karena reorganisasi: [slug-lama].",
            comment: "Hanya bila OPD ini berganti nama karena reorganisasi: slug (nama folder) lamanya,\n"
                + "misalnya [dinas-lama]. Kosongkan bila tidak."),
    ]

    /// A narrative page (`content/halaman/<slug>.md`).
    public static let page: [FieldSpec] = [
        FieldSpec("judul", .text, required: true, "Judul halaman."),
        FieldSpec("urutan", .integer(-100_000...100_000), "Urutan di navigasi (kecil lebih dulu; bawaan 100)."),
        FieldSpec("ringkasan", .text, "Ringkasan untuk daftar dan deskripsi halaman."),
    ]

    /// A programme's translation (`<programme>.<lang>.md`): texts only; the rest is the original's.
    public static let programTranslation: [FieldSpec] = [
        FieldSpec("judul", .text, "Judul program dalam bahasa terjemahan."),
        FieldSpec("ringkasan", .text, "Ringkasan program dalam bahasa terjemahan."),
    ]

    /// An OPD's translation (`_index.<lang>.md`).
    public static let opdTranslation: [FieldSpec] = [
        FieldSpec("nama", .text, "Nama OPD dalam bahasa terjemahan.")
    ]

    /// A narrative page's translation (`<slug>.<lang>.md`).
    public static let pageTranslation: [FieldSpec] = [
        FieldSpec("judul", .text, "Judul halaman dalam bahasa terjemahan."),
        FieldSpec("ringkasan", .text, "Ringkasan halaman dalam bahasa terjemahan."),
    ]

    /// The translation of `tinjau.yml` (`tinjau.<lang>.yml`).
    public static let reviewTranslation: [FieldSpec] = [
        FieldSpec("judul", .text, "Judul review dalam bahasa terjemahan."),
        FieldSpec("wilayah", .text, "Nama wilayah dalam bahasa terjemahan."),
        FieldSpec("deskripsi", .text, "Ringkasan beranda dalam bahasa terjemahan."),
        FieldSpec("penyelenggara", .text, "Penyelenggara dalam bahasa terjemahan."),
        FieldSpec("masterplan", .mapping, "Judul masterplan dalam bahasa terjemahan (`judul`)."),
        FieldSpec("penilaian", .mapping, "Nama tingkat kematangan dalam bahasa terjemahan (`tingkat_kematangan`)."),
    ]

    /// `masterplan` in `tinjau.<lang>.yml`.
    public static let masterplanTranslation: [FieldSpec] = [
        FieldSpec("judul", .text, "Nama masterplan dalam bahasa terjemahan.")
    ]

    /// `penilaian` in `tinjau.<lang>.yml`.
    public static let scoringTranslation: [FieldSpec] = [
        FieldSpec("tingkat_kematangan", .mappingList, "Nama dan keterangan tiap tingkat, urut dari batas bawah terkecil.")
    ]

    /// An item of `penilaian.tingkat_kematangan` in `tinjau.<lang>.yml`.
    public static let maturityBandTranslation: [FieldSpec] = [
        FieldSpec("nama", .text, "Nama tingkat dalam bahasa terjemahan."),
        FieldSpec("keterangan", .text, "Keterangan tingkat dalam bahasa terjemahan."),
    ]

    /// `tinjau.yml`.
    public static let review: [FieldSpec] = [
        FieldSpec("judul", .text, required: true, "Judul review."),
        FieldSpec("wilayah", .text, required: true, "Wilayah, misalnya Kota Contoh."),
        FieldSpec("kode_wilayah", .text, "Kode wilayah Kemendagri, bertanda kutip: \"34.02\"."),
        FieldSpec("tahun_review", .integer(years), required: true, "Tahun yang direview (empat angka)."),
        FieldSpec("masterplan", .mapping, required: true, "Judul dan periode masterplan."),
        FieldSpec("tanggal_review", .date, "Tanggal rapat review, TTTT-BB-HH."),
        FieldSpec("penyelenggara", .text, "Penyelenggara review (biasanya Diskominfo)."),
        FieldSpec("evaluator", .text, "Nama evaluator."),
        FieldSpec("deskripsi", .text, "Ringkasan satu paragraf untuk beranda."),
        FieldSpec("bahasa", .textList, "Bahasa situs, kode ISO 639-1: [id] atau [id, en]; yang pertama di akar situs."),
        FieldSpec("logo", .text, "Logo wilayah: berkas di folder assets/ tema, misalnya assets/logo.svg."),
        FieldSpec("base_url", .address, "Alamat publik situs, misalnya https://smartcity.contoh.go.id/."),
        FieldSpec("izinkan_html", .boolean, "true bila HTML mentah di teks Markdown dipertahankan."),
        FieldSpec(
            "program_per_halaman", .integer(ReviewConfig.programsPerPageRange),
            "Baris terbanyak per halaman daftar program (bawaan 250); daftar yang lebih panjang dibagi ke beberapa halaman."),
        FieldSpec("penilaian", .mapping, "Pengaturan penilaian."),
        FieldSpec("tumpang_tindih", .mapping, "Pengaturan deteksi tumpang tindih."),
        FieldSpec("data", .mapping, "Metadata data terbuka."),
    ]

    /// `masterplan` in `tinjau.yml`.
    public static let masterplan: [FieldSpec] = [
        FieldSpec("judul", .text, "Nama masterplan."),
        FieldSpec("tahun_mulai", .integer(years), required: true, "Tahun mulai masterplan (empat angka)."),
        FieldSpec("tahun_selesai", .integer(years), required: true, "Tahun selesai masterplan (empat angka)."),
    ]

    /// `tumpang_tindih` in `tinjau.yml`.
    public static let overlaps: [FieldSpec] = [
        FieldSpec("ambang", .fraction, "Kemiripan terendah, pecahan 0 sampai 1 (bawaan 0.2)."),
        FieldSpec("maks_per_program", .integer(1...100), "Pasangan termirip yang disimpan per program (bawaan 5)."),
    ]

    /// `data` in `tinjau.yml`.
    public static let data: [FieldSpec] = [
        FieldSpec("lisensi", .text, "Lisensi data terbuka (bawaan CC BY 4.0)."),
        FieldSpec("produsen", .text, "Produsen data (bawaan: penyelenggara)."),
        FieldSpec("walidata", .text, "Walidata (bawaan: penyelenggara)."),
    ]

    /// `penilaian` in `tinjau.yml`.
    public static let scoring: [FieldSpec] = [
        FieldSpec("metode", .choice(ScoringMethod.allCases.map(\.rawValue)), "Metode penilaian."),
        FieldSpec("status_terealisasi", .textList, "Status yang dihitung terealisasi (bawaan [berjalan, selesai])."),
        FieldSpec("presisi", .integer(0...3), "Angka desimal pada persentase (bawaan 0)."),
        FieldSpec("tingkat_kematangan", .mappingList, "Tingkat kematangan."),
    ]

    /// An item of `penilaian.tingkat_kematangan`.
    public static let maturityBand: [FieldSpec] = [
        FieldSpec("min", .number, required: true, "Batas bawah dalam persen, 0 sampai 100."),
        FieldSpec("nama", .text, required: true, "Nama tingkat."),
        FieldSpec("keterangan", .text, "Keterangan tingkat."),
    ]

    /// `dimensi.yml`: one optional mapping per dimension.
    public static let dimensionsFile: [FieldSpec] = DimensionID.allCases.map {
        FieldSpec($0.rawValue, .mapping, "Nama, deskripsi dan elemen dimensi \($0.rawValue).")
    }

    /// One dimension in `dimensi.yml`.
    public static let dimension: [FieldSpec] = [
        FieldSpec("nama", .text, "Nama dimensi."),
        FieldSpec("nama_pendek", .text, "Nama pendek untuk grafik."),
        FieldSpec("deskripsi", .text, "Deskripsi dimensi."),
        FieldSpec("elemen", .mappingList, "Elemen dimensi."),
    ]

    /// An item of a dimension's `elemen` in `dimensi.yml`.
    public static let element: [FieldSpec] = [
        FieldSpec("slug", .text, required: true, "Slug elemen: huruf kecil, angka, tanda minus."),
        FieldSpec("nama", .text, required: true, "Nama elemen."),
    ]

    /// The range of the whole-number field `key` among `fields`, if it is one.
    static func range(of key: String, in fields: [FieldSpec]) -> ClosedRange<Int>? {
        guard case .integer(let range) = fields.first(where: { $0.name == key })?.type else { return nil }
        return range
    }
}
