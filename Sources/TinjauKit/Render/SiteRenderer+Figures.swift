/// Figures for the templates. Every number a page shows is a ``Figure``: the text
/// as published, its machine value and its source in `data/tinjauan.json`, written
/// by `partials/figure` as `<data value="…" data-sumber="…">text</data>`. The
/// renderer formats what ``ScoreAggregator`` computed; it computes nothing.
extension SiteRenderer {
    /// A figure: `text` as shown, `value` for machines (`.` decimals, no grouping), `source` a JSON Pointer.
    func figure(_ text: String, value: String, source: String) -> Figure {
        Figure(text: text, value: value, source: source, hasValue: true)
    }

    /// Text without a value (`belum ada program`, `–`): shown as is, no `<data>`.
    func noFigure(_ text: String) -> Figure {
        Figure(text: text, value: "", source: "", hasValue: false)
    }

    /// A count: `1.234`.
    func countFigure(_ count: Int, _ source: String) -> Figure {
        figure(format.integer(count), value: String(count), source: source)
    }

    /// Whole Rupiah: `Rp1.250.000.000`.
    func rupiahFigure(_ amount: Int64, _ source: String) -> Figure {
        figure(format.rupiah(amount), value: String(amount), source: source)
    }

    /// Rupiah in words: `Rp1,25 miliar` (the value stays the whole amount).
    func rupiahShortFigure(_ amount: Int64, _ source: String) -> Figure {
        figure(format.rupiahShort(amount), value: String(amount), source: source)
    }

    /// A share shown as a percentage with one decimal (budget absorption, indicator achievement), rounded once
    /// half away from zero; `–` when there is none.
    func sharePercentFigure(_ fraction: Rational?, _ source: String) -> Figure {
        guard let fraction else { return noFigure("–") }
        let scaled = fraction.rounded(decimals: 3)
        return figure(format.fixed(scaled, decimals: 1) + "%", value: Rational(scaled, 10).plainDecimal(maxDecimals: 1), source: source)
    }

    /// A ratio with one decimal (programmes per IT operator).
    func ratioFigure(_ ratio: Rational, _ source: String) -> Figure {
        let scaled = ratio.rounded(decimals: 1)
        return figure(format.fixed(scaled, decimals: 1), value: Rational(scaled, 10).plainDecimal(maxDecimals: 1), source: source)
    }

    /// Template values for a score: `percent` (`68%`) and `percentFig`, `numeratorFig` and `denominatorFig`
    /// (`13`/`19`; `4,25`/`6` for weighted scores), `band`, `hasScore`, and `emptyText` when there is
    /// nothing to score ("belum ada program", never 0 %).
    func scoreFigures(_ entry: ScoreEntry?, _ scope: DataPointer.ScoreScope) -> ScoreFigures {
        guard let entry, let published = entry.published else {
            let text = Self.emptyText(entry, texts: texts)
            return ScoreFigures(
                hasScore: false, percent: text, percentFig: noFigure(text), fraction: "–", numeratorFig: nil,
                denominatorFig: nil, band: "–", bandDescription: "", emptyText: text)
        }
        let score = entry.score
        return ScoreFigures(
            hasScore: true, percent: published.text(in: format),
            percentFig: figure(published.text(in: format), value: published.plain, source: DataPointer.score(scope, "persen_publikasi")),
            fraction: score.fraction(in: format),
            numeratorFig: partFigure(score.numerator, isCount: score.isCount, DataPointer.score(scope, "pembilang")),
            denominatorFig: partFigure(ExactNumber(score.denominator), isCount: score.isCount, DataPointer.score(scope, "penyebut")),
            band: bandInEdition(published.band)?.name ?? "–", bandDescription: bandInEdition(published.band)?.description ?? "", emptyText: "")
    }

    /// The numerator or denominator of a score: a count, or a weight sum to at most four decimals.
    func partFigure(_ value: ExactNumber, isCount: Bool, _ source: String) -> Figure {
        isCount
            ? figure(format.integer(value.rounded(decimals: 0)), value: String(value.rounded(decimals: 0)), source: source)
            : figure(format.approximate(value, decimals: 4), value: value.plainDecimal(maxDecimals: 6), source: source)
    }

    /// Template values for budget totals: `planned`, `realised`, `delayed` (Rupiah) and `absorption`.
    func budgetFigures(_ totals: BudgetTotals, _ scope: DataPointer.BudgetScope) -> BudgetFigures {
        BudgetFigures(
            planned: rupiahFigure(totals.planned, DataPointer.budget(scope, "anggaran")),
            realised: rupiahFigure(totals.realised, DataPointer.budget(scope, "realisasi")),
            delayed: rupiahFigure(totals.delayed, DataPointer.budget(scope, "tertunda")),
            plannedShort: rupiahShortFigure(totals.planned, DataPointer.budget(scope, "anggaran")),
            absorption: sharePercentFigure(totals.absorption, DataPointer.budget(scope, "serapan_persen")))
    }
}
