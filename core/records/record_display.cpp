// Display names: what a user calls a record.

#include "records/record_store_private.h"

namespace praxis::core {

Result<QString> RecordStore::displayName(const RecordId &id) const
{
    auto r = get(id);
    if (!r)
        return r.error();
    const RecordTypeDef *def = RecordTypes::find(r->type);
    const FieldDef *title = def->field(def->titleField);
    QVariant v = r->fields.value(def->titleField);
    if (title && title->type == FieldType::Reference && v.isValid())
        return displayName(RecordId(v.toString()));
    if (title && title->type == FieldType::Reference && !v.isValid()) {
        // A link part with no record named falls back to its free-text name.
        v = r->fields.value(QStringLiteral("name_text"));
    }
    if (!title || !v.isValid()) {
        // A link names what it links to.
        for (const FieldDef &f : def->fields) {
            const QVariant target = r->fields.value(f.name);
            if (f.type == FieldType::Reference && f.name != def->parentField && target.isValid())
                return displayName(RecordId(target.toString()));
        }
        for (const char *fallback : {"name_text", "title", "name", "text", "author_name"}) {
            v = r->fields.value(QString::fromLatin1(fallback));
            if (v.isValid())
                break;
        }
    }
    if (v.isValid()) {
        QString text = v.toString().simplified();
        if (text.size() > 120)
            text = text.left(119) + QChar(0x2026);
        return text;
    }
    return QObject::tr("%1 %2").arg(def->label, id.toString().left(8));
}

} // namespace praxis::core
