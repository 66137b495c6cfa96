import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit
@testable import TinjauServe

/// A file system that fails where a test says: listing, reading, writing or moving a path (or any path
/// under it), with the error the system gives for a permission problem.
struct FailingFileSystem: FileSystem {
    let base: InMemoryFileSystem
    var failList: Set<String> = []
    var failRead: Set<String> = []
    var failWrite: String?
    var writeError = POSIXErrorCode.EACCES
    var failMove = false

    static let denied = CocoaError(.fileReadNoPermission)

    func isDirectory(_ path: String) -> Bool { base.isDirectory(path) || failList.contains(path) }
    func isFile(_ path: String) -> Bool { base.isFile(path) }
    func listRecursively(_ path: String) throws -> [FileEntry] {
        if failList.contains(path) { throw Self.denied }
        return try base.listRecursively(path)
    }
    func read(_ path: String) throws -> [UInt8] {
        if failRead.contains(path) { throw Self.denied }
        return try base.read(path)
    }
    func write(_ bytes: [UInt8], to path: String) throws {
        if let failWrite, path.hasPrefix(failWrite) { throw POSIXError(writeError) }
        try base.write(bytes, to: path)
    }
    func createDirectory(_ path: String) throws { try base.createDirectory(path) }
    func remove(_ path: String) throws { try base.remove(path) }
    func move(_ source: String, to destination: String) throws {
        if failMove { throw POSIXError(.EACCES) }
        try base.move(source, to: destination)
    }
    func link(_ source: String, to destination: String) throws { try base.link(source, to: destination) }
    func replace(_ path: String, with bytes: [UInt8]) throws { try write(bytes, to: path) }
    func rename(_ source: String, replacing destination: String) throws {
        if failMove { throw POSIXError(.EACCES) }
        try base.rename(source, replacing: destination)
    }
}

/// A printer whose PDF has no readable destinations (no `pdfinfo`), or whose destinations move on every
/// printing (`moving`).
final class ExamplePrinter: PDFPrinting, @unchecked Sendable {
    let moving: Bool
    private var printings = 0
    let name = "example chromium"
    init(moving: Bool) { self.moving = moving }
    func print(folder: String, page: String) throws -> [UInt8] {
        printings += 1
        return Array("%PDF-1.4\n".utf8)
    }
    func destinations(pdf: [UInt8]) throws -> [String: Int]? {
        moving ? ["ringkasan": printings + 2] : nil
    }
}

/// The input behind the first example of every code in docs/errors.md: a small review (two OPDs, one
/// programme) with the file the page shows, or the situation it describes.
enum CatalogueExamples {
    static let review = """
        judul: Review Masterplan Smart City Kabupaten Bantul 2020
        wilayah: Kabupaten Bantul
        tahun_review: 2020
        masterplan:
          tahun_mulai: 2018
          tahun_selesai: 2023

        """

    static let base: [String: String] = [
        "content/tinjau.yml": review,
        "content/opd/diskominfo/_index.md": "---\nnama: Dinas Komunikasi dan Informatika\nsingkatan: Diskominfo\n---\nDiskominfo.\n",
        "content/opd/bappeda/_index.md": "---\nnama: Badan Perencanaan Pembangunan Daerah\nsingkatan: Bappeda\n---\nBappeda.\n",
        "content/opd/diskominfo/lapor-bantul.md": program(),
    ]

    /// A programme with the three required fields and `extra` after them.
    static func program(_ title: String = "Lapor Bantul", _ extra: String = "", body: String = "Aduan warga.") -> String {
        "---\njudul: \(title)\ndimensi: governance\nstatus: berjalan\n\(extra)---\n\(body)\n"
    }

    /// A programme with one indicator whose fields are `indicator` (indented lines after `nama`).
    static func withIndicator(_ indicator: String, status: String = "berjalan") -> String {
        "---\njudul: Command Center\ndimensi: governance\nstatus: \(status)\nindikator:\n  - nama: Insiden keamanan siber\n\(indicator)---\nIsi.\n"
    }

    static func fileSystem(_ changes: [String: String?]) -> InMemoryFileSystem {
        var files = base
        for (path, text) in changes { files[path] = text }
        return InMemoryFileSystem(files: files)
    }

    /// The diagnostics of `tinjau check` (without rendering pages) over `fileSystem`.
    static func analyse(_ fileSystem: any FileSystem, options: BuildOptions = BuildOptions()) -> [Diagnostic] {
        do {
            return try SiteBuilder(fileSystem: fileSystem).analyse(options).diagnostics
        } catch let failure as BuildFailure {
            return failure.diagnostics
        } catch {
            Issue.record("\(error)")
            return []
        }
    }

    static func analyse(_ changes: [String: String?]) -> [Diagnostic] { analyse(fileSystem(changes)) }

    /// The diagnostics of a build of `fileSystem` into `output`.
    static func build(
        _ fileSystem: any FileSystem, output: String = "output", extras: SiteExtras = SiteExtras(),
        tools: PublishingTools = fakeTools
    ) -> [Diagnostic] {
        do {
            return try SiteBuilder(fileSystem: fileSystem, tools: tools)
                .build(BuildOptions(outputDirectory: output, extras: extras)).diagnostics
        } catch let failure as BuildFailure {
            return failure.diagnostics
        } catch {
            Issue.record("\(error)")
            return []
        }
    }

    static func failure(_ body: () throws -> Void) -> [Diagnostic] {
        do { try body() } catch let failure as BuildFailure { return failure.diagnostics } catch { Issue.record("\(error)") }
        return []
    }

    /// The archive of the base review (`year` in its `tahun_review`), as `tinjau arsip` writes it.
    static func archive(year: Int = 2020, programs: [String: String] = [:]) throws -> String {
        var files = base.merging(programs) { $1 }
        files["content/tinjau.yml"] = review.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: \(year)")
        let bytes = try SiteBuilder(fileSystem: InMemoryFileSystem(files: files)).snapshotBytes(BuildOptions())
        return String(decoding: bytes, as: UTF8.self)
    }

    static func archived(_ archive: String, as year: Int = 2020, reviewYear: Int = 2021, _ changes: [String: String?] = [:]) -> [Diagnostic] {
        var all = changes
        all["content/arsip/\(year).json"] = archive
        all["content/tinjau.yml"] = review.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: \(reviewYear)")
        return analyse(all)
    }

    /// A page whose body is `body`.
    static func page(_ body: String) -> [Diagnostic] {
        analyse(["content/halaman/temuan-dan-rekomendasi.md": "---\njudul: Temuan dan Rekomendasi\n---\n\(body)\n"])
    }

    static func theme(_ files: [String: String]) -> [Diagnostic] {
        var changes: [String: String?] = [:]
        for (path, text) in files { changes["templates/" + path] = text }
        return analyse(changes)
    }

    /// What tinjau reports for the input of `code`'s example in docs/errors.md.
    static func diagnostics(for code: DiagnosticCode) async throws -> [Diagnostic] {
        switch code {
        // Files and folders
        case .contentMissing:
            return analyse(fileSystem([:]), options: BuildOptions(contentDirectory: "konten"))
        case .contentUnreadable:
            return analyse(FailingFileSystem(base: fileSystem([:]), failList: ["content"]))
        case .reviewMissing:
            return analyse(["content/tinjau.yml": nil])
        case .fileUnreadable:
            let fs = fileSystem([
                "content/opd/dinkes/_index.md": "---\nnama: Dinas Kesehatan\n---\n",
                "content/opd/dinkes/posyandu-digital.md": program("Posyandu Digital"),
            ])
            return analyse(FailingFileSystem(base: fs, failRead: ["content/opd/dinkes/posyandu-digital.md"]))
        case .fileEncoding:
            let fs = fileSystem([:])
            try fs.write(Array("---\njudul: Caf".utf8) + [0xE9] + Array(" Digital\n---\n".utf8), to: "content/halaman/kafe.md")
            return analyse(fs)
        case .fileNul:
            let fs = fileSystem([:])
            try fs.write(Array("---\njudul: P".utf8) + [0] + Array("\n---\n".utf8), to: "content/halaman/pendahuluan.md")
            return analyse(fs)
        case .pathSymlink:
            let fs = fileSystem(["content/opd/diskominfo/lapor-bantul.md": nil])
            fs.addSymlink("content/opd/diskominfo/lapor-bantul.md")
            return analyse(fs)
        case .pathIgnored:
            return analyse(["content/opd/lapor-bantul.md": program()])
        case .pathSlugEmpty:
            return analyse(["content/halaman/日本語.md": "---\njudul: Glosarium\n---\n"])
        case .pathSlugClash:
            return analyse(["content/opd/diskominfo/Lapor Bantul.md": program("Lapor Bantul Lama")])
        case .opdIndexMissing:
            return analyse(["content/opd/bappeda/_index.md": nil, "content/opd/bappeda/sipd.md": program("SIPD")])
        case .translationOrphan:
            // The English translation of a programme whose file is named otherwise.
            return analyse([
                "content/tinjau.yml": review + "bahasa: [id, en]\n", "content/opd/diskominfo/lapor.en.md": "---\njudul: Citizen Reports\n---\n",
            ])
        case .translationName:
            // The English translation written with a hyphen, as a word processor might name it.
            return analyse([
                "content/tinjau.yml": review + "bahasa: [id, en]\n",
                "content/opd/diskominfo/lapor-bantul-en.md": "---\njudul: Citizen Reports\n---\nCitizen reports.\n",
            ])
        case .translationBands:
            // Five English band names for the four default bands.
            let bands = ["Initiating", "Developing", "Mature", "Optimal", "Excellent"].map { "    - nama: \($0)\n" }.joined()
            return analyse([
                "content/tinjau.yml": review + "bahasa: [id, en]\n",
                "content/tinjau.en.yml": "judul: Review\npenilaian:\n  tingkat_kematangan:\n" + bands,
            ])
        case .translationLanguage:
            // A translation into English, but the review publishes Indonesian only.
            return analyse(["content/opd/diskominfo/lapor-bantul.en.md": "---\njudul: Citizen Reports\n---\nCitizen reports.\n"])

        // Front matter and YAML
        case .frontmatterMissing:
            return analyse(["content/opd/diskominfo/portal-ppid.md": "judul: Portal PPID\ndimensi: governance\nstatus: berjalan\n"])
        case .frontmatterUnclosed:
            return analyse([
                "content/opd/diskominfo/data-warehouse.md":
                    "---\njudul: Data Warehouse\ndimensi: governance\nstatus: berjalan\n\nData Warehouse menghimpun data sektoral OPD.\n"
            ])
        case .frontmatterEmpty:
            return analyse(["content/opd/diskominfo/command-center.md": "---\n---\nIsi.\n"])
        case .reviewEmpty:
            return analyse(["content/tinjau.yml": "# belum diisi\n"])
        case .yamlSyntax:
            return analyse([
                "content/opd/diskominfo/lapor-bantul.md": "---\njudul: Aplikasi: Lapor Bantul\ndimensi: governance\nstatus: berjalan\n---\n"
            ])
        case .yamlNbsp:
            return analyse([
                "content/opd/dinkes/_index.md": "---\nnama: Dinas Kesehatan\n---\n",
                "content/opd/dinkes/antrean.md": program("Antrean", "anggaran:\u{00A0}350\n"),
            ])
        case .yamlCommentInValue:
            return analyse(["content/opd/diskominfo/portal-data.md": program("Portal Data #1 Bantul")])
        case .yamlAnchorOrTag:
            return analyse(["content/opd/diskominfo/portal-data.md": program("&satu Portal Data")])
        case .yamlDuplicateKey:
            return analyse(["content/opd/diskominfo/bantulpedia.md": program("Bantulpedia", "judul: Bantulpedia Baru\n")])
        case .yamlReader:
            return analyse(["content/opd/diskominfo/portal-ppid.md": program("Portal\u{7} PPID")])
        case .yamlNotMapping:
            return analyse(["content/opd/diskominfo/naskah-dinas-elektronik.md": "---\n- judul: Naskah Dinas Elektronik\n---\n"])
        case .yamlExpectedText:
            return analyse([
                "content/opd/diskominfo/naskah-dinas-elektronik.md":
                    "---\njudul:\n  - Naskah Dinas Elektronik\ndimensi: governance\nstatus: berjalan\n---\n"
            ])
        case .yamlExpectedList:
            return analyse(["content/opd/diskominfo/tanda-tangan-elektronik.md": program("TTE", "indikator: Dokumen yang ditandatangani\n")])
        case .fieldRequired:
            return analyse(["content/opd/diskominfo/smart-parking.md": "---\njudul: Smart Parking\ndimensi: living\n---\n"])
        case .fieldUnknown:
            return analyse(["content/opd/diskominfo/tanda-tangan-elektronik.md": program("TTE", "start_year: 2021\n")])

        // Field values
        case .valueUnknown:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": "---\njudul: Lapor Bantul\ndimensi: goverance\nstatus: berjalan\n---\n"])
        case .valueCase:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": "---\njudul: Lapor Bantul\ndimensi: Governance\nstatus: berjalan\n---\n"])
        case .valueNotInteger:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "tahun_mulai: 2019-an\n")])
        case .valueOutOfRange:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "tahun_selesai: 20190\n")])
        case .valueNotNumber:
            return analyse(["content/opd/diskominfo/command-center.md": withIndicator("    target: 72,5\n")])
        case .valueTooLarge:
            return analyse(["content/opd/diskominfo/command-center.md": withIndicator("    target: 1e20\n")])
        case .valueTooPrecise:
            return analyse([
                "content/opd/diskominfo/command-center.md":
                    withIndicator("    target: 1\n    realisasi: 0.000000000000000000000000000000000001\n")
            ])
        case .valueNotBool:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "ilustrasi: ya\n")])
        case .valueDate:
            return analyse(["content/tinjau.yml": review + "tanggal_review: 23-07-2020\n"])
        case .valueCommaList:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "mitra: bappeda, diskominfo\n")])
        case .programMitraDuplicate:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "mitra: [bappeda, bappeda]\n")])
        case .programSebelumnyaFormat:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "sebelumnya: [Dinas Kominfo/Lapor]\n")])
        case .opdSebelumnyaFormat:
            return analyse(["content/opd/dispertan/_index.md": "---\nnama: Dinas Pertanian\nsebelumnya: [Dinas Pertanian Lama]\n---\n"])
        case .moneyFormat:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "anggaran: Rp 1.250.000.000\n")])
        case .moneyNegative:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "realisasi_anggaran: -5000000\n")])
        case .programElemenUnknown:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "elemen: sampah\n")])
        case .indicatorWeight:
            return analyse(["content/opd/diskominfo/command-center.md": withIndicator("    target: 10\n    bobot: 0\n")])
        case .reviewBaseUrl:
            return analyse(["content/tinjau.yml": review + "base_url: smartcity.bantulkab.go.id\n"])
        case .reviewPeriod:
            return analyse([
                "content/tinjau.yml": review.replacingOccurrences(of: "tahun_mulai: 2018", with: "tahun_mulai: 2023")
                    .replacingOccurrences(of: "tahun_selesai: 2023", with: "tahun_selesai: 2018")
            ])
        case .scoringBatal:
            return analyse(["content/tinjau.yml": review + "penilaian:\n  status_terealisasi: [berjalan, selesai, batal]\n"])
        case .scoringStatusesEmpty:
            return analyse(["content/tinjau.yml": review + "penilaian:\n  status_terealisasi: []\n"])
        case .scoringBandRange:
            return analyse([
                "content/tinjau.yml": review + "penilaian:\n  tingkat_kematangan:\n    - {min: 0, nama: Rintisan}\n    - {min: 120, nama: Unggul}\n"
            ])
        case .scoringBandDuplicate:
            return analyse([
                "content/tinjau.yml": review
                    + "penilaian:\n  tingkat_kematangan:\n    - {min: 0, nama: Rintisan}\n    - {min: 60, nama: Maju}\n    - {min: 60, nama: Unggul}\n"
            ])
        case .scoringBandStart:
            return analyse([
                "content/tinjau.yml": review + "penilaian:\n  tingkat_kematangan:\n    - {min: 20, nama: Rintisan}\n    - {min: 60, nama: Maju}\n"
            ])
        case .dimensionElementSlug:
            return analyse(["content/dimensi.yml": "governance:\n  elemen:\n    - slug: Layanan Publik\n      nama: Layanan Publik\n"])
        case .dimensionElementDuplicate:
            return analyse([
                "content/dimensi.yml":
                    "governance:\n  elemen:\n    - {slug: birokrasi, nama: Birokrasi}\n    - {slug: birokrasi, nama: Manajemen Birokrasi}\n"
            ])

        // Cross-file checks
        case .contentNoPrograms:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": nil])
        case .reviewYearOutside:
            return analyse(["content/tinjau.yml": review.replacingOccurrences(of: "tahun_review: 2020", with: "tahun_review: 2025")])
        case .programYearOutside:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "tahun_mulai: 2015\n")])
        case .programYearsReversed:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "tahun_mulai: 2021\ntahun_selesai: 2019\n")])
        case .programBudgetOver:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "anggaran: 150000000\nrealisasi_anggaran: 175000000\n")]
            )
        case .programBudgetMissing:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "realisasi_anggaran: 175000000\n")])
        case .programDelayReason:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": "---\njudul: Smart Parking\ndimensi: living\nstatus: tertunda\n---\n"])
        case .programDelayReasonUnused:
            return analyse([
                "content/opd/diskominfo/lapor-bantul.md":
                    "---\njudul: Command Center\ndimensi: governance\nstatus: rencana\nalasan_tunda: Anggaran\n---\n"
            ])
        case .programMitraSelf:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "mitra: [diskominfo]\n")])
        case .programMitraUnknown:
            return analyse([
                "content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "mitra: [bapeda]\n"),
                "content/opd/dlh/_index.md": "---\nnama: Dinas Lingkungan Hidup\n---\n",
            ])
        case .indicatorTargetZero:
            return analyse(["content/opd/diskominfo/command-center.md": withIndicator("    target: 0\n")])
        case .indicatorTargetNegative:
            return analyse([
                "content/opd/diskominfo/antrean-online.md":
                    "---\njudul: Antrean Online\ndimensi: governance\nstatus: berjalan\nindikator:\n  - nama: Waktu antrean (menit)\n    target: -5\n---\n"
            ])
        case .indicatorRealisedPlanned:
            return analyse([
                "content/opd/diskominfo/command-center.md": withIndicator("    target: 0\n    realisasi: 2\n    arah: turun\n", status: "rencana")
            ])
        case .moneyOverflow:
            return analyse([
                "content/opd/diskominfo/lapor-bantul.md": program("Lapor Bantul", "anggaran: 9223372036854775807\n"),
                "content/opd/diskominfo/jaringan-fiber-optik.md": program("Jaringan Fiber Optik", "anggaran: 1\n"),
            ])
        case .moneyJsonPrecision:
            return analyse(["content/opd/diskominfo/jaringan-fiber-optik.md": program("Jaringan Fiber Optik", "anggaran: 9007199254740992\n")])
        case .programDuplicateTitle:
            return analyse(["content/opd/diskominfo/lapor-bantul - Copy.md": program()])
        case .programPlaceholder:
            return analyse(["content/opd/diskominfo/lapor-bantul.md": program(body: Scaffolder.placeholderSentences[0])])

        // Archives
        case .archiveSyntax:
            return archived(try archive().replacingOccurrences(of: "\"schemaVersion\"", with: "schemaVersion"))
        case .archiveStructure:
            // The fourth programme (by id) is the one that is running.
            let done = ["a", "b", "c"].map {
                ("content/opd/bappeda/\($0).md", program("Program \($0)").replacingOccurrences(of: "berjalan", with: "selesai"))
            }
            return archived(
                try archive(programs: Dictionary(uniqueKeysWithValues: done))
                    .replacingOccurrences(of: "\"status\" : \"berjalan\"", with: "\"status\" : \"jalan\""))
        case .archiveNewer:
            return archived(
                try archive().replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2")
                    .replacingOccurrences(of: "\"tinjauVersion\" : \"\(TinjauVersion.current)\"", with: "\"tinjauVersion\" : \"0.2.0\""))
        case .archiveYear:
            return archived(try archive(), as: 2021, reviewYear: 2022)
        case .archiveFuture:
            return archived(try archive(), reviewYear: 2019)
        case .archiveCurrentYear:
            return archived(try archive(), reviewYear: 2020)
        case .programSebelumnyaUnknown:
            let ppid = ["content/opd/diskominfo/portal-ppid.md": program("Portal PPID")]
            return archived(
                try archive(programs: ppid),
                ["content/opd/diskominfo/portal-ppid.md": program("Portal PPID", "sebelumnya: [diskominfo/portal-pid]\n")])
        case .opdSebelumnyaUnknown:
            return archived(try archive(), ["content/opd/dishub/_index.md": "---\nnama: Dinas Perhubungan\nsebelumnya: [dishub-lama]\n---\n"])
        case .archiveProgramVanished:
            let dishub = [
                "content/opd/dishub/_index.md": "---\nnama: Dinas Perhubungan\n---\n",
                "content/opd/dishub/parkir-elektronik.md": program("Parkir Elektronik Tepi Jalan"),
            ]
            return archived(try archive(programs: dishub), ["content/opd/dishub/_index.md": "---\nnama: Dinas Perhubungan\n---\n"])
        case .archiveExists:
            let fs = fileSystem(["content/arsip/2020.json": try archive()])
            return failure { _ = try SiteBuilder(fileSystem: fs).archive(BuildOptions()) }
        case .archiveWrite:
            let fs = FailingFileSystem(base: fileSystem([:]), failWrite: "content/arsip")
            return failure { _ = try SiteBuilder(fileSystem: fs).archive(BuildOptions()) }

        // Markdown bodies and links
        case .linkBroken:
            return page("Program [Lapor Bantul](../opd/diskominfo/lapor-bantl.md) berjalan baik.")
        case .chartUnknown:
            return page("```chart\nrader\n```")
        case .csvSyntax:
            return page("```csv\nKapanewon,Titik \"hotspot\",Status\nSewon,12,aktif\n```")
        case .csvColumns:
            return page("```csv\nkapanewon,titik\nSewon,12,3\n```")
        case .markdownTable:
            return page("| Kapanewon | Titik |\n|---|---|\n| Sewon | 12 |")
        case .markdownStrikethrough:
            return page("Program ~~Smart Parking~~ dibatalkan.")
        case .markdownFootnote:
            return page("Cakupan naik[^1].")
        case .linkUnsafe:
            return page("Lihat [laporan](javascript:alert(1)).")
        case .markdownRawHtml:
            return page("Teks <b>tebal</b> dan <i>miring</i>.")
        case .valueLiveUnknown:
            return page("Skor tata kelola {{skor.governanse}}.")

        // Templates
        case .templatesMissing:
            return analyse(fileSystem([:]), options: BuildOptions(templatesDirectory: "tema", templatesDirectoryRequired: true))
        case .templatesUnreadable:
            return analyse(FailingFileSystem(base: fileSystem([:]), failList: ["templates"]))
        case .templateSyntax:
            return theme(["partials/kartu-program.mustache": "{{#program}}\n<p>{{judul}</p>\n{{/program}}\n"])
        case .templateReference:
            return theme(["layout.mustache": "{{> partials/foter}}\n"])
        case .templateCycle:
            return theme(["partials/kartu-program.mustache": "{{> partials/kartu-program}}\n"])
        case .templateRequired:
            let fs = InMemoryFileSystem(files: ["templates/home.mustache": "{{judul}}\n"])
            return TemplateLoader(fileSystem: fs).load(from: "templates").1
        case .templateUnknownVariable:
            // A project's copy of the default theme's programme page with two typos.
            let program = String(decoding: EmbeddedTheme.files.first { $0.path == "program.mustache" }?.bytes ?? [], as: UTF8.self)
                .replacingOccurrences(of: "<h1>{{program.title}}</h1>", with: "<h1>{{program.judul}}</h1>")
                .replacingOccurrences(of: "<dd>{{scoringNote}}</dd>", with: "<dd>{{scoringNot}}</dd>")
            return theme(["program.mustache": program])
        case .i18nMissingKey:
            // A project's copy of the default footer with a typo in a text's key.
            let footer = String(decoding: EmbeddedTheme.files.first { $0.path == "partials/footer.mustache" }?.bytes ?? [], as: UTF8.self)
                .replacingOccurrences(of: "{{t.footer.unduh_csv_dan_json}}", with: "{{t.footer.unduh_csv_dan_jsn}}")
            return theme(["partials/footer.mustache": footer])
        case .reviewLogo:
            // The logo named in tinjau.yml, but the file in templates/assets/ is spelt otherwise.
            return analyse(["content/tinjau.yml": review + "logo: assets/logo-kota.svg\n", "templates/assets/logo-kab.svg": "<svg/>"])
        case .reviewLanguage:
            // A language code in capitals.
            return analyse(["content/tinjau.yml": review + "bahasa: [id, EN]\n"])
        case .i18nLanguageMissing:
            // A language the theme has no texts for.
            return analyse(["content/tinjau.yml": review + "bahasa: [id, fr]\n"])
        case .i18nSyntax:
            // A project's language file that writes a group as a list.
            return theme(["i18n/id.yml": "header:\n  - Menu\n  - Cari\n"])
        case .i18nFormat:
            // A project's English file whose months lack January.
            let english = String(decoding: EmbeddedTheme.files.first { $0.path == "i18n/en.yml" }!.bytes, as: UTF8.self)
            return analyse([
                "content/tinjau.yml": review + "bahasa: [id, en]\n",
                "templates/i18n/en.yml": english.replacingOccurrences(of: "months: January, ", with: "months: "),
            ])

        // Output
        case .outputOverlapsSource:
            return SiteBuilder.checkFolders(BuildOptions(outputDirectory: "."))
        case .outputForeign:
            return build(fileSystem(["situs/catatan.txt": "jangan dihapus"]), output: "situs")
        case .outputUnsafePath:
            return failure { try OutputWriter(fileSystem: InMemoryFileSystem()).write([OutputFile(path: "../index.html", bytes: [])], to: "output") }
        case .outputWrite:
            return build(FailingFileSystem(base: fileSystem([:]), failWrite: ".output.tinjau-baru", writeError: .ENOSPC))
        case .outputSwap:
            return build(FailingFileSystem(base: fileSystem([:]), failMove: true))
        case .outputNotFolder:
            return build(fileSystem(["situs": "catatan"]), output: "situs")
        case .cacheIgnored:
            // A first build writes the cache; a byte of it is changed; the next build (forced: nothing
            // else changed) notices.
            let fs = fileSystem([:])
            _ = build(fs)
            let path = ".output.tinjau-cache/cache.txt"
            var bytes = (try? fs.read(path)) ?? []
            if !bytes.isEmpty { bytes[bytes.count - 2] ^= 1 }
            try? fs.write(bytes, to: path)
            return (try? SiteBuilder(fileSystem: fs, tools: fakeTools).build(BuildOptions(), force: true).diagnostics) ?? []

        // Extras
        case .searchPagefindMissing:
            return build(
                fileSystem([:]), extras: SiteExtras(search: true),
                tools: PublishingTools(searchIndexer: { nil }, rasteriser: { nil }, printer: { nil }))
        case .searchFailed:
            return failure { _ = try PagefindIndexer(program: ExternalProgram(executable: "/bin/true"), version: "pagefind 1.5.2") }
        case .previewRsvgMissing:
            return build(
                fileSystem([:]), extras: SiteExtras(previewImages: true),
                tools: PublishingTools(searchIndexer: { nil }, rasteriser: { nil }, printer: { nil }))
        case .previewNoBaseUrl:
            return build(fileSystem([:]), extras: SiteExtras(previewImages: true))
        case .previewFailed:
            return failure {
                _ = try RSVGConvert(program: ExternalProgram(executable: "/bin/false"), name: "rsvg-convert").png(svg: "<svg/>", width: 1, height: 1)
            }
        case .pdfChromiumMissing:
            return build(
                fileSystem([:]), extras: SiteExtras(pdf: true),
                tools: PublishingTools(searchIndexer: { nil }, rasteriser: { nil }, printer: { nil }))
        case .pdfNoPageNumbers:
            return build(
                fileSystem([:]), extras: SiteExtras(pdf: true),
                tools: PublishingTools(searchIndexer: { nil }, rasteriser: { nil }, printer: { ExamplePrinter(moving: false) }))
        case .pdfPageNumbersMoved:
            return build(
                fileSystem([:]), extras: SiteExtras(pdf: true),
                tools: PublishingTools(searchIndexer: { nil }, rasteriser: { nil }, printer: { ExamplePrinter(moving: true) }))
        case .pdfFailed:
            let printer = ChromiumPrinter(chromium: ExternalProgram(executable: "/bin/false"), pdfinfo: nil, name: "chromium")
            return failure { _ = try printer.print(folder: NSTemporaryDirectory() + "tinjau-contoh-" + UUID().uuidString, page: "cetak/index.html") }

        // tinjau new
        case .newOpdMissing:
            return failure {
                _ = try Scaffolder(fileSystem: fileSystem([:])).newProgram(
                    contentDirectory: "content", opd: "dinsos", title: "Bansos Digital", year: 2020)
            }
        case .newTitleSlug:
            return failure {
                _ = try Scaffolder(fileSystem: fileSystem([:])).newProgram(contentDirectory: "content", opd: "diskominfo", title: "日本語", year: 2020)
            }
        case .newOpdSlug:
            return failure {
                _ = try Scaffolder(fileSystem: fileSystem([:])).newOPD(contentDirectory: "content", slug: "Dinas Sosial", name: "Dinas Sosial")
            }
        case .newExists:
            return failure {
                _ = try Scaffolder(fileSystem: fileSystem([:])).newProgram(
                    contentDirectory: "content", opd: "diskominfo", title: "Lapor Bantul", year: 2020)
            }
        case .newWrite:
            let fs = FailingFileSystem(base: fileSystem([:]), failWrite: "content/opd/dinsos")
            return failure { _ = try Scaffolder(fileSystem: fs).newOPD(contentDirectory: "content", slug: "dinsos", name: "Dinas Sosial") }

        // tinjau serve
        case .serveBuild:
            struct Broken: Error, CustomStringConvertible { var description: String { "Pagefind tidak dapat dimulai" } }
            let builder = SiteBuilder(
                fileSystem: fileSystem([:]), tools: PublishingTools(searchIndexer: { throw Broken() }, rasteriser: { nil }, printer: { nil }))
            let server = PreviewServer(options: BuildOptions(extras: SiteExtras(search: true)), builder: builder)
            return server.build { _ in } ?? []
        }
    }
}
