/// Every page of a site with its permalink, in the order written: home, the dimension list and each
/// dimension, the OPD list and each OPD, every page of each programme list, each programme, each
/// narrative page, the analyses, then search, changes, 404 and the list of archives where the site
/// has them.
///
/// A collection that makes each page's permalink when it is asked for, not a list made whole: the
/// pages stage walks it once per edition, and at 100 000 programmes the whole list (a permalink and
/// a page kind per page) was 23 MB held through that stage, on top of the previous build's records
/// of the same paths. The programmes are the content's own array, not a copy.
struct PageList: RandomAccessCollection, Sendable {
    typealias Element = (path: String, kind: PageKind)

    /// The pages before the programme lists.
    private let head: [PageKind]
    /// How many pages each programme list has (``ProgramListLayout/pageCount(rows:perPage:)``).
    private let listPages: Int
    /// The programmes, one page each.
    private let programs: [Program]
    /// The pages after the programmes.
    private let tail: [PageKind]
    /// The layouts the programme list pages share (``ProgramListSlice/layouts``), or `nil`.
    var layouts: ProgramListLayouts?

    /// The pages of `content` (with `aggregates`, the page of changes since the previous review
    /// when there is one, and with `features`, the search page), without the 404 page when
    /// `notFound` is `false` and with the list of archives when `archiveList` is `true`.
    init(_ content: ReviewContent, aggregates: Aggregates?, features: SiteFeatures, notFound: Bool = true, archiveList: Bool = false) {
        var head: [PageKind] = [.home, .dimensionList]
        head += content.dimensions.map { .dimension($0) }
        head.append(.opdList)
        head += content.opds.map { .opd($0) }
        self.head = head
        // The same count in every edition: a count of rows, not titles.
        listPages = ProgramListLayout.pageCount(rows: content.programs.count, perPage: content.config.programsPerPage)
        programs = content.programs
        var tail: [PageKind] = content.pages.map { .page($0) }
        tail += [.findings, .overlaps, .delays, .capacity, .budget, .methodology, .data, .print]
        if features.search { tail.append(.search) }
        if let changes = aggregates?.changes { tail.append(.changes(changes)) }
        if notFound { tail.append(.notFound) }
        if archiveList { tail.append(.archiveList) }
        self.tail = tail
    }

    var startIndex: Int { 0 }
    var endIndex: Int { head.count + ProgramOrder.allCases.count * listPages + programs.count + tail.count }

    /// The kind of the page at `position`, without its permalink.
    func kind(at position: Int) -> PageKind {
        var index = position
        if index < head.count { return head[index] }
        index -= head.count
        let lists = ProgramOrder.allCases.count * listPages
        if index < lists {
            let order = ProgramOrder.allCases[index / listPages]
            return .programList(ProgramListSlice(order: order, page: index % listPages + 1, pageCount: listPages, layouts: layouts))
        }
        index -= lists
        if index < programs.count { return .program(programs[index]) }
        return tail[index - programs.count]
    }

    subscript(position: Int) -> Element {
        let kind = kind(at: position)
        return (Self.permalink(of: kind), kind)
    }

    /// The permalink of a page of `kind` (``Permalink``): each kind has its own.
    static func permalink(of kind: PageKind) -> String {
        switch kind {
        case .home: Permalink.home
        case .dimensionList: Permalink.dimensionList
        case .dimension(let dimension): Permalink.dimension(dimension.id)
        case .opdList: Permalink.opdList
        case .opd(let opd): Permalink.opd(opd.slug)
        case .programList(let slice): Permalink.programList(slice.order, page: slice.page)
        case .program(let program): Permalink.program(program)
        case .page(let page): Permalink.page(page.slug)
        case .findings: Permalink.findings
        case .overlaps: Permalink.overlaps
        case .delays: Permalink.delays
        case .capacity: Permalink.capacity
        case .budget: Permalink.budget
        case .methodology: Permalink.methodology
        case .data: Permalink.data
        case .print: Permalink.print
        case .search: Permalink.search
        case .notFound: Permalink.notFound
        case .changes: Permalink.changes
        case .archiveList: Permalink.archives
        }
    }
}
