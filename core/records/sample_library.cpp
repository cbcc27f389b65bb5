#include "records/sample_library.h"

#include "library/library.h"
#include "model/record_type.h"
#include "records/record_document.h"
#include "records/record_store.h"
#include "records/write_pipeline.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QObject>

namespace praxis::core {

namespace {

// A reference to a person or an organisation beside a field for the name as written.
struct NamedReference {
    const char *type;
    const char *reference;
    const char *text;
};

constexpr NamedReference kNamedReferences[] = {
    {"material_contributor", "person_id", "name_text"},
    {"material_organisation", "organisation_id", "name_text"},
    {"case_organisation", "organisation_id", "name_text"},
    {"dialogue_participant", "person_id", "name_text"},
    {"post", "author_id", "author_name"},
    {"person", "affiliation_id", "affiliation_text"},
};

struct SampleReference {
    RecordId referrer;
    RecordId sample;
};

// The user's own records (in the trash too) that refer to a sample record through `ref`.
Result<QList<SampleReference>> userReferencesToSamples(Database &db, const NamedReference &ref)
{
    auto stmt = db.prepare(QStringLiteral("SELECT t.id, t.%2 FROM %1 t JOIN records r ON r.id = t.id JOIN records s ON s.id = t.%2 "
                                          "WHERE r.sample = 0 AND s.sample = 1 ORDER BY t.id")
                               .arg(QLatin1String(ref.type), QLatin1String(ref.reference)));
    if (!stmt)
        return stmt.error();
    QList<SampleReference> out;
    if (Status s = stmt->forEach([&](const Statement &row) { out.append({RecordId(row.text(0)), RecordId(row.text(1))}); }); !s)
        return s.error();
    return out;
}

// Where the user's own record names a sample person or organisation, it keeps the name as written once the
// sample is gone: an author of one's own material must not turn blank because the importer linked it to
// a sample person of the same name. Existing text as written wins over the sample's name.
Status keepSampleNames(RecordStore &store, Database &db)
{
    for (const NamedReference &ref : kNamedReferences) {
        const QString referenceField = QLatin1String(ref.reference);
        const QString textField = QLatin1String(ref.text);
        [[maybe_unused]] const RecordTypeDef *def = RecordTypes::find(QLatin1String(ref.type));
        Q_ASSERT(def && def->field(referenceField) && def->field(textField));
        auto found = userReferencesToSamples(db, ref);
        if (!found)
            return found.error();
        for (const SampleReference &r : std::as_const(*found)) {
            auto referrer = store.get(r.referrer);
            if (!referrer)
                return referrer.error();
            auto sample = store.get(r.sample);
            if (!sample)
                return sample.error();
            QVariantMap changes{{referenceField, QVariant()}};
            if (!referrer->fields.contains(textField))
                changes.insert(textField, sample->value(RecordTypes::find(sample->type)->titleField));
            if (Status s = store.update(r.referrer, changes); !s)
                return s;
        }
    }
    return {};
}

} // namespace

Result<qint64> SampleLibrary::install(Library &library, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Invalid, QObject::tr("The sample library is not valid JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
    RecordDocument writer(library.database(), library.records());
    CreateOptions options;
    options.sample = true;
    auto summary = writer.write(doc.object(), {}, options);
    if (!summary)
        return makeError(summary.error().code, QObject::tr("The sample library could not be loaded: %1").arg(summary.error().message));
    return qint64(summary->created.size());
}

Status SampleLibrary::remove(Library &library)
{
    WriteScope tx = library.records().pipeline().begin();
    if (!tx.status())
        return tx.status();
    if (Status s = keepSampleNames(library.records(), library.database()); !s)
        return s;
    if (Status s = library.records().removeSamples(); !s)
        return s;
    return tx.commit();
}

} // namespace praxis::core
