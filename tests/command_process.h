#pragma once

// A helper program a test talks to line by line: one command on its standard input, one reply line on
// its standard output. Its standard error goes to a log file, so that a chatty helper never blocks on a
// full pipe while the test is busy elsewhere, and the log can be shown when a check fails. The helper is
// killed (SIGKILL on Unix) when the test is done with it, also when the test fails half-way.

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace praxis::test {

class CommandProcess {
public:
    CommandProcess(const QString &program, const QStringList &arguments, const QString &logFile,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
        : m_program(program)
        , m_arguments(arguments)
        , m_logFile(logFile)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setStandardErrorFile(logFile);
    }
    ~CommandProcess() { kill(); }
    CommandProcess(const CommandProcess &) = delete;
    CommandProcess &operator=(const CommandProcess &) = delete;

    // Starts the helper and waits for its first line; true when that line is `readyLine`.
    bool start(const QString &readyLine, int timeoutMs)
    {
        m_process.start(m_program, m_arguments);
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        m_lastReply = readLine(timeoutMs);
        return m_lastReply == readyLine;
    }

    // Sends one command and returns the helper's reply; empty when none came in time or the helper ended.
    QString send(const QString &command, int timeoutMs = 20000)
    {
        m_process.write(command.toUtf8() + '\n');
        m_lastReply = readLine(timeoutMs);
        return m_lastReply;
    }

    // SIGKILL on Unix: the helper gets no chance to close its connections or to checkpoint.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    QString lastReply() const { return m_lastReply; }

    // What the helper wrote to its standard error so far, for failure messages.
    QString log() const
    {
        QFile file(m_logFile);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray all = file.readAll();
        return QString::fromUtf8(all.right(4000));
    }

private:
    QString readLine(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return {};
            m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QString m_logFile;
    QString m_lastReply;
};

} // namespace praxis::test
