#include "regions.h"

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

} // namespace

QStringList Regions::ofCountry(const QString &countryCode)
{
    static const QHash<QString, QStringList> table = load();
    return table.value(countryCode.trimmed().toUpper());
}

} // namespace praxis::core
