// Counting a filter's facets: how many records each value of a facet holds, and the span of years.

#include "records/record_filter.h"
#include "records/record_filter_sql.h"

#include "model/record_type.h"
#include "model/regions.h"
#include "storage/database.h"

#include <QSet>

#include <algorithm>

namespace praxis::core {

using namespace filter_sql;

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
