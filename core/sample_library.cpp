#include "sample_library.h"

#include "library.h"
#include "record_document.h"
#include "record_store.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QObject>

namespace praxis::core {

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
    return library.records().removeSamples();
}

} // namespace praxis::core
