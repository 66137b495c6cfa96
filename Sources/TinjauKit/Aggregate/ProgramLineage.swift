/// Follows the programmes and OPDs of the current review back through the archived reviews.
///
/// A programme is the same programme in an earlier review when it has the same id (`opd/slug`),
/// or when it names that review's id in `sebelumnya` (it moved to another OPD or was renamed), or
/// when its OPD names that review's OPD slug in `sebelumnya` (a reorganisation renamed the OPD, so
/// `lama/slug` was its id). The search goes from the newest archive to the oldest, and each match
/// adds the archived programme's own id and `sebelumnya` (as that archive recorded them), so that a
/// programme renamed twice is followed through both renames. OPDs are followed the same way
/// through their slugs and `sebelumnya`.
public struct ProgramLineage: Sendable {
    /// Per archive year: current programme id → its id in that archive (only matched programmes).
    public private(set) var programs: [Int: [String: String]] = [:]
    /// Per archive year: current OPD slug → its slug in that archive (only matched OPDs).
    public private(set) var opds: [Int: [String: String]] = [:]

    /// Matches every programme and OPD of `current` in every archive of `archives`.
    public init(current: ReviewContent, archives: [ArchivedReview]) {
        let newestFirst = archives.sorted { $0.year > $1.year }
        for opd in current.opds {
            var keys = Self.unique([opd.slug] + opd.formerSlugs)
            for archive in newestFirst {
                guard let match = keys.first(where: { archive.content.opd($0) != nil }), let archived = archive.content.opd(match) else { continue }
                opds[archive.year, default: [:]][opd.slug] = match
                keys = Self.unique([archived.slug] + archived.formerSlugs + keys)
            }
        }
        for program in current.programs {
            var keys = Self.candidates(program, opd: current.opd(program.opdSlug))
            for archive in newestFirst {
                guard let match = keys.first(where: { archive.content.program(id: $0) != nil }),
                    let archived = archive.content.program(id: match)
                else { continue }
                programs[archive.year, default: [:]][program.id] = match
                keys = Self.unique(Self.candidates(archived, opd: archive.content.opd(archived.opdSlug)) + keys)
            }
        }
    }

    /// The ids a programme may have had before, most likely first: its own id, its `sebelumnya`, and
    /// `lama/slug` for each former slug of its OPD.
    static func candidates(_ program: Program, opd: OPD?) -> [String] {
        unique([program.id] + program.formerIDs + (opd?.formerSlugs ?? []).map { $0 + "/" + program.slug })
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// The id the current programme `id` had in the review of `year`, if it was in it.
    public func program(_ id: String, in year: Int) -> String? { programs[year]?[id] }

    /// The slug the current OPD `slug` had in the review of `year`, if it was in it.
    public func opd(_ slug: String, in year: Int) -> String? { opds[year]?[slug] }

    /// The archived programmes of `year` that no current programme follows, as a set of their ids.
    public func unmatched(in archive: ArchivedReview) -> [String] {
        let matched = Set((programs[archive.year] ?? [:]).values)
        return archive.content.programs.map(\.id).filter { !matched.contains($0) }
    }
}
