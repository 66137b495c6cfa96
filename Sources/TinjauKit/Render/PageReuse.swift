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
/// that folder still holds. A view model holding a value the fingerprint cannot read (none does
/// today) makes its page render every time. Thread-safe: pages are rendered on all cores.
public final class PageReuse: @unchecked Sendable {
    private let previous: [String: String]
    private let available: @Sendable (String) -> Bool
    private let lock = NSLock()
    private var current: [String: String] = [:]
    private var keptCount = 0

    /// Reuse over `previous` (page path → fingerprint, for the output folder as it is), where
    /// `available` says whether the output still holds a file.
    public init(previous: [String: String], available: @escaping @Sendable (String) -> Bool) {
        self.previous = previous
        self.available = available
    }

    /// The fingerprint of every page rendered or kept in this build, by path.
    public var fingerprints: [String: String] { lock.withLock { current } }

    /// How many pages were kept without rendering.
    public var kept: Int { lock.withLock { keptCount } }

    /// Records the fingerprint of the page at `path` and tells whether the output's copy was made
    /// from the same one (then the page need not be rendered). A `nil` fingerprint is never reused.
    func record(_ path: String, fingerprint: String?) -> Bool {
        guard let fingerprint else { return false }
        let same = previous[path] == fingerprint && available(path)
        lock.withLock {
            current[path] = fingerprint
            if same { keptCount += 1 }
        }
        return same
    }
}

/// The fingerprint of a page: SHA-256 over its path, its template's digest and its view model,
/// walked in a fixed order (dictionary keys sorted) with every value tagged by its type and
/// length-prefixed, so that two different models never feed the hash the same bytes.
enum PageFingerprint {
    /// The fingerprint, or `nil` when the model holds a value of a type the walk does not know
    /// (the page is then rendered every time).
    static func of(path: String, template: String, context: PageContext) -> String? {
        var hasher = SHA256()
        feed(&hasher, "p", path)
        feed(&hasher, "t", template)
        guard add(context.page, to: &hasher), add(context.common, to: &hasher) else { return nil }
        return ContentHash.hex(hasher.finalize())
    }

    /// The names of a model type's fields, sorted (dictionary order differs between processes).
    nonisolated(unsafe) private static var sortedNames: [ObjectIdentifier: [String]] = [:]
    private static let namesLock = NSLock()

    private static func names(of type: any TemplateModel.Type) -> [String] {
        let key = ObjectIdentifier(type)
        if let names = namesLock.withLock({ sortedNames[key] }) { return names }
        let names = type.fieldNames.sorted()
        namesLock.withLock { sortedNames[key] = names }
        return names
    }

    private static func feed(_ hasher: inout SHA256, _ tag: StaticString, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var length = UInt64(bytes.count).littleEndian
            tag.withUTF8Buffer { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
        }
    }

    private static func add(_ value: Any, to hasher: inout SHA256) -> Bool {
        switch value {
        case let text as String: feed(&hasher, "s", text)
        case let flag as Bool: feed(&hasher, "b", flag ? "1" : "0")
        case let number as Int: feed(&hasher, "i", String(number))
        case let number as Int64: feed(&hasher, "i", String(number))
        case let number as Double: feed(&hasher, "d", String(number))
        case let model as any TemplateModel:
            let names = names(of: type(of: model))
            feed(&hasher, "m", String(names.count))
            for name in names {
                feed(&hasher, "k", name)
                guard add(model.child(named: name) as Any, to: &hasher) else { return false }
            }
        case let dictionary as [String: Any]:
            feed(&hasher, "{", String(dictionary.count))
            for key in dictionary.keys.sorted() {
                feed(&hasher, "k", key)
                guard add(dictionary[key]!, to: &hasher) else { return false }
            }
        case let array as [Any]:
            feed(&hasher, "[", String(array.count))
            for element in array {
                guard add(element, to: &hasher) else { return false }
            }
        case let optional as any AnyOptional:
            guard let wrapped = optional.wrappedValue else {
                feed(&hasher, "n", "")
                return true
            }
            return add(wrapped, to: &hasher)
        default: return false
        }
        return true
    }
}

/// An `Optional` seen as `Any`, so that the fingerprint can look inside it.
private protocol AnyOptional {
    var wrappedValue: Any? { get }
}

extension Optional: AnyOptional {
    fileprivate var wrappedValue: Any? { self.map { $0 as Any } }
}
