#include "search/search_index.h"

#include "model/record_type.h"
#include "records/record_store.h"
#include "search/search_document.h"
#include "search/search_tokenizer.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <vector>

namespace praxis::core {

// Searching the index: a parsed query compiled to SQL, its ranked page of results and its facet counts.

namespace {

// Words in titles count this many times a word in the body.
constexpr double kTitleWeight = 8.0;

// Languages by the names people type, for lang:.
QString languageCode(const QString &value)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("english"), QStringLiteral("en")},   {QStringLiteral("ingles"), QStringLiteral("en")},
        {QStringLiteral("anglais"), QStringLiteral("en")},   {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("espanol"), QStringLiteral("es")},   {QStringLiteral("castellano"), QStringLiteral("es")},
        {QStringLiteral("espagnol"), QStringLiteral("es")},  {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("frances"), QStringLiteral("fr")},   {QStringLiteral("francais"), QStringLiteral("fr")},
        {QStringLiteral("portuguese"), QStringLiteral("pt")}, {QStringLiteral("portugues"), QStringLiteral("pt")},
        {QStringLiteral("arabic"), QStringLiteral("ar")},    {QStringLiteral("russian"), QStringLiteral("ru")},
        {QStringLiteral("chinese"), QStringLiteral("zh")},   {QStringLiteral("german"), QStringLiteral("de")},
    };
    const QString folded = QString::fromStdString(SearchTokenizer::fold(value.toStdString()));
    return names.value(folded, value.toLower());
}

} // namespace

// A compiled query: FTS5 expression, SQL conditions on the doc table `d`, and their bound values.
struct SearchIndex::Sql {
    QString match;
    QString conditions; // " AND ..." (possibly empty)
    QVariantList binds; // for conditions, in order
    // The documents a kind or type filter admits lie between these ids: records are indexed type by
    // type, so a filter on materials need not walk the doclists of a million posts.
    qint64 lowest = 0;
    qint64 highest = std::numeric_limits<qint64>::max();
    QString ftsRange;   // " AND f.rowid BETWEEN ..." when narrowed
    QString docRange;   // " AND d.docid BETWEEN ..." when narrowed
};


Result<SearchIndex::Sql> SearchIndex::compile(const ParsedQuery &query) const
{
    Sql sql;
    sql.match = query.match;
    QStringList conditions;
    auto facetIn = [](const QString &facet, const QString &valuesSql) {
        return QStringLiteral("EXISTS (SELECT 1 FROM search.doc_facet x WHERE x.docid = d.docid AND x.facet = '%1' AND x.value IN (%2))").arg(facet, valuesSql);
    };
    for (const SearchFilter &f : query.filters) {
        QString c;
        const QString v = f.value;
        if (f.name == QLatin1String("kind")) {
            QString kind = v.toLower();
            if (kind.endsWith(QLatin1Char('s')) && !SearchDocumentBuilder::kinds().contains(kind))
                kind.chop(1);
            if (!SearchDocumentBuilder::kinds().contains(kind))
                return makeError(ErrorCode::Invalid, QObject::tr("“%1” is not a kind of record; kinds are: %2 (at character %3)")
                                                         .arg(v, SearchDocumentBuilder::kinds().join(QStringLiteral(", ")))
                                                         .arg(f.position + 1));
            c = QStringLiteral("d.kind = ?");
            sql.binds << kind;
            if (Status s = f.negated ? Status() : narrow(sql, QStringLiteral("kind"), {kind}); !s)
                return s.error();
        } else if (f.name == QLatin1String("type")) {
            if (SearchDocumentBuilder::kinds().contains(v.toLower())) {
                c = QStringLiteral("d.kind = ?");
                sql.binds << v.toLower();
                if (Status s = f.negated ? Status() : narrow(sql, QStringLiteral("kind"), {v.toLower()}); !s)
                    return s.error();
            } else {
                QString t = v.toLower();
                t.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
                const QString singular = t.endsWith(QLatin1Char('s')) ? t.chopped(1) : t;
                c = QStringLiteral("d.type IN (?, ?)");
                sql.binds << t << singular;
                if (Status s = f.negated ? Status() : narrow(sql, QStringLiteral("type"), {t, singular}); !s)
                    return s.error();
            }
        } else if (f.name == QLatin1String("lang")) {
            c = facetIn(QStringLiteral("lang"), QStringLiteral("?"));
            sql.binds << languageCode(v);
        } else if (f.name == QLatin1String("year")) {
            QStringList parts;
            if (!f.from.isEmpty()) {
                parts << QStringLiteral("d.year >= ?");
                sql.binds << f.from.toInt();
            }
            if (!f.to.isEmpty()) {
                parts << QStringLiteral("d.year <= ?");
                sql.binds << f.to.toInt();
            }
            c = parts.join(QStringLiteral(" AND "));
        } else if (f.name == QLatin1String("country")) {
            c = facetIn(QStringLiteral("country"), QStringLiteral("?"));
            sql.binds << v.toUpper();
        } else if (f.name == QLatin1String("region")) {
            c = QStringLiteral("EXISTS (SELECT 1 FROM search.doc_facet x WHERE x.docid = d.docid AND x.facet = 'region' AND x.value LIKE ? ESCAPE '\\')");
            QString like = v;
            like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
            sql.binds << QString(like + QLatin1Char('%'));
        } else if (f.name == QLatin1String("topic")) {
            c = QStringLiteral("EXISTS (SELECT 1 FROM search.doc_facet x WHERE x.docid = d.docid AND x.facet = 'topic' AND x.value = ? COLLATE NOCASE)");
            sql.binds << v;
        } else if (const RecordTypeDef *named = RecordTypes::ofSearchFilter(f.name)) {
            // A filter that names records (org:UNFPA): the documents whose facet holds one of them.
            const QString records = namedRecords(*named);
            c = columnFacets().contains(f.name) ? QStringLiteral("d.%1 IN (%2)").arg(f.name, records) : facetIn(f.name, records);
            sql.binds << v;
        } else if (f.name == QLatin1String("week")) {
            c = QStringLiteral("d.week = ?");
            sql.binds << v.toInt();
        } else if (f.name == QLatin1String("has")) {
            c = facetIn(QStringLiteral("has"), QStringLiteral("'attachment'"));
        } else {
            auto known = firstRow(QStringLiteral("SELECT count(*) FROM custom_field c JOIN records r ON r.id = c.id WHERE r.deleted_at IS NULL AND lower(c.name) = ?"),
                                  {f.name});
            if (!known)
                return known.error();
            if (known->value(0).toLongLong() == 0)
                return makeError(ErrorCode::Invalid, QObject::tr("There is no filter or custom field called “%1:”. Filters: %2 (at character %3)")
                                                         .arg(f.name, SearchQueryParser::filterNames().join(QStringLiteral(", ")))
                                                         .arg(f.position + 1));
            c = QStringLiteral("EXISTS (SELECT 1 FROM search.doc_facet x WHERE x.docid = d.docid AND x.facet = ? AND x.value = ? COLLATE NOCASE)");
            sql.binds << QString(QStringLiteral("field:") + f.name) << v;
        }
        // "?1x" stands for one value used several times: expand to positional binds.
        const int repeats = int(c.count(QStringLiteral("?1x")));
        if (repeats > 1) {
            const QVariant value = sql.binds.last();
            for (int k = 1; k < repeats; ++k)
                sql.binds << value;
        }
        c.replace(QStringLiteral("?1x"), QStringLiteral("?"));
        conditions << (f.negated ? QStringLiteral("NOT (%1)").arg(c) : QStringLiteral("(%1)").arg(c));
    }
    if (!query.exclusion.isEmpty()) {
        conditions << QStringLiteral("d.docid NOT IN (SELECT rowid FROM search.fts WHERE fts MATCH ?)");
        sql.binds << query.exclusion;
    }
    auto last = m_db.scalar(QStringLiteral("SELECT max(docid) FROM search.doc"));
    if (!last)
        return last.error();
    const qint64 lastDocument = last->toLongLong();
    const bool narrowed = sql.lowest > 1 || sql.highest < lastDocument;
    // On the full-text side the bounds let the newest-first walk through each word's documents start at
    // the last document of the kind and stop at its first, which pays as soon as they leave out a few
    // percent of the index (posts indexed before 100,000 materials: a word common in materials would
    // otherwise be walked through all of them first).
    if (sql.highest < sql.lowest || (narrowed && (lastDocument - (sql.highest - sql.lowest)) * 50 > lastDocument))
        sql.ftsRange = QStringLiteral(" AND f.rowid BETWEEN %1 AND %2").arg(sql.lowest).arg(sql.highest);
    // On the document side it serves queries without words (with words it would tempt the planner to walk
    // documents instead); there it is worth it only when it leaves out much of the index.
    if (sql.highest < sql.lowest || (sql.highest - sql.lowest) * 2 < lastDocument)
        sql.docRange = QStringLiteral(" AND d.docid BETWEEN %1 AND %2").arg(sql.lowest).arg(sql.highest);
    for (const QString &c : std::as_const(conditions))
        sql.conditions += QStringLiteral(" AND ") + c;
    return sql;
}

QString SearchIndex::namedRecords(const RecordTypeDef &type)
{
    // "?1x" is the name (or the id) the filter was given.
    QStringList matches;
    for (const QString &field : type.searchNames)
        matches << field + QStringLiteral(" = ?1x COLLATE NOCASE");
    matches << QStringLiteral("id = ?1x");
    const QString named = QStringLiteral("SELECT id FROM %1 WHERE %2").arg(type.name, matches.join(QStringLiteral(" OR ")));
    if (type.searchNarrower.isEmpty())
        return named;
    return QStringLiteral("WITH RECURSIVE sub(id) AS (%1 UNION SELECT t.id FROM %2 t JOIN sub ON t.%3 = sub.id) SELECT id FROM sub")
        .arg(named, type.name, type.searchNarrower);
}

Status SearchIndex::narrow(Sql &sql, const QString &column, const QStringList &values) const
{
    // The first and the last document of an indexed column's value are two index lookups (min() and max()
    // in one query would read every entry of the value: a tenth of a second for a million posts).
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    for (const QString &value : values) {
        auto range = firstRow(QStringLiteral("SELECT (SELECT docid FROM search.doc WHERE %1 = ?1 ORDER BY docid LIMIT 1), "
                                             "(SELECT docid FROM search.doc WHERE %1 = ?1 ORDER BY docid DESC LIMIT 1)")
                                  .arg(column),
                              {value});
        if (!range)
            return range.error();
        if (range->value(0).isValid()) {
            lowest = std::min(lowest, range->value(0).toLongLong());
            highest = std::max(highest, range->value(1).toLongLong());
        }
    }
    sql.lowest = std::max(sql.lowest, lowest == std::numeric_limits<qint64>::max() ? qint64(1) : lowest);
    // No document of that kind: an empty range, so the query ends at once.
    sql.highest = std::min(sql.highest, highest);
    return {};
}

Result<SearchIndex::Sql> SearchIndex::compile(const QString &text, ParsedQuery *parsedOut) const
{
    auto parsed = SearchQueryParser::parse(text);
    if (!parsed)
        return parsed.error();
    if (parsedOut)
        *parsedOut = *parsed;
    return compile(*parsed);
}

Result<SearchResults> SearchIndex::runSearch(const QString &text, int limit, int offset)
{
    SearchResults results;
    auto sql = compile(text, &results.query);
    if (!sql)
        return sql.error();

    auto ftsError = [&](const Error &e) {
        // A stop, and damage (which the index mends by being built again), keep their kind.
        if (e.code == ErrorCode::Cancelled || e.code == ErrorCode::Corrupt || e.code == ErrorCode::Busy)
            return e;
        // The expression holds only quoted strings; an error here is ours, not the user's.
        qCWarning(lcStorage) << "search failed:" << e.message << sql->match;
        return makeError(ErrorCode::Storage, QObject::tr("The search could not run: %1").arg(e.message));
    };

    if (sql->match.isEmpty()) {
        // Filters only: newest first.
        auto count = m_db.prepare(QStringLiteral("SELECT count(*) FROM search.doc d WHERE 1") + sql->docRange + sql->conditions);
        if (!count)
            return count.error();
        bindAll(*count, sql->binds, 1);
        auto row = count->step();
        if (!row)
            return ftsError(row.error());
        if (!row.value())
            return results;
        results.total = count->integer(0);
        auto stmt = m_db.prepare(QStringLiteral("SELECT d.record_id, d.kind, f.title FROM search.doc d JOIN search.fts f ON f.rowid = d.docid WHERE 1")
                                 + sql->docRange + sql->conditions + QStringLiteral(" ORDER BY d.year DESC, d.docid DESC LIMIT ? OFFSET ?"));
        if (!stmt)
            return stmt.error();
        const int next = bindAll(*stmt, sql->binds, 1);
        stmt->bind(next, qint64(limit)).bind(next + 1, qint64(offset));
        const Status read = stmt->forEach([&](const Statement &row) {
            results.hits << SearchHit{RecordId(row.text(0)), row.text(1), SearchTokenizer::stripMarkers(row.text(2)), QString(), 0};
        });
        if (!read)
            return read.error();
        return results;
    }

    const QString from = QStringLiteral(" FROM search.fts f JOIN search.doc d ON d.docid = f.rowid WHERE f.fts MATCH ?") + sql->ftsRange;
    // One pass over the matches that pass the filters, newest first, stopping after the cap; each one's
    // bm25 score is taken as it goes. Asking FTS5 to order by rank instead would score every match of
    // the words first, filtered or not (a common word in 100,000 materials for a query that keeps 300).
    // The phrases of the expression, in FTS5's order: each is a quoted string, a prefix when a * follows.
    QStringList phrases;
    {
        static const QRegularExpression phrase(QStringLiteral(R"("(?:[^"]|"")*"(?:\s*\*)?)"));
        for (auto it = phrase.globalMatch(sql->match); it.hasNext();)
            phrases << it.next().captured(0);
    }
    // One phrase alone needs no frequency: it would scale every score alike.
    QString frequencies;
    for (const QString &p : phrases.size() > 1 ? std::as_const(phrases) : QStringList()) {
        auto n = documentFrequency(p);
        if (!n)
            return ftsError(n.error());
        frequencies += QStringLiteral(", %1").arg(*n);
    }
    auto pass = m_db.prepare(QStringLiteral("SELECT f.rowid, %1(fts, %2, %3%4)")
                                 .arg(QLatin1String(SearchTokenizer::kRankFunction))
                                 .arg(kTitleWeight)
                                 .arg(1.0)
                                 .arg(frequencies)
                             + from + sql->conditions + QStringLiteral(" ORDER BY f.rowid DESC LIMIT %1").arg(kCandidateCap + 1));
    if (!pass)
        return ftsError(pass.error());
    pass->bind(1, sql->match);
    bindAll(*pass, sql->binds, 2);
    struct Scored {
        qint64 docid;
        double rank;
    };
    std::vector<Scored> scored;
    scored.reserve(256);
    const Status passed = pass->forEach([&](const Statement &row) {
        if (++results.total <= kCandidateCap)
            scored.push_back({row.integer(0), row.real(1)});
    });
    if (!passed)
        return ftsError(passed.error());
    if (results.total > kCandidateCap) {
        results.capped = true;
        results.total = kCandidateCap;
    }
    // The page asked for, best first (lower bm25 rank is better; newer first on ties).
    const size_t end = std::min(scored.size(), size_t(std::max(0, offset)) + size_t(std::max(0, limit)));
    const size_t begin = std::min(scored.size(), size_t(std::max(0, offset)));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(end), scored.end(), [](const Scored &a, const Scored &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.docid > b.docid;
    });
    // Titles with the words marked and snippets, for the page only: one document each.
    auto page = m_db.cached(QStringLiteral("SELECT d.record_id, d.kind, highlight(fts, 0, char(2), char(3)), "
                                           "snippet(fts, 1, char(2), char(3), '…', 24) FROM search.fts f JOIN search.doc d "
                                           "ON d.docid = f.rowid WHERE f.fts MATCH ?1 AND f.rowid = ?2"));
    if (!page)
        return ftsError(page.error());
    for (size_t i = begin; i < end; ++i) {
        Statement &st = **page;
        st.reset();
        st.bind(1, sql->match).bind(2, scored[i].docid);
        auto row = st.step();
        if (!row)
            return ftsError(row.error());
        if (!row.value())
            continue;
        results.hits << SearchHit{RecordId(st.text(0)), st.text(1), SearchTokenizer::stripMarkers(st.text(2)),
                                  SearchTokenizer::stripMarkers(st.text(3)), scored[i].rank};
    }
    return results;
}

Result<qint64> SearchIndex::documentFrequency(const QString &phrase)
{
    auto known = m_frequencies.constFind(phrase);
    if (known != m_frequencies.cend())
        return *known;
    auto count = firstRow(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search.fts WHERE fts MATCH ?1 LIMIT %1)").arg(kFrequencyCap), {phrase});
    if (!count)
        return count.error();
    const qint64 n = count->value(0).toLongLong();
    if (m_frequencies.size() > 4096)
        m_frequencies.clear();
    m_frequencies.insert(phrase, n);
    return n;
}

Result<QList<FacetGroup>> SearchIndex::runFacets(const QString &text, int perFacet)
{
    auto sql = compile(text);
    if (!sql)
        return sql.error();
    // The documents the query matches (the newest kFacetCap for very common words).
    QString candidates;
    QVariantList binds;
    if (sql->match.isEmpty()) {
        candidates = QStringLiteral("SELECT d.docid FROM search.doc d WHERE 1") + sql->docRange + sql->conditions;
    } else {
        candidates = QStringLiteral("SELECT f.rowid FROM search.fts f JOIN search.doc d ON d.docid = f.rowid WHERE f.fts MATCH ?") + sql->ftsRange + sql->conditions
            + QStringLiteral(" ORDER BY f.rowid DESC LIMIT %1").arg(kFacetCap);
        binds << sql->match;
    }
    binds << sql->binds;
    const QString query = QStringLiteral(
        "WITH hit(docid) AS (%1) "
        "SELECT 'kind', d.kind, count(*) FROM hit JOIN search.doc d ON d.docid = hit.docid GROUP BY d.kind "
        "UNION ALL SELECT 'year', d.year, count(*) FROM hit JOIN search.doc d ON d.docid = hit.docid WHERE d.year IS NOT NULL GROUP BY d.year "
        "UNION ALL SELECT 'type', d.type, count(*) FROM hit JOIN search.doc d ON d.docid = hit.docid WHERE d.type IS NOT NULL GROUP BY d.type "
        "UNION ALL SELECT 'dialogue', d.dialogue, count(*) FROM hit JOIN search.doc d ON d.docid = hit.docid WHERE d.dialogue IS NOT NULL GROUP BY d.dialogue "
        "UNION ALL SELECT 'week', d.week, count(*) FROM hit JOIN search.doc d ON d.docid = hit.docid WHERE d.week IS NOT NULL GROUP BY d.week "
        "UNION ALL SELECT x.facet, x.value, count(*) FROM hit JOIN search.doc_facet x ON x.docid = hit.docid GROUP BY x.facet, x.value")
                              .arg(candidates);
    auto stmt = m_db.prepare(query);
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, binds, 1);
    QHash<QString, QList<FacetValue>> groups;
    QStringList order;
    const Status read = stmt->forEach([&](const Statement &row) {
        const QString facet = row.text(0);
        if (!groups.contains(facet))
            order << facet;
        groups[facet].append(FacetValue{row.text(1), row.text(1), row.integer(2)});
    });
    if (!read)
        return read.error();
    QList<FacetGroup> out;
    for (const QString &name : std::as_const(order)) {
        QList<FacetValue> values = groups.value(name);
        std::sort(values.begin(), values.end(), [&](const FacetValue &a, const FacetValue &b) {
            if (name == QLatin1String("year"))
                return a.value > b.value;
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (values.size() > perFacet && name != QLatin1String("year"))
            values = values.mid(0, perFacet);
        if (RecordTypes::ofSearchFilter(name)) { // values are records: their names
            for (FacetValue &v : values) {
                if (auto n = m_store.displayName(RecordId(v.value)))
                    v.label = *n;
            }
        }
        out << FacetGroup{name, values};
    }
    return out;
}

} // namespace praxis::core
