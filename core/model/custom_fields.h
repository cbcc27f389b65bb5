#pragma once

#include "model/record_id.h"
#include "model/record_type.h"
#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace praxis::core {

class RecordStore;

// A field a user defined for one record type (a `custom_field` record).
struct CustomFieldDef {
    RecordId id;
    QString recordType;
    QString name;       // what queries use: donor:Sida
    QString label;      // what forms and tables show
    QString fieldType;  // text, long_text, number, date, choice, multi_choice, boolean, url
    QStringList choices;

    // The field as the model's editors and checks know fields.
    FieldDef asField() const;
};

// Custom fields: their definitions per record type and their values per record. A value is a
// `custom_value` record (written through the store, so it is logged, synced and undoable like any
// other); it holds text: numbers and dates as written, yes/no as "true"/"false", several choices
// joined by "; ".
class CustomFields {
public:
    explicit CustomFields(RecordStore &store) : m_store(store) {}

    Result<QList<CustomFieldDef>> definitions(const QString &recordType) const;
    // Values of one record by field id, in the model's representation (see asField()).
    Result<QHash<QString, QVariant>> values(const RecordId &record) const;
    // Sets, changes or (with an empty value) clears a value; checks it against the field first.
    Status setValue(const RecordId &record, const CustomFieldDef &field, const QVariant &value);
    // Whether a value fits the field, with the reason in words when it does not.
    static Status check(const CustomFieldDef &field, const QVariant &value);

    static QString toText(const CustomFieldDef &field, const QVariant &value);
    static QVariant fromText(const CustomFieldDef &field, const QString &text);

private:
    Result<RecordId> valueRecord(const RecordId &record, const RecordId &field) const;
    RecordStore &m_store;
};

} // namespace praxis::core
