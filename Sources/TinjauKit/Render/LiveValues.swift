import Foundation

/// Live numbers for narrative Markdown: `{{skor.governance}}` in a body is
/// replaced by the published score, so that prose never goes stale when a
/// programme's status changes. The names are listed in docs/content-format.md
/// ("Angka hidup") and suggested when misspelt.
public struct LiveValues: Sendable {
    /// Every name and its text, e.g. `skor.governance` → `68%`.
    public let values: [String: String]

    /// Formats the values of `aggregates` (computed once by ``ScoreAggregator``).
    public init(content: ReviewContent, aggregates: Aggregates) {
        var v: [String: String] = [:]
        func score(_ key: String, _ entry: ScoreEntry?) {
            v["skor.\(key)"] = entry?.published?.text ?? SiteRenderer.emptyText(entry)
            v["pecahan.\(key)"] = entry.flatMap { $0.published == nil ? nil : $0.score.fraction } ?? "0/0"
            v["tingkat.\(key)"] = entry?.published?.band?.name ?? "–"
        }
        score("keseluruhan", aggregates.overall)
        for dimension in content.dimensions { score(dimension.id.rawValue, aggregates.dimensions[dimension.id]) }
        let counts = aggregates.statusCounts
        v["jumlah.program"] = IndonesianFormat.integer(counts.planned)
        v["jumlah.terealisasi"] = IndonesianFormat.integer(counts.realised)
        for status in ProgramStatus.allCases { v["jumlah.\(status.rawValue)"] = IndonesianFormat.integer(counts[status]) }
        v["jumlah.opd"] = IndonesianFormat.integer(content.opds.count)
        v["jumlah.opd-tanpa-operator"] = IndonesianFormat.integer(aggregates.capacity.lackingOperator.count)
        v["jumlah.tumpang-tindih"] = IndonesianFormat.integer(aggregates.overlaps.pairs.count)
        v["jumlah.kelompok-tumpang-tindih"] = IndonesianFormat.integer(aggregates.overlaps.groups.count)
        v["anggaran.total"] = IndonesianFormat.rupiah(aggregates.budget.planned)
        v["anggaran.realisasi"] = IndonesianFormat.rupiah(aggregates.budget.realised)
        v["anggaran.tertunda"] = IndonesianFormat.rupiah(aggregates.delays.budget)
        v["tahun.review"] = String(content.config.reviewYear)
        v["tahun.berikutnya"] = String(content.config.reviewYear + 1)
        values = v
    }

    /// Replaces every `{{ name }}` in `text`; unknown names are errors at their column.
    func substitute(_ text: String, at location: SourceLocation, log: DiagnosticCollector) -> String? {
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
                log.report(.unknownLiveValue(name, nearest: nearest), at: SourceLocation(path: location.path, line: location.line, column: column))
                out += String(rest[open.lowerBound..<close.upperBound])
            }
            column += rest.distance(from: open.lowerBound, to: close.upperBound)
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }
}
