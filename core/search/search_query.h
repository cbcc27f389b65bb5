#pragma once

#include "storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace praxis::core {

// One field filter of a query: `lang:es`, `-tag:"violence against women"`, `year:2010..2016`.
struct SearchFilter {
    QString name;        // lower case
    QString value;
    QString from, to;    // for ranges (year)
    bool negated = false;
    int position = 0;    // character offset in the query, for messages
};

// A query as the user typed it, turned into an FTS5 expression that holds only quoted strings
// (nothing typed reaches SQL or the FTS5 parser unescaped) and a list of filters.
struct ParsedQuery {
    QString match;       // FTS5 MATCH expression for the words; empty when there are none
    QString exclusion;   // FTS5 expression of excluded words when there is no positive word
    QList<SearchFilter> filters;
    QStringList words;   // the positive words and phrases, for display
    bool isEmpty() const { return match.isEmpty() && exclusion.isEmpty() && filters.isEmpty(); }
};

// The query language of the search bar and `praxis-cli search`:
//   words, "exact phrases", OR, -excluded, prefix*, and filters name:value, e.g.
//   toolkit masculinities lang:es year:2010.. -"sexual harassment" org:UNFPA
class SearchQueryParser {
public:
    static constexpr int kMaxLength = 1000;
    // Filters with a meaning of their own; any other name: must be a custom field (checked by the index).
    static const QStringList &filterNames();
    static Result<ParsedQuery> parse(const QString &text);
};

} // namespace praxis::core
