import ArgumentParser
import TinjauKit

/// `tinjau schema`: the JSON Schema of a kind of front matter.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mencetak JSON Schema front matter (program, opd, halaman).",
        discussion: """
            Skema ini dibuat dari model yang sama dengan pemeriksaan `tinjau check`, dan juga \
            diterbitkan di situs sebagai `schema/<jenis>.schema.json`.

            Contoh:
              tinjau schema program > program.schema.json
            """
    )

    @Argument(help: ArgumentHelp("Jenis berkas: program, opd, atau halaman.", valueName: "JENIS"))
    var kind: String = "program"

    func validate() throws {
        guard FrontMatterSchema.text(file: kind + ".schema.json") != nil else {
            throw ValidationError("jenis `\(kind)` tidak dikenal; pilih program, opd, atau halaman")
        }
    }

    func run() throws {
        print(FrontMatterSchema.text(file: kind + ".schema.json")!, terminator: "")
    }
}
