#include "records/write_pipeline.h"

#include "model/field_codec.h"
#include "storage/database.h"

#include <QJsonObject>

namespace praxis::core {

WriteScope::WriteScope(WritePipeline &pipeline)
    : m_pipeline(pipeline)
    , m_tx(std::make_unique<Transaction>(pipeline.m_db))
    , m_begin(m_tx->status())
{
    if (m_begin)
        m_pipeline.opened();
    else
        m_done = true;
}

WriteScope::~WriteScope()
{
    if (!m_done)
        rollback();
}

Status WriteScope::commit()
{
    if (m_done)
        return m_begin ? Status(makeError(ErrorCode::Storage, QStringLiteral("write already finished"))) : m_begin;
    m_done = true;
    if (Status s = m_tx->commit(); !s) {
        m_pipeline.rolledBack();
        return s;
    }
    m_pipeline.committed();
    return {};
}

void WriteScope::rollback()
{
    if (m_done)
        return;
    m_done = true;
    m_tx->rollback();
    m_pipeline.rolledBack();
}

WritePipeline::WritePipeline(Database &db, ChangeLog &log)
    : m_db(db)
    , m_log(log)
{
}

WritePipeline::~WritePipeline() = default;

WriteScope WritePipeline::begin()
{
    return WriteScope(*this);
}

HlcTime WritePipeline::now()
{
    return m_log.clock().now();
}

Result<HlcTime> WritePipeline::record(Change change)
{
    if (!inWrite())
        return makeError(ErrorCode::Storage, QStringLiteral("record written outside the write pipeline"));
    if (change.origin == ChangeOrigin::Local) {
        change.device = m_log.deviceId();
        change.author = m_log.author();
        if (change.time == HlcTime {})
            change.time = m_log.clock().now();
    } else {
        m_log.clock().receive(change.time);
    }
    ChangeEntry entry;
    entry.time = change.time;
    entry.device = change.device;
    entry.author = change.author;
    entry.recordType = change.recordType;
    entry.recordId = change.recordId;
    entry.op = change.op;
    entry.field = change.field;
    if (change.op == ChangeOp::Set)
        entry.value = FieldCodec::toJson(change.newValue);
    else if (change.op == ChangeOp::Create)
        entry.value = QJsonObject {{QStringLiteral("sample"), change.newValue.toBool()}};
    if (Status s = m_log.appendEntry(entry); !s)
        return s.error();
    if (Status s = announce(change); !s)
        return s.error();
    return change.time;
}

Result<bool> WritePipeline::receive(const ChangeEntry &entry)
{
    if (!inWrite())
        return makeError(ErrorCode::Storage, QStringLiteral("change received outside the write pipeline"));
    auto known = m_log.contains(entry);
    if (!known)
        return known.error();
    if (*known)
        return false;
    m_log.clock().receive(entry.time);
    if (Status s = m_log.appendEntry(entry); !s)
        return s.error();
    return true;
}

Status WritePipeline::announce(const Change &change)
{
    for (const auto &[id, hook] : std::as_const(m_hooks)) {
        if (Status s = hook.apply(change); !s)
            return s;
    }
    collect(change);
    return {};
}

int WritePipeline::addHook(WriteHook hook)
{
    const int id = m_nextHook++;
    m_hooks.append({id, std::move(hook)});
    return id;
}

void WritePipeline::removeHook(int id)
{
    m_hooks.removeIf([id](const auto &h) { return h.first == id; });
}

void WritePipeline::collect(const Change &change)
{
    if (m_frames.isEmpty())
        return;
    Frame &frame = m_frames.last();
    frame.add(change.recordType);
    if (!change.parent.isNull() && m_typeOf) {
        const QString key = change.parent.toString();
        auto it = m_parentTypes.constFind(key);
        if (it == m_parentTypes.cend())
            it = m_parentTypes.insert(key, m_typeOf(change.parent));
        frame.add(*it);
    }
}

void WritePipeline::opened()
{
    m_frames.append(Frame {});
}

void WritePipeline::committed()
{
    Frame frame = m_frames.takeLast();
    Frame &into = m_frames.isEmpty() ? m_pending : m_frames.last();
    for (const QString &t : std::as_const(frame.types))
        into.add(t);
    if (!m_frames.isEmpty())
        return;
    writeEnded();
    // Inside a transaction opened around the pipeline: only its commit makes the change real.
    if (m_db.inTransaction() || m_pending.types.isEmpty())
        return;
    const QStringList types = std::exchange(m_pending, Frame {}).types;
    if (m_notifier)
        m_notifier(types);
}

void WritePipeline::rolledBack()
{
    m_frames.removeLast();
    writeEnded();
}

void WritePipeline::writeEnded()
{
    m_parentTypes.clear();
    for (const auto &[id, hook] : std::as_const(m_hooks)) {
        if (hook.writeEnded)
            hook.writeEnded();
    }
}

} // namespace praxis::core
