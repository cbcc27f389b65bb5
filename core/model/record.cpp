#include "model/record.h"

#include "model/field_codec.h"
#include "model/record_type.h"

namespace praxis::core {

QJsonObject Record::toJson(bool withMeta) const
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), id.toString());
    out.insert(QStringLiteral("type"), type);
    if (const RecordTypeDef *def = RecordTypes::find(type)) {
        for (const FieldDef &f : def->fields) {
            const QVariant v = fields.value(f.name);
            if (v.isValid())
                out.insert(f.name, FieldCodec::toJson(v));
        }
    }
    if (withMeta) {
        QJsonObject m;
        m.insert(QStringLiteral("created"), meta.created);
        m.insert(QStringLiteral("modified"), meta.modified);
        m.insert(QStringLiteral("created_by"), meta.createdBy);
        m.insert(QStringLiteral("modified_by"), meta.modifiedBy);
        if (!meta.deletedAt.isEmpty())
            m.insert(QStringLiteral("trashed"), meta.deletedAt);
        if (meta.sample)
            m.insert(QStringLiteral("sample"), true);
        out.insert(QStringLiteral("_meta"), m);
    }
    return out;
}

} // namespace praxis::core
