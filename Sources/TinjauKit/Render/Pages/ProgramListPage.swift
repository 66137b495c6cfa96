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
    /// A group per OPD, dimension or status that has programmes.
    var groups: [ProgramGroup]
    /// Every programme.
    var count: Figure
    /// Whether this is the default order (by OPD).
    var isDefaultOrder: Bool
    /// The timeline chart and its table, in the default order only.
    var timelineSVG: String?
    var timelineTable: TimelineTable?

    static let fields: [String: TemplateField<ProgramListPage>] = [
        "pageTitle": .init(\.pageTitle), "breadcrumbs": .init(\.breadcrumbs), "orderName": .init(\.orderName), "orders": .init(\.orders),
        "groups": .init(\.groups), "count": .init(\.count), "isDefaultOrder": .init(\.isDefaultOrder), "timelineSVG": .init(\.timelineSVG),
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
    /// The programme list grouped by `order`.
    func programListPage(_ order: ProgramOrder) -> ProgramListPage {
        let path = Permalink.programList(order)
        let root = Permalink.root(from: path)
        var groups: [(id: String, heading: String, programs: [Program])] = []
        switch order {
        case .opd:
            groups = content.opds.map { opd in
                (
                    "opd-\(opd.slug)", opd.abbreviation == opd.name ? opd.name : "\(opd.name) (\(opd.abbreviation))",
                    byTitle(content.programs(ofOPD: opd.slug))
                )
            }
        case .dimensi:
            groups = content.dimensions.map { dimension in
                ("dimensi-\(dimension.id.rawValue)", dimension.name, byTitle(content.programs.filter { $0.dimension == dimension.id }))
            }
        case .status:
            groups = ProgramStatus.allCases.map { status in
                ("status-\(status.rawValue)", statusLabel(status), byTitle(content.programs.filter { $0.status == status }))
            }
        }
        groups = groups.filter { !$0.programs.isEmpty }
        let orderName: String
        switch order {
        case .opd: orderName = texts.text("pages_program_list.opd")
        case .dimensi: orderName = texts.text("pages_program_list.order_dimension")
        case .status: orderName = texts.text("pages_program_list.order_status")
        }
        return ProgramListPage(
            pageTitle: order == .opd
                ? texts.text("pages_program_list.semua_program")
                : texts.text("pages_program_list.semua_program_menurut", ["orderName": "\(orderName)"]),
            metaDescription:
                texts.text(
                    "pages_program_list.semua_program_smart_city",
                    ["region": "\(content.config.region)", "reviewYear": "\(content.config.reviewYear)", "orderName": "\(orderName)"])
                + groups.map(\.heading).joined(separator: ", ") + ".",
            breadcrumbs: order == .opd
                ? crumbs(path, [(texts.text("pages_program_list.program"), nil)])
                : crumbs(
                    path,
                    [
                        (texts.text("pages_program_list.program"), Permalink.programList),
                        (texts.text("pages_program_list.menurut", ["orderName": "\(orderName)"]), nil),
                    ]),
            orderName: orderName,
            orders: ProgramOrder.allCases.map { other in
                NavLink(
                    label: texts.text("pages_program_list.order_label_" + other.rawValue), url: root + Permalink.programList(other),
                    current: other == order)
            },
            groups: groups.map { group in
                ProgramGroup(
                    id: group.id, heading: group.heading, tableLabel: texts.text("pages_program_list.tabel_program", ["heading": "\(group.heading)"]),
                    programs: group.programs.map { programRow($0, from: path) }, hideOPD: order == .opd)
            },
            count: countFigure(aggregates.statusCounts.total, DataPointer.programs("jumlah")),
            isDefaultOrder: order == .opd,
            timelineSVG: order == .opd ? charts.timeline(id: "linimasa").svg : nil,
            timelineTable: order == .opd ? timelineTable() : nil)
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
