import Foundation

/// Where each front-matter field of one file has its value: field name → line and column, all in
/// the same file.
///
/// A compact table rather than `[String: SourceLocation]`: a programme has twenty-odd fields and
/// each of its indicators five or six, and as dictionaries their places were a third of the parsed
/// content's memory (24 MB of 72 MB at 10 000 programmes, measured with heaptrack). Here each
/// field costs 8 bytes: the number of its name (``FieldNames``, each name numbered once per
/// process), its line (32 bits) and its column (16 bits); the path is kept once, and lookups are a
/// binary search over the numbers. With the names as strings in each table, the places were still
/// 8,7 MB at 10 000 programmes, more than any other part of the parsed content. A place that does
/// not fit (a column past 65 535, a line past 2³² − 1, another file) is kept as it is, aside.
public struct FieldLocations: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// One field's place.
    struct Entry: Hashable, Sendable {
        var name: UInt16
        var column: UInt16
        var line: UInt32
    }

    /// The file all the places are in (the first place's path; empty while there is none).
    public private(set) var path: String = ""
    /// Sorted by the number of the field's name, one entry per field.
    private var entries: [Entry] = []
    /// Places that do not fit an ``Entry``: in another file than ``path`` (never made by the parser),
    /// past its line or column range, or under a name ``FieldNames`` has no number left for. Kept so
    /// that nothing set is lost.
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

    private func index(of name: UInt16) -> (found: Bool, at: Int) {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].name < name { low = middle + 1 } else { high = middle }
        }
        return (low < entries.count && entries[low].name == name, low)
    }

    /// The place of `field`'s value, or `nil` when the field has none; setting `nil` removes it.
    public subscript(field: String) -> SourceLocation? {
        get {
            if let other = elsewhere[field] { return other }
            guard let name = FieldNames.shared.number(of: field, adding: false) else { return nil }
            let (found, at) = index(of: name)
            guard found else { return nil }
            return SourceLocation(path: path, line: Int(entries[at].line), column: Int(entries[at].column))
        }
        set {
            elsewhere[field] = nil
            // One look-up of the name, numbered when a place is set.
            let name = FieldNames.shared.number(of: field, adding: newValue != nil)
            if let name {
                let (found, at) = index(of: name)
                if found { entries.remove(at: at) }
            }
            guard let location = newValue else { return }
            if entries.isEmpty && elsewhere.isEmpty { path = location.path }
            guard location.path == path, let line = UInt32(exactly: location.line), let column = UInt16(exactly: location.column), let name
            else {
                elsewhere[field] = location
                return
            }
            entries.insert(Entry(name: name, column: column, line: line), at: index(of: name).at)
        }
    }

    /// Every field with its place, sorted by field name.
    public func makeIterator() -> IndexingIterator<[(key: String, value: SourceLocation)]> {
        let names = FieldNames.shared.names(of: entries.map(\.name))
        var all = zip(names, entries).map { (key: $0, value: SourceLocation(path: path, line: Int($1.line), column: Int($1.column))) }
        all += elsewhere.map { (key: $0.key, value: $0.value) }
        return all.sorted { $0.key < $1.key }.makeIterator()
    }

    /// The places as a dictionary.
    public var dictionary: [String: SourceLocation] {
        Dictionary(uniqueKeysWithValues: map { ($0.key, $0.value) })
    }
}

/// The names of front-matter fields, each numbered once in this process, for ``FieldLocations``.
/// The fields of programme, indicator, OPD and page files (``FieldCatalog``) are numbered first, in
/// a table never changed afterwards and so read without a lock: the parser sets a place for every
/// field of every file on all cores, and a lock taken for each cost a tenth of the parse stage.
/// Any other name (a misspelt key, another file's field) gets the next number when first seen, under
/// a lock; past 65 535 names no more are numbered and their places are kept aside. The numbers are
/// not stable between processes and are never written out. Thread-safe.
final class FieldNames: @unchecked Sendable {
    /// The one table of the process.
    static let shared = FieldNames(
        known: (FieldCatalog.program + FieldCatalog.indicator + FieldCatalog.opd + FieldCatalog.page + FieldCatalog.programTranslation)
            .map(\.name))

    /// The names numbered first, by name and by number: never changed after ``init(known:)``.
    private let knownNumbers: [String: UInt16]
    private let knownNames: [String]
    private let lock = NSLock()
    /// The names numbered later, by name and in order (numbered from `knownNames.count`).
    private var numbers: [String: UInt16] = [:]
    private var names: [String] = []

    /// A table with `known` numbered first, in order (a name listed twice keeps its first number).
    init(known: [String]) {
        var numbers: [String: UInt16] = [:]
        var names: [String] = []
        for name in known where numbers[name] == nil {
            numbers[name] = UInt16(names.count)
            names.append(name)
        }
        knownNumbers = numbers
        knownNames = names
    }

    /// The number of `name`; a new one when it has none and `adding` is `true` (`nil` when not, or
    /// when every number is taken).
    func number(of name: String, adding: Bool) -> UInt16? {
        if let number = knownNumbers[name] { return number }
        return lock.withLock {
            if let number = numbers[name] { return number }
            let next = knownNames.count + names.count
            guard adding, next <= Int(UInt16.max) else { return nil }
            names.append(name)
            numbers[name] = UInt16(next)
            return UInt16(next)
        }
    }

    /// The names numbered `numbers`, in the same order.
    func names(of numbers: [UInt16]) -> [String] {
        let known = knownNames.count
        if numbers.allSatisfy({ Int($0) < known }) { return numbers.map { knownNames[Int($0)] } }
        return lock.withLock { numbers.map { Int($0) < known ? knownNames[Int($0)] : names[Int($0) - known] } }
    }
}
