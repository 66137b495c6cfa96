/// The kinds of front matter, each with its fields in ``FieldCatalog``.
enum FrontMatterKind: Sendable {
    /// A programme, `opd/<opd>/<programme>.md`.
    case program
    /// An OPD, `opd/<opd>/_index.md`.
    case opd
    /// A narrative page, `halaman/<slug>.md`.
    case page
}

/// The mappings of a translation file (``ContentTranslation``): texts only.
enum TranslationMapping: Sendable {
    /// `<programme>.<lang>.md`.
    case program
    /// `_index.<lang>.md`.
    case opd
    /// `halaman/<slug>.<lang>.md`.
    case page
    /// `tinjau.<lang>.yml`.
    case review
    /// `masterplan` in `tinjau.<lang>.yml`.
    case masterplan
    /// `penilaian` in `tinjau.<lang>.yml`.
    case scoring
    /// An item of `penilaian.tingkat_kematangan` in `tinjau.<lang>.yml`.
    case maturityBand
}

/// The sections of `tinjau.yml` that are mappings of their own.
enum ReviewSection: String, Sendable {
    /// `masterplan`: the masterplan's title and period.
    case masterplan
    /// `tumpang_tindih`: the overlap detection.
    case overlaps = "tumpang_tindih"
    /// `data`: the open-data metadata.
    case data
    /// `penilaian`: the scoring settings.
    case scoring = "penilaian"
}

/// The mapping a ``YAMLReader`` reads. From it come the words of the reader's messages (what the
/// mapping is called, where a missing field is added, an example of a well-formed line) and the
/// fields it knows (``FieldCatalog``), so that the parser passes no wording of its own.
enum YAMLMapping: Sendable {
    /// The front matter of a Markdown file.
    case frontMatter(FrontMatterKind)
    /// `tinjau.yml` as a whole.
    case reviewFile
    /// A section of `tinjau.yml`.
    case reviewSection(ReviewSection)
    /// An item of `penilaian.tingkat_kematangan`.
    case maturityBand
    /// `dimensi.yml` as a whole.
    case dimensionsFile
    /// One dimension in `dimensi.yml`.
    case dimension(DimensionID)
    /// An item of a dimension's `elemen` in `dimensi.yml`.
    case element(of: DimensionID)
    /// An item of a programme's `indikator`.
    case indicator
    /// A mapping of a translation file.
    case translation(TranslationMapping)

    /// What the mapping is called (`yaml.not-mapping`: "front matter", "an indicator").
    var name: Bilingual {
        switch self {
        case .frontMatter: Bilingual("front matter", en: "the front matter")
        case .reviewFile: Bilingual("tinjau.yml", en: "tinjau.yml")
        case .reviewSection(let section): Bilingual("`\(section.rawValue)`", en: "`\(section.rawValue)`")
        case .maturityBand: Bilingual("tingkat kematangan", en: "a maturity band")
        case .dimensionsFile: Bilingual("dimensi.yml", en: "dimensi.yml")
        case .dimension(let id): Bilingual("dimensi `\(id.rawValue)`", en: "dimension `\(id.rawValue)`")
        case .element: Bilingual("elemen", en: "an element")
        case .indicator: Bilingual("indikator", en: "an indicator")
        case .translation(.review), .translation(.masterplan), .translation(.scoring), .translation(.maturityBand):
            Bilingual("terjemahan `tinjau.yml` (hanya teks)", en: "the translation of `tinjau.yml` (texts only)")
        case .translation: Bilingual("front matter terjemahan (hanya teks)", en: "the front matter of a translation (texts only)")
        }
    }

    /// Where an unknown key was found (`field.unknown`: "front matter program").
    var unknownKeyPlace: Bilingual {
        switch self {
        case .frontMatter(.program): Bilingual("front matter program", en: "the programme front matter")
        case .frontMatter(.opd): Bilingual("front matter OPD", en: "the OPD front matter")
        case .frontMatter(.page): Bilingual("front matter halaman", en: "the page front matter")
        default: name
        }
    }

    /// Where a missing field is added (`field.required`: "di front matter", "to the front matter").
    var place: Bilingual {
        switch self {
        case .frontMatter, .translation: Bilingual("di front matter", en: "to the front matter")
        case .reviewFile: Bilingual("di `tinjau.yml`", en: "to `tinjau.yml`")
        case .reviewSection(let section):
            Bilingual(
                "di bawah `\(section.rawValue):` dalam `tinjau.yml` (menjorok dua spasi)",
                en: "under `\(section.rawValue):` in `tinjau.yml` (indented by two spaces)")
        case .maturityBand:
            Bilingual("di tingkat kematangan ini (butir `tingkat_kematangan`)", en: "to this maturity band (an item of `tingkat_kematangan`)")
        case .dimensionsFile: Bilingual("di `dimensi.yml`", en: "to `dimensi.yml`")
        case .dimension(let id):
            Bilingual(
                "di bawah `\(id.rawValue):` dalam `dimensi.yml` (menjorok dua spasi)",
                en: "under `\(id.rawValue):` in `dimensi.yml` (indented by two spaces)")
        case .element(let id):
            Bilingual(
                "di elemen ini (butir `elemen` dimensi `\(id.rawValue)` dalam `dimensi.yml`)",
                en: "to this element (an item of `elemen` of dimension `\(id.rawValue)` in `dimensi.yml`)")
        case .indicator: Bilingual("di butir indikator ini", en: "to this indicator")
        }
    }

    /// A well-formed line of the mapping, for the hint of `yaml.not-mapping`.
    var example: String {
        switch self {
        case .frontMatter, .reviewFile: "judul: Lapor Warga"
        case .reviewSection(.masterplan): "tahun_mulai: 2018"
        case .reviewSection(.overlaps): "ambang: 0.2"
        case .reviewSection(.data): "lisensi: CC BY 4.0"
        case .reviewSection(.scoring): "metode: realisasi-program"
        case .maturityBand: "min: 40"
        case .dimensionsFile: "governance:"
        case .dimension: "nama: Smart Governance"
        case .element: "slug: layanan-publik"
        case .indicator: "nama: Aduan yang ditindaklanjuti"
        case .translation(.opd): "nama: Communication and Informatics Agency"
        case .translation(.maturityBand): "nama: Developing"
        case .translation(.scoring): "tingkat_kematangan:"
        case .translation: "judul: Citizen Reports"
        }
    }

    /// The fields of the mapping, from ``FieldCatalog``: the keys the reader knows.
    var fields: [FieldSpec] {
        switch self {
        case .frontMatter(.program): FieldCatalog.program
        case .frontMatter(.opd): FieldCatalog.opd
        case .frontMatter(.page): FieldCatalog.page
        case .reviewFile: FieldCatalog.review
        case .reviewSection(.masterplan): FieldCatalog.masterplan
        case .reviewSection(.overlaps): FieldCatalog.overlaps
        case .reviewSection(.data): FieldCatalog.data
        case .reviewSection(.scoring): FieldCatalog.scoring
        case .maturityBand: FieldCatalog.maturityBand
        case .dimensionsFile: FieldCatalog.dimensionsFile
        case .dimension: FieldCatalog.dimension
        case .element: FieldCatalog.element
        case .indicator: FieldCatalog.indicator
        case .translation(.program): FieldCatalog.programTranslation
        case .translation(.opd): FieldCatalog.opdTranslation
        case .translation(.page): FieldCatalog.pageTranslation
        case .translation(.review): FieldCatalog.reviewTranslation
        case .translation(.masterplan): FieldCatalog.masterplanTranslation
        case .translation(.scoring): FieldCatalog.scoringTranslation
        case .translation(.maturityBand): FieldCatalog.maturityBandTranslation
        }
    }
}

/// A closed set of values a field takes (an enumeration of raw texts), with the name of the kind of
/// value for messages (`value.unknown`: "dimensi `goverance` tidak dikenal").
protocol FieldChoice: RawRepresentable, CaseIterable where RawValue == String {
    /// The kind of value, in Indonesian and English ("dimensi", "dimension").
    static var valueName: Bilingual { get }
}

extension DimensionID: FieldChoice {
    static var valueName: Bilingual { Bilingual("dimensi", en: "dimension") }
}

extension ProgramStatus: FieldChoice {
    static var valueName: Bilingual { Bilingual("status", en: "status") }
}

extension ProgramTerm: FieldChoice {
    static var valueName: Bilingual { Bilingual("jangka", en: "term") }
}

extension IndicatorDirection: FieldChoice {
    static var valueName: Bilingual { Bilingual("arah", en: "direction") }
}

extension ScoringMethod: FieldChoice {
    static var valueName: Bilingual { Bilingual("metode penilaian", en: "scoring method") }
}

/// What a whole-number field counts: the words for it in messages and an example for hints. Its
/// range comes from the field's ``FieldType/integer(_:)`` in ``FieldCatalog``.
enum WholeNumber: Sendable {
    /// A year; `example` is a typical one for the field.
    case year(example: Int)
    /// A number of people.
    case people
    /// A number of overlap matches kept per programme.
    case matchesPerProgramme
    /// A number of decimal places.
    case decimalPlaces
    /// A number of rows per page of a list.
    case rowsPerPage
    /// A position in an order.
    case order

    /// What the value must be (`value.not-integer`: "`tahun_review` harus tahun (empat angka)").
    var name: Bilingual {
        switch self {
        case .year: Bilingual("tahun (empat angka)", en: "a year (four digits)")
        case .people: Bilingual("jumlah orang (bilangan bulat)", en: "a number of people (a whole number)")
        case .matchesPerProgramme:
            Bilingual("jumlah pasangan per program (bilangan bulat 1–100)", en: "a number of matches per programme (a whole number 1–100)")
        case .decimalPlaces: Bilingual("jumlah angka desimal (0 sampai 3)", en: "a number of decimal places (0 to 3)")
        case .rowsPerPage: Bilingual("jumlah baris per halaman (bilangan bulat 10–10000)", en: "a number of rows per page (a whole number 10–10000)")
        case .order: Bilingual("bilangan bulat", en: "a whole number")
        }
    }

    /// A typical value, for hints.
    var example: String {
        switch self {
        case .year(let example): String(example)
        case .people: "4"
        case .matchesPerProgramme: "5"
        case .decimalPlaces: "1"
        case .rowsPerPage: "250"
        case .order: "10"
        }
    }
}
