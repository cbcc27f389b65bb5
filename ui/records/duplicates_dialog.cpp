#include "records/duplicates_dialog.h"

#include "editors/labels.h"
#include "library/library.h"
#include "model/record_type.h"
#include "records/record_merger.h"
#include "records/undo_commands.h"
#include "shell/background_job.h"
#include "shell/dialog_parts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace praxis::ui {

namespace {
}

DuplicatesDialog::DuplicatesDialog(core::Library &library, UndoStack &undo, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_undo(undo)
{
    setWindowTitle(tr("Find Duplicates"));
    setObjectName(QStringLiteral("duplicatesDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Look among:"), this));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("duplicateType"));
    // The kinds of record checked for duplicates, as their definitions say.
    for (const core::RecordTypeDef &def : core::RecordTypes::all()) {
        if (def.checkDuplicates)
            m_type->addItem(Labels::typePlural(def), def.name);
    }
    top->addWidget(m_type, 1);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findDuplicates"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopFinding"));
    top->addWidget(m_find);
    top->addWidget(m_stop);
    layout->addLayout(top);

    m_progress = dialog_parts::addProgress(layout, this);
    m_pairs = dialog_parts::addFindings(layout, this, QStringLiteral("duplicatePairs"),
                                        {tr("Alike"), tr("Record"), tr("Possible duplicate"), tr("Why")}, {60, 280, 280});
    m_status = dialog_parts::addNote(layout, this, tr("Choose the kind of record and press Find."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_mergeFirst = buttons->addButton(tr("Merge into &Record"), QDialogButtonBox::ActionRole);
    m_mergeFirst->setObjectName(QStringLiteral("mergeIntoFirst"));
    m_mergeFirst->setToolTip(tr("Keep the record on the left; the other one goes to the trash after its values, parts and links are moved over."));
    m_mergeSecond = buttons->addButton(tr("Merge into &Duplicate"), QDialogButtonBox::ActionRole);
    m_mergeSecond->setObjectName(QStringLiteral("mergeIntoSecond"));
    m_mergeSecond->setToolTip(tr("Keep the record on the right; the other one goes to the trash after its values, parts and links are moved over."));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &DuplicatesDialog::startFind);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_job->cancel(); });
    connect(m_mergeFirst, &QPushButton::clicked, this, [this] { mergePair(m_pairs->currentIndex().row(), true); });
    connect(m_mergeSecond, &QPushButton::clicked, this, [this] { mergePair(m_pairs->currentIndex().row(), false); });
    connect(m_pairs, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_pairs, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item, int column) {
        const int row = m_pairs->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_found.size())
            Q_EMIT showRecordRequested(column == 2 ? m_found.at(row).second.id : m_found.at(row).first.id);
    });
    // Its own connection to the library, so the window stays responsive while it compares records.
    m_job = new BackgroundJob(m_library.folder(), BackgroundJob::Connection::PerJob, this);
    updateButtons();
    resize(900, 480);
}

// A search under way stops at its next check (m_job).
DuplicatesDialog::~DuplicatesDialog() = default;

void DuplicatesDialog::find(const QString &type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
    startFind();
}

bool DuplicatesDialog::isSearching() const
{
    return m_job->isBusy();
}

int DuplicatesDialog::pairCount() const
{
    return int(m_found.size());
}

void DuplicatesDialog::startFind()
{
    if (m_job->isBusy())
        return;
    m_found.clear();
    m_pairs->clear();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Looking for duplicates…"));
    m_job->run<QList<core::DuplicatePair>>(
        [type = m_type->currentData().toString()](JobContext &job) -> core::Result<QList<core::DuplicatePair>> {
            core::DuplicateFinder finder(job.library().records(), job.library().search());
            return finder.pairs(type, job.cancelFlag(), [&job](qint64 done, qint64 total) {
                if (done % 25 == 0 || done == total)
                    job.progress(done, total);
            });
        },
        [this](core::Result<QList<core::DuplicatePair>> pairs) { onFinished(pairs); },
        [this](qint64 done, qint64 total) { onProgress(done, total); });
    updateButtons();
}

void DuplicatesDialog::onProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    m_status->setText(tr("Compared %1 of %2 records…").arg(QLocale().toString(done), QLocale().toString(total)));
}

void DuplicatesDialog::onFinished(const core::Result<QList<core::DuplicatePair>> &pairs)
{
    m_progress->setVisible(false);
    if (!pairs && pairs.error().code == core::ErrorCode::Cancelled) {
        m_status->setText(tr("Stopped. Nothing was changed."));
    } else if (!pairs) {
        m_status->setText(tr("Could not look for duplicates: %1").arg(pairs.error().message));
    } else {
        m_found = *pairs;
        for (const core::DuplicatePair &p : std::as_const(m_found)) {
            auto *item = new QTreeWidgetItem(m_pairs, {QStringLiteral("%1%").arg(std::lround(p.score * 100)), p.first.title, p.second.title,
                                                       p.second.reasons.join(QStringLiteral(", "))});
            item->setToolTip(1, p.first.title);
            item->setToolTip(2, p.second.title);
        }
        if (!m_found.isEmpty())
            m_pairs->setCurrentItem(m_pairs->topLevelItem(0));
        m_status->setText(m_found.isEmpty() ? tr("No likely duplicates found.")
                                            : tr("%n likely pair(s). Double-click a title to open it; merging can be undone.", nullptr,
                                                 int(m_found.size())));
    }
    updateButtons();
    Q_EMIT searchFinished();
}

bool DuplicatesDialog::mergePair(int row, bool intoFirst)
{
    if (row < 0 || row >= m_found.size())
        return false;
    const core::DuplicatePair pair = m_found.at(row);
    const core::DuplicateMatch keep = intoFirst ? pair.first : pair.second;
    const core::DuplicateMatch other = intoFirst ? pair.second : pair.first;
    core::RecordMerger merger(m_library.database(), m_library.records());
    auto outcome = merger.merge(keep.id, other.id);
    if (!outcome) {
        QMessageBox::warning(this, tr("Merge"), tr("The records were not merged: %1\nBoth are unchanged.").arg(outcome.error().message));
        return false;
    }
    m_undo.push(new MergeRecordsCommand(m_library.database(), m_library.records(), *outcome,
                                        tr("Merge “%1” into “%2”").arg(other.title, keep.title)));
    // Pairs that involved the merged record no longer stand.
    for (int i = int(m_found.size()) - 1; i >= 0; --i) {
        if (m_found.at(i).first.id == other.id || m_found.at(i).second.id == other.id) {
            m_found.removeAt(i);
            delete m_pairs->takeTopLevelItem(i);
        }
    }
    m_status->setText(tr("Merged “%1” into “%2”: %n part(s) and link(s) moved; the other record is in the trash.", nullptr, outcome->movedParts)
                          .arg(other.title, keep.title));
    updateButtons();
    return true;
}

void DuplicatesDialog::updateButtons()
{
    const bool running = m_job->isBusy();
    const bool chosen = m_pairs->currentItem() != nullptr && !running;
    m_find->setEnabled(!running);
    m_type->setEnabled(!running);
    m_stop->setEnabled(running);
    m_mergeFirst->setEnabled(chosen);
    m_mergeSecond->setEnabled(chosen);
}

} // namespace praxis::ui
