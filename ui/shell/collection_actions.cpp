#include "shell/collection_actions.h"

#include "editors/labels.h"
#include "library/library.h"
#include "model/record_type.h"
#include "records/bulk_edit.h"
#include "records/record_store.h"
#include "records/undo_commands.h"
#include "shell/section_sidebar.h"
#include "storage/database.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMenu>

namespace praxis::ui {

using core::RecordId;

CollectionActions::CollectionActions(core::Library &library, UndoStack &undo, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_library(library)
    , m_undo(undo)
    , m_parent(dialogParent)
{
}

core::Status CollectionActions::drop(const QString &key, const QList<RecordId> &ids)
{
    const bool tag = SectionSidebar::isTag(key);
    if (!tag && !SectionSidebar::isCollection(key))
        return core::makeError(core::ErrorCode::Invalid, tr("Records can be dropped on a tag or a collection only."));
    const RecordId target = SectionSidebar::idOf(key);
    const QString target_name = m_library.records().displayName(target).value_or(target.toString());
    const QString field = tag ? QStringLiteral("@tag") : QStringLiteral("@collection");
    core::BulkEditor editor(m_library.database(), m_library.records());
    auto outcome = editor.apply(ids, field, core::BulkOperation::Add, target.toString());
    if (!outcome)
        return outcome.error();
    if (outcome->changes.isEmpty()) {
        Q_EMIT message(tag ? tr("Every record dropped already has the tag “%1”.").arg(target_name)
                           : tr("Every record dropped is already in “%1”.").arg(target_name));
        return {};
    }
    const int n = int(outcome->changes.size());
    const QString text = tag ? tr("Tag %n record(s) “%1”", nullptr, n).arg(target_name) : tr("Put %n record(s) in “%1”", nullptr, n).arg(target_name);
    auto *command = new BulkEditCommand(m_library.database(), m_library.records(), *outcome, text);
    command->setRedo(ids, field, core::BulkOperation::Add, target.toString());
    m_undo.push(command);
    Q_EMIT message(text);
    return {};
}

core::Result<RecordId> CollectionActions::newTag(const QString &name, const RecordId &parent, const QString &colour)
{
    QVariantMap fields{{QStringLiteral("name"), name.trimmed()}};
    if (!parent.isNull())
        fields.insert(QStringLiteral("parent_id"), parent.toString());
    if (!colour.isEmpty())
        fields.insert(QStringLiteral("colour"), colour);
    auto id = m_library.records().create(QStringLiteral("tag"), fields);
    if (id)
        m_undo.push(new CreateRecordCommand(m_library.records(), *id, tr("New tag “%1”").arg(name.trimmed())));
    return id;
}

core::Result<RecordId> CollectionActions::newCollection(const QString &name, const RecordId &parent)
{
    QVariantMap fields{{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("kind"), QStringLiteral("manual")}};
    if (!parent.isNull())
        fields.insert(QStringLiteral("parent_id"), parent.toString());
    auto id = m_library.records().create(QStringLiteral("collection"), fields);
    if (id)
        m_undo.push(new CreateRecordCommand(m_library.records(), *id, tr("New collection “%1”").arg(name.trimmed())));
    return id;
}

core::Result<RecordId> CollectionActions::saveFilter(const QString &name, const QString &type, const core::RecordFilter &filter)
{
    if (filter.isEmpty())
        return core::makeError(core::ErrorCode::Invalid, tr("The filter is empty: a smart collection needs at least one value to keep."));
    auto id = m_library.records().create(QStringLiteral("collection"),
                                         {{QStringLiteral("name"), name.trimmed()},
                                          {QStringLiteral("kind"), QStringLiteral("smart")},
                                          {QStringLiteral("query"), core::RecordFilters::savedQuery(type, filter)}});
    if (id)
        m_undo.push(new CreateRecordCommand(m_library.records(), *id, tr("New smart collection “%1”").arg(name.trimmed())));
    return id;
}

core::Status CollectionActions::setColour(const RecordId &tag, const QColor &colour)
{
    auto record = m_library.records().get(tag);
    if (!record)
        return record.error();
    const QVariant before = record->value(QStringLiteral("colour"));
    const QVariant after = colour.isValid() ? QVariant(colour.name()) : QVariant();
    if (core::Status s = m_library.records().update(tag, {{QStringLiteral("colour"), after}}); !s)
        return s;
    m_undo.push(new EditRecordCommand(m_library.records(), tag, {{QStringLiteral("colour"), before}}, {{QStringLiteral("colour"), after}},
                                      tr("Colour of “%1”").arg(record->value(QStringLiteral("name")).toString())));
    return {};
}

core::Status CollectionActions::rename(const RecordId &id, const QString &name)
{
    auto record = m_library.records().get(id);
    if (!record)
        return record.error();
    const QVariant before = record->value(QStringLiteral("name"));
    if (core::Status s = m_library.records().update(id, {{QStringLiteral("name"), name.trimmed()}}); !s)
        return s;
    m_undo.push(new EditRecordCommand(m_library.records(), id, {{QStringLiteral("name"), before}}, {{QStringLiteral("name"), name.trimmed()}},
                                      tr("Rename “%1”").arg(before.toString())));
    return {};
}

core::Result<QPair<QString, core::RecordFilter>> CollectionActions::smartFilter(const RecordId &collection) const
{
    auto record = m_library.records().get(collection);
    if (!record)
        return record.error();
    if (record->value(QStringLiteral("kind")).toString() != QLatin1String("smart")
        || !core::RecordFilters::isSavedFilter(record->value(QStringLiteral("query")).toString()))
        return core::makeError(core::ErrorCode::Invalid, tr("“%1” is not a saved filter.").arg(record->value(QStringLiteral("name")).toString()));
    auto saved = core::RecordFilters::fromSavedQuery(record->value(QStringLiteral("query")).toString());
    if (!saved)
        return saved.error();
    if (!core::RecordTypes::find(saved->first))
        saved->first = QStringLiteral("material");
    return *saved;
}

QString CollectionActions::mainTypeOf(const QString &key) const
{
    auto type = core::RecordFilters::mostCommonType(m_library.database(), SectionSidebar::isTag(key), SectionSidebar::idOf(key).toString());
    const QString found = type ? *type : QString();
    return SectionSidebar::sectionOf(found).isEmpty() ? QStringLiteral("material") : found;
}

QMenu *CollectionActions::contextMenu(const QString &key, QWidget *parent)
{
    const bool tagsHeading = key == QLatin1String("tags");
    const bool collectionsHeading = key == QLatin1String("collections");
    const bool tag = SectionSidebar::isTag(key);
    const bool collection = SectionSidebar::isCollection(key);
    if (!tagsHeading && !collectionsHeading && !tag && !collection)
        return nullptr;
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("sidebarMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const RecordId id = SectionSidebar::idOf(key);
    if (tagsHeading || tag) {
        menu->addAction(tr("New Tag…"), this, [this] { promptNewTag({}); })->setObjectName(QStringLiteral("newTag"));
        if (tag) {
            menu->addAction(tr("New Tag Inside…"), this, [this, id] { promptNewTag(id); })->setObjectName(QStringLiteral("newSubTag"));
            menu->addAction(tr("Colour…"), this, [this, id] { promptColour(id); })->setObjectName(QStringLiteral("tagColour"));
        }
    }
    if (collectionsHeading || collection) {
        menu->addAction(tr("New Collection…"), this, [this] { promptNewCollection({}); })->setObjectName(QStringLiteral("newCollection"));
        if (collection)
            menu->addAction(tr("New Collection Inside…"), this, [this, id] { promptNewCollection(id); });
    }
    if (tag || collection) {
        menu->addSeparator();
        menu->addAction(tr("Rename…"), this, [this, id] { promptRename(id); })->setObjectName(QStringLiteral("renameItem"));
        menu->addAction(tr("Move to Trash"), this, [this, id] { moveToTrash(id); })->setObjectName(QStringLiteral("trashItem"));
    }
    return menu;
}

QString CollectionActions::askName(const QString &title, const QString &label, const QString &current) const
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, title, label, QLineEdit::Normal, current, &ok).trimmed();
    return ok ? name : QString();
}

void CollectionActions::promptNewTag(const RecordId &parent)
{
    if (const QString name = askName(tr("New Tag"), tr("Name of the tag:")); !name.isEmpty())
        said(newTag(name, parent), QString());
}

void CollectionActions::promptNewCollection(const RecordId &parent)
{
    if (const QString name = askName(tr("New Collection"), tr("Name of the collection:")); !name.isEmpty())
        said(newCollection(name, parent), tr("Drag records from a table onto “%1” to put them in it.").arg(name));
}

void CollectionActions::said(const core::Result<RecordId> &made, const QString &then)
{
    if (!made)
        Q_EMIT failed(made.error().message);
    else if (!then.isEmpty())
        Q_EMIT message(then);
}

void CollectionActions::promptRename(const RecordId &id)
{
    const QString current = m_library.records().displayName(id).value_or(QString());
    const QString name = askName(tr("Rename"), tr("New name:"), current);
    if (name.isEmpty() || name == current)
        return;
    if (core::Status s = rename(id, name); !s)
        Q_EMIT failed(s.error().message);
}

void CollectionActions::promptColour(const RecordId &tag)
{
    auto record = m_library.records().get(tag);
    if (!record)
        return;
    const QColor colour = QColorDialog::getColor(QColor(record->value(QStringLiteral("colour")).toString()), m_parent,
                                                 tr("Colour of “%1”").arg(record->value(QStringLiteral("name")).toString()));
    if (!colour.isValid())
        return;
    if (core::Status s = setColour(tag, colour); !s)
        Q_EMIT failed(s.error().message);
}

void CollectionActions::moveToTrash(const RecordId &id)
{
    const QString name = m_library.records().displayName(id).value_or(id.toString());
    if (core::Status s = m_library.records().trash(id); !s) {
        Q_EMIT failed(s.error().message);
        return;
    }
    m_undo.push(new TrashRecordCommand(m_library.records(), id, tr("Move “%1” to the trash").arg(name)));
    Q_EMIT message(tr("“%1” is in the trash; Undo brings it back.").arg(name));
}

void CollectionActions::promptSaveFilter(const QString &type, const core::RecordFilter &filter)
{
    const QString name = askName(tr("Save as Smart Collection"), tr("Name of the smart collection (it keeps the filter and stays up to date):"));
    if (name.isEmpty())
        return;
    auto id = saveFilter(name, type, filter);
    if (!id)
        Q_EMIT failed(id.error().message);
    else
        Q_EMIT message(tr("Saved the filter as “%1” under Collections.").arg(name.trimmed()));
}

} // namespace praxis::ui
