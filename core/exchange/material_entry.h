#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace praxis::core {

// "line 12 (smith2016)", "line 12" or "smith2016": how a report names an entry of a file.
QString entryPlace(int line, const QString &key);

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

// Helpers the readers share to fill an entry.
void addTopic(MaterialEntry &e, const QString &topic);
// Languages written as codes or names, separated by , ; or /.
void addLanguage(MaterialEntry &e, const QString &text);
void appendNote(MaterialEntry &e, const QString &note);
// The year and, when the text holds it, an ISO date, from the spellings other tools write: "2016",
// "2016/09/06/", "2016///", "2016-09", "09/2016", "September 6, 2016", "6 septembre 2016", "Sep 2016".
// False when the text names no year.
bool setDate(MaterialEntry &e, const QString &text);
// Sets the material type from the title and the other tool's type.
void finishEntry(MaterialEntry &e, const QString &otherType);

// The material type a record most likely is: from words in its title first (a "toolkit" is a toolkit
// whatever the file calls it), then from the type the other tool gave it.
QString guessMaterialType(const QString &title, const QString &otherToolType);

// "Kato-Wallace, Jane" → "Jane Kato-Wallace"; "Jane Kato-Wallace" stays.
QString personName(const QString &name);

// An ISO 639-1 code for a language written as a code ("es", "spa") or a name in English or in the
// language itself ("Spanish", "Español"); empty when unknown.
QString languageCode(const QString &text);

} // namespace praxis::core
