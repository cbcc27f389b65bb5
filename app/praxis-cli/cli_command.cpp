#include "cli_command.h"

#include <QCoreApplication>
#include <QStringList>

namespace praxis::cli {

const CliOption *CliCommand::option(const QString &argument) const
{
    for (const CliOption &o : options) {
        if (o.isWritten(argument))
            return &o;
    }
    return nullptr;
}

CliArgumentCount CliCommand::argumentCount() const
{
    if (count)
        return *count;
    CliArgumentCount taken;
    for (const QString &word : arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool optional = word.startsWith(QLatin1Char('['));
        taken.min += optional ? 0 : 1;
        if (word.endsWith(QLatin1String("...")) || word.endsWith(QLatin1String("...]")))
            taken.max = CliArgumentCount::kUnbounded;
        else if (taken.max != CliArgumentCount::kUnbounded)
            ++taken.max;
    }
    return taken;
}

QStringList CliCommand::synopsis() const
{
    QStringList parts {name};
    parts << arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const CliOption &o : options) {
        QString part = o.name;
        if (o.takesValue())
            part += QLatin1Char(' ') + o.value;
        if (o.repeatable)
            part += QStringLiteral(" ...");
        parts << QLatin1Char('[') + part + QLatin1Char(']');
    }
    return parts;
}

const QList<CliCommandGroup> &CliCommands::groups()
{
    static const QList<CliCommandGroup> all = [] {
        const QList<CliCommandGroup> groups {recordCommands(), safetyCommands(), searchCommands(), duplicateCommands(), exchangeCommands(),
            attachmentCommands(), helpCommands()};
#ifndef QT_NO_DEBUG
        // An option met before the command's name is read by its spelling alone: every command that uses a
        // spelling must give it the same kind (flag or value), and no command may take a global option's name.
        for (const CliCommandGroup &g : groups) {
            for (const CliCommand &c : g.commands) {
                for (const CliOption &o : c.options) {
                    Q_ASSERT(!globalOption(o.name));
                    for (const CliCommandGroup &h : groups) {
                        for (const CliCommand &d : h.commands) {
                            const CliOption *same = d.option(o.name);
                            Q_ASSERT(!same || same->takesValue() == o.takesValue());
                        }
                    }
                }
            }
        }
#endif
        return groups;
    }();
    return all;
}

const CliCommand *CliCommands::find(const QString &name)
{
    for (const CliCommandGroup &g : groups()) {
        for (const CliCommand &c : g.commands) {
            if (c.name == name)
                return &c;
        }
    }
    return nullptr;
}

const QList<CliOption> &CliCommands::globalOptions()
{
    static const QList<CliOption> options {
        valueOption(QStringLiteral("--library"), QStringLiteral("PATH"),
            QT_TRANSLATE_NOOP("praxis-cli", "the library folder (default: %1)"),
            QT_TRANSLATE_NOOP("praxis-cli", "--library needs a folder")),
        valueOption(QStringLiteral("--format"), QStringLiteral("text|json"),
            QT_TRANSLATE_NOOP("praxis-cli", "text (default) or json for command output"),
            QT_TRANSLATE_NOOP("praxis-cli", "--format takes text or json"),
            [](const QString &v) { return v == QLatin1String("text") || v == QLatin1String("json"); }),
        {.name = QStringLiteral("--help"), .alias = QStringLiteral("-h"), .help = QT_TRANSLATE_NOOP("praxis-cli", "this help")},
        {.name = QStringLiteral("--version"), .alias = QStringLiteral("-v"), .help = QT_TRANSLATE_NOOP("praxis-cli", "the version")},
    };
    return options;
}

const CliOption *CliCommands::globalOption(const QString &argument)
{
    for (const CliOption &o : globalOptions()) {
        if (o.isWritten(argument))
            return &o;
    }
    return nullptr;
}

const CliOption *CliCommands::anyOption(const QString &argument)
{
    if (const CliOption *o = globalOption(argument))
        return o;
    for (const CliCommandGroup &g : groups()) {
        for (const CliCommand &c : g.commands) {
            if (const CliOption *o = c.option(argument))
                return o;
        }
    }
    return nullptr;
}

bool isPositiveNumber(const QString &value)
{
    bool ok = false;
    return value.toInt(&ok) > 0 && ok;
}

bool isCount(const QString &value)
{
    bool ok = false;
    return value.toInt(&ok) >= 0 && ok;
}

CliOption flagOption(const QString &name, const char *help)
{
    return {.name = name, .help = help};
}

CliOption valueOption(const QString &name, const QString &value, const char *help, const char *refusal, bool (*accepts)(const QString &))
{
    return {.name = name, .value = value, .help = help, .refusal = refusal, .accepts = accepts};
}

CliOption limitOption(const char *help)
{
    return valueOption(QStringLiteral("--limit"), QStringLiteral("N"), help,
        QT_TRANSLATE_NOOP("praxis-cli", "--limit needs a positive number"), isPositiveNumber);
}

CliOption offsetOption(const char *help)
{
    return valueOption(QStringLiteral("--offset"), QStringLiteral("N"), help,
        QT_TRANSLATE_NOOP("praxis-cli", "--offset needs a number, 0 or more"), isCount);
}

QString cliText(const char *text)
{
    return QCoreApplication::translate("praxis-cli", text);
}

} // namespace praxis::cli
