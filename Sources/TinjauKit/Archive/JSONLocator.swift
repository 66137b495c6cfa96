/// Finds places in JSON text, for diagnostics about archives: the first syntax error (a merge
/// conflict marker, a hand edit gone wrong) and the value at a path such as `programs[3].status`.
/// Foundation's decoder says what is wrong but not where; this scanner says where. Lines count
/// from 1 and columns count Unicode scalars from 1, as everywhere in tinjau's diagnostics.
public enum JSONLocator {
    /// One step of a path into a JSON document.
    public enum Step: Hashable, Sendable {
        /// An object member.
        case key(String)
        /// An array element, from 0.
        case index(Int)
    }

    /// A syntax error: where, and what was found there.
    public struct SyntaxError: Hashable, Sendable {
        /// Line, from 1.
        public var line: Int
        /// Column, from 1, in Unicode scalars.
        public var column: Int
        /// What the scanner expected, in Indonesian and English.
        public var expected: (id: String, en: String) { (expectedID, expectedEN) }
        var expectedID: String
        var expectedEN: String
    }

    private struct Failure: Error {
        var offset: Int
        var id: String
        var en: String
    }

    /// The first syntax error of `text` (RFC 8259), or `nil` when it is well-formed JSON.
    public static func syntaxError(in text: String) -> SyntaxError? {
        var scanner = Scanner(Array(text.utf8), target: nil)
        do {
            scanner.whitespace()
            _ = try scanner.value(path: [])
            scanner.whitespace()
            if scanner.offset < scanner.bytes.count { throw Failure(offset: scanner.offset, id: "akhir berkas", en: "the end of the file") }
            return nil
        } catch let failure as Failure {
            let (line, column) = lineAndColumn(of: failure.offset, in: scanner.bytes)
            return SyntaxError(line: line, column: column, expectedID: failure.id, expectedEN: failure.en)
        } catch {
            return nil
        }
    }

    /// Where the value at `path` starts, or where the deepest existing part of the path starts when
    /// the rest is missing; `nil` when the text is not well-formed up to there.
    public static func position(of path: [Step], in text: String) -> (line: Int, column: Int)? {
        var scanner = Scanner(Array(text.utf8), target: path)
        scanner.whitespace()
        _ = try? scanner.value(path: [])
        guard let offset = scanner.found ?? scanner.deepest?.offset else { return nil }
        return lineAndColumn(of: offset, in: scanner.bytes)
    }

    /// Where each element of the array at `path` starts, in one pass over the text (for many
    /// diagnostics about one archive); empty when there is no array there.
    public static func elementPositions(of path: [Step], in text: String) -> [(line: Int, column: Int)] {
        var scanner = Scanner(Array(text.utf8), target: path)
        scanner.collectElements = true
        scanner.whitespace()
        _ = try? scanner.value(path: [])
        var result: [(line: Int, column: Int)] = []
        var line = 1
        var lineStart = 0
        var cursor = 0
        for offset in scanner.elements {
            while cursor < offset {
                if scanner.bytes[cursor] == 0x0A {
                    line += 1
                    lineStart = cursor + 1
                }
                cursor += 1
            }
            result.append((line, scanner.bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1))
        }
        return result
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Count scalars: every byte that does not continue a UTF-8 sequence starts one.
        let column = bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    /// A recursive-descent reader that checks the syntax and notes where the target path starts.
    private struct Scanner {
        let bytes: [UInt8]
        let target: [Step]?
        var offset = 0
        /// The offset of the target value, once reached.
        var found: Int?
        /// The longest prefix of the target reached so far, with its offset.
        var deepest: (depth: Int, offset: Int)?
        /// Whether to note the offset of every element of the array at the target (``elements``).
        var collectElements = false
        /// The offsets of the target array's elements, in order.
        var elements: [Int] = []

        init(_ bytes: [UInt8], target: [Step]?) {
            self.bytes = bytes
            self.target = target
        }

        mutating func whitespace() {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        }

        func fail(_ id: String, _ en: String) -> Failure { Failure(offset: offset, id: id, en: en) }

        /// Notes the start of a value at `path` when it lies on the target path.
        mutating func note(_ path: [Step]) {
            if collectElements, let target, path.count == target.count + 1, Array(path.prefix(target.count)) == target {
                elements.append(offset)
                return
            }
            guard let target, found == nil, path.count <= target.count, Array(target.prefix(path.count)) == path else { return }
            if path.count == target.count { found = offset }
            if deepest == nil || path.count > deepest!.depth { deepest = (path.count, offset) }
        }

        mutating func value(path: [Step]) throws {
            note(path)
            guard offset < bytes.count else { throw fail("sebuah nilai", "a value") }
            switch bytes[offset] {
            case UInt8(ascii: "{"):
                offset += 1
                whitespace()
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                    offset += 1
                    return
                }
                while true {
                    whitespace()
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                        throw fail("nama kunci dalam tanda kutip", "a key in double quotes")
                    }
                    let key = try string()
                    whitespace()
                    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw fail("`:`", "`:`") }
                    offset += 1
                    whitespace()
                    try value(path: path + [.key(key)])
                    whitespace()
                    guard offset < bytes.count else { throw fail("`,` atau `}`", "`,` or `}`") }
                    if bytes[offset] == UInt8(ascii: ",") {
                        offset += 1
                        continue
                    }
                    if bytes[offset] == UInt8(ascii: "}") {
                        offset += 1
                        return
                    }
                    throw fail("`,` atau `}`", "`,` or `}`")
                }
            case UInt8(ascii: "["):
                offset += 1
                whitespace()
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                    offset += 1
                    return
                }
                var index = 0
                while true {
                    whitespace()
                    try value(path: path + [.index(index)])
                    index += 1
                    whitespace()
                    guard offset < bytes.count else { throw fail("`,` atau `]`", "`,` or `]`") }
                    if bytes[offset] == UInt8(ascii: ",") {
                        offset += 1
                        continue
                    }
                    if bytes[offset] == UInt8(ascii: "]") {
                        offset += 1
                        return
                    }
                    throw fail("`,` atau `]`", "`,` or `]`")
                }
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                for literal in ["true", "false", "null"] where bytes[offset...].starts(with: literal.utf8) {
                    offset += literal.utf8.count
                    return
                }
                throw fail(
                    "sebuah nilai JSON (objek, daftar, teks, angka, true, false atau null)",
                    "a JSON value (object, array, string, number, true, false or null)")
            }
        }

        /// Reads a string at `offset` (on its opening quote) and returns its raw text (escapes kept
        /// except `\"` and `\\`, enough to compare keys, which tinjau writes without escapes).
        mutating func string() throws -> String {
            offset += 1
            var raw: [UInt8] = []
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    offset += 1
                    return String(decoding: raw, as: UTF8.self)
                }
                if byte < 0x20 {
                    throw fail(
                        "`\"` penutup teks (baris baru di dalam teks harus ditulis `\\n`)",
                        "the closing `\"` (a line break inside a string is written `\\n`)")
                }
                if byte == UInt8(ascii: "\\") {
                    offset += 1
                    guard offset < bytes.count else { break }
                    let escaped = bytes[offset]
                    guard "\"\\/bfnrtu".utf8.contains(escaped) else {
                        throw fail("escape JSON yang sah (`\\n`, `\\\"`, `\\u00e9`, …)", "a valid JSON escape (`\\n`, `\\\"`, `\\u00e9`, …)")
                    }
                    raw.append(escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") ? escaped : UInt8(ascii: "\\"))
                    if escaped != UInt8(ascii: "\"") && escaped != UInt8(ascii: "\\") { raw.append(escaped) }
                    offset += 1
                    continue
                }
                raw.append(byte)
                offset += 1
            }
            throw fail("`\"` penutup teks", "the closing `\"`")
        }

        mutating func number() throws {
            let start = offset
            if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            func digits() -> Int {
                let from = offset
                while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
                return offset - from
            }
            guard digits() > 0 else { throw fail("angka", "a number") }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                offset += 1
                guard digits() > 0 else { throw fail("angka setelah titik desimal", "digits after the decimal point") }
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
                offset += 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
                guard digits() > 0 else { throw fail("eksponen", "an exponent") }
            }
            _ = start
        }
    }
}
