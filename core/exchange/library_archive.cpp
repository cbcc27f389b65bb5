#include "exchange/library_archive.h"

#include "model/record_type.h"
#include "records/record_store.h"
#include "records/write_pipeline.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace praxis::core {

Result<QByteArray> LibraryArchive::write(const std::atomic_bool *cancel, const std::function<void(qint64, qint64)> &progress)
{
    auto total = m_db.scalar(QStringLiteral("SELECT count(*) FROM records"));
    if (!total)
        return total.error();
    QJsonArray records;
    qint64 done = 0;
    for (const RecordTypeDef &type : RecordTypes::all()) {
        constexpr int kPage = 1000;
        for (int offset = 0;; offset += kPage) {
            if (cancel && cancel->load())
                return makeError(ErrorCode::Cancelled, QObject::tr("The export was stopped; no file was written."));
            ListQuery q;
            q.trash = TrashFilter::All;
            q.limit = kPage;
            q.offset = offset;
            q.sortField = QStringLiteral("created");
            auto page = m_store.list(type.name, q);
            if (!page)
                return page.error();
            for (const Record &r : *page)
                records.append(r.toJson(true));
            done += page->size();
            if (progress)
                progress(done, total->toLongLong());
            if (page->size() < kPage)
                break;
        }
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("praxis-library")},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("records"), records}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<qint64> LibraryArchive::read(const QByteArray &json, const std::atomic_bool *cancel, const std::function<void(qint64, qint64)> &progress)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid, QObject::tr("This is not a readable Praxis library file: line %1: %2. Nothing was imported.")
                                                 .arg(json.left(parseError.offset).count('\n') + 1)
                                                 .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("praxis-library"))
        return makeError(ErrorCode::Invalid, QObject::tr("This is not a Praxis library file (it has no “format”: “praxis-library”). Nothing was imported."));
    if (root.value(QStringLiteral("version")).toInt() > kVersion)
        return makeError(ErrorCode::NewerSchema, QObject::tr("This library file was written by a newer Praxis (version %1). Nothing was imported.")
                                                     .arg(root.value(QStringLiteral("version")).toInt()));
    auto existing = m_db.scalar(QStringLiteral("SELECT count(*) FROM records"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return makeError(ErrorCode::Invalid, QObject::tr("A whole-library file goes into a new, empty library; this one already holds %1 records. "
                                                         "Nothing was imported.")
                                                 .arg(existing->toLongLong()));

    struct Pending {
        QString type;
        RecordId id;
        QVariantMap fields;
        bool sample = false;
        QString trashed;
    };
    QList<Pending> pending;
    const QJsonArray records = root.value(QStringLiteral("records")).toArray();
    for (const QJsonValue &v : records) {
        QJsonObject o = v.toObject();
        Pending p;
        p.type = o.take(QStringLiteral("type")).toString();
        p.id = RecordId(o.take(QStringLiteral("id")).toString());
        const QJsonObject meta = o.take(QStringLiteral("_meta")).toObject();
        p.sample = meta.value(QStringLiteral("sample")).toBool();
        p.trashed = meta.value(QStringLiteral("trashed")).toString();
        auto fields = m_store.fieldsFromJson(p.type, o);
        if (!fields)
            return makeError(ErrorCode::Invalid, QObject::tr("Record %1: %2 Nothing was imported.").arg(p.id.toString(), fields.error().message));
        p.fields = *fields;
        pending.append(p);
    }

    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status())
        return tx.status().error();
    // References need their targets first; the file's order need not give that, so what cannot be
    // written yet waits for the next round.
    qint64 done = 0;
    const qint64 total = pending.size();
    while (!pending.isEmpty()) {
        QList<Pending> waiting;
        Error lastError;
        for (const Pending &p : std::as_const(pending)) {
            if (cancel && cancel->load())
                return makeError(ErrorCode::Cancelled, QObject::tr("The import was stopped; nothing was imported."));
            WriteScope attempt = m_store.pipeline().begin();
            CreateOptions options;
            options.id = p.id;
            options.sample = p.sample;
            auto id = m_store.create(p.type, p.fields, options);
            if (!id) {
                if (id.error().code != ErrorCode::Reference)
                    return makeError(id.error().code, QObject::tr("Record %1: %2 Nothing was imported.").arg(p.id.toString(), id.error().message));
                attempt.rollback();
                lastError = id.error();
                waiting.append(p);
                continue;
            }
            if (Status s = attempt.commit(); !s)
                return s.error();
            if (progress && ++done % 500 == 0)
                progress(done, total);
        }
        if (waiting.size() == pending.size())
            return makeError(ErrorCode::Reference, QObject::tr("Record %1: %2 Nothing was imported.").arg(waiting.first().id.toString(), lastError.message));
        pending = waiting;
    }
    // Trash state: owners first, so their parts follow them as they would have.
    QList<Pending> trashed;
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        const QString when = o.value(QStringLiteral("_meta")).toObject().value(QStringLiteral("trashed")).toString();
        if (!when.isEmpty())
            trashed.append({o.value(QStringLiteral("type")).toString(), RecordId(o.value(QStringLiteral("id")).toString()), {}, false, when});
    }
    std::stable_sort(trashed.begin(), trashed.end(), [](const Pending &a, const Pending &b) {
        const auto role = [](const QString &t) { return int(RecordTypes::find(t)->role); };
        return role(a.type) < role(b.type);
    });
    for (const Pending &t : std::as_const(trashed)) {
        auto now = m_store.get(t.id);
        if (!now)
            return now.error();
        if (now->isTrashed())
            continue;
        if (Status s = m_store.trash(t.id); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(total, total);
    return total;
}

} // namespace praxis::core
