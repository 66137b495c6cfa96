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

    /// Creates a field.
    public init(_ name: String, _ type: FieldType, required: Bool = false, _ description: String) {
        self.name = name
        self.type = type
        self.required = required
        self.description = description
    }
}

/// The fields of every kind of content file: the one model both the parser's
/// unknown-key check and the published JSON Schemas come from
/// (docs/content-format.md describes the same fields for people).
public enum FieldCatalog {
    static let years = 1900...2200

    /// A programme's front matter (`content/opd/<opd>/<programme>.md`).
    public static let program: [FieldSpec] = [
        FieldSpec("judul", .text, required: true, "Judul program."),
        FieldSpec("dimensi", .choice(DimensionID.allCases.map(\.rawValue)), required: true, "Dimensi smart city."),
        FieldSpec("elemen", .choice(Dimension.builtIn.flatMap { $0.elements.map(\.slug) }), "Elemen dari dimensi tersebut (slug)."),
        FieldSpec("status", .choice(ProgramStatus.allCases.map(\.rawValue)), required: true, "Status pelaksanaan."),
        FieldSpec("jangka", .choice(ProgramTerm.allCases.map(\.rawValue)), "Jangka waktu dalam masterplan."),
        FieldSpec("tahun_mulai", .integer(years), "Tahun mulai (empat angka)."),
        FieldSpec("tahun_selesai", .integer(years), "Tahun selesai (empat angka)."),
        FieldSpec("anggaran", .rupiah, "Pagu anggaran dalam Rupiah bulat, angka saja (1250000000)."),
        FieldSpec("realisasi_anggaran", .rupiah, "Anggaran yang terserap, Rupiah bulat, angka saja."),
        FieldSpec("sumber_dana", .text, "Sumber dana: APBD, APBN, DAK, APBD DIY, Danais, CSR, …"),
        FieldSpec("mitra", .textList, "Slug OPD pendukung, misalnya [bappeda, diskominfo]."),
        FieldSpec("indikator", .indicators, "Indikator kinerja program."),
        FieldSpec("alasan_tunda", .text, "Alasan program tertunda (untuk status tertunda)."),
        FieldSpec("kata_kunci", .textList, "Kata kunci, misalnya [pengaduan, aplikasi]."),
        FieldSpec("ringkasan", .text, "Ringkasan satu kalimat."),
        FieldSpec("ilustrasi", .boolean, "true bila program ini contoh ilustrasi, bukan data resmi."),
        FieldSpec("sebelumnya", .textList, "Id program ini di review sebelumnya bila pindah OPD atau berganti nama: [opd-lama/slug-lama]."),
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
        FieldSpec("nama", .text, required: true, "Nama lengkap OPD."),
        FieldSpec("singkatan", .text, "Nama singkat untuk tabel dan grafik."),
        FieldSpec("operator_ti", .integer(0...100_000), "Jumlah pegawai yang mampu mengoperasikan sistem TI."),
        FieldSpec("ilustrasi", .boolean, "true bila keterangan OPD ini bersifat ilustrasi."),
        FieldSpec("sebelumnya", .textList, "Slug OPD ini di review sebelumnya bila berganti nama karena reorganisasi: [slug-lama]."),
    ]

    /// A narrative page (`content/halaman/<slug>.md`).
    public static let page: [FieldSpec] = [
        FieldSpec("judul", .text, required: true, "Judul halaman."),
        FieldSpec("urutan", .integer(-100_000...100_000), "Urutan di navigasi (kecil lebih dulu; bawaan 100)."),
        FieldSpec("ringkasan", .text, "Ringkasan untuk daftar dan deskripsi halaman."),
    ]
}
