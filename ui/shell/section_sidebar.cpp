#include "shell/section_sidebar.h"

#include "records/record_filter.h"
#include "records/record_store.h"
#include "records/record_table_model.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QSet>
#include <QStyle>
#include <QTimer>

namespace praxis::ui {

namespace {

struct Entry {
    const char *key;
    const char *type; // record type; empty for the trash and for headings
    const char *label;
    const char *group; // key of the heading it sits under, or empty
};

// The sidebar, top to bottom.
const Entry kEntries[] = {
    {"materials", "material", QT_TRANSLATE_NOOP("MainWindow", "Materials"), ""},
    {"cases", "case_study", QT_TRANSLATE_NOOP("MainWindow", "Cases"), ""},
    {"dialogues", "dialogue", QT_TRANSLATE_NOOP("MainWindow", "Dialogues"), ""},
    {"people", "person", QT_TRANSLATE_NOOP("MainWindow", "People"), ""},
    {"organisations", "organisation", QT_TRANSLATE_NOOP("MainWindow", "Organisations"), ""},
    {"tags_collections", "", QT_TRANSLATE_NOOP("MainWindow", "Tags & Collections"), ""},
    {"tags", "tag", QT_TRANSLATE_NOOP("MainWindow", "Tags"), "tags_collections"},
    {"collections", "collection", QT_TRANSLATE_NOOP("MainWindow", "Collections"), "tags_collections"},
    {"research", "", QT_TRANSLATE_NOOP("MainWindow", "Research"), ""},
    {"codebook", "code", QT_TRANSLATE_NOOP("MainWindow", "Codebook"), "research"},
    {"memos", "memo", QT_TRANSLATE_NOOP("MainWindow", "Memos"), "research"},
    {"frameworks", "criteria_framework", QT_TRANSLATE_NOOP("MainWindow", "Criteria frameworks"), "research"},
    {"custom_fields", "custom_field", QT_TRANSLATE_NOOP("MainWindow", "Custom fields"), "research"},
    {"trash", "", QT_TRANSLATE_NOOP("MainWindow", "Trash"), ""},
};

constexpr int kKeyRole = Qt::UserRole;
constexpr int kDropRole = Qt::UserRole + 1; // true on tags and manual collections

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor c(colour);
    painter.setPen(c.isValid() ? c.darker(130) : QColor(Qt::gray));
    painter.setBrush(c.isValid() ? c : QColor(Qt::transparent));
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

bool isHeading(const Entry &e)
{
    return !*e.type && SectionSidebar::kTrash != QLatin1String(e.key);
}

} // namespace

SectionSidebar::SectionSidebar(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    QHash<QString, QTreeWidgetItem *> headings;
    for (const Entry &e : kEntries) {
        QTreeWidgetItem *heading = *e.group ? headings.value(QString::fromLatin1(e.group)) : nullptr;
        auto *item = heading ? new QTreeWidgetItem(heading) : new QTreeWidgetItem(this);
        item->setText(0, QCoreApplication::translate("MainWindow", e.label));
        item->setData(0, kKeyRole, QString::fromLatin1(e.key));
        if (isHeading(e)) {
            item->setFlags(Qt::ItemIsEnabled); // a heading groups sections; it lists nothing itself
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            headings.insert(QString::fromLatin1(e.key), item);
        }
        if (kTrash == QLatin1String(e.key))
            item->setIcon(0, style()->standardIcon(QStyle::SP_TrashIcon));
    }
    expandAll();
    connect(this, &QTreeWidget::currentItemChanged, this, [this] { Q_EMIT sectionChanged(currentSection()); });
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = itemAt(pos);
        Q_EMIT contextMenuRequested(item ? item->data(0, kKeyRole).toString() : QString(), viewport()->mapToGlobal(pos));
    });
    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(60);
    connect(m_reload, &QTimer::timeout, this, &SectionSidebar::reloadTagsAndCollections);
}

void SectionSidebar::setStore(core::RecordStore *store, core::Database *db)
{
    m_store = store;
    m_db = db;
    // Any change may touch a tag, a collection, or the records they count (a record moved to the trash).
    connect(store, &core::RecordStore::recordsChanged, m_reload, qOverload<>(&QTimer::start));
    reloadTagsAndCollections();
}

core::RecordId SectionSidebar::idOf(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    return colon < 0 ? core::RecordId() : core::RecordId(key.mid(colon + 1));
}

QTreeWidgetItem *SectionSidebar::itemOf(const QString &key) const
{
    for (QTreeWidgetItemIterator it(const_cast<SectionSidebar *>(this)); *it; ++it)
        if ((*it)->data(0, kKeyRole).toString() == key)
            return *it;
    return nullptr;
}

void SectionSidebar::reloadTagsAndCollections()
{
    if (!m_store)
        return;
    const QString current = currentSection();
    const QSignalBlocker blocker(this);
    for (const char *section : {"tags", "collections"}) {
        QTreeWidgetItem *parent = itemOf(QString::fromLatin1(section));
        if (!parent)
            continue;
        const bool tags = qstrcmp(section, "tags") == 0;
        const QString type = tags ? QStringLiteral("tag") : QStringLiteral("collection");
        // Keep which branches were open.
        QSet<QString> collapsed;
        for (QTreeWidgetItemIterator it(parent); *it && (*it == parent || (*it)->parent()); ++it)
            if (*it != parent && (*it)->childCount() > 0 && !(*it)->isExpanded())
                collapsed.insert((*it)->data(0, kKeyRole).toString());
        qDeleteAll(parent->takeChildren());
        core::ListQuery q;
        q.limit = 0;
        auto records = m_store->list(type, q);
        if (!records)
            continue;
        // A tag counts the records of its sub-tags too, each once, as choosing it shows them.
        const QHash<QString, qint64> counts = core::RecordFilters::memberCounts(*m_db, tags).value_or(QHash<QString, qint64>());
        QHash<QString, QTreeWidgetItem *> items;
        for (const core::Record &r : *records) {
            auto *item = new QTreeWidgetItem;
            const QString key = type + QLatin1Char(':') + r.id.toString();
            const qint64 n = counts.value(r.id.toString());
            const bool smart = !tags && r.value(QStringLiteral("kind")).toString() == QLatin1String("smart");
            const QString name = r.value(QStringLiteral("name")).toString();
            item->setText(0, smart || n == 0 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n));
            item->setData(0, kKeyRole, key);
            item->setData(0, kDropRole, !smart);
            item->setToolTip(0, r.value(QStringLiteral("description")).toString());
            if (tags)
                item->setIcon(0, swatch(r.value(QStringLiteral("colour")).toString()));
            else
                item->setIcon(0, style()->standardIcon(smart ? QStyle::SP_FileDialogContentsView : QStyle::SP_DirIcon));
            items.insert(r.id.toString(), item);
        }
        for (const core::Record &r : *records) {
            QTreeWidgetItem *item = items.value(r.id.toString());
            QTreeWidgetItem *above = items.value(r.value(QStringLiteral("parent_id")).toString());
            if (above && above != item)
                above->addChild(item);
            else
                parent->addChild(item);
        }
        for (QTreeWidgetItem *item : std::as_const(items))
            item->setExpanded(!collapsed.contains(item->data(0, kKeyRole).toString()));
        parent->setExpanded(true);
    }
    if (QTreeWidgetItem *item = itemOf(current))
        setCurrentItem(item);
}

bool SectionSidebar::acceptsDropAt(const QPoint &pos) const
{
    const QTreeWidgetItem *item = itemAt(pos);
    return item && item->data(0, kDropRole).toBool();
}

void SectionSidebar::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(RecordTableModel::kIdsMimeType)))
        event->accept();
    else
        event->ignore();
}

void SectionSidebar::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(RecordTableModel::kIdsMimeType)) && acceptsDropAt(event->position().toPoint())) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void SectionSidebar::dropEvent(QDropEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (!event->mimeData()->hasFormat(QString::fromLatin1(RecordTableModel::kIdsMimeType)) || !acceptsDropAt(pos)) {
        event->ignore();
        return;
    }
    QList<core::RecordId> ids;
    const QList<QByteArray> lines = event->mimeData()->data(QString::fromLatin1(RecordTableModel::kIdsMimeType)).split('\n');
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            ids << core::RecordId(QString::fromUtf8(line.trimmed()));
    event->setDropAction(Qt::LinkAction);
    event->accept();
    if (!ids.isEmpty())
        Q_EMIT recordsDropped(itemAt(pos)->data(0, kKeyRole).toString(), ids);
}

QList<Section> SectionSidebar::sections()
{
    QList<Section> out;
    for (const Entry &e : kEntries) {
        if (!isHeading(e))
            out.append({QString::fromLatin1(e.key), QString::fromLatin1(e.type), QCoreApplication::translate("MainWindow", e.label)});
    }
    return out;
}

QString SectionSidebar::typeOf(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return QString::fromLatin1(e.type);
    }
    return {};
}

QString SectionSidebar::sectionOf(const QString &type)
{
    for (const Entry &e : kEntries) {
        if (*e.type && type == QLatin1String(e.type))
            return QString::fromLatin1(e.key);
    }
    return {};
}

bool SectionSidebar::showSection(const QString &key)
{
    if ((isTag(key) || isCollection(key)) && !itemOf(key))
        reloadTagsAndCollections(); // made a moment ago; the debounced reload has not run yet
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        if ((*it)->data(0, kKeyRole).toString() == key && ((*it)->flags() & Qt::ItemIsSelectable)) {
            setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString SectionSidebar::currentSection() const
{
    return currentItem() ? currentItem()->data(0, kKeyRole).toString() : QString();
}

QSize SectionSidebar::sizeHint() const
{
    return {200, QTreeWidget::sizeHint().height()};
}

} // namespace praxis::ui
