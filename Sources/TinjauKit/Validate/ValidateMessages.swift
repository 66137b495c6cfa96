/// The messages of the cross-file checks (docs/errors.md, "Cross-file checks" and "Archives").
extension DiagnosticMessage {
    // MARK: ContentValidator

    /// `content.no-programs`: the review has no programme yet.
    static let noPrograms = DiagnosticMessage(
        .contentNoPrograms, "belum ada program: semua skor akan tampil sebagai \"belum ada program\"",
        en: "there are no programmes yet: every score will show as \"belum ada program\"",
        hint: "tambahkan program sebagai `opd/<opd>/<program>.md` (lihat docs/content-format.md)",
        hintEN: "add programmes as `opd/<opd>/<program>.md` (see docs/content-format.md)")

    /// `review.year-outside`: `tahun_review` (`year`) is outside the masterplan `period`.
    static func reviewYearOutside(_ year: Int, period: ClosedRange<Int>) -> DiagnosticMessage {
        DiagnosticMessage(
            .reviewYearOutside, "`tahun_review` \(year) di luar periode masterplan \(period.lowerBound)–\(period.upperBound)",
            en: "`tahun_review` \(year) is outside the masterplan period \(period.lowerBound)–\(period.upperBound)",
            hint: "periksa `tahun_review` dan `masterplan`", hintEN: "check `tahun_review` and `masterplan`")
    }

    /// `program.duplicate-title`: a programme has the same title as the one in `firstPath`.
    static func duplicateTitle(of firstPath: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .programDuplicateTitle, "judul program ini sama dengan `\(firstPath)`; keduanya dihitung dalam skor sebagai dua program",
            en: "this programme has the same title as `\(firstPath)`; both are counted in the scores as two programmes",
            hint:
                "bila berkas ini salinan yang tidak sengaja (misalnya `… - Copy.md`), hapus salah satunya; bila memang dua program, bedakan judulnya",
            hintEN:
                "if this file is an accidental copy (for example `… - Copy.md`), delete one of them; if they really are two programmes, give them different titles"
        )
    }

    /// `program.placeholder`: the body still holds the example text of `tinjau new`.
    static let placeholder = DiagnosticMessage(
        .programPlaceholder,
        "uraian program masih berisi teks contoh dari `tinjau new` (misalnya \"\(Scaffolder.placeholderSentences[0])\")",
        en: "the programme's description still holds the example text of `tinjau new` (for example \"\(Scaffolder.placeholderSentences[0])\")",
        hint: "isi uraian, anggaran dan indikator program ini, atau hapus berkasnya bila program ini tidak ada",
        hintEN: "fill in the description, budget and indicators of this programme, or delete the file if the programme does not exist")

    /// `program.year-outside`: `field: year` is outside the masterplan `period`.
    static func programYearOutside(_ field: String, year: Int, period: ClosedRange<Int>) -> DiagnosticMessage {
        DiagnosticMessage(
            .programYearOutside, "`\(field): \(year)` di luar periode masterplan \(period.lowerBound)–\(period.upperBound)",
            en: "`\(field): \(year)` is outside the masterplan period \(period.lowerBound)–\(period.upperBound)",
            hint: "program masterplan dijadwalkan antara \(period.lowerBound) dan \(period.upperBound); periksa tahunnya",
            hintEN: "masterplan programmes are scheduled between \(period.lowerBound) and \(period.upperBound); check the year")
    }

    /// `program.years-reversed`: a programme ends (`end`) before it starts (`start`).
    static func programYearsReversed(start: Int, end: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .programYearsReversed, "`tahun_selesai` (\(end)) lebih awal dari `tahun_mulai` (\(start))",
            en: "`tahun_selesai` (\(end)) is earlier than `tahun_mulai` (\(start))",
            hint: "tukar kedua tahun atau perbaiki salah satunya", hintEN: "swap the two years or correct one of them")
    }

    /// `program.budget-over`: `realised` is more than the `budget`.
    static func budgetOver(realised: Int64, budget: Int64) -> DiagnosticMessage {
        DiagnosticMessage(
            .programBudgetOver,
            "`realisasi_anggaran` (\(IndonesianFormat.rupiah(realised))) melebihi `anggaran` (\(IndonesianFormat.rupiah(budget)))",
            en: "`realisasi_anggaran` (\(IndonesianFormat.rupiah(realised))) is more than `anggaran` (\(IndonesianFormat.rupiah(budget)))",
            hint: "periksa kedua angka; realisasi biasanya tidak melebihi pagu",
            hintEN: "check both amounts; spending is not usually more than the budget ceiling (pagu)")
    }

    /// `program.budget-missing`: `realisasi_anggaran` without `anggaran`.
    static let budgetMissing = DiagnosticMessage(
        .programBudgetMissing, "ada `realisasi_anggaran` tetapi tidak ada `anggaran`", en: "`realisasi_anggaran` is given but `anggaran` is not",
        hint: "tambahkan `anggaran:` (pagu) dalam Rupiah", hintEN: "add `anggaran:` (the budget ceiling, pagu) in Rupiah")

    /// `program.delay-reason`: a delayed programme without `alasan_tunda`.
    static let delayReasonMissing = DiagnosticMessage(
        .programDelayReason, "program `tertunda` tanpa `alasan_tunda`", en: "the programme is `tertunda` but has no `alasan_tunda`",
        hint: "tambahkan misalnya `alasan_tunda: Pandemi COVID-19, anggaran dialihkan` agar pembaca tahu sebabnya",
        hintEN: "add for example `alasan_tunda: Pandemi COVID-19, anggaran dialihkan` so that readers know why")

    /// `program.delay-reason-unused`: `alasan_tunda` on a programme whose status is `status`.
    static func delayReasonUnused(status: ProgramStatus) -> DiagnosticMessage {
        DiagnosticMessage(
            .programDelayReasonUnused, "`alasan_tunda` diisi tetapi status program `\(status.rawValue)`",
            en: "`alasan_tunda` is filled in but the programme's status is `\(status.rawValue)`",
            hint: "ubah status menjadi `tertunda`, atau hapus `alasan_tunda`", hintEN: "change the status to `tertunda`, or remove `alasan_tunda`")
    }

    /// `program.mitra-self`: `mitra` lists the programme's own OPD (`partner`).
    static func partnerIsLead(_ partner: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .programMitraSelf, "`mitra` memuat OPD pelaksana sendiri (`\(partner)`)", en: "`mitra` lists the programme's own lead OPD (`\(partner)`)",
            hint: "hapus `\(partner)` dari `mitra`; OPD pelaksana adalah folder berkas ini",
            hintEN: "remove `\(partner)` from `mitra`; the lead OPD is the folder this file is in")
    }

    /// `program.mitra-unknown`: the partner OPD `partner` is none of `opds`.
    static func unknownPartner(_ partner: String, opds: [String]) -> DiagnosticMessage {
        DiagnosticMessage(
            .programMitraUnknown, Bilingual("OPD mitra `\(partner)` tidak ada", en: "partner OPD `\(partner)` does not exist"),
            hint: Suggestion.hints(for: partner, among: opds, key: nil))
    }

    /// `indicator.target-zero`: the indicator `name` aims at 0 with `arah: naik`.
    static func targetZero(_ name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .indicatorTargetZero, "indikator `\(name)` bertarget 0 dengan `arah: naik`: capaiannya tidak dapat dihitung",
            en: "indicator `\(name)` has a target of 0 with `arah: naik`: its achievement cannot be computed",
            hint: "isi target yang ingin dicapai; untuk indikator yang makin kecil makin baik tulis `arah: turun`",
            hintEN: "fill in the value to reach; for an indicator where lower is better write `arah: turun`")
    }

    /// `indicator.target-negative`: the indicator `name` has the negative `target`.
    static func targetNegative(_ name: String, target: Rational) -> DiagnosticMessage {
        DiagnosticMessage(
            .indicatorTargetNegative,
            "indikator `\(name)` bertarget negatif (\(IndonesianFormat.number(target))): capaiannya tidak dapat dihitung",
            en: "indicator `\(name)` has a negative target (\(IndonesianFormat.number(target))): its achievement cannot be computed",
            hint: "tulis target sebagai angka 0 atau lebih; untuk penurunan tulis nilai akhirnya (misalnya `target: 5`) dengan `arah: turun`",
            hintEN: "write the target as 0 or more; for a decrease write the value to reach (for example `target: 5`) with `arah: turun`")
    }

    /// `indicator.realised-planned`: the indicator `name` has a realisation in a planned programme.
    static func realisedWhilePlanned(_ name: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .indicatorRealisedPlanned, "indikator `\(name)` memiliki realisasi padahal status program `rencana`",
            en: "indicator `\(name)` has a realisation although the programme's status is `rencana`",
            hint: "ubah status program (misalnya `berjalan`) atau hapus `realisasi`",
            hintEN: "change the programme's status (for example to `berjalan`) or remove `realisasi`")
    }
}

/// The messages of the checks against the archives (``ArchiveValidator``).
extension DiagnosticMessage {
    /// `archive.future`: the archived review of `archiveYear` is newer than this review (`year`).
    static func archiveFromTheFuture(_ archiveYear: Int, reviewYear year: Int) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveFuture, "arsip review \(archiveYear) lebih baru dari review ini (`tahun_review: \(year)`)",
            en: "the archived review \(archiveYear) is newer than this review (`tahun_review: \(year)`)",
            hint:
                "review yang sedang disunting adalah yang terbaru: periksa `tahun_review` di `tinjau.yml`, atau pindahkan arsip ini ke proyek review \(archiveYear)",
            hintEN:
                "the review being edited is the newest one: check `tahun_review` in `tinjau.yml`, or move this archive to the project of the \(archiveYear) review"
        )
    }

    /// `archive.current-year`: the review of `year` is already archived in `path`.
    static func archiveOfCurrentYear(_ year: Int, path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveCurrentYear, "review tahun \(year) sudah diarsipkan (`\(path)`); review ini masih tahun \(year)",
            en: "the review of \(year) has been archived (`\(path)`); this review is still \(year)",
            hint:
                "untuk memulai review berikutnya, ubah `tahun_review` menjadi \(year + 1); arsip \(year) diterbitkan di `arsip/\(year)/` dan tidak berubah lagi",
            hintEN:
                "to start the next review, change `tahun_review` to \(year + 1); the \(year) archive is published under `arsip/\(year)/` and never changes again"
        )
    }

    /// `program.sebelumnya-unknown`: `former` is in no archive (`years`, empty when none); `nearest` is
    /// the nearest archived id.
    static func unknownFormerProgram(_ former: String, archivedYears years: String, nearest: String?) -> DiagnosticMessage {
        if years.isEmpty {
            return DiagnosticMessage(
                .programSebelumnyaUnknown, "`sebelumnya` menyebut `\(former)`, padahal belum ada review yang diarsipkan",
                en: "`sebelumnya` names `\(former)`, but no review has been archived yet",
                hint: "hapus `sebelumnya`, atau arsipkan dulu review sebelumnya dengan `tinjau arsip`",
                hintEN: "remove `sebelumnya`, or archive the previous review first with `tinjau arsip`")
        }
        let hint =
            nearest.map {
                Bilingual(
                    "maksud Anda `\($0)`? `sebelumnya` berisi id program ini di review sebelumnya (`opd/slug`)",
                    en: "did you mean `\($0)`? `sebelumnya` holds the id this programme had in the earlier review (`opd/slug`)")
            }
            ?? Bilingual(
                "tulis id program ini di review sebelumnya (`opd/slug`, lihat `data/program.csv` situs arsipnya), atau hapus `sebelumnya` bila program ini baru",
                en:
                    "write the id this programme had in the earlier review (`opd/slug`, see the archived site's `data/program.csv`), or remove `sebelumnya` if the programme is new"
            )
        return DiagnosticMessage(
            .programSebelumnyaUnknown,
            Bilingual(
                "`sebelumnya` menyebut `\(former)`, yang tidak ada di arsip mana pun (\(years))",
                en: "`sebelumnya` names `\(former)`, which is in no archive (\(years))"), hint: hint)
    }

    /// `opd.sebelumnya-unknown`: the OPD slug `former` is in no archive (`years`, empty when none);
    /// `nearest` is the nearest archived slug.
    static func unknownFormerOPD(_ former: String, archivedYears years: String, nearest: String?) -> DiagnosticMessage {
        if years.isEmpty {
            return DiagnosticMessage(
                .opdSebelumnyaUnknown, "`sebelumnya` menyebut OPD `\(former)`, padahal belum ada review yang diarsipkan",
                en: "`sebelumnya` names OPD `\(former)`, but no review has been archived yet",
                hint: "hapus `sebelumnya`, atau arsipkan dulu review sebelumnya dengan `tinjau arsip`",
                hintEN: "remove `sebelumnya`, or archive the previous review first with `tinjau arsip`")
        }
        let hint =
            nearest.map {
                Bilingual(
                    "maksud Anda `\($0)`? `sebelumnya` berisi slug (nama folder) OPD ini di review sebelumnya",
                    en: "did you mean `\($0)`? `sebelumnya` holds the slug (folder name) this OPD had in the earlier review")
            }
            ?? Bilingual(
                "tulis slug (nama folder) OPD ini di review sebelumnya, atau hapus `sebelumnya` bila OPD ini baru",
                en: "write the slug (folder name) this OPD had in the earlier review, or remove `sebelumnya` if the OPD is new")
        return DiagnosticMessage(
            .opdSebelumnyaUnknown,
            Bilingual(
                "`sebelumnya` menyebut OPD `\(former)`, yang tidak ada di arsip mana pun (\(years))",
                en: "`sebelumnya` names OPD `\(former)`, which is in no archive (\(years))"), hint: hint)
    }

    /// `archive.program-vanished`: the programme `id` (`title`) of the review of `year` (`path`) has
    /// no successor in this review.
    static func programVanished(_ id: String, title: String, year: Int, path: String) -> DiagnosticMessage {
        DiagnosticMessage(
            .archiveProgramVanished, "program `\(id)` (\(title)) ada di review \(year) (`\(path)`) tetapi tidak ada di review ini",
            en: "programme `\(id)` (\(title)) is in the \(year) review (`\(path)`) but not in this review",
            hint:
                "bila program dihentikan, kembalikan berkasnya dengan `status: batal`; bila dipindah ke OPD lain atau berganti nama berkas, tulis `sebelumnya: [\(id)]` di berkas barunya",
            hintEN:
                "if the programme was stopped, bring its file back with `status: batal`; if it moved to another OPD or its file was renamed, write `sebelumnya: [\(id)]` in its new file"
        )
    }
}
