import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// The English edition (`bahasa: [id, en]`): its texts, formats, links and translation files.
@Suite("Language editions")
struct EditionTests {
    /// The shipped review, built once (it publishes `bahasa: [id, en]`).
    static let shipped: (files: [OutputFile], analysis: SiteBuilder.Analysis) = {
        let options = BuildOptions(contentDirectory: packageRoot + "/content", templatesDirectory: shippedTemplates, outputDirectory: "unused")
        let analysis = try! SiteBuilder().analyse(options)
        let (files, _) = try! SiteBuilder().prepare(options)
        return (files, analysis)
    }()

    /// The words of a language file's texts (lower case, letters only, at least four).
    static func words(_ path: String) -> Set<String> {
        let texts = Translations.read(Array(FileManager.default.contents(atPath: path)!), path: path, language: "x").0!.texts.values
        return Set(texts.flatMap { words(in: $0) })
    }

    static func words(in text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 4 }
    }

    /// What a reader sees of a page: its text and the texts of `alt`, `title`, `aria-label`,
    /// `placeholder` and `content` attributes, without scripts, styles and tags.
    static func visibleText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<script[^>]*>[\\s\\S]*?</script>", with: " ", options: .regularExpression)
        // Literal keys and values of content files (`<code>berjalan</code>`), and text marked as the
        // review's own language (`lang="id"`: untranslated content, the detector's Indonesian stop words).
        text = text.replacingOccurrences(of: "<code>[^<]*</code>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<(span|dd|a|p|li|th)[^>]* lang=\"id\"[^>]*>[^<]*</\\1>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<style[^>]*>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        let tag = try! NSRegularExpression(pattern: "<[^>]*>")
        let attribute = try! NSRegularExpression(pattern: "(?:alt|title|aria-label|placeholder|content)=\"([^\"]*)\"")
        var result = ""
        var last = text.startIndex
        for match in tag.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            result += text[last..<range.lowerBound] + " "
            let inside = String(text[range])
            for value in attribute.matches(in: inside, range: NSRange(inside.startIndex..., in: inside)) {
                result += inside[Range(value.range(at: 1), in: inside)!] + " "
            }
            last = range.upperBound
        }
        return result + text[last...]
    }

    @Test func theEnglishEditionShowsNoIndonesianInterfaceWord() throws {
        let (files, analysis) = Self.shipped
        let content = analysis.content
        // Interface words: in the Indonesian texts and not in the English ones.
        let indonesian = Self.words(shippedTemplates + "/i18n/id.yml").subtracting(Self.words(shippedTemplates + "/i18n/en.yml"))
        // Content the review wrote in Indonesian and did not translate stays Indonesian (marked `lang="id"`):
        // its exact texts are taken out before the scan.
        var untranslated: [String] = []
        let english = content.translations["en"]
        for program in content.programs {
            if english?.programs[program.id]?.title == nil { untranslated.append(program.title) }
            if english?.programs[program.id]?.summary == nil { untranslated += [program.summary].compactMap { $0 } }
            untranslated += program.indicators.flatMap { [$0.name, $0.unit] } + program.keywords
            untranslated += [program.delayReason, program.fundingSource].compactMap { $0 }
        }
        for opd in content.opds where english?.opds[opd.slug]?.title == nil { untranslated.append(opd.name) }
        untranslated += content.opds.map(\.abbreviation) + [content.config.evaluator].compactMap { $0 }
        untranslated += analysis.bodies.programs.values.map { "<div lang=\"id\">\n" + $0 + "</div>\n" }
        untranslated += analysis.bodies.opds.values.map { "<div lang=\"id\">\n" + $0 + "</div>\n" }
        // Translated bodies are content too (they may name Indonesian institutions), and the switch
        // names Indonesian in Indonesian.
        let translatedBodies = analysis.bodies.translations?["en"]
        untranslated += (translatedBodies?.programs.values.map { $0 } ?? []) + (translatedBodies?.opds.values.map { $0 } ?? [])
        untranslated += (translatedBodies?.pages.values.map { $0 } ?? []) + (translatedBodies?.printPages.values.map { $0 } ?? [])
        untranslated += analysis.bodies.pages.values.map { "<div lang=\"id\">\n" + $0 + "</div>\n" } + ["Bahasa Indonesia"]
        untranslated.sort { $0.count > $1.count }
        var found: [String: Set<String>] = [:]
        let pages = files.filter { $0.path.hasPrefix("en/") && $0.path.hasSuffix(".html") }
        #expect(pages.count > 100)
        for page in pages {
            var html = String(decoding: page.bytes, as: UTF8.self)
            for text in untranslated where !text.isEmpty { html = html.replacingOccurrences(of: text, with: " ") }
            var visible = Self.visibleText(html)
            for text in untranslated where !text.isEmpty {
                visible = visible.replacingOccurrences(of: HTML.escape(text), with: " ").replacingOccurrences(of: text, with: " ")
            }
            for word in Self.words(in: visible) where indonesian.contains(word) {
                found[word, default: []].insert(page.path)
            }
        }
        #expect(found.isEmpty, "Indonesian interface words on English pages: \(found.mapValues { $0.sorted().prefix(3) })")
        // No figure is written with a decimal comma (`1,4153`, `12,5%`): every `<data>` shows its value
        // with English separators.
        let figure = try NSRegularExpression(pattern: "<data value=\"(-?[0-9]+)\\.([0-9]+)\"[^>]*>([^<]*)</data>")
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            for match in figure.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let shown = String(html[Range(match.range(at: 3), in: html)!])
                let decimals = String(html[Range(match.range(at: 2), in: html)!])
                #expect(!shown.contains("," + decimals), "\(page.path): \(shown)")
            }
        }
    }

    @Test func everyEnglishPageNamesItsLanguageAndItsIndonesianTwin() throws {
        let files = Self.shipped.files
        let paths = Set(files.map(\.path))
        for page in files where page.path.hasPrefix("en/") && page.path.hasSuffix(".html") {
            let html = String(decoding: page.bytes, as: UTF8.self)
            #expect(html.contains("<html lang=\"en\">"), "\(page.path)")
            let twin = String(page.path.dropFirst(3))
            #expect(paths.contains(twin), "\(page.path) has no Indonesian page \(twin)")
            let up = Permalink.root(from: page.path)
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"id\" href=\"\(up + twin)\">"), "\(page.path)")
            #expect(html.contains("hreflang=\"id\" lang=\"id\">Bahasa Indonesia</a>"), "\(page.path): no language switch")
        }
        // The Indonesian pages link their English twins, and only one 404 page exists.
        let home = String(decoding: files.first { $0.path == "index.html" }!.bytes, as: UTF8.self)
        #expect(home.contains("<html lang=\"id\">"))
        #expect(home.contains("<a href=\"en/index.html\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(!paths.contains("en/404.html"))
    }

    @Test func englishPagesFormatNumbersAndDatesInEnglish() throws {
        let files = Self.shipped.files
        let home = String(decoding: files.first { $0.path == "en/index.html" }!.bytes, as: UTF8.self)
        #expect(home.contains("23 July 2020"))
        #expect(home.contains("Rp48,185,000,000"))
        #expect(home.contains("Rp48.19 billion"))
        let indonesian = String(decoding: files.first { $0.path == "index.html" }!.bytes, as: UTF8.self)
        #expect(indonesian.contains("23 Juli 2020"))
        #expect(indonesian.contains("Rp48.185.000.000"))
        #expect(indonesian.contains("Rp48,19 miliar"))
        // Data files are shared: the English data page links the root's.
        let data = String(decoding: files.first { $0.path == "en/data/index.html" }!.bytes, as: UTF8.self)
        #expect(data.contains("href=\"../../data/program.csv\""))
        #expect(!files.contains { $0.path.hasPrefix("en/data/") && $0.path.hasSuffix(".csv") })
    }

    @Test func anUntranslatedProgrammeSaysSoAndKeepsItsTextMarkedIndonesian() throws {
        let files = Self.shipped.files
        // Dishub's programmes have no English file; Diskominfo's have.
        let untranslated = String(decoding: files.first { $0.path == "en/opd/dishub/parkir-elektronik/index.html" }!.bytes, as: UTF8.self)
        #expect(untranslated.contains("class=\"untranslated-notice\""))
        #expect(untranslated.contains("<div lang=\"id\">"))
        let translated = String(decoding: files.first { $0.path == "en/opd/diskominfo/lapor-bantul/index.html" }!.bytes, as: UTF8.self)
        #expect(!translated.contains("untranslated-notice"))
        #expect(!translated.contains("<div lang=\"id\">"))
        #expect(translated.contains("Smart Governance"))
    }

    @Test func englishFormats() {
        let english = SiteFormat(
            Translations(
                language: "en",
                texts: [
                    "format.decimal_separator": ".", "format.thousands_separator": ",",
                    "format.months": "January, February, March, April, May, June, July, August, September, October, November, December",
                    "format.million": "million", "format.billion": "billion", "format.trillion": "trillion",
                ]))
        #expect(english.integer(1_234_567) == "1,234,567")
        #expect(english.decimal(Rational(145, 2), decimals: 1) == "72.5")
        #expect(english.percent(Rational(1, 8), decimals: 1) == "12.5%")
        #expect(english.approximate(Rational(1, 3), decimals: 4) == "≈0.3333")
        #expect(english.rupiah(1_250_000_000) == "Rp1,250,000,000")
        #expect(english.rupiahShort(1_030_000_000_000) == "Rp1.03 trillion")
        #expect(english.rupiahShort(999_995_000) == "Rp1 billion")
        #expect(english.date(iso: "2020-07-23") == "23 July 2020")
        // The Indonesian format is what it always was.
        #expect(SiteFormat.indonesian.rupiahShort(1_030_000_000_000) == "Rp1,03 triliun")
        #expect(SiteFormat(Translations(language: "id", texts: [:])) == .indonesian)
    }

    @Test func aTranslationHoldsTextsOnly() {
        let diagnostics = CatalogueExamples.analyse([
            "content/tinjau.yml": CatalogueExamples.review + "bahasa: [id, en]\n",
            "content/opd/diskominfo/lapor-bantul.en.md": "---\njudul: Citizen Reports\nstatus: selesai\n---\nText.\n",
        ])
        let unknown = diagnostics.filter { $0.code == "field.unknown" }
        #expect(unknown.count == 1)
        #expect(unknown.first?.location.path.hasSuffix("lapor-bantul.en.md") == true)
        #expect(unknown.first?.location.line == 3)
    }

    @Test func aReviewInOneLanguageHasNoEditionFolderNorSwitch() throws {
        let fs = CatalogueExamples.fileSystem([:])
        let (files, _) = try SiteBuilder(fileSystem: fs).prepare(BuildOptions())
        #expect(!files.contains { $0.path.hasPrefix("en/") })
        let home = String(decoding: files.first { $0.path == "index.html" }!.bytes, as: UTF8.self)
        #expect(!home.contains("hreflang"))
        #expect(!home.contains("lang-switch"))
    }

    @Test func aLanguageFileWithoutATextTheCodeReadsIsAnError() throws {
        // A project's English file copied from the default one, without the name of a status.
        let english = String(decoding: EmbeddedTheme.files.first { $0.path == "i18n/en.yml" }!.bytes, as: UTF8.self)
        let edited = english.replacingOccurrences(of: "  selesai: Completed\n", with: "")
        #expect(edited != english)
        let files = ["templates/i18n/en.yml": edited]
        let (set, diagnostics) = TemplateLoader(fileSystem: InMemoryFileSystem(files: files), base: EmbeddedTheme.files)
            .load(from: "templates", folderRequired: false)
        #expect(set == nil)
        #expect(diagnostics.map(\.code) == ["i18n.missing-key"])
        #expect(diagnostics.first?.message.contains("`status.selesai`") == true)
        #expect(diagnostics.first?.location.path == "templates/i18n/en.yml")
        // The code's keys include the number formats and the status names, not the optional groups.
        #expect(TemplateLoader.codeKeys.contains("format.decimal_separator"))
        #expect(TemplateLoader.codeKeys.contains("status.selesai"))
        #expect(!TemplateLoader.codeKeys.contains { $0.hasPrefix("dimension_names.") })
    }

    @Test(arguments: ["lapor-bantul_en.md", "lapor-bantul.EN.md", "lapor-bantul.eng.md", "lapor-bantul-english.md"])
    func aMisnamedTranslationIsNamedAsOneNotReadAsAProgramme(name: String) {
        let diagnostics = CatalogueExamples.analyse([
            "content/tinjau.yml": CatalogueExamples.review + "bahasa: [id, en]\n",
            "content/opd/diskominfo/" + name: "---\njudul: Citizen Reports\n---\nText.\n",
        ])
        #expect(diagnostics.map(\.code) == ["translation.name"], "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.hint?.contains("`lapor-bantul.en.md`") == true)
    }

    @Test func aTranslationIntoTheReviewsOwnLanguageSaysToPutItFirst() {
        let diagnostics = CatalogueExamples.analyse([
            "content/tinjau.yml": CatalogueExamples.review + "bahasa: [en, id]\n",
            "content/opd/diskominfo/lapor-bantul.en.md": "---\njudul: Citizen Reports\n---\n",
        ])
        let warning = diagnostics.first { $0.code == "translation.language" }
        #expect(warning?.message.contains("bahasa review sendiri") == true)
        #expect(warning?.hint?.contains("`bahasa: [id, en]`") == true)
    }

    @Test func everyEditionIsSearchedAndEnglishNamesAreNotRepeated() throws {
        let content = Self.shipped.analysis.content
        let searched = SiteRenderer.searchedPaths(content)
        #expect(searched.contains("opd/diskominfo/lapor-bantul/index.html"))
        #expect(searched.contains("en/opd/diskominfo/lapor-bantul/index.html"))
        let home = String(decoding: Self.shipped.files.first { $0.path == "en/index.html" }!.bytes, as: UTF8.self)
        #expect(!home.contains("(Smart Governance)"))
        let indonesian = String(decoding: Self.shipped.files.first { $0.path == "index.html" }!.bytes, as: UTF8.self)
        #expect(indonesian.contains("(Smart Governance)"))
    }

    @Test func theEnglishSearchPageLoadsTheSharedIndexFromTheSiteRoot() throws {
        let renderer = SiteRenderer(Self.shipped.analysis, features: SiteFeatures(search: true))
        let files = try renderer.render()
        let page = String(decoding: try #require(files.first { $0.path == "en/cari/index.html" }).bytes, as: UTF8.self)
        #expect(page.contains("\"../../pagefind/pagefind.js\""))
        #expect(page.contains("src=\"../../assets/cari.js\""))
        #expect(!files.contains { $0.path.hasPrefix("en/pagefind/") || $0.path.hasPrefix("en/assets/") })
    }

    @Test func aTranslationMayTranslateTheBodyAlone() throws {
        let fs = CatalogueExamples.fileSystem([
            "content/tinjau.yml": CatalogueExamples.review + "bahasa: [id, en]\n",
            "content/opd/diskominfo/lapor-bantul.en.md": "---\n---\nCitizens' complaints, followed up.\n",
        ])
        let (files, report) = try SiteBuilder(fileSystem: fs).prepare(BuildOptions())
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        let page = String(decoding: try #require(files.first { $0.path == "en/opd/diskominfo/lapor-bantul/index.html" }).bytes, as: UTF8.self)
        #expect(
            page.contains("Citizens&#39; complaints, followed up.") || page.contains("Citizens’ complaints") || page.contains("Citizens' complaints"))
        #expect(page.contains("<h1>Lapor Bantul</h1>"))
        #expect(!page.contains("untranslated-notice"))
    }

    @Test func eachEditionSharesItsOwnPreviewImages() throws {
        let analysis = Self.shipped.analysis
        var content = analysis.content
        content.config.baseURL = "https://smartcity.contoh.go.id"
        let renderer = SiteRenderer(
            content: content, aggregates: analysis.aggregates, bodies: analysis.bodies, templates: analysis.templates,
            features: SiteFeatures(previewImages: true))
        let files = try renderer.render()
        let english = String(decoding: try #require(files.first { $0.path == "en/index.html" }).bytes, as: UTF8.self)
        #expect(english.contains("content=\"https://smartcity.contoh.go.id/pratinjau/en/beranda.png\""))
        let cards = renderer.rendering(renderer.editions[1]).previewCards()
        #expect(cards.allSatisfy { $0.path.hasPrefix("pratinjau/en/") })
        #expect(cards.first?.title == "Smart city maturity index")
    }

    /// A programme page describes its OPD's preview image; the description is made once per OPD
    /// (``OPDPreviewAlts``), and the English edition's renderer, made from the first edition's after
    /// that one made its descriptions, still describes it in English with English numbers.
    @Test func anOPDsPreviewDescriptionIsMadeForEachEdition() throws {
        let analysis = Self.shipped.analysis
        let renderer = SiteRenderer(analysis, features: SiteFeatures(previewImages: true))
        let program = try #require(analysis.content.programs.first)
        let indonesian = try #require(renderer.preview(for: .program(program)))
        #expect(renderer.preview(for: .program(program))?.alt == indonesian.alt)
        let english = try #require(renderer.rendering(renderer.editions[1]).preview(for: .program(program)))
        #expect(english.path.hasPrefix("pratinjau/en/"))
        #expect(indonesian.alt.hasPrefix("Grafik batang skor "), "\(indonesian.alt)")
        #expect(english.alt.hasPrefix("Bar chart of the "), "\(english.alt)")
        // And again in the first edition: its own text, not the last one made.
        #expect(renderer.preview(for: .program(program))?.alt == indonesian.alt)
    }
}
