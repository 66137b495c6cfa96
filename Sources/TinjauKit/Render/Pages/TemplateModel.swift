import Mustache

/// A typed view model that the Mustache templates read: a page, or a row or figure inside one.
///
/// ``fields`` is the model's one projection for the template engine: the names a template may use
/// (`{{pageTitle}}`, `{{#percentFig}}`, the keys the pages had when they were dictionaries) and the
/// properties they read. swift-mustache asks a value for a name through `MustacheParent`, and the
/// default ``child(named:)`` answers through these key paths; no `Mirror` (about 2,5× slower) and no
/// dictionary is built per page. The same table gives the template check the type behind every name
/// without an instance (``TemplateSchema``), so a typo such as `{{judl}}` is an error, not an empty
/// string.
///
/// An `Optional` property that is `nil` answers as a missing name, so that Mustache goes on looking
/// in the enclosing contexts, exactly as a key left out of a dictionary did.
protocol TemplateModel: MustacheParent, Sendable {
    /// Every name a template may use on this model, with the property it reads. Names are those of
    /// the templates (`percentFig`, `hasScore`); a value is a `String`, `Int`, `Bool`, another
    /// `TemplateModel`, an `Array` of one of those, or an `Optional` of any of them.
    static var fields: [String: TemplateField<Self>] { get }
}

extension TemplateModel {
    /// The value of the field `name` (see ``fields``), `nil` when there is no such field or its
    /// optional value is `nil`.
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        if let optional = value as? any OptionalValue { return optional.wrappedValue }
        return value
    }

    /// The fields of the model at `path`, read through it: for a model that embeds another and shows
    /// its names as its own (a row of a table that is a score plus a name); see ``merged(_:embedding:)``.
    static func embedding<Part: TemplateModel>(_ path: KeyPath<Self, Part> & Sendable) -> [String: TemplateField<Self>] {
        Part.fields.mapValues { field in
            // Appending a key path rooted at `Part` to one ending at `Part` cannot fail, and key paths
            // made of stored properties are immutable.
            let appended: PartialKeyPath<Self> = (path as PartialKeyPath<Self>).appending(path: field as AnyKeyPath)!
            return (appended as Any) as! TemplateField<Self>
        }
    }

    /// `own` with the fields of each of `parts` (``embedding(_:)``) that `own` does not name: the model's
    /// own names come first, as when a row was a dictionary built over a shared one.
    static func merged(_ own: [String: TemplateField<Self>], embedding parts: [String: TemplateField<Self>]...)
        -> [String: TemplateField<Self>]
    {
        parts.reduce(own) { result, part in result.merging(part) { own, _ in own } }
    }
}

/// A field of a template model: the key path of the property a template name reads (``TemplateModel/fields``).
typealias TemplateField<Model> = PartialKeyPath<Model> & Sendable

/// A page's view model: one type per kind of page (``PageKind/Template``).
protocol PageModel: TemplateModel {
    /// The page's own text for the `description` meta tag, or `nil` for the review's description.
    /// Not a template field: the templates read the final text, `{{description}}` of ``CommonModel``.
    var metaDescription: String? { get }
}

/// `Optional` seen through `Any`: whether a field's value is there.
protocol OptionalValue {
    /// The wrapped value, `nil` for `.none`.
    var wrappedValue: Any? { get }
    /// The type of the wrapped value (for the template check).
    static var wrappedType: Any.Type { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? { self.map { $0 as Any } }
    static var wrappedType: Any.Type { Wrapped.self }
}

/// What Mustache renders a page with: the page's model, then what every page shares. A name the page
/// does not answer is looked up in ``CommonModel`` (the page's names come first, as when the pages
/// were dictionaries merged over the shared one). A class, so that the context stack holds one
/// reference rather than copies of both models at every lookup.
final class PageContext: MustacheParent, Sendable {
    /// The page's own model.
    let page: any PageModel
    /// Navigation, site, links, and the layout's defaults.
    let common: CommonModel

    /// Creates the context of one page.
    init(page: any PageModel, common: CommonModel) {
        self.page = page
        self.common = common
    }

    /// The page's field `name`, else the shared one.
    func child(named name: String) -> Any? {
        page.child(named: name) ?? common.child(named: name)
    }
}
