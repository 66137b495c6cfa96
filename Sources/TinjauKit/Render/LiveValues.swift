import Foundation

/// Live numbers for narrative Markdown: `{{skor.governance}}` in a body is
/// replaced by the published score, so that prose never goes stale when a
/// programme's status changes. The names are listed in docs/content-format.md
/// ("Angka hidup") and suggested when misspelt.
public struct LiveValues: Sendable {
    /// Every name and its text, e.g. `skor.governance` → `68%`.
    public let values: [String: String]

    /// Formats the values of `aggregates` (computed once by ``ScoreAggregator``) in `format` (the
    /// language of the body they are written into); empty scores say so in `texts`.
    public init(content: ReviewContent, aggregates: Aggregates, format: SiteFormat = .indonesian, texts: Translations = EmbeddedTheme.texts) {
        var v: [String: String] = [:]
        func score(_ key: String, _ entry: ScoreEntry?) {
            v["skor.\(key)"] = entry?.published?.text(in: format) ?? SiteRenderer.emptyText(entry, texts: texts)
            v["pecahan.\(key)"] = entry.flatMap { $0.published == nil ? nil : $0.score.fraction(in: format) } ?? "0/0"
            // The band as `content` names it (an edition's content has the translated names).
            let band = entry?.published?.band
            v["tingkat.\(key)"] =
                band.map { content.config.scoring.named($0).name } ?? "–"
        }
        score("keseluruhan", aggregates.overall)
        for dimension in content.dimensions { score(dimension.id.rawValue, aggregates.dimensions[dimension.id]) }
        let counts = aggregates.statusCounts
        v["jumlah.program"] = format.integer(counts.planned)
        v["jumlah.terealisasi"] = format.integer(counts.realised)
        for status in ProgramStatus.allCases { v["jumlah.\(status.rawValue)"] = format.integer(counts[status]) }
        v["jumlah.opd"] = format.integer(content.opds.count)
        v["jumlah.opd-tanpa-operator"] = format.integer(aggregates.capacity.lackingOperator.count)
        v["jumlah.tumpang-tindih"] = format.integer(aggregates.overlaps.pairs.count)
        v["jumlah.kelompok-tumpang-tindih"] = format.integer(aggregates.overlaps.groups.count)
        v["anggaran.total"] = format.rupiah(aggregates.budget.planned)
        v["anggaran.realisasi"] = format.rupiah(aggregates.budget.realised)
        v["anggaran.tertunda"] = format.rupiah(aggregates.delays.budget)
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
