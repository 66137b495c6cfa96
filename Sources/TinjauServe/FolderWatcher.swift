import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells when anything below some folders may have changed, without scanning them: Linux's
/// inotify, one watch per folder (hidden folders are skipped, as the loader skips them). A save
/// wakes ``wait(timeout:)`` at once, where scanning every 400 ms made an edit wait 200 ms on
/// average and kept part of a core busy at 10 000 programmes.
///
/// A change to a visible entry is built at once while every folder is watched (``isComplete``);
/// for anything else (a hidden file, an overflowed queue, a folder not watched, the timer of the
/// safety scans) ``PreviewServer`` compares its fingerprint of the folders first, so a missed
/// event costs at most one scan. A file changed without any event (written through a hard link
/// from outside the folders, or through a memory mapping) while a build runs is seen at its next
/// change. `nil` from
/// ``init(folders:)`` (no inotify on this system, or its watch limit reached) makes the server
/// scan on a timer as before.
final class FolderWatcher: @unchecked Sendable {
    /// What woke ``wait(timeout:settle:)``.
    enum Wake: Equatable, Sendable {
        /// Nothing changed within the timeout.
        case quiet
        /// Only hidden entries changed (an editor's swap file), which no build reads.
        case hidden
        /// A visible entry changed: worth a build.
        case visible
        /// The kernel's queue overflowed: events were dropped, anything may have changed.
        case overflow
    }

    #if canImport(Glibc)
        private let descriptor: Int32
        private let folders: [String]
        private let lock = NSLock()
        private var complete = false

        /// What a watch reports: a file written, created, removed, renamed or touched, or the folder itself removed or moved.
        private static let mask: UInt32 =
            UInt32(IN_MODIFY) | UInt32(IN_ATTRIB) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO)
            | UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)

        /// Watches every folder below `folders` (which need not exist yet), or `nil` when inotify
        /// cannot be used.
        init?(folders: [String]) {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
            self.folders = folders
            guard watchNewFolders() else {
                close(descriptor)
                return nil
            }
        }

        deinit { close(descriptor) }

        /// Adds a watch to every folder below ``folders`` (renewing those it has: folders made since
        /// the last call get theirs). Returns `false` when a watch could not be added (the system's limit).
        @discardableResult
        func watchNewFolders() -> Bool {
            lock.withLock {
                var ok = true
                var incomplete = false  // a root missing, or a folder that could not be read
                func walk(_ folder: String, isRoot: Bool = false) {
                    var info = stat()
                    // A root may be a symbolic link to the folder (the loader reads through it); below
                    // it, links are not followed, as the loader does not follow them.
                    let found = isRoot ? stat(folder, &info) : lstat(folder, &info)
                    guard found == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                        if isRoot { incomplete = true }
                        return
                    }
                    // A link pointed elsewhere sends no event (its parent is not watched): a linked
                    // root is watched, but the server scans before building.
                    var own = stat()
                    if isRoot, lstat(folder, &own) == 0, (own.st_mode & S_IFMT) == S_IFLNK { incomplete = true }
                    // Adding a watch again to a watched folder only renews it; a folder removed
                    // and made again under the same name gets its new watch here.
                    if inotify_add_watch(descriptor, folder, Self.mask) < 0 {
                        ok = false
                        return
                    }
                    guard let directory = opendir(folder) else {
                        incomplete = true
                        return
                    }
                    defer { closedir(directory) }
                    var children: [String] = []
                    while let entry = readdir(directory) {
                        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                        }
                        if name.hasPrefix(".") { continue }
                        if entry.pointee.d_type == UInt8(DT_DIR) || entry.pointee.d_type == UInt8(DT_UNKNOWN) { children.append(folder + "/" + name) }
                    }
                    for child in children { walk(child) }
                }
                for folder in folders { walk(folder, isRoot: true) }
                complete = ok && !incomplete
                return ok
            }
        }

        /// Whether the last ``watchNewFolders()`` watched every folder: each root exists (and is not
        /// a symbolic link, whose re-pointing no event tells) and every folder below it got its
        /// watch (the system's limit was not reached). Only then does an
        /// event say all there is to know: ``PreviewServer`` builds on a visible change without
        /// scanning first.
        var isComplete: Bool { lock.withLock { complete } }

        /// Blocks until something below the folders changes or `timeout` passes, and tells what
        /// changed. Events that follow within `settle` of the last one (an editor writes, renames
        /// and touches a file in several steps) are waited for and taken with it.
        func wait(timeout: Duration, settle: Duration = .milliseconds(25)) -> Wake {
            var wake = poll(milliseconds: Self.milliseconds(timeout))
            guard wake != .quiet else { return .quiet }
            while case let more = poll(milliseconds: Self.milliseconds(settle)), more != .quiet {
                if more == .overflow || (more == .visible && wake != .overflow) { wake = more }
            }
            return wake
        }

        /// Waits up to `milliseconds` for events and reads them all: what they name.
        private func poll(milliseconds: Int32) -> Wake {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard Glibc.poll(&request, 1, milliseconds) > 0 else { return .quiet }
            var buffer = [UInt8](repeating: 0, count: 64 << 10)
            var wake = Wake.quiet
            var overflowed = false
            while case let count = buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }), count > 0 {
                overflowed = overflowed || Self.overflowed(buffer[..<count])
                if Self.namesVisibleEntry(buffer[..<count]) { wake = .visible } else if wake == .quiet { wake = .hidden }
            }
            return overflowed ? .overflow : wake
        }

        /// The `inotify_event` records in `events`: each one's mask and whether its name is hidden
        /// (starts with `.`). struct inotify_event: Int32 wd, UInt32 mask, UInt32 cookie, UInt32
        /// len, then `len` bytes of name, NUL-padded (inotify(7)). A record without a name (a
        /// watched folder itself removed or moved, the queue overflowing) is not hidden.
        static func records(in events: ArraySlice<UInt8>) -> [(mask: UInt32, isHidden: Bool)] {
            events.withUnsafeBytes { bytes in
                var records: [(mask: UInt32, isHidden: Bool)] = []
                var offset = 0
                while offset + 16 <= bytes.count {
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let name = offset + 16
                    let isHidden = length > 0 && name < bytes.count && bytes[name] == UInt8(ascii: ".")
                    records.append((bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self), isHidden))
                    offset = name + length
                }
                return records
            }
        }

        /// Whether one of the records in `events` says the kernel's queue overflowed (`IN_Q_OVERFLOW`).
        static func overflowed(_ events: ArraySlice<UInt8>) -> Bool {
            records(in: events).contains { $0.mask & UInt32(IN_Q_OVERFLOW) != 0 }
        }

        /// Whether the records in `events` name an entry that is not hidden (see ``records(in:)``).
        static func namesVisibleEntry(_ events: ArraySlice<UInt8>) -> Bool {
            records(in: events).contains { !$0.isHidden }
        }

        private static func milliseconds(_ duration: Duration) -> Int32 {
            let (seconds, attoseconds) = duration.components
            return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        }
    #else
        init?(folders: [String]) { return nil }
        func watchNewFolders() -> Bool { false }
        func wait(timeout: Duration, settle: Duration = .milliseconds(25)) -> Wake { .quiet }
        var isComplete: Bool { false }
    #endif
}
