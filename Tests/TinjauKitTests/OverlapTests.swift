import Testing
@testable import TinjauKit

@Suite("Overlapping programmes")
struct OverlapTests {
    func titled(_ slug: String, _ opd: String, _ title: String, keywords: [String] = [], status: ProgramStatus = .berjalan) -> Program {
        Program(slug: slug, opdSlug: opd, title: title, dimension: .governance, status: status, keywords: keywords)
    }

    @Test func wordsAreNormalisedAndStopWordsDropped() {
        #expect(OverlapDetector.words("Pengembangan Aplikasi Pengaduan dan Layanan Publik di Kabupaten Bantul")
                == ["aplikasi", "pengaduan", "layanan", "publik"])
        // "Wi-Fi" splits into "wi" and "fi", both too short to count; accents are folded.
        #expect(OverlapDetector.words("Wi-Fi Gratis Destinasi Wisata, Café") == ["gratis", "destinasi", "wisata", "cafe"])
    }

    @Test func jaccardIsComputedByHandAndSameOPDPairsAreSkipped() {
        // A = {aplikasi, pengaduan, warga}, B = {aplikasi, pengaduan, adminduk}: 2 shared of 4 → 0,5.
        let programs = [titled("a", "dinas-a", "Aplikasi Pengaduan Warga"), titled("b", "dinas-b", "Aplikasi Pengaduan Adminduk"),
                        titled("c", "dinas-a", "Aplikasi Pengaduan Warga Desa"), titled("d", "dinas-c", "Bank Sampah"),
                        titled("e", "dinas-c", "Aplikasi Pengaduan Warga", status: .batal)]
        let pairs = OverlapDetector(threshold: 0.5).pairs(in: programs)
        #expect(pairs.map { "\($0.first)~\($0.second)" } == ["dinas-a/a~dinas-b/b"])
        #expect(pairs.first?.similarity == 0.5)
        #expect(pairs.first?.sharedWords == ["aplikasi", "pengaduan"])
        // At 0,4 the 4-word programme c joins: {aplikasi, pengaduan} of 5 words = 0,4.
        #expect(OverlapDetector(threshold: 0.4).pairs(in: programs).count == 2)
    }

    @Test func prefixFilteringFindsExactlyWhatAllPairsFinds() {
        // A deterministic pseudo-random corpus: every pair at or above the threshold, and nothing else.
        var state: UInt64 = 42
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        let vocabulary = (0..<60).map { "kata\($0)" }
        let programs = (0..<300).map { i in
            titled("p\(i)", "opd-\(i % 7)", (0..<(2 + next() % 6)).map { _ in vocabulary[next() % vocabulary.count] }.joined(separator: " "))
        }
        for threshold in [0.2, 0.35, 0.6] {
            let fast = OverlapDetector(threshold: threshold).pairs(in: programs).map { "\($0.first)~\($0.second)" }
            var slow: [String] = []
            let sets = programs.map(OverlapDetector.words(of:))
            for i in programs.indices { for j in programs.indices where j > i && programs[i].opdSlug != programs[j].opdSlug {
                let shared = sets[i].intersection(sets[j]).count
                if shared > 0 && Double(shared) / Double(sets[i].union(sets[j]).count) >= threshold {
                    slow.append([programs[i].id, programs[j].id].sorted().joined(separator: "~"))
                }
            } }
            #expect(Set(fast) == Set(slow), "threshold \(threshold)")
            #expect(fast.count == slow.count)
        }
    }
}
