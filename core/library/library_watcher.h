#pragma once

#include "storage/result.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace praxis::core {

class Database;

// Notices writes that other connections commit to the library — a background job of this program,
// praxis-cli run while the window is open, sync — and announces them in the shape of the record store's
// own notice (RecordStore::recordsChanged: once per changed type, and for a part or link also the types
// it can belong to), so that whoever forwards them to the store makes the views follow them.
//
// It polls `PRAGMA data_version` on the library's own connection, which changes only when another
// connection has committed and costs no disk read; only then does it read the change log from the last
// sequence number it has seen. Lives on the thread of the library's connection (the GUI thread).
class LibraryWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 300;

    explicit LibraryWatcher(Database &db, QObject *parent = nullptr);
    ~LibraryWatcher() override;

    // Starts polling; changes committed from now on are announced.
    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    bool isWatching() const;

    // One look: when another connection committed since the last look, announces the record types its
    // change-log entries touched and returns them (empty when nothing new).
    Result<QStringList> poll();

    qint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    // A change to a record of this type (or a part of one) committed elsewhere; RecordStore's shape.
    void recordsChanged(const QString &type);
    // After the notices of one look, all the types at once: for whatever keeps derived data of its own
    // (the search index) and wants to catch up at once.
    void changedElsewhere(const QStringList &types);

private:
    Status remember();

    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    bool m_failed = false; // the last look failed; said once in the log, not on every tick
};

} // namespace praxis::core
