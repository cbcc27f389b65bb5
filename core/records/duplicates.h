#pragma once

#include "model/record_id.h"
#include "storage/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>

namespace praxis::core {

class RecordStore;
class SearchIndex;

// One existing record that resembles a new or edited one.
struct DuplicateMatch {
    RecordId id;
    QString title;
    double score = 0;     // 0..1; kLikelyDuplicate and above is worth a warning
    QStringList reasons;  // in words: "same title", "title 86% alike", "same year", "same organisation"
};

// Two records of one type that resemble each other, for the duplicates view.
struct DuplicatePair {
    DuplicateMatch first;
    DuplicateMatch second;
    double score = 0;
};

// Finds records that resemble a given one: title similarity (case, accents, punctuation and word order
// ignored), year and organisations. Candidates come from the search index's title words, so it works
// without reading a whole table; the index is brought up to date before looking.
// Besides the record's own fields, `fields` may carry "@organisations" and "@authors" (QStringList of names
// as written) for the organisations and people that are parts of a material; similarTo() reads them for
// existing records itself.
class DuplicateFinder {
public:
    static constexpr double kLikelyDuplicate = 0.75;

    DuplicateFinder(RecordStore &store, SearchIndex &index);

    // Live records of `type` resembling `fields` (the fields of a record about to be created, or of an
    // existing record given as `self`, which is then left out), best first, at most `limit`.
    Result<QList<DuplicateMatch>> similarTo(const QString &type, const QVariantMap &fields, const RecordId &self = {},
                                            int limit = 5) const;

    // Every likely pair among the live records of `type`, best first.
    Result<QList<DuplicatePair>> pairs(const QString &type, const std::atomic_bool *cancel = nullptr,
                                       const std::function<void(qint64 done, qint64 total)> &progress = {}) const;

    // How alike two records' fields are, 0..1, with the reasons. Needs no storage: importers use it to
    // compare the rows of one file with each other.
    static double similarity(const QString &type, const QVariantMap &a, const QVariantMap &b, QStringList *reasons = nullptr);
    // The title folded for comparison: lower case, no accents or punctuation, single spaces.
    static QString titleKey(const QString &title);
    // Tells the finder the index is up to date, so it does not drain the queue before each look.
    void setIndexCurrent(bool current) { m_indexCurrent = current; }

private:
    RecordStore &m_store;
    SearchIndex &m_index;
    bool m_indexCurrent = false;
};

} // namespace praxis::core
