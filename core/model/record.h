#pragma once

#include "model/record_id.h"

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace praxis::core {

struct RecordMeta {
    QString created;    // ISO 8601 UTC
    QString modified;   // ISO 8601 UTC
    QString createdBy;  // "user@device"
    QString modifiedBy;
    QString deletedAt;  // empty unless in the trash
    bool sample = false;
};

// One record of any type: its fields by name. Lists are QStringList, numbers qint64/double,
// booleans bool, everything else QString. An absent or invalid value means empty.
struct Record {
    RecordId id;
    QString type;
    QVariantMap fields;
    RecordMeta meta;

    bool isTrashed() const { return !meta.deletedAt.isEmpty(); }
    QVariant value(const QString &field) const { return fields.value(field); }
    QJsonObject toJson(bool withMeta = true) const;
};

} // namespace praxis::core
