import ArgumentParser

/// `tinjau new`: the group of `new program` and `new opd`.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Membuat berkas program atau OPD baru dengan semua kolom dan penjelasannya.",
        discussion: """
            Contoh:
              tinjau new program --opd diskominfo "Aplikasi Antrean Puskesmas"
              tinjau new opd dinsos "Dinas Sosial"
            """,
        subcommands: [NewProgram.self, NewOPD.self]
    )
}
