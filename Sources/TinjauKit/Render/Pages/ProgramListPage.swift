import Foundation

/// `program/index.html`, `program/dimensi/index.html`, `program/status/index.html`
/// (`program-list.mustache`): every programme grouped by OPD, dimension or status, a section per group
/// with its own table (titles in reading order), links to every group and to the other two orders;
/// the default order (OPD) also shows the timeline. Plain pages, so that the list sorts without JavaScript.
struct ProgramListPage: PageModel {
    var pageTitle: String
    var metaDescription: String?
    var breadcrumbs: [Crumb]
    /// `OPD`, `dimensi` or `status`.
    var orderName: String
    /// The three orders, this one current.
    var orders: [NavLink]
    /// This page's part of the groups: a group per OPD, dimension or status that has programmes, the
    /// first one continued from the previous page when it began there.
    var groups: [ProgramGroup]
    /// Every group of the list, linked on the page where it starts (`#opd-diskominfo`, or
    /// `../halaman/3/index.html#opd-diskominfo`).
    var jumps: [Link]
    /// The page links, when the list has more than one page (``ReviewConfig/programsPerPage``).
    var pagination: ListPagination?
    /// Every programme.
    var count: Figure
    /// Whether this is the default order (by OPD).
    var isDefaultOrder: Bool
    /// Whether the page shows the timeline: the first page of the default order.
    var showsTimeline: Bool
    /// The timeline chart and its table, in the default order only.
    var timelineSVG: String?
    var timelineTable: TimelineTable?

    static let fields: [String: TemplateField<ProgramListPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "orderName": .init(\.orderName), "orders": .init(\.orders),
        "groups": .init(\.groups), "jumps": .init(\.jumps), "pagination": .init(\.pagination), "count": .init(\.count),
        "isDefaultOrder": .init(\.isDefaultOrder), "showsTimeline": .init(\.showsTimeline), "timelineSVG": .init(\.timelineSVG),
        "timelineTable": .init(\.timelineTable),
    ]
}

/// One group of the programme list (`partials/program-table`).
struct ProgramGroup: TemplateModel {
    /// The section's id (`opd-diskominfo`) and heading.
    var id: String, heading: String
    /// The table's label (`Tabel program: <heading>`).
    var tableLabel: String
    /// The group's programmes, in reading order.
    var programs: [ProgramRow]
    /// Whether the table leaves out the OPD column (grouped by OPD).
    var hideOPD: Bool

    static let fields: [String: TemplateField<ProgramGroup>] = [
        "id": .init(\.id), "heading": .init(\.heading), "tableLabel": .init(\.tableLabel), "programs": .init(\.programs), "hideOPD": .init(\.hideOPD),
    ]
}

/// The page links of a list of several pages (`partials/pagination`).
struct ListPagination: TemplateModel {
    /// `halaman 2 dari 40`.
    var label: String
    /// The previous and the next page, relative to this one (`nil` on the first or the last).
    var previous: String?, next: String?
    /// The first, the last and the pages near this one, with gaps.
    var pages: [ListPageLink]

    static let fields: [String: TemplateField<ListPagination>] = [
        "label": .init(\.label), "previous": .init(\.previous), "next": .init(\.next), "pages": .init(\.pages),
    ]
}

/// A page number of ``ListPagination``, or a gap (`…`) between numbers.
struct ListPageLink: TemplateModel {
    /// `3`, or `…` for a gap.
    var number: String
    /// The page relative to this one (empty for a gap).
    var url: String
    /// Whether it is this page.
    var current: Bool
    /// Whether it stands for pages left out.
    var isGap: Bool

    static let fields: [String: TemplateField<ListPageLink>] = [
        "number": .init(\.number), "url": .init(\.url), "current": .init(\.current), "isGap": .init(\.isGap),
    ]
}

/// One page of a programme list: which order, which page of how many, and (set by
/// ``SiteRenderer/renderPages(batchSize:emit:)``, which sorts each order once) where the list's layout is kept.
struct ProgramListSlice: Sendable {
    /// The order of the list.
    var order: ProgramOrder
    /// The page, 1-based.
    var page: Int
    /// How many pages the list has (``ProgramListLayout/pageCount(rows:perPage:)``).
    var pageCount: Int
    /// The layouts shared by every page of one rendering; `nil` until set (the page then sorts the list itself).
    var layouts: ProgramListLayouts?
}

/// Each order's ``ProgramListLayout``, made the first time a page of that order is rendered and
/// then shared by its other pages: a build whose list pages are all kept sorts nothing. Thread-safe.
final class ProgramListLayouts: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [ProgramOrder: ProgramListLayout] = [:]

    /// The layout of `order`, made by `make` the first time.
    func layout(_ order: ProgramOrder, make: () -> ProgramListLayout) -> ProgramListLayout {
        lock.withLock {
            if let layout = made[order] { return layout }
            let layout = make()
            made[order] = layout
            return layout
        }
    }
}

/// A programme list in one order, sorted and cut into pages of at most ``perPage`` rows. A group
/// (an OPD, a dimension, a status) that does not fit on the rest of a page goes on over the next.
final class ProgramListLayout: Sendable {
    /// One group of the list: its section id, heading and programmes in reading order, as positions
    /// in ``ReviewContent/programs`` (three orders of 100 000 copies of `Program` held 100 MB).
    struct Group: Sendable {
        var id: String, heading: String
        var programs: [Int]
    }

    /// The groups that have programmes, in the order's order.
    let groups: [Group]
    /// Rows per page.
    let perPage: Int
    /// The page each group starts on (1-based), by position in ``groups``.
    let startPages: [Int]
    private let firstRows: [Int]

    /// Pages for `rows` rows at `perPage` a page: at least one (an empty review has an empty list).
    static func pageCount(rows: Int, perPage: Int) -> Int { max(1, (rows + max(1, perPage) - 1) / max(1, perPage)) }

    /// The layout of `groups` at `perPage` rows a page.
    init(groups: [Group], perPage: Int) {
        self.groups = groups
        self.perPage = max(1, perPage)
        var first: [Int] = []
        var row = 0
        for group in groups {
            first.append(row)
            row += group.programs.count
        }
        firstRows = first
        startPages = first.map { [perPage = self.perPage] in $0 / perPage + 1 }
    }

    /// The part of each group on `page` (1-based): the group's position, its programmes there, and
    /// whether it began on an earlier page.
    func parts(onPage page: Int) -> [(group: Int, programs: ArraySlice<Int>, continued: Bool)] {
        let lower = (page - 1) * perPage
        let upper = lower + perPage
        var result: [(group: Int, programs: ArraySlice<Int>, continued: Bool)] = []
        for (index, group) in groups.enumerated() {
            let start = firstRows[index]
            let end = start + group.programs.count
            guard end > lower, start < upper else { continue }
            let from = max(start, lower) - start
            let to = min(end, upper) - start
            result.append((index, group.programs[from..<to], start < lower))
        }
        return result
    }
}

/// The timeline's table, laid out like its chart: a row per dimension and a column per year, or beyond
/// ``ChartBuilder/timelineYearLimit`` years a row per year and a column per dimension.
struct TimelineTable: TemplateModel {
    /// The heading of the first column (`Dimensi` or `Tahun`).
    var corner: String
    /// The other columns' headings.
    var columns: [Named]
    /// The rows: a name and a count per column.
    var rows: [TimelineRow]

    static let fields: [String: TemplateField<TimelineTable>] = ["corner": .init(\.corner), "columns": .init(\.columns), "rows": .init(\.rows)]
}

/// A row of the timeline's table.
struct TimelineRow: TemplateModel {
    /// The dimension's short name or the year.
    var name: String
    /// Programmes scheduled to run, per column.
    var cells: [CountCell]

    static let fields: [String: TemplateField<TimelineRow>] = ["name": .init(\.name), "cells": .init(\.cells)]
}

extension SiteRenderer {
    /// The programme list in `order`, sorted (``byTitle(_:)``) and cut into pages of
    /// ``ReviewConfig/programsPerPage`` rows: one pass over the programmes per order.
    func programListLayout(_ order: ProgramOrder) -> ProgramListLayout {
        var groups: [ProgramListLayout.Group] = []
        switch order {
        case .opd:
            groups = content.opds.map { opd in
                ProgramListLayout.Group(
                    id: "opd-\(opd.slug)", heading: opd.abbreviation == opd.name ? opd.name : "\(opd.name) (\(opd.abbreviation))",
                    programs: byTitle(positions: content.positions(ofOPD: opd.slug)))
            }
        case .dimensi:
            var programs: [DimensionID: [Int]] = [:]
            for (position, program) in content.programs.enumerated() { programs[program.dimension, default: []].append(position) }
            groups = content.dimensions.map { dimension in
                ProgramListLayout.Group(
                    id: "dimensi-\(dimension.id.rawValue)", heading: dimension.name, programs: byTitle(positions: programs[dimension.id] ?? []))
            }
        case .status:
            var programs: [ProgramStatus: [Int]] = [:]
            for (position, program) in content.programs.enumerated() { programs[program.status, default: []].append(position) }
            groups = ProgramStatus.allCases.map { status in
                ProgramListLayout.Group(
                    id: "status-\(status.rawValue)", heading: statusLabel(status), programs: byTitle(positions: programs[status] ?? []))
            }
        }
        return ProgramListLayout(groups: groups.filter { !$0.programs.isEmpty }, perPage: content.config.programsPerPage)
    }

    /// One page of the programme list (``ProgramListSlice``): its part of the groups, links to every
    /// group (on whichever page it starts) and to the other orders, and, when the list has more
    /// than one page, the page links.
    func programListPage(_ slice: ProgramListSlice) -> ProgramListPage {
        let order = slice.order
        let layout = slice.layouts?.layout(order) { programListLayout(order) } ?? programListLayout(order)
        let path = Permalink.programList(order, page: slice.page)
        let root = Permalink.root(from: path)
        let orderName: String
        switch order {
        case .opd: orderName = texts.text("pages_program_list.opd")
        case .dimensi: orderName = texts.text("pages_program_list.order_dimension")
        case .status: orderName = texts.text("pages_program_list.order_status")
        }
        let parts = layout.parts(onPage: slice.page)
        let pageLabel = texts.text("pages_program_list.halaman_dari", ["page": "\(slice.page)", "count": "\(slice.pageCount)"])
        let title =
            order == .opd
            ? texts.text("pages_program_list.semua_program")
            : texts.text("pages_program_list.semua_program_menurut", ["orderName": "\(orderName)"])
        let headings = parts.map { layout.groups[$0.group].heading }
        return ProgramListPage(
            pageTitle: slice.page == 1
                ? title : texts.text("pages_program_list.judul_halaman", ["title": title, "page": "\(slice.page)", "count": "\(slice.pageCount)"]),
            metaDescription:
                texts.text(
                    "pages_program_list.semua_program_smart_city",
                    ["region": "\(content.config.region)", "reviewYear": "\(content.config.reviewYear)", "orderName": "\(orderName)"])
                + headings.joined(separator: ", ") + (slice.pageCount > 1 ? " (\(pageLabel))" : "") + ".",
            breadcrumbs: crumbs(path, listCrumbs(slice, orderName: orderName)),
            orderName: orderName,
            orders: ProgramOrder.allCases.map { other in
                NavLink(
                    label: texts.text("pages_program_list.order_label_" + other.rawValue), url: root + Permalink.programList(other),
                    current: other == order)
            },
            groups: parts.map { part in
                let group = layout.groups[part.group]
                let heading = part.continued ? texts.text("pages_program_list.lanjutan", ["heading": group.heading]) : group.heading
                return ProgramGroup(
                    id: part.continued ? group.id + "-lanjutan" : group.id, heading: heading,
                    tableLabel: texts.text("pages_program_list.tabel_program", ["heading": "\(heading)"]),
                    programs: part.programs.map { programRow(content.programs[$0], from: path) }, hideOPD: order == .opd)
            },
            jumps: layout.groups.indices.map { index in
                let start = layout.startPages[index]
                let page = start == slice.page ? "" : root + Permalink.programList(order, page: start)
                return Link(label: layout.groups[index].heading, url: page + "#" + layout.groups[index].id)
            },
            pagination: slice.pageCount > 1 ? pagination(slice, root: root, label: pageLabel) : nil,
            count: countFigure(aggregates.statusCounts.total, DataPointer.programs("jumlah")),
            isDefaultOrder: order == .opd, showsTimeline: order == .opd && slice.page == 1,
            timelineSVG: order == .opd && slice.page == 1 ? charts.timeline(id: "linimasa").svg : nil,
            timelineTable: order == .opd && slice.page == 1 ? timelineTable() : nil)
    }

    /// The breadcrumbs of a list page after the home page: `Program`, then the order unless it is the
    /// default one, then the page unless it is the first; each links on but the last.
    private func listCrumbs(_ slice: ProgramListSlice, orderName: String) -> [(String, String?)] {
        var items: [(String, String?)] = [(texts.text("pages_program_list.program"), Permalink.programList)]
        if slice.order != .opd {
            items.append((texts.text("pages_program_list.menurut", ["orderName": "\(orderName)"]), Permalink.programList(slice.order)))
        }
        if slice.page > 1 { items.append((texts.text("pages_program_list.halaman_ke", ["page": "\(slice.page)"]), nil)) }
        items[items.count - 1].1 = nil
        return items
    }

    /// The page links of a list of several pages: the first, the last, and two on each side of the
    /// current page, with a gap (`…`) where pages are left out.
    private func pagination(_ slice: ProgramListSlice, root: String, label: String) -> ListPagination {
        let shown = Set([1, slice.pageCount] + Array(max(1, slice.page - 2)...min(slice.pageCount, slice.page + 2)))
        var numbers: [ListPageLink] = []
        for page in shown.sorted() {
            if let last = numbers.last, let number = Int(last.number), page > number + 1 {
                numbers.append(ListPageLink(number: "…", url: "", current: false, isGap: true))
            }
            numbers.append(
                ListPageLink(
                    number: String(page), url: root + Permalink.programList(slice.order, page: page), current: page == slice.page, isGap: false))
        }
        return ListPagination(
            label: label,
            previous: slice.page > 1 ? root + Permalink.programList(slice.order, page: slice.page - 1) : nil,
            next: slice.page < slice.pageCount ? root + Permalink.programList(slice.order, page: slice.page + 1) : nil,
            pages: numbers)
    }

    /// The timeline's table, laid out like its chart (``ChartBuilder/timeline(id:)``): dimensions as rows and
    /// years as columns, or, beyond ``ChartBuilder/timelineYearLimit`` years, years as rows, so that a long
    /// masterplan makes the table longer, never wider than a screen.
    func timelineTable() -> TimelineTable {
        let timeline = aggregates.timeline
        if timeline.columns.count > ChartBuilder.timelineYearLimit {
            return TimelineTable(
                corner: texts.text("pages_program_list.tahun"), columns: content.dimensions.map { Named(name: $0.shortName) },
                rows: timeline.columns.enumerated().map { column, year in
                    TimelineRow(name: String(year), cells: content.dimensions.indices.map { CountCell(value: timeline.values[$0][column]) })
                })
        }
        return TimelineTable(
            corner: texts.text("pages_program_list.dimensi"), columns: timeline.columns.map { Named(name: String($0)) },
            rows: content.dimensions.enumerated().map { index, dimension in
                TimelineRow(name: dimension.shortName, cells: timeline.values[index].map { CountCell(value: $0) })
            })
    }
}
