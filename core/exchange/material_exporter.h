#pragma once

#include "exchange/material_entry.h"
#include "model/record.h"
#include "storage/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace praxis::core {

class RecordStore;

// The export formats for materials.
enum class MaterialFormat { Csv, Ris, Bibtex, CslJson, DublinCore, JsonLd };

// Writes materials out for other tools: CSV, RIS, BibTeX, CSL-JSON, Dublin Core XML (oai_dc) and
// schema.org LearningResource JSON-LD (LRMI). People, organisations and custom field values go with
// each material.
class MaterialExporter {
public:
    explicit MaterialExporter(RecordStore &store) : m_store(store) {}

    static Result<MaterialFormat> formatNamed(const QString &name); // csv, ris, bibtex, csl-json, dc, jsonld
    static QString fileSuffix(MaterialFormat format);

    // The given materials, or every live one when `ids` is empty (read page by page).
    Result<QByteArray> write(MaterialFormat format, const QList<RecordId> &ids = {}, const std::atomic_bool *cancel = nullptr,
                             const std::function<void(qint64 done, qint64 total)> &progress = {});

    struct Item {
        Record material;
        QList<NamedContributor> people;
        QList<NamedContributor> organisations;
        QList<std::pair<QString, QString>> custom; // custom field label → value
    };
    Result<Item> item(const RecordId &id) const;

private:
    RecordStore &m_store;
};

} // namespace praxis::core
