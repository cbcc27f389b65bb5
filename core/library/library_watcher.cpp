#include "library/library_watcher.h"

#include "model/record_type.h"
#include "storage/database.h"
#include "storage/logging.h"

#include <QTimer>

namespace praxis::core {

namespace {

Result<qint64> dataVersion(Database &db)
{
    auto v = db.scalar(QStringLiteral("PRAGMA data_version"), QVariantList());
    if (!v)
        return v.error();
    return v->toLongLong();
}

// The types a change to records of `changed` is announced for: those, and for a part or link the types it
// can belong to (every main type when its parent may be of any type), as the record store announces its own.
QStringList announcedTypes(const QStringList &changed)
{
    QStringList types;
    auto add = [&types](const QString &type) {
        if (!types.contains(type))
            types << type;
    };
    for (const QString &type : changed) {
        add(type);
        const RecordTypeDef *def = RecordTypes::find(type);
        if (!def || def->role == RecordRole::Main || def->parentField.isEmpty())
            continue;
        const FieldDef *parent = def->field(def->parentField);
        if (parent && !parent->refTypes.isEmpty()) {
            for (const QString &owner : parent->refTypes)
                add(owner);
        } else {
            for (const RecordTypeDef &t : RecordTypes::all())
                if (t.role == RecordRole::Main)
                    add(t.name);
        }
    }
    return types;
}

} // namespace

LibraryWatcher::LibraryWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        auto seen = poll();
        if (!seen && !m_failed)
            qCWarning(lcLibrary) << "watching the library for other programs' changes:" << seen.error().message;
        m_failed = !seen;
    });
}

LibraryWatcher::~LibraryWatcher() = default;

Status LibraryWatcher::remember()
{
    Database &db = m_db;
    auto version = dataVersion(db);
    if (!version)
        return version.error();
    auto seq = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!seq)
        return seq.error();
    m_dataVersion = *version;
    m_lastSeq = seq->toLongLong();
    return {};
}

void LibraryWatcher::start(int intervalMs)
{
    if (Status s = remember(); !s)
        qCWarning(lcLibrary) << "watching the library for other programs' changes:" << s.error().message;
    m_timer->start(intervalMs);
}

void LibraryWatcher::stop()
{
    m_timer->stop();
}

bool LibraryWatcher::isWatching() const
{
    return m_timer->isActive();
}

Result<QStringList> LibraryWatcher::poll()
{
    Database &db = m_db;
    // A transaction of this connection's own sees its own snapshot; look again once it has ended.
    if (db.inTransaction())
        return QStringList();
    if (m_dataVersion < 0) {
        if (Status s = remember(); !s)
            return s.error();
        return QStringList();
    }
    auto version = dataVersion(db);
    if (!version)
        return version.error();
    if (*version == m_dataVersion)
        return QStringList();
    auto entries = db.cached(QStringLiteral("SELECT max(seq), record_type FROM change_log WHERE seq > ? GROUP BY record_type"));
    if (!entries)
        return entries.error();
    (*entries)->bind(1, m_lastSeq);
    QStringList types;
    qint64 last = m_lastSeq;
    Status read = (*entries)->forEach([&](const Statement &row) {
        last = std::max(last, row.integer(0));
        types << row.text(1);
    });
    if (!read)
        return read.error(); // the version stays as it was: the next look tries again
    // The version was taken before the log was read, so a commit landing between the two is seen again
    // on the next look rather than missed.
    m_dataVersion = *version;
    if (types.isEmpty())
        return types; // another connection wrote something other than records (the search queue, a backup mark)
    m_lastSeq = last;
    types.sort();
    types = announcedTypes(types);
    qCDebug(lcLibrary) << "changed elsewhere:" << types << "up to change" << last;
    for (const QString &type : std::as_const(types))
        Q_EMIT recordsChanged(type);
    Q_EMIT changedElsewhere(types);
    return types;
}

} // namespace praxis::core
