#include "records/record_merger.h"

#include "model/record_type.h"
#include "records/record_store.h"
#include "records/write_pipeline.h"
#include "storage/database.h"

#include <QObject>

namespace praxis::core {

namespace {

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.metaType().id() == QMetaType::QStringList)
        return v.toStringList().isEmpty();
    return v.toString().isEmpty();
}

QString shown(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    return v.toString();
}

// What makes two parts of one kind "the same" on the kept record, so merging does not double them.
QString partSignature(const RecordTypeDef &def, const Record &part, const QString &ownerField)
{
    // A type that says what identifies its parts (a custom value's field, an attachment's file or address).
    for (const QString &field : def.identityFields) {
        const QString value = part.value(field).toString();
        if (!value.isEmpty() || field == def.identityFields.last())
            return field + QLatin1Char('=') + value;
    }
    QStringList parts;
    for (const FieldDef &f : def.fields) {
        if (f.name == ownerField || f.name == def.orderField)
            continue;
        parts << f.name + QLatin1Char('=') + shown(part.value(f.name)).toCaseFolded().simplified();
    }
    return parts.join(QLatin1Char('\x1f'));
}

} // namespace

Result<MergeOutcome> RecordMerger::merge(const RecordId &keep, const RecordId &other)
{
    if (keep == other)
        return makeError(ErrorCode::Invalid, QObject::tr("A record cannot be merged with itself."));
    auto kept = m_store.get(keep);
    if (!kept)
        return kept.error();
    auto gone = m_store.get(other);
    if (!gone)
        return gone.error();
    if (kept->type != gone->type)
        return makeError(ErrorCode::Invalid, QObject::tr("Only records of the same kind can be merged."));
    if (kept->isTrashed() || gone->isTrashed())
        return makeError(ErrorCode::Invalid, QObject::tr("Records in the trash cannot be merged; restore them first."));
    const RecordTypeDef *def = RecordTypes::find(kept->type);
    if (!def)
        return makeError(ErrorCode::Invalid, QObject::tr("Unknown record type “%1”.").arg(kept->type));

    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status())
        return tx.status().error();
    MergeOutcome outcome;
    outcome.kept = keep;
    outcome.merged = other;

    auto change = [&](const RecordId &id, const QString &field, const QVariant &before, const QVariant &after) -> Status {
        if (Status s = m_store.update(id, {{field, after}}); !s)
            return s;
        outcome.changes.append({id, field, before});
        return {};
    };

    // Fields: fill the empty ones, join lists, and write down what differs.
    const QString otherName = gone->value(def->titleField).toString();
    QStringList differing;
    for (const FieldDef &f : def->fields) {
        const QVariant mine = kept->value(f.name);
        const QVariant theirs = gone->value(f.name);
        if (isEmptyValue(theirs) || mine == theirs)
            continue;
        if (isEmptyValue(mine)) {
            if (Status s = change(keep, f.name, mine, theirs); !s)
                return s.error();
        } else if (f.type == FieldType::List) {
            QStringList joined = mine.toStringList();
            for (const QString &v : theirs.toStringList())
                if (!joined.contains(v))
                    joined << v;
            if (joined != mine.toStringList()) {
                if (Status s = change(keep, f.name, mine, joined); !s)
                    return s.error();
            }
        } else if (f.name != QLatin1String("notes")) {
            differing << QStringLiteral("%1: %2").arg(f.label, shown(theirs));
        }
    }
    const QVariant theirNotes = gone->value(QStringLiteral("notes"));
    const bool notesDiffer = def->field(QStringLiteral("notes")) && !isEmptyValue(theirNotes) && !isEmptyValue(kept->value(QStringLiteral("notes"))) &&
                             theirNotes != kept->value(QStringLiteral("notes"));
    if (def->field(QStringLiteral("notes")) && (!differing.isEmpty() || notesDiffer)) {
        auto current = m_store.get(keep);
        if (!current)
            return current.error();
        const QVariant before = current->value(QStringLiteral("notes"));
        QString notes = before.toString();
        QString added = QObject::tr("Merged from “%1”:").arg(otherName);
        for (const QString &d : std::as_const(differing))
            added += QStringLiteral("\n- ") + d;
        if (notesDiffer)
            added += QStringLiteral("\n\n") + theirNotes.toString();
        notes = notes.isEmpty() ? added : notes + QStringLiteral("\n\n") + added;
        if (Status s = change(keep, QStringLiteral("notes"), before, notes); !s)
            return s.error();
    }

    // Parts, links and references.
    auto idsReferring = [&](const RecordTypeDef &t, const FieldDef &f, const RecordId &target) -> Result<QList<RecordId>> {
        auto st = m_db.prepare(QStringLiteral("SELECT id FROM \"%1\" WHERE \"%2\" = ?").arg(t.name, f.name));
        if (!st)
            return st.error();
        st->bind(1, target.toString());
        QList<RecordId> ids;
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ids << RecordId(st->text(0));
        }
        return ids;
    };
    for (const auto &[refType, refField] : RecordTypes::referencesTo(def->name)) {
        auto referring = idsReferring(*refType, *refField, other);
        if (!referring)
            return referring.error();
        if (referring->isEmpty())
            continue;
        // Parts hang on their parent field; links (tags, collection entries, custom values) on whichever
        // field names the record.
        const bool ownedPart = refField->name == refType->parentField || refType->role == RecordRole::Link;
        const bool renumber = refField->name == refType->parentField && !refType->orderField.isEmpty();
        QStringList existing;
        qint64 nextPosition = 0;
        if (ownedPart) {
            auto mine = idsReferring(*refType, *refField, keep);
            if (!mine)
                return mine.error();
            for (const RecordId &id : std::as_const(*mine)) {
                auto part = m_store.get(id);
                if (!part)
                    return part.error();
                if (part->isTrashed())
                    continue;
                existing << partSignature(*refType, *part, refField->name);
                if (renumber)
                    nextPosition = std::max(nextPosition, part->value(refType->orderField).toLongLong() + 1);
            }
        }
        for (const RecordId &id : std::as_const(*referring)) {
            auto part = m_store.get(id);
            if (!part)
                return part.error();
            if (id == keep) {
                // The kept record pointed at the other one (a tag's parent): that link would point at itself.
                if (Status s = change(id, refField->name, other.toString(), QVariant()); !s)
                    return s.error();
                continue;
            }
            if (ownedPart) {
                const QString signature = partSignature(*refType, *part, refField->name);
                if (existing.contains(signature)) {
                    if (!refType->keptValueField.isEmpty() && !part->isTrashed()) {
                        // Two values of one identity (two values for one custom field): the kept one stays, the
                        // other is written down.
                        auto current = m_store.get(keep);
                        if (current && def->field(QStringLiteral("notes"))) {
                            const QVariant before = current->value(QStringLiteral("notes"));
                            auto fieldName = m_store.displayName(RecordId(part->value(refType->identityFields.value(0)).toString()));
                            const QString line = QObject::tr("Merged from “%1”: %2: %3")
                                                     .arg(otherName, fieldName ? *fieldName : QString(), shown(part->value(refType->keptValueField)));
                            const QString notes = before.toString().isEmpty() ? line : before.toString() + QStringLiteral("\n\n") + line;
                            if (Status s = change(keep, QStringLiteral("notes"), before, notes); !s)
                                return s.error();
                        }
                    }
                    continue; // the same part is on the kept record already; this one stays with the other
                }
                existing << signature;
                if (renumber) {
                    const QVariant before = part->value(refType->orderField);
                    if (Status s = change(id, refType->orderField, before, nextPosition++); !s)
                        return s.error();
                }
                ++outcome.movedParts;
            } else {
                ++outcome.redirected;
            }
            if (Status s = change(id, refField->name, other.toString(), keep.toString()); !s)
                return s.error();
        }
    }

    if (Status s = m_store.trash(other); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status RecordMerger::undo(const MergeOutcome &outcome)
{
    auto type = m_store.typeOf(outcome.kept);
    if (!type)
        return type.error();
    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status())
        return tx.status();
    if (Status s = m_store.restore(outcome.merged); !s)
        return s;
    for (auto it = outcome.changes.crbegin(); it != outcome.changes.crend(); ++it) {
        if (Status s = m_store.update(it->id, {{it->field, it->before}}); !s)
            return s;
    }
    return tx.commit();
}

} // namespace praxis::core
