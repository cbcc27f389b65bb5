// Validation: fields checked against their record type before anything is written.

#include "model/field_codec.h"
#include "records/record_store_private.h"

#include <QJsonObject>

namespace praxis::core {

using namespace records_detail;

namespace records_detail {

Error unknownType(const QString &type)
{
    return makeError(ErrorCode::Invalid, QObject::tr("“%1” is not a record type. Known types: %2.").arg(type, [] {
        QStringList names;
        for (const RecordTypeDef &t : RecordTypes::all())
            names << t.name;
        return names.join(QStringLiteral(", "));
    }()));
}

Error noSuchField(const RecordTypeDef &def, const QString &field)
{
    QStringList known;
    for (const FieldDef &k : def.fields)
        known << k.name;
    return makeError(ErrorCode::Invalid,
        QObject::tr("A %1 has no field “%2”. Its fields are: %3.").arg(def.label.toLower(), field, known.join(QStringLiteral(", "))));
}

} // namespace records_detail

Status RecordStore::Private::checkReference(const QString &typeLabel, const FieldDef &f, const QString &target) const
{
    auto type = typeOf(RecordId(target));
    if (!type) {
        if (type.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::Reference, QObject::tr("%1 field “%2”: no record has the id %3.").arg(typeLabel, f.name, target));
        return type.error();
    }
    if (!f.refTypes.isEmpty() && !f.refTypes.contains(*type))
        return makeError(ErrorCode::Reference,
            QObject::tr("%1 field “%2” must refer to a %3, but %4 is a %5.")
                .arg(typeLabel, f.name, f.refTypes.join(QObject::tr(" or ")), target, *type));
    return {};
}

Status RecordStore::validate(const QString &type, const QVariantMap &fields, bool forCreate) const
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return unknownType(type);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldDef *f = def->field(it.key());
        if (!f)
            return noSuchField(*def, it.key());
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
                return makeError(
                    ErrorCode::Invalid, QObject::tr("A %1 needs a value for “%2” (%3).").arg(def->label.toLower(), f.name, f.label));
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
        if (!f)
            return noSuchField(*def, it.key());
        auto v = FieldCodec::fromJson(def->label, *f, it.value());
        if (!v)
            return v.error();
        out.insert(f->name, *v);
    }
    return out;
}

} // namespace praxis::core
