#pragma once

#include <QString>
#include <QStringList>

namespace praxis::core {

// The UN M49 regions of each ISO 3166-1 country, from the vocabularies shipped in the resources, so a
// search for a region finds records that name only their countries.
class Regions {
public:
    // Widest first, in English as stored: "BO" → Americas, Latin America and the Caribbean, South America.
    // Empty for an unknown code (or when the vocabularies are not linked in).
    static QStringList ofCountry(const QString &countryCode);
    // The ISO 3166-1 codes of the countries in a region (as stored, in English), sorted; empty when unknown.
    static QStringList countriesIn(const QString &region);
};

} // namespace praxis::core
