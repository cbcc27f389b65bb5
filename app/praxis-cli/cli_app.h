#pragma once

#include "cli_invocation.h"

#include <QStringList>
#include <QTextStream>

namespace praxis::cli {

// praxis-cli: the headless front end. Parses the command line against the command registry (cli_command.h),
// runs one command against a library, writes results to stdout and errors, in words, to stderr.
class CliApp {
public:
    CliApp(QTextStream &out, QTextStream &err, QTextStream &in)
        : m_out(out)
        , m_err(err)
        , m_in(in)
    {
    }
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};

} // namespace praxis::cli
