#pragma once

#include "model/record.h"
#include "storage/result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace praxis::core {

class AttachmentTextCache;
class RecordStore;
struct RecordTypeDef;

// The searchable text of one record, with the values the query filters and facets use.
struct SearchDocument {
    QString kind;      // material, case, dialogue, post, recommendation, memo, person, organisation
    QString title;
    QString body;
    QString language;  // ISO 639-1; decides the stemmer
    int year = 0;      // 0 when the record has none
    // (facet, value): type, lang, country, region, org (id), person (id), tag (id), dialogue (id), week, has, field:<name>
    QList<QPair<QString, QString>> facets;

    // A digest of everything above: an unchanged document is not written again.
    QString hash() const;
};

// Where the records a document draws on come from. StoreDocumentSource asks the store, one query at a
// time; a rebuild uses a source that remembers what it has read (search_rebuild.cpp).
class SearchDocumentSource {
public:
    virtual ~SearchDocumentSource() = default;
    virtual Result<QList<Record>> parts(const RecordId &owner, const QString &partType) const = 0;
    virtual Result<Record> get(const RecordId &id) const = 0;
    virtual Result<QString> displayName(const RecordId &id) const = 0;
    // The text read out of an attached file; empty when none (or no cache).
    virtual QString attachmentText(const QString &sha256) const = 0;
};

class StoreDocumentSource : public SearchDocumentSource {
public:
    explicit StoreDocumentSource(const RecordStore &store, const AttachmentTextCache *attachmentTexts = nullptr)
        : m_store(store), m_attachmentTexts(attachmentTexts) {}
    Result<QList<Record>> parts(const RecordId &owner, const QString &partType) const override;
    Result<Record> get(const RecordId &id) const override;
    Result<QString> displayName(const RecordId &id) const override;
    QString attachmentText(const QString &sha256) const override;

private:
    const RecordStore &m_store;
    const AttachmentTextCache *m_attachmentTexts = nullptr;
};

// Builds search documents from records, as each record's type describes them (RecordTypeDef's
// searchTitle, searchBody and the rest). Parts (sections, questions, contributors) go into their
// owner's document; only the record types listed in kinds() have documents of their own. The text read
// out of each attached file joins its owner's body, at most AttachmentTextCache::kMaxChars characters
// of each file.
class SearchDocumentBuilder {
public:
    SearchDocumentBuilder(const SearchDocumentSource &source, QString defaultLanguage)
        : m_source(source), m_defaultLanguage(std::move(defaultLanguage)) {}

    static const QStringList &kinds();            // the user-facing kind names
    static QString kindOfType(const QString &type); // empty when the type has no document of its own

    // No value when the record has no document (a part, or a type not searched).
    Result<std::optional<SearchDocument>> build(const Record &record) const;
    // The same, read as `type` describes it.
    Result<std::optional<SearchDocument>> build(const Record &record, const RecordTypeDef &type) const;

    // What in a type's search description names no field or part (empty when all is well).
    static QStringList unknownPaths(const RecordTypeDef &type);

private:
    struct Shape;
    class Reading;

    const SearchDocumentSource &m_source;
    QString m_defaultLanguage;
};

} // namespace praxis::core
