/// How scores are computed (`penilaian.metode` in `tinjau.yml`).
public enum ScoringMethod: String, CaseIterable, Sendable, Hashable, Codable {
    /// Realised programmes ÷ planned programmes × 100 (the default; it reproduces
    /// the small-count ratios of the shipped review, e.g. 13/19 = 68 %).
    case programRealisation = "realisasi-program"
    /// Weighted mean of indicator achievement, each clamped to 0…1, × 100.
    case indicatorAchievement = "capaian-indikator"
}

/// A maturity band (`tingkat_kematangan`): a score at or above `minimum`
/// (percent, 0…100) and below the next band's minimum gets this band's name.
public struct MaturityBand: Hashable, Sendable, Codable {
    /// Lower bound in percent, 0…100, inclusive, exactly as written in `tinjau.yml`.
    public var minimum: Rational
    /// Name, e.g. `Berkembang`.
    public var name: String
    /// One-line explanation, or empty.
    public var description: String

    /// Creates a band.
    public init(minimum: Rational, name: String, description: String = "") {
        self.minimum = minimum
        self.name = name
        self.description = description
    }
}

/// Scoring settings of a review (`penilaian` in `tinjau.yml`).
public struct ScoringSettings: Hashable, Sendable, Codable {
    /// The method.
    public var method: ScoringMethod
    /// Statuses that count as realised (default `berjalan`, `selesai`).
    public var realisedStatuses: [ProgramStatus]
    /// Decimals shown in percentages, 0…3 (the 2020 review published whole percentages).
    public var precision: Int
    /// Maturity bands, sorted by ascending minimum; the first starts at 0.
    public var maturityBands: [MaturityBand]

    /// Creates settings; the defaults are those of the review shipped in `content/`.
    public init(
        method: ScoringMethod = .programRealisation,
        realisedStatuses: [ProgramStatus] = [.berjalan, .selesai],
        precision: Int = 0,
        maturityBands: [MaturityBand] = ScoringSettings.defaultBands
    ) {
        self.method = method
        self.realisedStatuses = realisedStatuses
        self.precision = precision
        self.maturityBands = maturityBands.sorted { $0.minimum < $1.minimum }
    }

    /// Four bands after the five-stage maturity scales used for Indonesian smart-city
    /// indices, folded to four: Rintisan 0, Berkembang 40, Matang 60, Optimal 80.
    public static let defaultBands: [MaturityBand] = [
        MaturityBand(minimum: 0, name: "Rintisan", description: "Program baru dirintis; sebagian besar belum berjalan."),
        MaturityBand(minimum: 40, name: "Berkembang", description: "Sebagian program berjalan; perlu percepatan."),
        MaturityBand(minimum: 60, name: "Matang", description: "Sebagian besar program berjalan sesuai rencana."),
        MaturityBand(minimum: 80, name: "Optimal", description: "Hampir semua program terealisasi."),
    ]

    /// `band` as these settings name it: their band with the same lower bound (an edition's settings
    /// carry the translated names of ``ConfigTranslation``), or `band` itself when they have none.
    public func named(_ band: MaturityBand) -> MaturityBand {
        maturityBands.first { $0.minimum == band.minimum } ?? band
    }

    /// The band a published (rounded) percentage, 0…100, falls in: compared exactly, so that
    /// 40 % published is "Berkembang" whatever binary floating point would make of it.
    public func band(for percent: Rational) -> MaturityBand? {
        maturityBands.last { percent >= $0.minimum }
    }
}

/// The review as a whole: `content/tinjau.yml`.
public struct ReviewConfig: Hashable, Sendable, Codable {
    /// Title (`judul`).
    public var title: String
    /// Region (`wilayah`), e.g. `Kota Contoh`.
    public var region: String
    /// Kemendagri region code (`kode_wilayah`), kept as written, e.g. `34.02`.
    public var regionCode: String?
    /// Year reviewed (`tahun_review`).
    public var reviewYear: Int
    /// Name of the masterplan (`masterplan.judul`).
    public var masterplanTitle: String?
    /// First year of the masterplan period.
    public var masterplanStart: Int
    /// Last year of the masterplan period.
    public var masterplanEnd: Int
    /// Day of the review (`tanggal_review`).
    public var reviewDate: ISODate?
    /// Organiser (`penyelenggara`).
    public var organiser: String?
    /// Evaluator (`evaluator`).
    public var evaluator: String?
    /// The region's logo (`logo`): a file of the theme's `assets/` folder (`assets/logo.svg`), shown
    /// beside the site's title; checked against the theme by ``SiteBuilder`` (`review.logo`).
    public var logo: String?
    /// Summary for the home page (`deskripsi`).
    public var description: String?
    /// Public address of the site (`base_url`) as ``SiteAddress/normalisedBase(_:)`` leaves it:
    /// percent-encoded (RFC 3986), scheme and host in lower case, without a trailing slash.
    public var baseURL: String?
    /// Whether raw HTML in Markdown is kept (`izinkan_html`; default `false`, libcmark's safe mode).
    public var allowRawHTML: Bool
    /// Scoring settings (`penilaian`).
    public var scoring: ScoringSettings
    /// Minimum similarity 0…1 for two programmes to be listed as overlapping
    /// (`tumpang_tindih.ambang`; default 0,2), exactly as written.
    public var overlapThreshold: Rational
    /// Matches kept per programme (`tumpang_tindih.maks_per_program`, 1…100; default 5).
    public var overlapMaxPerProgram: Int

    /// The overlap detector's settings.
    public var overlapSettings: OverlapSettings {
        OverlapSettings(threshold: overlapThreshold.doubleValue, maxPerProgram: overlapMaxPerProgram)
    }
    /// Licence of the open data (`data.lisensi`; default `CC BY 4.0`).
    public var dataLicence: String
    /// Producer of the data (`data.produsen`; default the organiser).
    public var dataProducer: String?
    /// Data steward, walidata (`data.walidata`; default the organiser).
    public var dataSteward: String?
    /// At most this many programmes per page of a programme list (`program_per_halaman`, 10…10 000;
    /// default 250): a longer list is split into numbered pages (``ProgramListSlice``), so that a
    /// province's list stays readable on a phone and a one-programme edit re-renders one page of it.
    /// Not archived: an archived review is paged as the current one.
    public var programsPerPage = ReviewConfig.defaultProgramsPerPage
    /// The default of ``programsPerPage``: about 140 KB of HTML per page.
    public static let defaultProgramsPerPage = 250
    /// The values ``programsPerPage`` may take.
    public static let programsPerPageRange = 10...10_000
    /// The languages of the site (`bahasa`), the review's own first: its edition is at the site's root,
    /// every other one under `<lang>/` (``Edition``). Empty means Indonesian only. Not archived: an
    /// archived review is published in the language it was published in.
    public var languages: [String] = []
    /// Path of `tinjau.yml` (for an archived review, the archive's path).
    public var sourcePath: String = "tinjau.yml"
    /// Where each field of `tinjau.yml` has its value, by name; nested fields as
    /// `masterplan.tahun_mulai`, `tumpang_tindih.ambang`, `data.lisensi`.
    public var fieldLocations: [String: SourceLocation] = [:]

    /// The fields an archive keeps (``ReviewSnapshot``): every setting, not where it was written.
    enum CodingKeys: String, CodingKey {
        case title, region, regionCode, reviewYear, masterplanTitle, masterplanStart, masterplanEnd, reviewDate, organiser
        case evaluator, description, baseURL, allowRawHTML, scoring, overlapThreshold, overlapMaxPerProgram, dataLicence
        case dataProducer, dataSteward, logo
    }

    /// Creates a review configuration.
    public init(
        title: String, region: String, regionCode: String? = nil, reviewYear: Int,
        masterplanTitle: String? = nil, masterplanStart: Int, masterplanEnd: Int,
        reviewDate: ISODate? = nil, organiser: String? = nil, evaluator: String? = nil,
        description: String? = nil, baseURL: String? = nil, allowRawHTML: Bool = false,
        scoring: ScoringSettings = ScoringSettings(), overlapThreshold: Rational = Rational(1, 5),
        overlapMaxPerProgram: Int = 5, dataLicence: String = "CC BY 4.0",
        dataProducer: String? = nil, dataSteward: String? = nil, logo: String? = nil, sourcePath: String = "tinjau.yml",
        fieldLocations: [String: SourceLocation] = [:]
    ) {
        self.title = title
        self.region = region
        self.regionCode = regionCode
        self.reviewYear = reviewYear
        self.masterplanTitle = masterplanTitle
        self.masterplanStart = masterplanStart
        self.masterplanEnd = masterplanEnd
        self.reviewDate = reviewDate
        self.organiser = organiser
        self.evaluator = evaluator
        self.description = description
        self.baseURL = baseURL
        self.allowRawHTML = allowRawHTML
        self.scoring = scoring
        self.overlapThreshold = overlapThreshold
        self.overlapMaxPerProgram = overlapMaxPerProgram
        self.dataLicence = dataLicence
        self.dataProducer = dataProducer
        self.dataSteward = dataSteward
        self.logo = logo
        self.sourcePath = sourcePath
        self.fieldLocations = fieldLocations
    }

    /// The location of a field's value (`tahun_review`, `masterplan.tahun_mulai`), or the
    /// start of `tinjau.yml` when the field is absent or the configuration was built in code.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: sourcePath, line: 1, column: 1)
    }
}

/// Everything parsed from `content/`, before validation and aggregation.
public struct ReviewContent: Sendable {
    /// The review settings.
    public var config: ReviewConfig
    /// The six dimensions, in framework order.
    public var dimensions: [Dimension]
    /// The translations of the review's texts by language code (`en`), from translation files
    /// (``ContentTranslation``); empty for a review in one language.
    public var translations: [String: ContentTranslation] = [:]
    /// OPDs sorted by slug.
    public var opds: [OPD] { didSet { opdIndex = Self.index(opds, by: \.slug) } }
    /// Programmes sorted by OPD slug, then slug.
    public var programs: [Program] {
        get { storedPrograms }
        set {
            storedPrograms = newValue
            reindexPrograms()
        }
        _modify {
            defer { reindexPrograms() }
            yield &storedPrograms
        }
    }
    /// The programmes; every change through ``programs`` indexes them again.
    private var storedPrograms: [Program]
    /// Position of each OPD by slug, kept in step with `opds`.
    private var opdIndex: [String: Int] = [:]
    /// Position of each programme by id (`opd/slug`), kept in step with `programs`.
    private var programIndex: [String: Int] = [:]
    /// Positions of each OPD's programmes, in `programs` order.
    private var programsByOPD: [String: [Int]] = [:]
    /// Positions of the programmes that name each OPD as a partner (`mitra`).
    private var programsByPartner: [String: [Int]] = [:]

    private static func index<T>(_ items: [T], by key: (T) -> String) -> [String: Int] {
        var result: [String: Int] = [:]
        for (position, item) in items.enumerated() where result[key(item)] == nil { result[key(item)] = position }
        return result
    }

    private mutating func reindexPrograms() {
        programIndex = Self.index(programs, by: \.id)
        var byOPD: [String: [Int]] = [:]
        var byPartner: [String: [Int]] = [:]
        for (position, program) in programs.enumerated() {
            byOPD[program.opdSlug, default: []].append(position)
            for partner in Set(program.partners) { byPartner[partner, default: []].append(position) }
        }
        programsByOPD = byOPD
        programsByPartner = byPartner
    }
    /// Drops every programme's Markdown source once the bodies are rendered
    /// (``MarkdownSource/releaseText()``); order, ids and indexes stay as they are.
    public mutating func releaseProgramBodies() {
        // Neither order nor ids change: the indexes stay.
        for index in storedPrograms.indices { storedPrograms[index].body.releaseText() }
    }

    /// Gives the programme at `position` the body `body` (`tinjau serve`, after an edit of a
    /// programme's text alone); order, ids and indexes stay as they are.
    mutating func replaceBody(ofProgramAt position: Int, with body: MarkdownSource) {
        storedPrograms[position].body = body
    }

    /// Puts each programme of `replacements` (its position and the programme parsed again from the
    /// same file: same id) in its place, then indexes the programmes again once (`tinjau serve`,
    /// after an edit of programmes' front matter).
    mutating func replacePrograms(_ replacements: [(position: Int, program: Program)]) {
        guard !replacements.isEmpty else { return }
        for (position, program) in replacements { storedPrograms[position] = program }
        reindexPrograms()
    }

    /// Narrative pages sorted by `urutan`, then slug.
    public var pages: [NarrativePage]
    /// Number of files read.
    public var filesRead: Int

    /// Creates the content; the arrays are sorted into their canonical order.
    public init(
        config: ReviewConfig, dimensions: [Dimension] = Dimension.builtIn, opds: [OPD], programs: [Program],
        pages: [NarrativePage] = [], filesRead: Int = 0
    ) {
        self.config = config
        self.dimensions = dimensions.sorted { $0.id < $1.id }
        self.opds = opds.sorted { $0.slug < $1.slug }
        self.storedPrograms = programs.sorted { ($0.opdSlug, $0.slug) < ($1.opdSlug, $1.slug) }
        self.pages = pages.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
        self.filesRead = filesRead
        // The stored properties are set directly in an initialiser: index them here.
        opdIndex = Self.index(self.opds, by: \.slug)
        reindexPrograms()
    }

    /// The dimension with `id`.
    public func dimension(_ id: DimensionID) -> Dimension {
        dimensions.first { $0.id == id } ?? Dimension.builtIn.first { $0.id == id }!
    }

    /// The OPD with `slug`, if any.
    public func opd(_ slug: String) -> OPD? { opdIndex[slug].map { opds[$0] } }

    /// The programme with id `opd/slug`, if any (constant time).
    public func program(id: String) -> Program? { programIndex[id].map { programs[$0] } }

    /// The position of the programme with id `opd/slug` in ``programs`` (and in the data files), if any.
    public func position(ofProgram id: String) -> Int? { programIndex[id] }

    /// The programmes led by the OPD `slug`, in canonical order (constant time per OPD).
    public func programs(ofOPD slug: String) -> [Program] { positions(ofOPD: slug).map { programs[$0] } }

    /// The positions in ``programs`` of the programmes led by the OPD `slug`, ascending.
    public func positions(ofOPD slug: String) -> [Int] { programsByOPD[slug] ?? [] }

    /// The programmes that name the OPD `slug` as a partner (`mitra`), in canonical order.
    public func programs(withPartner slug: String) -> [Program] { (programsByPartner[slug] ?? []).map { programs[$0] } }
}
