#pragma once

#include <QList>
#include <QString>

namespace praxis::ui {

// One entry of a controlled vocabulary: the value stored and the words shown beside it.
struct Term {
    QString value; // "es", "BO", "Latin America and the Caribbean"
    QString label; // "es — Spanish"
};

// The values offered for fields with a vocabulary: ISO 639-1 languages and ISO 3166-1 countries as
// Qt's locale data knows them, and the regions of the UN M49 standard.
class Vocabulary {
public:
    // The terms of "language", "country" or "region"; empty for any other name.
    static const QList<Term> &terms(const QString &vocabulary);
};

} // namespace praxis::ui
