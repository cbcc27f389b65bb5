#pragma once

#include "storage/result.h"

#include <QString>

namespace praxis::core {
class RecordId;
class RecordStore;
} // namespace praxis::core

namespace praxis::cli {

class CliInvocation;

// Makes one change to the record named by the command's argument (trash, restore, purge) and says so: `done`
// ("Moved %1 to the trash.") as text, {key: id} as JSON.
int changeRecord(
    CliInvocation &cli, core::Status (core::RecordStore::*change)(const core::RecordId &), const QString &key, const QString &done);

} // namespace praxis::cli
