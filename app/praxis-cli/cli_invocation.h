#pragma once

#include "storage/result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace praxis::core {
class Library;
}

namespace praxis::cli {

struct CliCommand;

// Exit codes of praxis-cli.
enum ExitCode { kOk = 0, kError = 1, kUsage = 2 };

// One run of one command: its arguments and option values as parsed from the command line, the streams it
// writes to, and the ways it ends (done, failed, wrong usage).
class CliInvocation {
public:
    CliInvocation(QTextStream &out, QTextStream &err, QTextStream &in)
        : m_out(out)
        , m_err(err)
        , m_in(in)
    {
    }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QStringList &args() const { return m_args; }
    const QString &libraryPath() const { return m_libraryPath; }
    bool jsonOutput() const { return m_format == QLatin1String("json"); }

    // The values of the command's options (each must be one the command declares).
    bool has(const char *option) const;
    QString value(const char *option) const; // the last one given; empty when none was
    QStringList values(const char *option) const; // every one given, in order
    int number(const char *option, int fallback) const;

    int usage(const QString &message);
    // Ends the command with what went wrong and, when given, what was kept ("Nothing was written.").
    int fail(const core::Error &error);
    int fail(const core::Error &error, const QString &kept);
    int fail(const QString &message);
    // Ends the command with its result: `json` with --format json, else `text` (which may be empty).
    int report(const QJsonValue &json, const QString &text, int exitCode = kOk);

    // Runs `work` on the library named by --library, after saying the notices it had on opening; a library
    // that cannot be opened ends the command with the reason. Only init creates one where there is none.
    enum class Opening { Existing, CreateWhenMissing };
    int onLibrary(const std::function<int(core::Library &)> &work, Opening opening = Opening::Existing);

    // The JSON object given with --json or on standard input, into `object`: kOk, or the exit code of a
    // command that got none (wrong usage) or got a text that is not `expected` ("a JSON object with the
    // record's fields"), said with what was kept.
    int readJsonObject(QJsonObject &object, const QString &expected, const QString &kept);

    // Filled in by the parser.
    void setCommand(const CliCommand *command) { m_command = command; }
    void setLibraryPath(const QString &path) { m_libraryPath = path; }
    void setFormat(const QString &format) { m_format = format; }
    void addArgument(const QString &argument) { m_args << argument; }
    void addOption(const QString &option, const QString &value) { m_options[option] << value; }

private:
    bool declares(const char *option) const;

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    const CliCommand *m_command = nullptr;
    QString m_libraryPath;
    QString m_format = QStringLiteral("text");
    QStringList m_args; // positional arguments after the command
    QHash<QString, QStringList> m_options; // by the option's name, each value given (empty for a flag)
};

// A JSON value as praxis-cli prints it: objects and arrays indented, a scalar on one line.
QString jsonText(const QJsonValue &value);

} // namespace praxis::cli
