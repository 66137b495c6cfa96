import Foundation

/// The validated content of the last successful build of a long-running process (`tinjau serve`),
/// with what it was made from, so that a rebuild after an edit of programmes' *texts* alone (the
/// commonest edit) neither parses the other files again nor validates the content again: it takes
/// the content and swaps the edited programmes' bodies in. At 10 000 programmes, parsing (every
/// file taken from the parse cache) and validating still cost about 0,2 s of a one-second
/// save-to-reload (issue 14).
///
/// It is taken only when ``key`` is the same: the SHA-256 of every content file's path and kind and
/// of its bytes, a programme's file without its body (``PageInputs/FileDigest/outline``: its path
/// and front matter; translations whole). Then every file is the one the memo was made from but
/// for programme bodies, and neither the parser's result for a programme's front matter nor the
/// validator reads a body: what can differ is each edited programme's body and what its file's
/// parse reports of its body (the placeholder text of `tinjau new`). An edited file is parsed
/// again (``ContentParser/parseFile(_:dimensions:dimensionsKey:cache:bodies:)``, recorded in the
/// parse cache), its diagnostics replace the ones its last parse reported, and its body replaces
/// the old one in the content. Anything unexpected (an edited file left unread, one that no longer
/// parses) falls back to parsing and validating everything.
///
/// An edit of programmes' front matter (a target, a status: the next commonest edit) is taken too
/// when ``Key/frame`` is the same: every file but the programmes' is byte for byte the memo's, and
/// the same programme files exist. Then the edited files are parsed again and put in their places
/// in the content as parsed (``parsed``), which is validated again whole: the validator compares
/// programmes with each other (duplicate titles), so no part of its result is kept.
struct ContentMemo: Sendable {
    /// What the memo's files are, digested two ways (``key(of:digests:)``).
    struct Key: Equatable, Sendable {
        /// Every file's path, kind and bytes, a programme's file without its body: the same when
        /// only programmes' bodies changed.
        var outline: String
        /// The same, a programme's file by its path alone: the same when only programmes' files
        /// changed, none added, removed or renamed.
        var frame: String
    }

    /// ``key(of:digests:)`` of the files the content was made from.
    var key: Key
    /// The full digest (``PageInputs/FileDigest/digest``) of each programme's file, by path.
    var programFiles: [String: Digest]
    /// The content as parsed, before validation (it holds the programmes validation leaves out),
    /// the programmes' bodies not yet released.
    var parsed: ReviewContent
    /// The content as validated, the programmes' bodies not yet released.
    var content: ReviewContent
    /// What parsing the files reported.
    var parseDiagnostics: [Diagnostic]
    /// What validating the content reported.
    var validationDiagnostics: [Diagnostic]

    /// The keys of the loaded `files`, whose ``PageInputs`` digests are `digests` (in the same order).
    static func key(of files: [SourceFile], digests: [PageInputs.FileDigest]) -> Key {
        var outline = ContentHash.Parts()
        var frame = ContentHash.Parts()
        outline.add("content-memo 2")
        frame.add("content-memo frame 1")
        outline.add(files.count)
        frame.add(files.count)
        for (file, digest) in zip(files, digests) {
            if case .program = file.kind {
                outline.add("program")
                outline.add(digest.outline)
                frame.add("program")
                frame.add(file.path)
            } else {
                let kind = "\(file.kind)"
                outline.add(kind)
                outline.add(digest.digest)
                frame.add(kind)
                frame.add(digest.digest)
            }
        }
        return Key(outline: outline.digest(), frame: frame.digest())
    }

    /// What a memo records of the loaded `files` (with `digests`, whose ``key(of:digests:)`` is
    /// `key`): ``key`` and ``programFiles``.
    static func source(of files: [SourceFile], digests: [PageInputs.FileDigest], key: Key) -> (key: Key, programFiles: [String: Digest]) {
        var programFiles: [String: Digest] = [:]
        for (file, digest) in zip(files, digests) {
            if case .program = file.kind { programFiles[file.path] = digest.digest }
        }
        return (key, programFiles)
    }

    /// A memo of `content` (validated from `parsed`; bodies not released) made from files whose
    /// ``source(of:digests:key:)`` is `source`.
    init(
        source: (key: Key, programFiles: [String: Digest]), parsed: ReviewContent, content: ReviewContent,
        parseDiagnostics: [Diagnostic], validationDiagnostics: [Diagnostic]
    ) {
        self.key = source.key
        self.programFiles = source.programFiles
        self.parsed = parsed
        self.content = content
        self.parseDiagnostics = parseDiagnostics
        self.validationDiagnostics = validationDiagnostics
    }

    /// The content for `files` (with `digests`, whose ``key(of:digests:)`` is `key`) taken from this
    /// memo, the edited programmes parsed again through `cache` (whose earlier results for every
    /// other file are kept for the next build), with the memo for the build after; `nil` when the
    /// memo cannot stand for the files. When only bodies changed (the same ``Key/outline``) the
    /// content is not validated again; when front matter changed too, it is.
    func reused(for files: [SourceFile], digests: [PageInputs.FileDigest], key: Key, cache: ParseCache) -> (
        content: ReviewContent, parseDiagnostics: [Diagnostic], validationDiagnostics: [Diagnostic], next: ContentMemo
    )? {
        guard files.count == digests.count, key.frame == self.key.frame else { return nil }
        let frontMatterEdited = key.outline != self.key.outline
        var edited: [(file: SourceFile, digest: Digest)] = []
        for (file, digest) in zip(files, digests) {
            guard case .program = file.kind, programFiles[file.path] != digest.digest else { continue }
            // Its bytes are needed to parse it again.
            guard !file.isElided else { return nil }
            edited.append((file, digest.digest))
        }
        var next = self
        next.key = key
        guard !edited.isEmpty else {
            cache.keepEarlier(except: [])
            return (content, parseDiagnostics, validationDiagnostics, next)
        }
        let parser = ContentParser()
        let dimensionsKey = ContentParser.dimensionsKey(files)
        let paths = Set(edited.map(\.file.path))
        // Those parsed again, recorded in the cache (one taken from it instead is kept as it was).
        var parsedAgain: Set<String> = []
        var found: [Diagnostic] = []
        var replacements: [(position: Int, program: Program)] = []
        for (file, digest) in edited {
            guard case .program(let opd, let slug) = file.kind else { return nil }
            let parsed = parser.parseFile(
                file, dimensions: content.dimensions, dimensionsKey: dimensionsKey, cache: cache, bodies: cache.bodies)
            // What a file's parse reports is about that file; anything else cannot be swapped in.
            guard case .program(let program?) = parsed.item, program.id == opd + "/" + slug,
                parsed.diagnostics.allSatisfy({ $0.location.path == file.path })
            else { return nil }
            found += parsed.diagnostics
            if !parsed.taken { parsedAgain.insert(file.path) }
            next.programFiles[file.path] = digest
            guard let position = next.parsed.position(ofProgram: program.id) else { return nil }
            if frontMatterEdited {
                replacements.append((position, program))
            } else {
                next.parsed.replaceBody(ofProgramAt: position, with: program.body)
                // A programme the validator left out (its OPD unknown) has no place to take the body.
                if let position = next.content.position(ofProgram: program.id) {
                    next.content.replaceBody(ofProgramAt: position, with: program.body)
                }
            }
        }
        cache.keepEarlier(except: parsedAgain)
        next.parseDiagnostics = parseDiagnostics.filter { !paths.contains($0.location.path) } + found
        if frontMatterEdited {
            next.parsed.replacePrograms(replacements)
            (next.content, next.validationDiagnostics) = ContentValidator().validate(next.parsed)
        }
        return (next.content, next.parseDiagnostics, next.validationDiagnostics, next)
    }
}
