import Dispatch
import Foundation

/// Independent work on all cores, with results in input order so that output
/// stays byte-identical to a one-thread run.
public enum Parallel {
    /// The number of worker threads (`TINJAU_THREADS` overrides, for benchmarks and tests), read
    /// once per process: reading the environment builds a dictionary of it, and ``map(_:_:)`` runs
    /// thousands of times per build.
    public static let threads: Int = {
        if let text = ProcessInfo.processInfo.environment["TINJAU_THREADS"], let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// `items.map(transform)`, computed on all cores; `transform` must not touch shared mutable state.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        guard count > 1, threads > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // Deinitialize before deallocating: the results hold references (page bytes) that would leak otherwise.
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let box = UnsafeSendableBuffer(results)
        // Chunks of work per thread keep the scheduling overhead low for small items.
        let chunks = min(count, threads * 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = count * chunk / chunks
            let end = count * (chunk + 1) / chunks
            for index in start..<end { box.buffer[index] = transform(items[index]) }
        }
        return results.map { $0! }
    }
}

/// A buffer written by disjoint indices from several threads (each index once).
private struct UnsafeSendableBuffer<R>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<R?>
    init(_ buffer: UnsafeMutableBufferPointer<R?>) { self.buffer = buffer }
}
