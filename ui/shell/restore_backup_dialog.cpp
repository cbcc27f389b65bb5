#include "shell/restore_backup_dialog.h"

#include "library/backup_manager.h"
#include "library/library.h"
#include "shell/dialog_parts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace praxis::ui {

namespace {

enum Column { When, Why, Records };

// praxis-<yyyyMMdd-HHmmsszzz>-<reason>.sqlite
struct BackupName {
    QDateTime made;
    QString reason;
};

BackupName parse(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^praxis-(\\d{8}-\\d{9})-(.*)\\.sqlite$"));
    const auto m = pattern.match(QFileInfo(path).fileName());
    BackupName name;
    if (!m.hasMatch())
        return name;
    name.made = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmsszzz"));
    name.made.setTimeSpec(Qt::UTC);
    const QString reason = m.captured(2);
    if (reason == QLatin1String("manual"))
        name.reason = RestoreBackupDialog::tr("Made on request");
    else if (reason == QLatin1String("scheduled"))
        name.reason = RestoreBackupDialog::tr("Made on schedule");
    else if (reason.startsWith(QLatin1String("before-migration")))
        name.reason = RestoreBackupDialog::tr("Made before an update of the library");
    else
        name.reason = reason;
    return name;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &libraryFolder, QWidget *parent)
    : QDialog(parent)
    , m_folder(libraryFolder)
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    auto *layout = new QVBoxLayout(this);
    dialog_parts::addNote(layout, this,
                          tr("Choose the backup to put in the library's place. The library as it is now is not deleted: its files "
                             "are moved into a folder in backups/, from where they can be brought back."));

    m_list = dialog_parts::addFindings(layout, this, QStringLiteral("backupList"), {tr("Made"), tr("Why"), tr("Records")});
    m_list->setAccessibleName(tr("Backups"));

    m_note = dialog_parts::addNote(layout, this, QString(), QStringLiteral("backupNote"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        m_restore->setEnabled(item && item->data(Records, Qt::UserRole).toLongLong() >= 0);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });
    layout->addWidget(buttons);
    resize(620, 380);
    fill();
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    m_reading.cancel();
    m_reading.waitForFinished();
}

void RestoreBackupDialog::fill()
{
    const QStringList paths = core::Library::backupsIn(m_folder);
    const QString kept = QDir(m_folder).filePath(QStringLiteral("backups/kept"));
    for (const QString &path : paths) {
        const BackupName name = parse(path);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(When, name.made.isValid() ? QLocale().toString(name.made.toLocalTime(), QLocale::ShortFormat) : QFileInfo(path).fileName());
        item->setText(Why, QFileInfo(path).absolutePath() == QFileInfo(kept).absoluteFilePath() ? tr("%1 (kept apart)").arg(name.reason) : name.reason);
        item->setText(Records, tr("reading…"));
        item->setData(When, Qt::UserRole, path);
        item->setData(Records, Qt::UserRole, qint64(-1));
        item->setToolTip(When, QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        m_note->setText(tr("This library has no backups yet (File ▸ Back Up Now makes one)."));
        return;
    }
    m_note->setText(tr("%n backup(s) in %1.", nullptr, int(paths.size())).arg(QDir::toNativeSeparators(QDir(m_folder).filePath(QStringLiteral("backups")))));
    // Reading each backup's record count opens it: off the GUI thread.
    connect(&m_reading, &QFutureWatcher<core::BackupInfo>::resultReadyAt, this, [this](int row) { showInfo(row, m_reading.resultAt(row)); });
    m_reading.setFuture(QtConcurrent::mapped(paths, [](const QString &path) { return core::BackupManager::inspect(path); }));
}

void RestoreBackupDialog::showInfo(int row, const core::BackupInfo &info)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item)
        return;
    item->setData(Records, Qt::UserRole, info.records);
    item->setText(Records, info.readable() ? QLocale().toString(info.records) : tr("cannot be read"));
    if (row == 0 && !m_list->currentItem() && info.readable())
        m_list->setCurrentItem(item);
    if (m_list->currentItem() == item)
        m_restore->setEnabled(info.readable());
}

QString RestoreBackupDialog::selectedBackup() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(When, Qt::UserRole).toString() : QString();
}

QString RestoreBackupDialog::selectedDescription() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? tr("the backup of %1 (%2 records)").arg(item->text(When), item->text(Records)) : QString();
}

} // namespace praxis::ui
