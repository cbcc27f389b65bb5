#include "records/record_filter.h"

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

namespace {

const RecordTypeDef *partRef(const QString &partType, const QString &field, const FieldDef **out)
{
    const RecordTypeDef *def = RecordTypes::find(partType);
    *out = def ? def->field(field) : nullptr;
    return *out ? def : nullptr;
}

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
            const QString target = f.refTypes.first();
            QString key;
            if (target == QLatin1String("organisation"))
                key = QStringLiteral("org");
            else if (target == QLatin1String("person"))
                key = QStringLiteral("person");
            else
                continue;
            if (std::any_of(out.cbegin(), out.cend(), [&](const FacetDef &d) { return d.key == key; }))
                key = part->name + QLatin1Char('.') + f.name;
            out.append({key, part->pluralLabel, FacetDef::Kind::Part, f.name, part->name, {}, true});
        }
    }
    if (type != QLatin1String("tag") && type != QLatin1String("collection") && type != QLatin1String("custom_field"))
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

namespace {

// Counts one facet's values among the records `ids` selects (`where` is the same set as a condition on
// `t`); `c` holds the values bound to both.
Result<QList<FacetCount>> countFacet(Database &db, const RecordTypeDef *def, const QString &type, const FacetDef &facet, SqlCondition scope,
                                     const QString &ids, const QString &where, int limit, const std::atomic_bool *cancel)
{
    SqlCondition *c = &scope;
    QString sql;
    switch (facet.kind) {
    case FacetDef::Kind::Column:
        sql = QStringLiteral("SELECT t.%1, count(*) FROM %2 t WHERE t.%1 IS NOT NULL AND t.%1 != '' AND %3 GROUP BY t.%1 COLLATE NOCASE")
                  .arg(facet.field, def->name, where);
        break;
    case FacetDef::Kind::List:
        sql = QStringLiteral("SELECT fv.value, count(DISTINCT fv.record_id) FROM field_value fv WHERE fv.field = '%1' "
                             "AND fv.record_id IN (%2) GROUP BY fv.value COLLATE NOCASE")
                  .arg(facet.field, ids);
        break;
    case FacetDef::Kind::Part: {
        const FieldDef *field = nullptr;
        const RecordTypeDef *part = partRef(facet.partType, facet.field, &field);
        if (!part)
            return makeError(ErrorCode::Invalid, QObject::tr("Unknown part field %1.%2.").arg(facet.partType, facet.field));
        sql = QStringLiteral("SELECT p.%1, count(DISTINCT p.%2) FROM %3 p JOIN records rp ON rp.id = p.id AND rp.deleted_at IS NULL "
                             "WHERE p.%1 IS NOT NULL AND p.%2 IN (%4) GROUP BY p.%1")
                  .arg(field->name, part->parentField, part->name, ids);
        break;
    }
    case FacetDef::Kind::Tag:
        sql = QStringLiteral("SELECT tg.tag_id, count(DISTINCT tg.record_id) FROM tagging tg JOIN records rt ON rt.id = tg.id "
                             "AND rt.deleted_at IS NULL WHERE tg.record_id IN (%1) GROUP BY tg.tag_id")
                  .arg(ids);
        break;
    case FacetDef::Kind::Custom:
        sql = QStringLiteral("SELECT cv.value, cv.record_id FROM custom_value cv JOIN records rv ON rv.id = cv.id AND rv.deleted_at IS NULL "
                             "JOIN custom_field cf ON cf.id = cv.field_id WHERE cf.name = ?%1 AND cf.record_type = ?%2 AND cv.record_id IN (%3)")
                  .arg(c->binds.size() + 1)
                  .arg(c->binds.size() + 2)
                  .arg(ids);
        c->binds << facet.field << type;
        break;
    case FacetDef::Kind::Region: {
        // Each record counts once per region, whether it names the region or some of its countries.
        QStringList fields;
        for (const FieldDef &f : def->fields)
            if (f.vocabulary == QLatin1String("country") || f.vocabulary == QLatin1String("region"))
                fields << f.name;
        QStringList parts;
        for (const FieldDef &f : def->fields) {
            if (!fields.contains(f.name))
                continue;
            if (f.type == FieldType::List)
                parts << QStringLiteral("SELECT fv.record_id, '%1', fv.value FROM field_value fv WHERE fv.field = '%2' AND fv.record_id IN (%3)")
                             .arg(f.vocabulary, f.name, ids);
            else
                parts << QStringLiteral("SELECT t.id, '%1', t.%2 FROM %3 t WHERE t.%2 IS NOT NULL AND %4")
                             .arg(f.vocabulary, f.name, def->name, where);
        }
        if (parts.isEmpty())
            return QList<FacetCount>();
        sql = parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1");
        break;
    }
    }
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < c->binds.size(); ++i)
        stmt->bindVariant(i + 1, c->binds.at(i));
    QList<FacetCount> out;
    QHash<QString, qint64> counts;     // Custom and Region: counted here
    QHash<QString, QString> spelling;  // the first spelling seen of each folded value
    QString current;
    QSet<QString> regionsOfCurrent;
    auto flushRecord = [&] {
        for (const QString &r : std::as_const(regionsOfCurrent))
            ++counts[r];
        regionsOfCurrent.clear();
    };
    int steps = 0;
    for (;;) {
        if (cancel && (++steps & 0xff) == 0 && cancel->load())
            return makeError(ErrorCode::Cancelled, QObject::tr("Counting was cancelled."));
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (facet.kind == FacetDef::Kind::Custom) {
            const QStringList choices = stmt->text(0).split(QStringLiteral("; "), Qt::SkipEmptyParts);
            for (const QString &v : choices) {
                const QString key = v.toCaseFolded();
                spelling.insert(key, spelling.value(key, v));
                ++counts[key];
            }
        } else if (facet.kind == FacetDef::Kind::Region) {
            const QString record = stmt->text(0);
            if (record != current) {
                flushRecord();
                current = record;
            }
            const QString value = stmt->text(2);
            if (stmt->text(1) == QLatin1String("region")) {
                regionsOfCurrent.insert(value);
            } else {
                for (const QString &r : Regions::ofCountry(value))
                    regionsOfCurrent.insert(r);
            }
        } else {
            out.append({stmt->text(0), stmt->integer(1)});
        }
    }
    if (facet.kind == FacetDef::Kind::Region) {
        flushRecord();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.append({it.key(), it.value()});
    } else if (facet.kind == FacetDef::Kind::Custom) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.append({spelling.value(it.key()), it.value()});
    }
    std::sort(out.begin(), out.end(), [](const FacetCount &a, const FacetCount &b) {
        return a.count != b.count ? a.count > b.count : a.value.localeAwareCompare(b.value) < 0;
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}


} // namespace

Result<QList<FacetCount>> RecordFilters::count(Database &db, const QString &type, const RecordFilter &filter, const FacetDef &facet,
                                               int limit, const std::atomic_bool *cancel)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return makeError(ErrorCode::Invalid, QObject::tr("Unknown record type “%1”.").arg(type));
    auto c = condition(db, *def, filter, 1, facet.key);
    if (!c)
        return c.error();
    return countFacet(db, def, type, facet, *c, matchingIds(*def, *c), liveAnd(*def, *c), limit, cancel);
}

Result<QHash<QString, QList<FacetCount>>> RecordFilters::countAll(Database &db, const QString &type, const RecordFilter &filter,
                                                                  const QList<FacetDef> &facets, int limit, const std::atomic_bool *cancel)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return makeError(ErrorCode::Invalid, QObject::tr("Unknown record type “%1”.").arg(type));
    QHash<QString, QList<FacetCount>> out;
    // Every facet the filter does not name counts among the same records: those are found once and kept
    // in a temporary table, instead of being found again for each facet.
    bool shared = false;
    if (!filter.isEmpty()) {
        auto c = condition(db, *def, filter, 1);
        if (!c)
            return c.error();
        if (Status s = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS facet_match (id TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID")); !s)
            return s.error();
        if (Status s = db.exec(QStringLiteral("DELETE FROM temp.facet_match")); !s)
            return s.error();
        auto fill = db.prepare(QStringLiteral("INSERT INTO temp.facet_match ") + matchingIds(*def, *c));
        if (!fill)
            return fill.error();
        for (int i = 0; i < c->binds.size(); ++i)
            fill->bindVariant(i + 1, c->binds.at(i));
        if (Status s = fill->run(); !s)
            return s.error();
        shared = true;
    }
    for (const FacetDef &facet : facets) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, QObject::tr("Counting was cancelled."));
        Result<QList<FacetCount>> counts = QList<FacetCount>();
        if (shared && !filter.values.contains(facet.key))
            counts = countFacet(db, def, type, facet, {}, QStringLiteral("SELECT id FROM temp.facet_match"),
                                QStringLiteral("t.id IN (SELECT id FROM temp.facet_match)"), limit, cancel);
        else
            counts = count(db, type, filter, facet, limit, cancel);
        if (!counts)
            return counts.error();
        out.insert(facet.key, *counts);
    }
    return out;
}

Result<QPair<int, int>> RecordFilters::yearSpan(Database &db, const QString &type, const RecordFilter &filter)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def || !hasYear(type))
        return QPair<int, int>(0, 0);
    auto c = condition(db, *def, filter, 1, QStringLiteral("year"));
    if (!c)
        return c.error();
    auto stmt = db.prepare(QStringLiteral("SELECT min(t.year), max(t.year) FROM %1 t WHERE t.year IS NOT NULL AND %2")
                               .arg(def->name, liveAnd(*def, *c)));
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < c->binds.size(); ++i)
        stmt->bindVariant(i + 1, c->binds.at(i));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return QPair<int, int>(0, 0);
    return QPair<int, int>(int(stmt->integer(0)), int(stmt->integer(1)));
}

} // namespace praxis::core
