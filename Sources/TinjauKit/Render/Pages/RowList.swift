import Mustache

/// A list of a page's view model whose rows are made one at a time, as the template (or the page's
/// fingerprint) reads them, and dropped after: the pages that list every programme (the print page
/// twice over, the methodology page, each dimension's page) held every row at once, about 700 bytes
/// each, which at 100 000 programmes set the build's peak memory.
///
/// To a template it is an array: a section repeats per row (with `first()`, `last()`, `index()`),
/// an inverted section shows when it is empty, and the transforms `count`, `empty`, `first`,
/// `last` and `reversed` work as on an array. To Swift it is a random-access collection of rows.
struct RowList<Row: TemplateValueType & Sendable>: RandomAccessCollection, MustacheSequence, MustacheTransformable, MustacheParent,
    TemplateValueType, Sendable
{
    /// How many rows the list has.
    let count: Int
    /// Makes the row at an index in `0..<count`.
    private let make: @Sendable (Int) -> Row

    /// The rows made by `row` from each of `sources`, in order.
    init<Source: Sendable>(_ sources: [Source], _ row: @escaping @Sendable (Source) -> Row) {
        count = sources.count
        make = { row(sources[$0]) }
    }

    /// The rows of an array already made (a short list, or a test).
    init(_ rows: [Row]) {
        self.init(rows) { $0 }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> Row { make(position) }

    func transform(_ name: String) -> Any? {
        switch name {
        case "count": count
        case "empty": isEmpty
        case "first": first
        case "last": last
        // Anything else (`reversed`, and what later versions of swift-mustache add) as an array does it.
        default: Array(self).transform(name)
        }
    }

    /// No names of its own, as an array has none: inside `{{^list}}…{{/list}}` (where swift-mustache
    /// looks names up on the empty list) and in `{{list.count}}`, names fall through as they did.
    func child(named name: String) -> Any? { nil }

    static var templateValue: TemplateValue { .list(Row.templateValue) }

    /// The same bytes as an array of the same rows, fed a thousand rows at a time.
    func fingerprint(into buffer: inout PageFingerprint.Buffer) {
        buffer.add(UInt8(ascii: "["), UInt64(count))
        var start = 0
        while start < count {
            let end = Swift.min(start + 1000, count)
            Row.fingerprint(Array(self[start..<end]), into: &buffer)
            start = end
        }
    }
}
