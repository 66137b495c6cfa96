/// Every kind of problem tinjau reports, by its stable code: the catalogue of diagnostics.
///
/// Each code has one severity (``severity``). What a diagnostic of a code says is written by the
/// functions that build its ``DiagnosticMessage``, next to the stage that reports it, always in
/// Indonesian and English. `docs/errors.md` lists exactly these codes, each with an example that
/// produces it (`DiagnosticCatalogueTests` checks both), in the same sections as here.
public enum DiagnosticCode: String, CaseIterable, Sendable, Hashable {
    // MARK: Files and folders

    case contentMissing = "content.missing"
    case contentUnreadable = "content.unreadable"
    case reviewMissing = "review.missing"
    case fileUnreadable = "file.unreadable"
    case fileEncoding = "file.encoding"
    case fileNul = "file.nul"
    case pathSymlink = "path.symlink"
    case pathIgnored = "path.ignored"
    case pathSlugEmpty = "path.slug-empty"
    case pathSlugClash = "path.slug-clash"
    case opdIndexMissing = "opd.index-missing"
    case translationOrphan = "translation.orphan"
    case translationName = "translation.name"
    case translationLanguage = "translation.language"
    case translationBands = "translation.bands"

    // MARK: Front matter and YAML

    case frontmatterMissing = "frontmatter.missing"
    case frontmatterUnclosed = "frontmatter.unclosed"
    case frontmatterEmpty = "frontmatter.empty"
    case reviewEmpty = "review.empty"
    case yamlSyntax = "yaml.syntax"
    case yamlNbsp = "yaml.nbsp"
    case yamlCommentInValue = "yaml.comment-in-value"
    case yamlAnchorOrTag = "yaml.anchor-or-tag"
    case yamlDuplicateKey = "yaml.duplicate-key"
    case yamlReader = "yaml.reader"
    case yamlNotMapping = "yaml.not-mapping"
    case yamlExpectedText = "yaml.expected-text"
    case yamlExpectedList = "yaml.expected-list"
    case fieldRequired = "field.required"
    case fieldUnknown = "field.unknown"

    // MARK: Field values

    case valueUnknown = "value.unknown"
    case valueCase = "value.case"
    case valueNotInteger = "value.not-integer"
    case valueOutOfRange = "value.out-of-range"
    case valueNotNumber = "value.not-number"
    case valueTooLarge = "value.too-large"
    case valueTooPrecise = "value.too-precise"
    case valueNotBool = "value.not-bool"
    case valueDate = "value.date"
    case valueCommaList = "value.comma-list"
    case programMitraDuplicate = "program.mitra-duplicate"
    case programSebelumnyaFormat = "program.sebelumnya-format"
    case opdSebelumnyaFormat = "opd.sebelumnya-format"
    case moneyFormat = "money.format"
    case moneyNegative = "money.negative"
    case programElemenUnknown = "program.elemen.unknown"
    case indicatorWeight = "indicator.weight"
    case reviewBaseUrl = "review.base-url"
    case reviewPeriod = "review.period"
    case scoringBatal = "scoring.batal"
    case scoringStatusesEmpty = "scoring.statuses-empty"
    case scoringBandRange = "scoring.band-range"
    case scoringBandDuplicate = "scoring.band-duplicate"
    case scoringBandStart = "scoring.band-start"
    case dimensionElementSlug = "dimension.element-slug"
    case dimensionElementDuplicate = "dimension.element-duplicate"

    // MARK: Cross-file checks

    case contentNoPrograms = "content.no-programs"
    case reviewYearOutside = "review.year-outside"
    case programYearOutside = "program.year-outside"
    case programYearsReversed = "program.years-reversed"
    case programBudgetOver = "program.budget-over"
    case programBudgetMissing = "program.budget-missing"
    case programDelayReason = "program.delay-reason"
    case programDelayReasonUnused = "program.delay-reason-unused"
    case programMitraSelf = "program.mitra-self"
    case programMitraUnknown = "program.mitra-unknown"
    case indicatorTargetZero = "indicator.target-zero"
    case indicatorTargetNegative = "indicator.target-negative"
    case indicatorRealisedPlanned = "indicator.realised-planned"
    case moneyOverflow = "money.overflow"
    case moneyJsonPrecision = "money.json-precision"
    case programDuplicateTitle = "program.duplicate-title"
    case programPlaceholder = "program.placeholder"

    // MARK: Archives

    case archiveSyntax = "archive.syntax"
    case archiveStructure = "archive.structure"
    case archiveNewer = "archive.newer"
    case archiveYear = "archive.year"
    case archiveFuture = "archive.future"
    case archiveCurrentYear = "archive.current-year"
    case programSebelumnyaUnknown = "program.sebelumnya-unknown"
    case opdSebelumnyaUnknown = "opd.sebelumnya-unknown"
    case archiveProgramVanished = "archive.program-vanished"
    case archiveExists = "archive.exists"
    case archiveWrite = "archive.write"

    // MARK: Markdown bodies and links

    case linkBroken = "link.broken"
    case chartUnknown = "chart.unknown"
    case csvSyntax = "csv.syntax"
    case csvColumns = "csv.columns"
    case markdownTable = "markdown.table"
    case markdownStrikethrough = "markdown.strikethrough"
    case markdownFootnote = "markdown.footnote"
    case linkUnsafe = "link.unsafe"
    case markdownRawHtml = "markdown.raw-html"
    case valueLiveUnknown = "value.live-unknown"

    // MARK: Templates

    case templatesMissing = "templates.missing"
    case templatesUnreadable = "templates.unreadable"
    case templateSyntax = "template.syntax"
    case templateReference = "template.reference"
    case templateRequired = "template.required"
    case templateCycle = "template.cycle"
    case templateUnknownVariable = "template.unknown-variable"
    case i18nMissingKey = "i18n.missing-key"
    case i18nSyntax = "i18n.syntax"
    case i18nFormat = "i18n.format"
    case reviewLogo = "review.logo"
    case reviewLanguage = "review.language"
    case i18nLanguageMissing = "i18n.language-missing"

    // MARK: Output

    case outputOverlapsSource = "output.overlaps-source"
    case outputForeign = "output.foreign"
    case outputUnsafePath = "output.unsafe-path"
    case outputWrite = "output.write"
    case outputSwap = "output.swap"
    case outputNotFolder = "output.not-folder"
    case cacheIgnored = "cache.ignored"

    // MARK: Extras: search, link previews, PDF

    case searchPagefindMissing = "search.pagefind-missing"
    case searchFailed = "search.failed"
    case previewRsvgMissing = "preview.rsvg-missing"
    case previewNoBaseUrl = "preview.no-base-url"
    case previewFailed = "preview.failed"
    case pdfChromiumMissing = "pdf.chromium-missing"
    case pdfNoPageNumbers = "pdf.no-page-numbers"
    case pdfPageNumbersMoved = "pdf.page-numbers-moved"
    case pdfFailed = "pdf.failed"

    // MARK: New files (`tinjau new`)

    case newOpdMissing = "new.opd-missing"
    case newTitleSlug = "new.title-slug"
    case newOpdSlug = "new.opd-slug"
    case newExists = "new.exists"
    case newWrite = "new.write"

    // MARK: Preview server (`tinjau serve`)

    case serveBuild = "serve.build"

    /// How bad a problem of this kind is: the same for every diagnostic of the code.
    public var severity: Severity {
        switch self {
        case .pathIgnored, .translationLanguage, .translationBands, .programMitraDuplicate, .contentNoPrograms, .reviewYearOutside,
            .programBudgetOver,
            .programBudgetMissing,
            .programDelayReason, .programDelayReasonUnused, .programMitraSelf, .indicatorTargetNegative, .indicatorRealisedPlanned,
            .moneyJsonPrecision, .programDuplicateTitle, .programPlaceholder, .archiveCurrentYear, .archiveProgramVanished, .markdownTable,
            .markdownStrikethrough, .markdownFootnote, .linkUnsafe, .markdownRawHtml, .searchPagefindMissing, .previewRsvgMissing,
            .pdfChromiumMissing, .pdfNoPageNumbers, .pdfPageNumbersMoved:
            .warning
        case .previewNoBaseUrl, .cacheIgnored:
            .note
        default:
            .error
        }
    }
}
