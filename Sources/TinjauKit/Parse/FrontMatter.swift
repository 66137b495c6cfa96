import Foundation

/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatterDocument: Sendable {
    /// The YAML between the `---` lines (without them).
    public var yaml: String
    /// Line number in the file of the first YAML line (2 when the file opens with `---`).
    public var yamlFirstLine: Int
    /// The Markdown after the closing `---`.
    public var body: String
    /// Line number in the file of the body's first line.
    public var bodyFirstLine: Int
}

/// Splits front matter from the body. The front matter is the text between a
/// first line of exactly `---` and the next line of exactly `---` (or `...`,
/// YAML's document end), the convention of Jekyll, Hugo and Zola. A `---` later
/// in the body is Markdown (a thematic break or a setext heading).
public enum FrontMatterSplitter {
    /// Splits `source`.
    /// - Returns: the parts, or a diagnostic naming the line where the front matter
    ///   should open or close.
    public static func split(_ source: SourceText) -> Result<FrontMatterDocument, Diagnostic> {
        if let document = fastSplit(source.text) { return .success(document) }
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring) -> Bool { trimmedRight(line) == "---" }
        guard let first = lines.first, isFence(first) else {
            let firstLine = lines.first.map(trimmedRight) ?? ""
            var hint = "mulai berkas dengan baris `---`, tulis kolom-kolom (misalnya `judul: …`), lalu tutup dengan baris `---`"
            var hintEN = "start the file with a line `---`, write the fields (for example `judul: …`), then close them with a line `---`"
            if looksLikeFence(firstLine) {
                hint =
                    "baris pertama `\(firstLine)` mirip pembatas tetapi bukan tiga tanda minus ASCII; ganti dengan tepat `---` (tiga tanda minus, tanpa spasi)"
                hintEN =
                    "the first line `\(firstLine)` looks like a fence but is not three ASCII hyphens; replace it with exactly `---` (three hyphens, no spaces)"
            }
            let message = DiagnosticMessage(
                .frontmatterMissing, "front matter tidak ditemukan: baris pertama harus `---`",
                en: "no front matter found: the first line must be `---`", hint: hint, hintEN: hintEN)
            return .failure(Diagnostic(message, at: SourceLocation(path: source.path, line: 1, column: 1)))
        }
        var close: Int?
        for index in 1..<lines.count {
            let line = trimmedRight(lines[index])
            if line == "---" || line == "..." {
                close = index
                break
            }
        }
        guard let close else {
            let place = closingPlace(lines)
            let line = place.line
            var message = "front matter dibuka dengan `---` di baris 1 tetapi tidak pernah ditutup"
            var messageEN = "the front matter opens with `---` on line 1 but is never closed"
            var hint: String
            var hintEN: String
            if place.after {
                message += "; baris `---` penutup tampaknya hilang setelah baris \(line)"
                messageEN += "; the closing `---` line seems to be missing after line \(line)"
                hint = "tambahkan baris `---` setelah baris \(line), kolom terakhir front matter"
                hintEN = "add a line `---` after line \(line), the last front matter field"
            } else {
                message += "; baris `---` penutup tampaknya hilang sebelum baris \(line)"
                messageEN += "; the closing `---` line seems to be missing before line \(line)"
                hint = "tambahkan `---` sebelum baris \(line), setelah kolom terakhir front matter dan sebelum teks isi"
                hintEN = "add `---` before line \(line), after the last front matter field and before the body text"
            }
            if let lookAlike = (1..<lines.count).first(where: { looksLikeFence(trimmedRight(lines[$0])) }) {
                hint = "baris \(lookAlike + 1) (`\(trimmedRight(lines[lookAlike]))`) mirip pembatas; ganti dengan tepat `---`"
                hintEN = "line \(lookAlike + 1) (`\(trimmedRight(lines[lookAlike]))`) looks like a fence; replace it with exactly `---`"
                message = "front matter dibuka dengan `---` di baris 1 tetapi tidak pernah ditutup"
                messageEN = "the front matter opens with `---` on line 1 but is never closed"
                return .failure(
                    Diagnostic(
                        DiagnosticMessage(.frontmatterUnclosed, message, en: messageEN, hint: hint, hintEN: hintEN),
                        at: SourceLocation(path: source.path, line: lookAlike + 1, column: 1)))
            }
            return .failure(
                Diagnostic(
                    DiagnosticMessage(.frontmatterUnclosed, message, en: messageEN, hint: hint, hintEN: hintEN),
                    at: SourceLocation(path: source.path, line: line, column: 1)))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = close + 1 < lines.count ? lines[(close + 1)...].joined(separator: "\n") : ""
        return .success(FrontMatterDocument(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2))
    }

    /// Where the closing `---` of an unclosed front matter most likely belongs (1-based line):
    /// before the first line that is clearly Markdown (a heading `# …` followed by a blank line or
    /// text, or a paragraph line that is not `kolom: nilai`), moved up over the blank lines before
    /// it; else before the first blank line; else after the last line (`after`).
    static func closingPlace(_ lines: [Substring]) -> (line: Int, after: Bool) {
        func isBlank(_ index: Int) -> Bool { trimmedRight(lines[index]).isEmpty }
        func looksLikeYAML(_ line: Substring) -> Bool {
            // `kolom:` or `kolom: nilai`, a list item, an indented line (nested value), or a YAML comment.
            if line.first == " " || line.hasPrefix("- ") || line == "-" { return true }
            guard let colon = line.firstIndex(of: ":") else { return false }
            let key = line[..<colon]
            let after = line[line.index(after: colon)...]
            return !key.isEmpty && !key.contains(" ") && (after.isEmpty || after.first == " ")
        }
        func isMarkdown(_ index: Int) -> Bool {
            let line = lines[index]
            let text = trimmedRight(line)
            if text.isEmpty { return false }
            let hashes = text.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), text.dropFirst(hashes).first == " " {
                // A heading, unless it is a YAML comment above a field (`# Judul program` then `judul: …`).
                let next = index + 1
                return next >= lines.count || isBlank(next) || !(looksLikeYAML(lines[next]) || lines[next].hasPrefix("#"))
            }
            if text.first == "#" { return false }
            return !looksLikeYAML(line)
        }
        var last = lines.count - 1
        while last > 0 && isBlank(last) { last -= 1 }
        if let markdown = (1..<max(1, last + 1)).first(where: isMarkdown) {
            var place = markdown
            while place - 1 >= 1 && isBlank(place - 1) { place -= 1 }
            return (place + 1, false)
        }
        if let blank = (1..<max(1, last + 1)).first(where: isBlank) { return (blank + 1, false) }
        return (last + 1, true)
    }

    /// The common case without building a line array: scan the UTF-8 bytes for the opening and
    /// closing fences. `nil` when the file does not open with `---` or never closes it (the slow
    /// path then explains what is wrong).
    static func fastSplit(_ text: String) -> FrontMatterDocument? {
        let bytes = text.utf8
        func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
            var end = line.endIndex
            while end > line.startIndex, let last = line[..<end].last, last == 0x20 || last == 0x09 { end = line.index(before: end) }
            let trimmed = line[..<end]
            return trimmed.elementsEqual("---".utf8) || (closing && trimmed.elementsEqual("...".utf8))
        }
        let whole = Substring(text)
        guard let firstNewline = bytes.firstIndex(of: 0x0A), isFence(whole[..<firstNewline].utf8, closing: false) else { return nil }
        let yamlStart = bytes.index(after: firstNewline)
        var lineStart = yamlStart
        var lineNumber = 2
        while lineStart <= bytes.endIndex {
            let newline = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if isFence(whole[lineStart..<newline].utf8, closing: true) {
                // The YAML is everything between the fences without the newline before the closing one.
                let yamlEnd = lineStart == yamlStart ? yamlStart : bytes.index(before: lineStart)
                let body = newline == bytes.endIndex ? "" : String(whole[bytes.index(after: newline)...])
                return FrontMatterDocument(yaml: String(whole[yamlStart..<yamlEnd]), yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1)
            }
            guard newline != bytes.endIndex else { return nil }
            lineStart = bytes.index(after: newline)
            lineNumber += 1
        }
        return nil
    }

    private static func trimmedRight(_ line: Substring) -> String {
        var s = line
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }

    /// Dashes that are not ASCII hyphen-minus, or spaced dashes: what word processors make of `---`.
    private static func looksLikeFence(_ line: String) -> Bool {
        let stripped = line.replacingOccurrences(of: " ", with: "")
        guard !stripped.isEmpty, stripped.count <= 6 else { return false }
        let dashes: Set<Character> = ["-", "—", "–", "‒", "―", "−", "‐", "‑"]
        return stripped.allSatisfy { dashes.contains($0) } && line != "---"
    }
}
