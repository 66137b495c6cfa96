/// The texts of a review in another language than Indonesian: what translation files give
/// (`<name>.<lang>.md` beside `<name>.md`, `tinjau.<lang>.yml` beside `tinjau.yml`; see
/// docs/content-format.md). A translation holds only texts; every number, date, status and link
/// comes from the original file, so an edition never publishes a figure of its own.
public struct ContentTranslation: Sendable, Hashable {
    /// The language code (`en`).
    public var language: String
    /// The review's texts (`tinjau.<lang>.yml`), or `nil` when there is no such file.
    public var config: ConfigTranslation?
    /// Programme texts by programme id (`opd/slug`).
    public var programs: [String: TextTranslation] = [:]
    /// OPD texts by OPD slug (`opd/<slug>/_index.<lang>.md`).
    public var opds: [String: TextTranslation] = [:]
    /// Narrative page texts by page slug (`halaman/<slug>.<lang>.md`).
    public var pages: [String: TextTranslation] = [:]

    /// Creates an empty translation into `language`.
    public init(language: String) { self.language = language }

    /// Whether the translation has no text at all.
    public var isEmpty: Bool { config == nil && programs.isEmpty && opds.isEmpty && pages.isEmpty }
}

/// The translated texts of one Markdown file: its title (`judul`, or `nama` for an OPD), summary
/// (`ringkasan`) and body. A text left out keeps the original's.
public struct TextTranslation: Sendable, Hashable {
    /// The title or OPD name, or `nil` to keep the original's.
    public var title: String?
    /// The summary, or `nil` to keep the original's.
    public var summary: String?
    /// The Markdown body; empty keeps the original's body.
    public var body: MarkdownSource
    /// The translation file's path, relative to `content/`.
    public var sourcePath: String

    /// Creates a text translation.
    public init(title: String? = nil, summary: String? = nil, body: MarkdownSource = .empty, sourcePath: String) {
        self.title = title
        self.summary = summary
        self.body = body
        self.sourcePath = sourcePath
    }
}

/// The translated texts of `tinjau.yml`: title, region, description, organiser, the masterplan's
/// title and the maturity bands' names and explanations, in the bands' order. `nil` keeps the
/// original's text.
public struct ConfigTranslation: Sendable, Hashable {
    /// `judul`.
    public var title: String?
    /// `wilayah` (`Example Regency`).
    public var region: String?
    /// `deskripsi`.
    public var description: String?
    /// `penyelenggara`.
    public var organiser: String?
    /// `masterplan.judul`.
    public var masterplanTitle: String?
    /// `penilaian.tingkat_kematangan[i].nama` and `.keterangan`, one per band of the original, in order.
    public var bands: [(name: String?, description: String?)] = []
    /// The file's path, relative to `content/` (`tinjau.en.yml`).
    public var sourcePath: String
    /// Where `penilaian.tingkat_kematangan` is written, when it is.
    public var bandsLocation: SourceLocation?

    /// Creates a translation of the review's texts.
    public init(sourcePath: String) { self.sourcePath = sourcePath }

    public static func == (lhs: ConfigTranslation, rhs: ConfigTranslation) -> Bool {
        [lhs.title, lhs.region, lhs.description, lhs.organiser, lhs.masterplanTitle, lhs.sourcePath]
            == [rhs.title, rhs.region, rhs.description, rhs.organiser, rhs.masterplanTitle, rhs.sourcePath]
            && lhs.bands.map(\.name) == rhs.bands.map(\.name) && lhs.bands.map(\.description) == rhs.bands.map(\.description)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(sourcePath)
    }
}
