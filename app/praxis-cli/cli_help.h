#pragma once

#include <QString>
#include <QStringList>

namespace praxis::cli {

struct CliCommand;

// The help of praxis-cli, written from the command registry: the list of every command, and the help of one.
class CliHelp {
public:
    explicit CliHelp(const QString &defaultLibrary)
        : m_defaultLibrary(defaultLibrary)
    {
    }

    QString general() const;
    QString command(const CliCommand &command) const;

private:
    QStringList globalSynopsis() const;
    QString globalOptions() const;

    QString m_defaultLibrary;
};

} // namespace praxis::cli
