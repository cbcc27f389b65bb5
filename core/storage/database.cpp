#include "storage/database.h"

#include "storage/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStorageInfo>
#include <QUrl>

#include <algorithm>

#include <sqlite3.h>

namespace praxis::core {

// ---- Statement ----

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bindUtf8(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, qint64(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Result<bool> Statement::step()
{
    // SQLite rolled the whole transaction back (a full disk, an I/O error): nothing more may be written
    // outside it as if it were still open.
    if (m_db->transactionLost())
        return m_db->lostTransactionError();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->storageError(QStringLiteral("step"));
}

Status Statement::run()
{
    return forEach([](const Statement &) {});
}

Status Statement::forEach(const std::function<void(const Statement &)> &row)
{
    for (;;) {
        auto next = step();
        if (!next)
            return next.error();
        if (!next.value())
            return {};
        row(*this);
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(integer(column));
    case SQLITE_FLOAT: return QVariant(real(column));
    case SQLITE_TEXT: return QVariant(text(column));
    case SQLITE_BLOB: return QVariant(blob(column));
    default: return QVariant();
    }
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

// ---- Database ----

Database::~Database()
{
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    // URIs let an attached file be opened read-only or immutable too.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    QByteArray name = QFile::encodeName(path);
    // Read-only files are asked for in the URI rather than by flags: files attached later (an index
    // built in memory) inherit the flags, and must stay writable.
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READWRITE;
        name = uri + "?mode=ro";
        break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READWRITE;
        name = uri + "?mode=ro&immutable=1";
        break;
    }
    if ((mode == Mode::ReadWrite || mode == Mode::Create) && name.startsWith("file:"))
        name.prepend("./"); // a relative name that happens to look like a URI
    if (path == QLatin1String(":memory:") || path.isEmpty())
        name = QFile::encodeName(path);
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const int rc = sqlite3_open_v2(name.constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db->m_db ? QString::fromUtf8(sqlite3_errmsg(db->m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        return makeError(ErrorCode::Io, QObject::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), detail));
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    db->setBusyTimeout(db->m_busyTimeoutMs);
    return db;
}

void Database::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    sqlite3_busy_timeout(m_db, ms);
}

bool Database::transactionLost() const
{
    return m_transactionDepth > 0 && sqlite3_get_autocommit(m_db);
}

Error Database::lostTransactionError() const
{
    if (m_lastFailure)
        return *m_lastFailure;
    return makeError(ErrorCode::Storage, QObject::tr("The change was undone by SQLite after an error; nothing was changed."));
}

Status Database::exec(const QString &sql)
{
    if (transactionLost())
        return lostTransactionError();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return storageError(QStringLiteral("exec"));
    return {};
}

QString Database::diskFullWords(const QString &path)
{
    // Room for the write-ahead log to grow by a tenth of the library, and never less than 5 MB.
    const QString where = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const qint64 size = QFileInfo(path).size();
    const qint64 needMb = std::max<qint64>(5, (size / 10 + (1 << 20) - 1) >> 20);
    return QObject::tr("The disk that holds %1 is full; nothing was changed. Free at least %2 MB there and try again.").arg(where).arg(needMb);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::refuseWrites(const Error &why)
{
    if (!m_refusal)
        m_refusal = why;
}

bool Database::confirmSound()
{
    m_damageReported = false;
    QStringList problems;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA main.quick_check(20)", -1, &stmt, nullptr) != SQLITE_OK) {
        problems << lastErrorMessage();
    } else {
        for (;;) {
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_ROW) {
                const QString row = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
                if (row != QLatin1String("ok"))
                    problems << row;
                continue;
            }
            if (rc != SQLITE_DONE)
                problems << lastErrorMessage();
            break;
        }
    }
    sqlite3_finalize(stmt);
    m_damageReported = false;
    if (problems.isEmpty())
        return true;
    // The first finding says what is wrong; the rest are most often its echoes.
    QString detail = problems.first().section(QLatin1Char('\n'), 0, 0).simplified();
    if (detail.startsWith(QLatin1String("***")) && problems.first().contains(QLatin1Char('\n')))
        detail = problems.first().section(QLatin1Char('\n'), 1, 1).simplified();
    const int more = int(problems.size()) - 1 + int(problems.first().count(QLatin1Char('\n')));
    if (more > 1)
        detail = QObject::tr("%1, and %n more finding(s)", nullptr, more - 1).arg(detail);
    qCWarning(lcStorage) << "the library file is damaged:" << detail;
    const QString words = m_damageHandler ? m_damageHandler(detail)
                                          : QObject::tr("The library %1 is damaged (%2); Praxis writes nothing more to it.").arg(QDir::toNativeSeparators(m_path), detail);
    refuseWrites(makeError(ErrorCode::Corrupt, words));
    return false;
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStorage) << "prepare failed:" << sql;
        return storageError(QStringLiteral("prepare"));
    }
    return Statement(this, stmt);
}

Result<StatementLease> Database::cached(const QString &sql)
{
    const std::string key = sql.toStdString();
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        auto stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        it = m_cache.emplace(key, std::make_unique<Statement>(std::move(stmt.value()))).first;
    }
    it->second->reset();
    return StatementLease(it->second.get());
}

Result<QVariant> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->value(0) : QVariant();
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto stmt = cached(sql);
    if (!stmt)
        return stmt.error();
    int i = 1;
    for (const QVariant &v : binds)
        (*stmt)->bindVariant(i++, v);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    return row.value() ? (*stmt)->value(0) : QVariant();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Error Database::storageError(const QString &what)
{
    const int rc = sqlite3_extended_errcode(m_db);
    const int primary = rc & 0xFF;
    ErrorCode code = ErrorCode::Storage;
    QString message = lastErrorMessage();
    const QString where = QDir::toNativeSeparators(QFileInfo(m_path).absolutePath());
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        code = ErrorCode::Corrupt;
        m_damageReported = true;
        // Once a library is open, damage is looked into at once (once per connection): when the library
        // file itself is damaged, writing stops here and now, and the words say what can be done.
        if (m_damageHandler && !m_damageExamined) {
            m_damageExamined = true;
            if (!confirmSound())
                return makeError(code, m_refusal->message);
        } else if (m_refusal && m_refusal->code == ErrorCode::Corrupt) {
            return makeError(code, m_refusal->message);
        }
    } else if (primary == SQLITE_FULL || (primary == SQLITE_IOERR && QStorageInfo(where).bytesAvailable() < kLowSpaceBytes)) {
        // A write, or the shared-memory file growing (SQLITE_IOERR_SHMSIZE), with no room left.
        code = ErrorCode::DiskFull;
        message = diskFullWords(m_path);
    } else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        code = ErrorCode::Busy;
        message = QObject::tr("The library is busy: another program (or another Praxis window) is changing it. Nothing was changed; try again in a moment.");
    } else if (primary == SQLITE_READONLY) {
        code = ErrorCode::ReadOnly;
        message = QObject::tr("The library in %1 is read-only (the disk or folder does not allow writing). Nothing was changed.").arg(where);
    } else if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM) {
        code = ErrorCode::Io;
        message = QObject::tr("The disk reported an error for the library in %1 (%2).").arg(where, message);
    } else if (primary == SQLITE_INTERRUPT) {
        code = ErrorCode::Cancelled;
    } else if (primary == SQLITE_CONSTRAINT && (rc == SQLITE_CONSTRAINT_FOREIGNKEY)) {
        code = ErrorCode::Reference;
    }
    qCDebug(lcStorage) << what << "failed:" << rc << message;
    m_lastFailure = makeError(code, message);
    return *m_lastFailure;
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

bool Database::hasFts5()
{
    return sqlite3_compileoption_used("ENABLE_FTS5") != 0;
}

// ---- Transaction ----

Transaction::Transaction(Database &db, Kind kind)
    : m_db(db)
{
    m_depth = m_db.m_transactionDepth;
    if (kind == Kind::Write && m_depth == 0) {
        if (m_db.m_damageReported)
            (void)m_db.confirmSound();
        if (m_db.m_refusal) {
            m_begin = *m_db.m_refusal;
            m_done = true;
            return;
        }
    }
    // A cached statement left on a row keeps an old read snapshot open, and a write cannot start from
    // an old snapshot once another connection has written (SQLITE_BUSY_SNAPSHOT): let them all go first.
    if (m_depth == 0) {
        for (auto &[sql, stmt] : m_db.m_cache)
            stmt->reset();
    }
    const QString begin = kind == Kind::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    m_begin = m_depth == 0 ? m_db.exec(begin) : m_db.exec(QStringLiteral("SAVEPOINT praxis_%1").arg(m_depth));
    if (m_begin)
        ++m_db.m_transactionDepth;
    else
        m_done = true;
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_begin ? Status(makeError(ErrorCode::Storage, QStringLiteral("transaction already finished"))) : m_begin;
    if (m_db.transactionLost()) {
        const Error lost = m_db.lostTransactionError();
        rollback();
        return lost;
    }
    Status s = m_depth == 0 ? m_db.exec(QStringLiteral("COMMIT"))
                            : m_db.exec(QStringLiteral("RELEASE praxis_%1").arg(m_depth));
    if (!s) {
        rollback();
        return s;
    }
    m_done = true;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (m_done)
        return;
    // After a full disk or an I/O error SQLite may already have rolled the whole transaction back;
    // then there is nothing left to roll back, and no savepoint to name.
    if (sqlite3_get_autocommit(m_db.m_db)) {
        // nothing to do
    } else if (m_depth == 0) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO praxis_%1").arg(m_depth));
        (void)m_db.exec(QStringLiteral("RELEASE praxis_%1").arg(m_depth));
    }
    m_done = true;
    --m_db.m_transactionDepth;
}

} // namespace praxis::core
