/// The implementation status of a programme (`status:` in its front matter).
public enum ProgramStatus: String, CaseIterable, Sendable, Hashable, Codable, CodingKeyRepresentable {
    /// Planned, not started.
    case rencana
    /// Running.
    case berjalan
    /// Completed.
    case selesai
    /// Delayed (for example by the COVID-19 pandemic); give `alasan_tunda`.
    case tertunda
    /// Cancelled: counts neither as planned nor as realised.
    case batal
}

/// The term of a programme in the masterplan (`jangka:`).
public enum ProgramTerm: String, CaseIterable, Sendable, Hashable, Codable {
    case quickWin = "quick-win"
    case pendek, menengah, panjang
}

/// Which way an indicator should move (`arah:`).
public enum IndicatorDirection: String, CaseIterable, Sendable, Hashable, Codable {
    /// Higher is better (the default).
    case naik
    /// Lower is better (waiting times, waste, incidents).
    case turun
}

/// A performance indicator of a programme. Values are in the indicator's own
/// unit (`satuan`), for example percent as 0…100 when `satuan: persen`, and are
/// kept exactly as written (``Rational``), so that achievements and scores are
/// computed without floating-point error.
public struct Indicator: Hashable, Sendable, Codable {
    /// What is measured.
    public var name: String
    /// Unit, e.g. `persen`, `unit`, `orang`; empty when not given.
    public var unit: String
    /// Value before the programme, if known.
    public var baseline: Rational?
    /// Value to reach.
    public var target: Rational?
    /// Value reached so far, if measured.
    public var realisation: Rational?
    /// Whether higher or lower is better.
    public var direction: IndicatorDirection
    /// Weight in the `capaian-indikator` method, > 0 (default 1).
    public var weight: Rational
    /// Where the indicator starts in its file (not archived: an archived indicator is at its archive).
    public var location = SourceLocation(path: "")
    /// Where each of the indicator's fields has its value, by field name (`target`, …).
    public var fieldLocations: FieldLocations = [:]

    /// The fields an archive keeps (``ReviewSnapshot``): the values, not where they were written.
    enum CodingKeys: String, CodingKey {
        case name, unit, baseline, target, realisation, direction, weight
    }

    /// Creates an indicator.
    public init(
        name: String, unit: String = "", baseline: Rational? = nil, target: Rational?, realisation: Rational? = nil,
        direction: IndicatorDirection = .naik, weight: Rational = .one, location: SourceLocation,
        fieldLocations: FieldLocations = [:]
    ) {
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.realisation = realisation
        self.direction = direction
        self.weight = weight
        self.location = location
        self.fieldLocations = fieldLocations
    }

    /// The location of a field's value, or the indicator's when the field is absent.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? location
    }
}

/// One programme of an OPD: one Markdown file `content/opd/<opd>/<slug>.md`.
/// Money is whole Rupiah.
public struct Program: Hashable, Sendable, Codable {
    /// File name without `.md`.
    public var slug: String {
        didSet { id = Self.id(opd: opdSlug, slug: slug) }
    }
    /// The lead OPD: the folder the file is in.
    public var opdSlug: String {
        didSet { id = Self.id(opd: opdSlug, slug: slug) }
    }
    /// Stable identity across the site: `<opd>/<slug>`. Stored, not computed: every score, index and
    /// list of a build keeps programmes' ids, and a computed id made a new string for each (at 100 000
    /// programmes, about 120 MB of copies of the same texts).
    public private(set) var id: String
    /// Title (`judul`).
    public var title: String
    /// Dimension (`dimensi`).
    public var dimension: DimensionID
    /// Element slug (`elemen`), if given.
    public var element: String?
    /// Status (`status`).
    public var status: ProgramStatus
    /// Term (`jangka`), if given.
    public var term: ProgramTerm?
    /// Start year (`tahun_mulai`).
    public var startYear: Int?
    /// End year (`tahun_selesai`).
    public var endYear: Int?
    /// Budget ceiling in whole Rupiah (`anggaran`).
    public var budget: Int64?
    /// Budget spent in whole Rupiah (`realisasi_anggaran`).
    public var budgetRealised: Int64?
    /// Source of funds (`sumber_dana`), e.g. `APBD`.
    public var fundingSource: String?
    /// Slugs of supporting OPDs (`mitra`).
    public var partners: [String]
    /// Indicators (`indikator`).
    public var indicators: [Indicator]
    /// Why a delayed programme is delayed (`alasan_tunda`).
    public var delayReason: String?
    /// Keywords (`kata_kunci`).
    public var keywords: [String]
    /// One-sentence summary (`ringkasan`).
    public var summary: String?
    /// `true` when the programme is an invented illustration (`ilustrasi`).
    public var isIllustration: Bool
    /// Ids (`opd/slug`) this programme had in earlier reviews (`sebelumnya`), when it moved to another
    /// OPD or was renamed: how ``ProgramLineage`` follows it across archived reviews.
    public var formerIDs: [String] = []
    /// The Markdown body (rendered by ``BodyRenderer`` into ``RenderedBodies``, kept apart from the model;
    /// not archived: an archive keeps the rendered body).
    public var body: MarkdownSource = .empty
    /// Path of the source file (for an archived programme, the archive's path).
    public var sourcePath: String = ""
    /// Where each front-matter field's value starts, by field name; only fields with a value
    /// (not empty or `~`), so that a field present but invalid is told from an absent one.
    public var fieldLocations: FieldLocations = [:]
    /// Where each of ``partners`` is written (parallel to it; may be shorter for programmes built in code).
    public var partnerLocations: [SourceLocation] = []
    /// Where each of ``formerIDs`` is written (parallel to it; may be shorter for programmes built in code).
    public var formerIDLocations: [SourceLocation] = []

    /// The fields an archive keeps (``ReviewSnapshot``): everything but the Markdown source and the
    /// places fields were written.
    enum CodingKeys: String, CodingKey {
        case slug, opdSlug, title, dimension, element, status, term, startYear, endYear, budget, budgetRealised, fundingSource
        case partners, indicators, delayReason, keywords, summary, isIllustration, formerIDs
    }

    /// Creates a programme; every optional field defaults to "not given".
    public init(
        slug: String, opdSlug: String, title: String, dimension: DimensionID, element: String? = nil,
        status: ProgramStatus, term: ProgramTerm? = nil, startYear: Int? = nil, endYear: Int? = nil,
        budget: Int64? = nil, budgetRealised: Int64? = nil, fundingSource: String? = nil,
        partners: [String] = [], indicators: [Indicator] = [], delayReason: String? = nil,
        keywords: [String] = [], summary: String? = nil, isIllustration: Bool = false, formerIDs: [String] = [],
        body: MarkdownSource = .empty, sourcePath: String = "", fieldLocations: FieldLocations = [:],
        partnerLocations: [SourceLocation] = [], formerIDLocations: [SourceLocation] = []
    ) {
        self.slug = slug
        self.opdSlug = opdSlug
        self.id = Self.id(opd: opdSlug, slug: slug)
        self.title = title
        self.dimension = dimension
        self.element = element
        self.status = status
        self.term = term
        self.startYear = startYear
        self.endYear = endYear
        self.budget = budget
        self.budgetRealised = budgetRealised
        self.fundingSource = fundingSource
        self.partners = partners
        self.indicators = indicators
        self.delayReason = delayReason
        self.keywords = keywords
        self.summary = summary
        self.isIllustration = isIllustration
        self.formerIDs = formerIDs
        self.body = body
        self.sourcePath = sourcePath
        self.fieldLocations = fieldLocations
        self.partnerLocations = partnerLocations
        self.formerIDLocations = formerIDLocations
    }

    /// The id of the programme `slug` of the OPD `opd`: `<opd>/<slug>`.
    static func id(opd: String, slug: String) -> String { opd + "/" + slug }

    /// Decodes the fields of ``CodingKeys`` (an archive's programme); the id is made from the slugs.
    /// - Throws: `DecodingError` when a field is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            slug: try values.decode(String.self, forKey: .slug), opdSlug: try values.decode(String.self, forKey: .opdSlug),
            title: try values.decode(String.self, forKey: .title), dimension: try values.decode(DimensionID.self, forKey: .dimension),
            element: try values.decodeIfPresent(String.self, forKey: .element),
            status: try values.decode(ProgramStatus.self, forKey: .status),
            term: try values.decodeIfPresent(ProgramTerm.self, forKey: .term),
            startYear: try values.decodeIfPresent(Int.self, forKey: .startYear),
            endYear: try values.decodeIfPresent(Int.self, forKey: .endYear),
            budget: try values.decodeIfPresent(Int64.self, forKey: .budget),
            budgetRealised: try values.decodeIfPresent(Int64.self, forKey: .budgetRealised),
            fundingSource: try values.decodeIfPresent(String.self, forKey: .fundingSource),
            partners: try values.decode([String].self, forKey: .partners),
            indicators: try values.decode([Indicator].self, forKey: .indicators),
            delayReason: try values.decodeIfPresent(String.self, forKey: .delayReason),
            keywords: try values.decode([String].self, forKey: .keywords),
            summary: try values.decodeIfPresent(String.self, forKey: .summary),
            isIllustration: try values.decode(Bool.self, forKey: .isIllustration),
            formerIDs: try values.decode([String].self, forKey: .formerIDs))
    }

    /// The location of a field's value, or the file when the field is absent.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: sourcePath, line: 1, column: 1)
    }

    /// Where the partner at `index` of ``partners`` is written, or `mitra`'s value when unknown.
    public func location(ofPartner index: Int) -> SourceLocation {
        index < partnerLocations.count ? partnerLocations[index] : location(of: "mitra")
    }

    /// Where the former id at `index` of ``formerIDs`` is written, or `sebelumnya`'s value when unknown.
    public func location(ofFormerID index: Int) -> SourceLocation {
        index < formerIDLocations.count ? formerIDLocations[index] : location(of: "sebelumnya")
    }
}

/// An OPD (Organisasi Perangkat Daerah): `content/opd/<slug>/_index.md`.
public struct OPD: Hashable, Sendable, Codable {
    /// Folder name.
    public var slug: String
    /// Full name (`nama`).
    public var name: String
    /// Short name (`singkatan`); the full name when not given.
    public var abbreviation: String
    /// Number of staff able to run IT systems (`operator_ti`), if reported.
    public var itOperators: Int?
    /// `true` when the description is an illustration (`ilustrasi`).
    public var isIllustration: Bool
    /// Slugs this OPD had in earlier reviews (`sebelumnya`), when a reorganisation renamed it: its
    /// programmes' former ids follow (`lama/slug` for `baru/slug`), and so does its score history.
    public var formerSlugs: [String] = []
    /// The Markdown description (not archived: an archive keeps the rendered description).
    public var body: MarkdownSource = .empty
    /// Path of `_index.md` (for an archived OPD, the archive's path).
    public var sourcePath: String = ""
    /// Where each of ``formerSlugs`` is written (parallel to it; may be shorter for OPDs built in code).
    public var formerSlugLocations: [SourceLocation] = []

    /// The fields an archive keeps (``ReviewSnapshot``).
    enum CodingKeys: String, CodingKey {
        case slug, name, abbreviation, itOperators, isIllustration, formerSlugs
    }

    /// Creates an OPD.
    public init(
        slug: String, name: String, abbreviation: String? = nil, itOperators: Int? = nil,
        isIllustration: Bool = false, formerSlugs: [String] = [], body: MarkdownSource = .empty, sourcePath: String = "",
        formerSlugLocations: [SourceLocation] = []
    ) {
        self.slug = slug
        self.name = name
        self.abbreviation = abbreviation ?? name
        self.itOperators = itOperators
        self.isIllustration = isIllustration
        self.formerSlugs = formerSlugs
        self.body = body
        self.sourcePath = sourcePath
        self.formerSlugLocations = formerSlugLocations
    }

    /// Where the former slug at `index` of ``formerSlugs`` is written, or the file when unknown.
    public func location(ofFormerSlug index: Int) -> SourceLocation {
        index < formerSlugLocations.count ? formerSlugLocations[index] : SourceLocation(path: sourcePath, line: 1, column: 1)
    }
}

/// A narrative page: `content/halaman/<slug>.md`.
public struct NarrativePage: Hashable, Sendable, Codable {
    /// File name without `.md`.
    public var slug: String
    /// Title (`judul`).
    public var title: String
    /// Position in the navigation (`urutan`, ascending; default 100).
    public var order: Int
    /// Summary (`ringkasan`), if given.
    public var summary: String?
    /// The Markdown body (not archived: an archive keeps the rendered page).
    public var body: MarkdownSource = .empty
    /// Path of the source file.
    public var sourcePath: String = ""

    /// The fields an archive keeps (``ReviewSnapshot``).
    enum CodingKeys: String, CodingKey {
        case slug, title, order, summary
    }

    /// Creates a page.
    public init(slug: String, title: String, order: Int = 100, summary: String? = nil, body: MarkdownSource = .empty, sourcePath: String = "") {
        self.slug = slug
        self.title = title
        self.order = order
        self.summary = summary
        self.body = body
        self.sourcePath = sourcePath
    }
}
