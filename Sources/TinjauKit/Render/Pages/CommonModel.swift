/// What every page shares: the navigation, the review's facts, the links of the header and footer,
/// the page's addresses, and the layout's switches that a page may turn on. Built per page by
/// ``SiteRenderer/common(path:kind:)``; behind the page's own model in ``PageContext``.
struct CommonModel: TemplateModel {
    /// From the page to the site's root, where the assets are (`../../`).
    var root: String
    /// The main navigation.
    var nav: [NavLink]
    /// The review's facts.
    var site: SiteInfo
    /// What the two parts of a score are, in the words of the method.
    var parts: ScoreParts
    /// Links of the header and footer.
    var homeURL: String, dataURL: String, printURL: String, methodologyURL: String
    /// The open-data files that pages link.
    var csv: CSVLinks
    /// The page's absolute address, when `base_url` is set (not for the 404 page).
    var canonical: String?
    /// The archive banner, on the pages of an archived review.
    var archive: ArchiveBanner?
    /// The `description` meta tag: the page's own text, else the review's, on one line and cut
    /// (``SiteRenderer/metaDescription(_:)``).
    var description: String
    /// Whether the site has a search page (the header's search box).
    var hasSearch: Bool
    /// The search page.
    var searchURL: String
    /// What a search result calls this page (`Program`, `OPD`, …), or `nil` for a page the search leaves out.
    var searchKind: String?
    /// The PDF of the report, when it was printed.
    var pdf: PDFLink?
    /// The link-preview image (Open Graph), when the images were made and `base_url` is set.
    var preview: PreviewImage?
    /// Layout switch: no breadcrumbs (the home and 404 pages turn it on).
    var isHome = false
    /// Layout switch: no search box in the header (the search page turns it on).
    var isSearchPage = false
    /// Layout switch: the document's `<title>` instead of `pageTitle · site title` (the PDF's print page).
    var documentTitle: String?
    /// The page's language (`<html lang>`: `id`, `en`).
    var language: String = Edition.defaultLanguage
    /// The same page in every edition (`hreflang` alternates, the language switch); empty for a site
    /// in one language.
    var languages: [LanguageLink] = []
    /// Whether the site has more than one edition.
    var hasLanguages: Bool { !languages.isEmpty }
    /// Whether the page's content is shown untranslated, in the review's language (with a notice).
    var untranslated = false
    /// The review's own language (`lang` of untranslated content).
    var originalLanguage: String = Edition.defaultLanguage

    static let fields: [String: TemplateField<CommonModel>] = [
        "language": .init(\.language), "languages": .init(\.languages), "hasLanguages": .init(\.hasLanguages),
        "untranslated": .init(\.untranslated), "originalLanguage": .init(\.originalLanguage),
        "root": .init(\.root), "nav": .init(\.nav), "site": .init(\.site), "parts": .init(\.parts), "homeURL": .init(\.homeURL),
        "dataURL": .init(\.dataURL), "printURL": .init(\.printURL), "methodologyURL": .init(\.methodologyURL), "csv": .init(\.csv),
        "canonical": .init(\.canonical), "archive": .init(\.archive), "description": .init(\.description), "hasSearch": .init(\.hasSearch),
        "searchURL": .init(\.searchURL), "searchKind": .init(\.searchKind), "pdf": .init(\.pdf), "preview": .init(\.preview),
        "isHome": .init(\.isHome), "isSearchPage": .init(\.isSearchPage), "documentTitle": .init(\.documentTitle),
    ]
}

/// One link of the main navigation.
struct NavLink: TemplateModel {
    /// The label (`Beranda`, `Dimensi`, a narrative page's title).
    var label: String
    /// The address, relative to the page.
    var url: String
    /// Whether the page is in this part of the site (`aria-current`).
    var current: Bool

    static let fields: [String: TemplateField<NavLink>] = ["label": .init(\.label), "url": .init(\.url), "current": .init(\.current)]
}

/// The review's facts from `tinjau.yml`, as the pages show them.
struct SiteInfo: TemplateModel {
    /// `judul`.
    var title: String
    /// `wilayah`.
    var region: String
    /// The review year.
    var year: String
    /// The masterplan's years (`2019–2023`).
    var period: String
    /// The masterplan's title, or `Masterplan Smart City <region>`.
    var masterplanTitle: String
    /// `penyelenggara`, or empty.
    var hasOrganiser: Bool, organiser: String
    /// `evaluator`, or empty.
    var hasEvaluator: Bool, evaluator: String
    /// `logo`: its address from the page, or empty.
    var hasLogo: Bool, logoURL: String
    /// `deskripsi`, or empty.
    var hasDescription: Bool, description: String
    /// `kode_wilayah`, or empty.
    var hasRegionCode: Bool, regionCode: String
    /// The scoring method's name.
    var methodLabel: String
    /// Whether the review's date is known.
    var hasReviewDate: Bool
    /// The review's date in Indonesian (`30 November 2020`), when known.
    var reviewDate: String?
    /// The review's date as `YYYY-MM-DD`, when known.
    var reviewDateISO: String?

    static let fields: [String: TemplateField<SiteInfo>] = [
        "title": .init(\.title), "region": .init(\.region), "year": .init(\.year), "period": .init(\.period),
        "masterplanTitle": .init(\.masterplanTitle), "hasOrganiser": .init(\.hasOrganiser), "organiser": .init(\.organiser),
        "hasEvaluator": .init(\.hasEvaluator), "evaluator": .init(\.evaluator), "hasLogo": .init(\.hasLogo), "logoURL": .init(\.logoURL),
        "hasDescription": .init(\.hasDescription),
        "description": .init(\.description), "hasRegionCode": .init(\.hasRegionCode), "regionCode": .init(\.regionCode),
        "methodLabel": .init(\.methodLabel), "hasReviewDate": .init(\.hasReviewDate), "reviewDate": .init(\.reviewDate),
        "reviewDateISO": .init(\.reviewDateISO),
    ]
}

/// What the numerator and denominator of a score are, in the words of the scoring method.
struct ScoreParts: TemplateModel {
    /// Whether the parts are programme counts (the realisation method).
    var isCount: Bool
    /// `n/N` or `Σb·c/Σb`.
    var short: String
    /// The parts spelled out (an `<abbr>` title).
    var long: String
    /// The parts in a caption.
    var caption: String

    static let fields: [String: TemplateField<ScoreParts>] = [
        "isCount": .init(\.isCount), "short": .init(\.short), "long": .init(\.long), "caption": .init(\.caption),
    ]
}

/// Addresses of the open-data files that pages link, relative to the page.
struct CSVLinks: TemplateModel {
    /// `data/program.csv`, `data/skor.csv`, `data/anggaran.csv`, `data/indikator.csv`, `data/tinjauan.json`.
    var program: String, skor: String, anggaran: String, indikator: String, json: String

    static let fields: [String: TemplateField<CSVLinks>] = [
        "program": .init(\.program), "skor": .init(\.skor), "anggaran": .init(\.anggaran), "indikator": .init(\.indikator), "json": .init(\.json),
    ]
}

/// The banner of an archived review's pages.
struct ArchiveBanner: TemplateModel {
    /// The archived review's year.
    var year: String
    /// The current review's home page.
    var currentURL: String
    /// The list of every review year.
    var allURL: String

    static let fields: [String: TemplateField<ArchiveBanner>] = ["year": .init(\.year), "currentURL": .init(\.currentURL), "allURL": .init(\.allURL)]
}

/// The PDF of the report.
struct PDFLink: TemplateModel {
    /// Its address, relative to the page, and its file name (`laporan-review-2020.pdf`).
    var url: String, name: String

    static let fields: [String: TemplateField<PDFLink>] = ["url": .init(\.url), "name": .init(\.name)]
}

/// A page's link-preview image (Open Graph).
struct PreviewImage: TemplateModel {
    /// Its absolute address.
    var url: String
    /// Its text alternative.
    var alt: String
    /// Its size in pixels.
    var width: Int, height: Int

    static let fields: [String: TemplateField<PreviewImage>] = [
        "url": .init(\.url), "alt": .init(\.alt), "width": .init(\.width), "height": .init(\.height),
    ]
}

extension SiteRenderer {
    /// What every page shares, for the page at `path` (relative to this site's root).
    ///
    /// A programme page is kept by the key of its inputs (``programPageKey(_:path:template:)``)
    /// without this model being made: whatever this model takes from the aggregates or from other
    /// programmes must be in that key too (the link preview is).
    func common(path: String, kind: PageKind) -> CommonModel {
        let config = content.config
        // The 404 page is served at any address: its navigation and footer links start at
        // `base_url` or the server root, like its stylesheet (see `notFoundPage`).
        let root = path == Permalink.notFound ? Self.serverRoot(config) : Permalink.root(from: path)
        // Assets live at the site's root, above an archived review's folder.
        let assetRoot = path == Permalink.notFound ? root : Permalink.root(from: pathPrefix + path)
        // Editions share the data files and the PDF at the site's root; an archive has its own.
        let dataRoot = path == Permalink.notFound ? root : dataRoot(from: path)
        var nav = [
            NavLink(label: texts.text("pages_site.beranda"), url: root + Permalink.home, current: path == Permalink.home),
            NavLink(label: texts.text("pages_site.dimensi"), url: root + Permalink.dimensionList, current: path.hasPrefix("dimensi/")),
            NavLink(label: texts.text("pages_site.opd"), url: root + Permalink.opdList, current: path.hasPrefix("opd/")),
            NavLink(label: texts.text("pages_site.program"), url: root + Permalink.programList, current: path.hasPrefix("program/")),
            NavLink(label: texts.text("pages_site.analisis"), url: root + Permalink.findings, current: path.hasPrefix("temuan/")),
            NavLink(label: texts.text("pages_site.anggaran"), url: root + Permalink.budget, current: path == Permalink.budget),
            NavLink(label: texts.text("pages_site.metodologi"), url: root + Permalink.methodology, current: path == Permalink.methodology),
            NavLink(label: texts.text("pages_site.data"), url: root + Permalink.data, current: path == Permalink.data),
        ]
        for page in content.pages {
            nav.append(NavLink(label: page.title, url: root + Permalink.page(page.slug), current: path == Permalink.page(page.slug)))
        }
        if archive == nil && !archives.isEmpty {
            nav.append(NavLink(label: texts.text("pages_site.arsip"), url: root + Permalink.archives, current: path == Permalink.archives))
        }
        let site = SiteInfo(
            title: config.title, region: config.region, year: String(config.reviewYear),
            period: "\(config.masterplanStart)–\(config.masterplanEnd)",
            masterplanTitle: config.masterplanTitle ?? texts.text("pages_site.masterplan_smart_city", ["region": "\(config.region)"]),
            hasOrganiser: config.organiser != nil, organiser: config.organiser ?? "",
            hasEvaluator: config.evaluator != nil, evaluator: config.evaluator ?? "",
            hasLogo: config.logo != nil, logoURL: config.logo.map { assetRoot + $0 } ?? "",
            hasDescription: config.description != nil, description: config.description ?? "",
            hasRegionCode: config.regionCode != nil, regionCode: config.regionCode ?? "",
            methodLabel: methodLabel(config.scoring.method), hasReviewDate: config.reviewDate != nil,
            reviewDate: config.reviewDate.map { format.date(iso: $0.description) ?? $0.description },
            reviewDateISO: config.reviewDate?.description)
        // What the two parts of a score are, in the words of the method.
        let parts =
            config.scoring.method == .programRealisation
            ? ScoreParts(
                isCount: true, short: "n/N", long: texts.text("pages_site.program_terealisasi_program_direncanakan"),
                caption: texts.text("pages_site.program_terealisasi_dari_program"))
            : ScoreParts(
                isCount: false, short: "Σb·c/Σb", long: texts.text("pages_site.jumlah_bobot_capaian_jumlah"),
                caption: texts.text("pages_site.jumlah_bobot_capaian_indikator"))
        var pdf: PDFLink?
        if features.pdf {
            let name = ReportPrinter.fileName(year: config.reviewYear)
            pdf = PDFLink(url: dataRoot + name, name: name)
        }
        // Open Graph wants absolute addresses: the image is named only when base_url is set.
        var preview: PreviewImage?
        if features.previewImages, let base = config.baseURL, let image = self.preview(for: kind) {
            preview = PreviewImage(
                url: SiteAddress.absolute(base: base, path: image.path), alt: image.alt,
                width: PreviewCard.width, height: PreviewCard.height)
        }
        var model = CommonModel(
            root: assetRoot, nav: nav, site: site, parts: parts, homeURL: root + Permalink.home, dataURL: root + Permalink.data,
            printURL: root + Permalink.print, methodologyURL: root + Permalink.methodology,
            csv: CSVLinks(
                program: dataRoot + DataExporter.programCSV, skor: dataRoot + DataExporter.scoreCSV,
                anggaran: dataRoot + DataExporter.budgetCSV, indikator: dataRoot + DataExporter.indicatorCSV,
                json: dataRoot + DataExporter.reviewJSON),
            canonical: config.baseURL.flatMap {
                path == Permalink.notFound ? nil : SiteAddress.absolute(base: $0, path: pathPrefix + path)
            },
            archive: archive.map {
                ArchiveBanner(year: String($0.year), currentURL: assetRoot + Permalink.home, allURL: assetRoot + Permalink.archives)
            },
            description: config.description ?? config.title, hasSearch: features.search, searchURL: root + Permalink.search,
            searchKind: Self.searchKind(kind, texts: texts), pdf: pdf, preview: preview)
        model.language = edition.language
        model.languages = languageLinks(path: path)
        model.untranslated = isUntranslated(kind)
        model.originalLanguage = editions.first?.language ?? Edition.defaultLanguage
        return model
    }
}
