#include "storage/safe_file.h"

#include "storage/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstdio>
#include <unistd.h>
#endif

namespace praxis::core {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString unchanged(const QString &path, const QString &reason)
{
    return QObject::tr("%1 could not be written (%2); the file there is as it was.").arg(native(path), reason);
}

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle()))) != 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Replaces `target` by `source` in one step.
bool replaceByRename(const QString &source, const QString &target)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(source).utf16()),
                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(target).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0;
#else
    return std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0;
#endif
}

} // namespace

SafeFileWriter::SafeFileWriter(QString path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
}

SafeFileWriter::~SafeFileWriter()
{
    cancel();
}

Status SafeFileWriter::open()
{
    cancel();
    m_copiedOver = false;
    const QFileInfo target(m_path);
    if (target.isDir())
        return makeError(ErrorCode::Io, QObject::tr("%1 is a folder, not a file.").arg(native(m_path)));
    const QString tag = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 0, 16);
    m_temp = std::make_unique<QFile>(QDir(target.absolutePath()).filePath(QStringLiteral(".%1.%2.part").arg(target.fileName(), tag)));
    m_beside = true;
    if (m_temp->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return {};
    const QString reason = m_temp->errorString();
    // The folder takes no new files, but the file there may still be written over.
    if (target.isFile() && target.isWritable()) {
        m_temp = std::make_unique<QFile>(QDir::temp().filePath(QStringLiteral("praxis-%1-%2.part").arg(tag, target.fileName())));
        m_beside = false;
        if (m_temp->open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return {};
    }
    m_temp.reset();
    return makeError(ErrorCode::Io, QObject::tr("%1 cannot be written: %2").arg(native(m_path), reason));
}

QIODevice &SafeFileWriter::device()
{
    return *m_temp;
}

Status SafeFileWriter::commit()
{
    if (!m_temp)
        return makeError(ErrorCode::Io, QObject::tr("%1 was not opened for writing.").arg(native(m_path)));
    if (m_temp->error() != QFileDevice::NoError || !syncToDisk(*m_temp)) {
        const QString reason = m_temp->errorString();
        cancel();
        return makeError(ErrorCode::Io, unchanged(m_path, reason));
    }
    m_temp->close();
    if (m_beside && replaceByRename(m_temp->fileName(), m_path)) {
        m_temp.reset();
        return {};
    }
    if (m_beside)
        qCWarning(lcStorage) << "the folder refused the rename over" << m_path << "; the finished file is copied over it instead";
    return copyOver();
}

Status SafeFileWriter::copyOver()
{
    QFile source(m_temp->fileName());
    QFile target(m_path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString reason = target.errorString();
        cancel();
        return makeError(ErrorCode::Io, unchanged(m_path, reason));
    }
    // Only now is the target touched, and the whole text is ready to go into it.
    m_copiedOver = true;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            const QString reason = target.errorString();
            target.close();
            const QString kept = m_temp->fileName();
            m_temp.reset(); // the whole text stays where it was written, for the user to copy by hand
            return makeError(ErrorCode::Io, QObject::tr("%1 was cut short while it was written over (%2); the whole file is in %3.")
                                                .arg(native(m_path), reason, native(kept)));
        }
    }
    const bool synced = syncToDisk(target);
    target.close();
    cancel();
    if (!synced)
        return makeError(ErrorCode::Io, QObject::tr("%1 could not be flushed to disk.").arg(native(m_path)));
    return {};
}

void SafeFileWriter::cancel()
{
    if (!m_temp)
        return;
    m_temp->close();
    QFile::remove(m_temp->fileName());
    m_temp.reset();
}

Status SafeFileWriter::write(const QString &path, const QByteArray &data)
{
    SafeFileWriter writer(path);
    if (Status s = writer.open(); !s)
        return s;
    if (writer.device().write(data) != data.size()) {
        const QString reason = writer.device().errorString();
        writer.cancel();
        return makeError(ErrorCode::Io, unchanged(path, reason));
    }
    return writer.commit();
}

} // namespace praxis::core
