#include "records/record_store.h"

#include "model/field_codec.h"
#include "records/record_store_private.h"
#include "storage/logging.h"

#include <QDateTime>
#include <QJsonObject>

namespace praxis::core {

using namespace records_detail;

namespace records_detail {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Error notFound(const RecordId &id)
{
    return makeError(ErrorCode::NotFound, QObject::tr("No record has the id %1.").arg(id.toString()));
}

QStringList columnFields(const RecordTypeDef &def)
{
    QStringList out;
    for (const FieldDef &f : def.fields) {
        if (f.type != FieldType::List)
            out << f.name;
    }
    return out;
}

QString metaColumns()
{
    return QStringLiteral("r.created, r.modified, r.created_by, r.modified_by, r.deleted_at, r.sample");
}

} // namespace records_detail

RecordStore::Private::Private(Database &d, ChangeLog &l)
    : db(d)
    , log(l)
    , pipeline(d, l)
    , searchQueue(d)
{
}

RecordId RecordStore::Private::parentOf(const RecordTypeDef &def, const QVariantMap &fields)
{
    if (def.parentField.isEmpty())
        return {};
    const QVariant parent = fields.value(def.parentField);
    return parent.isValid() ? RecordId(parent.toString()) : RecordId();
}

Result<QString> RecordStore::Private::typeOf(const RecordId &id) const
{
    auto type = db.scalar(QStringLiteral("SELECT type FROM records WHERE id = ?"), {id.toString()});
    if (!type)
        return type.error();
    if (!type->isValid())
        return notFound(id);
    return type->toString();
}

Result<Record> RecordStore::Private::get(const RecordId &id) const
{
    auto type = typeOf(id);
    if (!type)
        return type.error();
    const RecordTypeDef *def = RecordTypes::find(*type);
    if (!def)
        return makeError(ErrorCode::Corrupt, QObject::tr("Record %1 has an unknown type “%2”.").arg(id.toString(), *type));
    auto stmt = db.cached(selectSql(*def) + QStringLiteral("WHERE t.id = ?"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, id.toString());
    auto row = s.step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Corrupt, QObject::tr("Record %1 is listed but its %2 data is missing.").arg(id.toString(), *type));
    return readRow(*def, s);
}

Result<Record> RecordStore::Private::readRow(const RecordTypeDef &def, Statement &s) const
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

Status RecordStore::Private::readLists(const RecordTypeDef &def, Record &r) const
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
    if (Status s = (*stmt)->forEach([&lists](const Statement &row) { lists[row.text(0)] << row.text(1); }); !s)
        return s.error();
    for (auto it = lists.cbegin(); it != lists.cend(); ++it)
        r.fields.insert(it.key(), QVariant(it.value()));
    return {};
}

QString RecordStore::Private::selectSql(const RecordTypeDef &def) const
{
    QStringList cols{QStringLiteral("t.id")};
    for (const QString &c : columnFields(def))
        cols << QStringLiteral("t.") + c;
    return QStringLiteral("SELECT %1, %2 FROM %3 t JOIN records r ON r.id = t.id ").arg(cols.join(QStringLiteral(", ")), metaColumns(), def.name);
}

Status RecordStore::Private::insertRecord(const RecordTypeDef &def, const RecordId &id, const QVariantMap &fields, const QString &created,
                                          const QString &createdBy, bool sample)
{
    {
        auto stmt = db.cached(QStringLiteral(
            "INSERT INTO records (id, type, created, modified, created_by, modified_by, sample) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, id.toString()).bind(2, def.name).bind(3, created).bind(4, created).bind(5, createdBy).bind(6, createdBy).bind(7, qint64(sample ? 1 : 0));
        if (Status s = (*stmt)->run(); !s)
            return s;
    }
    const QStringList columns = columnFields(def);
    QStringList names{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    for (const QString &c : columns) {
        names << c;
        marks << QStringLiteral("?");
    }
    auto stmt = db.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(def.name, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id.toString());
    int i = 2;
    for (const QString &c : columns) {
        const FieldDef *f = def.field(c);
        (*stmt)->bindVariant(i++, FieldCodec::toSql(*f, FieldCodec::normalise(*f, fields.value(c))));
    }
    if (Status s = (*stmt)->run(); !s)
        return s;
    for (const FieldDef &f : def.fields) {
        const QVariant v = FieldCodec::normalise(f, fields.value(f.name));
        if (v.isValid() && f.type == FieldType::List) {
            if (Status s = writeList(id, f.name, v); !s)
                return s;
        }
    }
    return {};
}

Status RecordStore::Private::writeList(const RecordId &id, const QString &field, const QVariant &value)
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

Status RecordStore::Private::setColumn(const RecordTypeDef &def, const RecordId &id, const FieldDef &f, const QVariant &value)
{
    if (f.type == FieldType::List)
        return writeList(id, f.name, value);
    auto stmt = db.cached(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(def.name, f.name));
    if (!stmt)
        return stmt.error();
    (*stmt)->bindVariant(1, FieldCodec::toSql(f, value)).bind(2, id.toString());
    return (*stmt)->run();
}

Status RecordStore::Private::setTrashed(const RecordId &id, const QString &deletedAt)
{
    auto stmt = db.cached(QStringLiteral("UPDATE records SET deleted_at = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    if (deletedAt.isEmpty())
        (*stmt)->bindNull(1);
    else
        (*stmt)->bind(1, deletedAt);
    (*stmt)->bind(2, id.toString());
    return (*stmt)->run();
}

Status RecordStore::Private::touch(const RecordId &id, const HlcTime &time, const QString &by)
{
    auto stmt = db.cached(QStringLiteral("UPDATE records SET modified = ?, modified_by = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, isoTime(time.wallMs)).bind(2, by).bind(3, id.toString());
    return (*stmt)->run();
}

RecordStore::RecordStore(Database &db, ChangeLog &log, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(db, log))
{
    d->pipeline.addHook(d->searchQueue.hook());
    d->pipeline.setTypeResolver([this](const RecordId &id) { return d->typeOf(id).value_or(QString()); });
    d->pipeline.setNotifier([this](const QStringList &types) {
        for (const QString &t : types)
            Q_EMIT recordsChanged(t);
    });
}

RecordStore::~RecordStore() = default;

WritePipeline &RecordStore::pipeline()
{
    return d->pipeline;
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

    WriteScope write = d->pipeline.begin();
    if (!write.status())
        return write.status().error();
    if (!options.id.isNull() && d->typeOf(options.id).ok())
        return makeError(ErrorCode::Invalid, QObject::tr("A record with the id %1 already exists.").arg(options.id.toString()));

    const RecordId id = options.id.isNull() ? RecordId::generate(d->log.clock().wallMs()) : options.id;
    const RecordId parent = Private::parentOf(*def, fields);
    Change created{type, id, ChangeOp::Create, {}, {}, options.sample};
    created.time = d->pipeline.now();
    created.parent = parent;
    if (Status s = d->insertRecord(*def, id, fields, isoTime(created.time.wallMs), d->who(), options.sample); !s)
        return s.error();
    if (auto logged = d->pipeline.record(created); !logged)
        return logged.error();
    for (const FieldDef &f : def->fields) {
        const QVariant v = FieldCodec::normalise(f, fields.value(f.name));
        if (!v.isValid())
            continue;
        Change set{type, id, ChangeOp::Set, f.name, {}, v};
        set.parent = parent;
        if (auto logged = d->pipeline.record(set); !logged)
            return logged.error();
    }
    if (Status s = write.commit(); !s)
        return s.error();
    return id;
}

Result<Record> RecordStore::get(const RecordId &id) const
{
    return d->get(id);
}

Status RecordStore::update(const RecordId &id, const QVariantMap &changes)
{
    auto current = get(id);
    if (!current)
        return current.error();
    const RecordTypeDef *def = RecordTypes::find(current->type);
    if (Status s = validate(current->type, changes, false); !s)
        return s;

    WriteScope write = d->pipeline.begin();
    if (!write.status())
        return write.status();
    bool changed = false;
    HlcTime last;
    RecordId parent = Private::parentOf(*def, current->fields);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const FieldDef *f = def->field(it.key());
        const QVariant v = FieldCodec::normalise(*f, it.value());
        const QVariant before = current->fields.value(f->name);
        if (v == before)
            continue;
        if (Status s = d->setColumn(*def, id, *f, v); !s)
            return s;
        if (f->name == def->parentField)
            parent = v.isValid() ? RecordId(v.toString()) : RecordId();
        Change set{def->name, id, ChangeOp::Set, f->name, before, v};
        set.parent = parent;
        auto logged = d->pipeline.record(set);
        if (!logged)
            return logged.error();
        last = *logged;
        changed = true;
    }
    if (!changed)
        return {};
    if (Status s = d->touch(id, last, d->who()); !s)
        return s;
    return write.commit();
}

Status RecordStore::trash(const RecordId &id)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (current->isTrashed())
        return {};
    WriteScope write = d->pipeline.begin();
    if (!write.status())
        return write.status();
    Change change{current->type, id, ChangeOp::Trash};
    change.parent = Private::parentOf(*RecordTypes::find(current->type), current->fields);
    auto logged = d->pipeline.record(change);
    if (!logged)
        return logged.error();
    if (Status s = d->setTrashed(id, isoTime(logged->wallMs)); !s)
        return s;
    if (Status s = d->touch(id, *logged, d->who()); !s)
        return s;
    return write.commit();
}

Status RecordStore::restore(const RecordId &id)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (!current->isTrashed())
        return {};
    WriteScope write = d->pipeline.begin();
    if (!write.status())
        return write.status();
    Change change{current->type, id, ChangeOp::Restore};
    change.parent = Private::parentOf(*RecordTypes::find(current->type), current->fields);
    auto logged = d->pipeline.record(change);
    if (!logged)
        return logged.error();
    if (Status s = d->setTrashed(id, {}); !s)
        return s;
    if (Status s = d->touch(id, *logged, d->who()); !s)
        return s;
    return write.commit();
}

Status RecordStore::purge(const RecordId &id)
{
    WriteScope write = d->pipeline.begin();
    if (!write.status())
        return write.status();
    if (Status s = d->purge(id, nullptr); !s)
        return s;
    return write.commit();
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
    WriteScope write = d->pipeline.begin();
    if (!write.status())
        return write.status();
    for (;;) {
        auto v = d->db.scalar(QStringLiteral("SELECT id FROM records WHERE sample = 1 LIMIT 1"));
        if (!v)
            return v.error();
        if (!v->isValid())
            break;
        if (Status s = d->purge(RecordId(v->toString()), nullptr); !s)
            return s;
    }
    return write.commit();
}

Result<Record> Repository::get(const RecordId &id) const
{
    auto r = m_store.get(id);
    if (r && r->type != m_type)
        return makeError(ErrorCode::NotFound, QObject::tr("Record %1 is a %2, not a %3.").arg(id.toString(), r->type, m_type));
    return r;
}

} // namespace praxis::core
