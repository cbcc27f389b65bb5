#include "model/regions.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace praxis::core {

namespace {

QHash<QString, QStringList> load()
{
    QHash<QString, QStringList> out;
    QFile file(QStringLiteral(":/vocabularies/countries.json"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &v : countries) {
        const QJsonObject o = v.toObject();
        QStringList regions;
        for (const char *key : {"region", "subregion", "intermediate"}) {
            const QString r = o.value(QLatin1String(key)).toString();
            if (!r.isEmpty())
                regions << r;
        }
        out.insert(o.value(QStringLiteral("code")).toString(), regions);
    }
    return out;
}

const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> regions = load();
    return regions;
}

} // namespace

QStringList Regions::ofCountry(const QString &countryCode)
{
    return table().value(countryCode.trimmed().toUpper());
}

QStringList Regions::countriesIn(const QString &region)
{
    static const QHash<QString, QStringList> members = [] {
        QHash<QString, QStringList> out;
        for (auto it = table().cbegin(); it != table().cend(); ++it)
            for (const QString &r : it.value())
                out[r.toCaseFolded()] << it.key();
        for (QStringList &codes : out)
            codes.sort();
        return out;
    }();
    return members.value(region.trimmed().toCaseFolded());
}

} // namespace praxis::core
