#pragma once

#include "record.h"
#include "result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace praxis::core {

class AttachmentTextCache;
class RecordStore;

// The searchable text of one record, with the values the query filters and facets use.
struct SearchDocument {
    QString kind;      // material, case, dialogue, post, recommendation, memo, person, organisation
    QString title;
    QString body;
    QString language;  // ISO 639-1; decides the stemmer
    int year = 0;      // 0 when the record has none
    // (facet, value): type, lang, country, region, org (id), person (id), tag (id), dialogue (id), week, has, field:<name>
    QList<QPair<QString, QString>> facets;
};

// Builds search documents from records. Parts (sections, questions, contributors) go into their
// owner's document; only the record types listed in kinds() have documents of their own. The text read
// out of each attached file (when `attachmentTexts` is given) joins its owner's body, at most
// AttachmentTextCache::kMaxChars characters of each file.
class SearchDocumentBuilder {
public:
    SearchDocumentBuilder(const RecordStore &store, QString defaultLanguage, const AttachmentTextCache *attachmentTexts = nullptr)
        : m_store(store), m_defaultLanguage(std::move(defaultLanguage)), m_attachmentTexts(attachmentTexts) {}

    static const QStringList &kinds();            // the user-facing kind names
    static QString kindOfType(const QString &type); // empty when the type has no document of its own

    // No value when the record has no document (a part, or a type not searched).
    Result<std::optional<SearchDocument>> build(const Record &record) const;

private:
    void addParts(const Record &record, const QString &partType, QString &body) const;
    QString name(const QVariant &id) const;
    void addPlaces(const Record &r, SearchDocument &doc) const;
    void addCommon(const Record &record, SearchDocument &doc) const;

    const RecordStore &m_store;
    QString m_defaultLanguage;
    const AttachmentTextCache *m_attachmentTexts = nullptr;
};

} // namespace praxis::core
