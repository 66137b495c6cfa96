import Foundation

/// Settings of the overlap detector (`tumpang_tindih` in `tinjau.yml`).
public struct OverlapSettings: Hashable, Sendable, Codable {
    /// Minimum cosine similarity 0…1 (`tumpang_tindih.ambang`) for two programmes to be reported.
    public var threshold: Double
    /// Matches kept per programme (`tumpang_tindih.maks_per_program`), ≥ 1: each programme keeps
    /// only its most similar partners, so that the list grows linearly with the review.
    public var maxPerProgram: Int

    /// Creates settings; `maxPerProgram` below 1 counts as 1.
    public init(threshold: Double = OverlapSettings.defaultThreshold, maxPerProgram: Int = 5) {
        self.threshold = threshold
        self.maxPerProgram = max(1, maxPerProgram)
    }

    /// The default threshold, 0,2 (the same number as the old Jaccard default, `tumpang_tindih.ambang`'s
    /// default in `tinjau.yml`). Tuned on the review shipped in `content/`: the weakest of its six seeded overlaps
    /// has a cosine of 0,24 (two GIS programmes whose many other words dilute the shared ones), so 0,25
    /// and above miss it; at 0,2 the only other pairs are a group of four cashless-payment programmes of
    /// four OPDs (0,24–0,34) and one pair of village (kalurahan) programmes (0,23).
    public static let defaultThreshold: Double = 0.2
}

/// Two programmes of different OPDs that look alike: a candidate overlap
/// ("program yang bersinggungan antar-OPD", the 2020 review's first finding).
public struct OverlapPair: Hashable, Sendable, Codable {
    /// The first programme's id (`opd/slug`, the smaller of the two).
    public var first: String
    /// The second programme's id.
    public var second: String
    /// Cosine similarity 0…1 of the two programmes' IDF-weighted word vectors (see ``OverlapDetector``).
    public var similarity: Double
    /// The words both share that carry weight (used by fewer than all programmes), rarest first
    /// (IDF descending, ties alphabetical).
    public var sharedWords: [String]
    /// Whether both are in the same dimension.
    public var sameDimension: Bool
    /// Whether both name the same element.
    public var sameElement: Bool
    /// Index of the pair's group in ``OverlapResult/groups``.
    public var group: Int
}

/// Programmes linked by reported pairs, directly or through each other ("kelompok"):
/// a set of programmes to coordinate together.
public struct OverlapGroup: Hashable, Sendable, Codable {
    /// Member programme ids (`opd/slug`), sorted.
    public var members: [String]
    /// Indices of the group's pairs in ``OverlapResult/pairs``, in that list's order (most similar first).
    public var pairs: [Int]
    /// The highest similarity 0…1 among the group's pairs.
    public var strongest: Double
    /// Slugs of the OPDs leading the members, sorted, without repeats.
    public var opds: [String]
}

/// A word with its frequency, for the methodology page.
public struct OverlapWord: Hashable, Sendable, Codable {
    /// The normalised word.
    public var word: String
    /// Number of compared programmes whose word set contains it (document frequency, df).
    public var programs: Int
    /// Its weight, ln((N + 1) ÷ df) (about 1/N for a word every programme uses).
    public var idf: Double
}

/// What ``OverlapDetector/detect(_:)`` found, with the figures the methodology page explains.
public struct OverlapResult: Hashable, Sendable, Codable {
    /// The settings used.
    public var settings: OverlapSettings
    /// N: programmes compared (every programme that is not `batal`).
    public var comparedCount: Int
    /// Reported pairs: the union of every programme's ``OverlapSettings/maxPerProgram`` best matches
    /// (at most N × K), by similarity descending, then first id, then second id.
    public var pairs: [OverlapPair]
    /// Groups of linked programmes, by strongest similarity descending, then size descending, then first member.
    public var groups: [OverlapGroup]
    /// The ten words used by most programmes (df descending, ties alphabetical), with df and IDF.
    public var commonWords: [OverlapWord]
    /// Posting lists up to this many programmes are compared pair by pair (``OverlapDetector/blockLimit``).
    public var blockLimit: Int
    /// In longer lists each programme is paired with this many nearest programmes of other OPDs on each side
    /// (``OverlapDetector/window``).
    public var window: Int
    /// Number of similarities computed (candidate pairs of different OPDs, each once): for each programme
    /// and each word of its prefix at most max(`blockLimit` − 1, 2 × `window`), so linear in N, never N².
    public var comparisons: Int
    /// Pair indices by programme id, built once.
    private var index: [String: [Int]]

    /// Creates a result; the per-programme index is built here.
    public init(
        settings: OverlapSettings, comparedCount: Int, pairs: [OverlapPair], groups: [OverlapGroup],
        commonWords: [OverlapWord], blockLimit: Int, window: Int, comparisons: Int
    ) {
        self.settings = settings
        self.comparedCount = comparedCount
        self.pairs = pairs
        self.groups = groups
        self.commonWords = commonWords
        self.blockLimit = blockLimit
        self.window = window
        self.comparisons = comparisons
        var index: [String: [Int]] = [:]
        for (i, pair) in pairs.enumerated() {
            index[pair.first, default: []].append(i)
            index[pair.second, default: []].append(i)
        }
        self.index = index
    }

    /// Nothing compared (a review without programmes).
    public static let empty = OverlapResult(
        settings: OverlapSettings(), comparedCount: 0, pairs: [], groups: [], commonWords: [],
        blockLimit: OverlapDetector.blockLimit, window: OverlapDetector.window, comparisons: 0)

    /// The reported pairs that involve `programID` (`opd/slug`), in ``pairs`` order; empty for an unknown id.
    public func pairs(of programID: String) -> [OverlapPair] {
        (index[programID] ?? []).map { pairs[$0] }
    }

    /// The stored form in an archive: every field but the per-programme index, which is rebuilt.
    enum CodingKeys: String, CodingKey {
        case settings, comparedCount, pairs, groups, commonWords, blockLimit, window, comparisons
    }

    /// Reads an archived result and rebuilds its index.
    /// - Throws: `DecodingError` when a field is missing or of the wrong type.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            settings: try c.decode(OverlapSettings.self, forKey: .settings), comparedCount: try c.decode(Int.self, forKey: .comparedCount),
            pairs: try c.decode([OverlapPair].self, forKey: .pairs), groups: try c.decode([OverlapGroup].self, forKey: .groups),
            commonWords: try c.decode([OverlapWord].self, forKey: .commonWords), blockLimit: try c.decode(Int.self, forKey: .blockLimit),
            window: try c.decode(Int.self, forKey: .window), comparisons: try c.decode(Int.self, forKey: .comparisons))
    }

    /// Writes every field but the index.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(settings, forKey: .settings)
        try c.encode(comparedCount, forKey: .comparedCount)
        try c.encode(pairs, forKey: .pairs)
        try c.encode(groups, forKey: .groups)
        try c.encode(commonWords, forKey: .commonWords)
        try c.encode(blockLimit, forKey: .blockLimit)
        try c.encode(window, forKey: .window)
        try c.encode(comparisons, forKey: .comparisons)
    }
}

/// Finds overlapping programmes of different OPDs by comparing their words, in time and
/// output linear in the number of programmes.
///
/// Method (documented on the methodology page):
/// 1. Words: each programme's title, keywords (`kata_kunci`) and indicator names are
///    lower-cased, accents removed, split into words at anything that is not a letter or
///    digit, and Indonesian stop words (``stopWords``, with the words of the region's name) and words of one or two letters
///    dropped. Cancelled (`batal`) programmes are not compared; N is the number compared.
/// 2. Weights: a word used by df of the N programmes weighs idf = ln((N + 1) ÷ df) (smoothed
///    inverse document frequency: a word every programme uses weighs ln(1 + 1/N) ≈ 1/N, almost
///    nothing; one used by half about ln 2 ≈ 0,69; a rare one ln N).
///    A programme is the vector of its words' weights (each word once), scaled to length 1.
/// 3. Similarity: the cosine of two vectors, Σ over shared words of idf² ÷ (‖a‖·‖b‖), 0…1,
///    summed rarest word first so that the result is the same to the last bit on every run.
/// 4. Candidates: only pairs that share a word in both programmes' *prefixes* (below) are
///    compared. Pairs of programmes in one posting list of at most ``blockLimit`` programmes are
///    all compared; in a longer list (many look-alike programmes) the programmes are sorted by
///    their words, rarest first, and each is compared with the ``window`` nearest programmes of
///    other OPDs on each side (jumping over its own OPD's programmes; the
///    "sorted neighbourhood" method of record linkage, Hernández and Stolfo 1995). On reviews of
///    realistic size the search is exact; on huge blocks of look-alikes its cost stays bounded.
/// 5. Keep: pairs of programmes led by different OPDs with similarity ≥ the threshold; each
///    programme keeps its K best (``OverlapSettings/maxPerProgram``; similarity descending, then
///    partner id), and the union of those is reported (at most N × K pairs).
/// 6. Groups: programmes linked by reported pairs form a group to coordinate (union-find).
public struct OverlapDetector: Sendable {
    /// The settings.
    public var settings: OverlapSettings
    /// Posting lists of at most this many programmes are compared pair by pair.
    public static let blockLimit = 64
    /// In longer posting lists each programme is paired with this many programmes that follow it in
    /// signature order (so it meets up to this many on each side).
    public static let window = 16
    /// This detector's block limit (``blockLimit``; smaller in tests).
    let blockLimit: Int
    /// This detector's window (``window``; smaller in tests).
    let window: Int

    /// The words left out of every programme's word set: ``stopWords(region:)``.
    let ignoring: Set<String>

    /// Creates a detector for a review of `region` (its name's words are stop words).
    public init(settings: OverlapSettings = OverlapSettings(), region: String = "") {
        self.init(settings: settings, blockLimit: Self.blockLimit, window: Self.window, region: region)
    }

    /// Creates a detector with another block limit and window (for tests).
    init(settings: OverlapSettings, blockLimit: Int, window: Int, region: String = "") {
        self.settings = settings
        self.ignoring = Self.stopWords(region: region)
        self.blockLimit = max(2, blockLimit)
        self.window = max(1, window)
    }

    /// Common Indonesian function words and generic programme words that say nothing about the subject.
    public static let stopWords: Set<String> = [
        "dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "oleh", "bagi", "serta",
        "para", "ini", "itu", "sebagai", "tentang", "antar", "secara", "per", "atas", "agar", "hingga", "sampai",
        "program", "kegiatan", "pengembangan", "peningkatan", "penyediaan", "pelaksanaan", "pembangunan",
        "kabupaten", "daerah", "jumlah", "persentase", "tingkat", "berbasis", "terpadu", "sistem",
        "rata", "waktu", "aktif", "mengikuti", "baru", "tahun", "orang", "unit",
    ]

    /// The stop words of a review of `region` (`wilayah` in `tinjau.yml`): ``stopWords`` and the words
    /// of the region's name (`Kota Contoh` → `kota`, `contoh`), which nearly every programme
    /// title of that region may contain.
    public static func stopWords(region: String) -> Set<String> {
        stopWords.union(words(region, ignoring: []))
    }

    /// The normalised word set of a text, without `ignoring` (by default ``stopWords``).
    public static func words(_ text: String, ignoring: Set<String> = stopWords) -> Set<String> {
        let folded = text.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
            .map { Character($0) }
        var result: Set<String> = []
        var current = ""
        for ch in String(folded).lowercased() + " " {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else {
                if current.count > 2 && !ignoring.contains(current) { result.insert(current) }
                current = ""
            }
        }
        return result
    }

    /// The word set of a programme: title, keywords and indicator names.
    public static func words(of program: Program, ignoring: Set<String> = stopWords) -> Set<String> {
        var text = program.title + " " + program.keywords.joined(separator: " ")
        for indicator in program.indicators { text += " " + indicator.name }
        return words(text, ignoring: ignoring)
    }

    /// The compared programmes as weighted word vectors, in flat arrays.
    struct Corpus {
        /// The programmes given (not copied).
        var source: [Program]
        /// The compared programmes (not `batal`) as indices into ``source``, sorted by id: a programme's
        /// index here orders it by id.
        var members: [Int]
        /// Their ids (`opd/slug`), computed once.
        var ids: [String]
        /// Words by id; ids are in rarity order: df ascending, ties alphabetical (= idf descending, ties alphabetical).
        var words: [String]
        /// df per word id.
        var df: [Int]
        /// idf per word id.
        var idf: [Double]
        /// Programme i's words with weight > 0 are `terms[offsets[i]..<offsets[i + 1]]`, ascending ids.
        var offsets: [Int]
        /// Word ids of every programme, one after the other.
        var terms: [Int32]
        /// ‖v‖ = √(Σ idf²) per programme (0: matches nothing).
        var norms: [Double]

        /// Number of programmes.
        var count: Int { members.count }

        /// Compared programme `i`.
        func program(_ i: Int) -> Program { source[members[i]] }

        /// The word ids of programme `i`, rarest first.
        func terms(of i: Int) -> ArraySlice<Int32> { terms[offsets[i]..<offsets[i + 1]] }

        /// Builds the vectors of the programmes that are not `batal`.
        init(_ all: [Program], ignoring: Set<String> = OverlapDetector.stopWords) {
            source = all
            let kept = all.indices.filter { all[$0].status != .batal }
            let keptIDs = kept.map { all[$0].id }
            let order = kept.indices.sorted { keptIDs[$0] < keptIDs[$1] }
            members = order.map { kept[$0] }
            ids = order.map { keptIDs[$0] }
            let sets = members.map { OverlapDetector.words(of: all[$0], ignoring: ignoring) }
            var frequency: [String: Int] = [:]
            for set in sets { for word in set { frequency[word, default: 0] += 1 } }
            words = frequency.keys.sorted { (frequency[$0]!, $0) < (frequency[$1]!, $1) }
            var id: [String: Int32] = [:]
            id.reserveCapacity(words.count)
            for (i, word) in words.enumerated() { id[word] = Int32(i) }
            df = words.map { frequency[$0]! }
            let n = Double(members.count)
            // Smoothed: a word of every programme weighs ln(1 + 1/N) ≈ 1/N, almost nothing, but not
            // nothing, so that two identical programmes in a tiny review (N = 2) still match.
            idf = df.map { log((n + 1) / Double($0)) }
            offsets = [0]
            offsets.reserveCapacity(members.count + 1)
            terms = []
            norms = []
            norms.reserveCapacity(members.count)
            for set in sets {
                var ids = set.map { id[$0]! }
                ids.removeAll { idf[Int($0)] == 0 }
                ids.sort()
                var squares = 0.0
                for w in ids { squares += idf[Int(w)] * idf[Int(w)] }
                terms += ids
                offsets.append(terms.count)
                norms.append(squares.squareRoot())
            }
        }

        /// Cosine similarity of programmes `i` and `j`: Σ over shared words of idf², rarest word first,
        /// ÷ (‖i‖·‖j‖); symmetric to the bit (the same additions in the same order). 0…1.
        func similarity(_ i: Int, _ j: Int) -> Double {
            var dot = 0.0
            var a = offsets[i]
            var b = offsets[j]
            let endA = offsets[i + 1]
            let endB = offsets[j + 1]
            while a < endA && b < endB {
                let x = terms[a]
                let y = terms[b]
                if x == y {
                    let weight = idf[Int(x)]
                    dot += weight * weight
                    a += 1
                    b += 1
                } else if x < y {
                    a += 1
                } else {
                    b += 1
                }
            }
            return dot == 0 ? 0 : min(1, dot / (norms[min(i, j)] * norms[max(i, j)]))
        }

        /// The words programmes `i` and `j` share (weight > 0), rarest first.
        func sharedWords(_ i: Int, _ j: Int) -> [String] {
            var result: [String] = []
            var a = offsets[i]
            var b = offsets[j]
            while a < offsets[i + 1] && b < offsets[j + 1] {
                if terms[a] == terms[b] {
                    result.append(words[Int(terms[a])])
                    a += 1
                    b += 1
                } else if terms[a] < terms[b] {
                    a += 1
                } else {
                    b += 1
                }
            }
            return result
        }

        /// Whether programme `i`'s signature (its word ids, rarest first) comes before `j`'s:
        /// lexicographic order, then index (= id).
        func signaturePrecedes(_ i: Int, _ j: Int) -> Bool {
            var a = offsets[i]
            var b = offsets[j]
            let endA = offsets[i + 1]
            let endB = offsets[j + 1]
            while a < endA && b < endB {
                if terms[a] != terms[b] { return terms[a] < terms[b] }
                a += 1
                b += 1
            }
            if a < endA || b < endB { return a == endA }  // a proper prefix comes first
            return i < j
        }

        /// Length of programme `i`'s prefix for threshold `t`: the shortest leading run of its words
        /// (rarest first) such that the remaining normalised weights have a norm < t/2.
        ///
        /// Why a pair with cosine ≥ t shares a word in both prefixes: let a, b be unit vectors with
        /// weights ≥ 0, A and B their prefixes, and suppose no shared word lies in both A and B. Every
        /// shared word is then outside A, or inside A and outside B, so
        ///   cos(a, b) = Σ_{w∉A} a_w·b_w + Σ_{w∈A, w∉B} a_w·b_w
        ///             ≤ ‖a outside A‖·‖b‖ + ‖a‖·‖b outside B‖   (Cauchy–Schwarz on each sum)
        ///             < t/2 · 1 + 1 · t/2 = t.
        /// Hence cosine ≥ t implies a shared word in A ∩ B, and indexing prefixes only loses nothing.
        /// The bound is tightened by a relative 10⁻⁹ so that rounding can only lengthen a prefix.
        func prefixLength(_ i: Int, threshold t: Double) -> Int {
            let start = offsets[i]
            let end = offsets[i + 1]
            guard end > start else { return 0 }
            let half = max(t, 0) / 2
            let bound = half * half * norms[i] * norms[i] * (1 - 1e-9)
            // remaining = Σ idf² of the words from position p on; shrink p from the end while it stays below the bound.
            var p = end - start
            var remaining = 0.0
            while p > 0 {
                let weight = idf[Int(terms[start + p - 1])]
                let next = remaining + weight * weight
                guard next < bound else { break }
                remaining = next
                p -= 1
            }
            return p
        }
    }

    /// A programme's K best matches, best first: similarity descending, then partner index (= id) ascending.
    struct TopK {
        let k: Int
        var similarity: [Double]
        var partner: [Int32]
        var count: [Int]

        init(programs: Int, k: Int) {
            self.k = k
            similarity = Array(repeating: 0, count: programs * k)
            partner = Array(repeating: -1, count: programs * k)
            count = Array(repeating: 0, count: programs)
        }

        /// Offers `other` with similarity `s` as a match of `program` (a partner offered twice is kept once).
        mutating func offer(_ program: Int, _ other: Int, _ s: Double) {
            let base = program * k
            var n = count[program]
            for slot in base..<(base + n) where partner[slot] == Int32(other) { return }
            func better(_ slot: Int) -> Bool { s > similarity[slot] || (s == similarity[slot] && Int32(other) < partner[slot]) }
            if n == k {
                guard better(base + k - 1) else { return }
                n -= 1
            }
            var slot = base + n
            while slot > base && better(slot - 1) {
                similarity[slot] = similarity[slot - 1]
                partner[slot] = partner[slot - 1]
                slot -= 1
            }
            similarity[slot] = s
            partner[slot] = Int32(other)
            count[program] = n + 1
        }
    }

    /// Every programme's K best matches (K = ``OverlapSettings/maxPerProgram``, capped at N) and the
    /// number of similarities computed. Memory O(N·K + Σ words); no list of all candidate pairs is kept.
    func matches(_ corpus: Corpus) -> (top: TopK, comparisons: Int) {
        let n = corpus.count
        let t = settings.threshold
        var top = TopK(programs: n, k: max(1, min(settings.maxPerProgram, n)))
        guard n > 1 else { return (top, 0) }
        // Prefixes and posting lists (word → programmes with the word in their prefix). The programmes are
        // added in signature order (word ids rarest first, lexicographic, then id), once for all lists, so that
        // every long list is already sorted for the sorted-neighbourhood window; `position` notes where each
        // programme sits in the list of each of its prefix words.
        var prefixEnd = [Int](repeating: 0, count: n)
        for i in 0..<n { prefixEnd[i] = corpus.offsets[i] + corpus.prefixLength(i, threshold: t) }
        let bySignature = (0..<n).sorted(by: corpus.signaturePrecedes)
        var postings = [[Int32]](repeating: [], count: corpus.words.count)
        var position = [Int32](repeating: -1, count: corpus.terms.count)
        for i in bySignature {
            for slot in corpus.offsets[i]..<prefixEnd[i] {
                let word = Int(corpus.terms[slot])
                position[slot] = Int32(postings[word].count)
                postings[word].append(Int32(i))
            }
        }
        // Programme by programme: candidates j > i, each once (stamp), each pair computed once.
        let opd = Dictionary(grouping: 0..<n, by: { corpus.program($0).opdSlug })
        var opdIndex = [Int](repeating: 0, count: n)
        for (k, slug) in opd.keys.sorted().enumerated() { for i in opd[slug]! { opdIndex[i] = k } }
        // For each long list: from each position, the next (and previous) position whose programme belongs
        // to another OPD than the one there, so that a window can jump over a run of one OPD at once.
        var jumps: [Int: (next: [Int32], previous: [Int32])] = [:]
        for (word, list) in postings.enumerated() where list.count > blockLimit {
            var next = [Int32](repeating: Int32(list.count), count: list.count)
            var previous = [Int32](repeating: -1, count: list.count)
            for q in stride(from: list.count - 2, through: 0, by: -1) {
                next[q] = opdIndex[Int(list[q + 1])] != opdIndex[Int(list[q])] ? Int32(q + 1) : next[q + 1]
            }
            for q in 1..<list.count {
                previous[q] = opdIndex[Int(list[q - 1])] != opdIndex[Int(list[q])] ? Int32(q - 1) : previous[q - 1]
            }
            jumps[word] = (next, previous)
        }
        var stamp = [Int](repeating: -1, count: n)
        var comparisons = 0
        for i in 0..<n {
            func consider(_ j: Int) {
                guard j > i, stamp[j] != i else { return }
                stamp[j] = i
                guard opdIndex[i] != opdIndex[j] else { return }
                comparisons += 1
                let s = corpus.similarity(i, j)
                // The cosine of two identical programmes may come out a hair below 1 in floating point.
                guard s > 0, s >= t - 1e-12 else { return }
                top.offer(i, j, s)
                top.offer(j, i, s)
            }
            /// A candidate from a long list's window, on either side of `i` (the window skips `i`'s own OPD).
            func considerEitherSide(_ j: Int) {
                guard j != i, stamp[j] != i else { return }
                if j > i {
                    consider(j)
                    return
                }
                stamp[j] = i
                comparisons += 1
                let s = corpus.similarity(i, j)
                guard s > 0, s >= t - 1e-12 else { return }
                top.offer(i, j, s)
                top.offer(j, i, s)
            }
            for slot in corpus.offsets[i]..<prefixEnd[i] {
                let list = postings[Int(corpus.terms[slot])]
                if list.count <= blockLimit {
                    for j in list { consider(Int(j)) }
                } else {
                    // The `window` nearest programmes of other OPDs on each side, jumping over runs of `i`'s
                    // own OPD (whose programmes are never paired with it): at most 2 × `window` steps a side.
                    let word = Int(corpus.terms[slot])
                    let own = opdIndex[i]
                    let (next, previous) = jumps[word]!
                    var q = Int(position[slot]) + 1
                    var found = 0
                    while found < window && q < list.count {
                        if opdIndex[Int(list[q])] == own {
                            q = Int(next[q])
                        } else {
                            considerEitherSide(Int(list[q]))
                            found += 1
                            q += 1
                        }
                    }
                    q = Int(position[slot]) - 1
                    found = 0
                    while found < window && q >= 0 {
                        if opdIndex[Int(list[q])] == own {
                            q = Int(previous[q])
                        } else {
                            considerEitherSide(Int(list[q]))
                            found += 1
                            q -= 1
                        }
                    }
                }
            }
        }
        return (top, comparisons)
    }

    /// The SHA-256 (64 hexadecimal digits) of everything ``detect(_:)`` reads: this detector's
    /// settings, stop words, block limit and window, and of each programme in the order given its
    /// id, OPD, whether it is `batal`, title, keywords, indicator names, dimension and element.
    /// Two calls with the same key find the same result (``OverlapMemo``); a field the detector
    /// does not read (an indicator's target, the budget, the body) leaves the key as it was.
    public func inputKey(_ programs: [Program]) -> String {
        var key = ContentHash.Parts()
        key.add("overlap-2")
        key.add(Int(bitPattern: UInt(settings.threshold.bitPattern)))
        key.add(settings.maxPerProgram)
        key.add(blockLimit)
        key.add(window)
        let stopWords = ignoring.sorted()
        key.add(stopWords.count)
        for word in stopWords { key.add(word) }
        key.add(programs.count)
        // The programmes a block of 512 at a time, each block's digest made on all cores (10 000
        // programmes one after the other took 40 ms of a rebuild), then the blocks' digests in order.
        let blocks = stride(from: 0, to: programs.count, by: 512).map { $0..<min($0 + 512, programs.count) }
        let digests = Parallel.map(blocks) { block in
            var part = ContentHash.Parts()
            for program in programs[block] {
                part.add(program.id)
                part.add(program.opdSlug)
                part.add(program.status == .batal ? 1 : 0)
                part.add(program.title)
                part.add(program.keywords.count)
                for keyword in program.keywords { part.add(keyword) }
                part.add(program.indicators.count)
                for indicator in program.indicators { part.add(indicator.name) }
                part.add(program.dimension.rawValue)
                part.add(program.element == nil ? 0 : 1)
                part.add(program.element ?? "")
            }
            return part.digest()
        }
        for digest in digests { key.add(digest) }
        return key.digest()
    }

    /// Finds the overlapping programmes of `programs` (any order; `batal` ones are skipped).
    public func detect(_ programs: [Program]) -> OverlapResult {
        let corpus = Corpus(programs, ignoring: ignoring)
        let n = corpus.count
        let (top, comparisons) = matches(corpus)
        // The union of every programme's K best, each pair once (smaller index first).
        var found: [(a: Int, b: Int, similarity: Double)] = []
        for i in 0..<n {
            for slot in i * top.k..<(i * top.k + top.count[i]) {
                let j = Int(top.partner[slot])
                found.append((min(i, j), max(i, j), top.similarity[slot]))
            }
        }
        found.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        var unique: [(a: Int, b: Int, similarity: Double)] = []
        for pair in found where unique.last.map({ ($0.a, $0.b) != (pair.a, pair.b) }) ?? true { unique.append(pair) }
        // Indices follow ids, so (a, b) order is (first id, second id) order.
        unique.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.a, $0.b) < ($1.a, $1.b) }

        // Groups: union-find over the reported pairs.
        var parent = Array(0..<n)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for pair in unique {
            let (x, y) = (root(pair.a), root(pair.b))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        var groupOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        var pairIndices: [[Int]] = []
        var strongest: [Double] = []
        for (index, pair) in unique.enumerated() {
            let r = root(pair.a)
            if groupOfRoot[r] == nil {
                groupOfRoot[r] = members.count
                members.append([])
                pairIndices.append([])
                strongest.append(0)
            }
            let g = groupOfRoot[r]!
            pairIndices[g].append(index)
            strongest[g] = max(strongest[g], pair.similarity)
            members[g] += [pair.a, pair.b]
        }
        for g in members.indices { members[g] = Array(Set(members[g])).sorted() }
        let order = members.indices.sorted { x, y in
            if strongest[x] != strongest[y] { return strongest[x] > strongest[y] }
            if members[x].count != members[y].count { return members[x].count > members[y].count }
            return members[x][0] < members[y][0]
        }
        var newIndex = [Int](repeating: 0, count: order.count)
        for (position, g) in order.enumerated() { newIndex[g] = position }
        let groups = order.map { g in
            OverlapGroup(
                members: members[g].map { corpus.ids[$0] }, pairs: pairIndices[g], strongest: strongest[g],
                opds: Array(Set(members[g].map { corpus.program($0).opdSlug })).sorted())
        }
        let pairs = unique.map { pair in
            let a = corpus.program(pair.a)
            let b = corpus.program(pair.b)
            return OverlapPair(
                first: corpus.ids[pair.a], second: corpus.ids[pair.b], similarity: pair.similarity,
                sharedWords: corpus.sharedWords(pair.a, pair.b),
                sameDimension: a.dimension == b.dimension, sameElement: a.element != nil && a.element == b.element,
                group: newIndex[groupOfRoot[root(pair.a)]!])
        }
        let common = corpus.words.indices.sorted { (-corpus.df[$0], corpus.words[$0]) < (-corpus.df[$1], corpus.words[$1]) }.prefix(10)
        return OverlapResult(
            settings: settings, comparedCount: n, pairs: pairs, groups: groups,
            commonWords: common.map { OverlapWord(word: corpus.words[$0], programs: corpus.df[$0], idf: corpus.idf[$0]) },
            blockLimit: blockLimit, window: window, comparisons: comparisons)
    }
}

/// The overlaps of the last build that detected them, kept by a long-running process (`tinjau
/// serve`, in ``BuildMemory``): an edit that leaves every field the detector reads as it was (an
/// indicator's target or realisation, a budget, a status other than `batal`) takes them instead of
/// comparing every programme again (at 10 000 programmes, three quarters of the aggregate stage).
/// The key is ``OverlapDetector/inputKey(_:)``, so a result is taken only for the same inputs.
///
/// Thread-safe.
public final class OverlapMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (key: String, result: OverlapResult)?

    /// An empty memo.
    public init() {}

    /// What `detector` finds in `programs`: the kept result when the inputs are those it was made
    /// from, else found now and kept instead.
    public func detect(_ programs: [Program], with detector: OverlapDetector) -> OverlapResult {
        let key = detector.inputKey(programs)
        // An outdated result is let go before detecting: at 100 000 programmes it is tens of megabytes.
        let kept: OverlapResult? = lock.withLock {
            if let last, last.key == key { return last.result }
            last = nil
            return nil
        }
        if let kept { return kept }
        let result = detector.detect(programs)
        lock.withLock { last = (key, result) }
        return result
    }
}
