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
                diagnostics.append(Diagnostic(.error, "archive.future", at: SourceLocation(path: archive.path),
                    "arsip review \(archive.year) lebih baru dari review ini (`tahun_review: \(year)`)",
                    hint: "review yang sedang disunting adalah yang terbaru: periksa `tahun_review` di `tinjau.yml`, atau pindahkan arsip ini ke proyek review \(archive.year)",
                    en: "the archived review \(archive.year) is newer than this review (`tahun_review: \(year)`)",
                    hintEN: "the review being edited is the newest one: check `tahun_review` in `tinjau.yml`, or move this archive to the project of the \(archive.year) review"))
            } else {
                diagnostics.append(Diagnostic(.warning, "archive.current-year", at: content.config.location(of: "tahun_review"),
                    "review tahun \(year) sudah diarsipkan (`\(archive.path)`); review ini masih tahun \(year)",
                    hint: "untuk memulai review berikutnya, ubah `tahun_review` menjadi \(year + 1); arsip \(year) diterbitkan di `arsip/\(year)/` dan tidak berubah lagi",
                    en: "the review of \(year) has been archived (`\(archive.path)`); this review is still \(year)",
                    hintEN: "to start the next review, change `tahun_review` to \(year + 1); the \(year) archive is published under `arsip/\(year)/` and never changes again"))
            }
        }
        // Every id and OPD slug of every archive, to check `sebelumnya`.
        var archivedIDs: [String: [Int]] = [:], archivedOPDs: [String: [Int]] = [:]
        for archive in archives {
            for program in archive.content.programs { archivedIDs[program.id, default: []].append(archive.year) }
            for opd in archive.content.opds { archivedOPDs[opd.slug, default: []].append(archive.year) }
        }
        let years = archives.map(\.year).sorted().map(String.init).joined(separator: ", ")
        for program in content.programs {
            for (index, former) in program.formerIDs.enumerated() where archivedIDs[former] == nil {
                let nearest = Suggestion.nearest(former, among: archivedIDs.keys.sorted())
                diagnostics.append(Diagnostic(.error, "program.sebelumnya-unknown", at: program.location(ofFormerID: index),
                    archives.isEmpty ? "`sebelumnya` menyebut `\(former)`, padahal belum ada review yang diarsipkan"
                                     : "`sebelumnya` menyebut `\(former)`, yang tidak ada di arsip mana pun (\(years))",
                    hint: archives.isEmpty ? "hapus `sebelumnya`, atau arsipkan dulu review sebelumnya dengan `tinjau arsip`"
                        : nearest.map { "maksud Anda `\($0)`? `sebelumnya` berisi id program ini di review sebelumnya (`opd/slug`)" }
                            ?? "tulis id program ini di review sebelumnya (`opd/slug`, lihat `data/program.csv` situs arsipnya), atau hapus `sebelumnya` bila program ini baru",
                    en: archives.isEmpty ? "`sebelumnya` names `\(former)`, but no review has been archived yet"
                                         : "`sebelumnya` names `\(former)`, which is in no archive (\(years))",
                    hintEN: archives.isEmpty ? "remove `sebelumnya`, or archive the previous review first with `tinjau arsip`"
                        : nearest.map { "did you mean `\($0)`? `sebelumnya` holds the id this programme had in the earlier review (`opd/slug`)" }
                            ?? "write the id this programme had in the earlier review (`opd/slug`, see the archived site's `data/program.csv`), or remove `sebelumnya` if the programme is new"))
            }
        }
        for opd in content.opds {
            for (index, former) in opd.formerSlugs.enumerated() where archivedOPDs[former] == nil {
                let nearest = Suggestion.nearest(former, among: archivedOPDs.keys.sorted())
                diagnostics.append(Diagnostic(.error, "opd.sebelumnya-unknown", at: opd.location(ofFormerSlug: index),
                    archives.isEmpty ? "`sebelumnya` menyebut OPD `\(former)`, padahal belum ada review yang diarsipkan"
                                     : "`sebelumnya` menyebut OPD `\(former)`, yang tidak ada di arsip mana pun (\(years))",
                    hint: archives.isEmpty ? "hapus `sebelumnya`, atau arsipkan dulu review sebelumnya dengan `tinjau arsip`"
                        : nearest.map { "maksud Anda `\($0)`? `sebelumnya` berisi slug (nama folder) OPD ini di review sebelumnya" }
                            ?? "tulis slug (nama folder) OPD ini di review sebelumnya, atau hapus `sebelumnya` bila OPD ini baru",
                    en: archives.isEmpty ? "`sebelumnya` names OPD `\(former)`, but no review has been archived yet"
                                         : "`sebelumnya` names OPD `\(former)`, which is in no archive (\(years))",
                    hintEN: archives.isEmpty ? "remove `sebelumnya`, or archive the previous review first with `tinjau arsip`"
                        : nearest.map { "did you mean `\($0)`? `sebelumnya` holds the slug (folder name) this OPD had in the earlier review" }
                            ?? "write the slug (folder name) this OPD had in the earlier review, or remove `sebelumnya` if the OPD is new"))
            }
        }
        // Programmes of the previous review that vanished without a trace.
        if let previous = archives.filter({ $0.year < year }).max(by: { $0.year < $1.year }) {
            let lineage = ProgramLineage(current: content, archives: [previous])
            let vanished = lineage.unmatched(in: previous)
            let locations = vanished.isEmpty ? [:] : previous.programLocations()
            for id in vanished {
                let title = previous.content.program(id: id)?.title ?? id
                diagnostics.append(Diagnostic(.warning, "archive.program-vanished", at: locations[id] ?? SourceLocation(path: previous.path),
                    "program `\(id)` (\(title)) ada di review \(previous.year) (`\(previous.path)`) tetapi tidak ada di review ini",
                    hint: "bila program dihentikan, kembalikan berkasnya dengan `status: batal`; bila dipindah ke OPD lain atau berganti nama berkas, tulis `sebelumnya: [\(id)]` di berkas barunya",
                    en: "programme `\(id)` (\(title)) is in the \(previous.year) review (`\(previous.path)`) but not in this review",
                    hintEN: "if the programme was stopped, bring its file back with `status: batal`; if it moved to another OPD or its file was renamed, write `sebelumnya: [\(id)]` in its new file"))
            }
        }
        return diagnostics
    }
}
