#include "records/record_filter.h"
#include "records/record_filter_sql.h"

#include "model/record_type.h"
#include "model/regions.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace praxis::core {

void RecordFilter::toggle(const QString &facet, const QString &value, bool on)
{
    QStringList &list = values[facet];
    if (on && !list.contains(value))
        list.append(value);
    else if (!on)
        list.removeAll(value);
    if (list.isEmpty())
        values.remove(facet);
}

RecordFilter RecordFilter::without(const QString &facet) const
{
    RecordFilter f = *this;
    f.values.remove(facet);
    if (facet == QLatin1String("year"))
        f.yearFrom = f.yearTo = 0;
    return f;
}

QJsonObject RecordFilter::toJson() const
{
    QJsonObject o;
    QJsonObject facets;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        facets.insert(it.key(), QJsonArray::fromStringList(it.value()));
    if (!facets.isEmpty())
        o.insert(QStringLiteral("facets"), facets);
    if (yearFrom)
        o.insert(QStringLiteral("year_from"), yearFrom);
    if (yearTo)
        o.insert(QStringLiteral("year_to"), yearTo);
    if (!collection.isEmpty())
        o.insert(QStringLiteral("collection"), collection);
    return o;
}

Result<RecordFilter> RecordFilter::fromJson(const QJsonObject &json)
{
    RecordFilter f;
    const QJsonValue facets = json.value(QStringLiteral("facets"));
    if (!facets.isUndefined() && !facets.isObject())
        return makeError(ErrorCode::Invalid, QObject::tr("A saved filter's “facets” must be an object of value lists."));
    const QJsonObject o = facets.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isArray())
            return makeError(ErrorCode::Invalid, QObject::tr("The saved values of “%1” must be a list.").arg(it.key()));
        QStringList list;
        for (const QJsonValue &v : it.value().toArray())
            if (v.isString() && !v.toString().isEmpty())
                list << v.toString();
        if (!list.isEmpty())
            f.values.insert(it.key(), list);
    }
    f.yearFrom = json.value(QStringLiteral("year_from")).toInt();
    f.yearTo = json.value(QStringLiteral("year_to")).toInt();
    f.collection = json.value(QStringLiteral("collection")).toString();
    return f;
}

namespace filter_sql {

const RecordTypeDef *partRef(const QString &partType, const QString &field, const FieldDef **out)
{
    const RecordTypeDef *def = RecordTypes::find(partType);
    *out = def ? def->field(field) : nullptr;
    return *out ? def : nullptr;
}

// Live records of the type: the few in the trash are left out by rowid, so counting a field reads its
// index alone instead of looking every record up in `records` (a tenth of the time at 100,000 rows).
QString live(const RecordTypeDef &def)
{
    return QStringLiteral("t.rowid NOT IN (SELECT x.rowid FROM %1 x JOIN records rx ON rx.id = x.id WHERE rx.deleted_at IS NOT NULL)").arg(def.name);
}

QString liveAnd(const RecordTypeDef &def, const SqlCondition &c)
{
    return live(def) + (c.sql.isEmpty() ? QString() : QStringLiteral(" AND ") + c.sql);
}

// The records matching a condition, as a subquery of ids.
QString matchingIds(const RecordTypeDef &def, const SqlCondition &c)
{
    return QStringLiteral("SELECT t.id FROM %1 t WHERE %2").arg(def.name, liveAnd(def, c));
}

} // namespace filter_sql

using namespace filter_sql;

namespace {

// Numbered placeholders for a list of values, appended to `binds`.
QString placeholders(const QStringList &values, SqlCondition &c, int firstIndex)
{
    QStringList marks;
    for (const QString &v : values) {
        c.binds << v;
        marks << QStringLiteral("?%1").arg(firstIndex + c.binds.size() - 1);
    }
    return marks.join(QLatin1Char(','));
}

QString placeholder(const QVariant &value, SqlCondition &c, int firstIndex)
{
    c.binds << value;
    return QStringLiteral("?%1").arg(firstIndex + c.binds.size() - 1);
}

struct Builder {
    Database &db;
    const RecordTypeDef &def;
    int firstIndex;
    SqlCondition out;
    QSet<QString> collections; // smart collections being expanded, so one that names itself is refused

    Status add(const RecordFilter &filter, const QString &except, const QList<FacetDef> &facets);
    Status addFacet(const FacetDef &facet, const QStringList &values);
    Status addCollection(const QString &id);
    void condition(const QString &sql)
    {
        if (!out.sql.isEmpty())
            out.sql += QStringLiteral(" AND ");
        out.sql += QLatin1Char('(') + sql + QLatin1Char(')');
    }
};

Status Builder::add(const RecordFilter &filter, const QString &except, const QList<FacetDef> &facets)
{
    for (auto it = filter.values.cbegin(); it != filter.values.cend(); ++it) {
        if (it.key() == except || it.value().isEmpty())
            continue;
        auto facet = std::find_if(facets.cbegin(), facets.cend(), [&](const FacetDef &f) { return f.key == it.key(); });
        if (facet == facets.cend())
            return makeError(ErrorCode::Invalid, QObject::tr("%1 cannot be filtered by “%2”.").arg(def.pluralLabel, it.key()));
        if (Status s = addFacet(*facet, it.value()); !s)
            return s;
    }
    if (except != QLatin1String("year") && RecordFilters::hasYear(def.name)) {
        if (filter.yearFrom)
            condition(QStringLiteral("t.year >= ") + placeholder(filter.yearFrom, out, firstIndex));
        if (filter.yearTo)
            condition(QStringLiteral("t.year <= ") + placeholder(filter.yearTo, out, firstIndex));
    }
    if (!filter.collection.isEmpty() && except != QLatin1String("collection"))
        return addCollection(filter.collection);
    return {};
}

Status Builder::addFacet(const FacetDef &facet, const QStringList &values)
{
    switch (facet.kind) {
    case FacetDef::Kind::Column:
        condition(QStringLiteral("t.%1 COLLATE NOCASE IN (%2)").arg(facet.field, placeholders(values, out, firstIndex)));
        return {};
    case FacetDef::Kind::List:
        condition(QStringLiteral("EXISTS (SELECT 1 FROM field_value fv WHERE fv.record_id = t.id AND fv.field = '%1' "
                                 "AND fv.value COLLATE NOCASE IN (%2))")
                      .arg(facet.field, placeholders(values, out, firstIndex)));
        return {};
    case FacetDef::Kind::Part: {
        const FieldDef *field = nullptr;
        const RecordTypeDef *part = partRef(facet.partType, facet.field, &field);
        if (!part)
            return makeError(ErrorCode::Invalid, QObject::tr("Unknown part field %1.%2.").arg(facet.partType, facet.field));
        condition(QStringLiteral("EXISTS (SELECT 1 FROM %1 p JOIN records rp ON rp.id = p.id AND rp.deleted_at IS NULL "
                                 "WHERE p.%2 = t.id AND p.%3 IN (%4))")
                      .arg(part->name, part->parentField, field->name, placeholders(values, out, firstIndex)));
        return {};
    }
    case FacetDef::Kind::Region: {
        // A record is in a region when it names the region or one of the region's countries.
        QStringList countries;
        for (const QString &region : values)
            countries << Regions::countriesIn(region);
        countries.removeDuplicates();
        QStringList any;
        const QString regionMarks = placeholders(values, out, firstIndex);
        const QString countryMarks = countries.isEmpty() ? QString() : placeholders(countries, out, firstIndex);
        for (const FieldDef &f : def.fields) {
            const bool region = f.vocabulary == QLatin1String("region");
            const bool country = f.vocabulary == QLatin1String("country");
            if ((!region && !country) || (country && countries.isEmpty()))
                continue;
            const QString marks = region ? regionMarks : countryMarks;
            if (f.type == FieldType::List)
                any << QStringLiteral("EXISTS (SELECT 1 FROM field_value fv WHERE fv.record_id = t.id AND fv.field = '%1' "
                                      "AND fv.value COLLATE NOCASE IN (%2))")
                           .arg(f.name, marks);
            else
                any << QStringLiteral("t.%1 COLLATE NOCASE IN (%2)").arg(f.name, marks);
        }
        condition(any.isEmpty() ? QStringLiteral("0") : any.join(QStringLiteral(" OR ")));
        return {};
    }
    case FacetDef::Kind::Tag:
        condition(QStringLiteral("EXISTS (SELECT 1 FROM tagging tg JOIN records rt ON rt.id = tg.id AND rt.deleted_at IS NULL "
                                 "WHERE tg.record_id = t.id AND tg.tag_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM tag WHERE id IN (%1) "
                                 "UNION SELECT tag.id FROM tag JOIN sub ON tag.parent_id = sub.id) SELECT id FROM sub))")
                      .arg(placeholders(values, out, firstIndex)));
        return {};
    case FacetDef::Kind::Custom: {
        // Several choices are kept joined by "; ": a value matches the whole text or one of its choices.
        const QString name = placeholder(facet.field, out, firstIndex);
        const QString type = placeholder(def.name, out, firstIndex);
        QStringList any;
        for (const QString &v : values) {
            const QString m = placeholder(v, out, firstIndex);
            any << QStringLiteral("cv.value = %1 COLLATE NOCASE OR instr(lower('; ' || cv.value || '; '), lower('; ' || %1 || '; ')) > 0").arg(m);
        }
        condition(QStringLiteral("EXISTS (SELECT 1 FROM custom_value cv JOIN records rv ON rv.id = cv.id AND rv.deleted_at IS NULL "
                                 "JOIN custom_field cf ON cf.id = cv.field_id WHERE cv.record_id = t.id AND cf.name = %1 "
                                 "AND cf.record_type = %2 AND (%3))")
                      .arg(name, type, any.join(QStringLiteral(" OR "))));
        return {};
    }
    }
    return {};
}

Status Builder::addCollection(const QString &id)
{
    if (collections.contains(id))
        return makeError(ErrorCode::Invalid, QObject::tr("A smart collection cannot include itself."));
    auto stmt = db.prepare(QStringLiteral("SELECT c.kind, c.query, c.name FROM collection c JOIN records r ON r.id = c.id WHERE c.id = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QObject::tr("There is no collection %1.").arg(id));
    const QString kind = stmt->text(0);
    const QString query = stmt->text(1);
    const QString name = stmt->text(2);
    if (kind != QLatin1String("smart")) {
        condition(QStringLiteral("EXISTS (SELECT 1 FROM collection_item ci JOIN records rc ON rc.id = ci.id AND rc.deleted_at IS NULL "
                                 "WHERE ci.record_id = t.id AND ci.collection_id = %1)")
                      .arg(placeholder(id, out, firstIndex)));
        return {};
    }
    if (!RecordFilters::isSavedFilter(query))
        return makeError(ErrorCode::Invalid, QObject::tr("The smart collection “%1” is a saved search; run it from the search bar.").arg(name));
    auto saved = RecordFilters::fromSavedQuery(query);
    if (!saved)
        return makeError(ErrorCode::Invalid, QObject::tr("The smart collection “%1” cannot be read: %2").arg(name, saved.error().message));
    if (!saved->first.isEmpty() && saved->first != def.name) {
        condition(QStringLiteral("0")); // it gathers records of another type
        return {};
    }
    collections.insert(id);
    return add(saved->second, {}, RecordFilters::facetsOf(db, def.name));
}

} // namespace

QString RecordFilters::savedQuery(const QString &type, const RecordFilter &filter)
{
    const QJsonObject query{{QStringLiteral("type"), type}, {QStringLiteral("filter"), filter.toJson()}};
    return QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact));
}

bool RecordFilters::isSavedFilter(const QString &query)
{
    const QJsonDocument doc = QJsonDocument::fromJson(query.toUtf8());
    return doc.isObject() && doc.object().contains(QStringLiteral("filter"));
}

Result<QPair<QString, RecordFilter>> RecordFilters::fromSavedQuery(const QString &query)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(query.toUtf8(), &error);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("filter")).isObject())
        return makeError(ErrorCode::Invalid, QObject::tr("This is not a saved filter (%1).").arg(error.error == QJsonParseError::NoError
                                                                                                  ? QObject::tr("no “filter” object")
                                                                                                  : error.errorString()));
    auto filter = RecordFilter::fromJson(doc.object().value(QStringLiteral("filter")).toObject());
    if (!filter)
        return filter.error();
    return QPair<QString, RecordFilter>(doc.object().value(QStringLiteral("type")).toString(), *filter);
}

namespace {

// The live links of tags (each tag standing for its sub-tags too, as the tag facet does) or of collections,
// with the record each one points at: columns `owner` (the tag or collection) and `record`.
QString liveLinks(bool tags)
{
    if (tags)
        return QStringLiteral("WITH RECURSIVE up(tag, ancestor) AS (SELECT id, id FROM tag UNION "
                              "SELECT up.tag, t.parent_id FROM up JOIN tag t ON t.id = up.ancestor WHERE t.parent_id IS NOT NULL) "
                              "SELECT up.ancestor AS owner, l.record_id AS record, ro.type AS type FROM tagging l JOIN up ON up.tag = l.tag_id "
                              "JOIN records rl ON rl.id = l.id AND rl.deleted_at IS NULL JOIN records ro ON ro.id = l.record_id AND ro.deleted_at IS NULL");
    return QStringLiteral("SELECT l.collection_id AS owner, l.record_id AS record, ro.type AS type FROM collection_item l "
                          "JOIN records rl ON rl.id = l.id AND rl.deleted_at IS NULL JOIN records ro ON ro.id = l.record_id AND ro.deleted_at IS NULL");
}

} // namespace

Result<QHash<QString, qint64>> RecordFilters::memberCounts(Database &db, bool tags)
{
    auto stmt = db.prepare(QStringLiteral("SELECT owner, count(DISTINCT record) FROM (%1) GROUP BY owner").arg(liveLinks(tags)));
    if (!stmt)
        return stmt.error();
    QHash<QString, qint64> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.insert(stmt->text(0), stmt->integer(1));
    }
}

Result<QString> RecordFilters::mostCommonType(Database &db, bool tag, const QString &id)
{
    auto type = db.scalar(QStringLiteral("SELECT type FROM (%1) WHERE owner = ?1 GROUP BY type ORDER BY count(DISTINCT record) DESC LIMIT 1")
                              .arg(liveLinks(tag)),
                          {id});
    if (!type)
        return type.error();
    return type->toString();
}

bool RecordFilters::hasYear(const QString &type)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    const FieldDef *year = def ? def->field(QStringLiteral("year")) : nullptr;
    return year && year->type == FieldType::Integer;
}

QList<FacetDef> RecordFilters::facetsOf(Database &db, const QString &type)
{
    QList<FacetDef> out;
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def || def->role != RecordRole::Main)
        return out;
    bool places = false;
    for (const FieldDef &f : def->fields) {
        if (f.name == def->parentField)
            continue;
        places = places || f.vocabulary == QLatin1String("country") || f.vocabulary == QLatin1String("region");
        if (f.type == FieldType::Choice)
            out.append({f.name, f.label, FacetDef::Kind::Column, f.name, {}, {}, false});
        else if (f.type == FieldType::List)
            out.append({f.name, f.label, FacetDef::Kind::List, f.name, {}, f.vocabulary, false});
        else if (f.type == FieldType::Text && !f.vocabulary.isEmpty())
            out.append({f.name, f.label, FacetDef::Kind::Column, f.name, {}, f.vocabulary, false});
        else if (f.type == FieldType::Reference && f.refTypes.size() == 1 && f.refTypes.first() != type)
            out.append({f.name, f.label, FacetDef::Kind::Column, f.name, {}, {}, true});
    }
    if (places)
        out.append({QStringLiteral("region"), QStringLiteral("Region"), FacetDef::Kind::Region, {}, {}, QStringLiteral("region"), false});
    // The organisations and people named in a record's parts (a material's publishers and authors).
    for (const RecordTypeDef *part : RecordTypes::partsOf(type)) {
        if (part->role != RecordRole::Part)
            continue;
        for (const FieldDef &f : part->fields) {
            if (f.type != FieldType::Reference || f.name == part->parentField || f.refTypes.size() != 1)
                continue;
            const RecordTypeDef *target = RecordTypes::find(f.refTypes.first());
            if (!target || target->searchFilter.isEmpty())
                continue;
            QString key = target->searchFilter; // the filter that names records of that type (org:, person:)
            if (std::any_of(out.cbegin(), out.cend(), [&](const FacetDef &d) { return d.key == key; }))
                key = part->name + QLatin1Char('.') + f.name;
            out.append({key, part->pluralLabel, FacetDef::Kind::Part, f.name, part->name, {}, true});
        }
    }
    if (const RecordTypeDef *def = RecordTypes::find(type); def && def->taggable)
        out.append({QStringLiteral("tag"), QStringLiteral("Tags"), FacetDef::Kind::Tag, {}, {}, {}, true});
    // Custom fields whose values repeat: choices, yes/no and short texts.
    if (auto stmt = db.prepare(QStringLiteral("SELECT cf.name, cf.label FROM custom_field cf JOIN records r ON r.id = cf.id "
                                              "WHERE r.deleted_at IS NULL AND cf.record_type = ?1 "
                                              "AND cf.field_type IN ('choice', 'multi_choice', 'boolean', 'text') ORDER BY cf.label, cf.name"))) {
        stmt->bind(1, type);
        while (stmt->step().value_or(false)) {
            const QString name = stmt->text(0);
            const QString label = stmt->text(1);
            out.append({QStringLiteral("custom:") + name, label.isEmpty() ? name : label, FacetDef::Kind::Custom, name, {}, {}, false});
        }
    }
    return out;
}

Result<SqlCondition> RecordFilters::condition(Database &db, const RecordTypeDef &def, const RecordFilter &filter, int firstIndex,
                                              const QString &except)
{
    Builder b{db, def, firstIndex, {}, {}};
    if (filter.isEmpty())
        return b.out;
    if (Status s = b.add(filter, except, facetsOf(db, def.name)); !s)
        return s.error();
    return b.out;
}

} // namespace praxis::core
