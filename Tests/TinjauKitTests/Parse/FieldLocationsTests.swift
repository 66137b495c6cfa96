import Testing

@testable import TinjauKit

/// ``FieldLocations``: the places of a file's front-matter fields, 8 bytes a field.
@Suite("Field places")
struct FieldLocationsTests {
    @Test func placesAreKeptAndIteratedByName() {
        var places = FieldLocations()
        places["target"] = SourceLocation(path: "a.md", line: 12, column: 9)
        places["judul"] = SourceLocation(path: "a.md", line: 2, column: 8)
        places["anggaran"] = SourceLocation(path: "a.md", line: 7, column: 11)
        #expect(places.count == 3)
        #expect(places.path == "a.md")
        #expect(places["judul"] == SourceLocation(path: "a.md", line: 2, column: 8))
        #expect(places["tidak-ada"] == nil)
        #expect(places.map(\.key) == ["anggaran", "judul", "target"])
        // Set again: one place per field.
        places["judul"] = SourceLocation(path: "a.md", line: 3, column: 8)
        #expect(places.count == 3)
        #expect(places["judul"]?.line == 3)
        places["judul"] = nil
        #expect(places.count == 2)
        #expect(places["judul"] == nil)
    }

    /// The table is the same whatever order its fields were set in (its equality and hash are a
    /// dictionary's).
    @Test func theOrderFieldsAreSetInDoesNotMatter() {
        let first: FieldLocations = ["b": SourceLocation(path: "x.md", line: 1, column: 1), "a": SourceLocation(path: "x.md", line: 2, column: 1)]
        let second: FieldLocations = ["a": SourceLocation(path: "x.md", line: 2, column: 1), "b": SourceLocation(path: "x.md", line: 1, column: 1)]
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.dictionary == second.dictionary)
    }

    /// A place that does not fit the compact entry (a column past 65 535, a line past 2³² − 1,
    /// another file) is kept as it is, not cut or dropped.
    @Test func placesOutsideTheCompactRangeAreKeptWhole() {
        var places = FieldLocations()
        places["judul"] = SourceLocation(path: "a.md", line: 2, column: 8)
        let far = SourceLocation(path: "a.md", line: 3, column: 70_000)
        let deep = SourceLocation(path: "a.md", line: 5_000_000_000, column: 1)
        let other = SourceLocation(path: "b.md", line: 4, column: 2)
        places["ringkasan"] = far
        places["catatan"] = deep
        places["mitra"] = other
        #expect(places["ringkasan"] == far)
        #expect(places["catatan"] == deep)
        #expect(places["mitra"] == other)
        #expect(places.map(\.key) == ["catatan", "judul", "mitra", "ringkasan"])
        // Moved back into range: one place, the new one.
        places["ringkasan"] = SourceLocation(path: "a.md", line: 3, column: 4)
        #expect(places.count == 4)
        #expect(places["ringkasan"]?.column == 4)
    }

    /// The fields of the content files are numbered before any other name, once.
    @Test func knownFieldsAreNumberedFirst() {
        let table = FieldNames(known: ["judul", "anggaran", "judul"])
        #expect(table.number(of: "judul", adding: false) == 0)
        #expect(table.number(of: "anggaran", adding: false) == 1)
        #expect(table.number(of: "lain", adding: false) == nil)
        #expect(table.number(of: "lain", adding: true) == 2)
        #expect(table.names(of: [2, 0, 1]) == ["lain", "judul", "anggaran"])
        #expect(table.names(of: [1, 0]) == ["anggaran", "judul"])
        #expect(FieldNames.shared.number(of: "judul", adding: false) != nil)
    }

    /// Each name is numbered once, whichever thread sees it first.
    @Test func namesAreNumberedOnceAcrossThreads() {
        let names = (0..<64).map { "bidang_\($0 % 16)" }
        let numbers = Parallel.map(names) { FieldNames.shared.number(of: $0, adding: true) }
        for (name, number) in zip(names, numbers) {
            #expect(number == FieldNames.shared.number(of: name, adding: false))
        }
        #expect(Set(numbers.compactMap { $0 }).count == 16)
        #expect(FieldNames.shared.names(of: numbers.compactMap { $0 }) == names)
    }
}
