#include "records/duplicates.h"

#include "model/record_type.h"
#include "records/record_store.h"
#include "search/search_document.h"
#include "search/search_index.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace praxis::core {

namespace {

// Words too common in titles to find candidates with; they still count in the similarity.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w : {"the", "and", "for", "with", "from", "into", "its", "their", "our", "of", "on", "in", "to", "a",
                              "an", "de", "del", "la", "las", "los", "el", "en", "y", "para", "con", "por", "une", "des", "les",
                              "et", "pour", "dans", "sur", "du", "le", "da", "do", "das", "dos", "e", "em", "um", "uma"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

QStringList nameList(const QVariant &value)
{
    QStringList out;
    const QStringList names = value.toStringList();
    for (const QString &n : names) {
        const QString key = DuplicateFinder::titleKey(n);
        if (!key.isEmpty())
            out << key;
    }
    return out;
}

bool overlaps(const QStringList &a, const QStringList &b)
{
    for (const QString &x : a)
        if (b.contains(x))
            return true;
    return false;
}

// Sørensen–Dice coefficient over character bigrams of each word: tolerant of typos, accents already
// folded away, and of word order (bigrams are taken per word, not across the gap).
double diceSimilarity(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a == b)
        return 1;
    auto bigrams = [](const QString &s) {
        QHash<quint32, int> grams;
        const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (w.size() == 1) {
                grams[w.at(0).unicode()] += 1;
                continue;
            }
            for (qsizetype i = 0; i + 1 < w.size(); ++i)
                grams[(quint32(w.at(i).unicode()) << 16) | w.at(i + 1).unicode()] += 1;
        }
        return grams;
    };
    const auto ga = bigrams(a);
    const auto gb = bigrams(b);
    int total = 0, shared = 0;
    for (auto it = ga.cbegin(); it != ga.cend(); ++it) {
        total += it.value();
        shared += std::min(it.value(), gb.value(it.key()));
    }
    for (auto it = gb.cbegin(); it != gb.cend(); ++it)
        total += it.value();
    return total == 0 ? 0 : 2.0 * shared / total;
}

// Share of words the two titles have in common, a misspelt word counting as the same: one title that
// merely contains the other ("Synthesis report on the Compendium …" and "Compendium …") scores low here
// though its letters largely match.
double wordOverlap(const QString &a, const QString &b)
{
    const QStringList wa = a.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList wb = b.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (wa.isEmpty() || wb.isEmpty())
        return 0;
    const qsizetype sizeB = wb.size();
    int matched = 0;
    for (const QString &w : wa) {
        qsizetype found = wb.indexOf(w);
        if (found < 0 && w.size() >= 5) {
            for (qsizetype i = 0; i < wb.size(); ++i)
                if (wb.at(i).size() >= 5 && diceSimilarity(w, wb.at(i)) >= 0.7) {
                    found = i;
                    break;
                }
        }
        if (found >= 0) {
            ++matched;
            wb.removeAt(found);
        }
    }
    return double(matched) / double(wa.size() + sizeB - matched);
}

QStringList numbersIn(const QString &key)
{
    QStringList out;
    for (const QString &w : key.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (w.at(0).isDigit())
            out << w;
    return out;
}

QString titleFieldOf(const QString &type)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    return def ? def->titleField : QString();
}

} // namespace

DuplicateFinder::DuplicateFinder(RecordStore &store, SearchIndex &index) : m_store(store), m_index(index) {}

QString DuplicateFinder::titleKey(const QString &title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toLower();
        } else {
            space = true;
        }
    }
    // Typographic variants that decomposition leaves alone.
    out.replace(QChar(0x00DF), QLatin1String("ss"));
    out.replace(QChar(0x0153), QLatin1String("oe"));
    out.replace(QChar(0x00E6), QLatin1String("ae"));
    return out;
}

double DuplicateFinder::similarity(const QString &type, const QVariantMap &a, const QVariantMap &b, QStringList *reasons)
{
    const QString titleField = titleFieldOf(type);
    if (titleField.isEmpty())
        return 0;
    const QString ka = titleKey(a.value(titleField).toString());
    const QString kb = titleKey(b.value(titleField).toString());
    auto alike = [](const QString &x, const QString &y) {
        if (x == y)
            return 1.0;
        // "Module 1" and "Module 2", "edition 2010" and "edition 2016": numbers that differ make different works.
        if (numbersIn(x) != numbersIn(y))
            return std::min(0.7, (diceSimilarity(x, y) + wordOverlap(x, y)) / 2);
        return (diceSimilarity(x, y) + wordOverlap(x, y)) / 2;
    };
    double title = alike(ka, kb);
    // "Title: subtitle" in one file is often "Title" + subtitle in another.
    if (title < 1 && a.contains(QStringLiteral("subtitle")) != b.contains(QStringLiteral("subtitle"))) {
        const QString fa = titleKey(a.value(titleField).toString() + QLatin1Char(' ') + a.value(QStringLiteral("subtitle")).toString());
        const QString fb = titleKey(b.value(titleField).toString() + QLatin1Char(' ') + b.value(QStringLiteral("subtitle")).toString());
        title = std::max(title, alike(fa, fb));
    }
    QStringList why;
    if (ka == kb && !ka.isEmpty())
        why << QObject::tr("same title");
    else if (title >= 0.5)
        why << QObject::tr("titles %1% alike").arg(std::lround(title * 100));

    double score = title;
    const QVariant ya = a.value(QStringLiteral("year"));
    const QVariant yb = b.value(QStringLiteral("year"));
    if (ya.isValid() && yb.isValid() && !ya.toString().isEmpty() && !yb.toString().isEmpty()) {
        const qint64 diff = std::abs(ya.toLongLong() - yb.toLongLong());
        if (diff == 0) {
            score += 0.1;
            why << QObject::tr("same year");
        } else if (diff > 1) {
            // Editions years apart are usually different materials worth keeping apart.
            score -= diff == 2 ? 0.15 : 0.3;
            why << QObject::tr("years differ (%1, %2)").arg(ya.toString(), yb.toString());
        }
    }
    const QStringList oa = nameList(a.value(QStringLiteral("@organisations")));
    const QStringList ob = nameList(b.value(QStringLiteral("@organisations")));
    if (overlaps(oa, ob)) {
        score += 0.05;
        why << QObject::tr("same organisation");
    }
    const QStringList pa = nameList(a.value(QStringLiteral("@authors")));
    const QStringList pb = nameList(b.value(QStringLiteral("@authors")));
    if (overlaps(pa, pb)) {
        score += 0.05;
        why << QObject::tr("same author");
    }
    if (reasons)
        *reasons = why;
    // Year and names confirm a likeness of titles; they do not make one.
    // (A title that contains most of the other's words — a report on a dialogue and the dialogue — stays
    // below this.)
    constexpr double kTitlesAlike = 0.8;
    if (title < kTitlesAlike)
        score = std::min(score, title * kLikelyDuplicate / kTitlesAlike);
    return std::clamp(score, 0.0, 1.0);
}

namespace {

// The names of the organisations and people attached to a record as parts (a material's authors and
// publishers), as a duplicate check wants them: under the key each part type gives.
void addPartNames(const RecordStore &store, const RecordId &id, const QString &type, QVariantMap &fields)
{
    for (const RecordTypeDef *part : RecordTypes::partsOf(type)) {
        if (part->duplicateNames.isEmpty())
            continue;
        QString refField;
        for (const FieldDef &f : part->fields) {
            if (f.type == FieldType::Reference && f.name != part->parentField) {
                refField = f.name;
                break;
            }
        }
        QStringList out;
        auto parts = store.parts(id, part->name);
        if (!parts)
            continue;
        for (const Record &p : *parts) {
            QString name = p.value(part->titleField).toString();
            const QString ref = refField.isEmpty() ? QString() : p.value(refField).toString();
            if (!ref.isEmpty()) {
                if (auto n = store.displayName(RecordId(ref)))
                    name = *n;
            }
            if (!name.isEmpty())
                out << name;
        }
        fields.insert(part->duplicateNames, out);
    }
}

} // namespace

Result<QList<DuplicateMatch>> DuplicateFinder::similarTo(const QString &type, const QVariantMap &fields, const RecordId &self,
                                                         int limit) const
{
    const QString titleField = titleFieldOf(type);
    const QString kind = SearchDocumentBuilder::kindOfType(type);
    if (titleField.isEmpty() || kind.isEmpty())
        return makeError(ErrorCode::Invalid, QObject::tr("Records of type “%1” are not checked for duplicates.").arg(type));
    const QString key = titleKey(fields.value(titleField).toString());
    if (key.isEmpty())
        return QList<DuplicateMatch>{};

    // Candidates: records sharing the title's telling words, best ranked first.
    QStringList words;
    for (const QString &w : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if ((w.size() >= 3 || w.at(0).isDigit()) && !stopWords().contains(w) && !words.contains(w))
            words << w;
        if (words.size() == 10)
            break;
    }
    if (words.isEmpty())
        words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 10);
    QStringList quoted;
    for (const QString &w : std::as_const(words))
        quoted << QLatin1Char('"') + w + QLatin1Char('"');
    if (!m_indexCurrent) {
        if (auto drained = m_index.drain(); !drained)
            return drained.error();
    }
    // Every telling word first: titles made of common words match thousands of records each, and the
    // index ranks only a capped share of those. Then any of them, for titles with a typo or a changed word.
    QList<SearchHit> hits;
    QSet<QString> seenIds;
    for (const QString &joiner : {QStringLiteral(" "), QStringLiteral(" OR ")}) {
        auto found = m_index.search(QStringLiteral("kind:%1 %2").arg(kind, quoted.join(joiner)), 40);
        if (!found)
            return found.error();
        for (const SearchHit &hit : std::as_const(found->hits))
            if (!seenIds.contains(hit.id.toString())) {
                seenIds.insert(hit.id.toString());
                hits.append(hit);
            }
        if (hits.size() >= 20 || quoted.size() == 1)
            break;
    }

    QList<DuplicateMatch> matches;
    for (const SearchHit &hit : std::as_const(hits)) {
        if (hit.id == self)
            continue;
        auto record = m_store.get(hit.id);
        if (!record || record->isTrashed() || record->type != type)
            continue;
        QVariantMap other = record->fields;
        addPartNames(m_store, record->id, type, other);
        QStringList reasons;
        const double score = similarity(type, fields, other, &reasons);
        if (score < kLikelyDuplicate)
            continue;
        matches.append({record->id, record->fields.value(titleField).toString(), score, reasons});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const DuplicateMatch &x, const DuplicateMatch &y) { return x.score > y.score; });
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

Result<QList<DuplicatePair>> DuplicateFinder::pairs(const QString &type, const std::atomic_bool *cancel,
                                                    const std::function<void(qint64, qint64)> &progress) const
{
    ListQuery all;
    auto total = m_store.count(type, all);
    if (!total)
        return total.error();
    const QString titleField = titleFieldOf(type);
    QList<DuplicatePair> out;
    QSet<QString> seen;
    qint64 done = 0;
    constexpr int kPage = 200;
    for (int offset = 0;; offset += kPage) {
        ListQuery page;
        page.sortField = QStringLiteral("created");
        page.limit = kPage;
        page.offset = offset;
        auto records = m_store.list(type, page);
        if (!records)
            return records.error();
        if (records->isEmpty())
            break;
        for (const Record &r : std::as_const(*records)) {
            if (cancel && cancel->load())
                return makeError(ErrorCode::Cancelled, QObject::tr("The search for duplicates was stopped."));
            QVariantMap fields = r.fields;
            addPartNames(m_store, r.id, type, fields);
            auto similar = similarTo(type, fields, r.id, 10);
            if (!similar)
                return similar.error();
            for (const DuplicateMatch &m : std::as_const(*similar)) {
                const QString a = r.id.toString(), b = m.id.toString();
                const QString pairKey = a < b ? a + b : b + a;
                if (seen.contains(pairKey))
                    continue;
                seen.insert(pairKey);
                DuplicatePair pair;
                pair.first = {r.id, r.fields.value(titleField).toString(), m.score, {}};
                pair.second = m;
                pair.score = m.score;
                out.append(pair);
            }
            ++done;
            if (progress)
                progress(done, *total);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DuplicatePair &x, const DuplicatePair &y) { return x.score > y.score; });
    return out;
}

} // namespace praxis::core
