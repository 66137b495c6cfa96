/// A file of the generated site: a path relative to the output folder and its bytes.
public struct OutputFile: Hashable, Sendable {
    /// Relative path with `/` separators, never absolute and never containing `..`.
    public var path: String
    /// The content.
    public var bytes: [UInt8]

    /// Creates an output file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
