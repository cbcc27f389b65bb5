#include "search/search_query.h"

#include "search/search_tokenizer.h"

#include <QObject>
#include <QRegularExpression>

namespace praxis::core {

namespace {

Error errorAt(int position, const QString &message)
{
    return makeError(ErrorCode::Invalid, QObject::tr("%1 (at character %2)").arg(message).arg(position + 1));
}

// A quoted FTS5 string: whatever the user typed is a literal, never an operator.
QString quoted(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

bool hasWord(const QString &text)
{
    return !SearchTokenizer::fold(text.toStdString()).empty();
}

struct Clause {
    QString expr; // FTS5
    bool negated = false;
    bool orNext = false; // joined to the next clause by OR
    int position = 0;
};

} // namespace

const QStringList &SearchQueryParser::filterNames()
{
    static const QStringList names{QStringLiteral("kind"),   QStringLiteral("type"),   QStringLiteral("lang"),  QStringLiteral("year"),
                                   QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("org"),   QStringLiteral("person"),
                                   QStringLiteral("tag"),    QStringLiteral("has"),    QStringLiteral("dialogue"), QStringLiteral("week"),
                                   QStringLiteral("title"),  QStringLiteral("topic")};
    return names;
}

Result<ParsedQuery> SearchQueryParser::parse(const QString &input)
{
    if (input.size() > kMaxLength)
        return makeError(ErrorCode::Invalid, QObject::tr("The search is too long: %1 characters, at most %2.").arg(input.size()).arg(kMaxLength));
    QString text = input;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' '); // NUL bytes, markers, direction marks
    }

    ParsedQuery query;
    QList<Clause> clauses;
    static const QRegularExpression filterName(QStringLiteral("^([A-Za-z][A-Za-z0-9_]*):"));
    static const QRegularExpression yearRange(QStringLiteral("^(\\d{4})?(?:\\.\\.(\\d{4})?)?$"));
    const int n = int(text.size());
    int i = 0;
    bool pendingOr = false;
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        bool negated = false;
        if (text.at(i) == QLatin1Char('-') && i + 1 < n && !text.at(i + 1).isSpace()) {
            negated = true;
            ++i;
        }
        // Reads a bare word or a quoted phrase starting at i.
        auto readValue = [&](QString &value, bool &wasQuoted) -> Status {
            wasQuoted = false;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                const int close = int(text.indexOf(QLatin1Char('"'), i + 1));
                if (close < 0)
                    return errorAt(i, QObject::tr("The quote is not closed"));
                value = text.mid(i + 1, close - i - 1);
                i = close + 1;
                wasQuoted = true;
                return {};
            }
            const int s = i;
            while (i < n && !text.at(i).isSpace())
                ++i;
            value = text.mid(s, i - s);
            return {};
        };

        const auto m = filterName.match(QStringView(text).mid(i));
        if (m.hasMatch()) {
            SearchFilter f;
            f.name = m.captured(1).toLower();
            f.negated = negated;
            f.position = start;
            i += int(m.capturedLength(0));
            bool wasQuoted = false;
            if (Status s = readValue(f.value, wasQuoted); !s)
                return s.error();
            f.value = f.value.trimmed();
            if (f.value.isEmpty())
                return errorAt(start, QObject::tr("The filter “%1:” needs a value, like %1:something").arg(f.name));
            if (f.name == QLatin1String("year")) {
                const auto y = yearRange.match(f.value);
                if (!y.hasMatch() || (y.captured(1).isEmpty() && y.captured(2).isEmpty()))
                    return errorAt(start, QObject::tr("“%1” is not a year or a range of years (use 2010, 2010..2016, 2010.. or ..2016)").arg(f.value));
                const bool range = f.value.contains(QStringLiteral(".."));
                f.from = y.captured(1);
                f.to = range ? y.captured(2) : y.captured(1);
                if (!f.from.isEmpty() && !f.to.isEmpty() && f.from > f.to)
                    return errorAt(start, QObject::tr("The years %1..%2 are the wrong way round").arg(f.from, f.to));
            } else if (f.name == QLatin1String("week")) {
                bool ok = false;
                if (f.value.toInt(&ok) <= 0 || !ok)
                    return errorAt(start, QObject::tr("week: takes a week number, like week:2"));
            } else if (f.name == QLatin1String("has") && f.value.toLower() != QLatin1String("attachment")) {
                return errorAt(start, QObject::tr("has: takes “attachment”"));
            }
            if (f.name == QLatin1String("title")) {
                // A column filter on the words in titles: part of the text match.
                if (!hasWord(f.value))
                    return errorAt(start, QObject::tr("title: needs a word to look for"));
                Clause c{QStringLiteral("{title} : ") + quoted(f.value), negated, false, start};
                if (pendingOr && !clauses.isEmpty())
                    clauses.last().orNext = true;
                pendingOr = false;
                clauses << c;
                query.words << f.value;
            } else {
                query.filters << f;
            }
            continue;
        }

        QString value;
        bool wasQuoted = false;
        if (Status s = readValue(value, wasQuoted); !s)
            return s.error();
        if (!wasQuoted && !negated && value == QLatin1String("OR")) {
            if (clauses.isEmpty())
                return errorAt(start, QObject::tr("OR needs a word before it"));
            pendingOr = true;
            continue;
        }
        bool prefix = false;
        if (!wasQuoted && value.endsWith(QLatin1Char('*'))) {
            prefix = true;
            while (value.endsWith(QLatin1Char('*')))
                value.chop(1);
            if (!hasWord(value))
                return errorAt(start, QObject::tr("A * must follow the start of a word, like train*"));
        }
        if (!hasWord(value)) {
            if (wasQuoted && !value.trimmed().isEmpty())
                continue; // punctuation only: nothing to match
            continue;
        }
        Clause c{quoted(value) + (prefix ? QStringLiteral(" *") : QString()), negated, false, start};
        if (pendingOr) {
            if (negated)
                return errorAt(start, QObject::tr("A word after OR cannot be excluded"));
            clauses.last().orNext = true;
            pendingOr = false;
        }
        clauses << c;
        if (!negated)
            query.words << value + (prefix ? QStringLiteral("*") : QString());
    }
    if (pendingOr)
        return errorAt(n - 1, QObject::tr("OR needs a word after it"));

    // OR binds tighter than the implicit AND: "a OR b c" is (a OR b) AND c.
    QStringList positives;
    QStringList negatives;
    for (int k = 0; k < clauses.size(); ++k) {
        if (clauses.at(k).negated) {
            negatives << clauses.at(k).expr;
            continue;
        }
        QStringList group{clauses.at(k).expr};
        while (clauses.at(k).orNext && k + 1 < clauses.size()) {
            ++k;
            group << clauses.at(k).expr;
        }
        positives << (group.size() > 1 ? QLatin1Char('(') + group.join(QStringLiteral(" OR ")) + QLatin1Char(')') : group.first());
    }
    if (!positives.isEmpty()) {
        query.match = positives.join(QStringLiteral(" AND "));
        for (const QString &neg : std::as_const(negatives))
            query.match += QStringLiteral(" NOT ") + neg;
    } else if (!negatives.isEmpty()) {
        query.exclusion = negatives.join(QStringLiteral(" OR "));
    }
    if (query.match.isEmpty() && query.filters.isEmpty()) {
        if (!query.exclusion.isEmpty())
            return makeError(ErrorCode::Invalid, QObject::tr("Add a word or a filter to search for: “-word” only leaves things out."));
        return makeError(ErrorCode::Invalid, QObject::tr("Type a word to search for."));
    }
    return query;
}

} // namespace praxis::core
