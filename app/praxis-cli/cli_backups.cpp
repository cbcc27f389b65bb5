// praxis-cli commands that keep the library safe: check, backup, backups and restore.
#include "cli_command.h"
#include "cli_invocation.h"

#include "library/backup_manager.h"
#include "library/library.h"
#include "records/record_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace praxis::cli {

using namespace praxis::core;

namespace {

int restoreBackup(CliInvocation &cli, const QString &backup)
{
    auto report = Library::restore(cli.libraryPath(), backup);
    if (!report)
        return cli.fail(report.error());
    if (cli.jsonOutput()) {
        cli.out() << jsonText(QJsonObject {{QStringLiteral("restored_from"), report->restoredFrom},
            {QStringLiteral("set_aside"), report->setAside}, {QStringLiteral("records"), report->records}});
        return kOk;
    }
    cli.out() << "Restored " << report->records << " records from " << QDir::toNativeSeparators(report->restoredFrom) << ".\n";
    if (!report->setAside.isEmpty())
        cli.out() << "The files it replaced are kept in " << QDir::toNativeSeparators(report->setAside) << ".\n";
    return kOk;
}

int cmdRestore(CliInvocation &cli)
{
    if (QFileInfo(cli.args().at(0)).isFile())
        return restoreBackup(cli, cli.args().at(0));
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    if (Status s = (*lib)->records().restore(RecordId(cli.args().at(0))); !s)
        return cli.fail(s.error());
    if (!cli.jsonOutput())
        cli.out() << "Restored " << cli.args().at(0) << ".\n";
    else
        cli.out() << jsonText(QJsonObject {{QStringLiteral("restored"), cli.args().at(0)}});
    return kOk;
}

int cmdCheck(CliInvocation &cli)
{
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    auto check = (*lib)->check();
    if (!check)
        return cli.fail(check.error());
    if (cli.jsonOutput()) {
        cli.out() << jsonText(QJsonObject {{QStringLiteral("ok"), check->ok()}, {QStringLiteral("records"), check->records},
            {QStringLiteral("log_entries"), check->logEntries}, {QStringLiteral("problems"), QJsonArray::fromStringList(check->problems)}});
    } else {
        for (const QString &p : check->problems)
            cli.out() << "problem: " << p << "\n";
        cli.out() << (check->ok() ? "OK" : "PROBLEMS FOUND") << ": " << check->records << " records, " << check->logEntries
                  << " change-log entries, " << check->problems.size() << " problems.\n";
    }
    return check->ok() ? kOk : kError;
}

int cmdBackup(CliInvocation &cli)
{
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    auto path = (*lib)->backups().backupNow();
    if (!path)
        return cli.fail(path.error());
    const QString warning = (*lib)->backups().warning();
    if (!warning.isEmpty())
        cli.err() << "praxis-cli: warning: " << warning << "\n";
    if (cli.jsonOutput())
        cli.out() << jsonText(QJsonObject {{QStringLiteral("backup"), *path}, {QStringLiteral("warning"), warning}});
    else
        cli.out() << "Backup written to " << QDir::toNativeSeparators(*path) << "\n";
    return kOk;
}

int cmdBackups(CliInvocation &cli)
{
    // Read without opening the library: it may be the library that is damaged.
    const QStringList all = Library::backupsIn(cli.libraryPath());
    QJsonArray arr;
    for (const QString &path : all) {
        const BackupInfo info = BackupManager::inspect(path);
        if (cli.jsonOutput())
            arr.append(QJsonObject {
                {QStringLiteral("path"), path}, {QStringLiteral("records"), info.records}, {QStringLiteral("readable"), info.readable()}});
        else
            cli.out() << QDir::toNativeSeparators(path) << "\t"
                      << (info.readable() ? QStringLiteral("%1 records").arg(info.records) : QStringLiteral("cannot be read")) << "\n";
    }
    if (cli.jsonOutput())
        cli.out() << jsonText(arr);
    else if (all.isEmpty())
        cli.out() << "No backups in " << QDir::toNativeSeparators(QDir(cli.libraryPath()).filePath(QStringLiteral("backups"))) << ".\n";
    return kOk;
}

} // namespace

CliCommandGroup safetyCommands()
{
    using Count = CliArgumentCount;
    return {QT_TRANSLATE_NOOP("praxis-cli", "Keeping the library safe"),
        {
            {.name = QStringLiteral("restore"),
                .arguments = QStringLiteral("ID|BACKUP_FILE"),
                .summary
                = QT_TRANSLATE_NOOP("praxis-cli", "bring a record back from the trash, or put a backup file in the library's place"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "restore ID brings the record ID back from the trash. restore BACKUP_FILE puts the backup in the "
                    "library's place: the current files are moved aside into backups/, never deleted (close the "
                    "window first)."),
                .count = Count {1, 1},
                .run = cmdRestore},
            {.name = QStringLiteral("check"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "integrity, references and change-log consistency"),
                .details = QT_TRANSLATE_NOOP("praxis-cli", "Exits with 1 when it finds a problem."),
                .run = cmdCheck},
            {.name = QStringLiteral("backup"), .summary = QT_TRANSLATE_NOOP("praxis-cli", "write a backup copy now"), .run = cmdBackup},
            {.name = QStringLiteral("backups"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "the backups, newest first, with their records"),
                .details = QT_TRANSLATE_NOOP("praxis-cli", "Reads the backups without opening the library, which may be damaged."),
                .run = cmdBackups},
        }};
}

} // namespace praxis::cli
