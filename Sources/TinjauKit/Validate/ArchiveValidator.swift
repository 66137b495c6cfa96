/// Stage 3 for archives: checks the current review against the archived ones, so that identity
/// across years holds (docs/content-format.md, "Archives").
///
/// - An archive of a later year than the review is an error (`archive.future`); one of the same year
///   is a warning (`archive.current-year`): it is published, but not an earlier review.
/// - A `sebelumnya` that names no programme (no OPD) of any archive is an error at its line and
///   column (`program.sebelumnya-unknown`, `opd.sebelumnya-unknown`).
/// - A programme of the newest earlier archive that no current programme follows (by id, `sebelumnya`
///   or its OPD's `sebelumnya`) is a warning naming the archive (`archive.program-vanished`): a
///   programme should end as `batal`, not vanish without a trace.
public struct ArchiveValidator: Sendable {
    /// Creates a validator.
    public init() {}

    /// Checks `content` against `archives`.
    public func validate(_ content: ReviewContent, archives: [ArchivedReview]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let year = content.config.reviewYear
        for archive in archives where archive.year >= year && year > 0 {
            if archive.year > year {
                diagnostics.append(Diagnostic(.archiveFromTheFuture(archive.year, reviewYear: year), at: SourceLocation(path: archive.path)))
            } else {
                diagnostics.append(Diagnostic(.archiveOfCurrentYear(year, path: archive.path), at: content.config.location(of: "tahun_review")))
            }
        }
        // Every id and OPD slug of every archive, to check `sebelumnya`.
        var archivedIDs: [String: [Int]] = [:]
        var archivedOPDs: [String: [Int]] = [:]
        for archive in archives {
            for program in archive.content.programs { archivedIDs[program.id, default: []].append(archive.year) }
            for opd in archive.content.opds { archivedOPDs[opd.slug, default: []].append(archive.year) }
        }
        let years = archives.map(\.year).sorted().map(String.init).joined(separator: ", ")
        for program in content.programs {
            for (index, former) in program.formerIDs.enumerated() where archivedIDs[former] == nil {
                let nearest = Suggestion.nearest(former, among: archivedIDs.keys.sorted())
                diagnostics.append(
                    Diagnostic(
                        .unknownFormerProgram(former, archivedYears: years, nearest: nearest), at: program.location(ofFormerID: index)))
            }
        }
        for opd in content.opds {
            for (index, former) in opd.formerSlugs.enumerated() where archivedOPDs[former] == nil {
                let nearest = Suggestion.nearest(former, among: archivedOPDs.keys.sorted())
                diagnostics.append(
                    Diagnostic(.unknownFormerOPD(former, archivedYears: years, nearest: nearest), at: opd.location(ofFormerSlug: index)))
            }
        }
        // Programmes of the previous review that vanished without a trace.
        if let previous = archives.filter({ $0.year < year }).max(by: { $0.year < $1.year }) {
            let lineage = ProgramLineage(current: content, archives: [previous])
            let vanished = lineage.unmatched(in: previous)
            let locations = vanished.isEmpty ? [:] : previous.programLocations()
            for id in vanished {
                let title = previous.content.program(id: id)?.title ?? id
                diagnostics.append(
                    Diagnostic(
                        .programVanished(id, title: title, year: previous.year, path: previous.path),
                        at: locations[id] ?? SourceLocation(path: previous.path)))
            }
        }
        return diagnostics
    }
}
