#include "records/section_table.h"

#include "editors/labels.h"
#include "library/library.h"
#include "records/record_table_model.h"
#include "search/filter_panel.h"
#include "shell/section_sidebar.h"
#include "shell/settings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace praxis::ui {

namespace {

constexpr int kMaxInitialColumnWidth = 300;

} // namespace

SectionTable::SectionTable(core::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_store(library.records())
{
    core::RecordStore &store = m_store;
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
    // Several rows at once for exporting and merging; the detail pane follows the current row.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        if (QMenu *menu = columnMenu())
            menu->exec(header->mapToGlobal(pos));
    });
    m_view->verticalHeader()->hide();
    // Rows one line high: the detail pane shows the rest.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Rows dragged onto a tag or a collection in the sidebar are tagged or collected.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::LinkAction);

    m_filterBar = new QLabel(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_filterBar->setContentsMargins(6, 3, 6, 3);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("filterSplitter"));
    m_filter = new FilterPanel(library, m_splitter);
    m_splitter->addWidget(m_filter);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    const QByteArray state = settings::filterSplitter().value();
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({230, 800});
    m_filterWanted = settings::filterPanelShown().value();
    layout->addWidget(m_splitter, 1);
    connect(m_filter, &FilterPanel::filterChanged, this, [this](const core::RecordFilter &filter) {
        if (m_model->filter() == filter)
            return;
        m_model->setFilter(filter);
        updateFilterBar();
        Q_EMIT filtered();
    });
    // Edits elsewhere change the counts.
    connect(&store, &core::RecordStore::recordsChanged, this, [this] {
        if (m_filter->isVisible())
            m_filter->refresh();
    });
}

void SectionTable::setFilter(const core::RecordFilter &filter)
{
    m_filter->setFilter(filter); // the panel announces it, and the table follows
}

void SectionTable::setFilterPanelVisible(bool visible)
{
    m_filterWanted = visible;
    settings::filterPanelShown().set(visible);
    m_filter->setVisible(visible && m_filter->hasFacets() && !m_model->isTrash());
    if (m_filter->isVisible())
        m_filter->refresh();
}

bool SectionTable::isFilterPanelVisible() const
{
    return m_filterWanted;
}

void SectionTable::saveSplitter() const
{
    if (m_filter->isVisible())
        settings::filterSplitter().set(m_splitter->saveState());
}

void SectionTable::updateFilterBar()
{
    if (m_model->isTrash() || m_model->filter().isEmpty()) {
        m_filterBar->hide();
        return;
    }
    const core::RecordTypeDef *def = core::RecordTypes::find(m_model->type());
    m_filterBar->setText(tr("%1 of %2 %3 match the filter")
                             .arg(QLocale().toString(m_model->totalCount()), QLocale().toString(m_model->unfilteredCount()),
                                  def ? Labels::typePlural(*def).toLower() : QString()));
    m_filterBar->show();
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
    m_filter->setType(trash ? QString() : type);
    m_filter->setVisible(m_filterWanted && !trash && m_filter->hasFacets());
    updateFilterBar();
    if (!trash) {
        const QStringList chosen = settings::tableColumns(key).value();
        if (!chosen.isEmpty())
            m_model->setColumns(chosen);
    }
    restoreLayout();
}

QMenu *SectionTable::columnMenu()
{
    if (m_model->isTrash() || m_model->type().isEmpty())
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSection(tr("Columns"));
    const QStringList shown = m_model->columns();
    for (const QString &column : m_model->availableColumns()) {
        QAction *a = menu->addAction(m_model->columnLabel(column));
        a->setObjectName(QStringLiteral("column_") + column);
        a->setCheckable(true);
        a->setChecked(shown.contains(column));
        // The last column cannot go: a table needs one.
        a->setEnabled(!(shown.size() == 1 && shown.contains(column)));
        connect(a, &QAction::toggled, this, [this, column](bool on) { showColumn(column, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Default Columns"));
    reset->setObjectName(QStringLiteral("defaultColumns"));
    connect(reset, &QAction::triggered, this, [this] {
        m_model->setColumns(RecordTableModel::defaultColumns(m_model->type()));
        settings::tableColumns(m_key).remove();
        settings::tableHeader(m_key).remove();
        restoreLayout();
    });
    return menu;
}

void SectionTable::showColumn(const QString &column, bool shown)
{
    QStringList columns = m_model->columns();
    if (shown && !columns.contains(column))
        columns << column;
    else if (!shown)
        columns.removeAll(column);
    m_model->setColumns(columns);
    settings::tableColumns(m_key).set(m_model->columns());
    // The saved header belongs to the old set of columns.
    settings::tableHeader(m_key).remove();
    restoreLayout();
}

void SectionTable::restoreLayout()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = settings::tableHeader(m_key).value();
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
        settings::tableHeader(m_key).set(m_view->horizontalHeader()->saveState());
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
