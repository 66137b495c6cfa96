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

    /// No bodies yet, kept in `store` (a ``BodyMemo``'s), where texts already there can be given by
    /// place (``setPlace(_:for:)``) without being copied.
    init(sharing store: BodyStore) {
        self.store = store
    }

    /// Gives `key` the text at `place` of this value's store (a place ``BodyStore/append(_:)`` of
    /// that store returned).
    mutating func setPlace(_ place: BodyStore.Place, for key: String) {
        places[key] = place
    }

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
