#include "search/search_document.h"

#include "model/regions.h"

#include "attachments/attachment_text.h"
#include "model/record_type.h"
#include "records/record_store.h"

#include <QCryptographicHash>
#include <QHash>

#include <list>
#include <optional>

namespace praxis::core {

namespace {

int yearOf(const QVariant &date)
{
    const QString s = date.toString();
    if (s.size() < 4)
        return 0;
    bool ok = false;
    const int y = s.left(4).toInt(&ok);
    return ok ? y : 0;
}

QString fieldText(const Record &r, const char *field)
{
    return r.fields.value(QString::fromLatin1(field)).toString();
}

void append(QString &body, const QString &more)
{
    if (more.trimmed().isEmpty())
        return;
    if (!body.isEmpty())
        body += QLatin1Char('\n');
    body += more;
}

} // namespace

QString SearchDocument::hash() const
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const QString &part : {kind, language, QString::number(year), title, body})
        h.addData((part + QChar(0)).toUtf8());
    for (const auto &[facet, value] : facets)
        h.addData((facet + QLatin1Char('=') + value + QChar(0)).toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

Result<QList<Record>> StoreDocumentSource::parts(const RecordId &owner, const QString &partType) const
{
    return m_store.parts(owner, partType);
}

Result<Record> StoreDocumentSource::get(const RecordId &id) const
{
    return m_store.get(id);
}

Result<QString> StoreDocumentSource::displayName(const RecordId &id) const
{
    return m_store.displayName(id);
}

QString StoreDocumentSource::attachmentText(const QString &sha256) const
{
    if (!m_attachmentTexts)
        return {};
    auto contents = m_attachmentTexts->text(sha256);
    return contents ? *contents : QString();
}

const QStringList &SearchDocumentBuilder::kinds()
{
    // In the order of the model: what each type says it reads as.
    static const QStringList k = [] {
        QStringList out;
        for (const RecordTypeDef &t : RecordTypes::all()) {
            if (!t.searchKind.isEmpty())
                out << t.searchKind;
        }
        return out;
    }();
    return k;
}

QString SearchDocumentBuilder::kindOfType(const QString &type)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    return def ? def->searchKind : QString();
}

// A type's search description (RecordTypeDef::searchTitle and the rest), read once.
struct SearchDocumentBuilder::Shape {
    struct Path {
        QString prefix;                  // written before the value
        QList<QStringList> alternatives; // each a chain of fields; the first with a value counts
        const RecordTypeDef *part = nullptr; // a body entry that names a part type
    };
    QList<Path> title;
    QList<Path> body;
    Path language;
    Path year;
    QList<QPair<QString, Path>> facets;
    bool describesParts = false; // as a part: its own body and facets rather than all its text

    explicit Shape(const RecordTypeDef &def)
    {
        auto parse = [](const QString &text) {
            Path p;
            QString path = text;
            if (const int space = int(text.lastIndexOf(QLatin1Char(' '))); space >= 0) {
                p.prefix = text.left(space + 1);
                path = text.mid(space + 1);
            }
            for (const QString &alternative : path.split(QLatin1Char('|'), Qt::SkipEmptyParts))
                p.alternatives << alternative.split(QLatin1Char('.'));
            return p;
        };
        for (const QString &t : def.searchTitle)
            title << parse(t);
        for (const QString &b : def.searchBody) {
            Path p = parse(b);
            if (!def.field(b)) {
                if (const RecordTypeDef *part = RecordTypes::find(b); part && RecordTypes::partsOf(def.name).contains(part))
                    p.part = part;
            }
            body << p;
        }
        language = parse(def.searchLanguage);
        year = parse(def.searchYear);
        for (const RecordTypeDef::SearchFacetSource &f : def.searchFacets)
            facets.append({f.facet, parse(f.path)});
        describesParts = !def.searchBody.isEmpty() || !def.searchFacets.isEmpty();
    }
};

// Reads one record's document: the values its type's paths lead to, each record reached on the way read once.
class SearchDocumentBuilder::Reading {
public:
    Reading(const SearchDocumentBuilder &builder, SearchDocument &doc) : m_builder(builder), m_doc(doc) {}

    struct Value {
        QVariant value;
        const FieldDef *field = nullptr; // null for the id and the words of "@" paths
        bool found = false;
    };

    Value resolve(const Record &record, const RecordTypeDef &def, const QStringList &chain)
    {
        const Record *current = &record;
        const RecordTypeDef *type = &def;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const QString &step = chain.at(i);
            if (step == QLatin1String("@label"))
                return {type->label, nullptr, true};
            if (step == QLatin1String("@language"))
                return {m_doc.language, nullptr, true};
            if (step == QLatin1String("id"))
                return {current->id.toString(), nullptr, true};
            const FieldDef *field = type->field(step);
            if (!field)
                return {};
            const QVariant value = current->fields.value(step);
            if (i + 1 == chain.size())
                return {value, field, true};
            if (field->type != FieldType::Reference || !value.isValid())
                return {};
            current = fetch(RecordId(value.toString()));
            type = current ? RecordTypes::find(current->type) : nullptr;
            if (!type)
                return {};
        }
        return {};
    }

    // What a user reads: a list's items, the name of a referenced record.
    QString text(const Record &record, const RecordTypeDef &def, const Shape::Path &path)
    {
        for (const QStringList &chain : path.alternatives) {
            const Value v = resolve(record, def, chain);
            QString out;
            if (!v.found || !v.value.isValid())
                continue;
            if (v.field && v.field->type == FieldType::List)
                out = v.value.toStringList().join(QStringLiteral(", "));
            else if (v.field && v.field->type == FieldType::Reference)
                out = name(v.value);
            else
                out = v.value.toString();
            if (!out.isEmpty())
                return out;
        }
        return {};
    }

    // What a filter takes: the stored values, one per item of a list.
    QStringList values(const Record &record, const RecordTypeDef &def, const Shape::Path &path)
    {
        for (const QStringList &chain : path.alternatives) {
            const Value v = resolve(record, def, chain);
            if (!v.found || !v.value.isValid())
                continue;
            QStringList out = v.field && v.field->type == FieldType::List ? v.value.toStringList() : QStringList{v.value.toString()};
            out.removeAll(QString());
            if (!out.isEmpty())
                return out;
        }
        return {};
    }

    const FieldDef *lastField(const RecordTypeDef &def, const Shape::Path &path)
    {
        const RecordTypeDef *type = &def;
        const FieldDef *field = nullptr;
        for (const QString &step : path.alternatives.value(0)) {
            field = type ? type->field(step) : nullptr;
            if (!field)
                return nullptr;
            type = field->refTypes.size() == 1 ? RecordTypes::find(field->refTypes.first()) : nullptr;
        }
        return field;
    }

    int year(const Record &record, const RecordTypeDef &def, const Shape::Path &path)
    {
        for (const QStringList &chain : path.alternatives) {
            const Value v = resolve(record, def, chain);
            if (!v.found)
                continue;
            const int y = v.field && v.field->type == FieldType::Integer ? int(v.value.toLongLong()) : yearOf(v.value);
            if (y)
                return y;
        }
        return 0;
    }

    void addFacets(const Record &record, const RecordTypeDef &def, const Shape &shape, QList<QPair<QString, QString>> &out)
    {
        for (const auto &[facet, path] : shape.facets) {
            QStringList found = values(record, def, path);
            const FieldDef *field = lastField(def, path);
            if (facet == QLatin1String("region") && field && field->vocabulary == QLatin1String("country")) {
                QStringList regions;
                for (const QString &country : std::as_const(found))
                    regions << Regions::ofCountry(country);
                found = regions;
            }
            for (QString value : std::as_const(found)) {
                if (facet == QLatin1String("lang"))
                    value = value.toLower();
                else if (facet == QLatin1String("country"))
                    value = value.toUpper();
                // A country's regions overlap another's, and the regions given: each region once.
                if (value.isEmpty() || (facet == QLatin1String("region") && out.contains({facet, value})))
                    continue;
                out.append({facet, value});
            }
        }
    }

    void addBody(const Record &record, const RecordTypeDef &def, const Shape &shape)
    {
        for (const Shape::Path &path : shape.body) {
            if (path.part)
                addParts(record, *path.part);
            else if (const QString t = text(record, def, path); !t.isEmpty())
                append(m_doc.body, path.prefix + t);
        }
    }

    // Parts go into their owner's document: what their type describes, or all their text.
    void addParts(const Record &owner, const RecordTypeDef &partType)
    {
        auto parts = partsOf(owner, partType.name);
        if (!parts)
            return;
        const Shape &shape = shapeOf(partType);
        for (const Record &p : *parts) {
            if (shape.describesParts) {
                addBody(p, partType, shape);
                addFacets(p, partType, shape, m_partFacets);
            } else {
                for (const FieldDef &f : partType.fields) {
                    if (f.name == partType.parentField)
                        continue;
                    const QVariant v = p.fields.value(f.name);
                    if (!v.isValid())
                        continue;
                    if (f.type == FieldType::Text || f.type == FieldType::LongText)
                        append(m_doc.body, v.toString());
                    else if (f.type == FieldType::Reference)
                        append(m_doc.body, name(v));
                    else if (f.type == FieldType::List)
                        append(m_doc.body, v.toStringList().join(QStringLiteral(", ")));
                }
            }
            for (const RecordTypeDef *sub : RecordTypes::partsOf(partType.name))
                addParts(p, *sub);
        }
    }

    void read(const Record &record, const RecordTypeDef &def, const Shape &shape)
    {
        if (const QString language = firstOf(record, def, shape.language); !language.isEmpty())
            m_doc.language = language;
        for (const Shape::Path &path : shape.title) {
            if (const QString t = text(record, def, path); !t.isEmpty())
                append(m_doc.title, path.prefix + t);
        }
        addBody(record, def, shape);
        m_doc.year = year(record, def, shape.year);
        addFacets(record, def, shape, m_doc.facets);
        m_doc.facets << m_partFacets;
    }

    const Shape &shapeOf(const RecordTypeDef &def);

    void addCommon(const Record &record)
    {
        // Tags, attachments and custom fields hang off any record; each is a link whose parent is the record.
        if (auto taggings = partsOf(record, QStringLiteral("tagging"))) {
            for (const Record &t : *taggings) {
                const QString tag = t.fields.value(QStringLiteral("tag_id")).toString();
                m_doc.facets.append({QStringLiteral("tag"), tag});
                append(m_doc.body, name(tag));
            }
        }
        if (auto attachments = partsOf(record, QStringLiteral("attachment"))) {
            if (!attachments->isEmpty())
                m_doc.facets.append({QStringLiteral("has"), QStringLiteral("attachment")});
            for (const Record &a : *attachments) {
                append(m_doc.body, fieldText(a, "title"));
                append(m_doc.body, fieldText(a, "file_name"));
                const QString sha = fieldText(a, "sha256");
                if (!sha.isEmpty()) {
                    // A file's words find the record it is attached to; capped so that one huge file cannot
                    // swamp the document (the cache already stores no more than this).
                    if (const QString contents = m_builder.m_source.attachmentText(sha); !contents.isEmpty())
                        append(m_doc.body, contents.left(AttachmentTextCache::kMaxChars));
                }
            }
        }
        if (auto values = partsOf(record, QStringLiteral("custom_value"))) {
            for (const Record &v : *values) {
                auto field = fetch(RecordId(fieldText(v, "field_id")));
                if (!field || field->isTrashed())
                    continue;
                const QString value = fieldText(v, "value");
                m_doc.facets.append({QStringLiteral("field:") + fieldText(*field, "name").toLower(), value});
                append(m_doc.body, value);
            }
        }
    }

    // The first error of SQLite met while reading, other than a record that is not there.
    const std::optional<Error> &failure() const { return m_failure; }

private:
    void fail(const Error &e)
    {
        if (!m_failure)
            m_failure = e;
    }

    Result<QList<Record>> partsOf(const Record &owner, const QString &partType)
    {
        auto parts = m_builder.m_source.parts(owner.id, partType);
        if (!parts)
            fail(parts.error());
        return parts;
    }

    QString name(const QVariant &id)
    {
        if (!id.isValid())
            return {};
        auto n = m_builder.m_source.displayName(RecordId(id.toString()));
        if (!n && n.error().code != ErrorCode::NotFound)
            fail(n.error());
        return n ? *n : QString();
    }

    // The first value a path has (a list's first item).
    QString firstOf(const Record &record, const RecordTypeDef &def, const Shape::Path &path)
    {
        const QStringList found = values(record, def, path);
        return found.isEmpty() ? QString() : found.first();
    }

    const Record *fetch(const RecordId &id)
    {
        auto known = m_fetched.find(id.toString());
        if (known == m_fetched.end()) {
            auto record = m_builder.m_source.get(id);
            if (!record && record.error().code != ErrorCode::NotFound)
                fail(record.error());
            known = m_fetched.insert(id.toString(), record ? std::optional<Record>(*record) : std::nullopt);
        }
        return known->has_value() ? &**known : nullptr;
    }

    const SearchDocumentBuilder &m_builder;
    SearchDocument &m_doc;
    QList<QPair<QString, QString>> m_partFacets; // after the record's own, in the order of its parts
    QHash<QString, std::optional<Record>> m_fetched;
    std::list<Shape> m_others;
    std::optional<Error> m_failure;
};

const SearchDocumentBuilder::Shape &SearchDocumentBuilder::Reading::shapeOf(const RecordTypeDef &def)
{
    // The model's types are read once, for every thread.
    static const QHash<QString, Shape> model = [] {
        QHash<QString, Shape> out;
        for (const RecordTypeDef &t : RecordTypes::all())
            out.insert(t.name, Shape(t));
        return out;
    }();
    auto known = model.constFind(def.name);
    if (known != model.cend() && RecordTypes::find(def.name) == &def)
        return *known;
    // A definition from elsewhere (a test's): read for this document only.
    return m_others.emplace_back(def);
}

QStringList SearchDocumentBuilder::unknownPaths(const RecordTypeDef &type)
{
    QStringList out;
    const Shape shape(type);
    auto check = [&](const Shape::Path &path) {
        for (const QStringList &chain : path.alternatives) {
            const RecordTypeDef *at = &type;
            for (qsizetype i = 0; i < chain.size() && at; ++i) {
                const QString &step = chain.at(i);
                const bool last = i + 1 == chain.size();
                if (last && (step == QLatin1String("id") || step == QLatin1String("@label") || step == QLatin1String("@language")))
                    break;
                const FieldDef *field = at->field(step);
                if (!field || (!last && (field->type != FieldType::Reference || field->refTypes.size() != 1))) {
                    out << type.name + QLatin1Char(':') + chain.join(QLatin1Char('.'));
                    break;
                }
                at = last ? nullptr : RecordTypes::find(field->refTypes.first());
            }
        }
    };
    for (const Shape::Path &p : shape.title)
        check(p);
    for (const Shape::Path &p : shape.body) {
        if (!p.part)
            check(p);
    }
    check(shape.language);
    check(shape.year);
    for (const auto &facet : shape.facets)
        check(facet.second);
    return out;
}

Result<std::optional<SearchDocument>> SearchDocumentBuilder::build(const Record &r) const
{
    const RecordTypeDef *def = RecordTypes::find(r.type);
    if (!def)
        return std::optional<SearchDocument>();
    return build(r, *def);
}

Result<std::optional<SearchDocument>> SearchDocumentBuilder::build(const Record &r, const RecordTypeDef &type) const
{
    if (type.searchKind.isEmpty())
        return std::optional<SearchDocument>();
    SearchDocument doc;
    doc.kind = type.searchKind;
    doc.language = m_defaultLanguage;
    Reading reading(*this, doc);
    reading.read(r, type, reading.shapeOf(type));
    reading.addCommon(r);
    // A document missing what could not be read would be taken for the record's: none is made.
    if (const std::optional<Error> &failed = reading.failure())
        return *failed;
    doc.title = doc.title.simplified();
    return std::optional<SearchDocument>(doc);
}

} // namespace praxis::core
