#pragma once

#include "storage/result.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

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
    int fail(const core::Error &error);
    core::Result<std::unique_ptr<core::Library>> openLibrary(bool create);
    core::Result<QByteArray> readJsonInput(); // --json, or else standard input

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
