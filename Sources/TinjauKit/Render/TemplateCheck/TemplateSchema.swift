/// What a template name gives, read from the view models' types alone (no instance is needed): the
/// schema the template check walks the templates against. Every ``TemplateModel``'s ``TemplateModel/fields``
/// are key paths, and a key path knows the type of the value it reads; `Optional`s are looked through
/// (a name that may be missing is still a name the page provides), arrays give their elements' type.
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

    /// The value of a property of type `type`.
    static func of(_ type: Any.Type) -> TemplateValue {
        if let optional = type as? any OptionalValue.Type { return of(optional.wrappedType) }
        if let array = type as? any ArrayValue.Type { return .list(of(array.elementType)) }
        if let model = type as? any TemplateModel.Type { return .model(model) }
        if type == Bool.self { return .flag }
        return .text
    }

    /// The names of a model type with what each gives.
    static func fields(of model: any TemplateModel.Type) -> [String: TemplateValue] {
        func read<M: TemplateModel>(_: M.Type) -> [String: TemplateValue] {
            M.fields.mapValues { of(type(of: $0).valueType) }
        }
        return read(model)
    }
}

/// `Array` seen through its type: the type of its elements (for the template check).
protocol ArrayValue {
    /// The type of the elements.
    static var elementType: Any.Type { get }
}

extension Array: ArrayValue {
    static var elementType: Any.Type { Element.self }
}
