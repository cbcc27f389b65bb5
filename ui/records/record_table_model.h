#pragma once

#include "model/custom_fields.h"
#include "model/record.h"
#include "model/record_type.h"
#include "records/record_store.h"

#include <QAbstractTableModel>
#include <QHash>

namespace praxis::ui {

// The records of one type as table rows, fetched a page at a time as the view scrolls
// (canFetchMore/fetchMore); sorting asks the store again instead of sorting in memory.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kIdRole = Qt::UserRole + 1;

    RecordTableModel(core::RecordStore &store, QObject *parent = nullptr);

    // Shows the records of this type; for the trash, pass "" and trashed = true.
    void setType(const QString &type, bool trashed = false);
    const QString &type() const { return m_type; }
    bool isTrash() const { return m_trashed; }
    qint64 totalCount() const { return m_total; }
    void reload();
    // Narrows the rows (the trash is never filtered); reloads.
    void setFilter(const core::RecordFilter &filter);
    const core::RecordFilter &filter() const { return m_filter; }
    // The number of records of the type before the filter.
    qint64 unfilteredCount() const { return m_unfiltered; }

    // Rows are dragged out as a list of record ids (onto a tag or a collection in the sidebar).
    static constexpr const char *kIdsMimeType = "application/x-praxis-record-ids";
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::LinkAction; }

    // The columns shown: field names, "modified", "created", or "custom:NAME" for a custom field.
    const QStringList &columns() const { return m_columns; }
    void setColumns(const QStringList &columns);
    // Every column the type can show, in the model's order, custom fields last.
    QStringList availableColumns() const;
    QString columnLabel(const QString &column) const;
    // The columns a type shows until the user chooses others.
    static QStringList defaultColumns(const QString &type);

    core::RecordId idAt(int row) const;
    int rowOf(const core::RecordId &id) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    QString cellText(const core::Record &record, const QString &field) const;
    QString referenceName(const QString &id) const;

    core::RecordStore &m_store;
    QString m_type;
    bool m_trashed = false;
    QStringList m_columns;
    QList<core::Record> m_rows;
    qint64 m_total = 0;
    QString m_sortField;
    bool m_descending = false;
    QString m_error;
    core::RecordFilter m_filter;
    qint64 m_unfiltered = 0;
    mutable QHash<QString, QString> m_names; // display names of referenced records
    QHash<QString, core::CustomFieldDef> m_customDefs; // by name, for the type shown
    mutable QHash<QString, QHash<QString, QVariant>> m_customValues; // by record id, then field id
};

} // namespace praxis::ui
