#include "cli_help.h"

#include "cli_command.h"

#include <QDir>
#include <QStringList>

namespace praxis::cli {

namespace {

constexpr int kWidth = 80;
constexpr int kSummaryColumn = 30;

// Words on lines no wider than kWidth, the first line starting at column `first`, the others at `indent`.
QString wrapped(const QStringList &words, int first, int indent)
{
    QString out;
    int column = first;
    bool lineEmpty = true;
    for (const QString &word : words) {
        if (!lineEmpty && column + 1 + word.size() > kWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
        lineEmpty = false;
    }
    return out;
}

QString wrapped(const QString &text, int first, int indent)
{
    return wrapped(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), first, indent);
}

QString optionLabel(const CliOption &o)
{
    QString label = o.alias.isEmpty() ? o.name : o.alias + QStringLiteral(", ") + o.name;
    if (o.takesValue())
        label += QLatin1Char(' ') + o.value;
    return label;
}

// Options as a table: the option and its value, then what it does.
QString optionTable(const QList<CliOption> &options, const QString &defaultLibrary)
{
    qsizetype labelWidth = 0;
    for (const CliOption &o : options)
        labelWidth = std::max(labelWidth, optionLabel(o).size());
    const int column = int(2 + labelWidth + 3);
    QString out;
    for (const CliOption &o : options) {
        QString help = cliText(o.help);
        if (o.name == QLatin1String("--library"))
            help = help.arg(QDir::toNativeSeparators(defaultLibrary));
        out += QStringLiteral("  ") + optionLabel(o).leftJustified(labelWidth + 3) + wrapped(help, column, column) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QStringList CliHelp::globalSynopsis() const
{
    QStringList parts {QStringLiteral("praxis-cli")};
    for (const CliOption &o : CliCommands::globalOptions()) {
        if (o.takesValue())
            parts << QStringLiteral("[%1 %2]").arg(o.name, o.value);
    }
    return parts;
}

QString CliHelp::globalOptions() const
{
    return optionTable(CliCommands::globalOptions(), m_defaultLibrary);
}

QString CliHelp::general() const
{
    QString out = cliText(QT_TRANSLATE_NOOP("praxis-cli", "Usage:")) + QLatin1Char(' ') + globalSynopsis().join(QLatin1Char(' '))
        + QStringLiteral(" COMMAND [ARGS]\n");
    for (const CliCommandGroup &group : CliCommands::groups()) {
        out += QLatin1Char('\n') + cliText(group.title) + QStringLiteral(":\n");
        for (const CliCommand &c : group.commands) {
            const QString synopsis = QStringLiteral("  ") + wrapped(c.synopsis(), 2, int(2 + c.name.size() + 1));
            const int lastLine = int(synopsis.size() - synopsis.lastIndexOf(QLatin1Char('\n')) - 1);
            out += synopsis;
            if (synopsis.contains(QLatin1Char('\n')) || lastLine + 2 > kSummaryColumn)
                out += QLatin1Char('\n') + QString(kSummaryColumn, QLatin1Char(' '));
            else
                out += QString(kSummaryColumn - lastLine, QLatin1Char(' '));
            out += wrapped(cliText(c.summary), kSummaryColumn, kSummaryColumn) + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n') + cliText(QT_TRANSLATE_NOOP("praxis-cli", "Options:")) + QLatin1Char('\n') + globalOptions();
    out += QLatin1Char('\n')
        + cliText(QT_TRANSLATE_NOOP("praxis-cli", "The options of one command: praxis-cli COMMAND --help, or praxis-cli help COMMAND."))
        + QLatin1Char('\n');
    out += cliText(QT_TRANSLATE_NOOP("praxis-cli", "Exit codes: 0 success, 1 error, 2 wrong usage.")) + QLatin1Char('\n');
    return out;
}

QString CliHelp::command(const CliCommand &command) const
{
    const QString usage = cliText(QT_TRANSLATE_NOOP("praxis-cli", "Usage:")) + QLatin1Char(' ');
    const QStringList synopsis = globalSynopsis() + command.synopsis();
    QString out = usage + wrapped(synopsis, int(usage.size()), int(usage.size() + 2)) + QStringLiteral("\n\n");
    out += wrapped(cliText(command.summary), 0, 0) + QLatin1Char('\n');
    if (command.details)
        out += QLatin1Char('\n') + wrapped(cliText(command.details), 0, 0) + QLatin1Char('\n');
    if (!command.options.isEmpty())
        out += QLatin1Char('\n') + cliText(QT_TRANSLATE_NOOP("praxis-cli", "Options:")) + QLatin1Char('\n')
            + optionTable(command.options, m_defaultLibrary);
    out += QLatin1Char('\n') + cliText(QT_TRANSLATE_NOOP("praxis-cli", "Global options:")) + QLatin1Char('\n') + globalOptions();
    out += QLatin1Char('\n') + cliText(QT_TRANSLATE_NOOP("praxis-cli", "Exit codes: 0 success, 1 error, 2 wrong usage."))
        + QLatin1Char('\n');
    return out;
}

} // namespace praxis::cli
