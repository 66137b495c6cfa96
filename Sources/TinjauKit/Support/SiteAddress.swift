import Foundation

/// The public address of the site (`base_url`) and the absolute addresses made from it
/// (sitemap, `robots.txt`, canonical links, Open Graph, the 404 page, `datapackage.json`).
///
/// Every absolute address is written percent-encoded per RFC 3986: a path with spaces or
/// non-ASCII letters, as editors type it (`/Tinjauan Masterplan 2020/`, `/Café/`), is accepted,
/// normalised to Unicode NFC and written as UTF-8 percent-encoded bytes
/// (`/Tinjauan%20Masterplan%202020/`, `/Caf%C3%A9/`); an existing `%XX` is kept, so encoding is
/// idempotent.
public enum SiteAddress {
    /// Why a `base_url` is refused.
    public enum Problem: Error, Equatable, Sendable {
        /// Not an `http:` or `https:` address (or no scheme at all).
        case scheme
        /// No host name (`https:///x`).
        case host
        /// A host name that is not ASCII letters, digits, `-` and `.` (or an IP literal).
        case invalidHost(String)
        /// A user name or password (`https://user@host/`).
        case userInfo
        /// A query (`?…`) or fragment (`#…`).
        case queryOrFragment
        /// Foundation's URL parser refuses it.
        case unparsable
    }

    /// RFC 3986 §2.3 unreserved characters.
    static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".unicodeScalars)
    /// RFC 3986 §2.2 reserved characters (gen-delims and sub-delims).
    static let reserved = Set(":/?#[]@!$&'()*+,;=".unicodeScalars)
    /// What may stand unencoded in a path (RFC 3986 §3.3 `pchar` and `/`).
    static let pathCharacters = unreserved.union("!$&'()*+,;=:@/".unicodeScalars)

    /// `text` in Unicode NFC with every character outside `allowed` written as percent-encoded
    /// UTF-8 bytes (upper-case hex digits, RFC 3986 §2.1). A `%` followed by two hex digits is kept;
    /// any other `%` becomes `%25`.
    static func encode(_ text: String, allowed: Set<Unicode.Scalar>) -> String {
        let bytes = Array(text.precomposedStringWithCanonicalMapping.utf8)
        func isHex(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%"), i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) {
                out += bytes[i...i + 2]
                i += 3
                continue
            }
            if b < 0x80, allowed.contains(Unicode.Scalar(b)), b != UInt8(ascii: "%") {
                out.append(b)
            } else {
                out += [UInt8(ascii: "%"), digits[Int(b >> 4)], digits[Int(b & 0x0F)]]
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A whole address with every character that RFC 3986 does not allow percent-encoded
    /// (reserved characters keep their meaning).
    public static func percentEncoded(_ address: String) -> String {
        encode(address, allowed: unreserved.union(reserved))
    }

    /// Checks and normalises a `base_url` with Foundation's URL parser: the scheme must be `http`
    /// or `https`, there must be a host (ASCII: a domain name in its `xn--` form), and no user
    /// name, query or fragment. The path may hold spaces and non-ASCII letters; it is
    /// percent-encoded. A trailing `/` may be written or not: the result never ends in `/`.
    ///
    /// - Returns: the normalised address (`https://contoh.go.id/Tinjauan%20Masterplan%202020`: scheme
    ///   and host in lower case, no trailing slash), or the problem.
    public static func normalisedBase(_ text: String) -> Result<String, Problem> {
        let encoded = percentEncoded(text)
        guard let scheme = encoded.split(separator: ":", maxSplits: 1).first.map({ $0.lowercased() }),
            scheme == "http" || scheme == "https", encoded.dropFirst(scheme.count).hasPrefix("://")
        else {
            return .failure(.scheme)
        }
        guard let components = URLComponents(string: encoded) else { return .failure(.unparsable) }
        if components.percentEncodedUser != nil || components.percentEncodedPassword != nil { return .failure(.userInfo) }
        if components.percentEncodedQuery != nil || components.percentEncodedFragment != nil { return .failure(.queryOrFragment) }
        guard let host = components.percentEncodedHost, !host.isEmpty else { return .failure(.host) }
        let isIPLiteral = host.hasPrefix("[") && host.hasSuffix("]")
        let hostCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.".unicodeScalars)
        guard isIPLiteral || (host.unicodeScalars.allSatisfy(hostCharacters.contains) && !host.hasPrefix(".") && !host.hasPrefix("-")) else {
            return .failure(.invalidHost(host.removingPercentEncoding ?? host))
        }
        var path = encode(components.percentEncodedPath, allowed: pathCharacters)
        while path.hasSuffix("/") { path.removeLast() }
        let port = components.port.map { ":\($0)" } ?? ""
        return .success(scheme + "://" + host.lowercased() + port + path)
    }

    /// The public address of the file `path` (relative to the site root, `/` separators) under
    /// `base` (a normalised `base_url`): a page's `…/index.html` is written as its folder (`…/`).
    /// Percent-encoded whatever `base` and `path` hold.
    public static func absolute(base: String, path: String) -> String {
        let page = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
        return percentEncoded(base + "/" + page)
    }
}
