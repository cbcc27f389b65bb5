#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <QDir>
#include <QFile>
#include <QObject>

#include <algorithm>

namespace praxis::core {

const QList<Migration> &Migrations::all()
{
    // Every script in the resource folder is a migration, numbered by its name: 0005_search_positions.sql.
    static const QList<Migration> list = [] {
        QList<Migration> out;
        const QDir dir(QStringLiteral(":/praxis/migrations"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
            if (ok && version > 0)
                out.append({version, dir.filePath(name)});
        }
        std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return out;
    }();
    return list;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

Status Migrations::apply(Database &db)
{
    auto current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const int version = current->toInt();
    for (const Migration &m : all()) {
        if (m.version <= version)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Storage, QObject::tr("Schema script %1 is missing from this build.").arg(m.resource));
        const QString sql = QString::fromUtf8(file.readAll());
        Transaction tx(db);
        if (!tx.status())
            return tx.status();
        if (Status s = db.exec(sql); !s)
            return makeError(s.error().code, QObject::tr("Updating the library to schema %1 failed: %2").arg(m.version).arg(s.error().message));
        if (Status s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCInfo(lcLibrary) << "applied schema migration" << m.version;
    }
    return {};
}

} // namespace praxis::core
