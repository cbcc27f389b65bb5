#include "records/parts_panel.h"

#include "editors/labels.h"
#include "model/record_type.h"
#include "records/record_form.h"
#include "records/record_store.h"
#include "records/undo_commands.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace praxis::ui {

PartsPanel::PartsPanel(const core::RecordTypeDef &partType, core::RecordStore &store, UndoStack &undo, int depth, QWidget *parent)
    : QWidget(parent)
    , m_type(partType)
    , m_store(store)
    , m_undo(undo)
{
    // The list above the form: side by side, nested levels would add up to more than the pane's width.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("partsList"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight); // the whole text is in the part's form below
    m_maxRows = depth > 1 ? 5 : 8;
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Add"), this);
    m_add->setToolTip(tr("Add a %1").arg(Labels::typeName(partType).toLower()));
    m_remove = new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), QString(), this);
    m_remove->setToolTip(tr("Move the selected %1 to the trash").arg(Labels::typeName(partType).toLower()));
    m_up = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), QString(), this);
    m_up->setToolTip(tr("Move up"));
    m_down = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), QString(), this);
    m_down->setToolTip(tr("Move down"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    if (!partType.orderField.isEmpty()) {
        buttons->addWidget(m_up);
        buttons->addWidget(m_down);
    } else {
        m_up->hide();
        m_down->hide();
    }
    layout->addLayout(buttons);

    m_form = new RecordForm(store, undo, depth, this);
    m_form->setObjectName(QStringLiteral("partForm"));
    layout->addWidget(m_form, 1);

    connect(m_add, &QPushButton::clicked, this, &PartsPanel::addPart);
    connect(m_remove, &QPushButton::clicked, this, &PartsPanel::removePart);
    connect(m_up, &QPushButton::clicked, this, &PartsPanel::moveUp);
    connect(m_down, &QPushButton::clicked, this, &PartsPanel::moveDown);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_reloading)
            return;
        const core::RecordId id = selectedId();
        if (!id.isNull())
            m_form->showRecord(id);
        updateButtons();
    });
    connect(m_form, &RecordForm::saved, this, [this](const core::RecordId &id) {
        reload();
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toString() == id.toString())
                selectRow(i);
        }
    });
    updateButtons();
}

void PartsPanel::setOwner(const core::RecordId &owner)
{
    const bool changed = owner != m_owner;
    m_owner = owner;
    if (changed)
        m_form->clear();
    reload();
}

int PartsPanel::count() const
{
    return m_list->count();
}

core::RecordId PartsPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? core::RecordId(item->data(Qt::UserRole).toString()) : core::RecordId();
}

void PartsPanel::reload()
{
    const core::RecordId selected = selectedId();
    m_reloading = true;
    m_list->clear();
    if (!m_owner.isNull()) {
        auto parts = m_store.parts(m_owner, m_type.name);
        if (parts) {
            int number = 1;
            for (const core::Record &p : *parts) {
                auto name = m_store.displayName(p.id);
                QString text = name ? *name : p.id.toString();
                if (!m_type.orderField.isEmpty())
                    text = QStringLiteral("%1. %2").arg(number++).arg(text);
                auto *item = new QListWidgetItem(text, m_list);
                item->setData(Qt::UserRole, p.id.toString());
                item->setToolTip(name ? *name : QString());
                if (p.id == selected)
                    m_list->setCurrentItem(item);
            }
        }
    }
    m_reloading = false;
    fitList();
    Q_EMIT countChanged(m_list->count());
    if (selectedId().isNull() && !m_form->isNew() && m_list->count() > 0) {
        m_list->setCurrentRow(0); // show the first part rather than an empty form
        updateButtons();
        return;
    }
    if (!m_form->isNew() && !m_form->recordId().isNull() && selectedId().isNull())
        m_form->clear(); // the part shown is gone
    else
        m_form->refresh();
    updateButtons();
}

void PartsPanel::fitList()
{
    // As tall as its parts (a few rows at least, a handful at most): the part's form follows below.
    const int rowHeight = m_list->count() > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 4;
    const int rows = std::clamp(int(m_list->count()), 2, m_maxRows);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 4);
}

void PartsPanel::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

bool PartsPanel::selectPart(const core::RecordId &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id.toString()) {
            selectRow(i);
            return true;
        }
    }
    return false;
}

void PartsPanel::addPart()
{
    if (m_owner.isNull())
        return;
    QVariantMap preset {{m_type.parentField, m_owner.toString()}};
    if (!m_type.orderField.isEmpty())
        preset.insert(m_type.orderField, qint64(m_list->count() + 1));
    m_reloading = true;
    m_list->setCurrentRow(-1);
    m_reloading = false;
    m_form->startNew(m_type.name, preset);
}

void PartsPanel::removePart()
{
    const core::RecordId id = selectedId();
    if (id.isNull())
        return;
    auto name = m_store.displayName(id);
    if (core::Status s = m_store.trash(id); !s)
        return;
    m_undo.push(new TrashRecordCommand(m_store, id, tr("Move “%1” to the trash").arg(name ? *name : Labels::typeName(m_type))));
    reload();
}

void PartsPanel::move(int delta)
{
    const int row = m_list->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_list->count() || m_type.orderField.isEmpty())
        return;
    auto parts = m_store.parts(m_owner, m_type.name);
    if (!parts || row >= parts->size() || other >= parts->size())
        return;
    // Number every sibling afresh so gaps and duplicates in old data sort themselves out.
    QList<core::RecordId> order;
    for (const core::Record &p : *parts)
        order << p.id;
    order.swapItemsAt(row, other);
    m_undo.beginMacro(tr("Reorder %1").arg(Labels::typePlural(m_type).toLower()));
    for (int i = 0; i < order.size(); ++i) {
        const core::Record &current
            = *std::find_if(parts->cbegin(), parts->cend(), [&](const core::Record &r) { return r.id == order.at(i); });
        const QVariant before = current.fields.value(m_type.orderField);
        const QVariant after = qint64(i + 1);
        if (before == after)
            continue;
        if (core::Status s = m_store.update(order.at(i), {{m_type.orderField, after}}); !s)
            break;
        m_undo.push(new EditRecordCommand(m_store, order.at(i), {{m_type.orderField, before}}, {{m_type.orderField, after}}, QString()));
    }
    m_undo.endMacro();
    reload();
    selectRow(other);
}

void PartsPanel::updateButtons()
{
    const bool hasOwner = !m_owner.isNull();
    const int row = m_list->currentRow();
    m_add->setEnabled(hasOwner);
    m_remove->setEnabled(hasOwner && row >= 0);
    m_up->setEnabled(hasOwner && row > 0);
    m_down->setEnabled(hasOwner && row >= 0 && row + 1 < m_list->count());
}

} // namespace praxis::ui
