/// Where each front-matter field of one file has its value: field name → line and column, all in
/// the same file.
///
/// A compact table rather than `[String: SourceLocation]`: a programme has twenty-odd fields and
/// each of its indicators five or six, and as dictionaries their places were a third of the parsed
/// content's memory (24 MB of 72 MB at 10 000 programmes, measured with heaptrack). Here each
/// field costs one short string and two 32-bit numbers, the path is kept once, and lookups are a
/// binary search over the names in sorted order.
public struct FieldLocations: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// One field's place.
    struct Entry: Hashable, Sendable {
        var field: String
        var line: Int32
        var column: Int32
    }

    /// The file all the places are in (the first place's path; empty while there is none).
    public private(set) var path: String = ""
    /// Sorted by field name, one entry per field.
    private var entries: [Entry] = []
    /// Places in another file than ``path`` (never made by the parser; kept so that nothing set is lost).
    private var elsewhere: [String: SourceLocation] = [:]

    /// No places.
    public init() {}

    /// The places of `locations`.
    public init(_ locations: [String: SourceLocation]) {
        for (field, location) in locations.sorted(by: { $0.key < $1.key }) { self[field] = location }
    }

    /// Places written as a dictionary literal (tests, code that builds content by hand).
    public init(dictionaryLiteral elements: (String, SourceLocation)...) {
        for (field, location) in elements { self[field] = location }
    }

    /// How many fields have a place.
    public var count: Int { entries.count + elsewhere.count }

    /// Whether no field has a place.
    public var isEmpty: Bool { count == 0 }

    private func index(of field: String) -> (found: Bool, at: Int) {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].field < field { low = middle + 1 } else { high = middle }
        }
        return (low < entries.count && entries[low].field == field, low)
    }

    /// The place of `field`'s value, or `nil` when the field has none; setting `nil` removes it.
    public subscript(field: String) -> SourceLocation? {
        get {
            if let other = elsewhere[field] { return other }
            let (found, at) = index(of: field)
            guard found else { return nil }
            return SourceLocation(path: path, line: Int(entries[at].line), column: Int(entries[at].column))
        }
        set {
            let (found, at) = index(of: field)
            elsewhere[field] = nil
            if found { entries.remove(at: at) }
            guard let location = newValue else { return }
            if entries.isEmpty && elsewhere.isEmpty { path = location.path }
            guard location.path == path, let line = Int32(exactly: location.line), let column = Int32(exactly: location.column) else {
                elsewhere[field] = location
                return
            }
            entries.insert(Entry(field: field, line: line, column: column), at: at)
        }
    }

    /// Every field with its place, sorted by field name.
    public func makeIterator() -> IndexingIterator<[(key: String, value: SourceLocation)]> {
        var all = entries.map { (key: $0.field, value: SourceLocation(path: path, line: Int($0.line), column: Int($0.column))) }
        all += elsewhere.map { (key: $0.key, value: $0.value) }
        return all.sorted { $0.key < $1.key }.makeIterator()
    }

    /// The places as a dictionary.
    public var dictionary: [String: SourceLocation] {
        Dictionary(uniqueKeysWithValues: map { ($0.key, $0.value) })
    }
}
