import CCmark

/// tinjau's version and that of the libcmark it is linked with, as `tinjau --version` prints them.
public enum TinjauVersion {
    /// tinjau's version (semantic versioning): the one constant to change for a release (see
    /// `docs/release.md`). Part of the input digest, so a new version rebuilds every site once.
    public static let current = "0.1.0"

    /// The version of the libcmark linked into this binary (`cmark_version_string()`, e.g. `0.30.2`).
    public static var libcmark: String { String(cString: cmark_version_string()) }

    /// The line `tinjau --version` prints: `tinjau 0.1.0 (libcmark 0.30.2)`.
    public static var line: String { "tinjau \(current) (libcmark \(libcmark))" }
}
