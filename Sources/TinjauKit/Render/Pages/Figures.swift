/// One number of a page: the text as published, its machine value and its source in
/// `data/tinjauan.json`, written by `partials/figure` as `<data value="…" data-sumber="…">text</data>`.
/// Text without a number (`belum ada program`, `–`) has no value and no source and is written as it is.
/// Built by ``SiteRenderer``'s figure functions (`countFigure`, `rupiahFigure`, …) from the aggregates.
struct Figure: TemplateModel, Equatable {
    /// The text shown (`68%`, `Rp1.250.000.000`, `–`).
    var text: String
    /// The value for machines: `.` decimals, no grouping (`68`, `1250000000`); empty without a value.
    var value: String
    /// The JSON Pointer into `data/tinjauan.json` (``DataPointer``); empty without a value.
    var source: String
    /// Whether there is a number (`<data>` is written).
    var hasValue: Bool

    static let fields: [String: TemplateField<Figure>] = [
        "text": .init(\.text), "value": .init(\.value), "source": .init(\.source), "hasValue": .init(\.hasValue),
    ]
}

/// The template values of one score (``SiteRenderer/scoreFigures(_:_:)``): the published percentage,
/// the two parts of the fraction and the maturity band, or the text of a scope without a score
/// ("belum ada program", never 0 %).
struct ScoreFigures: TemplateModel {
    /// Whether there is a score.
    var hasScore: Bool
    /// The published percentage (`68%`), or the empty text.
    var percent: String
    /// ``percent`` as a figure.
    var percentFig: Figure
    /// `13/19`, or `–`.
    var fraction: String
    /// The numerator (`13`, or `4,25` for weighted scores); `nil` without a score.
    var numeratorFig: Figure?
    /// The denominator; `nil` without a score.
    var denominatorFig: Figure?
    /// The maturity band's name, or `–`.
    var band: String
    /// The maturity band's description, or empty.
    var bandDescription: String
    /// What a scope without a score says; empty with a score.
    var emptyText: String

    static let fields: [String: TemplateField<ScoreFigures>] = [
        "hasScore": .init(\.hasScore), "percent": .init(\.percent), "percentFig": .init(\.percentFig), "fraction": .init(\.fraction),
        "numeratorFig": .init(\.numeratorFig), "denominatorFig": .init(\.denominatorFig), "band": .init(\.band),
        "bandDescription": .init(\.bandDescription), "emptyText": .init(\.emptyText),
    ]
}

/// The template values of budget totals (``SiteRenderer/budgetFigures(_:_:)``), each a Rupiah figure.
struct BudgetFigures: TemplateModel {
    /// The planned budget (`pagu`).
    var planned: Figure
    /// The realised budget.
    var realised: Figure
    /// The budget of delayed programmes.
    var delayed: Figure
    /// The planned budget in words (`Rp1,25 miliar`).
    var plannedShort: Figure
    /// Realised ÷ planned as a percentage with one decimal, or `–`.
    var absorption: Figure

    static let fields: [String: TemplateField<BudgetFigures>] = [
        "planned": .init(\.planned), "realised": .init(\.realised), "delayed": .init(\.delayed), "plannedShort": .init(\.plannedShort),
        "absorption": .init(\.absorption),
    ]
}
