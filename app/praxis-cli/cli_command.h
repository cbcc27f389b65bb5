#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace praxis::cli {

class CliInvocation;

// One option as a command declares it: how it is written, what value it takes and what it is for. Texts are
// QT_TRANSLATE_NOOP("praxis-cli", …) and translated when shown.
struct CliOption {
    QString name {}; // "--limit"
    QString alias {}; // "-o", or empty
    QString value {}; // the value's placeholder ("N"); empty for a flag
    const char *help = "";
    // Wrong usage when the value is missing or not accepted ("--limit needs a positive number").
    const char *refusal = nullptr;
    bool (*accepts)(const QString &value) = nullptr; // every value when null
    bool repeatable = false; // given more than once, every value counts (else the last one)

    bool takesValue() const { return !value.isEmpty(); }
    CliOption repeated() const
    {
        CliOption o = *this;
        o.repeatable = true;
        return o;
    }
    CliOption alsoWritten(const QString &shortName) const
    {
        CliOption o = *this;
        o.alias = shortName;
        return o;
    }
    bool isWritten(const QString &argument) const { return argument == name || (!alias.isEmpty() && argument == alias); }
};

// How many positional arguments a command takes after its name.
struct CliArgumentCount {
    int min = 0;
    int max = 0; // kUnbounded for no limit
    static constexpr int kUnbounded = -1;
    bool allows(int count) const { return count >= min && (max == kUnbounded || count <= max); }
};

// One command of praxis-cli, declared next to its implementation: what it is called, what it takes, what it
// does and the function that does it. Parsing, the argument check and the help are generated from these.
struct CliCommand {
    QString name {}; // "list"
    // The positional arguments as the synopsis shows them: "TYPE", "[FORMAT] FILE", "ID|check|extract", "FILE...".
    QString arguments {};
    const char *summary = ""; // one line for the list of commands
    const char *details = nullptr; // more for `praxis-cli COMMAND --help`, or null
    QList<CliOption> options {};
    int (*run)(CliInvocation &cli) = nullptr;
    // How many arguments it takes, where the synopsis does not say it ("ID FILE..." when a --link may stand
    // for the files).
    std::optional<CliArgumentCount> count {};

    const CliOption *option(const QString &argument) const;
    // `count`, or else as the synopsis says: a word in [brackets] may be left out, one ending in ... repeated.
    CliArgumentCount argumentCount() const;
    // "list", "TYPE", "[--sort FIELD]", "[--desc]", …: the synopsis in pieces that are never broken across lines.
    QStringList synopsis() const;
};

// The commands of one capability, under the heading the help shows them with.
struct CliCommandGroup {
    const char *title = ""; // QT_TRANSLATE_NOOP("praxis-cli", …)
    QList<CliCommand> commands {};
};

// Each capability declares its commands in its own file.
CliCommandGroup recordCommands(); // cli_records.cpp
CliCommandGroup safetyCommands(); // cli_backups.cpp: check, backup, backups, restore
CliCommandGroup searchCommands(); // cli_search.cpp
CliCommandGroup duplicateCommands(); // cli_duplicates.cpp
CliCommandGroup exchangeCommands(); // cli_import_export.cpp
CliCommandGroup attachmentCommands(); // cli_attachments.cpp
CliCommandGroup helpCommands(); // cli_app.cpp

// Every command of praxis-cli, and the options that every command takes.
class CliCommands {
public:
    static const QList<CliCommandGroup> &groups();
    static const CliCommand *find(const QString &name);
    static const QList<CliOption> &globalOptions();
    static const CliOption *globalOption(const QString &argument);
    // The option written so by any command, for an option met before the command's name.
    static const CliOption *anyOption(const QString &argument);
};

// Values the declarations accept.
bool isPositiveNumber(const QString &value);
bool isCount(const QString &value); // 0 or more

// The two shapes of an option, and the paging options that listing commands share ("at most N records
// (default 50)", "skip the first N records").
CliOption flagOption(const QString &name, const char *help);
CliOption valueOption(
    const QString &name, const QString &value, const char *help, const char *refusal, bool (*accepts)(const QString &) = nullptr);
CliOption limitOption(const char *help);
CliOption offsetOption(const char *help);

// The translation of a declared text.
QString cliText(const char *text);

} // namespace praxis::cli
