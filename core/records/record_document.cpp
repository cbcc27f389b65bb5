#include "records/record_document.h"

#include "records/write_pipeline.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSet>

namespace praxis::core {

namespace {

const QString kType = QStringLiteral("type");
const QString kKey = QStringLiteral("key");
const QString kParts = QStringLiteral("parts");
const QString kRecords = QStringLiteral("records");

class Writer {
public:
    Writer(RecordStore &store, const CreateOptions &options) : m_store(store), m_options(options) {}

    DocumentSummary summary;

    Status write(const QJsonObject &object, const QString &type, const QString &where, const RecordId &parent = {},
                 const RecordTypeDef *parentDef = nullptr, int position = -1)
    {
        const RecordTypeDef *def = RecordTypes::find(type);
        if (!def)
            return makeError(ErrorCode::Invalid, QObject::tr("%1: “%2” is not a record type.").arg(where, type));
        QJsonObject fieldsJson = object;
        fieldsJson.remove(kType);
        fieldsJson.remove(kKey);
        fieldsJson.remove(kParts);
        if (!parent.isNull()) {
            if (def->parentField.isEmpty() || !def->field(def->parentField)->refTypes.contains(parentDef->name))
                return makeError(ErrorCode::Invalid, QObject::tr("%1: a %2 cannot be a part of a %3.").arg(where, def->label.toLower(), parentDef->label.toLower()));
            fieldsJson.insert(def->parentField, parent.toString());
            if (!def->orderField.isEmpty() && !fieldsJson.contains(def->orderField))
                fieldsJson.insert(def->orderField, position);
        }
        // "@key" names a record written earlier in this document.
        for (const FieldDef &f : def->fields) {
            if (f.type != FieldType::Reference || !fieldsJson.value(f.name).isString())
                continue;
            const QString value = fieldsJson.value(f.name).toString();
            if (!value.startsWith(QLatin1Char('@')))
                continue;
            const auto it = summary.keys.constFind(value.mid(1));
            if (it == summary.keys.cend())
                return makeError(ErrorCode::Reference, QObject::tr("%1: field “%2” names %3, but no earlier record has that key.").arg(where, f.name, value));
            fieldsJson.insert(f.name, it->toString());
        }
        auto fields = m_store.fieldsFromJson(type, fieldsJson);
        if (!fields)
            return makeError(fields.error().code, QStringLiteral("%1: %2").arg(where, fields.error().message));
        auto id = m_store.create(type, *fields, m_options);
        if (!id)
            return makeError(id.error().code, QStringLiteral("%1: %2").arg(where, id.error().message));
        summary.created << *id;
        if (object.contains(kKey)) {
            const QString key = object.value(kKey).toString();
            if (key.isEmpty() || summary.keys.contains(key))
                return makeError(ErrorCode::Invalid, QObject::tr("%1: the key “%2” is empty or used twice.").arg(where, key));
            summary.keys.insert(key, *id);
        }
        const QJsonValue parts = object.value(kParts);
        if (parts.isUndefined())
            return {};
        if (!parts.isObject())
            return makeError(ErrorCode::Invalid, QObject::tr("%1: “parts” must be an object of part type → list.").arg(where));
        const QJsonObject partsObject = parts.toObject();
        // Parts are written in the model's order (weeks before threads, sessions before participants),
        // so a part can name by key a part of another kind that it refers to.
        QStringList order;
        for (const RecordTypeDef *partType : RecordTypes::partsOf(type))
            order << partType->name;
        for (auto it = partsObject.constBegin(); it != partsObject.constEnd(); ++it) {
            if (!order.contains(it.key()))
                order << it.key(); // refused below with a message naming it
        }
        for (const QString &partName : std::as_const(order)) {
            const auto it = partsObject.constFind(partName);
            if (it == partsObject.constEnd())
                continue;
            if (!it.value().isArray())
                return makeError(ErrorCode::Invalid, QObject::tr("%1: parts “%2” must be a list.").arg(where, it.key()));
            const QJsonArray list = it.value().toArray();
            for (int i = 0; i < list.size(); ++i) {
                if (!list.at(i).isObject())
                    return makeError(ErrorCode::Invalid, QObject::tr("%1: part %2 of “%3” is not an object.").arg(where).arg(i + 1).arg(it.key()));
                const QString partWhere = QStringLiteral("%1 › %2 %3").arg(where, it.key()).arg(i + 1);
                if (Status s = write(list.at(i).toObject(), it.key(), partWhere, *id, def, i + 1); !s)
                    return s;
            }
        }
        return {};
    }

private:
    RecordStore &m_store;
    const CreateOptions &m_options;
};

} // namespace

Result<DocumentSummary> RecordDocument::write(const QJsonObject &document, const QString &type, const CreateOptions &options)
{
    Writer writer(m_store, options);
    WriteScope tx = m_store.pipeline().begin();
    if (!tx.status())
        return tx.status().error();
    if (document.contains(kRecords)) {
        if (!document.value(kRecords).isArray())
            return makeError(ErrorCode::Invalid, QObject::tr("“records” must be a list of records."));
        const QJsonArray records = document.value(kRecords).toArray();
        for (int i = 0; i < records.size(); ++i) {
            if (!records.at(i).isObject())
                return makeError(ErrorCode::Invalid, QObject::tr("Record %1 is not a JSON object.").arg(i + 1));
            const QJsonObject object = records.at(i).toObject();
            const QString t = object.value(kType).toString(type);
            if (t.isEmpty())
                return makeError(ErrorCode::Invalid, QObject::tr("Record %1 does not say its “type”.").arg(i + 1));
            if (Status s = writer.write(object, t, QObject::tr("Record %1 (%2)").arg(i + 1).arg(t)); !s)
                return s.error();
        }
    } else {
        const QString t = type.isEmpty() ? document.value(kType).toString() : type;
        if (t.isEmpty())
            return makeError(ErrorCode::Invalid, QObject::tr("The record does not say its “type”."));
        if (!type.isEmpty() && document.contains(kType) && document.value(kType).toString() != type)
            return makeError(ErrorCode::Invalid, QObject::tr("The record says it is a “%1”, not a “%2”.").arg(document.value(kType).toString(), type));
        if (Status s = writer.write(document, t, t); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return writer.summary;
}

} // namespace praxis::core
