#pragma once

#include "storage/result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace praxis::core {

// Writes a file so that a crash, a full disk or a cancel never leaves half of it in place of the old one:
// the text goes to a temporary file beside the target, is flushed to disk, and replaces the target in one
// rename only when complete. Some folders refuse that rename (cloud folders whose client holds the
// target open, some network shares) or refuse new files: there, as KeePassXC does, the finished
// temporary copy is written over the target instead, and removed. Never used for the library's own
// database files, which only SQLite opens.
class SafeFileWriter {
public:
    explicit SafeFileWriter(QString path);
    ~SafeFileWriter();
    SafeFileWriter(const SafeFileWriter &) = delete;
    SafeFileWriter &operator=(const SafeFileWriter &) = delete;

    Status open();
    // Where to write, once open() succeeded.
    QIODevice &device();
    // All of `data` to device(); when the system refuses, the writing is cancelled and the error says why.
    Status writeAll(const QByteArray &data);
    // Puts the finished file in place; when it fails, the target is as it was (or, if even copying over
    // it failed halfway, the message says so).
    Status commit();
    // Drops what was written; the target stays as it was.
    void cancel();
    // How the last commit() put the file in place: false for a rename, true for a copy over the target.
    bool copiedOver() const { return m_copiedOver; }

    // The whole of `data` into `path`, safely.
    static Status write(const QString &path, const QByteArray &data);

private:
    Status copyOver();

    QString m_path;
    std::unique_ptr<QFile> m_temp;
    bool m_beside = false;
    bool m_copiedOver = false;
};

} // namespace praxis::core
