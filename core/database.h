#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
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

// Owns one SQLite connection.
class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

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

    // Stops the statement running on this connection; safe to call from any thread.
    void interrupt();

    qint64 lastInsertRowId() const;
    int changes() const;
    QString lastErrorMessage() const;
    QString path() const { return m_path; }
    bool inTransaction() const { return m_transactionDepth > 0; }

    // For registering extensions (the search tokenizer); everything else goes through this class.
    sqlite3 *handle() const { return m_db; }

    static QString sqliteVersion();
    static bool hasFts5();

private:
    friend class Transaction;
    friend class Statement;
    Database() = default;
    Error storageError(const QString &what) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_transactionDepth = 0;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// Commits on commit(), rolls back if it leaves scope uncommitted. Nested transactions use savepoints.
class Transaction {
public:
    explicit Transaction(Database &db);
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
