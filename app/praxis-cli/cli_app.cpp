#include "cli_app.h"

#include "cli_command.h"
#include "cli_help.h"

#include "library/library.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace praxis::cli {

using namespace praxis::core;

namespace {

bool isAnOption(const QString &argument)
{
    return argument.startsWith(QLatin1String("--")) || CliCommands::anyOption(argument);
}

QString refusal(const CliOption &option)
{
    return option.refusal ? cliText(option.refusal) : QCoreApplication::translate("praxis-cli", "%1 needs a value").arg(option.name);
}

QString notAnOptionOf(const QString &option, const CliCommand &command)
{
    return QCoreApplication::translate("praxis-cli", "%1 is not an option of %2 (see praxis-cli %2 --help)").arg(option, command.name);
}

QString wrongCount(const CliCommand &command, int given)
{
    const CliArgumentCount count = command.argumentCount();
    if (count.min == count.max)
        return QStringLiteral("%1 takes %2 argument(s), got %3").arg(command.name).arg(count.min).arg(given);
    return QCoreApplication::translate("praxis-cli", "%1 takes %2, got %3 argument(s)").arg(command.name, command.arguments).arg(given);
}

int cmdHelp(CliInvocation &cli)
{
    const CliHelp help(Library::defaultFolder());
    if (cli.args().isEmpty()) {
        cli.out() << help.general();
        return kOk;
    }
    const CliCommand *command = CliCommands::find(cli.args().first());
    if (!command)
        return cli.usage(QStringLiteral("unknown command “%1”").arg(cli.args().first()));
    cli.out() << help.command(*command);
    return kOk;
}

const CliCommand kHelpCommand {.name = QStringLiteral("help"),
    .arguments = QStringLiteral("[COMMAND]"),
    .summary = QT_TRANSLATE_NOOP("praxis-cli", "this list of commands, or the help of COMMAND"),
    .run = cmdHelp};

} // namespace

CliCommandGroup helpCommands()
{
    return {QT_TRANSLATE_NOOP("praxis-cli", "Help"), {kHelpCommand}};
}

int CliApp::run(const QStringList &arguments)
{
    CliInvocation cli(m_out, m_err, m_in);
    const QString defaultLibrary = Library::defaultFolder();
    cli.setLibraryPath(defaultLibrary);
    QString commandName;
    const CliCommand *command = nullptr;
    // Options met before the command's name, checked against the command once it is known.
    QList<QPair<QString, QString>> early;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            const CliHelp help(defaultLibrary);
            m_out << (command ? help.command(*command) : help.general());
            return kOk;
        }
        if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            m_out << "praxis-cli " << QStringLiteral(PRAXIS_VERSION) << " (SQLite " << Database::sqliteVersion() << ")\n";
            return kOk;
        }
        if (!isAnOption(a)) {
            if (!commandName.isEmpty()) {
                cli.addArgument(a);
                continue;
            }
            commandName = a;
            command = CliCommands::find(a);
            for (const auto &[option, value] : std::as_const(early)) {
                if (command && !command->option(option))
                    return cli.usage(notAnOptionOf(option, *command));
                cli.addOption(option, value);
            }
            continue;
        }
        const CliOption *option = CliCommands::globalOption(a);
        if (!option)
            option = command ? command->option(a) : CliCommands::anyOption(a);
        if (!option) {
            if (command && CliCommands::anyOption(a))
                return cli.usage(notAnOptionOf(a, *command));
            return cli.usage(QStringLiteral("unknown option %1").arg(a));
        }
        QString value;
        if (option->takesValue()) {
            if (i + 1 >= arguments.size())
                return cli.usage(refusal(*option));
            value = arguments.at(++i);
            if (option->accepts && !option->accepts(value))
                return cli.usage(refusal(*option));
        }
        if (option->name == QLatin1String("--library"))
            cli.setLibraryPath(value);
        else if (option->name == QLatin1String("--format"))
            cli.setFormat(value);
        else if (commandName.isEmpty())
            early.append({option->name, value});
        else
            cli.addOption(option->name, value);
    }
    if (commandName.isEmpty())
        return cli.usage(QStringLiteral("no command given"));
    if (!command)
        return cli.usage(QStringLiteral("unknown command “%1”").arg(commandName));
    if (!command->argumentCount().allows(int(cli.args().size())))
        return cli.usage(wrongCount(*command, int(cli.args().size())));
    cli.setCommand(command);
    return command->run(cli);
}

} // namespace praxis::cli
