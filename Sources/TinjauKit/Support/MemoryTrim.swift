#if os(Linux)
    /// glibc's `int malloc_trim(size_t pad)` (`<malloc.h>`, which the Glibc module does not export).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Hands memory that a finished stage freed back to the system (glibc's `malloc_trim`), so that
/// the next stage's allocations do not stack on top of a heap full of free but unreturned pages:
/// the peak memory of a build then follows what is live, not what was ever allocated (issue 14:
/// "peak memory grows with the content model, not with the output"). Does nothing elsewhere.
enum MemoryTrim {
    /// Returns free heap memory to the system.
    static func now() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }
}
