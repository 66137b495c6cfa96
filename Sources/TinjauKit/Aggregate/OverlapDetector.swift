import Foundation

/// Two programmes of different OPDs that look alike: a candidate overlap
/// ("program yang bersinggungan antar-OPD", the 2020 review's first finding).
public struct OverlapPair: Hashable, Sendable {
    /// The first programme's id (`opd/slug`, the smaller of the two).
    public var first: String
    /// The second programme's id.
    public var second: String
    /// Similarity 0…1 (Jaccard index of the two word sets).
    public var similarity: Double
    /// The words both share, sorted.
    public var sharedWords: [String]
    /// Whether both are in the same dimension.
    public var sameDimension: Bool
    /// Whether both name the same element.
    public var sameElement: Bool
}

/// Finds overlapping programmes of different OPDs by comparing their words.
///
/// Method (documented on the methodology page): each programme's title,
/// keywords (`kata_kunci`) and indicator names are lower-cased, accents
/// removed, split into words at anything that is not a letter or digit, and
/// Indonesian stop words (and words of one or two letters) dropped. The
/// similarity of two programmes is the Jaccard index |A ∩ B| ÷ |A ∪ B| of their
/// word sets. Pairs of programmes led by different OPDs whose similarity is at
/// least the threshold are reported, most similar first; cancelled (`batal`)
/// programmes are left out.
public struct OverlapDetector: Sendable {
    /// Minimum similarity, 0…1 (`tumpang_tindih.ambang` in `tinjau.yml`; default 0,2).
    public var threshold: Double

    /// Creates a detector.
    public init(threshold: Double = 0.2) {
        self.threshold = threshold
    }

    /// Common Indonesian function words and generic programme words that say nothing about the subject.
    public static let stopWords: Set<String> = [
        "dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "oleh", "bagi", "serta",
        "para", "ini", "itu", "sebagai", "tentang", "antar", "secara", "per", "atas", "agar", "hingga", "sampai",
        "program", "kegiatan", "pengembangan", "peningkatan", "penyediaan", "pelaksanaan", "pembangunan",
        "kabupaten", "bantul", "daerah", "jumlah", "persentase", "tingkat", "berbasis", "terpadu", "sistem",
        "rata", "waktu", "aktif", "mengikuti", "baru", "tahun", "orang", "unit",
    ]

    /// The normalised word set of a text.
    public static func words(_ text: String) -> Set<String> {
        let folded = text.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
            .map { Character($0) }
        var result: Set<String> = []
        var current = ""
        for ch in String(folded).lowercased() + " " {
            if ch.isLetter || ch.isNumber { current.append(ch) } else {
                if current.count > 2 && !stopWords.contains(current) { result.insert(current) }
                current = ""
            }
        }
        return result
    }

    /// The word set of a programme: title, keywords and indicator names.
    public static func words(of program: Program) -> Set<String> {
        var text = program.title + " " + program.keywords.joined(separator: " ")
        for indicator in program.indicators { text += " " + indicator.name }
        return words(text)
    }

    /// Number of values two ascending arrays have in common.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// Every pair at or above the threshold, most similar first (ties by id).
    public func pairs(in programs: [Program]) -> [OverlapPair] {
        let candidates = programs.filter { $0.status != .batal }.sorted { $0.id < $1.id }
        let wordSets = candidates.map(Self.words(of:))
        // Prefix filtering (Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", 2007):
        // words are numbered from the rarest to the most common; two sets whose Jaccard index is at
        // least t must share a word among the first |A| - ceil(t·|A|) + 1 words of each, so only
        // those prefixes go into the inverted index. Exact, and far below N² comparisons.
        var frequency: [String: Int] = [:]
        for set in wordSets { for word in set { frequency[word, default: 0] += 1 } }
        let order = frequency.keys.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }
        var rank: [String: Int] = [:]
        for (index, word) in order.enumerated() { rank[word] = index }
        let tokens = wordSets.map { $0.map { rank[$0]! }.sorted() }
        var index: [Int: [Int]] = [:]
        var result: [OverlapPair] = []
        for i in candidates.indices where !tokens[i].isEmpty {
            let size = tokens[i].count
            let prefix = threshold > 0 ? min(size, size - Int((threshold * Double(size)).rounded(.up)) + 1) : size
            var seen = Set<Int>()
            for token in tokens[i].prefix(prefix) {
                for j in index[token] ?? [] where seen.insert(j).inserted && candidates[i].opdSlug != candidates[j].opdSlug {
                    // Count shared words by merging the two sorted id lists: no sets are built for the
                    // (many) candidates that fail; the words themselves only for pairs that pass.
                    let count = Self.sharedCount(tokens[i], tokens[j])
                    let similarity = Double(count) / Double(tokens[i].count + tokens[j].count - count)
                    guard count > 0, similarity >= threshold else { continue }
                    let shared = wordSets[i].intersection(wordSets[j])
                    let a = candidates[j], b = candidates[i]  // j < i, so a has the smaller id
                    result.append(OverlapPair(first: a.id, second: b.id, similarity: similarity, sharedWords: shared.sorted(),
                                              sameDimension: a.dimension == b.dimension,
                                              sameElement: a.element != nil && a.element == b.element))
                }
                index[token, default: []].append(i)
            }
        }
        return result.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.first, $0.second) < ($1.first, $1.second) }
    }

}
