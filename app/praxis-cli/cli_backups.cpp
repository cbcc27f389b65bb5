// praxis-cli commands that keep the library safe: check, backup, backups and restore.
#include "cli_command.h"
#include "cli_invocation.h"
#include "cli_records.h"

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
    QString text = QStringLiteral("Restored %1 records from %2.\n")
                       .arg(QString::number(report->records), QDir::toNativeSeparators(report->restoredFrom));
    if (!report->setAside.isEmpty())
        text += QStringLiteral("The files it replaced are kept in %1.\n").arg(QDir::toNativeSeparators(report->setAside));
    return cli.report(QJsonObject {{QStringLiteral("restored_from"), report->restoredFrom}, {QStringLiteral("set_aside"), report->setAside},
                          {QStringLiteral("records"), report->records}},
        text);
}

int cmdRestore(CliInvocation &cli)
{
    if (QFileInfo(cli.args().at(0)).isFile())
        return restoreBackup(cli, cli.args().at(0));
    return changeRecord(cli, &RecordStore::restore, QStringLiteral("restored"), QStringLiteral("Restored %1."));
}

int cmdCheck(CliInvocation &cli)
{
    return cli.onLibrary([&](Library &library) {
        auto check = library.check();
        if (!check)
            return cli.fail(check.error());
        QString text;
        for (const QString &p : check->problems)
            text += QStringLiteral("problem: ") + p + QLatin1Char('\n');
        text += QStringLiteral("%1: %2 records, %3 change-log entries, %4 problems.\n")
                    .arg(check->ok() ? QStringLiteral("OK") : QStringLiteral("PROBLEMS FOUND"), QString::number(check->records),
                        QString::number(check->logEntries), QString::number(check->problems.size()));
        return cli.report(QJsonObject {{QStringLiteral("ok"), check->ok()}, {QStringLiteral("records"), check->records},
                              {QStringLiteral("log_entries"), check->logEntries},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(check->problems)}},
            text, check->ok() ? kOk : kError);
    });
}

int cmdBackup(CliInvocation &cli)
{
    return cli.onLibrary([&](Library &library) {
        auto path = library.backups().backupNow();
        if (!path)
            return cli.fail(path.error());
        const QString warning = library.backups().warning();
        if (!warning.isEmpty())
            cli.err() << "praxis-cli: warning: " << warning << "\n";
        return cli.report(QJsonObject {{QStringLiteral("backup"), *path}, {QStringLiteral("warning"), warning}},
            QStringLiteral("Backup written to %1\n").arg(QDir::toNativeSeparators(*path)));
    });
}

int cmdBackups(CliInvocation &cli)
{
    // Read without opening the library: it may be the library that is damaged.
    const QStringList all = Library::backupsIn(cli.libraryPath());
    QJsonArray arr;
    QString text;
    for (const QString &path : all) {
        const BackupInfo info = BackupManager::inspect(path);
        arr.append(QJsonObject {
            {QStringLiteral("path"), path}, {QStringLiteral("records"), info.records}, {QStringLiteral("readable"), info.readable()}});
        text += QDir::toNativeSeparators(path) + QLatin1Char('\t')
            + (info.readable() ? QStringLiteral("%1 records").arg(info.records) : QStringLiteral("cannot be read")) + QLatin1Char('\n');
    }
    if (all.isEmpty())
        text = QStringLiteral("No backups in %1.\n")
                   .arg(QDir::toNativeSeparators(QDir(cli.libraryPath()).filePath(QStringLiteral("backups"))));
    return cli.report(arr, text);
}

} // namespace

CliCommandGroup safetyCommands()
{
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
