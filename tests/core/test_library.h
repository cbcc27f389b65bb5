#pragma once

#include "history/change_log.h"
#include "library/library.h"
#include "model/record_type.h"
#include "records/record_document.h"
#include "records/record_store.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include "catch_qt.h"

#include <memory>

namespace praxis::test {

// A fresh library in a temporary folder, on a clock the test controls.
struct TestLibrary {
    QTemporaryDir dir;
    std::shared_ptr<core::ManualClock> clock = std::make_shared<core::ManualClock>(1'700'000'000'000);
    std::unique_ptr<core::Library> library;

    TestLibrary()
    {
        REQUIRE(dir.isValid());
        open();
    }

    QString folder() const { return dir.path() + QStringLiteral("/lib"); }

    void open()
    {
        core::LibraryOptions options;
        options.clock = clock;
        options.userName = QStringLiteral("tester");
        auto lib = core::Library::open(folder(), options);
        INFO((lib ? QString() : lib.error().message).toStdString());
        REQUIRE(lib.ok());
        library = std::move(lib.value());
    }

    void close() { library.reset(); }

    core::RecordStore &store() { return library->records(); }
    core::Database &db() { return library->database(); }

    qint64 scalar(const QString &sql)
    {
        auto v = db().scalar(sql);
        REQUIRE(v.ok());
        return v->toLongLong();
    }

    core::RecordId create(const QString &type, const QVariantMap &fields)
    {
        auto id = store().create(type, fields);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    // Writes records given as a nested JSON document ({"records": [...]}, with "@key" references);
    // returns the ids by key.
    QHash<QString, core::RecordId> write(const QByteArray &json)
    {
        core::RecordDocument writer(db(), store());
        auto summary = writer.write(QJsonDocument::fromJson(json).object());
        INFO((summary ? QString() : summary.error().message).toStdString());
        REQUIRE(summary.ok());
        return summary->keys;
    }

    // The smallest valid record of a type, creating whatever it must refer to.
    core::RecordId createMinimal(const QString &type, const QString &title = QStringLiteral("x"))
    {
        return create(type, minimalFields(type, title));
    }

    QVariantMap minimalFields(const QString &type, const QString &title = QStringLiteral("x"))
    {
        const core::RecordTypeDef *def = core::RecordTypes::find(type);
        REQUIRE(def != nullptr);
        QVariantMap fields;
        for (const core::FieldDef &f : def->fields) {
            if (!f.required)
                continue;
            switch (f.type) {
            case core::FieldType::Choice: fields.insert(f.name, f.choices.first()); break;
            case core::FieldType::Integer: fields.insert(f.name, qint64(1)); break;
            case core::FieldType::Reference: {
                const QString target = f.refTypes.isEmpty() ? QStringLiteral("material") : f.refTypes.first();
                fields.insert(f.name, createMinimal(target).toString());
                break;
            }
            default: fields.insert(f.name, title); break;
            }
        }
        if (!def->titleField.isEmpty() && def->field(def->titleField)->type == core::FieldType::Text && !fields.contains(def->titleField))
            fields.insert(def->titleField, title);
        return fields;
    }
};

inline std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace praxis::test
