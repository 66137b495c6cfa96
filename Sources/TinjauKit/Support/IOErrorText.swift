import Foundation
import SystemPackage

/// Turns a file-system error into a short Indonesian and English phrase, so that
/// messages never show Foundation's raw `Error Domain=NSCocoaErrorDomain …` text.
enum IOErrorText {
    /// `(id, en)` descriptions of `error`.
    static func describe(_ error: Error) -> (id: String, en: String) {
        if let errno = error as? Errno { return posix(errno.rawValue) }
        let nsError = error as NSError
        var code = nsError.code
        if nsError.domain == NSCocoaErrorDomain, let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            code = underlying.code
            return posix(Int32(code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return posix(Int32(code)) }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return ("berkas atau folder tidak ada", "the file or folder does not exist")
            case .fileWriteFileExists: return ("sudah ada berkas dengan nama itu", "a file with that name already exists")
            case .fileReadNoPermission, .fileWriteNoPermission: return ("tidak ada izin akses", "permission denied")
            case .fileWriteOutOfSpace: return ("ruang disk habis", "the disk is full")
            case .fileWriteVolumeReadOnly: return ("disk hanya bisa dibaca", "the disk is read-only")
            default: break
            }
        }
        return ("kesalahan sistem berkas (\(nsError.domain) \(nsError.code))", "file system error (\(nsError.domain) \(nsError.code))")
    }

    private static func posix(_ code: Int32) -> (id: String, en: String) {
        switch code {
        case EACCES, EPERM: return ("tidak ada izin akses", "permission denied")
        case ENOENT: return ("berkas atau folder tidak ada", "the file or folder does not exist")
        case EEXIST: return ("sudah ada berkas dengan nama itu", "a file with that name already exists")
        case ENOTDIR: return ("salah satu bagian jalur adalah berkas, bukan folder", "part of the path is a file, not a folder")
        case ENOSPC: return ("ruang disk habis", "the disk is full")
        case EROFS: return ("disk hanya bisa dibaca", "the disk is read-only")
        default: return ("kesalahan sistem berkas (errno \(code))", "file system error (errno \(code))")
        }
    }
}
