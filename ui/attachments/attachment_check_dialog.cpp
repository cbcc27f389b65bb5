#include "attachments/attachment_check_dialog.h"

#include "library/library.h"
#include "records/record_store.h"
#include "shell/background_job.h"
#include "shell/dialog_parts.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace praxis::ui {

AttachmentCheckDialog::AttachmentCheckDialog(core::Library &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setWindowTitle(tr("Check Attachments"));
    setObjectName(QStringLiteral("attachmentCheckDialog"));
    auto *layout = new QVBoxLayout(this);

    dialog_parts::addNote(layout, this, tr("Checks that every attached file is in the library's attachments folder, unchanged since it was added."));
    m_progress = dialog_parts::addProgress(layout, this);
    m_list = dialog_parts::addFindings(layout, this, QStringLiteral("attachmentProblems"), {tr("Record"), tr("File"), tr("What is wrong")}, {280, 220});
    m_status = dialog_parts::addNote(layout, this, QString(), QStringLiteral("attachmentCheckStatus"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkAttachmentsAgain"));
    m_stop = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopCheckingAttachments"));
    m_open = buttons->addButton(tr("&Open Record"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openProblemRecord"));
    m_open->setToolTip(tr("Show the record the file is attached to"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &AttachmentCheckDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &AttachmentCheckDialog::stop);
    connect(m_open, &QPushButton::clicked, this, [this] { openRecord(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(
        m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { openRecord(m_list->indexOfTopLevelItem(item)); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AttachmentCheckDialog::updateButtons);
    // Its own connection to the library: hashing every file takes a while, and the window stays usable.
    m_job = new BackgroundJob(m_library.folder(), BackgroundJob::Connection::PerJob, this);
    updateButtons();
    resize(820, 420);
}

// A check under way stops between two files (m_job).
AttachmentCheckDialog::~AttachmentCheckDialog() = default;

bool AttachmentCheckDialog::isChecking() const
{
    return m_job->isBusy();
}

int AttachmentCheckDialog::problemCount() const
{
    return int(m_found.size());
}

void AttachmentCheckDialog::stop()
{
    m_job->cancel();
}

void AttachmentCheckDialog::start()
{
    if (m_job->isBusy())
        return;
    m_found.clear();
    m_list->clear();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Checking the attached files…"));
    m_job->run<QList<Problem>>(
        [](JobContext &job) -> core::Result<QList<Problem>> {
            core::Library &library = job.library();
            core::RecordStore &store = library.records();
            core::AttachmentStore attachments(library.attachmentsFolder(), library.database(), store);
            auto found = attachments.check(job.cancelFlag(), job.progressReporter());
            if (!found)
                return found.error();
            QList<Problem> problems;
            for (const core::AttachmentProblem &p : std::as_const(*found)) {
                auto name = store.displayName(p.owner);
                problems.append({p, name ? *name : p.owner.toString()});
            }
            return problems;
        },
        [this](core::Result<QList<Problem>> found) { onFinished(found); }, [this](qint64 done, qint64 total) { onProgress(done, total); });
    updateButtons();
}

void AttachmentCheckDialog::onProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    m_status->setText(tr("Checked %1 of %2 attachments…").arg(QLocale().toString(done), QLocale().toString(total)));
}

QString AttachmentCheckDialog::describe(const core::AttachmentProblem &problem)
{
    switch (problem.kind) {
    case core::AttachmentProblem::Kind::Missing:
        return tr("Missing from the attachments folder");
    case core::AttachmentProblem::Kind::Altered:
        return tr("Changed since it was added (the contents no longer match)");
    case core::AttachmentProblem::Kind::Unreadable:
        break;
    }
    return tr("Cannot be read: %1").arg(problem.message);
}

void AttachmentCheckDialog::onFinished(const core::Result<QList<Problem>> &found)
{
    m_progress->setVisible(false);
    if (!found && found.error().code == core::ErrorCode::Cancelled) {
        m_status->setText(tr("Stopped before every file was checked."));
    } else if (!found) {
        m_status->setText(tr("The attachments could not be checked: %1").arg(found.error().message));
    } else {
        m_found = *found;
        for (const Problem &p : std::as_const(m_found)) {
            auto *item = new QTreeWidgetItem(m_list, {p.recordTitle, p.problem.fileName, describe(p.problem)});
            item->setToolTip(0, p.recordTitle);
            item->setToolTip(2, p.problem.message);
        }
        if (!m_found.isEmpty())
            m_list->setCurrentItem(m_list->topLevelItem(0));
        m_status->setText(m_found.isEmpty() ? tr("Every attached file is present and unchanged.")
                                            : tr("%n problem(s) found. Open a record to attach its file again, or remove the attachment.",
                                                nullptr, int(m_found.size())));
    }
    updateButtons();
    Q_EMIT checkFinished();
}

bool AttachmentCheckDialog::openRecord(int row)
{
    if (row < 0 || row >= m_found.size())
        return false;
    Q_EMIT showRecordRequested(m_found.at(row).problem.owner);
    return true;
}

void AttachmentCheckDialog::updateButtons()
{
    const bool running = m_job->isBusy();
    m_check->setEnabled(!running);
    m_stop->setEnabled(running);
    m_open->setEnabled(!running && m_list->currentItem() != nullptr);
}

} // namespace praxis::ui
