/// One table of the open data (`data/<name>.csv`) with the description of its columns: the
/// single model from which ``CSVWriter`` writes both CSV variants and ``DataPackage`` writes the
/// Frictionless Table Schema, so that the files and their description cannot disagree.
public struct DataTable: Sendable {
    /// The resource name in `datapackage.json` (`program`), also the file's base name.
    public var name: String
    /// A short title (Indonesian), e.g. `Program`.
    public var title: String
    /// What one row is, in Indonesian.
    public var description: String
    /// The columns, in file order.
    public var columns: [DataColumn]
    /// The columns whose values together identify a row.
    public var primaryKey: [String]
    /// Columns whose values must be keys of another table.
    public var foreignKeys: [DataForeignKey]
    /// The cells, one array per row, parallel to `columns`, in their standard form: text as
    /// written (neutralised only when written, by ``CSVWriter``), numbers with `.` as the decimal
    /// separator, integers in plain digits, booleans `ya`/`tidak`; `""` for a missing value.
    /// For a table made from a ``RowSource`` every row is made here, each time it is read;
    /// ``CSVWriter`` makes them a block at a time instead. Setting it replaces the source.
    public var rows: [[String]] {
        get { source.map { $0.rows(0..<$0.count) } ?? storedRows }
        set {
            storedRows = newValue
            source = nil
        }
    }
    /// Where the rows are made from a block at a time (the large tables), or `nil` when they are
    /// held (``rows``).
    public private(set) var source: RowSource?
    private var storedRows: [[String]]

    /// A table whose rows are held.
    public init(
        name: String, title: String, description: String, columns: [DataColumn], primaryKey: [String], foreignKeys: [DataForeignKey],
        rows: [[String]]
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.storedRows = rows
    }

    /// A table whose rows are made from `source` as they are written, never all at once: at
    /// 100 000 programmes the overlaps table alone held about half a million rows (111 MB as CSV)
    /// while it was written (issue 14).
    public init(
        name: String, title: String, description: String, columns: [DataColumn], primaryKey: [String], foreignKeys: [DataForeignKey],
        source: RowSource
    ) {
        self.init(name: name, title: title, description: description, columns: columns, primaryKey: primaryKey, foreignKeys: foreignKeys, rows: [])
        self.source = source
    }

    /// The path of the standard file, relative to the site root: `data/program.csv`.
    public var path: String { "data/\(name).csv" }
    /// The path of the spreadsheet variant, relative to the site root: `data/excel/program.csv`.
    public var spreadsheetPath: String { "data/excel/\(name).csv" }
    /// The columns of the spreadsheet variant: all but those marked ``DataColumn/inSpreadsheet`` false.
    public var spreadsheetColumns: [DataColumn] { columns.filter(\.inSpreadsheet) }
}

/// The rows of a ``DataTable`` made a block of items (programmes, pairs of programmes) at a time.
public struct RowSource: Sendable {
    /// How many items the rows are made from.
    public var count: Int
    /// The rows of the items at `range` (a sub-range of `0..<count`), in order: an item may give
    /// no row or several. Called from several threads at once, with ranges that do not overlap.
    public var rows: @Sendable (Range<Int>) -> [[String]]

    /// Rows from `count` items, those of a range made by `rows`.
    public init(count: Int, rows: @escaping @Sendable (Range<Int>) -> [[String]]) {
        self.count = count
        self.rows = rows
    }
}

/// A column of a ``DataTable`` and its field in the Table Schema
/// (https://specs.frictionlessdata.io/table-schema/).
public struct DataColumn: Sendable {
    /// The Table Schema type of a column. Only `text` cells are neutralised against formula
    /// injection (``CSVWriter/neutralised(_:)``); only `number` cells get a decimal comma in the
    /// spreadsheet variant.
    public enum Kind: String, Sendable {
        /// Free or coded text (`string`).
        case text = "string"
        /// A whole number in plain digits, possibly negative (`integer`).
        case integer
        /// A decimal with `.` (`number`).
        case number
        /// `ya` or `tidak` (`boolean`).
        case boolean
    }

    /// The header of the column.
    public var name: String
    /// Its type.
    public var kind: Kind
    /// What it holds and in which unit, in Indonesian (`Anggaran program, Rupiah (bilangan bulat)`).
    public var description: String
    /// Every row has a value.
    public var required = false
    /// No two rows have the same value.
    public var unique = false
    /// The only values allowed, when the column is a code list.
    public var values: [String]? = nil
    /// The smallest value allowed (integer and number columns), as a decimal text.
    public var minimum: String? = nil
    /// The largest value allowed (integer and number columns), as a decimal text.
    public var maximum: String? = nil
    /// A regular expression (XML Schema flavour, anchored) every value matches.
    public var pattern: String? = nil
    /// Whether the spreadsheet variant (`data/excel/`) has the column. Exact fractions (`1/2`)
    /// are left out there, because spreadsheets read them as dates.
    public var inSpreadsheet = true

    /// A text column.
    static func text(
        _ name: String, _ description: String, required: Bool = false, unique: Bool = false,
        values: [String]? = nil, pattern: String? = nil, inSpreadsheet: Bool = true
    ) -> DataColumn {
        DataColumn(
            name: name, kind: .text, description: description, required: required, unique: unique, values: values,
            pattern: pattern, inSpreadsheet: inSpreadsheet)
    }

    /// An integer column.
    static func integer(
        _ name: String, _ description: String, required: Bool = false, minimum: String? = nil,
        maximum: String? = nil
    ) -> DataColumn {
        DataColumn(name: name, kind: .integer, description: description, required: required, minimum: minimum, maximum: maximum)
    }

    /// A decimal column.
    static func number(
        _ name: String, _ description: String, required: Bool = false, minimum: String? = nil,
        maximum: String? = nil
    ) -> DataColumn {
        DataColumn(name: name, kind: .number, description: description, required: required, minimum: minimum, maximum: maximum)
    }

    /// A `ya`/`tidak` column.
    static func boolean(_ name: String, _ description: String) -> DataColumn {
        DataColumn(name: name, kind: .boolean, description: description, required: true)
    }
}

/// A foreign key: the values of `columns` are the primary key of the table `table`
/// (rows whose columns are all empty refer to nothing and are allowed).
public struct DataForeignKey: Sendable {
    /// The columns of this table.
    public var columns: [String]
    /// The referenced table's name.
    public var table: String
    /// Its columns (its primary key).
    public var referenced: [String]
}

/// Writes a ``DataTable`` as CSV, in one of two forms:
///
/// - **standard** (`data/*.csv`, for tools): RFC 4180, UTF-8 without byte-order mark, `,`
///   between fields, `.` as the decimal separator, CRLF line ends;
/// - **spreadsheet** (`data/excel/*.csv`, for spreadsheet programs on Indonesian desktops):
///   UTF-8 *with* a byte-order mark (so that the program does not guess Windows-1252), `;`
///   between fields and `,` as the decimal separator (Indonesian regional settings), CRLF,
///   without the columns of exact fractions.
///
/// In both, every text cell goes through ``neutralised(_:)`` (formula injection).
public enum CSVWriter {
    /// The two forms of a CSV file.
    public enum Form: Sendable {
        /// RFC 4180 for tools.
        case standard
        /// For spreadsheet programs with Indonesian regional settings.
        case spreadsheet
    }

    /// The first characters that make a spreadsheet program read a cell as a formula (OWASP,
    /// "CSV Injection": `=`, `+`, `-`, `@`, tab, carriage return), plus `'` itself so that the
    /// neutralising is reversible.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// A text cell made safe to open in a spreadsheet program: a cell that begins with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's rule against CSV
    /// injection), so that it is shown as text and never run as a formula. A cell that already
    /// begins with `'` gets one more, so that removing one leading `'` from any cell that begins
    /// with `'` gives back exactly what was written. Numbers are never passed here (a negative
    /// number stays a number).
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// One field, quoted when it holds the separator, a quote or a line break (RFC 4180 §2.6–2.7).
    static func field(_ value: String, separator: Unicode.Scalar) -> String {
        // Scalars, not characters: a CRLF is one `Character` equal to neither "\r" nor "\n".
        value.unicodeScalars.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + replacing(UInt8(ascii: "\""), with: [UInt8(ascii: "\""), UInt8(ascii: "\"")], in: value) + "\"" : value
    }

    /// `value` with every `byte` (ASCII, so never part of a longer character) replaced by `bytes`:
    /// Foundation's `replacingOccurrences(of:with:)` on every number of the spreadsheet form cost 1 %
    /// of a build of 10 000 programmes.
    static func replacing(_ byte: UInt8, with bytes: [UInt8], in value: String) -> String {
        guard value.utf8.contains(byte) else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + bytes.count)
        for next in value.utf8 {
            if next == byte { out.append(contentsOf: bytes) } else { out.append(next) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A cell as written in `form`: text neutralised, a number's decimal point a comma in the
    /// spreadsheet form, everything else as it is.
    static func cell(_ value: String, _ kind: DataColumn.Kind, _ form: Form) -> String {
        switch kind {
        case .text: return neutralised(value)
        case .number: return form == .spreadsheet ? replacing(UInt8(ascii: "."), with: [UInt8(ascii: ",")], in: value) : value
        case .integer, .boolean: return value
        }
    }

    /// The file's text (without the byte-order mark).
    static func text(_ table: DataTable, _ form: Form) -> String {
        String(decoding: bytes(table, form).dropFirst(form == .spreadsheet ? byteOrderMark.count : 0), as: UTF8.self)
    }

    /// The UTF-8 byte-order mark that spreadsheet programs need to read a CSV file as UTF-8.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of the file in `form` (``write(_:_:to:)`` into one buffer).
    public static func bytes(_ table: DataTable, _ form: Form) -> [UInt8] {
        var out: [UInt8] = []
        write(table, form) { out += $0 }
        return out
    }

    /// Hands the file in `form` to `sink` part by part, in order: the byte-order mark (spreadsheet
    /// form) and the header line, then the rows' lines a few thousand at a time, each line ended by
    /// CRLF (RFC 4180 §2.1). The lines are made on all cores, a block of rows per task (a table with a
    /// ``RowSource`` makes the block's rows in the task too, so its rows are never all held); no more than
    /// one part is held at once, never the whole file (the overlaps table of 100 000 programmes is
    /// 111 MB, and growing one buffer to that size held up to twice as much).
    /// - Throws: what `sink` throws.
    public static func write(_ table: DataTable, _ form: Form, to sink: ([UInt8]) throws -> Void) rethrows {
        let separator: Unicode.Scalar = form == .standard ? "," : ";"
        let indices = table.columns.indices.filter { form == .standard || table.columns[$0].inSpreadsheet }
        let columns = table.columns
        @Sendable func line(_ fields: some Sequence<String>, into out: inout [UInt8]) {
            for (position, value) in fields.enumerated() {
                if position > 0 { out.append(UInt8(ascii: separator)) }
                out.append(contentsOf: value.utf8)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        var head: [UInt8] = form == .spreadsheet ? byteOrderMark : []
        line(indices.lazy.map { field(columns[$0].name, separator: separator) }, into: &head)
        try sink(head)
        // Rows held are a source of their own; a source makes each block's rows in its task.
        let held = table.source == nil ? table.rows : []
        let source = table.source ?? RowSource(count: held.count) { Array(held[$0]) }
        let block = 512
        let blocks = stride(from: 0, to: source.count, by: block).map { $0..<min($0 + block, source.count) }
        for part in stride(from: 0, to: blocks.count, by: 8 * Parallel.threads) {
            let lines = Parallel.map(Array(blocks[part..<min(part + 8 * Parallel.threads, blocks.count)])) { range in
                var text: [UInt8] = []
                for row in source.rows(range) {
                    line(indices.lazy.map { field(cell(row[$0], columns[$0].kind, form), separator: separator) }, into: &text)
                }
                return text
            }
            try sink(Array(lines.joined()))
        }
    }
}
