import Crypto
import Foundation

/// Which pages a build may take unchanged from the output folder instead of rendering them again
/// (issue 14: "a changed programme re-renders its own page, its OPD's and dimension's pages and the
/// pages whose aggregates actually changed, and nothing else").
///
/// A page's output is a function of its template (with the partials and parents it uses) and of
/// its view model alone: the renderer formats and computes nothing else. So each page gets a
/// *fingerprint*, the SHA-256 of its path, its template's digest and every value of its view model
/// (``PageFingerprint``), and a page whose fingerprint equals the one recorded when the output's
/// copy was written is not rendered: the writer keeps the file as it is. Which inputs and which
/// aggregates a page read needs no list kept by hand: whatever reached the view model is in the
/// fingerprint, so a changed total re-renders exactly the pages that show it.
///
/// The records come from ``BuildCache`` and are trusted only for the output folder they describe
/// (the marker's input digest equals the one the records were written with) and only for files
/// that folder still holds untouched (their stamp, inode, size and modification time, is the one
/// recorded after the build that wrote them: a page edited by hand is rendered again). Thread-safe: pages are rendered on all cores.
public final class PageReuse: @unchecked Sendable {
    private let previous: PageRecords
    private let available: @Sendable (String) -> Bool
    private let stamp: @Sendable (String) -> String?
    private let lock = NSLock()
    private var current: [String: String] = [:]
    private var keptCount = 0

    /// Reuse over `previous` (the records of the build that wrote the output folder as it is),
    /// where `available` says whether the output still holds a file and `stamp` gives its stamp
    /// now (``FileSystem/stamp(_:)``): a file touched since it was written is never kept.
    public init(
        previous: PageRecords, available: @escaping @Sendable (String) -> Bool,
        stamp: @escaping @Sendable (String) -> String?
    ) {
        self.previous = previous
        self.available = available
        self.stamp = stamp
    }

    /// The fingerprint of every page rendered or kept in this build, by path.
    public var fingerprints: [String: String] { lock.withLock { current } }

    /// How many pages were kept without rendering.
    public var kept: Int { lock.withLock { keptCount } }

    /// Records the fingerprint of the page at `path` and tells whether the output's copy was made
    /// from the same one (then the page need not be rendered).
    func record(_ path: String, fingerprint: String) -> Bool {
        let same =
            previous.fingerprints[path] == fingerprint && available(path)
            && previous.stamps[path].map { $0 == stamp(path) } == true
        lock.withLock {
            current[path] = fingerprint
            if same { keptCount += 1 }
        }
        return same
    }
}

/// The fingerprint of a page: SHA-256 over its path, its template's digest and its view model,
/// walked in a fixed order (each model's fields by name) with every value tagged by its kind and
/// length-prefixed, so that two different models never give the same bytes. The walk is typed:
/// each field feeds its value through ``TemplateValueType/fingerprint(into:)``, with no dynamic
/// cast; the bytes are gathered in a ``Buffer`` and hashed once.
enum PageFingerprint {
    /// The bytes fed to the hash.
    struct Buffer {
        fileprivate var bytes: [UInt8] = []

        /// Adds a tag and a number (little-endian).
        mutating func add(_ tag: UInt8, _ number: UInt64) {
            bytes.append(tag)
            withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
        }

        /// Adds a tag, the text's length in UTF-8 bytes and the text.
        mutating func add(_ tag: UInt8, _ text: String) {
            add(tag, UInt64(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// The fingerprint of the page at `path` made with the template whose digest is `template`
    /// from `context` (the page's model, then the shared part).
    static func of(path: String, template: String, context: PageContext) -> String {
        var buffer = Buffer()
        buffer.bytes.reserveCapacity(16 << 10)
        buffer.add(UInt8(ascii: "p"), path)
        buffer.add(UInt8(ascii: "t"), template)
        context.page.fingerprint(into: &buffer)
        context.common.fingerprint(into: &buffer)
        return ContentHash.of(buffer.bytes)
    }

    nonisolated(unsafe) private static var fieldOrders: [ObjectIdentifier: Any] = [:]
    private static let lock = NSLock()

    /// The fields of `Model` sorted by name (dictionary order differs between processes), made once
    /// per type.
    static func fieldOrder<Model: TemplateModel>(of _: Model.Type) -> [(name: String, field: TemplateField<Model>)] {
        let key = ObjectIdentifier(Model.self)
        if let order = lock.withLock({ fieldOrders[key] }) as? [(name: String, field: TemplateField<Model>)] { return order }
        let order = Model.fields.sorted { $0.key < $1.key }.map { (name: $0.key, field: $0.value) }
        lock.withLock { fieldOrders[key] = order }
        return order
    }
}
