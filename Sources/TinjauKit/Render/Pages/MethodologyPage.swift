/// `metodologi/index.html` (`methodology.mustache`): how every score was computed, with the programmes
/// in each dimension's numerator and denominator, the maturity bands, and how overlaps are found.
struct MethodologyPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// The scoring method in words.
    var method: MethodSummary
    /// Statuses counted as realised, and those counted in the denominator only.
    var statuses: [StatusLabel], notCounted: [StatusLabel]
    /// The maturity bands.
    var bands: [BandRow]
    /// Each dimension's score worked out.
    var dimensions: [MethodologyDimensionRow]
    /// The overlap threshold.
    var threshold: Figure
    /// The overlap detection's numbers.
    var overlaps: OverlapNumbers
    /// The stop words, joined by commas.
    var stopWords: String
    /// `tinjau.yml`.
    var configPath: String

    static let fields: [String: TemplateField<MethodologyPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "method": .init(\.method), "statuses": .init(\.statuses),
        "notCounted": .init(\.notCounted), "bands": .init(\.bands), "dimensions": .init(\.dimensions), "threshold": .init(\.threshold),
        "overlaps": .init(\.overlaps), "stopWords": .init(\.stopWords), "configPath": .init(\.configPath),
    ]
}

/// A programme status's key and label.
struct StatusLabel: TemplateModel {
    /// `berjalan` and `Berjalan`.
    var key: String, label: String

    static let fields: [String: TemplateField<StatusLabel>] = ["key": .init(\.key), "label": .init(\.label)]
}

/// A dimension's score worked out: the programmes behind each part.
struct MethodologyDimensionRow: TemplateModel {
    /// Its name and page.
    var name: String, url: String
    /// Programmes in the numerator, in the denominator only, and not counted.
    var numerator: RowList<ProgramLink>, notRealised: RowList<ProgramLink>, excluded: RowList<ProgramLink>
    /// Programmes realised (count method only, else `–`) and counted.
    var realisedCount: Figure, countedCount: Figure
    /// The exact percentage to four decimals, when there is a score, and `=` or `≈`.
    var exactPercent: Figure?, exactSign: String?
    /// Its score.
    var score: ScoreFigures

    static let fields = merged(
        [
            "name": .init(\.name), "url": .init(\.url), "numerator": .init(\.numerator), "notRealised": .init(\.notRealised),
            "excluded": .init(\.excluded), "realisedCount": .init(\.realisedCount), "countedCount": .init(\.countedCount),
            "exactPercent": .init(\.exactPercent),
            "exactSign": .init(\.exactSign),
        ],
        embedding: embedding(\.score))
}

/// A programme in the methodology's lists.
struct ProgramLink: TemplateModel {
    /// Its title and page, its status label and its OPD's abbreviation.
    var title: String, url: String, status: String, opd: String

    static let fields: [String: TemplateField<ProgramLink>] = [
        "title": .init(\.title), "url": .init(\.url), "status": .init(\.status), "opd": .init(\.opd),
    ]
}

/// The numbers of the overlap detection.
struct OverlapNumbers: TemplateModel {
    /// Programmes compared, pairs kept per programme, the block limit and the window of the sorted neighbourhood.
    var compared: Figure, maxPerProgram: Figure, blockLimit: Figure, window: Figure
    /// The words most programmes use, with their weights.
    var hasCommonWords: Bool, commonWords: [CommonWordRow]

    static let fields: [String: TemplateField<OverlapNumbers>] = [
        "compared": .init(\.compared), "maxPerProgram": .init(\.maxPerProgram), "blockLimit": .init(\.blockLimit), "window": .init(\.window),
        "hasCommonWords": .init(\.hasCommonWords), "commonWords": .init(\.commonWords),
    ]
}

/// A word many programmes use.
struct CommonWordRow: TemplateModel {
    /// The word.
    var word: String
    /// Programmes using it, and its weight ln((N + 1) ÷ df).
    var programs: Figure, idf: Figure

    static let fields: [String: TemplateField<CommonWordRow>] = ["word": .init(\.word), "programs": .init(\.programs), "idf": .init(\.idf)]
}

extension SiteRenderer {
    func methodologyPage() -> MethodologyPage {
        let path = Permalink.methodology
        let root = Permalink.root(from: path)
        let scoring = content.config.scoring
        // Made as the template reads them (``RowList``): the three lists name every programme.
        func links(_ ids: [String]) -> RowList<ProgramLink> {
            RowList(ids.compactMap { content.position(ofProgram: $0) }) { [self] index in
                let program = content.programs[index]
                return ProgramLink(
                    title: program.title, url: root + Permalink.program(program), status: statusLabel(program.status),
                    opd: content.opd(program.opdSlug)?.abbreviation ?? program.opdSlug)
            }
        }
        var byDimension: [DimensionID: [String]] = [:]
        for program in content.programs { byDimension[program.dimension, default: []].append(program.id) }
        let dimensions = content.dimensions.map { dimension in
            let entry = aggregates.dimensions[dimension.id]
            let scope = DataPointer.ScoreScope.dimension(dimension.id)
            let counted = entry?.counted ?? []
            let countedSet = Set(counted)
            let realised = Set(entry?.realised ?? [])
            var row = MethodologyDimensionRow(
                name: dimension.name, url: root + Permalink.dimension(dimension.id),
                numerator: links(counted.filter { realised.contains($0) }),
                notRealised: links(counted.filter { !realised.contains($0) }),
                excluded: links((byDimension[dimension.id] ?? []).filter { !countedSet.contains($0) }),
                // Only the count method has programmes in its numerator (`program_terealisasi`).
                realisedCount: scoring.method == .programRealisation
                    ? countFigure(entry?.realised.count ?? 0, DataPointer.score(scope, "program_terealisasi")) : noFigure("–"),
                countedCount: countFigure(counted.count, DataPointer.score(scope, "program_dihitung")),
                score: scoreFigures(entry, scope))
            if let entry, let percent = entry.score.percent {
                // The exact percentage to four decimals: `=` when that is exact, `≈` when it was rounded.
                row.exactPercent = figure(
                    format.decimal(percent, decimals: 4) + "%",
                    value: percent.plainDecimal(maxDecimals: 4), source: DataPointer.score(scope, "persen"))
                row.exactSign = percent.isExact(decimals: 4) ? "=" : "≈"
            }
            return row
        }
        let overlaps = aggregates.overlaps
        return MethodologyPage(
            pageTitle: texts.text("pages_methodology.metodologi"),
            metaDescription: texts.text("pages_methodology.cara_menghitung_setiap_skor"),
            breadcrumbs: crumbs(path, [(texts.text("pages_methodology.metodologi"), nil)]),
            method: methodSummary(),
            statuses: scoring.realisedStatuses.map { StatusLabel(key: $0.rawValue, label: statusLabel($0)) },
            notCounted: ProgramStatus.allCases.filter { !scoring.realisedStatuses.contains($0) && $0 != .batal }
                .map { StatusLabel(key: $0.rawValue, label: statusLabel($0)) },
            bands: bandRows(),
            dimensions: dimensions,
            threshold: overlapThreshold,
            overlaps: OverlapNumbers(
                compared: countFigure(overlaps.comparedCount, DataPointer.overlaps("program_dibandingkan")),
                maxPerProgram: countFigure(overlaps.settings.maxPerProgram, DataPointer.overlaps("maks_per_program")),
                blockLimit: countFigure(overlaps.blockLimit, DataPointer.overlaps("batas_blok")),
                window: countFigure(overlaps.window, DataPointer.overlaps("jendela")),
                hasCommonWords: !overlaps.commonWords.isEmpty,
                commonWords: overlaps.commonWords.enumerated().map { index, word in
                    let weight = DataExporter.weight(word.idf)
                    return CommonWordRow(
                        word: word.word,
                        programs: countFigure(word.programs, DataPointer.overlaps("kata_umum", String(index), "program")),
                        idf: figure(
                            weight.replacingOccurrences(of: ".", with: format.decimalSeparator), value: weight,
                            source: DataPointer.overlaps("kata_umum", String(index), "idf")))
                }),
            stopWords: OverlapDetector.stopWords(region: content.config.region).sorted().joined(separator: ", "),
            configPath: texts.text("pages_methodology.tinjau_yml"))
    }
}
