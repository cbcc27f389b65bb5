#include "storage/safe_file.h"

#include "storage/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRandomGenerator>

#include <cerrno>

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

// Why the system refused, in words, from the error number it gave.
QString reasonInWords(int error)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return QObject::tr("the disk is full");
    case EROFS:
        return QObject::tr("the disk is read-only");
    case EPERM:
    case EACCES:
        return QObject::tr("the file or its folder is read-only or protected");
    case EISDIR:
        return QObject::tr("it is a folder, not a file");
    case ENOENT:
    case ENOTDIR:
        return QObject::tr("its folder does not exist");
    default:
        return QObject::tr("the system refused to write it");
    }
}

// What became of the target: it stays as it was, whether it was there or not.
QString kept(const QString &path)
{
    const QFileInfo target(path);
    if (target.isDir())
        return QObject::tr("The folder was left as it was.");
    if (target.exists())
        return QObject::tr("The existing file was left as it was.");
    return QObject::tr("Nothing was written.");
}

Error unchanged(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Io, QObject::tr("Could not write %1: %2. %3").arg(native(path), reason, kept(path)));
}

// The failure of `file`, logged with the system's own words and said in ours.
Error refused(const QString &path, const QFileDevice &file, int error)
{
    qCWarning(lcStorage) << "writing" << path << "failed:" << file.errorString();
    return makeError(error == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
        QObject::tr("Could not write %1: %2. %3").arg(native(path), reasonInWords(error), kept(path)));
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
        return unchanged(m_path, reasonInWords(EISDIR));
    const QString tag = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 0, 16);
    m_temp = std::make_unique<QFile>(QDir(target.absolutePath()).filePath(QStringLiteral(".%1.%2.part").arg(target.fileName(), tag)));
    m_beside = true;
    errno = 0;
    if (m_temp->open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return {};
    const int error = errno;
    const Error refusal = refused(m_path, *m_temp, error);
    // The folder takes no new files, but the file there may still be written over.
    if (target.isFile() && target.isWritable()) {
        m_temp = std::make_unique<QFile>(QDir::temp().filePath(QStringLiteral("praxis-%1-%2.part").arg(tag, target.fileName())));
        m_beside = false;
        if (m_temp->open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return {};
    }
    m_temp.reset();
    return refusal;
}

QIODevice &SafeFileWriter::device()
{
    return *m_temp;
}

Status SafeFileWriter::writeAll(const QByteArray &data)
{
    errno = 0;
    if (m_temp && m_temp->write(data) == data.size())
        return {};
    if (!m_temp)
        return makeError(ErrorCode::Io, QObject::tr("%1 was not opened for writing.").arg(native(m_path)));
    const Error refusal = refused(m_path, *m_temp, errno);
    cancel();
    return refusal;
}

Status SafeFileWriter::commit()
{
    if (!m_temp)
        return makeError(ErrorCode::Io, QObject::tr("%1 was not opened for writing.").arg(native(m_path)));
    errno = 0;
    if (m_temp->error() != QFileDevice::NoError || !syncToDisk(*m_temp)) {
        const int error = errno;
        const Error refusal = refused(m_path, *m_temp, error);
        cancel();
        return refusal;
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
    errno = 0;
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const Error refusal = refused(m_path, target, errno);
        cancel();
        return refusal;
    }
    // Only now is the target touched, and the whole text is ready to go into it.
    m_copiedOver = true;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        errno = 0;
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            const QString reason = reasonInWords(errno);
            qCWarning(lcStorage) << "writing over" << m_path << "failed:" << target.errorString();
            target.close();
            const QString whole = m_temp->fileName();
            m_temp.reset(); // the whole text stays where it was written, for the user to copy by hand
            return makeError(ErrorCode::Io,
                QObject::tr("%1 was cut short while it was written over (%2); the whole file is in %3.")
                    .arg(native(m_path), reason, native(whole)));
        }
    }
    const bool synced = syncToDisk(target);
    target.close();
    cancel();
    if (!synced)
        return makeError(ErrorCode::Io, QObject::tr("%1 could not be written to the disk to the end.").arg(native(m_path)));
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
    if (Status s = writer.writeAll(data); !s)
        return s;
    return writer.commit();
}

} // namespace praxis::core
