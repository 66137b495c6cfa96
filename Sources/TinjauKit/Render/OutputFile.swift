import Foundation

/// A file of the generated site: a path relative to the output folder and its bytes, or the means
/// to make its bytes part by part (``Producer``) when the file is too large to hold.
public struct OutputFile: Hashable, Sendable {
    /// Relative path with `/` separators, never absolute and never containing `..`.
    public var path: String
    /// The content (empty for a kept file, and for a produced file until ``materialised()``).
    public var bytes: [UInt8]
    /// The file is the output folder's copy, kept as it is without being made again
    /// (``PageReuse``); ``bytes`` is then empty.
    public var isKept = false
    /// Makes the bytes part by part, for a file too large to hold whole (`data/tinjauan.json` of a
    /// province: 150 MB at 100 000 programmes): ``OutputWriter`` streams it to disk, and whoever
    /// wants the bytes in memory calls ``materialised()``. `nil` for a file of ``bytes``.
    public var producer: Producer?

    /// Creates an output file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A file whose bytes `producer` makes when the file is written.
    public init(path: String, producer: Producer) {
        self.path = path
        self.bytes = []
        self.producer = producer
    }

    /// The output folder's file at `path`, kept as it is.
    public static func kept(_ path: String) -> OutputFile {
        var file = OutputFile(path: path, bytes: [])
        file.isKept = true
        return file
    }

    /// The same file with its bytes in memory (a produced file's made now); other files as they are.
    public func materialised() -> OutputFile {
        guard let producer else { return self }
        return OutputFile(path: path, bytes: producer.bytes())
    }

    /// The same file at another path (an archived review's data files under `arsip/<year>/`).
    public func moved(to path: String) -> OutputFile {
        var file = self
        file.path = path
        return file
    }

    /// Makes a file's bytes part by part. Each run hands the same bytes to its sink, in parts of any
    /// size, in order; ``count`` is known once a run has finished. Equal by identity.
    public final class Producer: Hashable, @unchecked Sendable {
        private let make: (_ sink: ([UInt8]) throws -> Void) throws -> Void
        private let lock = NSLock()
        private var made: Int?

        /// A producer that hands the file's bytes to `sink` part by part.
        public init(_ make: @escaping (_ sink: ([UInt8]) throws -> Void) throws -> Void) {
            self.make = make
        }

        /// Hands the bytes to `sink` part by part.
        /// - Throws: what `sink` throws.
        public func run(_ sink: ([UInt8]) throws -> Void) throws {
            var total = 0
            try make { part in
                total += part.count
                try sink(part)
            }
            lock.withLock { made = total }
        }

        /// The whole file's bytes, in memory.
        public func bytes() -> [UInt8] {
            var all: [UInt8] = []
            // The sink never throws, so neither does the run.
            try? run { all += $0 }
            return all
        }

        /// The file's size in bytes: counted by the last run, or by a run made now when none ran yet.
        public var count: Int {
            if let made = lock.withLock({ made }) { return made }
            try? run { _ in }
            return lock.withLock { made } ?? 0
        }

        public static func == (a: Producer, b: Producer) -> Bool { a === b }
        public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
    }
}
