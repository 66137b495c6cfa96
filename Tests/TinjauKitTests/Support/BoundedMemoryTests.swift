import BigInt
import Foundation
import Mustache
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The pieces that keep a large build's memory bounded (issue 14): files written part by part,
/// bodies in a scratch file, rows made as they are read, programme ids made once.
@Suite("Bounded memory")
struct BoundedMemoryTests {
    /// A producer handing over `text` in parts of `part` bytes.
    func producer(_ text: String, part: Int = 7) -> OutputFile.Producer {
        let bytes = Array(text.utf8)
        return OutputFile.Producer { sink in
            var start = 0
            while start < bytes.count {
                try sink(Array(bytes[start..<min(start + part, bytes.count)]))
                start += part
            }
        }
    }

    /// An indicator keeps its values compactly (``CompactRational``) and gives back exactly what it
    /// was given: small and huge numbers, negative ones and none; equal values are equal indicators
    /// however they were made, and an archive reads back what it wrote.
    @Test func indicatorValuesAreKeptCompactlyAndExactly() throws {
        let huge = Rational(BigInt(2).power(80) + 1, 3)
        let values: [Rational?] = [nil, 0, Rational(145, 2), Rational(-7, 3), Rational(Int(Int64.max)), huge, Rational(1, BigInt(2).power(70))]
        for value in values {
            var indicator = Indicator(
                name: "Aplikasi layanan", unit: "persen", baseline: value, target: value, location: SourceLocation(path: "a.md"))
            #expect(indicator.baseline == value && indicator.target == value && indicator.realisation == nil && indicator.weight == .one)
            indicator.realisation = value
            indicator.weight = value ?? Rational(3, 2)
            #expect(indicator.realisation == value && indicator.weight == (value ?? Rational(3, 2)))
            let data = try JSONEncoder().encode(indicator)
            let back = try JSONDecoder().decode(Indicator.self, from: data)
            #expect(back.baseline == value && back.target == value && back.realisation == value && back.weight == indicator.weight)
        }
        // The same number made two ways is the same indicator.
        let a = Indicator(name: "x", target: Rational(BigInt(4), BigInt(8)), location: SourceLocation(path: "a.md"))
        let b = Indicator(name: "x", target: Rational(1, 2), location: SourceLocation(path: "a.md"))
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a != Indicator(name: "x", target: Rational(1, 3), location: SourceLocation(path: "a.md")))
        // Four values in 24 bytes each, where a `Rational?` took 80: an indicator took 416 bytes.
        #expect(MemoryLayout<Indicator>.stride <= 224)
    }

    @Test func aProducedFileIsWrittenWholeKeptWhenUnchangedAndLeavesNoSpool() throws {
        let dir = try TemporaryDirectory()
        let output = dir.path + "/output"
        let writer = OutputWriter(fileSystem: LocalFileSystem())
        let text = String(repeating: "{\"program\": \"aplikasi layanan data\"}\n", count: 5000)
        var report = try writer.write([OutputFile(path: "data/tinjauan.json", producer: producer(text))], to: output)
        #expect(report.written == 1)
        #expect(try String(contentsOfFile: output + "/data/tinjauan.json", encoding: .utf8) == text)
        // The same bytes again: the file is kept (same inode and time), nothing is written.
        let stamp = LocalFileSystem().stamp(output + "/data/tinjauan.json")
        report = try writer.write([OutputFile(path: "data/tinjauan.json", producer: producer(text, part: 4096))], to: output)
        #expect(report == OutputWriter.Report(written: 0, unchanged: 1, removed: 0))
        #expect(LocalFileSystem().stamp(output + "/data/tinjauan.json") == stamp)
        // One byte differs at the very end: written in place.
        report = try writer.write([OutputFile(path: "data/tinjauan.json", producer: producer(text + "x"))], to: output)
        #expect(report.written == 1)
        #expect(try String(contentsOfFile: output + "/data/tinjauan.json", encoding: .utf8) == text + "x")
        // A temporary left by a build killed half-way does not stop the next one.
        try LocalFileSystem().write(Array("sisa".utf8), to: output + "/data/tinjauan.json.tinjau-tmp")
        report = try writer.write([OutputFile(path: "data/tinjauan.json", producer: producer(text + "y"))], to: output)
        #expect(report.written == 1)
        #expect(try String(contentsOfFile: output + "/data/tinjauan.json", encoding: .utf8) == text + "y")
        let cache = OutputWriter.siblings(of: output).cache
        #expect(!FileManager.default.fileExists(atPath: cache + "/spool"))
        #expect(!FileManager.default.fileExists(atPath: output + "/data/tinjauan.json.tinjau-tmp"))
    }

    @Test func aProducedFileMaterialisesToTheSameBytesAndCountsThem() {
        let file = OutputFile(path: "data/x.json", producer: producer("aplikasi digital"))
        #expect(file.materialised().bytes == Array("aplikasi digital".utf8))
        #expect(file.materialised().producer == nil)
        #expect(file.producer?.count == 16)
    }

    @Test func filesAreComparedWithoutReadingThemWhole() throws {
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        let long = [UInt8](repeating: 0x61, count: 200_000)
        try fs.write(long, to: dir.path + "/a")
        try fs.write(long, to: dir.path + "/b")
        try fs.write(long.dropLast() + [0x62], to: dir.path + "/c")
        try fs.write(Array(long.dropLast()), to: dir.path + "/d")
        #expect(fs.hasSameContents(dir.path + "/a", dir.path + "/b"))
        #expect(!fs.hasSameContents(dir.path + "/a", dir.path + "/c"))
        #expect(!fs.hasSameContents(dir.path + "/a", dir.path + "/d"))
        #expect(!fs.hasSameContents(dir.path + "/a", dir.path + "/missing"))
    }

    @Test func bodiesPastTheThresholdAreReadBackFromTheScratchFile() throws {
        var bodies = BodyTexts()
        var expected: [String: String] = [:]
        // About 12 MiB of near-identical bodies: past the 8 MiB threshold.
        for index in 0..<4000 {
            let html =
                "<p>Layanan aplikasi data digital Kalurahan \(index) — “dikelola”.</p>\n"
                + String(repeating: "<li>aplikasi layanan data</li>\n", count: 100)
            bodies["dinas-\(index % 7)/program-\(index)"] = html
            expected["dinas-\(index % 7)/program-\(index)"] = html
        }
        #expect(bodies.count == expected.count)
        for (key, html) in expected { #expect(bodies[key] == html) }
        // A copy shares the store; a change to it is its own.
        var copy = bodies
        copy["dinas-0/program-0"] = "<p>baru</p>"
        #expect(bodies["dinas-0/program-0"] == expected["dinas-0/program-0"])
        #expect(copy["dinas-0/program-0"] == "<p>baru</p>")
        #expect(copy != bodies)
        // Encoded as the dictionary it replaces.
        let decoded = try JSONDecoder().decode(BodyTexts.self, from: JSONEncoder().encode(bodies))
        #expect(decoded == bodies)
        #expect(try JSONDecoder().decode([String: String].self, from: JSONEncoder().encode(bodies)) == expected)
    }

    @Test func aLargePageGoesToTheWriterInPartsWithTheSameBytes() {
        let small = "<p>Layanan aplikasi data digital</p>\n"
        let page = SiteRenderer.pageFile("cetak/index.html", small)
        #expect(page.producer == nil && page.bytes == Array(small.utf8))
        // Past 4 MiB, with multi-byte characters across the 1 MiB part boundaries.
        let large = String(repeating: "<tr><td>Kalurahan “Wonokarto” — aplikasi layanan</td></tr>\n", count: 80_000)
        let parted = SiteRenderer.pageFile("cetak/index.html", large)
        #expect(parted.bytes.isEmpty && parted.producer != nil)
        var parts: [Int] = []
        try? parted.producer?.run { parts.append($0.count) }
        #expect(parts.count == (large.utf8.count + (1 << 20) - 1) >> 20 && parts.dropLast().allSatisfy { $0 == 1 << 20 })
        #expect(parted.materialised().bytes == Array(large.utf8))
    }

    @Test func rememberedBodiesComeBackFromTheSharedStoreForTheNextBuilds() {
        let memo = BodyMemo(structure: "garis-besar")
        #expect(memo.result(for: memoKey("a")) == nil)
        let warning = Diagnostic(.unknownChart("skor"), at: SourceLocation(path: "content/opd/dinas/a.md", line: 9, column: 1))
        // Past the store's 8 MiB threshold: the texts come back from its scratch file.
        for index in 0..<3000 {
            memo.record(
                (String(repeating: "<p>aplikasi layanan data \(index)</p>\n", count: 100), index == 7 ? [warning] : []), for: memoKey("k\(index)"))
        }
        let next = memo.next()
        #expect(next.structure == "garis-besar")
        #expect(next.result(for: memoKey("k7"))?.html == String(repeating: "<p>aplikasi layanan data 7</p>\n", count: 100))
        #expect(next.result(for: memoKey("k7"))?.diagnostics == [warning])
        // Only what the build took or rendered is kept for the one after.
        next.record(("<p>baru</p>", []), for: memoKey("k1"))
        let third = next.next()
        #expect(third.result(for: memoKey("k2")) == nil)
        #expect(third.result(for: memoKey("k1"))?.html == "<p>baru</p>")
        #expect(third.result(for: memoKey("k7"))?.html == String(repeating: "<p>aplikasi layanan data 7</p>\n", count: 100))
    }

    @Test func aMarkdownSourceInAStoreReadsAsTheTextItWas() {
        let store = BodyStore()
        // Past the threshold, so that the texts are read back from the scratch file.
        let texts = (0..<3000).map { "## Program \($0)\n\n" + String(repeating: "Aplikasi layanan data digital. ", count: 100) }
        var sources = texts.enumerated().map { MarkdownSource(text: $1, path: "content/opd/dinas/p\($0).md", firstLine: 12) }
        for index in sources.indices { sources[index].keep(in: store) }
        for (index, source) in sources.enumerated() {
            #expect(source.text == texts[index] && source.hasText)
            #expect(source == MarkdownSource(text: texts[index], path: "content/opd/dinas/p\(index).md", firstLine: 12))
        }
        var released = sources[0]
        released.releaseText()
        #expect(released.text.isEmpty && released.hasText && released != sources[0])
        // An empty body stays empty and has no text.
        var empty = MarkdownSource(text: "", path: "content/opd/dinas/kosong.md", firstLine: 4)
        empty.keep(in: store)
        empty.releaseText()
        #expect(!empty.hasText)
    }

    /// The parse cache keeps programmes' bodies in its store, not as strings, and a new cache made
    /// from its kept entries copies the bodies still used to a new store once most of it is unused.
    @Test func theParseCacheKeepsProgrammesBodiesInItsStore() throws {
        let cache = ParseCache(previous: [:], bodies: BodyStore(spillThreshold: 1 << 10))
        let parsed = BuildCacheTests.parse("content", cache: cache)
        let programs = try #require(parsed.content?.programs)
        #expect(programs.contains { !$0.body.text.isEmpty })
        var used = 0
        for entry in cache.entries.values {
            guard case .program(let program?) = entry.item else { continue }
            #expect(program.body.text == programs.first { $0.id == program.id }?.body.text)
            #expect(program.body.storedLength == program.body.text.utf8.count)
            used += program.body.storedLength
        }
        #expect(used > 0 && cache.bodies.byteCount == used)
        // Below half unused, the store is kept as it is.
        #expect(cache.kept().bodies === cache.bodies)
        // Three times as many bytes unused as used (bodies of files edited since): copied.
        let small = ParseCache(previous: [:], bodies: BodyStore(spillThreshold: 1 << 10))
        _ = BuildCacheTests.parse("content", cache: small)
        for _ in 0..<3 { _ = small.bodies.append(String(repeating: "x", count: used)) }
        let (moved, fresh) = small.kept()
        #expect(fresh !== small.bodies && fresh.byteCount == used)
        for entry in moved.values {
            guard case .program(let program?) = entry.item else { continue }
            #expect(program.body.text == programs.first { $0.id == program.id }?.body.text)
        }
    }

    /// A flag raised until one thread lowers it, read by others.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var raised = true
        var isRaised: Bool { lock.withLock { raised } }
        func lower() { lock.withLock { raised = false } }
    }

    @Test func aStoreIsReadWhileAnotherThreadAppendsPastTheThreshold() {
        let text = String(repeating: "<p>aplikasi layanan data digital</p>\n", count: 5)
        // Many small stores, each moved to its scratch file by one thread while three others keep
        // reading its first text, which was in memory when they started: a read must never see the
        // memory emptied under it.
        for _ in 0..<2000 {
            let store = BodyStore(spillThreshold: 4096)
            let first = store.append(text)
            let appending = Flag()
            DispatchQueue.concurrentPerform(iterations: 4) { thread in
                if thread == 0 {
                    for _ in 0..<(4096 / text.utf8.count + 2) { _ = store.append(text) }
                    appending.lower()
                } else {
                    while appending.isRaised { #expect(store.text(first) == text) }
                }
            }
            #expect(store.byteCount > 4096)
            #expect(store.text(first) == text)
        }
    }

    @Test func aMemoCopiesTheBodiesStillUsedOnceMostOfItsStoreIsUnused() {
        var memo = BodyMemo(structure: "garis-besar")
        let big = String(repeating: "<li>aplikasi layanan data</li>\n", count: 200)
        // Every build renders all 2 000 bodies again (the outline unchanged): without the copy the
        // store would grow by 12 MB a build.
        for build in 0..<4 {
            for index in 0..<2000 { memo.record(("\(build)" + big, []), for: memoKey("k\(index)")) }
            memo = memo.next()
            #expect(memo.result(for: memoKey("k5"))?.html == "\(build)" + big)
        }
        #expect(memo.storedBytes < 4 * 2000 * (big.utf8.count + 1))
    }

    @Test func aReleasedTextGivenANewTextCanBeReleasedAgain() {
        var source = MarkdownSource(text: "Aplikasi", path: "content/opd/dinas/a.md", firstLine: 8)
        source.releaseText()
        source.text = "Layanan"
        source.releaseText()
        #expect(source.text.isEmpty && source.hasText)
    }

    @Test func aRowListIsAnArrayToTemplatesAndToTheFingerprint() {
        let titles = ["Aplikasi Layanan Data", "Aplikasi Layanan Data Digital", "Layanan Digital"]
        let list = RowList(titles) { $0.uppercased() }
        #expect(Array(list) == titles.map { $0.uppercased() })
        #expect(list.transform("count") as? Int == 3)
        #expect(list.transform("empty") as? Bool == false)
        #expect(list.transform("first") as? String == "APLIKASI LAYANAN DATA")
        #expect(list.transform("last") as? String == "LAYANAN DIGITAL")
        #expect(RowList([String]()).transform("empty") as? Bool == true)
        var fromList = PageFingerprint.Buffer()
        list.fingerprint(into: &fromList)
        var fromArray = PageFingerprint.Buffer()
        titles.map { $0.uppercased() }.fingerprint(into: &fromArray)
        #expect(fromList.digest() == fromArray.digest())
        // Rendered by swift-mustache as an array.
        let template = try? MustacheTemplate(string: "{{#rows}}{{.}}{{^last()}}, {{/last()}}{{/rows}}{{^rows}}kosong{{/rows}}")
        #expect(template?.render(["rows": list]) == "APLIKASI LAYANAN DATA, APLIKASI LAYANAN DATA DIGITAL, LAYANAN DIGITAL")
        #expect(template?.render(["rows": RowList([String]())]) == "kosong")
        // An empty list has no names of its own, as an empty array: `count` is the page's.
        let inverted = try? MustacheTemplate(string: "{{^rows}}{{count}}{{/rows}}")
        #expect(inverted?.render(["rows": RowList([String]()), "count": 7]) == "7")
        #expect(inverted?.render(["rows": [String](), "count": 7]) == "7")
    }

    @Test func aProgrammesIdFollowsItsSlugsAndSurvivesAnArchive() throws {
        var program = Program(slug: "aplikasi-data", opdSlug: "diskominfo", title: "Aplikasi Data", dimension: .governance, status: .berjalan)
        #expect(program.id == "diskominfo/aplikasi-data")
        program.opdSlug = "bappeda"
        program.slug = "aplikasi-data-2"
        #expect(program.id == "bappeda/aplikasi-data-2")
        let decoded = try JSONDecoder().decode(Program.self, from: JSONEncoder().encode(program))
        #expect(decoded.id == "bappeda/aplikasi-data-2")
        #expect(decoded == program)
    }
}

/// A body memo's key for `text` (any digest will do: the memo only compares them).
private func memoKey(_ text: String) -> Digest { ContentHash.digest(of: Array(text.utf8)) }
