import Testing
import TinjauTestSupport

@Suite("Test support: marked text")
struct MarkedTextTests {
    @Test func markersAreRemovedAndTheirPositionsCountUnicodeScalars() {
        let marked = MarkedText("1️⃣---\njudul: 2️⃣Café 3️⃣#1\r\n  4️⃣x\n")
        #expect(marked.text == "---\njudul: Café #1\r\n  x\n")
        #expect(marked["1️⃣"] == (1, 1))
        #expect(marked["2️⃣"] == (2, 8))
        #expect(marked["3️⃣"] == (2, 13))
        #expect(marked["4️⃣"] == (3, 3))
    }
}
