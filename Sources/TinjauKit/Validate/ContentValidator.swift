/// Stage 3: checks what no single file can check alone: references between
/// files (OPDs, partners), years against the masterplan period, money and
/// indicators that make no sense, and a review without programmes.
///
/// Per-file typing (required fields, formats, unknown keys) and per-file rules (a
/// programme still holding `tinjau new`'s placeholder text) are done while
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
        let knownOPDs = Set(opdSlugs)
        let period = config.masterplanStart...max(config.masterplanStart, config.masterplanEnd)
        // A reversed period is reported by the parser (`review.period`); comparing years with it would
        // only add errors that go away with that fix.
        let periodKnown = config.masterplanEnd != 0 && config.masterplanStart <= config.masterplanEnd

        if content.programs.isEmpty {
            diagnostics.append(Diagnostic(.noPrograms, at: config.location(of: "judul")))
        }
        if config.reviewYear != 0 && !period.contains(config.reviewYear) && periodKnown {
            diagnostics.append(Diagnostic(.reviewYearOutside(config.reviewYear, period: period), at: config.location(of: "tahun_review")))
        }

        // An accidental copy (Windows' "lapor-warga - Copy.md", a file saved twice) has the same title as
        // another programme of its OPD and would be counted twice in every score.
        var firstWithTitle: [String: Program] = [:]
        for program in content.programs where !program.title.isEmpty {
            let key = program.opdSlug + "\u{0}" + Self.titleKey(program.title)
            guard let first = firstWithTitle[key] else {
                firstWithTitle[key] = program
                continue
            }
            diagnostics.append(Diagnostic(.duplicateTitle(of: first.sourcePath), at: program.location(of: "judul")))
        }
        var kept: [Program] = []
        for program in content.programs {
            guard knownOPDs.contains(program.opdSlug) else { continue }  // the loader reported the missing _index.md
            kept.append(program)
            for (field, year) in [("tahun_mulai", program.startYear), ("tahun_selesai", program.endYear)] {
                if let year, periodKnown, !period.contains(year) {
                    diagnostics.append(Diagnostic(.programYearOutside(field, year: year, period: period), at: program.location(of: field)))
                }
            }
            if let start = program.startYear, let end = program.endYear, start > end {
                diagnostics.append(Diagnostic(.programYearsReversed(start: start, end: end), at: program.location(of: "tahun_selesai")))
            }
            if let budget = program.budget, let realised = program.budgetRealised, realised > budget {
                diagnostics.append(Diagnostic(.budgetOver(realised: realised, budget: budget), at: program.location(of: "realisasi_anggaran")))
            }
            // `anggaran` written but invalid has its own error; only a missing one is reported here.
            if program.budgetRealised != nil && program.budget == nil && program.fieldLocations["anggaran"] == nil {
                diagnostics.append(Diagnostic(.budgetMissing, at: program.location(of: "realisasi_anggaran")))
            }
            if program.status == .tertunda && program.delayReason == nil && program.fieldLocations["alasan_tunda"] == nil {
                diagnostics.append(Diagnostic(.delayReasonMissing, at: program.location(of: "status")))
            }
            if program.delayReason != nil && program.status != .tertunda {
                diagnostics.append(Diagnostic(.delayReasonUnused(status: program.status), at: program.location(of: "alasan_tunda")))
            }
            for (index, partner) in program.partners.enumerated() {
                if partner == program.opdSlug {
                    diagnostics.append(Diagnostic(.partnerIsLead(partner), at: program.location(ofPartner: index)))
                } else if !knownOPDs.contains(partner) {
                    diagnostics.append(Diagnostic(.unknownPartner(partner, opds: opdSlugs), at: program.location(ofPartner: index)))
                }
            }
            for indicator in program.indicators {
                if let target = indicator.target, target.isZero, indicator.direction == .naik {
                    diagnostics.append(Diagnostic(.targetZero(indicator.name), at: indicator.location))
                }
                if let target = indicator.target, target.isNegative {
                    diagnostics.append(Diagnostic(.targetNegative(indicator.name, target: target), at: indicator.location(of: "target")))
                }
                if indicator.realisation != nil && program.status == .rencana {
                    diagnostics.append(Diagnostic(.realisedWhilePlanned(indicator.name), at: indicator.location))
                }
            }
        }
        // Unchanged when every programme's OPD is known: the indexes need not be made again.
        if kept.count != content.programs.count { content.programs = kept }
        return (content, diagnostics)
    }

    /// A title as compared for accidental copies: lower-cased, each run of white space one space,
    /// none at either end. An ASCII title (most) is done byte by byte; any other by characters.
    static func titleKey(_ title: String) -> String {
        guard title.utf8.allSatisfy({ $0 < 0x80 }) else {
            return title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var key: [UInt8] = []
        key.reserveCapacity(title.utf8.count)
        var space = false
        for byte in title.utf8 {
            // The ASCII characters `Character.isWhitespace` counts: tab, line feed, vertical tab,
            // form feed, carriage return and space.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                space = !key.isEmpty
                continue
            }
            if space { key.append(0x20) }
            space = false
            key.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        return String(decoding: key, as: UTF8.self)
    }
}
