#pragma once

#include "model/record_id.h"
#include "records/record_filter.h"
#include "storage/result.h"

#include <QColor>
#include <QObject>

class QMenu;
class QWidget;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class UndoStack;

// What the sidebar's tags and collections do: records dropped on them, new ones, names, colours,
// smart collections kept from a filter. Every change is one undo step.
class CollectionActions : public QObject {
    Q_OBJECT
public:
    CollectionActions(core::Library &library, UndoStack &undo, QWidget *dialogParent);

    // Tags the records, or puts them in a manual collection ("tag:ID" / "collection:ID"); records already
    // there are left as they are. One undo step.
    core::Status drop(const QString &key, const QList<core::RecordId> &ids);
    core::Result<core::RecordId> newTag(const QString &name, const core::RecordId &parent = {}, const QString &colour = {});
    core::Result<core::RecordId> newCollection(const QString &name, const core::RecordId &parent = {});
    // A smart collection keeping `filter` on records of `type`.
    core::Result<core::RecordId> saveFilter(const QString &name, const QString &type, const core::RecordFilter &filter);
    core::Status setColour(const core::RecordId &tag, const QColor &colour);
    core::Status rename(const core::RecordId &id, const QString &name);
    // The filter a smart collection keeps, with its record type; an error for a saved search.
    core::Result<QPair<QString, core::RecordFilter>> smartFilter(const core::RecordId &collection) const;
    // The record type most of a tag's or a manual collection's records have ("material" when empty).
    QString mainTypeOf(const QString &key) const;

    // The sidebar's context menu for a key ("tags", "collections", "tag:ID", "collection:ID"); null when none.
    QMenu *contextMenu(const QString &key, QWidget *parent);
    // Asks for a name (and for smart collections shows what they keep), then saves.
    void promptSaveFilter(const QString &type, const core::RecordFilter &filter);

Q_SIGNALS:
    void message(const QString &text);
    void failed(const QString &text);

private:
    // The name typed in a prompt, trimmed; empty when cancelled or left blank.
    QString askName(const QString &title, const QString &label, const QString &current = {}) const;
    // Says what became of a record made at the user's request: its failure, or what to do next (when given).
    void said(const core::Result<core::RecordId> &made, const QString &then);
    void promptNewTag(const core::RecordId &parent);
    void promptNewCollection(const core::RecordId &parent);
    void promptRename(const core::RecordId &id);
    void promptColour(const core::RecordId &tag);
    void moveToTrash(const core::RecordId &id);

    core::Library &m_library;
    UndoStack &m_undo;
    QWidget *m_parent;
};

} // namespace praxis::ui
