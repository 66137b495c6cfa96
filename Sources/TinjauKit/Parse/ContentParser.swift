import Foundation
import Yams

/// Stage 2: parses the loaded files into the content model. YAML goes through
/// Yams (composed to a `Node` first, so every value keeps its line and column),
/// Markdown through libcmark. Every file is parsed even when an earlier one
/// failed, so that one build reports all problems.
public struct ContentParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Front-matter fields of a programme, in documentation order.
    public static let programFields = [
        "judul", "dimensi", "elemen", "status", "jangka", "tahun_mulai", "tahun_selesai", "anggaran",
        "realisasi_anggaran", "sumber_dana", "mitra", "indikator", "alasan_tunda", "kata_kunci", "ringkasan", "ilustrasi",
        "sebelumnya",
    ]
    /// Fields of an indicator.
    public static let indicatorFields = ["nama", "satuan", "baseline", "target", "realisasi", "arah", "bobot"]
    /// Front-matter fields of an OPD's `_index.md`.
    public static let opdFields = ["nama", "singkatan", "operator_ti", "ilustrasi", "sebelumnya"]
    /// Front-matter fields of a narrative page.
    public static let pageFields = ["judul", "urutan", "ringkasan"]
    /// Top-level fields of `tinjau.yml`.
    public static let reviewFields = [
        "judul", "wilayah", "kode_wilayah", "tahun_review", "masterplan", "tanggal_review", "penyelenggara",
        "evaluator", "deskripsi", "base_url", "izinkan_html", "penilaian", "tumpang_tindih", "data",
    ]

    /// Parses `files` (as returned by ``ContentLoader``).
    /// - Returns: the content (nil when `tinjau.yml` is missing or unusable) and every diagnostic.
    public func parse(_ files: [SourceFile]) -> (content: ReviewContent?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let reviewFile = files.first(where: { $0.kind == .review }) else { return (nil, diagnostics) }
        let config = parseReview(reviewFile, into: &diagnostics)
        var dimensions = Dimension.builtIn
        if let file = files.first(where: { $0.kind == .dimensions }) {
            dimensions = parseDimensions(file, into: &diagnostics)
        }
        var opds: [OPD] = []
        var programs: [Program] = []
        var pages: [NarrativePage] = []
        // Files are independent: parse them on all cores, then collect in file order.
        enum Parsed: Sendable {
            case opd(OPD?)
            case program(Program?)
            case page(NarrativePage?)
            case none
        }
        let knownDimensions = dimensions
        let parsed = Parallel.map(files) { file -> (Parsed, [Diagnostic]) in
            var found: [Diagnostic] = []
            switch file.kind {
            case .opd(let slug): return (.opd(parseOPD(file, slug: slug, into: &found)), found)
            case .program(let opd, let slug):
                return (.program(parseProgram(file, opd: opd, slug: slug, dimensions: knownDimensions, into: &found)), found)
            case .page(let slug): return (.page(parsePage(file, slug: slug, into: &found)), found)
            case .review, .dimensions, .archive: return (.none, found)
            }
        }
        for (item, found) in parsed {
            diagnostics += found
            switch item {
            case .opd(let opd?): opds.append(opd)
            case .program(let program?): programs.append(program)
            case .page(let page?): pages.append(page)
            default: break
            }
        }
        guard let config else { return (nil, diagnostics) }
        return (
            ReviewContent(
                config: config, dimensions: dimensions, opds: opds, programs: programs, pages: pages,
                filesRead: files.count), diagnostics
        )
    }

    // MARK: - Shared steps

    /// Composes a YAML document; `ok` is false (with diagnostics) when it cannot. Anchors, tags
    /// and aliases, which YAML drops from values, are reported here for the whole document.
    func compose(
        _ yaml: String, path: String, lineOffset: Int,
        into diagnostics: inout [Diagnostic]
    ) -> (ok: Bool, node: Node?, lines: YAMLLines) {
        let lines = YAMLLines(yaml)
        do {
            // The basic resolver: tinjau reads every value from its literal text, so YAML 1.1 implicit typing
            // (yes → true, 0755 → octal), and the regular expressions it runs on every scalar, are not needed.
            let node = try Yams.compose(yaml: yaml, .basic)
            if let node { diagnostics += YAMLPropertyCheck.diagnostics(node, lines: lines, path: path, lineOffset: lineOffset) }
            return (true, node, lines)
        } catch let error as YamlError {
            // A no-break space (U+00A0, typed by Word, WhatsApp or a web page) looks like a space but is
            // not one to YAML; YAML's own message then points somewhere confusing, so it is left out.
            let yamlDiagnostics = YAMLErrorDiagnostics.diagnostics(for: error, path: path, lineOffset: lineOffset, yaml: yaml)
            let firstProblem = yamlDiagnostics.map(\.location.line).min() ?? Int.max
            for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard lineOffset + index + 1 <= firstProblem,
                    let column = line.firstIndex(of: "\u{00A0}").map({ line.distance(from: line.startIndex, to: $0) + 1 })
                else { continue }
                diagnostics.append(
                    Diagnostic(
                        .error, "yaml.nbsp", at: SourceLocation(path: path, line: lineOffset + index + 1, column: column),
                        "ada spasi tak-terputus (U+00A0) di sini; bagi YAML itu bukan spasi",
                        hint: "hapus karakter ini lalu ketik spasi biasa (biasanya terbawa saat menyalin dari Word, WhatsApp atau halaman web)",
                        en: "there is a no-break space (U+00A0) here; to YAML it is not a space",
                        hintEN: "delete this character and type a plain space (it usually comes with text copied from Word, WhatsApp or a web page)"))
                return (false, nil, lines)
            }
            diagnostics += yamlDiagnostics
            return (false, nil, lines)
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, "yaml.syntax", at: SourceLocation(path: path, line: lineOffset + 1, column: 1),
                    "YAML tidak dapat dibaca: \(error)", en: "the YAML cannot be read: \(error)"))
            return (false, nil, lines)
        }
    }

    /// Decodes a Markdown file and splits its front matter; nil with diagnostics on failure.
    func frontMatter(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> (document: FrontMatterDocument, reader: YAMLReader)? {
        let source: SourceText
        switch SourceText.decode(file.bytes, path: file.path) {
        case .success(let s): source = s
        case .failure(let d):
            diagnostics.append(d)
            return nil
        }
        let document: FrontMatterDocument
        switch FrontMatterSplitter.split(source) {
        case .success(let d): document = d
        case .failure(let d):
            diagnostics.append(d)
            return nil
        }
        let lineOffset = document.yamlFirstLine - 1
        let composed = compose(document.yaml, path: file.path, lineOffset: lineOffset, into: &diagnostics)
        guard composed.ok else { return nil }
        if composed.node == nil {
            diagnostics.append(
                Diagnostic(
                    .error, "frontmatter.empty", at: SourceLocation(path: file.path, line: 1, column: 1),
                    "front matter kosong", hint: "isi kolom wajib di antara kedua baris `---`, misalnya `judul: …`",
                    en: "the front matter is empty",
                    hintEN: "fill in the required fields between the two `---` lines, for example `judul: …`"))
            return nil
        }
        return (
            document,
            YAMLReader(
                node: composed.node, path: file.path, lineOffset: lineOffset, lines: composed.lines,
                what: "front matter", whatEN: "the front matter")
        )
    }
}
