#include "exchange/material_exporter.h"

#include "model/record_type.h"
#include "records/record_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

#include "exchange/csv_table.h"

namespace praxis::core {

namespace {

QString str(const Record &r, const char *field)
{
    const QVariant v = r.fields.value(QLatin1String(field));
    return v.metaType().id() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral("; ")) : v.toString();
}

QStringList list(const Record &r, const char *field)
{
    return r.fields.value(QLatin1String(field)).toStringList();
}

QStringList namesWithRole(const QList<NamedContributor> &all, const QStringList &roles)
{
    QStringList out;
    for (const NamedContributor &c : all)
        if (roles.isEmpty() || roles.contains(c.role))
            out << c.name;
    return out;
}

// "Jane Kato-Wallace" → "Kato-Wallace, Jane": the order reference managers expect.
QString invertedName(const QString &name)
{
    const QString n = name.simplified();
    if (n.contains(QLatin1Char(',')))
        return n;
    const qsizetype space = n.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? n : n.mid(space + 1) + QStringLiteral(", ") + n.left(space);
}

QString risType(const QString &materialType)
{
    if (materialType == QLatin1String("report"))
        return QStringLiteral("RPRT");
    if (materialType == QLatin1String("video"))
        return QStringLiteral("VIDEO");
    if (materialType == QLatin1String("presentation"))
        return QStringLiteral("SLIDE");
    if (materialType == QLatin1String("glossary"))
        return QStringLiteral("DICT");
    if (materialType == QLatin1String("e_course"))
        return QStringLiteral("ELEC");
    if (materialType == QLatin1String("manual") || materialType == QLatin1String("guide") || materialType == QLatin1String("toolkit"))
        return QStringLiteral("BOOK");
    return QStringLiteral("GEN");
}

QString cslType(const QString &materialType)
{
    if (materialType == QLatin1String("report"))
        return QStringLiteral("report");
    if (materialType == QLatin1String("video"))
        return QStringLiteral("motion_picture");
    if (materialType == QLatin1String("presentation"))
        return QStringLiteral("speech");
    if (materialType == QLatin1String("e_course"))
        return QStringLiteral("webpage");
    if (materialType == QLatin1String("manual") || materialType == QLatin1String("guide") || materialType == QLatin1String("toolkit"))
        return QStringLiteral("book");
    return QStringLiteral("document");
}

QString latexEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("&%$#_{}").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QByteArray writeCsv(const QList<MaterialExporter::Item> &items)
{
    const RecordTypeDef *def = RecordTypes::find(QStringLiteral("material"));
    QStringList customLabels;
    for (const auto &i : items)
        for (const auto &[label, value] : i.custom)
            if (!customLabels.contains(label))
                customLabels << label;
    QStringList header{QStringLiteral("id")};
    for (const FieldDef &f : def->fields)
        header << f.name;
    header << QStringLiteral("authors") << QStringLiteral("editors") << QStringLiteral("organisations");
    for (const QString &l : std::as_const(customLabels))
        header << QStringLiteral("custom:") + l;
    QList<QStringList> rows;
    for (const auto &i : items) {
        QStringList row{i.material.id.toString()};
        for (const FieldDef &f : def->fields)
            row << str(i.material, f.name.toLatin1().constData());
        row << namesWithRole(i.people, {QStringLiteral("author")}).join(QStringLiteral("; "))
            << namesWithRole(i.people, {QStringLiteral("editor"), QStringLiteral("translator"), QStringLiteral("contributor")}).join(QStringLiteral("; "))
            << namesWithRole(i.organisations, {}).join(QStringLiteral("; "));
        for (const QString &l : std::as_const(customLabels)) {
            QString v;
            for (const auto &[label, value] : i.custom)
                if (label == l)
                    v = value;
            row << v;
        }
        rows << row;
    }
    return CsvWriter::write(header, rows);
}

QByteArray writeRis(const QList<MaterialExporter::Item> &items)
{
    QString out;
    auto tag = [&](const char *t, const QString &v) {
        if (!v.trimmed().isEmpty())
            out += QLatin1String(t) + QStringLiteral("  - ") + QString(v).replace(QLatin1Char('\n'), QStringLiteral("\r\n      ")) + QStringLiteral("\r\n");
    };
    for (const auto &i : items) {
        const Record &m = i.material;
        tag("TY", risType(str(m, "material_type")));
        tag("TI", str(m, "title"));
        if (!str(m, "subtitle").isEmpty())
            tag("T2", str(m, "subtitle"));
        for (const NamedContributor &p : i.people)
            tag(p.role == QLatin1String("author") ? "AU" : p.role == QLatin1String("translator") ? "A4" : "A2", invertedName(p.name));
        tag("PY", str(m, "year"));
        if (!str(m, "date").isEmpty())
            tag("DA", QString(str(m, "date")).replace(QLatin1Char('-'), QLatin1Char('/')));
        tag("AB", str(m, "abstract"));
        for (const QString &t : list(m, "topics"))
            tag("KW", t);
        for (const QString &l : list(m, "languages"))
            tag("LA", l);
        tag("UR", str(m, "url"));
        for (const NamedContributor &o : i.organisations)
            tag("PB", o.name);
        tag("N1", str(m, "notes"));
        tag("ID", m.id.toString());
        out += QStringLiteral("ER  - \r\n\r\n");
    }
    return out.toUtf8();
}

QByteArray writeBibtex(const QList<MaterialExporter::Item> &items)
{
    QString out;
    QSet<QString> keys;
    for (const auto &i : items) {
        const Record &m = i.material;
        const QStringList authors = namesWithRole(i.people, {QStringLiteral("author")});
        // The key other tools make: first author's family name (or the producing organisation's first word,
        // or the title's first long word) and the year.
        QString base;
        if (!authors.isEmpty())
            base = invertedName(authors.first()).section(QLatin1Char(','), 0, 0);
        else if (!i.organisations.isEmpty())
            base = i.organisations.first().name.section(QLatin1Char(' '), 0, 1);
        else
            for (const QString &w : str(m, "title").split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (w.size() >= 4) {
                    base = w;
                    break;
                }
        base = base.normalized(QString::NormalizationForm_KD).toLower().remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        if (base.isEmpty())
            base = QStringLiteral("material");
        QString key = base + str(m, "year");
        for (int n = 0; keys.contains(key); ++n)
            key = base + str(m, "year") + QChar(QLatin1Char('a').unicode() + n % 26) + (n >= 26 ? QString::number(n / 26) : QString());
        keys.insert(key);
        const QString type = str(m, "material_type");
        const QString entry = type == QLatin1String("report") ? QStringLiteral("techreport")
                              : (type == QLatin1String("manual") || type == QLatin1String("guide") || type == QLatin1String("toolkit"))
                                  ? QStringLiteral("book")
                                  : QStringLiteral("misc");
        out += QStringLiteral("@%1{%2,\n").arg(entry, key);
        auto field = [&](const char *name, const QString &v) {
            if (!v.trimmed().isEmpty())
                out += QStringLiteral("  %1 = {%2},\n").arg(QLatin1String(name), latexEscaped(v));
        };
        field("title", str(m, "title"));
        field("subtitle", str(m, "subtitle"));
        QStringList authorNames;
        for (const QString &a : authors)
            authorNames << invertedName(a);
        // Organisations that produced a material without named authors stand as its author, in braces.
        if (authorNames.isEmpty())
            for (const NamedContributor &o : i.organisations)
                if (o.role == QLatin1String("producer"))
                    authorNames << QLatin1Char('{') + o.name + QLatin1Char('}');
        if (!authorNames.isEmpty())
            out += QStringLiteral("  author = {%1},\n").arg(latexEscaped(authorNames.join(QStringLiteral(" and "))).replace(QStringLiteral("\\{"), QStringLiteral("{")).replace(QStringLiteral("\\}"), QStringLiteral("}")));
        QStringList editors;
        for (const QString &e : namesWithRole(i.people, {QStringLiteral("editor")}))
            editors << invertedName(e);
        field("editor", editors.join(QStringLiteral(" and ")));
        field("year", str(m, "year"));
        field("date", str(m, "date"));
        QStringList publishers = namesWithRole(i.organisations, {QStringLiteral("publisher")});
        if (entry == QLatin1String("techreport"))
            field("institution", (publishers.isEmpty() ? namesWithRole(i.organisations, {}) : publishers).join(QStringLiteral(" and ")));
        else
            field("publisher", publishers.join(QStringLiteral(" and ")));
        field("abstract", str(m, "abstract"));
        field("keywords", list(m, "topics").join(QStringLiteral(", ")));
        field("langid", list(m, "languages").join(QStringLiteral(", ")));
        field("url", str(m, "url"));
        field("copyright", str(m, "licence"));
        field("note", str(m, "notes"));
        out += QStringLiteral("}\n\n");
    }
    return out.toUtf8();
}

QJsonArray cslNames(const QList<NamedContributor> &all, const QString &role)
{
    QJsonArray out;
    for (const NamedContributor &c : all) {
        if (c.role != role)
            continue;
        const QString inverted = invertedName(c.name);
        const qsizetype comma = inverted.indexOf(QLatin1Char(','));
        if (comma < 0)
            out.append(QJsonObject{{QStringLiteral("literal"), c.name}});
        else
            out.append(QJsonObject{{QStringLiteral("family"), inverted.left(comma).trimmed()}, {QStringLiteral("given"), inverted.mid(comma + 1).trimmed()}});
    }
    return out;
}

QByteArray writeCslJson(const QList<MaterialExporter::Item> &items)
{
    QJsonArray out;
    for (const auto &i : items) {
        const Record &m = i.material;
        QJsonObject o{{QStringLiteral("id"), m.id.toString()}, {QStringLiteral("type"), cslType(str(m, "material_type"))},
                      {QStringLiteral("title"), str(m, "title")}};
        auto put = [&](const char *key, const QString &v) {
            if (!v.isEmpty())
                o.insert(QLatin1String(key), v);
        };
        put("abstract", str(m, "abstract"));
        put("URL", str(m, "url"));
        put("note", str(m, "notes"));
        put("license", str(m, "licence"));
        put("language", list(m, "languages").value(0));
        put("keyword", list(m, "topics").join(QStringLiteral(", ")));
        put("publisher", namesWithRole(i.organisations, {}).join(QStringLiteral("; ")));
        for (const char *role : {"author", "editor", "translator"}) {
            QJsonArray names = cslNames(i.people, QLatin1String(role));
            if (QLatin1String(role) == QLatin1String("author") && names.isEmpty())
                for (const NamedContributor &org : i.organisations)
                    if (org.role == QLatin1String("producer"))
                        names.append(QJsonObject{{QStringLiteral("literal"), org.name}});
            if (!names.isEmpty())
                o.insert(QLatin1String(role), names);
        }
        QString date = str(m, "date");
        if (date.isEmpty())
            date = str(m, "year");
        if (!date.isEmpty()) {
            QJsonArray parts;
            for (const QString &p : date.split(QLatin1Char('-')))
                parts.append(p.toInt());
            o.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}});
        }
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray writeDublinCore(const QList<MaterialExporter::Item> &items)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("records"));
    const QString oai = QStringLiteral("http://www.openarchives.org/OAI/2.0/oai_dc/");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    xml.writeNamespace(oai, QStringLiteral("oai_dc"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    for (const auto &i : items) {
        const Record &m = i.material;
        xml.writeStartElement(oai, QStringLiteral("dc"));
        xml.writeAttribute(xsi, QStringLiteral("schemaLocation"), oai + QStringLiteral(" http://www.openarchives.org/OAI/2.0/oai_dc.xsd"));
        auto el = [&](const char *name, const QString &v) {
            if (!v.trimmed().isEmpty())
                xml.writeTextElement(dc, QLatin1String(name), v);
        };
        el("title", str(m, "subtitle").isEmpty() ? str(m, "title") : str(m, "title") + QStringLiteral(": ") + str(m, "subtitle"));
        for (const QString &a : namesWithRole(i.people, {QStringLiteral("author")}))
            el("creator", invertedName(a));
        for (const NamedContributor &o : i.organisations)
            if (o.role == QLatin1String("producer"))
                el("creator", o.name);
        for (const QString &t : list(m, "topics"))
            el("subject", t);
        el("description", str(m, "abstract"));
        for (const NamedContributor &o : i.organisations)
            if (o.role == QLatin1String("publisher"))
                el("publisher", o.name);
        for (const QString &c : namesWithRole(i.people, {QStringLiteral("editor"), QStringLiteral("translator"), QStringLiteral("contributor")}))
            el("contributor", invertedName(c));
        el("date", str(m, "date").isEmpty() ? str(m, "year") : str(m, "date"));
        el("type", str(m, "material_type"));
        el("format", str(m, "format"));
        el("identifier", str(m, "url"));
        el("identifier", QStringLiteral("urn:uuid:") + m.id.toString());
        for (const QString &l : list(m, "languages"))
            el("language", l);
        for (const QString &c : list(m, "countries"))
            el("coverage", c);
        for (const QString &r : list(m, "regions"))
            el("coverage", r);
        el("rights", str(m, "licence"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray writeJsonLd(const QList<MaterialExporter::Item> &items)
{
    QJsonArray graph;
    for (const auto &i : items) {
        const Record &m = i.material;
        QJsonObject o{{QStringLiteral("@type"), QStringLiteral("LearningResource")},
                      {QStringLiteral("@id"), QString(QStringLiteral("urn:uuid:") + m.id.toString())},
                      {QStringLiteral("name"), str(m, "title")}};
        auto put = [&](const char *key, const QJsonValue &v) {
            if (!(v.isString() && v.toString().isEmpty()) && !(v.isArray() && v.toArray().isEmpty()) && !v.isNull())
                o.insert(QLatin1String(key), v);
        };
        put("alternativeHeadline", str(m, "subtitle"));
        put("learningResourceType", str(m, "material_type"));
        put("description", str(m, "abstract"));
        put("url", str(m, "url"));
        put("license", str(m, "licence"));
        put("educationalLevel", str(m, "level"));
        put("timeRequired", str(m, "duration"));
        put("encodingFormat", str(m, "format"));
        put("inLanguage", QJsonArray::fromStringList(list(m, "languages")));
        put("keywords", QJsonArray::fromStringList(list(m, "topics")));
        if (!str(m, "year").isEmpty() || !str(m, "date").isEmpty())
            put("datePublished", str(m, "date").isEmpty() ? str(m, "year") : str(m, "date"));
        QJsonArray audience;
        for (const QString &a : list(m, "audiences"))
            audience.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("EducationalAudience")}, {QStringLiteral("educationalRole"), a}});
        put("audience", audience);
        QJsonArray places;
        for (const QString &c : list(m, "countries"))
            places.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("Country")}, {QStringLiteral("identifier"), c}});
        for (const QString &r : list(m, "regions"))
            places.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("Place")}, {QStringLiteral("name"), r}});
        put("spatialCoverage", places);
        auto people = [&](const QString &role) {
            QJsonArray a;
            for (const QString &n : namesWithRole(i.people, {role}))
                a.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("Person")}, {QStringLiteral("name"), n}});
            return a;
        };
        auto orgs = [&](const QStringList &roles) {
            QJsonArray a;
            for (const QString &n : namesWithRole(i.organisations, roles))
                a.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")}, {QStringLiteral("name"), n}});
            return a;
        };
        QJsonArray authors = people(QStringLiteral("author"));
        for (const QJsonValue &p : orgs({QStringLiteral("producer")}))
            authors.append(p);
        put("author", authors);
        put("editor", people(QStringLiteral("editor")));
        put("translator", people(QStringLiteral("translator")));
        put("publisher", orgs({QStringLiteral("publisher")}));
        put("funder", orgs({QStringLiteral("funder")}));
        if (!str(m, "rating").isEmpty() && str(m, "rating") != QLatin1String("0"))
            put("contentRating", str(m, "rating"));
        QJsonArray extra;
        for (const auto &[label, value] : i.custom)
            extra.append(QJsonObject{{QStringLiteral("@type"), QStringLiteral("PropertyValue")}, {QStringLiteral("name"), label}, {QStringLiteral("value"), value}});
        put("additionalProperty", extra);
        graph.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("@context"), QStringLiteral("https://schema.org")}, {QStringLiteral("@graph"), graph}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

Result<MaterialFormat> MaterialExporter::formatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        return MaterialFormat::Csv;
    if (n == QLatin1String("ris"))
        return MaterialFormat::Ris;
    if (n == QLatin1String("bibtex") || n == QLatin1String("bib"))
        return MaterialFormat::Bibtex;
    if (n == QLatin1String("csl-json") || n == QLatin1String("csl") || n == QLatin1String("csljson"))
        return MaterialFormat::CslJson;
    if (n == QLatin1String("dc") || n == QLatin1String("oai_dc") || n == QLatin1String("dublin-core"))
        return MaterialFormat::DublinCore;
    if (n == QLatin1String("jsonld") || n == QLatin1String("json-ld") || n == QLatin1String("lrmi"))
        return MaterialFormat::JsonLd;
    return makeError(ErrorCode::Invalid, QObject::tr("Unknown format “%1”: use csv, ris, bibtex, csl-json, dc or jsonld.").arg(name));
}

QString MaterialExporter::fileSuffix(MaterialFormat format)
{
    switch (format) {
    case MaterialFormat::Csv: return QStringLiteral("csv");
    case MaterialFormat::Ris: return QStringLiteral("ris");
    case MaterialFormat::Bibtex: return QStringLiteral("bib");
    case MaterialFormat::CslJson: return QStringLiteral("json");
    case MaterialFormat::DublinCore: return QStringLiteral("xml");
    case MaterialFormat::JsonLd: return QStringLiteral("jsonld");
    }
    return {};
}

Result<MaterialExporter::Item> MaterialExporter::item(const RecordId &id) const
{
    auto record = m_store.get(id);
    if (!record)
        return record.error();
    if (record->type != QLatin1String("material"))
        return makeError(ErrorCode::Invalid, QObject::tr("%1 is not a material.").arg(id.toString()));
    Item item{*record, {}, {}, {}};
    auto nameOf = [&](const Record &part, const char *refField) {
        const QString ref = part.value(QLatin1String(refField)).toString();
        if (!ref.isEmpty())
            if (auto n = m_store.displayName(RecordId(ref)))
                return *n;
        return part.value(QStringLiteral("name_text")).toString();
    };
    if (auto people = m_store.parts(id, QStringLiteral("material_contributor")))
        for (const Record &p : *people)
            if (!p.isTrashed())
                item.people.append({nameOf(p, "person_id"), p.value(QStringLiteral("role")).toString().isEmpty() ? QStringLiteral("author") : p.value(QStringLiteral("role")).toString()});
    if (auto orgs = m_store.parts(id, QStringLiteral("material_organisation")))
        for (const Record &o : *orgs)
            if (!o.isTrashed())
                item.organisations.append({nameOf(o, "organisation_id"), o.value(QStringLiteral("role")).toString().isEmpty() ? QStringLiteral("publisher") : o.value(QStringLiteral("role")).toString()});
    if (auto values = m_store.parts(id, QStringLiteral("custom_value"))) {
        for (const Record &v : *values) {
            if (v.isTrashed())
                continue;
            auto field = m_store.get(RecordId(v.value(QStringLiteral("field_id")).toString()));
            if (!field || field->isTrashed())
                continue;
            QString label = field->value(QStringLiteral("label")).toString();
            if (label.isEmpty())
                label = field->value(QStringLiteral("name")).toString();
            item.custom.append({label, v.value(QStringLiteral("value")).toString()});
        }
    }
    return item;
}

Result<QByteArray> MaterialExporter::write(MaterialFormat format, const QList<RecordId> &ids, const std::atomic_bool *cancel,
                                           const std::function<void(qint64, qint64)> &progress)
{
    QList<RecordId> chosen = ids;
    if (chosen.isEmpty()) {
        constexpr int kPage = 500;
        for (int offset = 0;; offset += kPage) {
            ListQuery q;
            q.limit = kPage;
            q.offset = offset;
            q.sortField = QStringLiteral("title");
            auto page = m_store.list(QStringLiteral("material"), q);
            if (!page)
                return page.error();
            for (const Record &r : *page)
                chosen << r.id;
            if (page->size() < kPage)
                break;
        }
    }
    QList<Item> items;
    for (const RecordId &id : std::as_const(chosen)) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, QObject::tr("The export was stopped; no file was written."));
        auto i = item(id);
        if (!i)
            return i.error();
        items.append(*i);
        if (progress)
            progress(items.size(), chosen.size());
    }
    switch (format) {
    case MaterialFormat::Csv: return writeCsv(items);
    case MaterialFormat::Ris: return writeRis(items);
    case MaterialFormat::Bibtex: return writeBibtex(items);
    case MaterialFormat::CslJson: return writeCslJson(items);
    case MaterialFormat::DublinCore: return writeDublinCore(items);
    case MaterialFormat::JsonLd: return writeJsonLd(items);
    }
    return QByteArray();
}

} // namespace praxis::core
