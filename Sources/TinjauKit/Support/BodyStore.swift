import Foundation
import SystemPackage

/// Append-only bytes of texts that are read back once or twice (rendered bodies in ``BodyTexts`` and
/// ``BodyMemo``, programmes' Markdown sources in ``MarkdownSource``): in memory up to ``spillThreshold``, then in an unnamed
/// scratch file. The file holds the texts from offset 0 up to ``memoryBase`` and memory the rest:
/// when no scratch file can be made, or writing to it fails (a full disk), later texts stay in
/// memory and the file keeps those it has. Thread-safe, reads and appends at once included: the file
/// is never closed before the store is released, and where a text is, and what is in memory, is
/// read under the lock. The folder is the system's temporary one (`$TMPDIR`, else `/tmp`): where
/// that is a tmpfs, the texts leave the process's memory but not the machine's.
final class BodyStore: @unchecked Sendable {
    /// Where one text is: its first byte and its length.
    struct Place: Sendable, Hashable {
        var offset: Int
        var length: Int
    }

    /// The size past which the texts move to a scratch file: 8 MiB (about 3 000 programme bodies),
    /// so that small reviews and tests never touch the disk.
    static let spillThreshold = 8 << 20

    /// This store's threshold in bytes: ``spillThreshold`` but in tests.
    let threshold: Int

    /// Whether a store holding `used` bytes still referenced is worth copying to a new one: the
    /// bytes no longer used are more than half of it, and it is past ``threshold``. The rule of
    /// ``BodyMemo/next()`` and ``ParseCache/kept()``.
    func isMostlyUnused(used: Int) -> Bool {
        byteCount > max(threshold, 2 * used)
    }

    /// An empty store that moves to a scratch file past `threshold` bytes.
    init(spillThreshold threshold: Int = BodyStore.spillThreshold) {
        self.threshold = threshold
    }

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

    /// The bytes appended so far, in memory and in the file.
    var byteCount: Int { lock.withLock { size } }

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
                if size > threshold && file == nil && !fileFailed { spill() }
                return place
            }
        }
    }

    /// The text at `place`. A text the scratch file cannot give back stops the process: a page must
    /// never be published with a body missing.
    func text(_ place: Place) -> String {
        // Where the text is, and the text itself when it is in memory, under one lock: an append on
        // another thread may move the memory to the file in between (``BodyMemo`` reads and appends
        // at once).
        enum Found {
            case inMemory(String)
            case inFile(Int32)
        }
        let found = lock.withLock { () -> Found in
            guard place.offset < memoryBase, let file = self.file else {
                let start = place.offset - memoryBase
                return .inMemory(String(decoding: memory[start..<start + place.length], as: UTF8.self))
            }
            return .inFile(file)
        }
        let file: Int32
        switch found {
        case .inMemory(let text): return text
        case .inFile(let descriptor): file = descriptor
        }
        var bytes = [UInt8](repeating: 0, count: place.length)
        let descriptor = FileDescriptor(rawValue: file)
        var done = 0
        while done < place.length {
            // swift-system's read retries when interrupted; a short read goes on from where it stopped.
            let count = bytes.withUnsafeMutableBytes { buffer in
                try? descriptor.read(fromAbsoluteOffset: Int64(place.offset + done), into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
            }
            guard let count, count > 0 else {
                fatalError("tinjau: a text in tinjau's scratch file (a programme's Markdown or rendered body) could not be read")
            }
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
