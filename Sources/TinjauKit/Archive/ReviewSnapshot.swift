/// A review frozen as it was published: `content/arsip/<year>.json`, written by `tinjau arsip`
/// (``SiteBuilder/archive(_:overwrite:)``) and committed by the editors.
///
/// It holds everything the pages and data files of that review need: the settings, dimensions,
/// OPDs, programmes and narrative pages (their values, not their Markdown), every number of
/// ``Aggregates`` (exactly: rationals as `"n/d"` texts, Rupiah as integers) and the rendered
/// bodies. A later build renders the archived review from the snapshot alone, without parsing or
/// aggregating anything, so that its numbers can never change, whatever happens to the programme
/// files and the scoring settings afterwards. The format is described, with its JSON Schema
/// (`docs/schema/arsip.schema.json`), in docs/content-format.md ("Archives").
public struct ReviewSnapshot: Codable, Sendable {
    /// The version of the snapshot format this tinjau writes and reads. A snapshot with a higher
    /// version is refused (`archive.newer`); a lower one would be migrated by ``ArchiveCodec`` (there is
    /// none yet: 1 is the first).
    public static let currentSchemaVersion = 1

    /// The format version of this snapshot.
    public var schemaVersion: Int
    /// The tinjau version that wrote it (`0.1.0`).
    public var tinjauVersion: String
    /// The review year (`tahun_review`), also the archive's file name.
    public var year: Int
    /// The review's settings (`tinjau.yml`).
    public var config: ReviewConfig
    /// The dimensions and their elements, in framework order.
    public var dimensions: [Dimension]
    /// The OPDs, sorted by slug.
    public var opds: [OPD]
    /// The programmes, sorted by OPD, then slug.
    public var programs: [Program]
    /// The narrative pages, in navigation order.
    public var pages: [NarrativePage]
    /// Every number the review published.
    public var aggregates: Aggregates
    /// The Markdown bodies as they were rendered to HTML.
    public var bodies: RenderedBodies

    /// A snapshot of an analysed review (``SiteBuilder/Analysis``).
    public init(content: ReviewContent, aggregates: Aggregates, bodies: RenderedBodies) {
        schemaVersion = Self.currentSchemaVersion
        tinjauVersion = TinjauVersion.current
        year = content.config.reviewYear
        config = content.config
        dimensions = content.dimensions
        opds = content.opds
        programs = content.programs
        pages = content.pages
        self.aggregates = aggregates
        // An archived review is published in its own language only (``Edition``): translations are not kept.
        var bodies = bodies
        bodies.translations = nil
        self.bodies = bodies
    }

    /// The archived content, every source path set to the archive's `path` (for diagnostics that
    /// concern an archived programme).
    public func content(path: String) -> ReviewContent {
        var config = self.config
        config.sourcePath = path
        return ReviewContent(
            config: config, dimensions: dimensions,
            opds: opds.map {
                var o = $0
                o.sourcePath = path
                return o
            },
            programs: programs.map {
                var p = $0
                p.sourcePath = path
                return p
            },
            pages: pages.map {
                var p = $0
                p.sourcePath = path
                return p
            })
    }
}

/// An archived review as a build uses it: read from `content/arsip/<year>.json` by ``ArchiveCodec``,
/// never parsed from Markdown nor aggregated again.
public struct ArchivedReview: Sendable {
    /// The review year.
    public var year: Int
    /// The archive's path, as diagnostics name it (`content/arsip/2020.json`).
    public var path: String
    /// The tinjau version that wrote it.
    public var tinjauVersion: String
    /// The archived content (values only; bodies are in ``bodies``).
    public var content: ReviewContent
    /// The archived numbers, exactly as published.
    public var aggregates: Aggregates
    /// The archived rendered bodies.
    public var bodies: RenderedBodies
    /// The archive's text, to point diagnostics at a line (``JSONLocator``).
    public var text: String

    /// Creates an archived review from its snapshot.
    public init(snapshot: ReviewSnapshot, path: String, text: String) {
        year = snapshot.year
        self.path = path
        tinjauVersion = snapshot.tinjauVersion
        content = snapshot.content(path: path)
        aggregates = snapshot.aggregates
        bodies = snapshot.bodies
        self.text = text
    }

    /// Where each archived programme starts in the archive (line and column of its object), by id,
    /// found in one pass over the text; a programme not found is at the archive as a whole.
    public func programLocations() -> [String: SourceLocation] {
        let positions = JSONLocator.elementPositions(of: [.key("programs")], in: text)
        var result: [String: SourceLocation] = [:]
        for (index, program) in content.programs.enumerated() {
            result[program.id] =
                index < positions.count
                ? SourceLocation(path: path, line: positions[index].line, column: positions[index].column) : SourceLocation(path: path)
        }
        return result
    }
}
