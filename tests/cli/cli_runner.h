#pragma once

// Runs the real praxis-cli binary against a library in a temporary folder.

#include "history/change_log.h"
#include "library/library.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "catch_qt.h"

namespace praxis::test {

struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs the real praxis-cli binary.
inline Run cli(const QString &library, const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PRAXIS_USER"), QStringLiteral("cli-tester"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PRAXIS_CLI_PATH), QStringList{QStringLiteral("--library"), library} + args);
    REQUIRE(p.waitForStarted());
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

struct CliLibrary {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("lib")); }
    CliLibrary()
    {
        const Run init = cli(path(), {QStringLiteral("init")});
        INFO(init.err.toStdString());
        REQUIRE(init.code == 0);
    }
    qint64 logEntries()
    {
        core::LibraryOptions o;
        o.create = false;
        auto lib = core::Library::open(path(), o);
        REQUIRE(lib.ok());
        return (*lib)->changeLog().count().value();
    }
};

} // namespace praxis::test
