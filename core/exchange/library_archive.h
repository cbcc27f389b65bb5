#pragma once

#include "storage/result.h"

#include <QByteArray>

#include <atomic>
#include <functional>

namespace praxis::core {

class Database;
class RecordStore;

// The whole library as one JSON file ("praxis-library", version 1): every record of every type, with its
// id, fields, trash state and sample mark, so that importing it into an empty library gives the same
// records, links and ids back. Attachment files themselves stay in the library's attachments folder.
class LibraryArchive {
public:
    static constexpr int kVersion = 1;

    LibraryArchive(Database &db, RecordStore &store) : m_db(db), m_store(store) {}

    Result<QByteArray> write(const std::atomic_bool *cancel = nullptr, const std::function<void(qint64, qint64)> &progress = {});
    // Into an empty library only, in one transaction; returns how many records were read in.
    Result<qint64> read(const QByteArray &json, const std::atomic_bool *cancel = nullptr,
                        const std::function<void(qint64, qint64)> &progress = {});

private:
    Database &m_db;
    RecordStore &m_store;
};

} // namespace praxis::core
