#pragma once

#include "storage/result.h"

#include <QList>
#include <QString>

namespace praxis::core {

class Database;

// One numbered schema change. Applied in its own transaction; PRAGMA user_version records it.
struct Migration {
    int version = 0;
    QString resource; // SQL script in the core resources
};

class Migrations {
public:
    static const QList<Migration> &all();
    static int latestVersion();
    // Applies every migration above the current user_version, each in one transaction.
    static Status apply(Database &db);
};

} // namespace praxis::core
