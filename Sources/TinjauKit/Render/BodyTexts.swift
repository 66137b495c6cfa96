import Foundation
import SystemPackage

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
/// scratch file. The file holds the texts from offset 0 up to ``memoryBase`` and memory the rest:
/// when no scratch file can be made, or writing to it fails (a full disk), later texts stay in
/// memory and the file keeps those it has. Thread-safe: the file is never closed before the store
/// is released, and what is in memory is read under the lock.
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
    /// The texts from ``memoryBase`` on.
    private var memory: [UInt8] = []
    /// The offset of `memory`'s first byte: the scratch file holds everything before it.
    private var memoryBase = 0
    private var file: Int32?
    /// Set once a scratch file could not be made or written: the texts stay in memory from then on.
    private var fileFailed = false
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
                if let file, !fileFailed {
                    if writeAll(bytes, to: file, at: size) {
                        size += bytes.count
                        memoryBase = size
                        return place
                    }
                    // The disk is full or failing: the file keeps what it has, the rest goes to memory.
                    fileFailed = true
                }
                memory.append(contentsOf: bytes)
                size += bytes.count
                if size > Self.spillThreshold && file == nil && !fileFailed { spill() }
                return place
            }
        }
    }

    /// The text at `place`. A text the scratch file cannot give back stops the process: a page must
    /// never be published with a body missing.
    func text(_ place: Place) -> String {
        let file = lock.withLock { () -> Int32? in
            place.offset >= memoryBase ? nil : self.file
        }
        guard let file else {
            return lock.withLock { String(decoding: memory[place.offset - memoryBase..<place.offset - memoryBase + place.length], as: UTF8.self) }
        }
        var bytes = [UInt8](repeating: 0, count: place.length)
        let descriptor = FileDescriptor(rawValue: file)
        var done = 0
        while done < place.length {
            // swift-system's read retries when interrupted; a short read goes on from where it stopped.
            let count = bytes.withUnsafeMutableBytes { buffer in
                try? descriptor.read(fromAbsoluteOffset: Int64(place.offset + done), into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
            }
            guard let count, count > 0 else { fatalError("tinjau: the scratch file of rendered bodies could not be read") }
            done += count
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Moves the texts in memory to a new scratch file, unlinked at once and closed on exec; stays in
    /// memory (for good) when none can be made. Called with the lock held.
    private func spill() {
        var template = Array((NSTemporaryDirectory() + "/tinjau-badan-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            fileFailed = true
            return
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        guard memory.withUnsafeBufferPointer({ writeAll($0, to: descriptor, at: memoryBase) }) else {
            close(descriptor)
            fileFailed = true
            return
        }
        file = descriptor
        memoryBase = size
        memory = []
    }

    /// Writes all of `bytes` at `offset` of `file` (swift-system retries short and interrupted writes).
    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to file: Int32, at offset: Int) -> Bool {
        (try? FileDescriptor(rawValue: file).writeAll(toAbsoluteOffset: Int64(offset), bytes)) != nil
    }
}
