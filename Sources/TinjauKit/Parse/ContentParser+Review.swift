import Foundation
import Yams

/// `tinjau.yml`: the review's settings, its scoring, overlap and open-data sections.
extension ContentParser {
    /// The review's settings from `file`, or `nil` (with diagnostics in `log`) when its title, year
    /// or masterplan period cannot be read.
    func parseReview(_ file: SourceFile, log: DiagnosticCollector) -> ReviewConfig? {
        guard let r = reader(of: file, .reviewFile, log: log) else { return nil }
        let title = r.string("judul", required: true)
        let region = r.string("wilayah", required: true)
        let code = r.string("kode_wilayah", freeText: false)
        let year = r.integer("tahun_review", .year(example: 2020), required: true)
        var locations = r.valueLocations.dictionary
        var start: Int?
        var end: Int?
        var masterplanTitle: String?
        if let node = r.node("masterplan") {
            let m = r.child(node, .reviewSection(.masterplan))
            masterplanTitle = m.string("judul")
            start = m.integer("tahun_mulai", .year(example: 2018), required: true)
            end = m.integer("tahun_selesai", .year(example: 2023), required: true)
            m.reportUnknownKeys()
            for (key, location) in m.valueLocations { locations["masterplan." + key] = location }
            if let s = start, let e = end, s > e, let n = m.node("tahun_selesai") {
                r.report(.masterplanPeriodReversed(start: s, end: e), at: n)
            }
        } else {
            r.missing("masterplan")
        }
        var date: ISODate?
        if let text = r.string("tanggal_review", freeText: false) {
            date = ISODate(text)
            if date == nil {
                r.report(.invalidDate(text, key: "tanggal_review"), at: r.node("tanggal_review"))
            }
        }
        var baseURL: String?
        if let text = r.string("base_url", freeText: false) {
            switch SiteAddress.normalisedBase(text) {
            case .success(let address):
                baseURL = address
            case .failure(let problem):
                r.report(.baseURL(problem), at: r.node("base_url"))
            }
        }
        let scoring = parseScoring(r)
        var overlapThreshold = Rational(1, 5)
        var overlapMaxPerProgram = 5
        if let node = r.node("tumpang_tindih"), !YAMLReader.isNull(node) {
            let t = r.child(node, .reviewSection(.overlaps))
            if let threshold = t.number("ambang", kind: .fraction) {
                if threshold >= .zero && threshold <= .one {
                    overlapThreshold = threshold
                } else {
                    t.report(.overlapThresholdOutOfRange(threshold), at: t.node("ambang"))
                }
            }
            if let most = t.integer("maks_per_program", .matchesPerProgramme) {
                overlapMaxPerProgram = most
            }
            t.reportUnknownKeys()
            for (key, location) in t.valueLocations { locations["tumpang_tindih." + key] = location }
        }
        var licence = "CC BY 4.0"
        var producer: String?
        var steward: String?
        if let node = r.node("data"), !YAMLReader.isNull(node) {
            let d = r.child(node, .reviewSection(.data))
            if let text = d.string("lisensi") { licence = text }
            producer = d.string("produsen")
            steward = d.string("walidata")
            d.reportUnknownKeys()
            for (key, location) in d.valueLocations { locations["data." + key] = location }
        }
        var languages: [String] = []
        for (text, item) in r.stringItems("bahasa") {
            guard text.count == 2, text.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
                r.report(.languageCode(text, repeated: false), at: item)
                continue
            }
            guard !languages.contains(text) else {
                r.report(.languageCode(text, repeated: true), at: item)
                continue
            }
            languages.append(text)
            locations["bahasa." + text] = r.location(of: item)
        }
        var config = ReviewConfig(
            title: title ?? "", region: region ?? "", regionCode: code, reviewYear: year ?? 0,
            masterplanTitle: masterplanTitle, masterplanStart: start ?? 0, masterplanEnd: end ?? 0,
            reviewDate: date, organiser: r.string("penyelenggara"), evaluator: r.string("evaluator"),
            description: r.string("deskripsi"), baseURL: baseURL,
            allowRawHTML: r.bool("izinkan_html") ?? false, scoring: scoring,
            overlapThreshold: overlapThreshold, overlapMaxPerProgram: overlapMaxPerProgram, dataLicence: licence, dataProducer: producer,
            dataSteward: steward, logo: r.string("logo", freeText: false), sourcePath: file.path, fieldLocations: locations)
        config.languages = languages
        if let rows = r.integer("program_per_halaman", .rowsPerPage) { config.programsPerPage = rows }
        r.reportUnknownKeys()
        // A value that cannot be read was reported: without these four there is no review to build.
        return log.hasErrors && (title == nil || year == nil || start == nil || end == nil) ? nil : config
    }

    /// A reader of the YAML file `file` (`tinjau.yml`, `tinjau.<lang>.yml`, `dimensi.yml`) as `mapping`, or `nil` (with
    /// diagnostics in `log`) when it is not UTF-8 text, not YAML, or empty (`review.empty` for `tinjau.yml`;
    /// an empty translation translates nothing).
    func reader(of file: SourceFile, _ mapping: YAMLMapping, log: DiagnosticCollector) -> YAMLReader? {
        let source: SourceText
        switch SourceText.decode(file.bytes, path: file.path) {
        case .success(let s): source = s
        case .failure(let d):
            log.add(d)
            return nil
        }
        let composed = compose(source.text, path: file.path, lineOffset: 0, log: log)
        guard composed.ok else { return nil }
        guard composed.node != nil else {
            if case .reviewFile = mapping { log.report(.emptyReview, at: SourceLocation(path: file.path, line: 1, column: 1)) }
            return nil
        }
        return YAMLReader(node: composed.node, path: file.path, lineOffset: 0, lines: composed.lines, mapping: mapping, log: log)
    }

    /// The scoring settings under `penilaian` (the defaults without it); problems go to `r`'s collector.
    func parseScoring(_ r: YAMLReader) -> ScoringSettings {
        guard let node = r.node("penilaian") else { return ScoringSettings() }
        let p = r.child(node, .reviewSection(.scoring))
        var settings = ScoringSettings()
        if let method = p.choice("metode", ScoringMethod.self) { settings.method = method }
        if p.node("status_terealisasi") != nil {
            var statuses: [ProgramStatus] = []
            let reportedBefore = p.errorCount
            for (text, item) in p.stringItems("status_terealisasi") {
                guard let status = p.choiceValue(text, ProgramStatus.self, at: item, key: nil) else {
                    continue
                }
                if status == .batal {
                    p.report(.cancelledCountedAsRealised, at: item)
                } else if !statuses.contains(status) {
                    statuses.append(status)
                }
            }
            if !statuses.isEmpty {
                settings.realisedStatuses = ProgramStatus.allCases.filter(statuses.contains)
            } else if p.errorCount == reportedBefore {
                // Only when no item was reported already: one error per mistake.
                p.report(.noRealisedStatus, at: p.node("status_terealisasi"))
            }
        }
        if let precision = p.integer("presisi", .decimalPlaces) { settings.precision = precision }
        let bandNodes = p.mappings("tingkat_kematangan")
        if !bandNodes.isEmpty {
            var bands: [MaturityBand] = []
            var bandRejected = false
            for bandNode in bandNodes {
                let b = p.child(bandNode, .maturityBand)
                let minimum = b.number("min", required: true, kind: .decimal(unit: false))
                let name = b.string("nama", required: true)
                let description = b.string("keterangan") ?? ""
                b.reportUnknownKeys()
                if b.errorCount > 0 || minimum == nil || name == nil { bandRejected = true }
                if let minimum, let name {
                    if minimum < .zero || minimum > .hundred {
                        bandRejected = true
                        p.report(.bandOutOfRange(minimum), at: b.node("min") ?? bandNode)
                    } else if bands.contains(where: { $0.minimum == minimum }) {
                        p.report(.bandTwice(minimum), at: bandNode)
                    } else {
                        bands.append(MaturityBand(minimum: minimum, name: name, description: description))
                    }
                }
            }
            bands.sort { $0.minimum < $1.minimum }
            // A band that was rejected may be the one starting at 0: no second error for it.
            if !bandRejected, let first = bands.first, first.minimum != 0 {
                p.report(.bandStart, at: bandNodes.first)
            }
            if !bands.isEmpty { settings.maturityBands = bands }
        }
        p.reportUnknownKeys()
        return settings
    }
}
