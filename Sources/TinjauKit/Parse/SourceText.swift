/// A text file decoded for parsing: UTF-8 checked, a byte-order mark dropped,
/// Windows (`\r\n`) and old Mac (`\r`) line endings turned into `\n`, so that no
/// value ever carries a `\r`.
public struct SourceText: Sendable {
    /// Path of the file as reported in diagnostics.
    public var path: String
    /// The decoded text with `\n` line endings.
    public var text: String

    /// Decodes `bytes`.
    /// - Returns: the text, or a diagnostic at the line and column of the first
    ///   byte that is not UTF-8 (or the first NUL byte).
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        // Fast path for the usual file (UTF-8, no NUL, no carriage return): validate and decode in one
        // library call. Anything else takes the scalar-by-scalar path below, which finds the position of
        // the first bad byte and normalises line endings.
        let body = bytes[start...]
        if !body.contains(0), !body.contains(0x0D), let text = String(validating: body, as: UTF8.self) {
            return .success(SourceText(path: path, text: text))
        }
        var line = 1
        var column = 1
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var index = start
        var previousWasCR = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if byte == 0 {
                    return .failure(Diagnostic(.fileNUL, at: SourceLocation(path: path, line: line, column: column)))
                }
                if byte == 0x0D {
                    scalars.append("\n")
                    line += 1
                    column = 1
                    previousWasCR = true
                    continue
                }
                if byte == 0x0A {
                    if !previousWasCR {
                        scalars.append("\n")
                        line += 1
                        column = 1
                    }
                    previousWasCR = false
                    continue
                }
                previousWasCR = false
                scalars.append(Unicode.Scalar(byte))
                column += 1
                continue
            }
            previousWasCR = false
            // Multi-byte sequence: validate per RFC 3629.
            let length: Int
            var value: UInt32
            switch byte {
            case 0xC2...0xDF:
                length = 2
                value = UInt32(byte & 0x1F)
            case 0xE0...0xEF:
                length = 3
                value = UInt32(byte & 0x0F)
            case 0xF0...0xF4:
                length = 4
                value = UInt32(byte & 0x07)
            default:
                length = 0
                value = 0
            }
            var valid = length > 0 && index + length <= bytes.count
            if valid {
                for k in 1..<length {
                    let b = bytes[index + k]
                    if b & 0xC0 != 0x80 {
                        valid = false
                        break
                    }
                    value = (value << 6) | UInt32(b & 0x3F)
                }
            }
            if valid {
                let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
                if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { valid = false }
            }
            guard valid, let scalar = Unicode.Scalar(value) else {
                return .failure(Diagnostic(.fileEncoding(byte: byte), at: SourceLocation(path: path, line: line, column: column)))
            }
            scalars.append(scalar)
            column += 1
            index += length
        }
        return .success(SourceText(path: path, text: String(scalars)))
    }
}
