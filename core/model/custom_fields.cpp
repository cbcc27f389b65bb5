#include "model/custom_fields.h"

#include "model/field_codec.h"
#include "records/record_store.h"

#include <QObject>

namespace praxis::core {

FieldDef CustomFieldDef::asField() const
{
    FieldDef f;
    f.name = QStringLiteral("custom:") + name;
    f.label = label.isEmpty() ? name : label;
    // A custom field's kind as the model's field types know it; anything else is text.
    static const QHash<QString, FieldType> types{
        {QStringLiteral("long_text"), FieldType::LongText}, {QStringLiteral("number"), FieldType::Real},
        {QStringLiteral("date"), FieldType::Date},          {QStringLiteral("choice"), FieldType::Choice},
        {QStringLiteral("multi_choice"), FieldType::List},  {QStringLiteral("boolean"), FieldType::Boolean},
        {QStringLiteral("url"), FieldType::Url},
    };
    f.type = types.value(fieldType, FieldType::Text);
    f.choices = choices;
    return f;
}

Result<QList<CustomFieldDef>> CustomFields::definitions(const QString &recordType) const
{
    ListQuery q;
    q.limit = 0;
    q.sortField = QStringLiteral("position");
    auto records = m_store.list(QStringLiteral("custom_field"), q);
    if (!records)
        return records.error();
    QList<CustomFieldDef> out;
    for (const Record &r : *records) {
        if (r.value(QStringLiteral("record_type")).toString() != recordType)
            continue;
        out.append({r.id, recordType, r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("label")).toString(),
                    r.value(QStringLiteral("field_type")).toString(), r.value(QStringLiteral("choices")).toStringList()});
    }
    return out;
}

Result<QHash<QString, QVariant>> CustomFields::values(const RecordId &record) const
{
    auto parts = m_store.parts(record, QStringLiteral("custom_value"));
    if (!parts)
        return parts.error();
    QHash<QString, CustomFieldDef> defs;
    QHash<QString, QVariant> out;
    for (const Record &v : *parts) {
        const QString fieldId = v.value(QStringLiteral("field_id")).toString();
        auto field = m_store.get(RecordId(fieldId));
        if (!field || field->isTrashed())
            continue;
        const CustomFieldDef def{field->id, field->value(QStringLiteral("record_type")).toString(), field->value(QStringLiteral("name")).toString(),
                                 field->value(QStringLiteral("label")).toString(), field->value(QStringLiteral("field_type")).toString(),
                                 field->value(QStringLiteral("choices")).toStringList()};
        out.insert(fieldId, fromText(def, v.value(QStringLiteral("value")).toString()));
    }
    return out;
}

QString CustomFields::toText(const CustomFieldDef &field, const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (field.fieldType == QLatin1String("multi_choice"))
        return value.toStringList().join(QStringLiteral("; "));
    if (field.fieldType == QLatin1String("boolean"))
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (field.fieldType == QLatin1String("number")) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    return value.toString();
}

QVariant CustomFields::fromText(const CustomFieldDef &field, const QString &text)
{
    if (text.isEmpty())
        return {};
    if (field.fieldType == QLatin1String("multi_choice"))
        return text.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    if (field.fieldType == QLatin1String("boolean"))
        return text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1");
    if (field.fieldType == QLatin1String("number")) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QVariant(d) : QVariant(text);
    }
    return text;
}

Status CustomFields::check(const CustomFieldDef &field, const QVariant &value)
{
    const FieldDef f = field.asField();
    const QVariant normalised = FieldCodec::normalise(f, value);
    if (Status s = FieldCodec::check(field.label.isEmpty() ? field.name : field.label, f, normalised); !s)
        return s;
    if (field.fieldType == QLatin1String("multi_choice") && !field.choices.isEmpty()) {
        for (const QString &v : normalised.toStringList())
            if (!field.choices.contains(v))
                return makeError(ErrorCode::Invalid, QObject::tr("“%1” is not one of the choices of %2: %3.")
                                                         .arg(v, field.label.isEmpty() ? field.name : field.label, field.choices.join(QStringLiteral(", "))));
    }
    return {};
}

Result<RecordId> CustomFields::valueRecord(const RecordId &record, const RecordId &field) const
{
    auto parts = m_store.parts(record, QStringLiteral("custom_value"));
    if (!parts)
        return parts.error();
    for (const Record &v : *parts)
        if (v.value(QStringLiteral("field_id")).toString() == field.toString())
            return v.id;
    return RecordId();
}

Status CustomFields::setValue(const RecordId &record, const CustomFieldDef &field, const QVariant &value)
{
    if (Status s = check(field, value); !s)
        return s;
    const QString text = toText(field, FieldCodec::normalise(field.asField(), value));
    auto existing = valueRecord(record, field.id);
    if (!existing)
        return existing.error();
    if (existing->isNull()) {
        if (text.isEmpty())
            return {};
        auto id = m_store.create(QStringLiteral("custom_value"),
                                 {{QStringLiteral("record_id"), record.toString()}, {QStringLiteral("field_id"), field.id.toString()}, {QStringLiteral("value"), text}});
        return id ? Status() : Status(id.error());
    }
    if (text.isEmpty())
        return m_store.purge(*existing);
    return m_store.update(*existing, {{QStringLiteral("value"), text}});
}

} // namespace praxis::core
