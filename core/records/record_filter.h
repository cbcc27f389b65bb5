#pragma once

#include "storage/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>

namespace praxis::core {

class Database;
struct RecordTypeDef;

// One way of narrowing a table: a field, a part, the tags or a custom field, with its values counted.
struct FacetDef {
    enum class Kind {
        Column,  // a one-valued field of the record's table (a choice, a reference, a country)
        List,    // a many-valued field (languages, topics, countries)
        Part,    // a reference held by the record's parts (a material's organisations and people)
        Region,  // UN M49 regions, named directly or through the record's countries
        Tag,     // tags given to the record; a tag stands for its sub-tags too
        Custom,  // a user-defined field
    };
    QString key;        // what filters use: "material_type", "languages", "org", "region", "tag", "custom:donor"
    QString label;      // English; the UI translates
    Kind kind = Kind::Column;
    QString field;      // the field (Column, List), the part's reference field (Part), the custom field name
    QString partType;   // Part: the part type ("material_organisation")
    QString vocabulary; // "language", "country", "region" when values are codes of a vocabulary
    bool reference = false; // values are record ids, shown by the referenced record's name
};

// A filter on one record type: for each facet, the values any of which a record must have; facets
// combine with AND. A year range, and a collection (its members, or a smart collection's saved filter).
struct RecordFilter {
    QMap<QString, QStringList> values;
    int yearFrom = 0; // 0: open
    int yearTo = 0;
    QString collection; // a collection's id

    bool isEmpty() const { return values.isEmpty() && yearFrom == 0 && yearTo == 0 && collection.isEmpty(); }
    bool operator==(const RecordFilter &other) const
    {
        return values == other.values && yearFrom == other.yearFrom && yearTo == other.yearTo && collection == other.collection;
    }
    bool operator!=(const RecordFilter &other) const { return !(*this == other); }
    // Adds or removes one value of a facet.
    void toggle(const QString &facet, const QString &value, bool on);
    RecordFilter without(const QString &facet) const;

    // The form kept in a smart collection's query.
    QJsonObject toJson() const;
    static Result<RecordFilter> fromJson(const QJsonObject &json);
};

// An SQL condition on the records `t` (joined with `records r`) with its values, bound from `firstIndex`.
struct SqlCondition {
    QString sql; // empty when the filter is empty
    QVariantList binds;
};

struct FacetCount {
    QString value;
    qint64 count = 0;
};

// The facets of each record type, the SQL of a filter, and the counts the filter panel shows.
class RecordFilters {
public:
    // Every facet of a record type, its custom fields included (read from the library).
    static QList<FacetDef> facetsOf(Database &db, const QString &type);
    static bool hasYear(const QString &type);

    // A smart collection keeps its filter as {"type": …, "filter": {…}}; an older one keeps search text.
    static QString savedQuery(const QString &type, const RecordFilter &filter);
    static bool isSavedFilter(const QString &query);
    // The record type (empty when not given) and the filter of a saved query.
    static Result<QPair<QString, RecordFilter>> fromSavedQuery(const QString &query);

    // The condition for `filter`, leaving out the facet `except` (how counts for a facet are taken).
    // A smart collection brings its saved filter; a collection inside itself is refused, not looped.
    static Result<SqlCondition> condition(Database &db, const RecordTypeDef &def, const RecordFilter &filter, int firstIndex,
                                          const QString &except = {});

    // How many records matching the filter (without the facet's own values) have each value of the facet;
    // most frequent first, at most `limit` (0: all).
    static Result<QList<FacetCount>> count(Database &db, const QString &type, const RecordFilter &filter, const FacetDef &facet,
                                           int limit = 0, const std::atomic_bool *cancel = nullptr);
    // The counts of several facets at once (the filter panel's), faster than one by one when filtered.
    static Result<QHash<QString, QList<FacetCount>>> countAll(Database &db, const QString &type, const RecordFilter &filter,
                                                              const QList<FacetDef> &facets, int limit = 0,
                                                              const std::atomic_bool *cancel = nullptr);
    // How many live records each tag holds (its sub-tags' records included, each once), or each collection.
    static Result<QHash<QString, qint64>> memberCounts(Database &db, bool tags);
    // The record type most of a tag's (or a collection's) live records have; empty when it has none.
    static Result<QString> mostCommonType(Database &db, bool tag, const QString &id);
    // The smallest and largest year among records matching the filter (without its year range); {0, 0} when none.
    static Result<QPair<int, int>> yearSpan(Database &db, const QString &type, const RecordFilter &filter);
};

} // namespace praxis::core
