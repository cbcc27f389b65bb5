#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace praxis::core {

// A person or organisation named by an imported record, as the file wrote it.
struct NamedContributor {
    QString name;
    QString role; // author, editor, translator, contributor / producer, publisher, funder, partner
};

// One material read from a file, before it meets the library: its fields in the model's names, and the
// people and organisations it names. Readers fill it; the importer checks and writes it.
struct MaterialEntry {
    QVariantMap fields;
    QList<NamedContributor> people;
    QList<NamedContributor> organisations;
    QVariantMap customValues; // custom field name → value as text
    int line = 0;             // where the record starts in its file (1-based); 0 when unknown
    QString key;              // the file's own key or id for it, for the report

    // "line 12 (smith2016)" — how a report names the record.
    QString where() const;
};

// The material type a record most likely is: from words in its title first (a "toolkit" is a toolkit
// whatever the file calls it), then from the type the other tool gave it.
QString guessMaterialType(const QString &title, const QString &otherToolType);

// "Kato-Wallace, Jane" → "Jane Kato-Wallace"; "Jane Kato-Wallace" stays.
QString personName(const QString &name);

// An ISO 639-1 code for a language written as a code ("es", "spa") or a name in English or in the
// language itself ("Spanish", "Español"); empty when unknown.
QString languageCode(const QString &text);

} // namespace praxis::core
