#include "records/bulk_edit.h"

#include "model/record_type.h"
#include "records/record_store.h"
#include "records/write_pipeline.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>

#include <algorithm>

namespace praxis::core {

Result<BulkEditOutcome> BulkEditor::apply(const QList<RecordId> &ids, const QString &target, BulkOperation op, const QVariant &value)
{
    if (ids.isEmpty())
        return makeError(ErrorCode::Invalid, QObject::tr("No records are selected."));
    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status())
        return tx.status().error();
    BulkEditOutcome outcome;
    CustomFields custom(m_store);
    QString type;
    // A manual collection's entries, by record, read once.
    QHash<QString, RecordId> entries;
    qint64 nextPosition = 0;
    if (target == QLatin1String("@collection")) {
        auto collection = m_store.get(RecordId(value.toString()));
        const RecordTypeDef *collectionType = collection ? RecordTypes::find(collection->type) : nullptr;
        if (!collectionType || !collectionType->gathers)
            return makeError(ErrorCode::NotFound, QObject::tr("There is no collection %1.").arg(value.toString()));
        if (collection->isTrashed())
            return makeError(ErrorCode::Invalid, QObject::tr("The collection “%1” is in the trash.").arg(collection->value(QStringLiteral("name")).toString()));
        if (collection->value(QStringLiteral("kind")).toString() == QLatin1String("smart"))
            return makeError(ErrorCode::Invalid, QObject::tr("“%1” is a smart collection: it gathers its records by its saved filter, so records cannot be put in it by hand.")
                                                     .arg(collection->value(QStringLiteral("name")).toString()));
        ListQuery q;
        q.parent = collection->id;
        q.limit = 0;
        auto items = m_store.list(QStringLiteral("collection_item"), q);
        if (!items)
            return items.error();
        for (const Record &item : *items) {
            entries.insert(item.value(QStringLiteral("record_id")).toString(), item.id);
            nextPosition = std::max(nextPosition, item.value(QStringLiteral("position")).toLongLong() + 1);
        }
    }
    for (const RecordId &id : ids) {
        auto record = m_store.get(id);
        if (!record)
            return record.error();
        if (record->isTrashed())
            return makeError(ErrorCode::Invalid, QObject::tr("“%1” is in the trash; restore it before editing it.").arg(m_store.displayName(id).value_or(id.toString())));
        type = record->type;
        const QString name = m_store.displayName(id).value_or(id.toString());
        bool changed = false;
        if (target == QLatin1String("@tag") || target == QLatin1String("@collection")) {
            // A tag or a collection is a link record: put on by creating it, taken off by trashing it.
            const bool tag = target == QLatin1String("@tag");
            RecordId existing;
            if (tag) {
                ListQuery q;
                q.parent = id;
                q.limit = 0;
                auto taggings = m_store.list(QStringLiteral("tagging"), q);
                if (!taggings)
                    return taggings.error();
                for (const Record &t : *taggings)
                    if (t.value(QStringLiteral("tag_id")).toString() == value.toString())
                        existing = t.id;
            } else {
                existing = entries.value(id.toString());
            }
            if (op == BulkOperation::Add && existing.isNull()) {
                auto created = tag ? m_store.create(QStringLiteral("tagging"), {{QStringLiteral("record_id"), id.toString()}, {QStringLiteral("tag_id"), value}})
                                   : m_store.create(QStringLiteral("collection_item"), {{QStringLiteral("collection_id"), value.toString()},
                                                                                        {QStringLiteral("record_id"), id.toString()},
                                                                                        {QStringLiteral("position"), nextPosition++}});
                if (!created)
                    return makeError(created.error().code, QObject::tr("%1: %2 Nothing was changed.").arg(name, created.error().message));
                if (!tag)
                    entries.insert(id.toString(), *created);
                outcome.changes.append({id, target, {}, *created, true});
                changed = true;
            } else if ((op == BulkOperation::Remove || op == BulkOperation::Clear) && !existing.isNull()) {
                if (Status s = m_store.trash(existing); !s)
                    return s.error();
                outcome.changes.append({id, target, {}, existing, false});
                changed = true;
            }
        } else if (target.startsWith(QLatin1String("custom:"))) {
            auto defs = custom.definitions(record->type);
            if (!defs)
                return defs.error();
            const CustomFieldDef *def = nullptr;
            for (const CustomFieldDef &d : *defs)
                if (d.name == target.mid(7))
                    def = &d;
            if (!def)
                return makeError(ErrorCode::Invalid, QObject::tr("Records of this kind have no custom field “%1”.").arg(target.mid(7)));
            auto values = custom.values(id);
            if (!values)
                return values.error();
            const QVariant before = values->value(def->id.toString());
            QVariant after = value;
            if (def->fieldType == QLatin1String("multi_choice")) {
                QStringList list = before.toStringList();
                if (op == BulkOperation::Add && !list.contains(value.toString()))
                    list << value.toString();
                else if (op == BulkOperation::Remove)
                    list.removeAll(value.toString());
                after = op == BulkOperation::Set ? value : op == BulkOperation::Clear ? QVariant() : QVariant(list);
            } else if (op == BulkOperation::Clear || (op == BulkOperation::Remove && before.toString() == value.toString())) {
                after = QVariant();
            } else if (op == BulkOperation::Remove) {
                continue;
            }
            if (after == before)
                continue;
            if (Status s = custom.setValue(id, *def, after); !s)
                return makeError(s.error().code, QObject::tr("%1: %2 Nothing was changed.").arg(name, s.error().message));
            outcome.changes.append({id, target, before, {}, false});
            changed = true;
        } else {
            const RecordTypeDef *def = RecordTypes::find(record->type);
            const FieldDef *field = def ? def->field(target) : nullptr;
            if (!field)
                return makeError(ErrorCode::Invalid, QObject::tr("Records of this kind have no field “%1”.").arg(target));
            const QVariant before = record->value(target);
            QVariant after;
            if (field->type == FieldType::List) {
                QStringList list = before.toStringList();
                const QStringList given = value.metaType().id() == QMetaType::QStringList ? value.toStringList() : QStringList{value.toString()};
                if (op == BulkOperation::Set)
                    list = given;
                else if (op == BulkOperation::Add)
                    for (const QString &v : given) {
                        if (!v.isEmpty() && !list.contains(v))
                            list << v;
                    }
                else if (op == BulkOperation::Remove)
                    for (const QString &v : given)
                        list.removeAll(v);
                else
                    list.clear();
                after = list.isEmpty() ? QVariant() : QVariant(list);
            } else if (op == BulkOperation::Set || op == BulkOperation::Add) {
                after = value;
            } else if (op == BulkOperation::Remove && before != value) {
                continue;
            }
            if (after == before || (!after.isValid() && !before.isValid()))
                continue;
            if (Status s = m_store.update(id, {{target, after}}); !s)
                return makeError(s.error().code, QObject::tr("%1: %2 Nothing was changed.").arg(name, s.error().message));
            outcome.changes.append({id, target, before, {}, false});
            changed = true;
        }
        if (changed)
            ++outcome.recordsChanged;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status BulkEditor::undo(const BulkEditOutcome &outcome)
{
    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status())
        return tx.status();
    CustomFields custom(m_store);
    QString type;
    for (auto it = outcome.changes.crbegin(); it != outcome.changes.crend(); ++it) {
        type = m_store.typeOf(it->id).value_or(type);
        if (it->field == QLatin1String("@tag") || it->field == QLatin1String("@collection")) {
            if (Status s = it->created ? m_store.purge(it->link) : m_store.restore(it->link); !s)
                return s;
        } else if (it->field.startsWith(QLatin1String("custom:"))) {
            auto defs = custom.definitions(type);
            if (!defs)
                return defs.error();
            for (const CustomFieldDef &d : *defs)
                if (d.name == it->field.mid(7))
                    if (Status s = custom.setValue(it->id, d, it->before); !s)
                        return s;
        } else if (Status s = m_store.update(it->id, {{it->field, it->before}}); !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace praxis::core
