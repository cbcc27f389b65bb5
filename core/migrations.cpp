#include "migrations.h"

#include "database.h"
#include "logging.h"

#include <QFile>
#include <QObject>

namespace praxis::core {

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list = {
        {1, QStringLiteral(":/praxis/migrations/0001_initial.sql")},
        {2, QStringLiteral(":/praxis/migrations/0002_search_queue.sql")},
        {3, QStringLiteral(":/praxis/migrations/0003_sort_indexes.sql")},
        {4, QStringLiteral(":/praxis/migrations/0004_attachment_text.sql")},
        {5, QStringLiteral(":/praxis/migrations/0005_search_positions.sql")},
    };
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
