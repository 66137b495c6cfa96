/// Suggestions for misspelt keys and values: the nearest valid word by edit distance.
enum Suggestion {
    /// English (and common) field names that editors type, mapped to tinjau's Indonesian ones.
    static let englishAliases: [String: String] = [
        "title": "judul", "name": "nama", "dimension": "dimensi", "element": "elemen", "status": "status",
        "term": "jangka", "start_year": "tahun_mulai", "end_year": "tahun_selesai", "year": "tahun_mulai",
        "budget": "anggaran", "realized_budget": "realisasi_anggaran", "realised_budget": "realisasi_anggaran",
        "funding": "sumber_dana", "source": "sumber_dana", "partners": "mitra", "indicators": "indikator",
        "indicator": "indikator", "keywords": "kata_kunci", "tags": "kata_kunci", "summary": "ringkasan",
        "description": "ringkasan", "delay_reason": "alasan_tunda", "abbreviation": "singkatan", "short": "singkatan",
        "it_operators": "operator_ti", "order": "urutan", "weight": "urutan", "unit": "satuan", "target": "target",
        "realization": "realisasi", "realisation": "realisasi", "direction": "arah", "illustration": "ilustrasi",
    ]

    /// Levenshtein distance over Unicode scalars.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased().unicodeScalars)
        let b = Array(b.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution: Int = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let edit: Int = Swift.min(previous[j] + 1, current[j - 1] + 1)
                current[j] = Swift.min(edit, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The nearest candidate within a third of the word's length (at least 2 edits).
    static func nearest(_ word: String, among candidates: [String]) -> String? {
        let limit = Swift.max(2, word.count / 3)
        var best: (word: String, distance: Int)?
        for candidate in candidates.sorted() {
            let d = distance(word, candidate)
            if d <= limit && (best == nil || d < best!.distance) { best = (candidate, d) }
        }
        return best?.word
    }

    /// "maksud Anda `x`?" plus the list of valid values.
    static func hint(for word: String, among candidates: [String], key: String?) -> String {
        let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
        if let best = nearest(word, among: candidates) {
            return "maksud Anda `\(key.map { "\($0): " } ?? "")\(best)`? Pilihan yang sah: \(list)"
        }
        return "pilihan yang sah: \(list)"
    }

    /// ``hint(for:among:key:)`` in English: "did you mean `x`?" plus the list of valid values.
    static func hintEN(for word: String, among candidates: [String], key: String?) -> String {
        let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
        if let best = nearest(word, among: candidates) {
            return "did you mean `\(key.map { "\($0): " } ?? "")\(best)`? Valid values: \(list)"
        }
        return "valid values: \(list)"
    }

    /// ``hint(for:among:key:)`` and ``hintEN(for:among:key:)`` together.
    static func hints(for word: String, among candidates: [String], key: String?) -> Bilingual {
        Bilingual(hint(for: word, among: candidates, key: key), en: hintEN(for: word, among: candidates, key: key))
    }
}
