#include "records/record_store.h"

#include <functional>

#include "history/change_log.h"
#include "model/field_codec.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>

namespace praxis::core {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Error unknownType(const QString &type)
{
    return makeError(ErrorCode::Invalid, QObject::tr("“%1” is not a record type. Known types: %2.")
                                             .arg(type, [] {
                                                 QStringList names;
                                                 for (const RecordTypeDef &t : RecordTypes::all())
                                                     names << t.name;
                                                 return names.join(QStringLiteral(", "));
                                             }()));
}

Error notFound(const RecordId &id)
{
    return makeError(ErrorCode::NotFound, QObject::tr("No record has the id %1.").arg(id.toString()));
}

// Columns of the type's own table, in field order (lists are not columns).
QStringList columnFields(const RecordTypeDef &def)
{
    QStringList out;
    for (const FieldDef &f : def.fields) {
        if (f.type != FieldType::List)
            out << f.name;
    }
    return out;
}

const QString kMetaColumns = QStringLiteral("r.created, r.modified, r.created_by, r.modified_by, r.deleted_at, r.sample");

} // namespace

class RecordStore::Private {
public:
    Private(Database &d, ChangeLog &l) : db(d), log(l) {}

    Database &db;
    ChangeLog &log;

    QString who() const { return log.author() + QLatin1Char('@') + log.deviceId(); }

    Result<QString> typeOf(const RecordId &id) const
    {
        auto type = db.scalar(QStringLiteral("SELECT type FROM records WHERE id = ?"), {id.toString()});
        if (!type)
            return type.error();
        if (!type->isValid())
            return notFound(id);
        return type->toString();
    }

    // Reads the record the statement is on: id, the type's columns, then the meta columns.
    Result<Record> readRow(const RecordTypeDef &def, Statement &s) const
    {
        Record r;
        r.type = def.name;
        r.id = RecordId(s.text(0));
        int col = 1;
        for (const FieldDef &f : def.fields) {
            if (f.type == FieldType::List)
                continue;
            const QVariant v = FieldCodec::fromSql(f, s.value(col++));
            if (v.isValid())
                r.fields.insert(f.name, v);
        }
        r.meta.created = s.text(col++);
        r.meta.modified = s.text(col++);
        r.meta.createdBy = s.text(col++);
        r.meta.modifiedBy = s.text(col++);
        r.meta.deletedAt = s.text(col++);
        r.meta.sample = s.integer(col++) != 0;
        if (Status st = readLists(def, r); !st)
            return st.error();
        return r;
    }

    Status readLists(const RecordTypeDef &def, Record &r) const
    {
        bool hasLists = false;
        for (const FieldDef &f : def.fields)
            hasLists = hasLists || f.type == FieldType::List;
        if (!hasLists)
            return {};
        auto stmt = db.cached(QStringLiteral("SELECT field, value FROM field_value WHERE record_id = ? ORDER BY field, position"));
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, r.id.toString());
        QHash<QString, QStringList> lists;
        for (;;) {
            auto row = (*stmt)->step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            lists[(*stmt)->text(0)] << (*stmt)->text(1);
        }
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            r.fields.insert(it.key(), QVariant(it.value()));
        return {};
    }

    QString selectSql(const RecordTypeDef &def) const
    {
        QStringList cols{QStringLiteral("t.id")};
        for (const QString &c : columnFields(def))
            cols << QStringLiteral("t.") + c;
        return QStringLiteral("SELECT %1, %2 FROM %3 t JOIN records r ON r.id = t.id ").arg(cols.join(QStringLiteral(", ")), kMetaColumns, def.name);
    }

    Status writeList(const RecordId &id, const QString &field, const QVariant &value)
    {
        auto del = db.cached(QStringLiteral("DELETE FROM field_value WHERE record_id = ? AND field = ?"));
        if (!del)
            return del.error();
        (*del)->bind(1, id.toString()).bind(2, field);
        if (Status s = (*del)->run(); !s)
            return s;
        const QStringList values = value.toStringList();
        auto ins = db.cached(QStringLiteral("INSERT INTO field_value (record_id, field, position, value) VALUES (?, ?, ?, ?)"));
        if (!ins)
            return ins.error();
        for (int i = 0; i < values.size(); ++i) {
            (*ins)->reset();
            (*ins)->bind(1, id.toString()).bind(2, field).bind(3, qint64(i)).bind(4, values.at(i));
            if (Status s = (*ins)->run(); !s)
                return s;
        }
        return {};
    }

    Status setColumn(const RecordTypeDef &def, const RecordId &id, const FieldDef &f, const QVariant &value)
    {
        if (f.type == FieldType::List)
            return writeList(id, f.name, value);
        auto stmt = db.cached(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(def.name, f.name));
        if (!stmt)
            return stmt.error();
        (*stmt)->bindVariant(1, FieldCodec::toSql(f, value)).bind(2, id.toString());
        return (*stmt)->run();
    }

    Status touch(const RecordId &id, const HlcTime &time)
    {
        auto stmt = db.cached(QStringLiteral("UPDATE records SET modified = ?, modified_by = ? WHERE id = ?"));
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, isoTime(time.wallMs)).bind(2, who()).bind(3, id.toString());
        return (*stmt)->run();
    }

    Status checkReference(const QString &typeLabel, const FieldDef &f, const QString &target) const
    {
        auto type = typeOf(RecordId(target));
        if (!type) {
            if (type.error().code == ErrorCode::NotFound)
                return makeError(ErrorCode::Reference, QObject::tr("%1 field “%2”: no record has the id %3.").arg(typeLabel, f.name, target));
            return type.error();
        }
        if (!f.refTypes.isEmpty() && !f.refTypes.contains(*type))
            return makeError(ErrorCode::Reference, QObject::tr("%1 field “%2” must refer to a %3, but %4 is a %5.")
                                                       .arg(typeLabel, f.name, f.refTypes.join(QObject::tr(" or ")), target, *type));
        return {};
    }

    // Collects what a purge of `root` takes with it, and the optional references it must clear.
    Status purgeClosure(const RecordId &root, QList<QPair<QString, RecordId>> &purge,
                        QList<std::tuple<const RecordTypeDef *, const FieldDef *, RecordId>> &clear) const
    {
        QSet<QString> seen;
        QList<RecordId> queue{root};
        while (!queue.isEmpty()) {
            const RecordId id = queue.takeFirst();
            if (seen.contains(id.toString()))
                continue;
            seen.insert(id.toString());
            auto type = typeOf(id);
            if (!type)
                return type.error();
            purge.append({*type, id});
            for (const auto &[refDef, refField] : RecordTypes::referencesTo(*type)) {
                auto stmt = db.cached(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(refDef->name, refField->name));
                if (!stmt)
                    return stmt.error();
                (*stmt)->bind(1, id.toString());
                for (;;) {
                    auto row = (*stmt)->step();
                    if (!row)
                        return row.error();
                    if (!row.value())
                        break;
                    const RecordId referrer((*stmt)->text(0));
                    if (refField->required)
                        queue.append(referrer);
                    else
                        clear.append({refDef, refField, referrer});
                }
            }
        }
        clear.erase(std::remove_if(clear.begin(), clear.end(),
                                   [&](const auto &c) { return seen.contains(std::get<2>(c).toString()); }),
                    clear.end());
        return {};
    }

    // Queues the record and the records it is a part of for the search indexer, in the caller's
    // transaction. `deep`: its parts' documents change too (trash and restore).
    Status enqueue(const QString &type, const RecordId &id, const QVariantMap &fields, const HlcTime &time, bool deep)
    {
        // Queued anew at a new position, so that an indexer that read the old entry indexes it again.
        auto stmt = db.cached(QStringLiteral(
            "INSERT OR REPLACE INTO search_queue (record_id, deep) "
            "VALUES (?1, max(?2, coalesce((SELECT deep FROM search_queue WHERE record_id = ?1), 0)))"));
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, id.toString()).bind(2, qint64(deep ? 1 : 0));
        if (Status s = (*stmt)->run(); !s)
            return s;
        const RecordTypeDef *def = RecordTypes::find(type);
        if (!def || def->parentField.isEmpty())
            return {};
        const QVariant parent = fields.value(def->parentField);
        if (!parent.isValid())
            return {};
        const RecordId parentId(parent.toString());
        auto parentType = typeOf(parentId);
        if (!parentType)
            return parentType.error().code == ErrorCode::NotFound ? Status() : Status(parentType.error());
        const RecordTypeDef *parentDef = RecordTypes::find(*parentType);
        QVariantMap parentFields;
        if (!parentDef->parentField.isEmpty()) {
            auto v = db.cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(parentDef->parentField, parentDef->name));
            if (!v)
                return v.error();
            (*v)->bind(1, parentId.toString());
            if ((*v)->step().value() && !(*v)->isNull(0))
                parentFields.insert(parentDef->parentField, (*v)->text(0));
        }
        return enqueue(*parentType, parentId, parentFields, time, false);
    }

    QString orderBy(const RecordTypeDef &def, const ListQuery &q) const
    {
        QString field = q.sortField.isEmpty() ? (def.orderField.isEmpty() ? def.titleField : def.orderField) : q.sortField;
        const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        QString expr;
        if (field == QLatin1String("created") || field == QLatin1String("modified")) {
            expr = QStringLiteral("r.") + field;
        } else if (field.startsWith(QLatin1String("custom:"))) {
            // A custom field's value; numbers sort as numbers, text without regard to case.
            QString name = field.mid(7);
            name.replace(QLatin1Char('\''), QStringLiteral("''"));
            const QString value = QStringLiteral("(SELECT cv.value FROM custom_value cv JOIN custom_field cf ON cf.id = cv.field_id "
                                                 "JOIN records rv ON rv.id = cv.id WHERE cv.record_id = t.id AND cf.name = '%1' "
                                                 "AND cf.record_type = '%2' AND rv.deleted_at IS NULL LIMIT 1)")
                                      .arg(name, def.name);
            expr = QStringLiteral("CASE WHEN (SELECT field_type FROM custom_field WHERE name = '%1' AND record_type = '%2' LIMIT 1) = 'number' "
                                  "THEN CAST(%3 AS REAL) ELSE %3 END COLLATE NOCASE")
                       .arg(name, def.name, value);
        } else if (const FieldDef *f = def.field(field)) {
            switch (f->type) {
            case FieldType::List:
                expr = QStringLiteral("(SELECT value FROM field_value fv WHERE fv.record_id = t.id AND fv.field = '%1' AND fv.position = 0) COLLATE NOCASE").arg(f->name);
                break;
            case FieldType::Reference:
                if (f->refTypes.size() == 1) {
                    const RecordTypeDef *target = RecordTypes::find(f->refTypes.first());
                    expr = QStringLiteral("(SELECT x.%1 FROM %2 x WHERE x.id = t.%3) COLLATE NOCASE").arg(target->titleField, target->name, f->name);
                } else {
                    expr = QStringLiteral("t.") + f->name;
                }
                break;
            case FieldType::Integer:
            case FieldType::Real:
            case FieldType::Boolean:
                expr = QStringLiteral("t.") + f->name;
                break;
            default:
                expr = QStringLiteral("t.") + f->name + QStringLiteral(" COLLATE NOCASE");
            }
        } else {
            expr = QStringLiteral("r.created");
        }
        // Empty values after the others, then a stable tie-break; descending is the exact reverse, so one
        // index on ((column) IS NULL, column) serves both directions (migration 3). Required fields are
        // never empty: the emptiness term is left out and the column's own index serves.
        const FieldDef *f = def.field(field);
        if (f && f->required && f->type != FieldType::List)
            return QStringLiteral(" ORDER BY %1%2, t.rowid%2").arg(expr, dir);
        const bool column = f && f->type != FieldType::List && !(f->type == FieldType::Reference && f->refTypes.size() == 1);
        const QString empty = column ? QStringLiteral("(t.%1) IS NULL").arg(f->name) : QStringLiteral("(%1) IS NULL").arg(expr);
        return QStringLiteral(" ORDER BY %1%2, %3%2, t.rowid%2").arg(empty, dir, expr);
    }

    // The WHERE clause; the parent is ?1, a filter's values follow from ?2 (into `binds`).
    Result<QString> where(const RecordTypeDef &def, const ListQuery &q, QVariantList &binds) const
    {
        QStringList conditions;
        if (q.trash == TrashFilter::Live)
            conditions << QStringLiteral("r.deleted_at IS NULL");
        else if (q.trash == TrashFilter::Trashed)
            conditions << QStringLiteral("r.deleted_at IS NOT NULL");
        if (!q.parent.isNull() && !def.parentField.isEmpty())
            conditions << QStringLiteral("t.%1 = ?1").arg(def.parentField);
        if (q.sampleOnly)
            conditions << QStringLiteral("r.sample = 1");
        if (!q.filter.isEmpty()) {
            auto c = RecordFilters::condition(db, def, q.filter, 2);
            if (!c)
                return c.error();
            if (!c->sql.isEmpty())
                conditions << c->sql;
            binds = c->binds;
        }
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }

    // Runs a listing query: cached when unfiltered, prepared afresh for a filter (whose SQL varies).
    Status bindAndRun(const QString &sql, const ListQuery &q, const RecordTypeDef &def, const QVariantList &binds,
                      const std::function<Status(Statement &)> &rows) const
    {
        auto run = [&](Statement &s) {
            if (!q.parent.isNull() && !def.parentField.isEmpty())
                s.bind(1, q.parent.toString());
            else if (!binds.isEmpty())
                s.bindNull(1);
            for (int i = 0; i < binds.size(); ++i)
                s.bindVariant(i + 2, binds.at(i));
            return rows(s);
        };
        if (binds.isEmpty()) {
            auto stmt = db.cached(sql);
            return stmt ? run(**stmt) : Status(stmt.error());
        }
        auto stmt = db.prepare(sql);
        return stmt ? run(*stmt) : Status(stmt.error());
    }
};

RecordStore::RecordStore(Database &db, ChangeLog &log, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(db, log))
{
}

RecordStore::~RecordStore() = default;

Status RecordStore::validate(const QString &type, const QVariantMap &fields, bool forCreate) const
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldDef *f = def->field(it.key());
        if (!f) {
            QStringList known;
            for (const FieldDef &k : def->fields)
                known << k.name;
            return makeError(ErrorCode::Invalid, QObject::tr("A %1 has no field “%2”. Its fields are: %3.")
                                                     .arg(def->label.toLower(), it.key(), known.join(QStringLiteral(", "))));
        }
        const QVariant v = FieldCodec::normalise(*f, it.value());
        if (Status s = FieldCodec::check(def->label, *f, v); !s)
            return s;
        if (!v.isValid() && f->required)
            return makeError(ErrorCode::Invalid, QObject::tr("%1 field “%2” is required and cannot be empty.").arg(def->label, f->name));
        if (v.isValid() && f->type == FieldType::Reference) {
            if (Status s = d->checkReference(def->label, *f, v.toString()); !s)
                return s;
        }
    }
    if (forCreate) {
        for (const FieldDef &f : def->fields) {
            if (f.required && !FieldCodec::normalise(f, fields.value(f.name)).isValid())
                return makeError(ErrorCode::Invalid, QObject::tr("A %1 needs a value for “%2” (%3).").arg(def->label.toLower(), f.name, f.label));
        }
    }
    return {};
}

Result<QVariantMap> RecordStore::fieldsFromJson(const QString &type, const QJsonObject &json) const
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    QVariantMap out;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const FieldDef *f = def->field(it.key());
        if (!f) {
            QStringList known;
            for (const FieldDef &k : def->fields)
                known << k.name;
            return makeError(ErrorCode::Invalid, QObject::tr("A %1 has no field “%2”. Its fields are: %3.")
                                                     .arg(def->label.toLower(), it.key(), known.join(QStringLiteral(", "))));
        }
        auto v = FieldCodec::fromJson(def->label, *f, it.value());
        if (!v)
            return v.error();
        out.insert(f->name, *v);
    }
    return out;
}

Result<RecordId> RecordStore::create(const QString &type, const QVariantMap &fields, const CreateOptions &options)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    if (Status s = validate(type, fields, true); !s)
        return s.error();
    if (!options.id.isNull() && !RecordId::isWellFormed(options.id.toString()))
        return makeError(ErrorCode::Invalid, QObject::tr("“%1” is not a valid record id.").arg(options.id.toString()));

    Transaction tx(d->db);
    if (!tx.status())
        return tx.status().error();
    if (!options.id.isNull() && d->typeOf(options.id).ok())
        return makeError(ErrorCode::Invalid, QObject::tr("A record with the id %1 already exists.").arg(options.id.toString()));

    const RecordId id = options.id.isNull() ? RecordId::generate(d->log.clock().wallMs()) : options.id;
    auto created = d->log.append(type, id, ChangeOp::Create, {}, QJsonObject{{QStringLiteral("sample"), options.sample}});
    if (!created)
        return created.error();
    {
        auto stmt = d->db.cached(QStringLiteral(
            "INSERT INTO records (id, type, created, modified, created_by, modified_by, sample) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        const QString when = isoTime(created->wallMs);
        (*stmt)->bind(1, id.toString()).bind(2, type).bind(3, when).bind(4, when).bind(5, d->who()).bind(6, d->who()).bind(7, qint64(options.sample ? 1 : 0));
        if (Status s = (*stmt)->run(); !s)
            return s.error();
    }
    const QStringList columns = columnFields(*def);
    {
        QStringList names{QStringLiteral("id")};
        QStringList marks{QStringLiteral("?")};
        for (const QString &c : columns) {
            names << c;
            marks << QStringLiteral("?");
        }
        auto stmt = d->db.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(def->name, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, id.toString());
        int i = 2;
        for (const QString &c : columns) {
            const FieldDef *f = def->field(c);
            (*stmt)->bindVariant(i++, FieldCodec::toSql(*f, FieldCodec::normalise(*f, fields.value(c))));
        }
        if (Status s = (*stmt)->run(); !s)
            return s.error();
    }
    for (const FieldDef &f : def->fields) {
        const QVariant v = FieldCodec::normalise(f, fields.value(f.name));
        if (!v.isValid())
            continue;
        if (f.type == FieldType::List) {
            if (Status s = d->writeList(id, f.name, v); !s)
                return s.error();
        }
        if (auto logged = d->log.append(type, id, ChangeOp::Set, f.name, FieldCodec::toJson(v)); !logged)
            return logged.error();
    }
    if (Status s = d->enqueue(type, id, fields, *created, false); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!d->db.inTransaction())
        Q_EMIT recordsChanged(type);
    return id;
}

Result<Record> RecordStore::get(const RecordId &id) const
{
    auto type = d->typeOf(id);
    if (!type)
        return type.error();
    const RecordTypeDef *def = RecordTypes::find(*type);
    if (!def)
        return makeError(ErrorCode::Corrupt, QObject::tr("Record %1 has an unknown type “%2”.").arg(id.toString(), *type));
    auto stmt = d->db.cached(d->selectSql(*def) + QStringLiteral("WHERE t.id = ?"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, id.toString());
    auto row = s.step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Corrupt, QObject::tr("Record %1 is listed but its %2 data is missing.").arg(id.toString(), *type));
    return d->readRow(*def, s);
}

Status RecordStore::update(const RecordId &id, const QVariantMap &changes)
{
    auto current = get(id);
    if (!current)
        return current.error();
    const RecordTypeDef *def = RecordTypes::find(current->type);
    if (Status s = validate(current->type, changes, false); !s)
        return s;

    Transaction tx(d->db);
    if (!tx.status())
        return tx.status();
    bool changed = false;
    HlcTime last;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldDef *f = def->field(it.key());
        const QVariant v = FieldCodec::normalise(*f, it.value());
        if (v == current->fields.value(f->name))
            continue;
        if (Status s = d->setColumn(*def, id, *f, v); !s)
            return s;
        auto logged = d->log.append(def->name, id, ChangeOp::Set, f->name, FieldCodec::toJson(v));
        if (!logged)
            return logged.error();
        last = *logged;
        changed = true;
    }
    if (!changed)
        return {};
    if (Status s = d->touch(id, last); !s)
        return s;
    {
        QVariantMap merged = current->fields;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            merged.insert(it.key(), it.value());
        if (Status s = d->enqueue(def->name, id, merged, last, false); !s)
            return s;
        // Moved to another parent: the old one's document changes too.
        if (!def->parentField.isEmpty() && changes.contains(def->parentField)) {
            if (Status s = d->enqueue(def->name, id, current->fields, last, false); !s)
                return s;
        }
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (!d->db.inTransaction())
        Q_EMIT recordsChanged(def->name);
    return {};
}

Status RecordStore::trash(const RecordId &id)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (current->isTrashed())
        return {};
    Transaction tx(d->db);
    if (!tx.status())
        return tx.status();
    auto logged = d->log.append(current->type, id, ChangeOp::Trash);
    if (!logged)
        return logged.error();
    auto stmt = d->db.cached(QStringLiteral("UPDATE records SET deleted_at = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, isoTime(logged->wallMs)).bind(2, id.toString());
    if (Status s = (*stmt)->run(); !s)
        return s;
    if (Status s = d->touch(id, *logged); !s)
        return s;
    if (Status s = d->enqueue(current->type, id, current->fields, *logged, true); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (!d->db.inTransaction())
        Q_EMIT recordsChanged(current->type);
    return {};
}

Status RecordStore::restore(const RecordId &id)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (!current->isTrashed())
        return {};
    Transaction tx(d->db);
    if (!tx.status())
        return tx.status();
    auto logged = d->log.append(current->type, id, ChangeOp::Restore);
    if (!logged)
        return logged.error();
    auto stmt = d->db.cached(QStringLiteral("UPDATE records SET deleted_at = NULL WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id.toString());
    if (Status s = (*stmt)->run(); !s)
        return s;
    if (Status s = d->touch(id, *logged); !s)
        return s;
    if (Status s = d->enqueue(current->type, id, current->fields, *logged, true); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (!d->db.inTransaction())
        Q_EMIT recordsChanged(current->type);
    return {};
}

Status RecordStore::purge(const RecordId &id)
{
    Transaction tx(d->db);
    if (!tx.status())
        return tx.status();
    QList<QPair<QString, RecordId>> purge;
    QList<std::tuple<const RecordTypeDef *, const FieldDef *, RecordId>> clear;
    if (Status s = d->purgeClosure(id, purge, clear); !s)
        return s;
    QSet<QString> types;
    for (const auto &[refDef, refField, referrer] : clear) {
        if (Status s = d->setColumn(*refDef, referrer, *refField, QVariant()); !s)
            return s;
        auto logged = d->log.append(refDef->name, referrer, ChangeOp::Set, refField->name, QJsonValue(QJsonValue::Null));
        if (!logged)
            return logged.error();
        if (Status s = d->touch(referrer, *logged); !s)
            return s;
        if (Status s = d->enqueue(refDef->name, referrer, {}, *logged, false); !s)
            return s;
        types.insert(refDef->name);
    }
    for (const auto &[type, target] : purge) {
        auto logged = d->log.append(type, target, ChangeOp::Purge);
        if (!logged)
            return logged.error();
        {
            // The parent's document loses this part: queue it while the part can still be read.
            QVariantMap fields;
            if (auto record = get(target))
                fields = record->fields;
            if (Status s = d->enqueue(type, target, fields, *logged, false); !s)
                return s;
        }
        auto tomb = d->db.cached(QStringLiteral("INSERT OR REPLACE INTO tombstone (record_id, record_type, hlc, device) VALUES (?, ?, ?, ?)"));
        if (!tomb)
            return tomb.error();
        (*tomb)->bind(1, target.toString()).bind(2, type).bind(3, logged->toString()).bind(4, d->log.deviceId());
        if (Status s = (*tomb)->run(); !s)
            return s;
        auto del = d->db.cached(QStringLiteral("DELETE FROM records WHERE id = ?"));
        if (!del)
            return del.error();
        (*del)->bind(1, target.toString());
        if (Status s = (*del)->run(); !s)
            return s;
        types.insert(type);
    }
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcRecords) << "purged" << purge.size() << "records, cleared" << clear.size() << "references";
    if (!d->db.inTransaction()) {
        for (const QString &t : std::as_const(types))
            Q_EMIT recordsChanged(t);
    }
    return {};
}

Result<QList<Record>> RecordStore::list(const QString &type, const ListQuery &query) const
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    if (!query.sortField.isEmpty() && !def->field(query.sortField) && query.sortField != QLatin1String("created")
        && query.sortField != QLatin1String("modified") && !query.sortField.startsWith(QLatin1String("custom:")))
        return makeError(ErrorCode::Invalid, QObject::tr("A %1 cannot be sorted by “%2”: it has no such field.").arg(def->label.toLower(), query.sortField));
    QVariantList binds;
    auto where = d->where(*def, query, binds);
    if (!where)
        return where.error();
    QString sql = d->selectSql(*def) + *where + d->orderBy(*def, query);
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(std::max(0, query.offset));
    QList<Record> out;
    auto ran = d->bindAndRun(sql, query, *def, binds, [&](Statement &s) -> Status {
        for (;;) {
            auto row = s.step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            auto r = d->readRow(*def, s);
            if (!r)
                return r.error();
            out << std::move(r.value());
        }
    });
    if (!ran)
        return ran.error();
    return out;
}

Result<qint64> RecordStore::count(const QString &type, const ListQuery &query) const
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    QVariantList binds;
    auto where = d->where(*def, query, binds);
    if (!where)
        return where.error();
    const QString sql = QStringLiteral("SELECT count(*) FROM %1 t JOIN records r ON r.id = t.id").arg(def->name) + *where;
    qint64 n = 0;
    auto ran = d->bindAndRun(sql, query, *def, binds, [&](Statement &s) -> Status {
        auto row = s.step();
        if (!row)
            return row.error();
        n = s.integer(0);
        return {};
    });
    if (!ran)
        return ran.error();
    return n;
}

struct RecordScan::State {
    const RecordStore::Private *store = nullptr;
    const RecordTypeDef *def = nullptr;
    Statement statement;
};

RecordScan::RecordScan(std::unique_ptr<State> state)
    : d(std::move(state))
{
}

RecordScan::~RecordScan() = default;

Result<std::optional<Record>> RecordScan::next()
{
    auto row = d->statement.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Record>();
    auto r = d->store->readRow(*d->def, d->statement);
    if (!r)
        return r.error();
    return std::optional<Record>(std::move(r.value()));
}

Result<std::unique_ptr<RecordScan>> RecordStore::scan(const QString &type) const
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    auto stmt = d->db.prepare(d->selectSql(*def) + QStringLiteral("WHERE r.deleted_at IS NULL ORDER BY t.id"));
    if (!stmt)
        return stmt.error();
    auto state = std::unique_ptr<RecordScan::State>(new RecordScan::State{d.get(), def, std::move(stmt.value())});
    return std::unique_ptr<RecordScan>(new RecordScan(std::move(state)));
}

Result<QList<Record>> RecordStore::parts(const RecordId &parent, const QString &partType) const
{
    ListQuery q;
    q.parent = parent;
    q.limit = 0;
    if (parent.isNull())
        return makeError(ErrorCode::Invalid, QObject::tr("Parts need a parent record."));
    return list(partType, q);
}

Result<QList<Record>> RecordStore::trashed(int limit, int offset) const
{
    auto stmt = d->db.prepare(QStringLiteral("SELECT id FROM records WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id LIMIT ? OFFSET ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, qint64(limit)).bind(2, qint64(offset));
    QList<RecordId> ids;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ids << RecordId(stmt->text(0));
    }
    QList<Record> out;
    for (const RecordId &id : std::as_const(ids)) {
        auto r = get(id);
        if (!r)
            return r.error();
        out << std::move(r.value());
    }
    return out;
}

Result<qint64> RecordStore::trashedCount() const
{
    auto v = d->db.scalar(QStringLiteral("SELECT count(*) FROM records WHERE deleted_at IS NOT NULL"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QString> RecordStore::displayName(const RecordId &id) const
{
    auto r = get(id);
    if (!r)
        return r.error();
    const RecordTypeDef *def = RecordTypes::find(r->type);
    const FieldDef *title = def->field(def->titleField);
    QVariant v = r->fields.value(def->titleField);
    if (title && title->type == FieldType::Reference && v.isValid())
        return displayName(RecordId(v.toString()));
    if (title && title->type == FieldType::Reference && !v.isValid()) {
        // A link part with no record named falls back to its free-text name.
        v = r->fields.value(QStringLiteral("name_text"));
    }
    if (!title || !v.isValid()) {
        // A link names what it links to.
        for (const FieldDef &f : def->fields) {
            const QVariant target = r->fields.value(f.name);
            if (f.type == FieldType::Reference && f.name != def->parentField && target.isValid())
                return displayName(RecordId(target.toString()));
        }
        for (const char *fallback : {"name_text", "title", "name", "text", "author_name"}) {
            v = r->fields.value(QString::fromLatin1(fallback));
            if (v.isValid())
                break;
        }
    }
    if (v.isValid()) {
        QString text = v.toString().simplified();
        if (text.size() > 120)
            text = text.left(119) + QChar(0x2026);
        return text;
    }
    return QObject::tr("%1 %2").arg(def->label, id.toString().left(8));
}

Result<QString> RecordStore::typeOf(const RecordId &id) const
{
    return d->typeOf(id);
}

Result<qint64> RecordStore::sampleCount() const
{
    auto v = d->db.scalar(QStringLiteral("SELECT count(*) FROM records WHERE sample = 1"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status RecordStore::removeSamples()
{
    Transaction tx(d->db);
    if (!tx.status())
        return tx.status();
    for (;;) {
        auto v = d->db.scalar(QStringLiteral("SELECT id FROM records WHERE sample = 1 LIMIT 1"));
        if (!v)
            return v.error();
        if (!v->isValid())
            break;
        if (Status s = purge(RecordId(v->toString())); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    for (const RecordTypeDef &t : RecordTypes::all())
        Q_EMIT recordsChanged(t.name);
    return {};
}

void RecordStore::notifyChanged(const QString &type)
{
    Q_EMIT recordsChanged(type);
}

Result<Record> Repository::get(const RecordId &id) const
{
    auto r = m_store.get(id);
    if (r && r->type != m_type)
        return makeError(ErrorCode::NotFound, QObject::tr("Record %1 is a %2, not a %3.").arg(id.toString(), r->type, m_type));
    return r;
}

} // namespace praxis::core
