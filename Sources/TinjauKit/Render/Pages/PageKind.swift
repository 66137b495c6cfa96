/// One page to render: what it shows. Each kind has one template and one view model type
/// (``Template``), so that the templates a theme must have and the names each template may use both
/// follow from this list.
enum PageKind: Sendable {
    case home, dimensionList
    case dimension(Dimension)
    case opdList
    case opd(OPD)
    case programList(ProgramListSlice)
    case program(Program)
    case page(NarrativePage)
    case findings, overlaps, delays, capacity, budget, methodology, data, print, search, notFound
    /// What changed since the previous review (only when there are archives to compare with).
    case changes(ReviewChanges)
    case archiveList

    /// The template of every kind of page, named as its file (`dimension-list` is
    /// `templates/dimension-list.mustache`), with the type of its view model.
    enum Template: String, CaseIterable, Sendable {
        case home
        case dimensionList = "dimension-list"
        case dimension
        case opdList = "opd-list"
        case opd
        case programList = "program-list"
        case program, page, findings, overlaps, delays, capacity, budget, methodology, data, print, search
        case notFound = "not-found"
        case changes
        case archiveList = "archive-list"

        /// The view model a page of this template is rendered with.
        var model: any PageModel.Type {
            switch self {
            case .home: HomePage.self
            case .dimensionList: DimensionListPage.self
            case .dimension: DimensionPage.self
            case .opdList: OPDListPage.self
            case .opd: OPDPage.self
            case .programList: ProgramListPage.self
            case .program: ProgramPage.self
            case .page: ProsePage.self
            case .findings: FindingsPage.self
            case .overlaps: OverlapsPage.self
            case .delays: DelaysPage.self
            case .capacity: CapacityPage.self
            case .budget: BudgetPage.self
            case .methodology: MethodologyPage.self
            case .data: DataPage.self
            case .print: PrintPage.self
            case .search: SearchPage.self
            case .notFound: NotFoundPage.self
            case .changes: ChangesPage.self
            case .archiveList: ArchiveListPage.self
            }
        }
    }

    /// The template this kind of page is rendered with.
    var template: Template {
        switch self {
        case .home: .home
        case .dimensionList: .dimensionList
        case .dimension: .dimension
        case .opdList: .opdList
        case .opd: .opd
        case .programList: .programList
        case .program: .program
        case .page: .page
        case .findings: .findings
        case .overlaps: .overlaps
        case .delays: .delays
        case .capacity: .capacity
        case .budget: .budget
        case .methodology: .methodology
        case .data: .data
        case .print: .print
        case .search: .search
        case .notFound: .notFound
        case .changes: .changes
        case .archiveList: .archiveList
        }
    }
}

extension SiteRenderer {
    /// The view model of one page (its template is `kind.template`).
    func page(_ kind: PageKind) -> any PageModel {
        switch kind {
        case .home: homePage()
        case .dimensionList: dimensionListPage()
        case .dimension(let dimension): dimensionPage(dimension)
        case .opdList: opdListPage()
        case .opd(let opd): opdPage(opd)
        case .programList(let slice): programListPage(slice)
        case .program(let program): programPage(program)
        case .page(let page): prosePage(page)
        case .findings: findingsPage()
        case .overlaps: overlapsPage()
        case .delays: delaysPage()
        case .capacity: capacityPage()
        case .budget: budgetPage()
        case .methodology: methodologyPage()
        case .data: dataPage()
        case .print: printPage()
        case .search: searchPage()
        case .notFound: notFoundPage()
        case .changes(let changes): changesPage(changes)
        case .archiveList: archiveListPage()
        }
    }
}
