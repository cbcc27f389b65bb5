#pragma once

#include "model/record_type.h"
#include "storage/result.h"

#include <QJsonValue>
#include <QVariant>

namespace praxis::core {

// Converts field values between their in-memory form, JSON and SQL, and checks them against the
// field's definition. Empty strings and empty lists count as "no value" (an invalid QVariant).
class FieldCodec {
public:
    // The canonical in-memory form: QString, qint64, double, bool, QStringList, or invalid. Texts lose
    // any half of a surrogate pair (U+FFFD takes its place), which UTF-8 and so SQLite cannot hold.
    static QVariant normalise(const FieldDef &field, const QVariant &value);
    // Checks type, format, range and choice. References are checked by the store.
    static Status check(const QString &typeLabel, const FieldDef &field, const QVariant &normalised);

    static QJsonValue toJson(const QVariant &normalised);
    static Result<QVariant> fromJson(const QString &typeLabel, const FieldDef &field, const QJsonValue &json);

    // Value as read from an SQL column, converted to the field's canonical form.
    static QVariant fromSql(const FieldDef &field, const QVariant &sqlValue);
    // Value to bind to an SQL column (lists are stored elsewhere).
    static QVariant toSql(const FieldDef &field, const QVariant &normalised);

    static bool isValidDate(const QString &text);
    static bool isValidDateTime(const QString &text);
};

} // namespace praxis::core
