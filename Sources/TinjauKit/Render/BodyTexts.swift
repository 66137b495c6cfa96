import Foundation

/// Rendered bodies by key (programme id), held as bytes in one append-only store that moves to an
/// unnamed scratch file once it passes ``BodyStore/spillThreshold``: a programme's body is read once
/// or twice while its page is rendered, and the bodies of 100 000 programmes held as strings were
/// 230 MB of a build's memory. The file lives in the system's temporary folder, is unlinked as soon
/// as it is made (nothing is left behind, whatever ends the process) and is read with `pread(2)`.
///
/// To its users a dictionary from key to HTML: subscript, `count`, `keys`, iteration in key order.
/// Copies share the store (it only grows), each with its own keys. Equal when the same keys hold
/// the same texts.
public struct BodyTexts: Sendable, Codable, Hashable, Sequence {
    private var places: [String: BodyStore.Place] = [:]
    private var store = BodyStore()

    /// No bodies.
    public init() {}

    /// The text of `key`, or `nil`; setting a text appends it to the store.
    public subscript(key: String) -> String? {
        get { places[key].map(store.text) }
        set { places[key] = newValue.map(store.append) }
    }

    /// Makes room for `count` keys.
    public mutating func reserveCapacity(_ count: Int) { places.reserveCapacity(count) }

    /// How many keys have a text.
    public var count: Int { places.count }
    /// Whether no key has a text.
    public var isEmpty: Bool { places.isEmpty }
    /// The keys, sorted.
    public var keys: [String] { places.keys.sorted() }
    /// The texts, in key order.
    public var values: [String] { keys.map { store.text(places[$0]!) } }

    /// The keys and their texts in key order, each text read as it is reached.
    public func makeIterator() -> AnyIterator<(key: String, value: String)> {
        var keys = self.keys.makeIterator()
        return AnyIterator { keys.next().map { ($0, store.text(places[$0]!)) } }
    }

    /// A JSON object from key to text, as the dictionary it replaces was encoded.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: map { ($0.key, $0.value) }))
    }

    /// Reads a JSON object from key to text.
    /// - Throws: `DecodingError` when the value is not such an object.
    public init(from decoder: any Decoder) throws {
        let texts = try decoder.singleValueContainer().decode([String: String].self)
        for key in texts.keys.sorted() { self[key] = texts[key] }
    }

    public static func == (a: BodyTexts, b: BodyTexts) -> Bool {
        a.count == b.count && a.places.keys.allSatisfy { b.places[$0] != nil && a[$0] == b[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for (key, text) in self {
            hasher.combine(key)
            hasher.combine(text)
        }
    }
}

/// The append-only bytes behind ``BodyTexts``: in memory up to ``spillThreshold``, then in an unnamed
/// scratch file (in memory still when no scratch file can be made). Thread-safe.
final class BodyStore: @unchecked Sendable {
    /// Where one text is: its first byte and its length.
    struct Place: Sendable, Hashable {
        var offset: Int
        var length: Int
    }

    /// The size past which the texts move to a scratch file: 8 MiB (about 3 000 programme bodies),
    /// so that small reviews and tests never touch the disk.
    static let spillThreshold = 8 << 20

    private let lock = NSLock()
    private var memory: [UInt8] = []
    private var file: Int32?
    private var size = 0

    deinit {
        if let file { close(file) }
    }

    /// Appends `text` and says where it is.
    func append(_ text: String) -> Place {
        var text = text
        return text.withUTF8 { bytes in
            lock.withLock {
                let place = Place(offset: size, length: bytes.count)
                if let file {
                    if writeAll(bytes, to: file, at: size) {
                        size += bytes.count
                        return place
                    }
                    // The disk is full or failing: the texts written so far are read back (as zero bytes
                    // if even that fails, so that every place keeps its offset), the rest stay in memory.
                    memory = read(Place(offset: 0, length: size)) ?? [UInt8](repeating: 0, count: size)
                    close(file)
                    self.file = nil
                }
                memory.append(contentsOf: bytes)
                size += bytes.count
                if size > Self.spillThreshold { spill() }
                return place
            }
        }
    }

    /// The text at `place`.
    func text(_ place: Place) -> String {
        let file = lock.withLock { self.file }
        if let file {
            var bytes = [UInt8](repeating: 0, count: place.length)
            let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
                var done = 0
                while done < place.length {
                    let count = pread(file, buffer.baseAddress! + done, place.length - done, off_t(place.offset + done))
                    if count <= 0 { return false }
                    done += count
                }
                return true
            }
            if complete { return String(decoding: bytes, as: UTF8.self) }
        }
        return lock.withLock {
            // Out of range only when a scratch file failed before its texts could be read back.
            guard place.offset + place.length <= memory.count else { return "" }
            return String(decoding: memory[place.offset..<place.offset + place.length], as: UTF8.self)
        }
    }

    /// Moves the texts in memory to a new scratch file, unlinked at once; stays in memory when none
    /// can be made. Called with the lock held.
    private func spill() {
        var template = Array((NSTemporaryDirectory() + "/tinjau-badan-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        guard memory.withUnsafeBufferPointer({ writeAll($0, to: descriptor, at: 0) }) else {
            close(descriptor)
            return
        }
        file = descriptor
        memory = []
    }

    /// The bytes at `place` of the scratch file, or `nil`. Called with the lock held.
    private func read(_ place: Place) -> [UInt8]? {
        guard let file else { return nil }
        var bytes = [UInt8](repeating: 0, count: place.length)
        let count = bytes.withUnsafeMutableBytes { pread(file, $0.baseAddress, place.length, off_t(place.offset)) }
        return count == place.length ? bytes : nil
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to file: Int32, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = pwrite(file, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if count <= 0 { return false }
            done += count
        }
        return true
    }
}
