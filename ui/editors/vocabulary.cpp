#include "editors/vocabulary.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace praxis::ui {

namespace {

QJsonArray load(const QString &name)
{
    QFile file(QStringLiteral(":/vocabularies/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

QString localName(const QJsonObject &entry, const QString &language)
{
    const QString name = entry.value(language).toString();
    return name.isEmpty() ? entry.value(QStringLiteral("en")).toString() : name;
}

struct Tables {
    QList<Term> languages;
    QList<Term> countries;
    QList<Term> regions;
    QHash<QString, QString> languageNames;
    QHash<QString, QString> countryNames;
    QHash<QString, QString> regionNames;
    QHash<QString, QStringList> countryRegions;
};

Tables build()
{
    Tables t;
    const QString lang = Vocabulary::displayLanguage();
    QCollator collator{QLocale()};

    for (const QJsonValue &v : load(QStringLiteral("regions"))) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        t.regionNames.insert(code, localName(o, lang));
        // The stored value stays in English so that searches (region:"Latin America") find it in every language.
        t.regions.append({code, localName(o, lang), t.regionNames.value(o.value(QStringLiteral("parent")).toString())});
    }

    for (const QJsonValue &v : load(QStringLiteral("languages"))) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        t.languageNames.insert(code, localName(o, lang));
        t.languages.append({code, code + QStringLiteral(" — ") + localName(o, lang), QString()});
    }
    std::sort(t.languages.begin(), t.languages.end(), [&](const Term &a, const Term &b) {
        return collator.compare(t.languageNames.value(a.value), t.languageNames.value(b.value)) < 0;
    });

    struct Placed {
        Term term;
        QString name;
    };
    QList<Placed> countries;
    for (const QJsonValue &v : load(QStringLiteral("countries"))) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("code")).toString();
        QStringList regions;
        for (const char *key : {"region", "subregion", "intermediate"}) {
            const QString r = o.value(QLatin1String(key)).toString();
            if (!r.isEmpty())
                regions << r;
        }
        t.countryRegions.insert(code, regions);
        const QString name = localName(o, lang);
        t.countryNames.insert(code, name);
        const QString group = regions.isEmpty() ? QString() : t.regionNames.value(regions.last());
        QString label = code + QStringLiteral(" — ") + name;
        if (!group.isEmpty())
            label += QStringLiteral(" · ") + group;
        countries.append({{code, label, group}, name});
    }
    // Grouped by region, as people look for countries, then by name.
    std::sort(countries.begin(), countries.end(), [&](const Placed &a, const Placed &b) {
        if (a.term.group != b.term.group) {
            if (a.term.group.isEmpty() != b.term.group.isEmpty())
                return b.term.group.isEmpty();
            return collator.compare(a.term.group, b.term.group) < 0;
        }
        return collator.compare(a.name, b.name) < 0;
    });
    for (const Placed &p : std::as_const(countries))
        t.countries.append(p.term);
    return t;
}

const Tables &tables()
{
    // Built once: the shipped vocabularies do not change while running.
    static const Tables t = build();
    return t;
}

} // namespace

QString Vocabulary::displayLanguage()
{
    const QString ui = QLocale().name().left(2);
    return ui == QLatin1String("es") || ui == QLatin1String("fr") ? ui : QStringLiteral("en");
}

const QList<Term> &Vocabulary::terms(const QString &vocabulary)
{
    static const QList<Term> none;
    if (vocabulary == QLatin1String("language"))
        return tables().languages;
    if (vocabulary == QLatin1String("country"))
        return tables().countries;
    if (vocabulary == QLatin1String("region"))
        return tables().regions;
    return none;
}

QString Vocabulary::name(const QString &vocabulary, const QString &value)
{
    const QHash<QString, QString> *names = nullptr;
    if (vocabulary == QLatin1String("language"))
        names = &tables().languageNames;
    else if (vocabulary == QLatin1String("country"))
        names = &tables().countryNames;
    else if (vocabulary == QLatin1String("region"))
        names = &tables().regionNames;
    return names ? names->value(value, value) : value;
}

QStringList Vocabulary::regionsOf(const QString &countryCode)
{
    return tables().countryRegions.value(countryCode.toUpper());
}

} // namespace praxis::ui
