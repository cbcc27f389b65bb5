#include "records/record_table_model.h"

#include "editors/labels.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>

namespace praxis::ui {

using core::FieldType;

RecordTableModel::RecordTableModel(core::RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void RecordTableModel::setType(const QString &type, bool trashed)
{
    m_type = type;
    m_trashed = trashed;
    m_sortField.clear();
    m_descending = false;
    m_customDefs.clear();
    m_filter = {};
    if (trashed) {
        m_columns = {QStringLiteral("_type"), QStringLiteral("_name"), QStringLiteral("_trashed")};
    } else {
        m_columns = defaultColumns(type);
        if (auto defs = core::CustomFields(m_store).definitions(type))
            for (const core::CustomFieldDef &d : *defs)
                m_customDefs.insert(d.name, d);
    }
    reload();
}

QStringList RecordTableModel::defaultColumns(const QString &type)
{
    const core::RecordTypeDef *def = core::RecordTypes::find(type);
    QStringList columns = def ? def->listColumns : QStringList();
    columns << QStringLiteral("modified");
    return columns;
}

void RecordTableModel::setColumns(const QStringList &columns)
{
    if (m_trashed)
        return;
    const QStringList available = availableColumns();
    QStringList chosen;
    for (const QString &c : columns)
        if (available.contains(c) && !chosen.contains(c))
            chosen << c;
    if (chosen.isEmpty() || chosen == m_columns)
        return;
    // A sort on a column that goes away falls back to the type's own order.
    if (!chosen.contains(m_sortField))
        m_sortField.clear();
    beginResetModel();
    m_columns = chosen;
    endResetModel();
}

QStringList RecordTableModel::availableColumns() const
{
    QStringList out;
    const core::RecordTypeDef *def = core::RecordTypes::find(m_type);
    if (!def || m_trashed)
        return out;
    for (const core::FieldDef &f : def->fields) {
        if (f.name == def->parentField && def->role != core::RecordRole::Main)
            continue;
        out << f.name;
    }
    out << QStringLiteral("created") << QStringLiteral("modified");
    QList<core::CustomFieldDef> custom = m_customDefs.values();
    std::sort(custom.begin(), custom.end(), [](const auto &a, const auto &b) { return a.label.localeAwareCompare(b.label) < 0; });
    for (const core::CustomFieldDef &c : std::as_const(custom))
        out << QStringLiteral("custom:") + c.name;
    return out;
}

QString RecordTableModel::columnLabel(const QString &field) const
{
    if (field == QLatin1String("_type"))
        return tr("Type");
    if (field == QLatin1String("_name"))
        return tr("Name");
    if (field == QLatin1String("_trashed"))
        return tr("Moved to trash");
    if (field == QLatin1String("modified"))
        return tr("Modified");
    if (field == QLatin1String("created"))
        return tr("Created");
    if (field.startsWith(QLatin1String("custom:"))) {
        const core::CustomFieldDef d = m_customDefs.value(field.mid(7));
        return d.label.isEmpty() ? field.mid(7) : d.label;
    }
    const core::RecordTypeDef *def = core::RecordTypes::find(m_type);
    const core::FieldDef *f = def ? def->field(field) : nullptr;
    return f ? Labels::field(*f) : field;
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    m_customValues.clear();
    m_error.clear();
    m_total = 0;
    if (m_trashed) {
        auto total = m_store.trashedCount();
        m_total = total ? *total : 0;
    } else if (!m_type.isEmpty()) {
        core::ListQuery q;
        q.filter = m_filter;
        auto total = m_store.count(m_type, q);
        if (total)
            m_total = *total;
        else
            m_error = total.error().message;
        auto all = m_filter.isEmpty() ? total : m_store.count(m_type, {});
        m_unfiltered = all ? *all : m_total;
    }
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void RecordTableModel::setFilter(const core::RecordFilter &filter)
{
    if (m_trashed)
        return;
    m_filter = filter;
    reload();
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_trashed)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList RecordTableModel::mimeTypes() const
{
    return {QString::fromLatin1(kIdsMimeType)};
}

QMimeData *RecordTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = idAt(index.row()).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kIdsMimeType), ids.join(QLatin1Char('\n')).toUtf8());
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total && m_error.isEmpty();
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    core::Result<QList<core::Record>> page = QList<core::Record>();
    if (m_trashed) {
        page = m_store.trashed(kPageSize, int(m_rows.size()));
    } else {
        core::ListQuery q;
        q.limit = kPageSize;
        q.offset = int(m_rows.size());
        q.sortField = m_sortField;
        q.descending = m_descending;
        q.filter = m_filter;
        page = m_store.list(m_type, q);
    }
    if (!page) {
        m_error = page.error().message;
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size(); // the table shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

core::RecordId RecordTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : core::RecordId();
}

int RecordTableModel::rowOf(const core::RecordId &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString RecordTableModel::referenceName(const QString &id) const
{
    auto it = m_names.constFind(id);
    if (it != m_names.cend())
        return *it;
    auto name = m_store.displayName(core::RecordId(id));
    const QString text = name ? *name : id;
    m_names.insert(id, text);
    return text;
}

QString RecordTableModel::cellText(const core::Record &record, const QString &field) const
{
    if (field == QLatin1String("_type")) {
        const core::RecordTypeDef *def = core::RecordTypes::find(record.type);
        return def ? Labels::typeName(*def) : record.type;
    }
    if (field == QLatin1String("_name"))
        return referenceName(record.id.toString());
    if (field == QLatin1String("_trashed"))
        return QLocale().toString(QDateTime::fromString(record.meta.deletedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    if (field == QLatin1String("modified"))
        return QLocale().toString(QDateTime::fromString(record.meta.modified, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    if (field == QLatin1String("created"))
        return QLocale().toString(QDateTime::fromString(record.meta.created, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    if (field.startsWith(QLatin1String("custom:"))) {
        const QString key = record.id.toString();
        if (!m_customValues.contains(key))
            m_customValues.insert(key, core::CustomFields(m_store).values(record.id).value_or({}));
        const core::CustomFieldDef d = m_customDefs.value(field.mid(7));
        const QVariant v = m_customValues.value(key).value(d.id.toString());
        if (d.fieldType == QLatin1String("boolean"))
            return v.isValid() ? (v.toBool() ? tr("Yes") : tr("No")) : QString();
        if (d.fieldType == QLatin1String("choice"))
            return Labels::choice(v.toString());
        return core::CustomFields::toText(d, v);
    }
    const core::RecordTypeDef *def = core::RecordTypes::find(record.type);
    const core::FieldDef *f = def ? def->field(field) : nullptr;
    const QVariant v = record.fields.value(field);
    if (!f || !v.isValid())
        return {};
    switch (f->type) {
    case FieldType::Reference:
        return referenceName(v.toString());
    case FieldType::Choice:
        return Labels::choice(v.toString());
    case FieldType::List:
        return v.toStringList().join(QStringLiteral(", "));
    case FieldType::Boolean:
        return v.toBool() ? tr("Yes") : tr("No");
    case FieldType::LongText:
        return v.toString().simplified().left(200);
    default:
        return v.toString();
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Record &record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(record, m_columns.at(index.column()));
    case Qt::ToolTipRole:
        return index.column() == 0 && record.meta.sample ? tr("Part of the sample library") : QVariant();
    case kIdRole:
        return record.id.toString();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnLabel(m_columns.at(section));
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_trashed || column < 0 || column >= m_columns.size())
        return;
    m_sortField = m_columns.at(column);
    m_descending = order == Qt::DescendingOrder;
    const QString sortField = m_sortField;
    const bool descending = m_descending;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_sortField = sortField;
    m_descending = descending;
    if (canFetchMore({}))
        fetchMore({});
}

} // namespace praxis::ui
