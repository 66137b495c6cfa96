/// Stage 3: checks what no single file can check alone: references between
/// files (OPDs, partners), years against the masterplan period, money and
/// indicators that make no sense, and a review without programmes.
///
/// Per-file typing (required fields, formats, unknown keys) is done while
/// parsing; this stage sees the whole review.
public struct ContentValidator: Sendable {
    /// Creates a validator.
    public init() {}

    /// Validates `content`.
    /// - Returns: the content with programmes of unknown OPDs removed (each reported),
    ///   and the diagnostics, errors and warnings alike.
    public func validate(_ content: ReviewContent) -> (ReviewContent, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var content = content
        let config = content.config
        let opdSlugs = content.opds.map(\.slug)
        let period = config.masterplanStart...max(config.masterplanStart, config.masterplanEnd)
        // A reversed period is reported by the parser (`review.period`); comparing years with it would
        // only add errors that go away with that fix.
        let periodKnown = config.masterplanEnd != 0 && config.masterplanStart <= config.masterplanEnd

        if content.programs.isEmpty {
            diagnostics.append(Diagnostic(.warning, "content.no-programs", at: config.location(of: "judul"),
                "belum ada program: semua skor akan tampil sebagai \"belum ada program\"",
                hint: "tambahkan program sebagai `opd/<opd>/<program>.md` (lihat docs/content-format.md)",
                en: "there are no programmes yet: every score will show as \"belum ada program\"",
                hintEN: "add programmes as `opd/<opd>/<program>.md` (see docs/content-format.md)"))
        }
        if config.reviewYear != 0 && !period.contains(config.reviewYear) && periodKnown {
            diagnostics.append(Diagnostic(.warning, "review.year-outside", at: config.location(of: "tahun_review"),
                "`tahun_review` \(config.reviewYear) di luar periode masterplan \(period.lowerBound)–\(period.upperBound)",
                hint: "periksa `tahun_review` dan `masterplan`",
                en: "`tahun_review` \(config.reviewYear) is outside the masterplan period \(period.lowerBound)–\(period.upperBound)",
                hintEN: "check `tahun_review` and `masterplan`"))
        }

        // An accidental copy (Windows' "lapor-bantul - Copy.md", a file saved twice) has the same title as
        // another programme of its OPD and would be counted twice in every score.
        var firstWithTitle: [String: Program] = [:]
        for program in content.programs where !program.title.isEmpty {
            let key = program.opdSlug + "\u{0}" + program.title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard let first = firstWithTitle[key] else { firstWithTitle[key] = program; continue }
            diagnostics.append(Diagnostic(.warning, "program.duplicate-title", at: program.location(of: "judul"),
                "judul program ini sama dengan `\(first.sourcePath)`; keduanya dihitung dalam skor sebagai dua program",
                hint: "bila berkas ini salinan yang tidak sengaja (misalnya `… - Copy.md`), hapus salah satunya; bila memang dua program, bedakan judulnya",
                en: "this programme has the same title as `\(first.sourcePath)`; both are counted in the scores as two programmes",
                hintEN: "if this file is an accidental copy (for example `… - Copy.md`), delete one of them; if they really are two programmes, give them different titles"))
        }
        // A file from `tinjau new` published without being filled in.
        for program in content.programs where Scaffolder.placeholderSentences.contains(where: { program.body.text.contains($0) }) {
            diagnostics.append(Diagnostic(.warning, "program.placeholder", at: SourceLocation(path: program.sourcePath, line: program.body.firstLine, column: 1),
                "uraian program masih berisi teks contoh dari `tinjau new` (misalnya \"\(Scaffolder.placeholderSentences[0])\")",
                hint: "isi uraian, anggaran dan indikator program ini, atau hapus berkasnya bila program ini tidak ada",
                en: "the programme's description still holds the example text of `tinjau new` (for example \"\(Scaffolder.placeholderSentences[0])\")",
                hintEN: "fill in the description, budget and indicators of this programme, or delete the file if the programme does not exist"))
        }

        var kept: [Program] = []
        for program in content.programs {
            guard opdSlugs.contains(program.opdSlug) else { continue }  // the loader reported the missing _index.md
            kept.append(program)
            for (field, year) in [("tahun_mulai", program.startYear), ("tahun_selesai", program.endYear)] {
                if let year, periodKnown, !period.contains(year) {
                    diagnostics.append(Diagnostic(.error, "program.year-outside", at: program.location(of: field),
                        "`\(field): \(year)` di luar periode masterplan \(period.lowerBound)–\(period.upperBound)",
                        hint: "program masterplan dijadwalkan antara \(period.lowerBound) dan \(period.upperBound); periksa tahunnya",
                        en: "`\(field): \(year)` is outside the masterplan period \(period.lowerBound)–\(period.upperBound)",
                        hintEN: "masterplan programmes are scheduled between \(period.lowerBound) and \(period.upperBound); check the year"))
                }
            }
            if let start = program.startYear, let end = program.endYear, start > end {
                diagnostics.append(Diagnostic(.error, "program.years-reversed", at: program.location(of: "tahun_selesai"),
                    "`tahun_selesai` (\(end)) lebih awal dari `tahun_mulai` (\(start))", hint: "tukar kedua tahun atau perbaiki salah satunya",
                    en: "`tahun_selesai` (\(end)) is earlier than `tahun_mulai` (\(start))", hintEN: "swap the two years or correct one of them"))
            }
            if let budget = program.budget, let realised = program.budgetRealised, realised > budget {
                diagnostics.append(Diagnostic(.warning, "program.budget-over", at: program.location(of: "realisasi_anggaran"),
                    "`realisasi_anggaran` (\(IndonesianFormat.rupiah(realised))) melebihi `anggaran` (\(IndonesianFormat.rupiah(budget)))",
                    hint: "periksa kedua angka; realisasi biasanya tidak melebihi pagu",
                    en: "`realisasi_anggaran` (\(IndonesianFormat.rupiah(realised))) is more than `anggaran` (\(IndonesianFormat.rupiah(budget)))",
                    hintEN: "check both amounts; spending is not usually more than the budget ceiling (pagu)"))
            }
            // `anggaran` written but invalid has its own error; only a missing one is reported here.
            if program.budgetRealised != nil && program.budget == nil && program.fieldLocations["anggaran"] == nil {
                diagnostics.append(Diagnostic(.warning, "program.budget-missing", at: program.location(of: "realisasi_anggaran"),
                    "ada `realisasi_anggaran` tetapi tidak ada `anggaran`", hint: "tambahkan `anggaran:` (pagu) dalam Rupiah",
                    en: "`realisasi_anggaran` is given but `anggaran` is not", hintEN: "add `anggaran:` (the budget ceiling, pagu) in Rupiah"))
            }
            if program.status == .tertunda && program.delayReason == nil && program.fieldLocations["alasan_tunda"] == nil {
                diagnostics.append(Diagnostic(.warning, "program.delay-reason", at: program.location(of: "status"),
                    "program `tertunda` tanpa `alasan_tunda`",
                    hint: "tambahkan misalnya `alasan_tunda: Pandemi COVID-19, anggaran dialihkan` agar pembaca tahu sebabnya",
                    en: "the programme is `tertunda` but has no `alasan_tunda`",
                    hintEN: "add for example `alasan_tunda: Pandemi COVID-19, anggaran dialihkan` so that readers know why"))
            }
            if program.delayReason != nil && program.status != .tertunda {
                diagnostics.append(Diagnostic(.warning, "program.delay-reason-unused", at: program.location(of: "alasan_tunda"),
                    "`alasan_tunda` diisi tetapi status program `\(program.status.rawValue)`",
                    hint: "ubah status menjadi `tertunda`, atau hapus `alasan_tunda`",
                    en: "`alasan_tunda` is filled in but the programme's status is `\(program.status.rawValue)`",
                    hintEN: "change the status to `tertunda`, or remove `alasan_tunda`"))
            }
            for (index, partner) in program.partners.enumerated() {
                if partner == program.opdSlug {
                    diagnostics.append(Diagnostic(.warning, "program.mitra-self", at: program.location(ofPartner: index),
                        "`mitra` memuat OPD pelaksana sendiri (`\(partner)`)", hint: "hapus `\(partner)` dari `mitra`; OPD pelaksana adalah folder berkas ini",
                        en: "`mitra` lists the programme's own lead OPD (`\(partner)`)",
                        hintEN: "remove `\(partner)` from `mitra`; the lead OPD is the folder this file is in"))
                } else if !opdSlugs.contains(partner) {
                    diagnostics.append(Diagnostic(.error, "program.mitra-unknown", at: program.location(ofPartner: index),
                        "OPD mitra `\(partner)` tidak ada", hint: Suggestion.hint(for: partner, among: opdSlugs, key: nil),
                        en: "partner OPD `\(partner)` does not exist", hintEN: Suggestion.hintEN(for: partner, among: opdSlugs, key: nil)))
                }
            }
            for indicator in program.indicators {
                if let target = indicator.target, target.isZero, indicator.direction == .naik {
                    diagnostics.append(Diagnostic(.error, "indicator.target-zero", at: indicator.location,
                        "indikator `\(indicator.name)` bertarget 0 dengan `arah: naik`: capaiannya tidak dapat dihitung",
                        hint: "isi target yang ingin dicapai; untuk indikator yang makin kecil makin baik tulis `arah: turun`",
                        en: "indicator `\(indicator.name)` has a target of 0 with `arah: naik`: its achievement cannot be computed",
                        hintEN: "fill in the value to reach; for an indicator where lower is better write `arah: turun`"))
                }
                if let target = indicator.target, target.isNegative {
                    diagnostics.append(Diagnostic(.warning, "indicator.target-negative", at: indicator.location(of: "target"),
                        "indikator `\(indicator.name)` bertarget negatif (\(IndonesianFormat.number(target))): capaiannya tidak dapat dihitung",
                        hint: "tulis target sebagai angka 0 atau lebih; untuk penurunan tulis nilai akhirnya (misalnya `target: 5`) dengan `arah: turun`",
                        en: "indicator `\(indicator.name)` has a negative target (\(IndonesianFormat.number(target))): its achievement cannot be computed",
                        hintEN: "write the target as 0 or more; for a decrease write the value to reach (for example `target: 5`) with `arah: turun`"))
                }
                if indicator.realisation != nil && program.status == .rencana {
                    diagnostics.append(Diagnostic(.warning, "indicator.realised-planned", at: indicator.location,
                        "indikator `\(indicator.name)` memiliki realisasi padahal status program `rencana`",
                        hint: "ubah status program (misalnya `berjalan`) atau hapus `realisasi`",
                        en: "indicator `\(indicator.name)` has a realisation although the programme's status is `rencana`",
                        hintEN: "change the programme's status (for example to `berjalan`) or remove `realisasi`"))
                }
            }
        }
        content.programs = kept
        return (content, diagnostics)
    }
}
