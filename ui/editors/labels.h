#pragma once

#include <QList>
#include <QString>

namespace praxis::core {
struct FieldDef;
struct RecordTypeDef;
}

namespace praxis::ui {

// Words users read for the model's names: translated labels of types, fields and choice values.
class Labels {
public:
    static QString typeName(const core::RecordTypeDef &type);
    static QString typePlural(const core::RecordTypeDef &type);
    static QString field(const core::FieldDef &field);
    static QString choice(const QString &value);
    // Every label of the model, as offered to translators.
    static const QList<const char *> &modelStrings();
};

} // namespace praxis::ui
