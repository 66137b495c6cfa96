import Foundation
import Mustache

/// A typed view model that the Mustache templates read: a page, or a row or figure inside one.
///
/// ``fields`` is the model's one projection for the template engine: the names a template may use
/// (`{{pageTitle}}`, `{{#percentFig}}`, the keys the pages had when they were dictionaries) and the
/// properties they read, each a ``TemplateField`` made from a key path (`"title": .init(\.title)`).
/// swift-mustache asks a value for a name through `MustacheParent`, and the default
/// ``child(named:)`` answers through this table; no `Mirror` (about 2,5× slower) and no dictionary is
/// built per page. The same table gives the template check the kind of value behind every name
/// without an instance (``TemplateValue``), so a typo such as `{{judl}}` is an error, not an empty
/// string.
///
/// An `Optional` property that is `nil` answers as a missing name, so that Mustache goes on looking
/// in the enclosing contexts, exactly as a key left out of a dictionary did.
protocol TemplateModel: MustacheParent, Sendable, TemplateValueType {
    /// Every name a template may use on this model, with the property it reads. Names are those of
    /// the templates (`percentFig`, `hasScore`); a value is a `String`, `Int`, `Bool`, another
    /// `TemplateModel`, an `Array` of one of those, or an `Optional` of any of them.
    static var fields: [String: TemplateField<Self>] { get }
}

extension TemplateModel {
    /// The value of the field `name` (see ``fields``), `nil` when there is no such field or its
    /// optional value is `nil`.
    func child(named name: String) -> Any? {
        Self.fields[name]?.read(self)
    }

    /// A model is a section that opens its own names.
    static var templateValue: TemplateValue { .model(Self.self) }

    /// Feeds every field, in name order, to a page's fingerprint (``PageFingerprint``).
    func fingerprint(into buffer: inout PageFingerprint.Buffer) {
        Self.fingerprint(self, fields: PageFingerprint.fieldOrder(of: Self.self), into: &buffer)
    }

    /// Feeds each of `values`, looking the field order up once.
    static func fingerprint(_ values: [Self], into buffer: inout PageFingerprint.Buffer) {
        let fields = PageFingerprint.fieldOrder(of: Self.self)
        for value in values { fingerprint(value, fields: fields, into: &buffer) }
    }

    private static func fingerprint(
        _ model: Self, fields: [(name: String, field: TemplateField<Self>)], into buffer: inout PageFingerprint.Buffer
    ) {
        buffer.add(UInt8(ascii: "m"), UInt64(fields.count))
        for (name, field) in fields {
            buffer.add(UInt8(ascii: "k"), name)
            field.fingerprint(model, &buffer)
        }
    }

    /// The fields of the model that `part` reads (a key path literal), read through it: for a model that embeds another and shows
    /// its names as its own (a row of a table that is a score plus a name); see ``merged(_:embedding:)``.
    static func embedding<Part: TemplateModel>(_ part: @escaping @Sendable (Self) -> Part) -> [String: TemplateField<Self>] {
        Part.fields.mapValues { TemplateField(part, $0) }
    }

    /// `own` with the fields of each of `parts` (``embedding(_:)``) that `own` does not name: the model's
    /// own names come first, as when a row was a dictionary built over a shared one.
    static func merged(_ own: [String: TemplateField<Self>], embedding parts: [String: TemplateField<Self>]...)
        -> [String: TemplateField<Self>]
    {
        parts.reduce(own) { result, part in result.merging(part) { own, _ in own } }
    }
}

/// A field of a template model (``TemplateModel/fields``): the property a template name reads, made
/// from its key path, and what kind of value it is.
///
/// A field is made from a key path literal (`.init(\.title)`), which Swift turns into a function
/// (SE-0249) that the optimiser compiles to a plain property read: a `KeyPath` value kept and
/// applied at render time costs a generic projection with metadata look-ups (`swift_getAtKeyPath`,
/// about 5 % of a full build at 10 000 programmes).
///
/// The value's type is kept from where the field is made (`.init(\.title)` knows `title` is a
/// `String`), so neither the renderer nor the template check asks the runtime what a value is: a
/// dynamic cast to a protocol costs a scan of every conformance of the program the first time per
/// type (about 0,6 M instructions each, 6 % of `tinjau check` on the shipped review when the check
/// read `type(of: keyPath).valueType`), and an `Optional` is unwrapped by the overload that reads it.
struct TemplateField<Model>: Sendable {
    /// The value for swift-mustache; `nil` for an `Optional` that is `nil` (a missing name).
    let read: @Sendable (Model) -> Any?
    /// What the value is, for the template check.
    let value: TemplateValue
    /// Feeds the field's value to a page's fingerprint, with no dynamic cast (``PageFingerprint``).
    let fingerprint: @Sendable (Model, inout PageFingerprint.Buffer) -> Void

    /// The property that `get` reads (a key path literal: `.init(\.title)`).
    init<Value: TemplateValueType>(_ get: @escaping @Sendable (Model) -> Value) {
        read = { get($0).templateObject }
        value = Value.templateValue
        fingerprint = { model, buffer in get(model).fingerprint(into: &buffer) }
    }

    /// The optional property that `get` reads: a missing name when it is `nil`.
    init<Value: TemplateValueType>(_ get: @escaping @Sendable (Model) -> Value?) {
        read = { model in get(model)?.templateObject }
        value = Value.templateValue
        fingerprint = { model, buffer in
            if let value = get(model) { value.fingerprint(into: &buffer) } else { buffer.add(UInt8(ascii: "n"), 0) }
        }
    }

    /// The field `field` of the model that `part` reads (``TemplateModel/embedding(_:)``).
    init<Part>(_ part: @escaping @Sendable (Model) -> Part, _ field: TemplateField<Part>) {
        read = { model in field.read(part(model)) }
        value = field.value
        fingerprint = { model, buffer in field.fingerprint(part(model), &buffer) }
    }
}

/// A `String` field's value as swift-mustache receives it while a page is rendered with
/// ``rendering(wrapped:_:)`` on (``TemplateValueType/templateObject``): the same text, answered
/// through `MustacheCustomRenderable`.
///
/// swift-mustache renders a variable by trying `MustacheTemplate`, `MustacheCustomRenderable` and
/// `MustacheLambda` in turn, then unwraps optionals and calls `String(describing:)`: for a bare
/// `String` every one of those casts fails, and each failed cast to a protocol is a conformance
/// look-up in the Swift runtime (about 8 % of a full build at 10 000 programmes). This value stops at
/// the second cast. It renders, escapes, opens sections (`{{#summary}}…{{/summary}}`, `{{.}}`
/// inside) and takes transforms (`{{uppercased(title)}}`) as the `String` does, and it has no names
/// of its own, as a `String` has none.
///
/// One construct reads a text as a `String` and nothing else: a dynamic partial or parent
/// (`{{>*name}}`, `{{<*name}}`), whose template name swift-mustache takes with `as? String`. So texts
/// are wrapped only where the renderer turns it on, for a theme that has no such tag
/// (``TemplateSet/textsAsStrings``); everywhere else, and by default, they stay `String`s.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable, Equatable {
    /// The text, unescaped (swift-mustache escapes it for HTML).
    let text: String

    /// The text itself.
    var renderText: String { text }
    /// Never `null`: an empty text opens a section as an empty `String` does.
    var isNull: Bool { false }
    /// No names: a lookup falls through to the enclosing contexts.
    func child(named _: String) -> Any? { nil }
    /// The `String` transforms (`uppercased`, `lowercased`, `capitalized`, `reversed`, `empty`).
    func transform(_ name: String) -> Any? { text.transform(name) }

    /// Runs `body` with text fields handed over as ``TemplateText`` (`wrapped`) or as `String`s on
    /// this thread, then restores what was set before. A page is rendered on one thread, from the
    /// first name to the last, so the setting holds for all of its look-ups and for no other page's.
    static func rendering<Result>(wrapped: Bool, _ body: () throws -> Result) rethrows -> Result {
        let before = pthread_getspecific(wrappingKey)
        pthread_setspecific(wrappingKey, wrapped ? UnsafeRawPointer(bitPattern: 1) : nil)
        defer { pthread_setspecific(wrappingKey, before) }
        return try body()
    }

    /// Whether text fields are handed over as ``TemplateText`` on this thread (``rendering(wrapped:_:)``);
    /// `false` unless set.
    static var isWrapping: Bool { pthread_getspecific(wrappingKey) != nil }

    /// The thread-specific setting of ``rendering(wrapped:_:)``: a POSIX key (a few nanoseconds to
    /// read, against a lock for a process-wide setting that every name would read).
    private static let wrappingKey: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, nil)
        precondition(status == 0, "pthread_key_create: \(status)")
        return key
    }()
}

/// A page's view model: one type per kind of page (``PageKind/Template``).
protocol PageModel: TemplateModel {
    /// The page's own text for the `description` meta tag, or `nil` for the review's description.
    /// Not a template field: the templates read the final text, `{{description}}` of ``CommonModel``.
    var metaDescription: String? { get }
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
    /// The interface texts, `{{t.…}}` (``Translations``): not part of the fingerprint, whose template
    /// digest covers the language files.
    let texts: TranslationNode

    /// Creates the context of one page.
    init(page: any PageModel, common: CommonModel, texts: Translations) {
        self.page = page
        self.common = common
        self.texts = texts.root
    }

    /// `t`: the interface texts; else the page's field `name`, else the shared one.
    func child(named name: String) -> Any? {
        if name == "t" { return texts }
        return page.child(named: name) ?? common.child(named: name)
    }
}
