#if os(Linux)
    /// glibc's `int malloc_trim(size_t pad)` (`<malloc.h>`, which the Glibc module does not export).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32

    /// glibc's `int mallopt(int param, int value)` (`<malloc.h>`).
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

    /// `M_MMAP_THRESHOLD` of `<malloc.h>`.
    private let mmapThresholdParameter: Int32 = -3
#endif

/// Hands memory that a finished stage freed back to the system (glibc's `malloc_trim`), so that
/// the next stage's allocations do not stack on top of a heap full of free but unreturned pages:
/// the peak memory of a build then follows what is live, not what was ever allocated (issue 14:
/// "peak memory grows with the content model, not with the output"). Does nothing elsewhere.
enum MemoryTrim {
    /// The size from which a block gets pages of its own (`mmap`), which the system takes back as
    /// soon as the block is freed: 1 MiB.
    static let mmapThreshold: Int32 = 1 << 20

    /// Fixes glibc's `M_MMAP_THRESHOLD` at ``mmapThreshold``, once per process. Left to itself glibc
    /// raises the threshold up to 32 MiB after large blocks are freed, and from then on puts
    /// blocks of up to that size in its arenas, where what is freed stays resident: `tinjau serve`
    /// at 100 000 programmes held 250 MiB more than it used between builds, growing with each
    /// rebuild, and peaked at 1 127 MiB after two edits; with the threshold fixed, 1 070 MiB
    /// (docs/performance.md). The same as `GLIBC_TUNABLES=glibc.malloc.mmap_threshold=1048576`.
    static func configure() {
        _ = configured
    }

    private static let configured: Void = {
        #if os(Linux)
            _ = glibcMallopt(mmapThresholdParameter, mmapThreshold)
        #endif
    }()

    /// Returns free heap memory to the system.
    static func now() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }
}
