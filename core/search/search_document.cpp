#include "search/search_document.h"

#include "model/regions.h"

#include "attachments/attachment_text.h"
#include "model/record_type.h"
#include "records/record_store.h"

#include <QCryptographicHash>

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

QString text(const Record &r, const char *field)
{
    return r.fields.value(QString::fromLatin1(field)).toString();
}

QStringList list(const Record &r, const char *field)
{
    return r.fields.value(QString::fromLatin1(field)).toStringList();
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

void SearchDocumentBuilder::addPlaces(const Record &r, SearchDocument &doc) const
{
    // Regions as given, and the regions of each country, so region:"Latin America" finds a material
    // that names only Bolivia.
    QStringList regions;
    for (const QString &c : r.fields.value(QStringLiteral("countries")).toStringList()) {
        doc.facets.append({QStringLiteral("country"), c.toUpper()});
        for (const QString &g : Regions::ofCountry(c))
            if (!regions.contains(g))
                regions << g;
    }
    for (const QString &g : r.fields.value(QStringLiteral("regions")).toStringList())
        if (!g.isEmpty() && !regions.contains(g))
            regions << g;
    for (const QString &g : std::as_const(regions))
        doc.facets.append({QStringLiteral("region"), g});
}

QString SearchDocumentBuilder::name(const QVariant &id) const
{
    if (!id.isValid())
        return {};
    auto n = m_source.displayName(RecordId(id.toString()));
    return n ? *n : QString();
}

void SearchDocumentBuilder::addParts(const Record &record, const QString &partType, QString &body) const
{
    auto parts = m_source.parts(record.id, partType);
    if (!parts)
        return;
    const RecordTypeDef *def = RecordTypes::find(partType);
    for (const Record &p : *parts) {
        for (const FieldDef &f : def->fields) {
            if (f.name == def->parentField)
                continue;
            const QVariant v = p.fields.value(f.name);
            if (!v.isValid())
                continue;
            if (f.type == FieldType::Text || f.type == FieldType::LongText)
                append(body, v.toString());
            else if (f.type == FieldType::Reference)
                append(body, name(v));
            else if (f.type == FieldType::List)
                append(body, v.toStringList().join(QStringLiteral(", ")));
        }
        for (const RecordTypeDef *sub : RecordTypes::partsOf(partType))
            addParts(p, sub->name, body);
    }
}

void SearchDocumentBuilder::addCommon(const Record &record, SearchDocument &doc) const
{
    // Tags, attachments and custom fields hang off any record; each is a link whose parent is the record.
    if (auto taggings = m_source.parts(record.id, QStringLiteral("tagging"))) {
        for (const Record &t : *taggings) {
            const QString tag = t.fields.value(QStringLiteral("tag_id")).toString();
            doc.facets.append({QStringLiteral("tag"), tag});
            append(doc.body, name(tag));
        }
    }
    if (auto attachments = m_source.parts(record.id, QStringLiteral("attachment"))) {
        if (!attachments->isEmpty())
            doc.facets.append({QStringLiteral("has"), QStringLiteral("attachment")});
        for (const Record &a : *attachments) {
            append(doc.body, text(a, "title"));
            append(doc.body, text(a, "file_name"));
            const QString sha = text(a, "sha256");
            if (!sha.isEmpty()) {
                // A file's words find the record it is attached to; capped so that one huge file cannot
                // swamp the document (the cache already stores no more than this).
                if (const QString contents = m_source.attachmentText(sha); !contents.isEmpty())
                    append(doc.body, contents.left(AttachmentTextCache::kMaxChars));
            }
        }
    }
    if (auto values = m_source.parts(record.id, QStringLiteral("custom_value"))) {
        for (const Record &v : *values) {
            auto field = m_source.get(RecordId(text(v, "field_id")));
            if (!field || field->isTrashed())
                continue;
            const QString value = text(v, "value");
            doc.facets.append({QStringLiteral("field:") + text(*field, "name").toLower(), value});
            append(doc.body, value);
        }
    }
}

Result<std::optional<SearchDocument>> SearchDocumentBuilder::build(const Record &r) const
{
    const QString kind = kindOfType(r.type);
    if (kind.isEmpty())
        return std::optional<SearchDocument>();
    SearchDocument doc;
    doc.kind = kind;
    doc.language = m_defaultLanguage;
    auto facet = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            doc.facets.append({QString::fromLatin1(name), value});
    };
    if (r.type == QLatin1String("material")) {
        doc.title = text(r, "title");
        append(doc.title, text(r, "subtitle"));
        append(doc.body, text(r, "abstract"));
        append(doc.body, text(r, "notes"));
        append(doc.body, list(r, "topics").join(QStringLiteral(", ")));
        append(doc.body, list(r, "audiences").join(QStringLiteral(", ")));
        const QStringList langs = list(r, "languages");
        if (!langs.isEmpty())
            doc.language = langs.first();
        for (const QString &l : langs)
            facet("lang", l.toLower());
        facet("type", text(r, "material_type"));
        doc.year = int(r.fields.value(QStringLiteral("year")).toLongLong());
        if (!doc.year)
            doc.year = yearOf(r.fields.value(QStringLiteral("date")));
        addPlaces(r, doc);
        for (const QString &t : list(r, "topics"))
            facet("topic", t);
        if (auto people = m_source.parts(r.id, QStringLiteral("material_contributor"))) {
            for (const Record &p : *people) {
                append(doc.body, p.fields.contains(QStringLiteral("person_id")) ? name(p.fields.value(QStringLiteral("person_id"))) : text(p, "name_text"));
                facet("person", p.fields.value(QStringLiteral("person_id")).toString());
            }
        }
        if (auto orgs = m_source.parts(r.id, QStringLiteral("material_organisation"))) {
            for (const Record &o : *orgs) {
                append(doc.body, o.fields.contains(QStringLiteral("organisation_id")) ? name(o.fields.value(QStringLiteral("organisation_id"))) : text(o, "name_text"));
                facet("org", o.fields.value(QStringLiteral("organisation_id")).toString());
            }
        }
    } else if (r.type == QLatin1String("case_study")) {
        doc.title = text(r, "title");
        append(doc.body, text(r, "summary"));
        addParts(r, QStringLiteral("case_section"), doc.body);
        addParts(r, QStringLiteral("case_assessment"), doc.body);
        append(doc.body, list(r, "topics").join(QStringLiteral(", ")));
        append(doc.body, text(r, "notes"));
        doc.year = yearOf(r.fields.value(QStringLiteral("period_start")));
        addPlaces(r, doc);
        if (auto orgs = m_source.parts(r.id, QStringLiteral("case_organisation"))) {
            for (const Record &o : *orgs) {
                append(doc.body, o.fields.contains(QStringLiteral("organisation_id")) ? name(o.fields.value(QStringLiteral("organisation_id"))) : text(o, "name_text"));
                facet("org", o.fields.value(QStringLiteral("organisation_id")).toString());
            }
        }
    } else if (r.type == QLatin1String("dialogue")) {
        doc.title = text(r, "title");
        append(doc.body, text(r, "concept_note"));
        append(doc.body, text(r, "summary"));
        append(doc.body, text(r, "venue"));
        addParts(r, QStringLiteral("dialogue_phase"), doc.body);
        addParts(r, QStringLiteral("webinar_session"), doc.body);
        addParts(r, QStringLiteral("agenda_item"), doc.body);
        const QStringList langs = list(r, "languages");
        if (!langs.isEmpty())
            doc.language = langs.first();
        for (const QString &l : langs)
            facet("lang", l.toLower());
        facet("type", text(r, "kind"));
        doc.year = yearOf(r.fields.value(QStringLiteral("start_date")));
        facet("org", r.fields.value(QStringLiteral("organiser_id")).toString());
        facet("dialogue", r.id.toString());
        if (auto people = m_source.parts(r.id, QStringLiteral("dialogue_participant"))) {
            for (const Record &p : *people)
                facet("person", p.fields.value(QStringLiteral("person_id")).toString());
        }
    } else if (r.type == QLatin1String("post")) {
        doc.title = text(r, "subject");
        append(doc.body, text(r, "body"));
        append(doc.body, text(r, "author_name"));
        append(doc.body, name(r.fields.value(QStringLiteral("author_id"))));
        doc.year = yearOf(r.fields.value(QStringLiteral("posted_at")));
        facet("person", r.fields.value(QStringLiteral("author_id")).toString());
        auto thread = m_source.get(RecordId(text(r, "thread_id")));
        if (thread) {
            if (doc.title.isEmpty())
                doc.title = text(*thread, "title");
            const QString dialogueId = text(*thread, "dialogue_id");
            facet("dialogue", dialogueId);
            if (thread->fields.contains(QStringLiteral("phase_id"))) {
                if (auto phase = m_source.get(RecordId(text(*thread, "phase_id"))))
                    facet("week", QString::number(phase->fields.value(QStringLiteral("position")).toLongLong()));
            }
            if (auto dialogue = m_source.get(RecordId(dialogueId))) {
                const QStringList langs = list(*dialogue, "languages");
                if (!langs.isEmpty())
                    doc.language = langs.first();
            }
        }
        if (!text(r, "language").isEmpty())
            doc.language = text(r, "language");
        facet("lang", doc.language.toLower());
    } else if (r.type == QLatin1String("recommendation")) {
        doc.title = QObject::tr("Recommendation %1").arg(text(r, "number")).trimmed();
        append(doc.body, text(r, "text"));
        append(doc.body, text(r, "follow_up"));
        facet("type", text(r, "status"));
        facet("org", r.fields.value(QStringLiteral("responsible_org_id")).toString());
        facet("dialogue", text(r, "dialogue_id"));
        if (auto dialogue = m_source.get(RecordId(text(r, "dialogue_id")))) {
            append(doc.title, QStringLiteral("— ") + text(*dialogue, "title"));
            doc.year = yearOf(dialogue->fields.value(QStringLiteral("start_date")));
        }
        doc.year = doc.year ? doc.year : yearOf(r.fields.value(QStringLiteral("due_date")));
    } else if (r.type == QLatin1String("memo")) {
        doc.title = text(r, "title");
        append(doc.body, text(r, "body"));
        append(doc.body, text(r, "author"));
    } else if (r.type == QLatin1String("person")) {
        doc.title = text(r, "name");
        append(doc.body, text(r, "job_title"));
        append(doc.body, text(r, "affiliation_text"));
        append(doc.body, name(r.fields.value(QStringLiteral("affiliation_id"))));
        append(doc.body, list(r, "expertise").join(QStringLiteral(", ")));
        append(doc.body, text(r, "bio"));
        append(doc.body, text(r, "notes"));
        facet("country", text(r, "country").toUpper());
        facet("org", r.fields.value(QStringLiteral("affiliation_id")).toString());
        for (const QString &l : list(r, "languages"))
            facet("lang", l.toLower());
    } else if (r.type == QLatin1String("organisation")) {
        doc.title = text(r, "name");
        append(doc.title, text(r, "acronym"));
        append(doc.body, text(r, "description"));
        facet("type", text(r, "kind"));
        facet("country", text(r, "country").toUpper());
        facet("org", r.id.toString());
    }
    addCommon(r, doc);
    doc.title = doc.title.simplified();
    return std::optional<SearchDocument>(doc);
}

} // namespace praxis::core
