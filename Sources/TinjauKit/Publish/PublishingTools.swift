import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a build makes besides the pages, each with a program outside tinjau (`tinjau build
/// --search --preview-images --pdf`). A plain build makes none of them and runs no other program.
public struct SiteExtras: Sendable, Hashable {
    /// A Pagefind search index under `pagefind/`, the search page `cari/` and the search box.
    public var search: Bool
    /// Link-preview images (PNG, 1200 × 630) under `pratinjau/`, rasterised with `rsvg-convert`,
    /// and the Open Graph and Twitter tags that name them (absolute addresses: with `base_url` only).
    public var previewImages: Bool
    /// The full report as `laporan-review-<year>.pdf`, printed from the print page with headless
    /// Chromium, and links to it from the home, print and data pages.
    public var pdf: Bool

    /// Creates a set of extras; none by default.
    public init(search: Bool = false, previewImages: Bool = false, pdf: Bool = false) {
        self.search = search
        self.previewImages = previewImages
        self.pdf = pdf
    }

    /// The options as written on the command line (part of the input digest: another set of
    /// extras is another site).
    public var flags: [String] {
        (search ? ["--search"] : []) + (previewImages ? ["--preview-images"] : []) + (pdf ? ["--pdf"] : [])
    }
}

/// Turns an SVG document into a PNG image of a given size in pixels.
public protocol SVGRasterising: Sendable {
    /// The PNG bytes of `svg` drawn at `width` × `height` pixels.
    /// - Throws: ``BuildFailure`` when the image cannot be made.
    func png(svg: String, width: Int, height: Int) throws -> [UInt8]
    /// What draws the images, for the build's summary (`rsvg-convert 2.54.7`).
    var name: String { get }
}

/// Prints an HTML page to PDF and reads where each named destination of a PDF is.
public protocol PDFPrinting: Sendable {
    /// Prints `page` (a path inside `folder`, which holds the page and its assets) to PDF.
    /// - Throws: ``BuildFailure`` when printing fails.
    func print(folder: String, page: String) throws -> [UInt8]
    /// The page number (1-based) of every named destination of `pdf` (Chromium makes one for every
    /// element a link of the document points to); `nil` when no program can read them.
    /// - Throws: ``BuildFailure`` when the PDF cannot be read.
    func destinations(pdf: [UInt8]) throws -> [String: Int]?
    /// What prints, for the build's summary (`Chromium 156.0.8078.114`).
    var name: String { get }
}

/// The programs behind ``SiteExtras``, found on demand: a build looks up only those its extras
/// need. ``live(environment:)`` searches `PATH` and the variables below; tests inject fakes.
///
/// | extra | program | looked up as | Debian package |
/// |---|---|---|---|
/// | search | Pagefind | `PAGEFIND_BINARY_PATH` (as Pagefind's own wrappers), `pagefind_extended`, `pagefind`, `python3 -m pagefind` | PyPI `pagefind[bin]` |
/// | preview images | `rsvg-convert` | `TINJAU_RSVG_CONVERT`, `rsvg-convert` | `librsvg2-bin` |
/// | PDF | Chromium | `TINJAU_CHROMIUM`, `chromium`, `chromium-browser`, `google-chrome-stable`, `google-chrome` | `chromium` |
/// | PDF page numbers in the contents | `pdfinfo` | `TINJAU_PDFINFO`, `pdfinfo` | `poppler-utils` |
public struct PublishingTools: Sendable {
    /// Starts a search indexer, or returns `nil` when no indexer can be found.
    public var searchIndexer: @Sendable () throws -> (any SearchIndexing)?
    /// Finds the rasteriser, or returns `nil`.
    public var rasteriser: @Sendable () -> (any SVGRasterising)?
    /// Finds the printer, or returns `nil`.
    public var printer: @Sendable () -> (any PDFPrinting)?

    /// Creates a set of tools from its three finders.
    public init(
        searchIndexer: @escaping @Sendable () throws -> (any SearchIndexing)?,
        rasteriser: @escaping @Sendable () -> (any SVGRasterising)?,
        printer: @escaping @Sendable () -> (any PDFPrinting)?
    ) {
        self.searchIndexer = searchIndexer
        self.rasteriser = rasteriser
        self.printer = printer
    }

    /// No tools at all: every extra is skipped with a warning.
    public static let none = PublishingTools(searchIndexer: { nil }, rasteriser: { nil }, printer: { nil })

    /// The programs installed on this machine, found through `environment` (`PATH` and the
    /// variables of the table above).
    public static func live(environment: [String: String] = ProcessInfo.processInfo.environment) -> PublishingTools {
        PublishingTools(
            searchIndexer: {
                guard let (program, version) = locatePagefind(environment) else { return nil }
                return try PagefindIndexer(program: program, version: version)
            },
            rasteriser: {
                guard let program = locate(environment["TINJAU_RSVG_CONVERT"], ["rsvg-convert"], environment),
                    let version = version(of: program, prefix: "rsvg-convert")
                else { return nil }
                return RSVGConvert(program: program, name: version)
            },
            printer: {
                guard
                    let chromium = locate(
                        environment["TINJAU_CHROMIUM"], ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"], environment),
                    let line = version(of: chromium, prefix: nil)
                else { return nil }
                // `Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)`: the name and the version.
                let version = line.split(separator: " ").prefix(2).joined(separator: " ")
                let pdfinfo = locate(environment["TINJAU_PDFINFO"], ["pdfinfo"], environment)
                return ChromiumPrinter(chromium: chromium, pdfinfo: pdfinfo, name: version)
            })
    }

    /// The program named by `variable`, else the first of `names` on `PATH`.
    static func locate(_ variable: String?, _ names: [String], _ environment: [String: String]) -> ExternalProgram? {
        if let variable, !variable.isEmpty {
            return ExternalProgram.which(variable, path: environment["PATH"]).map { ExternalProgram(executable: $0) }
        }
        for name in names {
            if let path = ExternalProgram.which(name, path: environment["PATH"]) { return ExternalProgram(executable: path) }
        }
        return nil
    }

    /// Pagefind and the version it reports (`pagefind 1.5.2`): the binary named by
    /// `PAGEFIND_BINARY_PATH`, else `pagefind_extended` or `pagefind` on `PATH`, else the Python
    /// package (`python3 -m pagefind`, which runs the binary of `pagefind[bin]`).
    static func locatePagefind(_ environment: [String: String]) -> (ExternalProgram, String)? {
        var candidates: [ExternalProgram] = []
        if let named = environment["PAGEFIND_BINARY_PATH"], !named.isEmpty {
            candidates = ExternalProgram.which(named, path: environment["PATH"]).map { [ExternalProgram(executable: $0)] } ?? []
        } else {
            for name in ["pagefind_extended", "pagefind"] {
                if let path = ExternalProgram.which(name, path: environment["PATH"]) { candidates.append(ExternalProgram(executable: path)) }
            }
            if let python = ExternalProgram.which("python3", path: environment["PATH"]) {
                candidates.append(ExternalProgram(executable: python, leadingArguments: ["-m", "pagefind"]))
            }
        }
        for program in candidates {
            if let version = version(of: program, prefix: "pagefind") { return (program, version) }
        }
        return nil
    }

    /// The first line `program --version` prints, when it exits with 0 and (with `prefix`) the line
    /// starts with it; `nil` otherwise.
    static func version(of program: ExternalProgram, prefix: String?) -> String? {
        ignoreBrokenPipes()
        guard let outcome = try? program.run(["--version"]), outcome.status == 0 else { return nil }
        let line =
            String(decoding: outcome.output, as: UTF8.self).split(whereSeparator: \.isNewline).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if let prefix, !line.hasPrefix(prefix) { return nil }
        return line.isEmpty ? nil : line
    }

    /// A program that exits before reading all its input must not kill tinjau with SIGPIPE: the
    /// write then fails with an error, which becomes a diagnostic.
    static func ignoreBrokenPipes() {
        _ = brokenPipesIgnored
    }

    private static let brokenPipesIgnored: Bool = {
        signal(SIGPIPE, SIG_IGN)
        return true
    }()
}

/// ``SVGRasterising`` with `rsvg-convert` from librsvg (Debian's `librsvg2-bin`), the SVG renderer
/// of GNOME: the SVG on standard input, the PNG on standard output. Its fonts come from fontconfig
/// (the card asks for DejaVu Sans, then Liberation Sans, then any sans-serif face).
public struct RSVGConvert: SVGRasterising {
    /// The program.
    public var program: ExternalProgram
    public var name: String

    /// Creates the rasteriser for `program`, which reported `name` as its version.
    public init(program: ExternalProgram, name: String) {
        self.program = program
        self.name = name
    }

    public func png(svg: String, width: Int, height: Int) throws -> [UInt8] {
        let outcome: ExternalProgram.Outcome
        do {
            outcome = try program.run(["--width=\(width)", "--height=\(height)", "--format=png"], input: Array(svg.utf8))
        } catch {
            throw PreviewImages.failure("\(program) tidak dapat dijalankan (\(error))", en: "\(program) cannot be started (\(error))")
        }
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47]
        guard outcome.status == 0, outcome.output.starts(with: signature) else {
            throw PreviewImages.failure("rsvg-convert gagal: \(outcome.lastMessage)", en: "rsvg-convert failed: \(outcome.lastMessage)")
        }
        return outcome.output
    }
}
