#include "vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace praxis::ui {

namespace {

QList<Term> languages()
{
    QList<Term> out;
    for (int l = QLocale::AnyLanguage + 1; l <= QLocale::LastLanguage; ++l) {
        const auto language = QLocale::Language(l);
        const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
        if (code.size() == 2)
            out.append({code, code + QStringLiteral(" — ") + QLocale::languageToString(language)});
    }
    return out;
}

QList<Term> countries()
{
    QList<Term> out;
    for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        // Three-digit codes are UN M49 regions, offered under "region" instead.
        if (code.size() == 2 && code.at(0).isLetter())
            out.append({code, code + QStringLiteral(" — ") + QLocale::territoryToString(territory)});
    }
    return out;
}

QList<Term> regions()
{
    // The UN M49 regions and sub-regions that training materials and cases are usually described by.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Vocabulary", "Africa"),
        QT_TRANSLATE_NOOP("Vocabulary", "Northern Africa"),
        QT_TRANSLATE_NOOP("Vocabulary", "Sub-Saharan Africa"),
        QT_TRANSLATE_NOOP("Vocabulary", "Americas"),
        QT_TRANSLATE_NOOP("Vocabulary", "Latin America and the Caribbean"),
        QT_TRANSLATE_NOOP("Vocabulary", "Northern America"),
        QT_TRANSLATE_NOOP("Vocabulary", "Asia"),
        QT_TRANSLATE_NOOP("Vocabulary", "Central Asia"),
        QT_TRANSLATE_NOOP("Vocabulary", "Eastern Asia"),
        QT_TRANSLATE_NOOP("Vocabulary", "South-eastern Asia"),
        QT_TRANSLATE_NOOP("Vocabulary", "Southern Asia"),
        QT_TRANSLATE_NOOP("Vocabulary", "Western Asia"),
        QT_TRANSLATE_NOOP("Vocabulary", "Europe"),
        QT_TRANSLATE_NOOP("Vocabulary", "Eastern Europe"),
        QT_TRANSLATE_NOOP("Vocabulary", "Northern Europe"),
        QT_TRANSLATE_NOOP("Vocabulary", "Southern Europe"),
        QT_TRANSLATE_NOOP("Vocabulary", "Western Europe"),
        QT_TRANSLATE_NOOP("Vocabulary", "Oceania"),
    };
    QList<Term> out;
    // The stored value stays in English so that searches (region:"Latin America") find it in every language.
    for (const char *name : names)
        out.append({QString::fromLatin1(name), QCoreApplication::translate("Vocabulary", name)});
    return out;
}

} // namespace

const QList<Term> &Vocabulary::terms(const QString &vocabulary)
{
    // Built once: the tables come from Qt's locale data, which does not change while running.
    static const QList<Term> languageTerms = languages();
    static const QList<Term> countryTerms = countries();
    static const QList<Term> regionTerms = regions();
    static const QList<Term> none;
    if (vocabulary == QLatin1String("language"))
        return languageTerms;
    if (vocabulary == QLatin1String("country"))
        return countryTerms;
    if (vocabulary == QLatin1String("region"))
        return regionTerms;
    return none;
}

} // namespace praxis::ui
