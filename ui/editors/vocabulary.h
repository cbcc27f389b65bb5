#pragma once

#include <QList>
#include <QString>

namespace praxis::ui {

// One entry of a controlled vocabulary: the value stored and the words shown beside it.
struct Term {
    QString value; // "es", "BO", "Latin America and the Caribbean"
    QString label; // "es — Spanish"
    QString group; // countries: the UN M49 region they belong to, in the UI language
};

// The values offered for fields with a vocabulary, from the vocabularies shipped in the resources:
// ISO 639-1 languages, ISO 3166-1 countries ordered by their UN M49 region, and the M49 regions, with
// names in the UI language (English, Spanish or French).
class Vocabulary {
public:
    // The terms of "language", "country" or "region"; empty for any other name.
    static const QList<Term> &terms(const QString &vocabulary);
    // The name of a code in the UI language ("BO" → "Bolivia"), or the code itself when unknown.
    static QString name(const QString &vocabulary, const QString &value);
    // The UN M49 regions (English, as stored) a country lies in, widest first: Americas, Latin America
    // and the Caribbean, South America.
    static QStringList regionsOf(const QString &countryCode);
    // The language the names are given in: "en", "es" or "fr".
    static QString displayLanguage();
};

} // namespace praxis::ui
