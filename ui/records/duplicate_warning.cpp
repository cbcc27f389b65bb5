#include "records/duplicate_warning.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace praxis::ui {

DuplicateWarning::DuplicateWarning(const QString &typeLabel, const QList<core::DuplicateMatch> &matches, QWidget *parent)
    : QDialog(parent)
    , m_matches(matches)
{
    setWindowTitle(tr("Possible duplicate"));
    setObjectName(QStringLiteral("duplicateWarning"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(matches.size() == 1
                                 ? tr("This %1 looks like one already in the library:").arg(typeLabel)
                                 : tr("This %1 looks like %2 already in the library:").arg(typeLabel).arg(matches.size()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateMatches"));
    for (const core::DuplicateMatch &m : matches) {
        auto *item = new QListWidgetItem(tr("%1 — %2% alike (%3)").arg(m.title).arg(std::lround(m.score * 100)).arg(m.reasons.join(QStringLiteral(", "))),
                                         m_list);
        item->setToolTip(m.title);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *add = buttons->addButton(tr("&Add Anyway"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addAnyway"));
    QPushButton *show = buttons->addButton(tr("Discard, &Show Existing"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showExisting"));
    QPushButton *keep = buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    keep->setDefault(true);
    connect(add, &QPushButton::clicked, this, [this] {
        m_choice = Choice::AddAnyway;
        accept();
    });
    connect(show, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ShowExisting;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepEditing;
        reject();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, show, &QPushButton::click);
    layout->addWidget(buttons);
    resize(560, 260);
}

core::RecordId DuplicateWarning::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).id : core::RecordId();
}

DuplicateWarning::Choice DuplicateWarning::ask(QWidget *parent, const QString &typeLabel, const QList<core::DuplicateMatch> &matches,
                                               core::RecordId *existing)
{
    DuplicateWarning dialog(typeLabel, matches, parent);
    dialog.exec();
    if (existing)
        *existing = dialog.selected();
    return dialog.choice();
}

} // namespace praxis::ui
