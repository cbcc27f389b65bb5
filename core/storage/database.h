#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace praxis::core {

class Database;

// A prepared statement: reusable, move-only, typed binds. Indices are 1-based as in SQLite.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    // Text already in UTF-8.
    Statement &bindUtf8(int index, std::string_view utf8);
    Statement &bindNull(int index);
    // Null for an invalid QVariant; integers, doubles, booleans and text by their type.
    Statement &bindVariant(int index, const QVariant &value);

    // Advances one row: true when a row is available, false when done.
    Result<bool> step();
    // Runs to completion, discarding rows.
    Status run();
    // Runs to completion, handing each row to `row`.
    Status forEach(const std::function<void(const Statement &)> &row);
    void reset(); // clears bindings too

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    QString columnName(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// A cached statement on loan: reset when the loan ends, so no finished read keeps a snapshot of the
// database open (an open snapshot stops the write-ahead log from being recycled).
class StatementLease {
public:
    explicit StatementLease(Statement *statement) : m_statement(statement) {}
    ~StatementLease()
    {
        if (m_statement)
            m_statement->reset();
    }
    StatementLease(StatementLease &&other) noexcept : m_statement(std::exchange(other.m_statement, nullptr)) {}
    StatementLease &operator=(StatementLease &&) = delete;
    StatementLease(const StatementLease &) = delete;
    StatementLease &operator=(const StatementLease &) = delete;

    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement = nullptr;
};

// Owns one SQLite connection. It refuses writes in words once the file is known to be damaged or is
// on a read-only medium, and turns SQLite's codes for a full disk, a busy library and a read-only file
// into messages a user can act on.
class Database {
public:
    // Immutable: a read-only medium where SQLite cannot even create its shared-memory file; nothing
    // on the file can change while it is open.
    enum class Mode { ReadOnly, ReadWrite, Create, Immutable };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);

    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    // A statement kept for the life of the connection, lent until the lease goes out of scope.
    Result<StatementLease> cached(const QString &sql);

    // Runs a query returning one value (first column of first row); invalid QVariant when no row.
    Result<QVariant> scalar(const QString &sql);
    // The same with bound values, through a cached statement that is reset before returning.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds);

    // How long a statement waits for another connection's lock before it fails with Busy.
    int busyTimeout() const { return m_busyTimeoutMs; }
    void setBusyTimeout(int ms);

    // Stops the statement running on this connection; safe to call from any thread.
    void interrupt();

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    QString path() const { return m_path; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // A transaction is open here, but SQLite has already rolled it back (after a full disk, an I/O error).
    bool transactionLost() const;
    Error lostTransactionError() const;
    // True when SQLite opened the main file read-only (asked for, or the file system allowed no more).
    bool isReadOnly() const;

    // From now on every write transaction fails with this error (a damaged file, a read-only medium).
    void refuseWrites(const Error &why);
    const std::optional<Error> &writeRefusal() const { return m_refusal; }
    // Lifts a refusal of this kind (the file was found sound again).
    void allowWrites(ErrorCode code)
    {
        if (m_refusal && m_refusal->code == code)
            m_refusal.reset();
    }
    // Called when SQLite has reported damage and a quick check of the main file confirms it; returns
    // the words writes are refused with from then on.
    void setDamageHandler(std::function<QString(const QString &detail)> handler) { m_damageHandler = std::move(handler); }
    // Runs the quick check that a damage report asks for; true when the main file is sound.
    bool confirmSound();

    // For registering extensions (the search tokenizer); everything else goes through this class.
    sqlite3 *handle() const { return m_db; }

    // Less free room than this on the library's disk counts as a full disk.
    static constexpr qint64 kLowSpaceBytes = 1024 * 1024;
    // "The disk is full; nothing was changed; free N MB", for the library file at `path`.
    static QString diskFullWords(const QString &path);

    static QString sqliteVersion();
    static bool hasFts5();

private:
    friend class Transaction;
    friend class Statement;
    Database() = default;
    Error storageError(const QString &what);

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_transactionDepth = 0;
    int m_busyTimeoutMs = 5000;
    bool m_damageReported = false; // SQLite said "malformed" since the last quick check
    bool m_damageExamined = false;
    std::optional<Error> m_refusal;
    std::optional<Error> m_lastFailure;
    std::function<QString(const QString &)> m_damageHandler;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// Commits on commit(), rolls back if it leaves scope uncommitted. Nested transactions use savepoints.
// A Write transaction takes the write lock of every attached file at once (and is refused on a damaged
// or read-only library); a Derived one takes a lock only on the files it writes, and is for derived data
// such as the search index, which must never wait for, or take, the lock on the records.
class Transaction {
public:
    enum class Kind { Write, Derived };
    explicit Transaction(Database &db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begin;
    int m_depth = 0;
    bool m_done = false;
};

} // namespace praxis::core
