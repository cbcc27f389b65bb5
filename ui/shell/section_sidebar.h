#pragma once

#include "model/record_id.h"

#include <QList>
#include <QString>
#include <QTreeWidget>

class QTimer;

namespace praxis::core {
class Database;
class RecordStore;
}

namespace praxis::ui {

// One place of the sidebar: a record type's table, or the trash.
struct Section {
    QString key; // "materials", "dialogues", …, "trash"
    QString type; // the record type it lists; empty for the trash
    QString label; // translated
};

// The sidebar: the sections of a library (materials, cases, dialogues, …, trash), some of them grouped
// under a heading. Knows which record type each section lists. Under Tags and Collections it lists the
// library's tags (nested, in their colours) and collections, keyed "tag:ID" and "collection:ID"; rows
// dragged from a table onto a tag or a manual collection are offered to recordsDropped().
class SectionSidebar : public QTreeWidget {
    Q_OBJECT
public:
    static constexpr QLatin1String kTrash {"trash"};

    explicit SectionSidebar(QWidget *parent = nullptr);

    // Lists the tags and collections of this store, following its changes.
    void setStore(core::RecordStore *store, core::Database *db);
    void reloadTagsAndCollections();
    static bool isTag(const QString &key) { return key.startsWith(QLatin1String("tag:")); }
    static bool isCollection(const QString &key) { return key.startsWith(QLatin1String("collection:")); }
    static core::RecordId idOf(const QString &key);
    // The item of a section, tag or collection; null when absent.
    QTreeWidgetItem *itemOf(const QString &key) const;

    // The selectable sections, top to bottom.
    static QList<Section> sections();
    static QString typeOf(const QString &key);
    // The section that lists records of this type; empty when none does (parts, links).
    static QString sectionOf(const QString &type);

    bool showSection(const QString &key);
    QString currentSection() const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void sectionChanged(const QString &key);
    void recordsDropped(const QString &key, const QList<praxis::core::RecordId> &ids);
    void contextMenuRequested(const QString &key, const QPoint &globalPos);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsDropAt(const QPoint &pos) const;

    core::RecordStore *m_store = nullptr;
    core::Database *m_db = nullptr;
    QTimer *m_reload = nullptr;
};

} // namespace praxis::ui
