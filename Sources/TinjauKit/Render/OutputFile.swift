/// A file of the generated site: a path relative to the output folder and its bytes.
public struct OutputFile: Hashable, Sendable {
    /// Relative path with `/` separators, never absolute and never containing `..`.
    public var path: String
    /// The content (empty for a kept file).
    public var bytes: [UInt8]
    /// The file is the output folder's copy, kept as it is without being made again
    /// (``PageReuse``); ``bytes`` is then empty.
    public var isKept = false

    /// Creates an output file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The output folder's file at `path`, kept as it is.
    public static func kept(_ path: String) -> OutputFile {
        var file = OutputFile(path: path, bytes: [])
        file.isKept = true
        return file
    }
}
