import BigInt

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

/// A ``Rational`` or none, as an ``Indicator`` keeps its values: numerator and denominator in 64
/// bits each when they fit (every value an editor writes in practice), else the number in a box of
/// its own. 24 bytes where a `Rational?` takes 80: an indicator took 416 bytes, most of a parsed
/// programme's memory, which `tinjau serve` keeps for every programme between builds (issue 14).
/// Each value has one form (the small one whenever it fits, always in lowest terms), so the
/// synthesised equality and hashing are those of the numbers.
enum CompactRational: Hashable, Sendable {
    /// No value.
    case none
    /// `numerator / denominator` in lowest terms, `denominator > 0`.
    case small(Int64, Int64)
    /// A value whose numerator or denominator does not fit in 64 bits.
    indirect case large(Rational)

    /// `value` in its compact form.
    init(_ value: Rational?) {
        guard let value else {
            self = .none
            return
        }
        if let numerator = Int64(exactly: value.numerator), let denominator = Int64(exactly: value.denominator) {
            self = .small(numerator, denominator)
        } else {
            self = .large(value)
        }
    }

    /// The number, or `nil` for ``none``.
    var value: Rational? {
        switch self {
        case .none: nil
        case .small(let numerator, let denominator): Rational(reduced: BigInt(numerator), BigInt(denominator))
        case .large(let value): value
        }
    }
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
    public var baseline: Rational? {
        get { storedBaseline.value }
        set { storedBaseline = CompactRational(newValue) }
    }
    /// Value to reach.
    public var target: Rational? {
        get { storedTarget.value }
        set { storedTarget = CompactRational(newValue) }
    }
    /// Value reached so far, if measured.
    public var realisation: Rational? {
        get { storedRealisation.value }
        set { storedRealisation = CompactRational(newValue) }
    }
    /// Whether higher or lower is better.
    public var direction: IndicatorDirection
    /// Weight in the `capaian-indikator` method, > 0 (default 1).
    public var weight: Rational {
        get { storedWeight.value ?? .one }
        set { storedWeight = CompactRational(newValue) }
    }
    private var storedBaseline: CompactRational
    private var storedTarget: CompactRational
    private var storedRealisation: CompactRational
    private var storedWeight: CompactRational
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
        self.storedBaseline = CompactRational(baseline)
        self.storedTarget = CompactRational(target)
        self.storedRealisation = CompactRational(realisation)
        self.direction = direction
        self.storedWeight = CompactRational(weight)
        self.location = location
        self.fieldLocations = fieldLocations
    }

    /// Decodes the fields of ``CodingKeys`` (an archive's indicator).
    /// - Throws: `DecodingError` when a field is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try values.decode(String.self, forKey: .name), unit: try values.decode(String.self, forKey: .unit),
            baseline: try values.decodeIfPresent(Rational.self, forKey: .baseline),
            target: try values.decodeIfPresent(Rational.self, forKey: .target),
            realisation: try values.decodeIfPresent(Rational.self, forKey: .realisation),
            direction: try values.decode(IndicatorDirection.self, forKey: .direction),
            weight: try values.decode(Rational.self, forKey: .weight), location: SourceLocation(path: ""))
    }

    /// Encodes the fields of ``CodingKeys``; values not given are left out.
    /// - Throws: `EncodingError` from the encoder.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(name, forKey: .name)
        try values.encode(unit, forKey: .unit)
        try values.encodeIfPresent(baseline, forKey: .baseline)
        try values.encodeIfPresent(target, forKey: .target)
        try values.encodeIfPresent(realisation, forKey: .realisation)
        try values.encode(direction, forKey: .direction)
        try values.encode(weight, forKey: .weight)
    }

    /// The location of a field's value, or the indicator's when the field is absent.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? location
    }
}

/// One programme of an OPD: one Markdown file `content/opd/<opd>/<slug>.md`.
/// Money is whole Rupiah.
///
/// A value type whose fields live in one shared, copy-on-write box (as `Array` keeps its elements): a
/// copy of a programme, which every list, page kind, cache entry and sorted layout makes, is one
/// reference count, not one per text and list it holds (a rebuild of `serve` at 10 000 programmes
/// spent about a quarter of its time counting those references). Changing a field of a shared
/// programme copies its fields first, so copies never see each other's changes.
public struct Program: Hashable, Sendable, Codable {
    /// The stored fields of a programme; see the properties of the same names.
    private struct Fields: Hashable {
        var slug: String
        var opdSlug: String
        var id: String
        var title: String
        var dimension: DimensionID
        var element: String?
        var status: ProgramStatus
        var term: ProgramTerm?
        var startYear: Int?
        var endYear: Int?
        var budget: Int64?
        var budgetRealised: Int64?
        var fundingSource: String?
        var partners: [String]
        var indicators: [Indicator]
        var delayReason: String?
        var keywords: [String]
        var summary: String?
        var isIllustration: Bool
        var formerIDs: [String]
        var body: MarkdownSource
        var sourcePath: String
        var fieldLocations: FieldLocations
        var partnerLocations: [SourceLocation]
        var formerIDLocations: [SourceLocation]
    }

    /// The box holding a programme's ``Fields``; shared by copies until one of them changes a field.
    /// `@unchecked Sendable`: a box is only changed after ``makeUnique()``, so only when this programme
    /// holds the sole reference to it, so no other thread can see the change.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    /// Makes the box this programme's own (copies the fields when another copy shares it).
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    /// File name without `.md`.
    public var slug: String {
        get { storage.fields.slug }
        set {
            makeUnique()
            storage.fields.slug = newValue
            storage.fields.id = Self.id(opd: storage.fields.opdSlug, slug: storage.fields.slug)
        }
    }
    /// The lead OPD: the folder the file is in.
    public var opdSlug: String {
        get { storage.fields.opdSlug }
        set {
            makeUnique()
            storage.fields.opdSlug = newValue
            storage.fields.id = Self.id(opd: storage.fields.opdSlug, slug: storage.fields.slug)
        }
    }
    /// Stable identity across the site: `<opd>/<slug>`. Stored, not computed: every score, index and
    /// list of a build keeps programmes' ids, and a computed id made a new string for each (at 100 000
    /// programmes, about 120 MB of copies of the same texts).
    public var id: String { storage.fields.id }
    /// Title (`judul`).
    public var title: String {
        get { storage.fields.title }
        _modify {
            makeUnique()
            yield &storage.fields.title
        }
    }
    /// Dimension (`dimensi`).
    public var dimension: DimensionID {
        get { storage.fields.dimension }
        _modify {
            makeUnique()
            yield &storage.fields.dimension
        }
    }
    /// Element slug (`elemen`), if given.
    public var element: String? {
        get { storage.fields.element }
        _modify {
            makeUnique()
            yield &storage.fields.element
        }
    }
    /// Status (`status`).
    public var status: ProgramStatus {
        get { storage.fields.status }
        _modify {
            makeUnique()
            yield &storage.fields.status
        }
    }
    /// Term (`jangka`), if given.
    public var term: ProgramTerm? {
        get { storage.fields.term }
        _modify {
            makeUnique()
            yield &storage.fields.term
        }
    }
    /// Start year (`tahun_mulai`).
    public var startYear: Int? {
        get { storage.fields.startYear }
        _modify {
            makeUnique()
            yield &storage.fields.startYear
        }
    }
    /// End year (`tahun_selesai`).
    public var endYear: Int? {
        get { storage.fields.endYear }
        _modify {
            makeUnique()
            yield &storage.fields.endYear
        }
    }
    /// Budget ceiling in whole Rupiah (`anggaran`).
    public var budget: Int64? {
        get { storage.fields.budget }
        _modify {
            makeUnique()
            yield &storage.fields.budget
        }
    }
    /// Budget spent in whole Rupiah (`realisasi_anggaran`).
    public var budgetRealised: Int64? {
        get { storage.fields.budgetRealised }
        _modify {
            makeUnique()
            yield &storage.fields.budgetRealised
        }
    }
    /// Source of funds (`sumber_dana`), e.g. `APBD`.
    public var fundingSource: String? {
        get { storage.fields.fundingSource }
        _modify {
            makeUnique()
            yield &storage.fields.fundingSource
        }
    }
    /// Slugs of supporting OPDs (`mitra`).
    public var partners: [String] {
        get { storage.fields.partners }
        _modify {
            makeUnique()
            yield &storage.fields.partners
        }
    }
    /// Indicators (`indikator`).
    public var indicators: [Indicator] {
        get { storage.fields.indicators }
        _modify {
            makeUnique()
            yield &storage.fields.indicators
        }
    }
    /// Why a delayed programme is delayed (`alasan_tunda`).
    public var delayReason: String? {
        get { storage.fields.delayReason }
        _modify {
            makeUnique()
            yield &storage.fields.delayReason
        }
    }
    /// Keywords (`kata_kunci`).
    public var keywords: [String] {
        get { storage.fields.keywords }
        _modify {
            makeUnique()
            yield &storage.fields.keywords
        }
    }
    /// One-sentence summary (`ringkasan`).
    public var summary: String? {
        get { storage.fields.summary }
        _modify {
            makeUnique()
            yield &storage.fields.summary
        }
    }
    /// `true` when the programme is an invented illustration (`ilustrasi`).
    public var isIllustration: Bool {
        get { storage.fields.isIllustration }
        _modify {
            makeUnique()
            yield &storage.fields.isIllustration
        }
    }
    /// Ids (`opd/slug`) this programme had in earlier reviews (`sebelumnya`), when it moved to another
    /// OPD or was renamed: how ``ProgramLineage`` follows it across archived reviews.
    public var formerIDs: [String] {
        get { storage.fields.formerIDs }
        _modify {
            makeUnique()
            yield &storage.fields.formerIDs
        }
    }
    /// The Markdown body (rendered by ``BodyRenderer`` into ``RenderedBodies``, kept apart from the model;
    /// not archived: an archive keeps the rendered body).
    public var body: MarkdownSource {
        get { storage.fields.body }
        _modify {
            makeUnique()
            yield &storage.fields.body
        }
    }
    /// Path of the source file (for an archived programme, the archive's path).
    public var sourcePath: String {
        get { storage.fields.sourcePath }
        _modify {
            makeUnique()
            yield &storage.fields.sourcePath
        }
    }
    /// Where each front-matter field's value starts, by field name; only fields with a value
    /// (not empty or `~`), so that a field present but invalid is told from an absent one.
    public var fieldLocations: FieldLocations {
        get { storage.fields.fieldLocations }
        _modify {
            makeUnique()
            yield &storage.fields.fieldLocations
        }
    }
    /// Where each of ``partners`` is written (parallel to it; may be shorter for programmes built in code).
    public var partnerLocations: [SourceLocation] {
        get { storage.fields.partnerLocations }
        _modify {
            makeUnique()
            yield &storage.fields.partnerLocations
        }
    }
    /// Where each of ``formerIDs`` is written (parallel to it; may be shorter for programmes built in code).
    public var formerIDLocations: [SourceLocation] {
        get { storage.fields.formerIDLocations }
        _modify {
            makeUnique()
            yield &storage.fields.formerIDLocations
        }
    }

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
        storage = Storage(
            Fields(
                slug: slug, opdSlug: opdSlug, id: Self.id(opd: opdSlug, slug: slug), title: title, dimension: dimension, element: element,
                status: status, term: term, startYear: startYear, endYear: endYear, budget: budget, budgetRealised: budgetRealised,
                fundingSource: fundingSource, partners: partners, indicators: indicators, delayReason: delayReason, keywords: keywords,
                summary: summary, isIllustration: isIllustration, formerIDs: formerIDs, body: body, sourcePath: sourcePath,
                fieldLocations: fieldLocations, partnerLocations: partnerLocations, formerIDLocations: formerIDLocations))
    }

    /// Two programmes are equal when all their fields are (the same box, or equal fields).
    public static func == (lhs: Program, rhs: Program) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Hashes all fields, as `==` compares them.
    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

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

    /// Encodes the fields of ``CodingKeys`` (what an archive keeps); optional fields that are not
    /// given are left out.
    /// - Throws: `EncodingError` from the encoder.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(slug, forKey: .slug)
        try values.encode(opdSlug, forKey: .opdSlug)
        try values.encode(title, forKey: .title)
        try values.encode(dimension, forKey: .dimension)
        try values.encodeIfPresent(element, forKey: .element)
        try values.encode(status, forKey: .status)
        try values.encodeIfPresent(term, forKey: .term)
        try values.encodeIfPresent(startYear, forKey: .startYear)
        try values.encodeIfPresent(endYear, forKey: .endYear)
        try values.encodeIfPresent(budget, forKey: .budget)
        try values.encodeIfPresent(budgetRealised, forKey: .budgetRealised)
        try values.encodeIfPresent(fundingSource, forKey: .fundingSource)
        try values.encode(partners, forKey: .partners)
        try values.encode(indicators, forKey: .indicators)
        try values.encodeIfPresent(delayReason, forKey: .delayReason)
        try values.encode(keywords, forKey: .keywords)
        try values.encodeIfPresent(summary, forKey: .summary)
        try values.encode(isIllustration, forKey: .isIllustration)
        try values.encode(formerIDs, forKey: .formerIDs)
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
