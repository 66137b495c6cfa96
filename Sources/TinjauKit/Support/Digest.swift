import Crypto

/// A SHA-256 digest (FIPS 180-4) held as its 32 bytes in four 64-bit words: no allocation and 32
/// bytes inline, where the same digest as 64 hexadecimal digits in a `String` took 16 bytes inline
/// and a 96-byte block of heap. `tinjau serve` keeps about ten digests per programme between
/// builds (its memos, the parse cache and the page records), so at 100 000 programmes the
/// strings alone were about 100 MB (issue 14, heaptrack; see docs/performance.md).
///
/// Its text (``hex``) is the lowercase hexadecimal form ``ContentHash`` gives, and a digest fed to
/// another hash (``ContentHash/Parts/add(_:)-(Digest)``, ``PageFingerprint/Buffer/add(_:_:)-(_,Digest)``)
/// feeds those 64 digits, so every digest made from one is the one made from its text before.
public struct Digest: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The bytes, eight per word, the first byte the most significant (so that words compare as
    /// the bytes do).
    private var w0: UInt64
    private var w1: UInt64
    private var w2: UInt64
    private var w3: UInt64

    /// The digest SHA-256 gave.
    public init(_ digest: SHA256.Digest) {
        (w0, w1, w2, w3) = digest.withUnsafeBytes { raw in
            func word(_ index: Int) -> UInt64 { UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
            return (word(0), word(1), word(2), word(3))
        }
    }

    /// The digest written as 64 hexadecimal digits (either case), or `nil` for any other text.
    public init?(hex text: some StringProtocol) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var count = 0
        for byte in text.utf8 {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            switch count / 16 {
            case 0: words.0 = words.0 << 4 | UInt64(value)
            case 1: words.1 = words.1 << 4 | UInt64(value)
            case 2: words.2 = words.2 << 4 | UInt64(value)
            case 3: words.3 = words.3 << 4 | UInt64(value)
            default: return nil
            }
            count += 1
        }
        guard count == 64 else { return nil }
        (w0, w1, w2, w3) = words
    }

    /// Calls `body` with the 64 lowercase hexadecimal digits' UTF-8 bytes, made on the stack.
    public func withHexBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            let digits: StaticString = "0123456789abcdef"
            func put(_ word: UInt64, at start: Int) {
                for nibble in 0..<16 {
                    let value = Int(truncatingIfNeeded: word >> UInt64(60 - 4 * nibble)) & 0x0F
                    buffer[start + nibble] = digits.utf8Start[value]
                }
            }
            put(w0, at: 0)
            put(w1, at: 16)
            put(w2, at: 32)
            put(w3, at: 48)
            return try body(UnsafeRawBufferPointer(buffer))
        }
    }

    /// The 64 lowercase hexadecimal digits, as ``ContentHash`` writes a digest.
    public var hex: String {
        withHexBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The first eight bytes read in the machine's byte order, as `loadUnaligned(as: UInt64.self)`
    /// reads them from the digest's bytes.
    public var firstEightBytes: UInt64 { w0.bigEndian }

    /// ``hex``.
    public var description: String { hex }

    /// Byte order, which is the order of ``hex``.
    public static func < (lhs: Digest, rhs: Digest) -> Bool {
        (lhs.w0, lhs.w1, lhs.w2, lhs.w3) < (rhs.w0, rhs.w1, rhs.w2, rhs.w3)
    }
}
