import Foundation

/// Writes and reads archives (`content/arsip/<year>.json`).
///
/// Writing is deterministic: the same review gives the same bytes (keys sorted, two-space
/// indentation, `/` not escaped, a final newline), so that an archive committed in git never shows
/// a spurious change. Reading checks the file before trusting it: well-formed JSON (else
/// `archive.syntax` at the line and column of the first fault), a format version this tinjau reads
/// (`archive.newer`), the year of the file name (`archive.year`), and every field of the snapshot
/// (`archive.structure` at the offending value).
///
/// Version policy: a snapshot written by a newer format version is refused with the version of
/// tinjau that wrote it; an older version is migrated on reading for as long as tinjau can (format 1
/// is the first, so there is nothing to migrate yet); a version tinjau can no longer migrate is
/// refused with the tinjau version to build it with (docs/content-format.md, "Archives").
public enum ArchiveCodec {
    /// The archive's path inside the content folder for `year`: `arsip/2020.json`.
    public static func relativePath(year: Int) -> String { "arsip/\(year).json" }

    /// The bytes of `snapshot`.
    /// - Throws: `EncodingError` when a value cannot be written (a floating-point similarity that is
    ///   not finite, which the overlap detector never produces).
    public static func encode(_ snapshot: ReviewSnapshot) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(snapshot))
        bytes.append(0x0A)
        return bytes
    }

    /// The parts of a snapshot read first, to refuse a file of another version before reading the rest.
    private struct Header: Decodable {
        var schemaVersion: Int?
        var tinjauVersion: String?
        var year: Int?
    }

    /// Reads the archive at `path` whose file name says `year`.
    /// - Returns: the archived review, or `nil` with the errors that make it unusable.
    public static func decode(_ bytes: [UInt8], path: String, year: Int) -> (ArchivedReview?, [Diagnostic]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [Diagnostic(.archiveNotUTF8(path), at: SourceLocation(path: path))])
        }
        if let fault = JSONLocator.syntaxError(in: text) {
            return (
                nil,
                [
                    Diagnostic(
                        .archiveNotJSON(path, expected: Bilingual(fault.expected)),
                        at: SourceLocation(path: path, line: fault.line, column: fault.column))
                ]
            )
        }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        func at(_ steps: [JSONLocator.Step]) -> SourceLocation {
            JSONLocator.position(of: steps, in: text).map { SourceLocation(path: path, line: $0.line, column: $0.column) }
                ?? SourceLocation(path: path)
        }
        let header = (try? decoder.decode(Header.self, from: data)) ?? Header()
        guard let version = header.schemaVersion, version >= 1 else {
            return (nil, [Diagnostic(.archiveWithoutVersion(path), at: at([.key("schemaVersion")]))])
        }
        let writer = header.tinjauVersion ?? "?"
        if version > ReviewSnapshot.currentSchemaVersion {
            return (
                nil,
                [
                    Diagnostic(
                        .archiveNewer(writer: writer, version: version, readable: ReviewSnapshot.currentSchemaVersion),
                        at: at([.key("schemaVersion")]))
                ]
            )
        }
        if header.year != year {
            return (nil, [Diagnostic(.archiveYearMismatch(path, year: year, written: header.year), at: at([.key("year")]))])
        }
        do {
            let snapshot = try decoder.decode(ReviewSnapshot.self, from: data)
            guard snapshot.config.reviewYear == year else {
                return (
                    nil,
                    [
                        Diagnostic(
                            .archiveReviewYearMismatch(path, year: year, stored: snapshot.config.reviewYear),
                            at: at([.key("config"), .key("reviewYear")]))
                    ]
                )
            }
            return (ArchivedReview(snapshot: snapshot, path: path, text: text), [])
        } catch let error as DecodingError {
            let (steps, what, whatEN) = describe(error)
            return (nil, [Diagnostic(.archiveUnreadable(path, at: pathText(steps), Bilingual(what, en: whatEN)), at: at(steps))])
        } catch {
            return (nil, [Diagnostic(.archiveUnreadable(path, at: "", Bilingual("\(error)", en: "\(error)")), at: SourceLocation(path: path))])
        }
    }

    /// `programs[3].status`.
    static func pathText(_ steps: [JSONLocator.Step]) -> String {
        var text = ""
        for step in steps {
            switch step {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The path of a decoding error and what went wrong there, in Indonesian and English.
    static func describe(_ error: DecodingError) -> (steps: [JSONLocator.Step], id: String, en: String) {
        func steps(_ path: [CodingKey]) -> [JSONLocator.Step] {
            path.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
        }
        switch error {
        case .typeMismatch(let type, let context):
            return (steps(context.codingPath), "nilainya bukan \(type)", "the value is not \(type)")
        case .valueNotFound(let type, let context):
            return (steps(context.codingPath), "nilai \(type) tidak ada", "the \(type) value is missing")
        case .keyNotFound(let key, let context):
            return (steps(context.codingPath), "kunci `\(key.stringValue)` tidak ada", "key `\(key.stringValue)` is missing")
        case .dataCorrupted(let context):
            return (
                steps(context.codingPath), "nilainya tidak sah (\(context.debugDescription))", "the value is not valid (\(context.debugDescription))"
            )
        @unknown default:
            return ([], "\(error)", "\(error)")
        }
    }
}
