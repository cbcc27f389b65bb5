#include "history/change_log.h"

#include "model/field_codec.h"
#include "model/record_type.h"
#include "records/record_store.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

namespace praxis::core {

namespace {

// Values are stored as a one-element JSON array so that every JSON value, null included, round-trips.
QString encodeValue(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decodeValue(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().at(0) : QJsonValue(QJsonValue::Null);
}

ChangeOp opFromName(const QString &name)
{
    if (name == QLatin1String("create"))
        return ChangeOp::Create;
    if (name == QLatin1String("trash"))
        return ChangeOp::Trash;
    if (name == QLatin1String("restore"))
        return ChangeOp::Restore;
    if (name == QLatin1String("purge"))
        return ChangeOp::Purge;
    return ChangeOp::Set;
}

const QString kSelect = QStringLiteral("SELECT seq, hlc, device, author, record_type, record_id, op, field, value FROM change_log ");

ChangeEntry readEntry(const Statement &s)
{
    ChangeEntry e;
    e.seq = s.integer(0);
    e.time = HlcTime::fromString(s.text(1)).value_or(HlcTime{});
    e.device = s.text(2);
    e.author = s.text(3);
    e.recordType = s.text(4);
    e.recordId = RecordId(s.text(5));
    e.op = opFromName(s.text(6));
    e.field = s.text(7);
    e.value = decodeValue(s.text(8));
    return e;
}

Result<QList<ChangeEntry>> readAll(Statement &s)
{
    QList<ChangeEntry> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out << readEntry(s);
    }
    return out;
}

} // namespace

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Create: return QStringLiteral("create");
    case ChangeOp::Set: return QStringLiteral("set");
    case ChangeOp::Trash: return QStringLiteral("trash");
    case ChangeOp::Restore: return QStringLiteral("restore");
    case ChangeOp::Purge: return QStringLiteral("purge");
    }
    return {};
}

ChangeLog::ChangeLog(Database &db, HybridClock &clock, QString deviceId, QString author)
    : m_db(db)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_author(std::move(author))
{
}

Result<HlcTime> ChangeLog::append(const QString &recordType, const RecordId &id, ChangeOp op, const QString &field,
                                  const QJsonValue &value)
{
    ChangeEntry entry;
    entry.time = m_clock.now();
    entry.device = m_deviceId;
    entry.author = m_author;
    entry.recordType = recordType;
    entry.recordId = id;
    entry.op = op;
    entry.field = field;
    entry.value = value;
    if (Status s = appendEntry(entry); !s)
        return s.error();
    return entry.time;
}

Status ChangeLog::appendEntry(const ChangeEntry &entry)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Storage, QStringLiteral("change log written outside a transaction"));
    auto stmt = m_db.cached(QStringLiteral(
        "INSERT INTO change_log (hlc, device, author, record_type, record_id, op, field, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, entry.time.toString()).bind(2, entry.device).bind(3, entry.author).bind(4, entry.recordType).bind(5, entry.recordId.toString()).bind(6, changeOpName(entry.op));
    if (entry.field.isEmpty())
        s.bindNull(7);
    else
        s.bind(7, entry.field);
    if (entry.op == ChangeOp::Set || entry.op == ChangeOp::Create)
        s.bind(8, encodeValue(entry.value));
    else
        s.bindNull(8);
    return s.run();
}

Result<bool> ChangeLog::contains(const ChangeEntry &entry) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM change_log WHERE record_id = ? AND hlc = ? AND device = ? AND op = ? AND coalesce(field, '') = coalesce(?, '')"),
                         {entry.recordId.toString(), entry.time.toString(), entry.device, changeOpName(entry.op), entry.field});
    if (!v)
        return v.error();
    return v->isValid();
}

Result<QList<ChangeEntry>> ChangeLog::history(const RecordId &id) const
{
    auto stmt = m_db.prepare(kSelect + QStringLiteral("WHERE record_id = ? ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id.toString());
    return readAll(*stmt);
}

Result<QList<ChangeEntry>> ChangeLog::since(qint64 afterSeq, int limit) const
{
    auto stmt = m_db.prepare(kSelect + QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, afterSeq).bind(2, qint64(limit));
    return readAll(*stmt);
}

Result<qint64> ChangeLog::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<LogCheck> ChangeLog::verify(const RecordStore &store) const
{
    LogCheck check;
    auto total = count();
    if (!total)
        return total.error();
    check.entries = *total;

    // Every stored record must be exactly what its own log entries say, read one record at a time.
    auto ids = m_db.prepare(QStringLiteral("SELECT id FROM records ORDER BY id"));
    if (!ids)
        return ids.error();
    auto entries = m_db.prepare(QStringLiteral("SELECT op, field, value FROM change_log WHERE record_id = ? ORDER BY hlc, device, seq"));
    if (!entries)
        return entries.error();
    for (;;) {
        auto row = ids->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const RecordId id(ids->text(0));
        auto record = store.get(id);
        if (!record) {
            check.problems << QObject::tr("Record %1 cannot be read: %2").arg(id.toString(), record.error().message);
            continue;
        }
        ++check.recordsChecked;
        entries->reset();
        entries->bind(1, id.toString());
        bool created = false;
        bool trashed = false;
        bool sample = false;
        QJsonObject fields;
        for (;;) {
            auto e = entries->step();
            if (!e)
                return e.error();
            if (!e.value())
                break;
            const ChangeOp op = opFromName(entries->text(0));
            if (op == ChangeOp::Create) {
                created = true;
                sample = decodeValue(entries->text(2)).toObject().value(QStringLiteral("sample")).toBool();
            } else if (op == ChangeOp::Set) {
                fields.insert(entries->text(1), decodeValue(entries->text(2)));
            } else if (op == ChangeOp::Trash) {
                trashed = true;
            } else if (op == ChangeOp::Restore) {
                trashed = false;
            }
        }
        const QString label = QStringLiteral("%1 %2").arg(record->type, id.toString());
        if (!created) {
            check.problems << QObject::tr("%1 has no creation entry in the change log").arg(label);
            continue;
        }
        if (trashed != record->isTrashed())
            check.problems << QObject::tr("%1: trash state differs from the change log").arg(label);
        if (sample != record->meta.sample)
            check.problems << QObject::tr("%1: sample mark differs from the change log").arg(label);
        const RecordTypeDef *def = RecordTypes::find(record->type);
        if (!def) {
            check.problems << QObject::tr("%1: unknown record type").arg(label);
            continue;
        }
        for (const FieldDef &f : def->fields) {
            const QJsonValue stored = FieldCodec::toJson(record->fields.value(f.name));
            const QJsonValue logged = fields.value(f.name);
            const bool bothEmpty = stored.isNull() && (logged.isNull() || logged.isUndefined());
            if (!bothEmpty && stored != logged)
                check.problems << QObject::tr("%1: field “%2” differs from the change log").arg(label, f.name);
        }
    }

    // Records the log created and never purged must still exist.
    auto missing = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT record_id FROM change_log c WHERE op = 'create' "
        "AND NOT EXISTS (SELECT 1 FROM records r WHERE r.id = c.record_id) "
        "AND NOT EXISTS (SELECT 1 FROM change_log p WHERE p.record_id = c.record_id AND p.op = 'purge')"));
    if (!missing)
        return missing.error();
    for (;;) {
        auto row = missing->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        check.problems << QObject::tr("Record %1 is in the change log but missing from the library").arg(missing->text(0));
    }
    return check;
}

} // namespace praxis::core
