#include "cli_app.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Praxis"));
    QCoreApplication::setApplicationName(QStringLiteral("Praxis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRAXIS_VERSION));
    // Progress chatter and SQLite's own words stay out of scripts' way (every failure is told on stderr in
    // words); QT_LOGGING_RULES can bring them back.
    QLoggingCategory::setFilterRules(QStringLiteral("praxis.*.debug=false\npraxis.*.info=false\npraxis.*.warning=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    praxis::cli::CliApp cli(out, err, in);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
