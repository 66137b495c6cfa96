import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// A JSON value with numbers kept as `Decimal`, so that `68` and `44.3` compare exactly.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Decimal.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    /// The value at an RFC 6901 JSON Pointer, or `nil`.
    func at(_ pointer: String) -> JSONValue? {
        var value: JSONValue? = self
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch value {
            case .object(let o)?: value = o[token]
            case .array(let a)?: value = Int(token).flatMap { $0 >= 0 && $0 < a.count ? a[$0] : nil }
            default: return nil
            }
        }
        return value
    }
}

/// Reads the figures of a page: every `<data value data-sumber>` and the visible text of `<main>` outside
/// figures, charts, links and author prose (to find numbers that name no source).
struct PageFigures {
    struct Figure { var value: String, source: String, text: String }
    var figures: [Figure] = []
    var unmarkedText = ""

    init(_ html: String) {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return }
        let main = html[start.lowerBound..<end.upperBound]
        let voids: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
        var skipDepth = 0
        var stack: [(name: String, skips: Bool)] = []
        var index = main.startIndex
        var pending: (value: String, source: String, text: String)?
        while index < main.endIndex {
            if main[index] == "<", let close = main[index...].firstIndex(of: ">") {
                let tag = String(main[main.index(after: index)..<close])
                index = main.index(after: close)
                if tag.hasPrefix("/") {
                    let name = String(tag.dropFirst()).lowercased()
                    if let position = stack.lastIndex(where: { $0.name == name }) {
                        for item in stack[position...] where item.skips { skipDepth -= 1 }
                        stack.removeSubrange(position...)
                    }
                    if name == "data", let figure = pending {
                        figures.append(Figure(value: figure.value, source: figure.source, text: PageFigures.unescape(figure.text)))
                        pending = nil
                    }
                    continue
                }
                if tag.hasPrefix("!") { continue }
                let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
                func attribute(_ key: String) -> String? {
                    guard let r = tag.range(of: " \(key)=\"") else { return nil }
                    return String(tag[r.upperBound...].prefix { $0 != "\"" })
                }
                if name == "data" { pending = (attribute("value") ?? "", attribute("data-sumber") ?? "", "") }
                if voids.contains(name) || tag.hasSuffix("/") { continue }
                let skips =
                    ["data", "svg", "a", "script", "style", "code", "abbr"].contains(name)
                    || (attribute("class")?.split(separator: " ").contains("prose") ?? false)
                if skips { skipDepth += 1 }
                stack.append((name, skips))
                continue
            }
            let next = main[index...].firstIndex(of: "<") ?? main.endIndex
            let text = String(main[index..<next])
            if pending != nil { pending!.text += text }
            if skipDepth == 0 { unmarkedText += PageFigures.unescape(text) + " " }
            index = next
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

@Suite("Every figure on the shipped site comes from the data")
struct FigureTests {
    /// `1.234,5` → 1234.5; `≈` and a trailing `%` are dropped.
    static func indonesianNumber(_ text: String) -> Decimal? {
        var t = text.replacingOccurrences(of: "≈", with: "").replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)
        t = t.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        return Decimal(string: t)
    }

    /// Whether `text` as shown is `value`: exactly, or within the rounding of the digits shown when the
    /// text says it was rounded (`≈`, or Rupiah in words).
    static func shows(_ text: String, _ value: Decimal) -> Bool {
        var body = text
        let negative = body.hasPrefix("-")
        if negative { body.removeFirst() }
        if body.hasPrefix("Rp") {
            body.removeFirst(2)
            for (word, size) in [(" triliun", Decimal(1_000_000_000_000)), (" miliar", 1_000_000_000), (" juta", 1_000_000)]
            where body.hasSuffix(word) {
                guard let shown = indonesianNumber(String(body.dropLast(word.count))) else { return false }
                let difference = (negative ? -shown : shown) * size - value
                return abs(difference) <= size * Decimal(string: "0.005")!
            }
        }
        guard let shown = indonesianNumber(body) else { return false }
        let signed = negative ? -shown : shown
        if text.contains("≈") {
            let decimals = body.replacingOccurrences(of: "%", with: "").split(separator: ",").dropFirst().first?.count ?? 0
            var half = Decimal(5)
            for _ in 0...decimals { half /= 10 }
            return abs(signed - value) <= half
        }
        return signed == value
    }

    /// Builds the review in `content` and checks every figure of its review pages against the data.
    func checkFigures(content: String, minimum: Int) throws {
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let (files, _) = try SiteBuilder().prepare(options)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(byPath["data/tinjauan.json"]).utf8))

        // The home, dimension, OPD, budget, delays, capacity and methodology pages.
        let pages = byPath.keys.filter { path in
            path == "index.html" || path == "anggaran/index.html" || path == "temuan/tertunda/index.html" || path == "temuan/index.html"
                || path == "temuan/kapasitas-opd/index.html" || path == "metodologi/index.html"
                || path.hasPrefix("dimensi/") || (path.hasPrefix("opd/") && path.split(separator: "/").count <= 3)
        }.sorted()
        #expect(pages.count == 1 + 1 + 1 + 1 + 1 + 1 + 7 + 14)
        var checked = 0
        let unmarked = try NSRegularExpression(
            pattern: #"\d[\d.]*(,\d+)?\s*%|Rp\s*\d|\b\d+\s*/\s*\d+\b|\b\d[\d.]*\s+(program|OPD|operator)\b"#,
            options: [.caseInsensitive])
        for path in pages {
            let page = PageFigures(try #require(byPath[path]))
            #expect(!page.figures.isEmpty, "\(path) has no figures")
            for figure in page.figures {
                let value = try #require(Decimal(string: figure.value), "\(path): value \(figure.value)")
                let published = json.at(figure.source)
                #expect(
                    published == .number(value), "\(path): \(figure.text) = \(figure.value), but \(figure.source) is \(String(describing: published))"
                )
                #expect(Self.shows(figure.text, value), "\(path): the text \(figure.text) does not show \(figure.value)")
                checked += 1
            }
            // No percentage, Rupiah amount, fraction or count of programmes, OPDs or operators outside a figure.
            let text = page.unmarkedText
            for match in unmarked.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = Range(match.range, in: text)!
                let from = text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
                let context = String(text[from..<range.upperBound])
                Issue.record("\(path): the figure “\(text[range])” names no source in the data: …\(context)")
            }
        }
        #expect(checked > minimum)
    }

    @Test func everyFigureOnTheReviewPagesIsAFieldOfTheData() throws {
        try checkFigures(content: packageRoot + "/content", minimum: 500)
    }

    @Test func theSameHoldsForWeightedIndicatorScores() throws {
        // The shipped review scored by indicator achievement, at one decimal: weighted numerators
        // and denominators, `≈` values, and no programmes in the numerators.
        let dir = try TemporaryDirectory()
        let fs = LocalFileSystem()
        for entry in try fs.listRecursively(packageRoot + "/content") where entry.kind == .file {
            var bytes = try fs.read(packageRoot + "/content/" + entry.relativePath)
            if entry.relativePath == "tinjau.yml" {
                let text = String(decoding: bytes, as: UTF8.self)
                    .replacingOccurrences(of: "metode: realisasi-program", with: "metode: capaian-indikator")
                    .replacingOccurrences(of: "presisi: 0", with: "presisi: 1")
                #expect(text.contains("capaian-indikator"))
                bytes = Array(text.utf8)
            }
            try fs.write(bytes, to: dir.path + "/content/" + entry.relativePath)
        }
        try checkFigures(content: dir.path + "/content", minimum: 500)
    }

    @Test func theSixPublishedDimensionScoresAreUnchanged() throws {
        let options = BuildOptions(contentDirectory: packageRoot + "/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let (files, _) = try SiteBuilder().prepare(options)
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(try #require(files.first { $0.path == "data/tinjauan.json" }).bytes))
        for (dimension, percent) in [("society", 54), ("living", 54), ("governance", 68), ("environment", 100), ("economy", 42), ("branding", 57)] {
            #expect(json.at("/agregat/skor/dimensi/\(dimension)/persen_publikasi") == .number(Decimal(percent)), "\(dimension)")
        }
    }

    @Test func theCheckerCatchesAFigureWithoutSourceAndAWrongOne() {
        let page = PageFigures(
            "<main><p>Skor <data value=\"68\" data-sumber=\"/a\">68%</data> dari 19 program; "
                + "<a href=\"x\">Program 2/3</a> <svg><text>40%</text></svg> <div class=\"prose\">Rp5</div></p></main>")
        #expect(page.figures.count == 1)
        #expect(page.figures.first?.text == "68%")
        #expect(page.unmarkedText.contains("19 program"))
        #expect(!page.unmarkedText.contains("2/3") && !page.unmarkedText.contains("40%") && !page.unmarkedText.contains("Rp5"))
        #expect(Self.shows("Rp48,19 miliar", 48_185_000_000))
        #expect(!Self.shows("Rp48,19 miliar", 48_100_000_000))
        #expect(Self.shows("≈68,4211%", Decimal(string: "68.42105")!))
        #expect(!Self.shows("68%", 67))
        #expect(JSONValue.object(["a/b": .number(1)]).at("/a~1b") == .number(1))
    }
}
