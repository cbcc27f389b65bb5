#include "database.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QObject>

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
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->storageError(QStringLiteral("step"));
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
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
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db->m_db ? QString::fromUtf8(sqlite3_errmsg(db->m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        return makeError(ErrorCode::Io, QObject::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), detail));
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, 5000);
    return db;
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        qCWarning(lcStorage) << "exec failed:" << text;
        return makeError(rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ? ErrorCode::Corrupt : ErrorCode::Storage, text);
    }
    return {};
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

Error Database::storageError(const QString &what) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const int primary = rc & 0xFF;
    ErrorCode code = ErrorCode::Storage;
    QString message = lastErrorMessage();
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        code = ErrorCode::Corrupt;
    } else if (primary == SQLITE_FULL) {
        code = ErrorCode::Io;
        message = QObject::tr("The disk is full: %1").arg(message);
    } else if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM) {
        code = ErrorCode::Io;
    } else if (primary == SQLITE_INTERRUPT) {
        code = ErrorCode::Cancelled;
    } else if (primary == SQLITE_CONSTRAINT && (rc == SQLITE_CONSTRAINT_FOREIGNKEY)) {
        code = ErrorCode::Reference;
    }
    qCDebug(lcStorage) << what << "failed:" << rc << message;
    return makeError(code, message);
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

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_depth = m_db.m_transactionDepth;
    // A cached statement left on a row keeps an old read snapshot open, and a write cannot start from
    // an old snapshot once another connection has written (SQLITE_BUSY_SNAPSHOT): let them all go first.
    if (m_depth == 0) {
        for (auto &[sql, stmt] : m_db.m_cache)
            stmt->reset();
    }
    m_begin = m_depth == 0 ? m_db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                           : m_db.exec(QStringLiteral("SAVEPOINT praxis_%1").arg(m_depth));
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
    if (m_depth == 0) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO praxis_%1").arg(m_depth));
        (void)m_db.exec(QStringLiteral("RELEASE praxis_%1").arg(m_depth));
    }
    m_done = true;
    --m_db.m_transactionDepth;
}

} // namespace praxis::core
