import Foundation
import Testing
import TinjauTestSupport

@testable import TinjauKit

/// Synthetic reviews for the overlap detector: deterministic, no randomness from the system.
enum OverlapCorpora {
    /// A linear congruential generator (Knuth's MMIX constants), so that every run sees the same corpus.
    struct Generator {
        var state: UInt64
        mutating func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        /// A number in 0..<n.
        mutating func below(_ n: Int) -> Int { next() % n }
        /// A fraction in 0..<1.
        mutating func fraction() -> Double { Double(next() % 1_000_000) / 1_000_000 }
    }

    /// `count` programmes in 40 OPDs titled `Program Contoh 00001`, … each with the indicator
    /// `Capaian fisik kegiatan`: every cross-OPD pair looked alike to the old Jaccard detector.
    static func nearIdentical(_ count: Int) -> [Program] {
        (0..<count).map { i in
            let number = String(i + 1)
            let padded = String(repeating: "0", count: max(0, 5 - number.count)) + number
            return Program(
                slug: "contoh-\(padded)", opdSlug: "opd-\(i % 40)", title: "Program Contoh \(padded)", dimension: .governance,
                status: .berjalan, indicators: [Indicator(name: "Capaian fisik kegiatan", target: 1, location: SourceLocation(path: ""))])
        }
    }

    /// Common smart-city words of Indonesian masterplans, most common first.
    static let commonWords = [
        "aplikasi", "layanan", "data", "digital", "informasi", "online", "sistem", "publik", "masyarakat", "pelayanan",
        "elektronik", "terpadu", "smart", "desa", "kesehatan", "pendidikan", "pengaduan", "integrasi", "jaringan", "internet",
        "portal", "website", "monitoring", "evaluasi", "perizinan", "keuangan", "pajak", "retribusi", "pariwisata", "umkm",
        "pasar", "transportasi", "lalu", "lintas", "parkir", "sampah", "lingkungan", "bencana", "peringatan", "dini",
        "kependudukan", "arsip", "perpustakaan", "statistik", "satu", "peta", "geospasial", "cctv", "wifi", "command",
        "center", "dashboard", "kinerja", "pegawai", "absensi", "rapat", "surat", "tanda", "tangan", "pembayaran",
    ]

    /// `count` programmes in 40 OPDs whose titles (3–6 words), keywords (2–4) and indicators (1–3, of 2–4 words)
    /// draw from the first `vocabulary` ``commonWords`` with Zipf frequencies (word r with probability ∝ 1/r).
    static func zipf(_ count: Int, vocabulary: Int = 40, seed: UInt64 = 7) -> [Program] {
        let words = Array(commonWords.prefix(vocabulary))
        var cumulative: [Double] = []
        var total = 0.0
        for rank in 1...words.count {
            total += 1 / Double(rank)
            cumulative.append(total)
        }
        var random = Generator(state: seed)
        func word() -> String {
            let x = random.fraction() * total
            var lo = 0
            var hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            return words[lo]
        }
        func phrase(_ lengths: ClosedRange<Int>) -> String {
            (0..<(lengths.lowerBound + random.below(lengths.count))).map { _ in word() }.joined(separator: " ")
        }
        return (0..<count).map { i in
            let indicators = (0..<(1 + random.below(3))).map { _ in Indicator(name: phrase(2...4), target: 1, location: SourceLocation(path: "")) }
            return Program(
                slug: "p\(i)", opdSlug: "opd-\(i % 40)", title: phrase(3...6), dimension: .governance, status: .berjalan,
                indicators: indicators, keywords: (0..<(2 + random.below(3))).map { _ in word() })
        }
    }
}

@Suite("Overlapping programmes")
struct OverlapTests {
    func titled(_ slug: String, _ opd: String, _ title: String, keywords: [String] = [], status: ProgramStatus = .berjalan) -> Program {
        Program(slug: slug, opdSlug: opd, title: title, dimension: .governance, status: status, keywords: keywords)
    }

    func detect(_ programs: [Program], threshold: Double, k: Int = 5) -> OverlapResult {
        OverlapDetector(settings: OverlapSettings(threshold: threshold, maxPerProgram: k)).detect(programs)
    }

    func names(_ result: OverlapResult) -> [String] { result.pairs.map { "\($0.first)~\($0.second)" } }

    /// `tinjau serve` keeps the last overlaps (``OverlapMemo``) by ``OverlapDetector/inputKey(_:)``:
    /// the key must change with every field the detector reads, and only with those.
    @Test func theInputKeyFollowsWhatDetectionReadsAndNothingElse() {
        let detector = OverlapDetector(settings: OverlapSettings(threshold: 0.2, maxPerProgram: 5), region: "Kabupaten Bantul")
        let base = OverlapCorpora.nearIdentical(30)
        let key = detector.inputKey(base)
        #expect(detector.inputKey(base) == key)
        func changed(_ edit: (inout Program) -> Void) -> String {
            var programs = base
            edit(&programs[7])
            return detector.inputKey(programs)
        }
        // Read by the detector: each changes the key.
        let read: [(String, (inout Program) -> Void)] = [
            ("title", { $0.title += " Terpadu Baru" }),
            ("keywords", { $0.keywords = ["aplikasi"] }),
            ("indicator name", { $0.indicators[0].name = "Capaian fisik" }),
            ("batal", { $0.status = .batal }),
            ("dimension", { $0.dimension = .living }),
            ("element", { $0.element = "pendidikan" }),
            ("OPD", { $0.opdSlug = "opd-lain" }),
        ]
        for (field, edit) in read { #expect(changed(edit) != key, "\(field) must change the key") }
        // Not read: the key stays, so serve takes the kept result.
        let unread: [(String, (inout Program) -> Void)] = [
            ("target", { $0.indicators[0].target = 7 }),
            ("realisation", { $0.indicators[0].realisation = 3 }),
            ("budget", { $0.budget = 1_250_000_000 }),
            ("status other than batal", { $0.status = .selesai }),
        ]
        for (field, edit) in unread { #expect(changed(edit) == key, "\(field) must not change the key") }
        // The settings and the order of the programmes are read too.
        #expect(OverlapDetector(settings: OverlapSettings(threshold: 0.3, maxPerProgram: 5), region: "Kabupaten Bantul").inputKey(base) != key)
        #expect(OverlapDetector(settings: OverlapSettings(threshold: 0.2, maxPerProgram: 4), region: "Kabupaten Bantul").inputKey(base) != key)
        #expect(OverlapDetector(settings: OverlapSettings(threshold: 0.2, maxPerProgram: 5), region: "Kota Contoh").inputKey(base) != key)
        #expect(detector.inputKey(base.reversed()) != key)
    }

    /// The memo gives what detecting again would: the kept result while the inputs are the same,
    /// a new one as soon as a word changes.
    @Test func theMemoGivesWhatDetectingAgainGives() {
        let detector = OverlapDetector(settings: OverlapSettings(threshold: 0.2, maxPerProgram: 3))
        let memo = OverlapMemo()
        var programs = [
            titled("aduan", "dinas-a", "Aplikasi Pengaduan Masyarakat Online"),
            titled("lapor", "dinas-b", "Aplikasi Pengaduan Masyarakat Terintegrasi"),
            titled("pasar", "dinas-c", "Pasar Digital UMKM"),
        ]
        #expect(memo.detect(programs, with: detector) == detector.detect(programs))
        #expect(!memo.detect(programs, with: detector).pairs.isEmpty)
        programs[0].budget = 5_000_000
        #expect(memo.detect(programs, with: detector) == detector.detect(programs))
        programs[1].title = "Pasar Digital Kalurahan"
        let found = memo.detect(programs, with: detector)
        #expect(found == detector.detect(programs))
        #expect(names(found) == ["dinas-b/lapor~dinas-c/pasar"])
    }

    @Test func wordsAreNormalisedAndStopWordsDropped() {
        #expect(
            OverlapDetector.words("Pengembangan Aplikasi Pengaduan dan Layanan Publik di Kabupaten Bantul")
                == ["aplikasi", "pengaduan", "layanan", "publik", "bantul"])
        // The region's own name is a stop word of its review, another region's name is not.
        let bantul = OverlapDetector.stopWords(region: "Kabupaten Bantul")
        #expect(OverlapDetector.words("Aplikasi Lapor Bantul", ignoring: bantul) == ["aplikasi", "lapor"])
        #expect(OverlapDetector.words("Aplikasi Lapor Kota Contoh", ignoring: bantul) == ["aplikasi", "lapor", "kota", "contoh"])
        #expect(OverlapDetector.stopWords(region: "Kota Contoh").isSuperset(of: ["kota", "contoh"]))
        // "Wi-Fi" splits into "wi" and "fi", both too short to count; accents are folded.
        #expect(OverlapDetector.words("Wi-Fi Gratis Destinasi Wisata, Café") == ["gratis", "destinasi", "wisata", "cafe"])
    }

    @Test func cosineWithIDFIsComputedByHand() throws {
        // N = 4. Word sets: a {aplikasi, pengaduan, warga}, b {aplikasi, pengaduan, adminduk},
        // c {aplikasi, bank, sampah}, d {aplikasi, wisata}. Weights ln((N + 1) ÷ df):
        // aplikasi (df 4) x = ln(5/4) ≈ 0,223; pengaduan (df 2) y = ln(5/2) ≈ 0,916; every other word z = ln 5 ≈ 1,609.
        // a·b = x² + y²; ‖a‖² = ‖b‖² = x² + y² + z²; cos(a, b) = (x² + y²) ÷ (x² + y² + z²) ≈ 0,2556
        // (the Jaccard index would be 2 ÷ 4 = 0,5: "aplikasi", used by everyone, counted in full).
        // c and d share only "aplikasi" with anyone: cos(a, c) = x² ÷ (‖a‖·‖c‖) ≈ 0,012, below the threshold.
        let (x, y, z) = (log(5.0 / 4), log(5.0 / 2), log(5.0))
        let expected = (x * x + y * y) / (x * x + y * y + z * z)
        let programs = [
            titled("a", "dinas-a", "Aplikasi Pengaduan Warga"), titled("b", "dinas-b", "Aplikasi Pengaduan Adminduk"),
            titled("c", "dinas-c", "Aplikasi Bank Sampah"), titled("d", "dinas-d", "Aplikasi Wisata"),
        ]
        let result = detect(programs, threshold: 0.15)
        #expect(names(result) == ["dinas-a/a~dinas-b/b"])
        let pair = try #require(result.pairs.first)
        #expect(abs(pair.similarity - expected) < 1e-12)
        #expect(abs(expected - 0.2556) < 0.0001)
        #expect(pair.sharedWords == ["pengaduan", "aplikasi"])  // rarest first
        #expect(pair.sameDimension && !pair.sameElement)
        #expect(detect(programs, threshold: 0.26).pairs.isEmpty)
        #expect(result.comparedCount == 4)
        // df descending, ties alphabetical.
        #expect(result.commonWords.map(\.word) == ["aplikasi", "pengaduan", "adminduk", "bank", "sampah", "warga", "wisata"])
        #expect(result.commonWords.map(\.programs) == [4, 2, 1, 1, 1, 1, 1])
        #expect(abs(result.commonWords[0].idf - x) < 1e-15 && abs(result.commonWords[1].idf - y) < 1e-15)
        #expect(abs(result.commonWords[2].idf - z) < 1e-15)
        #expect(result.blockLimit == OverlapDetector.blockLimit && result.window == OverlapDetector.window)
        #expect(result.pairs(of: "dinas-b/b") == result.pairs && result.pairs(of: "dinas-c/c").isEmpty)
    }

    @Test func sameOPDAndCancelledProgrammesAreNeverReported() {
        let programs = [
            titled("a", "dinas-a", "Aplikasi Pengaduan Warga"), titled("b", "dinas-b", "Aplikasi Pengaduan Adminduk"),
            titled("c", "dinas-a", "Aplikasi Pengaduan Warga Desa"), titled("d", "dinas-c", "Bank Sampah"),
            titled("e", "dinas-c", "Aplikasi Pengaduan Warga", status: .batal),
        ]
        let result = detect(programs, threshold: 0.01)
        #expect(result.comparedCount == 4)
        // a ~ c (the most alike) share an OPD; e is cancelled.
        #expect(names(result) == ["dinas-a/a~dinas-b/b", "dinas-a/c~dinas-b/b"])
        #expect(!result.pairs.contains { $0.first.hasPrefix("dinas-c/") || $0.second.hasPrefix("dinas-c/") })
    }

    @Test func aWordOfEveryProgrammeWeighsAlmostNothing() {
        // Every programme shares "aplikasi" and "layanan": ln(4/3) ≈ 0,29 each against ln 4 ≈ 1,39 for its own
        // word, so the cosine is (2 × 0,083) ÷ (0,166 + 1,922) ≈ 0,079, far below the default threshold.
        let programs = [
            titled("a", "dinas-a", "Aplikasi Layanan Warga"), titled("b", "dinas-b", "Aplikasi Layanan Adminduk"),
            titled("c", "dinas-c", "Aplikasi Layanan Sampah"),
        ]
        #expect(detect(programs, threshold: 0.2).pairs.isEmpty)
        #expect(detect(programs, threshold: 0.07).pairs.count == 3)
        // Two identical programmes in a review of two still match (ln(3/2) > 0), at any threshold up to 1.
        let twins = [titled("a", "dinas-a", "Aplikasi Layanan"), titled("b", "dinas-b", "Layanan Aplikasi")]
        #expect(names(detect(twins, threshold: 1)) == ["dinas-a/a~dinas-b/b"])
        // The shared common words are listed after the telling ones.
        let mixed = programs + [titled("d", "dinas-d", "Aplikasi Layanan Sampah Organik")]
        #expect(detect(mixed, threshold: 0.1).pairs.map(\.sharedWords) == [["sampah", "aplikasi", "layanan"]])
    }

    @Test func identicalProgrammesMatchAtThresholdOne() {
        // The cosine of identical vectors may come out a hair below 1 in floating point.
        let programs = [
            titled("a1", "a", "Aplikasi Pengaduan Warga"), titled("a2", "a", "Jalan Desa Beton"),
            titled("b1", "b", "Aplikasi Pengaduan Warga"), titled("b2", "b", "Kebun Bibit Rakyat"),
        ]
        #expect(names(detect(programs, threshold: 1)) == ["a/a1~b/b1"])
    }

    @Test func duplicatesBeyondTheBlockLimitAreAllFound() {
        // 40 identical programmes in each of two OPDs (80 in one posting list, beyond the block limit of 64):
        // the window jumps over a programme's own OPD, so every one of them meets programmes of the other.
        var programs: [Program] = []
        for opd in ["a", "b"] {
            for i in 0..<40 { programs.append(titled("p\(i < 10 ? "0" : "")\(i)", opd, "Aplikasi Layanan Warga")) }
        }
        programs.append(titled("kota", "c", "Taman Kota"))
        let result = detect(programs, threshold: 0.2)
        let paired = Set(result.pairs.flatMap { [$0.first, $0.second] })
        #expect(paired.count == 80)
        #expect(result.groups.count == 1)
        // Each programme keeps at most K = 5 partners of its own, all of the other OPD.
        #expect(result.pairs.allSatisfy { $0.first.hasPrefix("a/") && $0.second.hasPrefix("b/") })
    }

    /// Every pair of different OPDs with cosine ≥ t, by brute force over all pairs, with the detector's own arithmetic.
    func bruteForce(_ programs: [Program], threshold t: Double) -> [(a: Int, b: Int, similarity: Double)] {
        let corpus = OverlapDetector.Corpus(programs)
        var result: [(a: Int, b: Int, similarity: Double)] = []
        for i in 0..<corpus.count {
            for j in (i + 1)..<max(i + 1, corpus.count) where corpus.program(i).opdSlug != corpus.program(j).opdSlug {
                let s = corpus.similarity(i, j)
                if s > 0 && s >= t { result.append((i, j, s)) }
            }
        }
        return result
    }

    /// A pseudo-random corpus of 300 programmes over 60 words: no posting list reaches the block limit.
    func randomCorpus() -> [Program] {
        var random = OverlapCorpora.Generator(state: 42)
        let vocabulary = (0..<60).map { "kata\($0)" }
        return (0..<300).map { i in
            titled(
                "p\(i)", "opd-\(i % 7)", (0..<(2 + random.below(6))).map { _ in vocabulary[random.below(vocabulary.count)] }.joined(separator: " "))
        }
    }

    @Test(arguments: [0.2, 0.35, 0.6])
    func candidateSearchIsExactOnSmallReviews(threshold: Double) {
        let programs = randomCorpus()
        let corpus = OverlapDetector.Corpus(programs)
        let slow = bruteForce(programs, threshold: threshold)
        #expect(slow.count > 20, "the corpus should have pairs at \(threshold)")
        // Before the top-K cut (K ≥ N keeps every match): exactly the brute-force pairs.
        let all = detect(programs, threshold: threshold, k: programs.count)
        #expect(Set(names(all)) == Set(slow.map { "\(corpus.ids[$0.a])~\(corpus.ids[$0.b])" }))
        #expect(all.pairs.count == slow.count)
        // Independently computed cosines agree.
        let sets = corpus.members.map { OverlapDetector.words(of: programs[$0]) }
        var df: [String: Int] = [:]
        for set in sets { for word in set { df[word, default: 0] += 1 } }
        func weight(_ w: String) -> Double { log(Double(sets.count + 1) / Double(df[w]!)) }
        let position = Dictionary(uniqueKeysWithValues: corpus.ids.enumerated().map { ($1, $0) })
        for pair in all.pairs {
            let a = sets[position[pair.first]!]
            let b = sets[position[pair.second]!]
            let dot = a.intersection(b).map { weight($0) * weight($0) }.reduce(0, +)
            let norms = (a.map { weight($0) * weight($0) }.reduce(0, +) * b.map { weight($0) * weight($0) }.reduce(0, +)).squareRoot()
            #expect(abs(pair.similarity - dot / norms) < 1e-12)
        }
        // After the cut: the union of every programme's K best, with the same rule applied to the brute-force pairs.
        for k in [1, 2, 5] {
            var matches = [[(partner: Int, similarity: Double)]](repeating: [], count: corpus.count)
            for pair in slow {
                matches[pair.a].append((pair.b, pair.similarity))
                matches[pair.b].append((pair.a, pair.similarity))
            }
            var expected = Set<String>()
            for (i, list) in matches.enumerated() {
                let best = list.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.partner < $1.partner }.prefix(k)
                for match in best { expected.insert("\(corpus.ids[min(i, match.partner)])~\(corpus.ids[max(i, match.partner)])") }
            }
            let cut = detect(programs, threshold: threshold, k: k)
            #expect(Set(names(cut)) == expected, "K = \(k)")
            #expect(cut.pairs.count == expected.count)
        }
    }

    /// Checks the top-K rule on a result: every reported pair is among the K best reported matches of
    /// one of its two programmes (a programme's K best are always reported, so they are its K best
    /// reported ones), and there are at most N·K pairs; pairs and groups are consistent and sorted.
    func checkShape(_ result: OverlapResult, programs: [Program]) {
        let k = result.settings.maxPerProgram
        #expect(result.pairs.count <= result.comparedCount * k)
        func best(_ id: String) -> [String] {
            let matches: [(partner: String, similarity: Double)] = result.pairs(of: id).map { pair in
                (pair.first == id ? pair.second : pair.first, pair.similarity)
            }
            let sorted = matches.sorted { x, y in x.similarity != y.similarity ? x.similarity > y.similarity : x.partner < y.partner }
            return sorted.prefix(k).map(\.partner)
        }
        let opd = Dictionary(uniqueKeysWithValues: programs.map { ($0.id, $0.opdSlug) })
        for pair in result.pairs {
            #expect(best(pair.first).contains(pair.second) || best(pair.second).contains(pair.first))
            #expect(pair.first < pair.second && opd[pair.first] != opd[pair.second])
            #expect(pair.similarity >= result.settings.threshold && pair.similarity <= 1)
            #expect(result.groups[pair.group].members.contains(pair.first) && result.groups[pair.group].members.contains(pair.second))
        }
        #expect(
            zip(result.pairs, result.pairs.dropFirst()).allSatisfy { a, b in
                a.similarity != b.similarity ? a.similarity > b.similarity : (a.first, a.second) < (b.first, b.second)
            })
        #expect(result.groups.flatMap(\.pairs).sorted() == Array(result.pairs.indices))
        #expect(result.groups.map(\.members.count).reduce(0, +) == Set(result.pairs.flatMap { [$0.first, $0.second] }).count)
    }

    @Test func eachProgrammeKeepsItsKBestMatches() {
        let programs = randomCorpus()
        for k in [1, 3] {
            let result = detect(programs, threshold: 0.2, k: k)
            checkShape(result, programs: programs)
            // With K = 1 some programme is chosen by several others: the union is more than N ÷ 2 pairs here,
            // yet no programme chooses more than one.
            #expect(result.pairs.count <= programs.count * k)
        }
    }

    @Test func groupsAreLinkedProgrammes() {
        // N = 6, weights ln(7 ÷ df). df: pengaduan 3 (ln 7/3 = 0,8473); aplikasi, adminduk, bank, sampah 2
        // (ln 3,5 = 1,2528); the rest 1 (ln 7 = 1,9459).
        // a = {aplikasi, pengaduan, warga}, b = {aplikasi, pengaduan, adminduk}, c = {pengaduan, adminduk, online},
        // d = {bank, sampah, digital}, e = {bank, sampah, sekolah}, f = {wisata, alam}.
        // ‖a‖² = ‖c‖² = 1,5694 + 0,7179 + 3,7866 = 6,0739; ‖b‖² = 3,8567; ‖d‖² = ‖e‖² = 6,9254.
        // cos(a, b) = cos(b, c) = (1,5694 + 0,7179) ÷ √(6,0739 × 3,8567) = 0,4726; cos(a, c) = 0,7179 ÷ 6,0739 = 0,1182;
        // cos(d, e) = 3,1388 ÷ 6,9254 = 0,4532. At 0,3: a–b–c is one group (a chain), d–e another, f alone.
        let programs = [
            titled("a", "opd-a", "Aplikasi Pengaduan Warga"), titled("b", "opd-b", "Aplikasi Pengaduan Adminduk"),
            titled("c", "opd-c", "Pengaduan Adminduk Online"), titled("d", "opd-d", "Bank Sampah Digital"),
            titled("e", "opd-e", "Bank Sampah Sekolah"), titled("f", "opd-a", "Wisata Alam"),
        ]
        let result = detect(programs, threshold: 0.3)
        #expect(names(result) == ["opd-a/a~opd-b/b", "opd-b/b~opd-c/c", "opd-d/d~opd-e/e"])
        #expect(result.pairs.map { ($0.similarity * 10_000).rounded() / 10_000 } == [0.4726, 0.4726, 0.4532])
        #expect(result.pairs[0].similarity == result.pairs[1].similarity)  // the same sums in the same order
        #expect(result.pairs.map(\.group) == [0, 0, 1])
        #expect(
            result.groups == [
                OverlapGroup(
                    members: ["opd-a/a", "opd-b/b", "opd-c/c"], pairs: [0, 1], strongest: result.pairs[0].similarity,
                    opds: ["opd-a", "opd-b", "opd-c"]),
                OverlapGroup(members: ["opd-d/d", "opd-e/e"], pairs: [2], strongest: result.pairs[2].similarity, opds: ["opd-d", "opd-e"]),
            ])
        #expect(result.pairs(of: "opd-b/b").count == 2 && result.pairs(of: "opd-f/f").isEmpty)
        checkShape(result, programs: programs)
        // The result does not depend on the input order.
        #expect(detect(programs.reversed(), threshold: 0.3) == result)
    }

    @Test func nearIdenticalTitlesCostNothing() {
        // "program" is a stop word; "contoh", "capaian" and "fisik" are in every programme (idf 0);
        // what is left, the number, is unique: no shared weight, no candidate, no pair.
        let programs = OverlapCorpora.nearIdentical(2_000)
        let result = OverlapDetector().detect(programs)
        #expect(result.comparedCount == 2_000)
        #expect(result.pairs.isEmpty && result.groups.isEmpty)
        #expect(result.comparisons == 0)
        #expect(result.commonWords.prefix(3).map(\.word) == ["capaian", "contoh", "fisik"])
    }

    @Test func zipfVocabularyStaysWithinNTimesK() {
        let programs = OverlapCorpora.zipf(2_000)
        let result = OverlapDetector(settings: OverlapSettings(threshold: 0.3)).detect(programs)
        #expect(!result.pairs.isEmpty)
        #expect(result.pairs.count <= 2_000 * 5)
        checkShape(result, programs: programs)
        // Every posting list of the common words is long: each programme is compared with a bounded number
        // of neighbours per prefix word, far from the 2 000 × 1 999 ÷ 2 ≈ 2 000 000 pairs.
        #expect(result.comparisons < 2_000 * 40 * OverlapDetector.window)
    }

    @Test func smallWindowsOnlyLoseMatchesAndStayDeterministic() {
        // With a tiny block limit and window the search is no longer exact, but it finds nothing that is not a match.
        let programs = OverlapCorpora.zipf(500, vocabulary: 30)
        let narrow = OverlapDetector(settings: OverlapSettings(threshold: 0.3, maxPerProgram: 500), blockLimit: 4, window: 2)
        let exact = OverlapDetector(settings: OverlapSettings(threshold: 0.3, maxPerProgram: 500), blockLimit: 1_000, window: 1)
        let found = narrow.detect(programs)
        let all = exact.detect(programs)
        #expect(Set(names(found)).isSubset(of: Set(names(all))))
        #expect(found.pairs.count < all.pairs.count)
        #expect(narrow.detect(programs.reversed()) == found)
        #expect(all.pairs.count == bruteForce(programs, threshold: 0.3).count)
    }

    @Test func theSeededBantulOverlapsAreFound() throws {
        let analysis = try SiteBuilder(fileSystem: LocalFileSystem()).analyse(
            BuildOptions(
                contentDirectory: packageRoot + "/content", templatesDirectory: packageRoot + "/templates",
                outputDirectory: NSTemporaryDirectory() + "tinjau-overlap-test"))
        let programs = analysis.content.programs
        let seeded = [
            "diskominfo/internet-gratis-kantor-kapanewon~dispar/wifi-gratis-destinasi-wisata",
            "bappeda/sistem-informasi-data-pembangunan~diskominfo/data-warehouse",
            "dinkopukmp/bantul-online-shop~disdag/pasar-seni-gabusan-online",
            "dinkopukmp/pelatihan-pemasaran-digital-umkm~disdag/pelatihan-e-commerce-pedagang-perajin",
            "disdukcapil/aplikasi-informasi-pengaduan-adminduk~diskominfo/lapor-bantul",
            "bappeda/geoportal-perencanaan~dpupkp/sistem-informasi-tata-ruang",
        ]
        let result = OverlapDetector().detect(programs)
        if ProcessInfo.processInfo.environment["TINJAU_OVERLAP_PRINT"] != nil {
            for t in [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5] {
                let r = detect(programs, threshold: t)
                print("threshold \(t): \(r.pairs.count) pairs, \(r.groups.count) groups, \(r.comparisons) comparisons")
                for p in r.pairs {
                    print(
                        String(
                            format: "  %.4f %@ %@ ~ %@ [%@]", p.similarity, seeded.contains("\(p.first)~\(p.second)") ? "*" : " ",
                            p.first, p.second, p.sharedWords.joined(separator: ", ")))
                }
            }
            print("common words:", result.commonWords.map { "\($0.word) \($0.programs) \(String(format: "%.3f", $0.idf))" })
        }
        #expect(Set(seeded).isSubset(of: Set(names(result))), "missing: \(Set(seeded).subtracting(names(result)).sorted())")
        // Besides the six, few groups: the cashless-payment programmes of four OPDs, and two kalurahan programmes.
        let others = result.groups.filter { group in !group.pairs.contains { seeded.contains(names(result)[$0]) } }
        #expect(others.count <= 2, "other groups: \(others.map(\.members))")
        #expect(result.groups.count == seeded.count + others.count)
        checkShape(result, programs: programs)
        // The site's own aggregates (the configured threshold) also list them.
        #expect(Set(seeded).isSubset(of: Set(names(analysis.aggregates.overlaps))))
    }
}
