/// Live numbers for narrative Markdown: `{{skor.governance}}` in a body is
/// replaced by the published score, so that prose never goes stale when a
/// programme's status changes. The names are listed in docs/content-format.md
/// ("Angka hidup") and suggested when misspelt.
public struct LiveValues: Sendable {
    /// Every name and its text, e.g. `skor.governance` → `68%`.
    public let values: [String: String]

    /// Computes the values for `content`.
    public init(content: ReviewContent, aggregates: Aggregates) {
        let precision = content.config.scoring.precision
        var v: [String: String] = [:]
        func score(_ key: String, _ entry: ScoreEntry?) {
            let s = entry?.score
            v["skor.\(key)"] = s?.formatted(precision: precision) ?? SiteRenderer.emptyScoreText
            v["pecahan.\(key)"] = s.map(\.fraction) ?? "0/0"
            v["tingkat.\(key)"] = s?.publishedPercent(precision: precision).flatMap { content.config.scoring.band(for: $0)?.name } ?? "–"
        }
        score("keseluruhan", aggregates.overall)
        for dimension in content.dimensions { score(dimension.id.rawValue, aggregates.dimensions[dimension.id]) }
        let programs = content.programs
        let planned = programs.filter { $0.status != .batal }
        v["jumlah.program"] = IndonesianFormat.integer(planned.count)
        v["jumlah.terealisasi"] = IndonesianFormat.integer(planned.filter { content.config.scoring.realisedStatuses.contains($0.status) }.count)
        for status in ProgramStatus.allCases { v["jumlah.\(status.rawValue)"] = IndonesianFormat.integer(programs.filter { $0.status == status }.count) }
        v["jumlah.opd"] = IndonesianFormat.integer(content.opds.count)
        v["jumlah.opd-tanpa-operator"] = IndonesianFormat.integer(content.opds.filter { opd in
            (opd.itOperators ?? 0) == 0 && planned.contains { $0.opdSlug == opd.slug }
        }.count)
        v["jumlah.tumpang-tindih"] = IndonesianFormat.integer(aggregates.overlaps.pairs.count)
        v["anggaran.total"] = IndonesianFormat.rupiah(aggregates.budget.planned)
        v["anggaran.realisasi"] = IndonesianFormat.rupiah(aggregates.budget.realised)
        v["anggaran.tertunda"] = IndonesianFormat.rupiah(aggregates.budget.delayed)
        v["tahun.review"] = String(content.config.reviewYear)
        v["tahun.berikutnya"] = String(content.config.reviewYear + 1)
        values = v
    }

    /// Replaces every `{{ name }}` in `text`; unknown names are errors at their column.
    func substitute(_ text: String, at location: SourceLocation, into diagnostics: inout [Diagnostic]) -> String? {
        var out = ""
        var rest = text[...]
        var column = location.column
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            column += rest.distance(from: rest.startIndex, to: open.lowerBound)
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else {
                out += rest[open.lowerBound...]
                rest = rest[rest.endIndex...]
                break
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let value = values[name] {
                out += value
            } else {
                let nearest = Suggestion.nearest(name, among: values.keys.sorted())
                diagnostics.append(Diagnostic(.error, "value.live-unknown", at: SourceLocation(path: location.path, line: location.line, column: column),
                    "angka hidup `{{\(name)}}` tidak dikenal",
                    hint: nearest.map { "maksud Anda `{{\($0)}}`? Daftar lengkapnya ada di docs/content-format.md (Angka hidup)" }
                        ?? "daftar nama yang sah ada di docs/content-format.md (Angka hidup), misalnya `{{skor.governance}}`",
                    en: "live value `{{\(name)}}` is unknown",
                    hintEN: nearest.map { "did you mean `{{\($0)}}`? The full list is in docs/content-format.md (Angka hidup)" }
                        ?? "the valid names are listed in docs/content-format.md (Angka hidup), for example `{{skor.governance}}`"))
                out += String(rest[open.lowerBound..<close.upperBound])
            }
            column += rest.distance(from: open.lowerBound, to: close.upperBound)
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }
}

import Foundation
