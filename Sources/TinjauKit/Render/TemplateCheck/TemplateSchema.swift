/// What a template name gives, read from the view models' types alone (no instance is needed): the
/// schema the template check walks the templates against. Every field of a ``TemplateModel`` knows the
/// kind of its value from the key path it was made from (``TemplateField``): `Optional`s are looked
/// through (a name that may be missing is still a name the page provides), arrays give their
/// elements' kind, and a model opens its own names.
indirect enum TemplateValue: Sendable {
    /// A `Bool`: a section is shown or not, in the same context.
    case flag
    /// Text or a number: printed; as a section, a context with no names.
    case text
    /// A view model: as a section, its names come first.
    case model(any TemplateModel.Type)
    /// An array: a section repeats per element, whose names come first (with `first()`, `last()`, …).
    case list(TemplateValue)
    /// Unknown to the check (the result of a transform such as `uppercased(name)`): anything goes.
    case unknown

    /// The names of a model type with what each gives.
    static func fields(of model: any TemplateModel.Type) -> [String: TemplateValue] {
        func read<M: TemplateModel>(_: M.Type) -> [String: TemplateValue] { M.fields.mapValues(\.value) }
        return read(model)
    }
}

/// A type a ``TemplateModel`` field may have, and what it is to a template. Its metatype is
/// `Sendable`, so that a field's read function (``TemplateField``) may be shared by the render threads.
protocol TemplateValueType: SendableMetatype {
    /// What a value of this type is to a template.
    static var templateValue: TemplateValue { get }
    /// Feeds the value to a page's fingerprint (``PageFingerprint``), tagged with its kind.
    func fingerprint(into buffer: inout PageFingerprint.Buffer)
    /// The value as swift-mustache receives it: the value itself, or for a `String`, while
    /// ``TemplateText/rendering(wrapped:_:)`` is on, a ``TemplateText`` that renders the same.
    var templateObject: Any { get }
}

extension TemplateValueType {
    var templateObject: Any { self }
}

extension String: TemplateValueType {
    static var templateValue: TemplateValue { .text }
    var templateObject: Any { TemplateText.isWrapping ? TemplateText(text: self) : self }
    func fingerprint(into buffer: inout PageFingerprint.Buffer) { buffer.add(UInt8(ascii: "s"), self) }
}

extension Int: TemplateValueType {
    static var templateValue: TemplateValue { .text }
    func fingerprint(into buffer: inout PageFingerprint.Buffer) { buffer.add(UInt8(ascii: "i"), UInt64(bitPattern: Int64(self))) }
}

extension Bool: TemplateValueType {
    static var templateValue: TemplateValue { .flag }
    func fingerprint(into buffer: inout PageFingerprint.Buffer) { buffer.add(UInt8(ascii: "b"), self ? 1 : 0) }
}

extension Array: TemplateValueType where Element: TemplateValueType {
    static var templateValue: TemplateValue { .list(Element.templateValue) }
    func fingerprint(into buffer: inout PageFingerprint.Buffer) {
        buffer.add(UInt8(ascii: "["), UInt64(count))
        Element.fingerprint(self, into: &buffer)
    }
}

extension TemplateValueType {
    /// Feeds each of `values` (the elements of an array); a model type looks its field order up once.
    static func fingerprint(_ values: [Self], into buffer: inout PageFingerprint.Buffer) {
        for value in values { value.fingerprint(into: &buffer) }
    }
}
