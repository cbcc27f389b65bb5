#include "section_table.h"

#include "record_table_model.h"
#include "section_sidebar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace praxis::ui {

namespace {

constexpr int kMaxInitialColumnWidth = 300;

QString headerKey(const QString &section)
{
    return QStringLiteral("table/%1/header").arg(section);
}

} // namespace

SectionTable::SectionTable(core::RecordStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_trashBar = new QWidget(this);
    m_trashBar->setObjectName(QStringLiteral("trashBar"));
    auto *bar = new QHBoxLayout(m_trashBar);
    bar->setContentsMargins(6, 4, 6, 4);
    m_trashHint = new QLabel(tr("Records moved to the trash stay here, with their parts, until you delete them permanently."), m_trashBar);
    m_trashHint->setWordWrap(true);
    bar->addWidget(m_trashHint, 1);
    layout->addWidget(m_trashBar);
    m_trashBar->hide();

    m_model = new RecordTableModel(store, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    m_view->verticalHeader()->hide();
    // Rows one line high: the detail pane shows the rest.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
}

void SectionTable::setTrashActions(QAction *restore, QAction *purge)
{
    auto *bar = static_cast<QHBoxLayout *>(m_trashBar->layout());
    for (QAction *action : {restore, purge}) {
        auto *button = new QToolButton(m_trashBar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
}

void SectionTable::setSection(const QString &key, const QString &type)
{
    if (!m_key.isEmpty())
        saveLayout();
    m_key = key;
    const bool trash = key == SectionSidebar::kTrash;
    m_trashBar->setVisible(trash);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setType(trash ? QString() : type, trash);
    restoreLayout();
}

void SectionTable::restoreLayout()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = QSettings().value(headerKey(m_key)).toByteArray();
    // Restoring puts back the sort indicator too, and the view asks the model to sort by it.
    if (!state.isEmpty() && header->restoreState(state))
        return;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), kMaxInitialColumnWidth));
}

void SectionTable::saveLayout() const
{
    if (!m_key.isEmpty() && m_model->columnCount() > 0)
        QSettings().setValue(headerKey(m_key), m_view->horizontalHeader()->saveState());
}

core::RecordId SectionTable::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : core::RecordId();
}

bool SectionTable::selectRecord(const core::RecordId &id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void SectionTable::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void SectionTable::reload()
{
    const core::RecordId keep = currentId();
    m_model->reload();
    if (!keep.isNull())
        selectRecord(keep);
}

} // namespace praxis::ui
