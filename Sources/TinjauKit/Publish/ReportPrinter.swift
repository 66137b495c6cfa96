import Foundation

/// The full report as a PDF (`tinjau build --pdf`): the print page (`cetak/index.html`) printed by
/// headless Chromium to `laporan-review-<year>.pdf` at the root of the site.
///
/// Everything about the paper is in the theme's print style sheet (CSS paged media, which Chromium
/// supports since version 131): A4 and margins from `@page`, the running header with the review's
/// title and the page numbers in `@page` margin boxes, the title page and the table of contents
/// from the print template, rows never split across pages (`break-inside: avoid`), hyphenation by
/// `hyphens: auto` with `lang="id"` where the browser has an Indonesian dictionary. Charts stay
/// vectors (inline SVG).
///
/// The table of contents gets its page numbers in a second pass: Chromium writes a named
/// destination for every element a link of the document points to, `pdfinfo -dests` (poppler-utils)
/// says on which page each one landed, and the page is printed again with those numbers (a third
/// time if the numbers moved anything). Without `pdfinfo` the contents list the sections without
/// numbers, with a warning.
///
/// The page is printed from a temporary folder holding it and the theme's assets, never from the
/// output folder, so the PDF goes through the ``OutputWriter`` like every other file. Links to other
/// pages of the site become absolute addresses under `base_url`, or plain text without it (a PDF
/// travels alone: a relative link would point into the temporary folder). Chromium writes the time
/// of printing into the PDF; it is replaced by the review date (`tanggal_review`, else 1 January of
/// `tahun_review`), so that the same review prints to the same bytes.
public enum ReportPrinter {
    /// The PDF's name in the site: `laporan-review-2020.pdf`.
    public static func fileName(year: Int) -> String { "laporan-review-\(year).pdf" }

    /// How many times the page is printed at most to settle the contents' page numbers.
    static let maximumPasses = 3

    /// What printing produced.
    public struct Result: Sendable {
        /// The PDF.
        public var pdf: [UInt8]
        /// The page of every named destination of the final PDF (empty without `pdfinfo`).
        public var destinations: [String: Int]
        /// How many times the page was printed.
        public var passes: Int
        /// Warnings (no `pdfinfo`; page numbers that did not settle).
        public var diagnostics: [Diagnostic]
    }

    /// Prints the report.
    /// - Parameters:
    ///   - page: the print page's HTML for a table of contents with the given page numbers (by
    ///     target id; empty for the first pass).
    ///   - assets: the theme's assets (style sheet, icon), written beside the page.
    ///   - baseURL: the normalised `base_url`, for the links of the PDF.
    ///   - date: the date written into the PDF (`YYYYMMDD`).
    ///   - printer: Chromium (or a test's printer).
    ///   - fileName: the PDF's name in the site, for diagnostics.
    /// - Throws: ``BuildFailure`` (`pdf.failed`) when printing fails.
    public static func print(
        page: ([String: Int]) -> String, assets: [OutputFile], baseURL: String?, date: String,
        printer: any PDFPrinting, fileName: String
    ) throws -> Result {
        let folder = NSTemporaryDirectory() + "tinjau-pdf-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fileSystem = LocalFileSystem()
        do {
            for asset in assets { try fileSystem.write(asset.bytes, to: folder + "/" + asset.path) }
        } catch {
            throw failure("folder sementara tidak dapat ditulis (\(error))", en: "the temporary folder cannot be written (\(error))")
        }
        func printed(_ numbers: [String: Int]) throws -> [UInt8] {
            let html = linksForPDF(page(numbers), page: Permalink.print, baseURL: baseURL)
            do { try fileSystem.write(Array(html.utf8), to: folder + "/" + Permalink.print) } catch {
                throw failure("folder sementara tidak dapat ditulis (\(error))", en: "the temporary folder cannot be written (\(error))")
            }
            return try printer.print(folder: folder, page: Permalink.print)
        }
        var pdf = try printed([:])
        var passes = 1
        guard var destinations = try printer.destinations(pdf: pdf) else {
            let warning = Diagnostic(.pdfWithoutPageNumbers, at: SourceLocation(path: fileName))
            return Result(pdf: normalisingDates(pdf, date: date), destinations: [:], passes: passes, diagnostics: [warning])
        }
        var diagnostics: [Diagnostic] = []
        while true {
            pdf = try printed(destinations)
            passes += 1
            let found = try printer.destinations(pdf: pdf) ?? [:]
            if found == destinations { break }
            destinations = found
            if passes == maximumPasses {
                diagnostics.append(Diagnostic(.pdfPageNumbersMoved(passes: passes), at: SourceLocation(path: fileName)))
                break
            }
        }
        return Result(pdf: normalisingDates(pdf, date: date), destinations: destinations, passes: passes, diagnostics: diagnostics)
    }

    /// The date written into the PDF: the review date, else 1 January of the review year (`YYYYMMDD`).
    public static func documentDate(_ config: ReviewConfig) -> String {
        if let date = config.reviewDate { return date.description.replacingOccurrences(of: "-", with: "") }
        return String(format: "%04d0101", config.reviewYear)
    }

    /// `pdf` with the date and time of its `/CreationDate` and `/ModDate` (`D:YYYYMMDDHHmmSS`)
    /// replaced by `date` at midnight: the same length, so every offset of the file stays right.
    static func normalisingDates(_ pdf: [UInt8], date: String) -> [UInt8] {
        let stamp = Array((date + "000000").utf8)
        guard stamp.count == 14 else { return pdf }
        var bytes = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var index = 0
            while let found = firstIndex(of: pattern, in: bytes, from: index) {
                let start = found + pattern.count
                if start + 14 <= bytes.count, bytes[start..<start + 14].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    bytes.replaceSubrange(start..<start + 14, with: stamp)
                }
                index = start
            }
        }
        return bytes
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = start
        while i <= bytes.count - pattern.count {
            if bytes[i] == first && Array(bytes[i..<i + pattern.count]) == pattern { return i }
            i += 1
        }
        return nil
    }

    /// The print page as the PDF needs it: every `<a href>` to a page of the site (relative to `page`)
    /// becomes its address under `baseURL`, or loses its `href` when there is no `base_url`; links
    /// within the page (`#…`) and to other sites stay. Only `<a>` elements are touched: the style
    /// sheet and the icon stay relative, so that they load from the temporary folder.
    public static func linksForPDF(_ html: String, page: String, baseURL: String?) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let open = rest.range(of: "<a ") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.lowerBound...].firstIndex(of: ">") else {
                rest = rest[open.lowerBound...]
                break
            }
            var tag = String(rest[open.lowerBound...close])
            if let attribute = tag.range(of: " href=\""), let end = tag[attribute.upperBound...].firstIndex(of: "\"") {
                let value = String(tag[attribute.upperBound..<end])
                if let replacement = pdfLink(value, page: page, baseURL: baseURL) {
                    tag.replaceSubrange(attribute.upperBound..<end, with: replacement)
                } else {
                    tag.removeSubrange(attribute.lowerBound...end)
                }
            }
            out += tag
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The PDF's version of one link: itself for `#…` and for addresses with a scheme, the absolute
    /// address under `baseURL` for a page of the site, `nil` (no link) without `base_url`.
    static func pdfLink(_ value: String, page: String, baseURL: String?) -> String? {
        if value.hasPrefix("#") { return value }
        let scheme = value.prefix { $0 != ":" && $0 != "/" && $0 != "?" && $0 != "#" }
        if scheme.count < value.count, value[scheme.endIndex] == ":", !scheme.isEmpty { return value }
        guard let baseURL else { return nil }
        let parts = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let folder = page.split(separator: "/").dropLast().joined(separator: "/")
        guard let path = BodyRenderer.normalise(folder.isEmpty ? String(parts[0]) : folder + "/" + parts[0]) else { return nil }
        return HTML.escape(SiteAddress.absolute(base: baseURL, path: path)) + (parts.count > 1 ? "#" + parts[1] : "")
    }

    static func failure(_ message: String, en: String) -> BuildFailure {
        BuildFailure([Diagnostic(.pdfFailed(Bilingual(message, en: en)), at: SourceLocation(path: Permalink.print))])
    }
}

/// ``PDFPrinting`` with headless Chromium (`--print-to-pdf`, no browser header and footer: the page's
/// own `@page` boxes print them; a document outline from the headings) and `pdfinfo -dests` from
/// poppler-utils. Chromium runs with `--no-sandbox` (it prints a page tinjau wrote, from a temporary
/// folder, and CI containers run as root, where the sandbox cannot start) and `TZ=UTC`.
public struct ChromiumPrinter: PDFPrinting {
    /// Chromium (or Google Chrome).
    public var chromium: ExternalProgram
    /// `pdfinfo`, when installed.
    public var pdfinfo: ExternalProgram?
    public var name: String

    /// Creates the printer.
    public init(chromium: ExternalProgram, pdfinfo: ExternalProgram?, name: String) {
        self.chromium = chromium
        self.pdfinfo = pdfinfo
        self.name = name
    }

    public func print(folder: String, page: String) throws -> [UInt8] {
        let pdfPath = folder + "/.tinjau-cetak.pdf"
        try? FileManager.default.removeItem(atPath: pdfPath)
        let url = URL(fileURLWithPath: folder + "/" + page).absoluteString
        let outcome: ExternalProgram.Outcome
        do {
            outcome = try chromium.run(
                [
                    "--headless", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                    "--disable-extensions", "--hide-scrollbars", "--user-data-dir=\(folder)/.chromium-profil",
                    "--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=\(pdfPath)", url,
                ], environment: ["TZ": "UTC"])
        } catch {
            throw ReportPrinter.failure("\(chromium) tidak dapat dijalankan (\(error))", en: "\(chromium) cannot be started (\(error))")
        }
        guard let bytes = try? LocalFileSystem().read(pdfPath), bytes.starts(with: Array("%PDF".utf8)) else {
            throw ReportPrinter.failure(
                "Chromium tidak menulis PDF (status \(outcome.status): \(outcome.lastMessage))",
                en: "Chromium wrote no PDF (status \(outcome.status): \(outcome.lastMessage))")
        }
        return bytes
    }

    public func destinations(pdf: [UInt8]) throws -> [String: Int]? {
        guard let pdfinfo else { return nil }
        let path = NSTemporaryDirectory() + "tinjau-tujuan-" + UUID().uuidString + ".pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { try LocalFileSystem().write(pdf, to: path) } catch {
            throw ReportPrinter.failure("berkas sementara tidak dapat ditulis (\(error))", en: "a temporary file cannot be written (\(error))")
        }
        guard let outcome = try? pdfinfo.run(["-dests", path]), outcome.status == 0 else {
            throw ReportPrinter.failure("`pdfinfo -dests` gagal", en: "`pdfinfo -dests` failed")
        }
        return Self.parseDestinations(String(decoding: outcome.output, as: UTF8.self))
    }

    /// The destinations listed by `pdfinfo -dests`: lines `   3 [ XYZ    6  828 null      ] "ringkasan"`
    /// (page, position, name), after a header line.
    static func parseDestinations(_ text: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let page = Int(trimmed.prefix { $0.isNumber }), trimmed.hasSuffix("\""),
                let open = trimmed.dropLast().lastIndex(of: "\"")
            else { continue }
            let name = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            if result[name] == nil { result[name] = page }
        }
        return result
    }
}
