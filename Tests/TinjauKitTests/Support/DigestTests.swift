import Crypto
import Testing

@testable import TinjauKit

/// ``Digest`` holds a SHA-256 as 32 bytes and gives back exactly the text ``ContentHash`` wrote, so
/// that every digest made from one is the digest made from its text before (cache keys, page keys).
@Suite("SHA-256 digests as 32 bytes")
struct DigestTests {
    /// The FIPS 180-2 example "abc" and the empty message, checked against `sha256sum`.
    static let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    static let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    @Test func itsTextIsContentHashs() throws {
        #expect(ContentHash.digest(of: Array("abc".utf8)).hex == Self.abc)
        #expect(ContentHash.digest(of: []).hex == Self.empty)
        #expect(ContentHash.digest(of: Array("abc".utf8)).hex == ContentHash.of(Array("abc".utf8)))
        #expect("\(ContentHash.digest(of: []))" == Self.empty)
    }

    @Test func readsBackFromItsText() throws {
        let digest = try #require(Digest(hex: Self.abc))
        #expect(digest == ContentHash.digest(of: Array("abc".utf8)))
        #expect(Digest(hex: Self.abc.uppercased()) == digest)
        // Anything but 64 hexadecimal digits is refused.
        #expect(Digest(hex: String(Self.abc.dropLast())) == nil)
        #expect(Digest(hex: Self.abc + "0") == nil)
        #expect(Digest(hex: "g" + Self.abc.dropFirst()) == nil)
        #expect(Digest(hex: "") == nil)
    }

    /// Digests order as their texts do (byte order), so sorted records stay sorted.
    @Test func ordersAsItsText() throws {
        let texts = ["a", "b", "abc", "", "tinjau", "bantul"].map { ContentHash.of(Array($0.utf8)) }
        let digests = try texts.map { try #require(Digest(hex: $0)) }
        #expect(digests.sorted().map(\.hex) == texts.sorted())
        #expect(Set(digests).count == texts.count)
    }

    /// Fed to another hash, a digest gives the bytes its text gives.
    @Test func feedsTheSameBytesAsItsText() throws {
        let digest = ContentHash.digest(of: Array("abc".utf8))
        var byText = ContentHash.Parts()
        byText.add("program")
        byText.add(digest.hex)
        var byValue = ContentHash.Parts()
        byValue.add("program")
        byValue.add(digest)
        #expect(byValue.value() == byText.value())
        #expect(byValue.value().hex == ContentHash.of(parts: ["program", Self.abc]))
        var text = PageFingerprint.Buffer()
        text.add(UInt8(ascii: "o"), digest.hex)
        var value = PageFingerprint.Buffer()
        value.add(UInt8(ascii: "o"), digest)
        #expect(value.digest() == text.digest())
    }

    /// The input digest's per-file number is the digest's first eight bytes in memory order.
    @Test func firstEightBytesAreTheInputDigestsNumber() {
        let bytes = Array("Kabupaten Bantul".utf8)
        #expect(ContentHash.digest(of: bytes).firstEightBytes == InputDigest.fileDigest(bytes))
        #expect(InputDigest.fileDigest(sha256: ContentHash.digest(of: bytes)) == InputDigest.fileDigest(bytes))
    }
}
