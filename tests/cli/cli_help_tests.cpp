// The help of praxis-cli is written from its command registry, and every command refuses the options it does
// not take.

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "catch_qt.h"
#include "cli_runner.h"

using namespace praxis::test;

namespace {

struct ListedCommand {
    QString name;
    QStringList options; // as the list of commands shows them: [--sort FIELD] → --sort
};

// The commands `praxis-cli --help` lists, read from its text: an entry starts two spaces in, with the
// command's name; the list ends where the global options begin.
QList<ListedCommand> listedCommands(const QString &help)
{
    QList<ListedCommand> commands;
    const QStringList lines = help.split(QLatin1Char('\n'));
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*)( |$)"));
    static const QRegularExpression option(QStringLiteral("\\[(--[a-z-]+)"));
    bool inList = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Usage:"))) {
            inList = true;
            continue;
        }
        if (line == QLatin1String("Options:"))
            break;
        if (!inList)
            continue;
        const auto match = entry.match(line);
        if (match.hasMatch())
            commands.append({match.captured(1), {}});
        if (commands.isEmpty())
            continue;
        for (auto it = option.globalMatch(line); it.hasNext();)
            commands.last().options << it.next().captured(1);
    }
    return commands;
}

// The paragraph after the usage line of a command's help: its one-line summary (maybe wrapped).
QString summaryOf(const QString &commandHelp)
{
    const QStringList paragraphs = commandHelp.split(QStringLiteral("\n\n"));
    return paragraphs.size() > 1 ? paragraphs.at(1).simplified() : QString();
}

const QString kNoRecord = QStringLiteral("0190aaaa-0000-7000-8000-000000000001");

} // namespace

TEST_CASE("praxis-cli --help lists every command, and every command answers --help with its own options", "[cli][help]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib"));
    const Run general = cli(library, {QStringLiteral("--help")});
    REQUIRE(general.code == 0);
    CHECK(general.out.contains(QStringLiteral("Exit codes")));
    const QList<ListedCommand> commands = listedCommands(general.out);

    QStringList names;
    for (const ListedCommand &c : commands)
        names << c.name;
    INFO(general.out.toStdString());
    for (const char *expected :
        {"init", "add", "show", "list", "edit", "delete", "restore", "purge", "history", "check", "backup", "backups", "search", "reindex",
            "duplicates", "merge", "import", "export", "attach", "attachments", "types", "remove-samples", "help"})
        CHECK(names.contains(QString::fromLatin1(expected)));
    CHECK(names.removeDuplicates() == 0);

    for (const ListedCommand &c : commands) {
        INFO(c.name.toStdString());
        const Run help = cli(library, {c.name, QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.err.isEmpty());
        CHECK(help.out.startsWith(QStringLiteral("Usage:")));
        CHECK(help.out.simplified().contains(QStringLiteral("] ") + c.name));
        // Each option has its line in the table of options: "  --sort FIELD   …", "  -o, --output FILE   …".
        for (const QString &option : c.options) {
            INFO(option.toStdString());
            const QRegularExpression line(QStringLiteral("^  (-[a-z], )?%1[ \n]").arg(option), QRegularExpression::MultilineOption);
            CHECK(line.match(help.out).hasMatch());
        }
        // The global options are told with every command.
        CHECK(help.out.contains(QStringLiteral("--library PATH")));
        CHECK(help.out.contains(QStringLiteral("--format")));

        // praxis-cli help COMMAND says the same.
        const Run viaHelp = cli(library, {QStringLiteral("help"), c.name});
        CHECK(viaHelp.code == 0);
        CHECK(viaHelp.out == help.out);
    }
    // Asking for help neither needs nor creates a library.
    CHECK_FALSE(QDir(library).exists());
}

TEST_CASE("The options of each command are the ones its help names", "[cli][help]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib"));
    const QList<std::pair<const char *, QStringList>> expected = {
        {"init", {QStringLiteral("--sample")}},
        {"add", {QStringLiteral("--json")}},
        {"edit", {QStringLiteral("--json")}},
        {"list",
            {QStringLiteral("--sort"), QStringLiteral("--desc"), QStringLiteral("--limit"), QStringLiteral("--offset"),
                QStringLiteral("--trashed")}},
        {"purge", {QStringLiteral("--yes")}},
        {"search", {QStringLiteral("--limit"), QStringLiteral("--offset"), QStringLiteral("--facets")}},
        {"import",
            {QStringLiteral("--on-duplicate"), QStringLiteral("--dry-run"), QStringLiteral("--mapping"), QStringLiteral("--encoding"),
                QStringLiteral("--delimiter")}},
        {"export", {QStringLiteral("--id"), QStringLiteral("-o, --output")}},
        {"attach", {QStringLiteral("--link")}},
    };
    for (const auto &[command, options] : expected) {
        INFO(command);
        const Run help = cli(library, {QString::fromLatin1(command), QStringLiteral("--help")});
        REQUIRE(help.code == 0);
        for (const QString &option : options)
            CHECK(help.out.contains(option));
    }
    const Run show = cli(library, {QStringLiteral("show"), QStringLiteral("--help")});
    CHECK_FALSE(show.out.contains(QStringLiteral("Options:\n")));
    // The forms of one command are told in its help.
    CHECK(cli(library, {QStringLiteral("restore"), QStringLiteral("--help")}).out.contains(QStringLiteral("BACKUP_FILE")));
    const QString attachments = cli(library, {QStringLiteral("attachments"), QStringLiteral("--help")}).out;
    CHECK(attachments.contains(QStringLiteral("ID|check|extract")));
    CHECK(cli(library, {QStringLiteral("import"), QStringLiteral("--help")}).out.contains(QStringLiteral("[FORMAT] FILE")));
}

TEST_CASE("The list of commands is written from the commands' own declarations", "[cli][help]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib"));
    const Run general = cli(library, {QStringLiteral("--help")});
    REQUIRE(general.code == 0);
    const Run viaHelp = cli(library, {QStringLiteral("help")});
    CHECK(viaHelp.code == 0);
    CHECK(viaHelp.out == general.out);
    CHECK(cli(library, {QStringLiteral("-h")}).out == general.out);

    const QString flat = general.out.simplified();
    for (const ListedCommand &c : listedCommands(general.out)) {
        INFO(c.name.toStdString());
        const QString summary = summaryOf(cli(library, {c.name, QStringLiteral("--help")}).out);
        CHECK_FALSE(summary.isEmpty());
        // The summary a command declares is the one the list shows, right after its synopsis.
        CHECK(flat.contains(QStringLiteral(" ") + summary + QStringLiteral(" ")));
    }

    const Run unknown = cli(library, {QStringLiteral("help"), QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(cli(library, {QStringLiteral("help"), QStringLiteral("list"), QStringLiteral("show")}).code == 2);
}

TEST_CASE("An option of another command is refused with exit 2, naming the command", "[cli][help][usage]")
{
    CliLibrary lib;
    const qint64 before = lib.logEntries();
    struct Case {
        QStringList args;
        QString command;
        QString option;
    };
    const QList<Case> cases = {
        {{QStringLiteral("show"), kNoRecord, QStringLiteral("--sort"), QStringLiteral("title")}, QStringLiteral("show"),
            QStringLiteral("--sort")},
        {{QStringLiteral("list"), QStringLiteral("material"), QStringLiteral("--yes")}, QStringLiteral("list"), QStringLiteral("--yes")},
        {{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--trashed")}, QStringLiteral("search"),
            QStringLiteral("--trashed")},
        {{QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--dry-run")}, QStringLiteral("export"),
            QStringLiteral("--dry-run")},
        {{QStringLiteral("delete"), kNoRecord, QStringLiteral("--json"), QStringLiteral("{}")}, QStringLiteral("delete"),
            QStringLiteral("--json")},
        {{QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"), QStringLiteral(R"({"title": "x"})"),
             QStringLiteral("--link"), QStringLiteral("https://example.org")},
            QStringLiteral("add"), QStringLiteral("--link")},
        {{QStringLiteral("purge"), kNoRecord, QStringLiteral("--yes"), QStringLiteral("--output"), QStringLiteral("f")},
            QStringLiteral("purge"), QStringLiteral("--output")},
        {{QStringLiteral("check"), QStringLiteral("-o"), QStringLiteral("f")}, QStringLiteral("check"), QStringLiteral("-o")},
        // Before the command's name too.
        {{QStringLiteral("--facets"), QStringLiteral("list"), QStringLiteral("material")}, QStringLiteral("list"),
            QStringLiteral("--facets")},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(lib.path(), c.args);
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(c.option));
        CHECK(r.err.contains(QStringLiteral("option of %1").arg(c.command)));
    }
    CHECK(lib.logEntries() == before);

    // An option no command takes is still an unknown option.
    const Run unknown = cli(lib.path(), {QStringLiteral("list"), QStringLiteral("material"), QStringLiteral("--colour")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown option --colour")));

    // A command's own options still go before its name, as before.
    const Run early = cli(lib.path(), {QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("list"), QStringLiteral("material")});
    CHECK(early.code == 0);

    // Refused before anything is done: no library is created.
    QTemporaryDir empty;
    const QString fresh = empty.filePath(QStringLiteral("lib"));
    CHECK(cli(fresh, {QStringLiteral("init"), QStringLiteral("--yes")}).code == 2);
    CHECK_FALSE(QDir(fresh).exists());
}
