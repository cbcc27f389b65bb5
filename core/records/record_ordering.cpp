// Ordering and listing: sort orders, filters, paging, scans, parts and the trash.

#include "records/record_store_private.h"

namespace praxis::core {

using namespace records_detail;

QString RecordStore::Private::orderBy(const RecordTypeDef &def, const ListQuery &q) const
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
            expr = QStringLiteral(
                "(SELECT value FROM field_value fv WHERE fv.record_id = t.id AND fv.field = '%1' AND fv.position = 0) COLLATE NOCASE")
                       .arg(f->name);
            break;
        case FieldType::Reference:
            if (f->refTypes.size() == 1) {
                const RecordTypeDef *target = RecordTypes::find(f->refTypes.first());
                expr = QStringLiteral("(SELECT x.%1 FROM %2 x WHERE x.id = t.%3) COLLATE NOCASE")
                           .arg(target->titleField, target->name, f->name);
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

Result<QString> RecordStore::Private::where(const RecordTypeDef &def, const ListQuery &q, QVariantList &binds) const
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

Status RecordStore::Private::bindAndRun(const QString &sql, const ListQuery &q, const RecordTypeDef &def, const QVariantList &binds,
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

Result<QList<Record>> RecordStore::list(const QString &type, const ListQuery &query) const
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    if (!query.sortField.isEmpty() && !def->field(query.sortField) && query.sortField != QLatin1String("created")
        && query.sortField != QLatin1String("modified") && !query.sortField.startsWith(QLatin1String("custom:")))
        return makeError(ErrorCode::Invalid,
            QObject::tr("A %1 cannot be sorted by “%2”: it has no such field.").arg(def->label.toLower(), query.sortField));
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
    auto state = std::unique_ptr<RecordScan::State>(new RecordScan::State {d.get(), def, std::move(stmt.value())});
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
    auto stmt = d->db.prepare(
        QStringLiteral("SELECT id FROM records WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id LIMIT ? OFFSET ?"));
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

} // namespace praxis::core
