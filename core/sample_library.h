#pragma once

#include "result.h"

#include <QByteArray>

namespace praxis::core {

class Library;

// The sample library that a first run shows: records built from the source documents, marked as
// sample so that one action removes them all.
class SampleLibrary {
public:
    // Writes the records of a sample document (RecordDocument format, {"records": [...]}) in one
    // transaction, every one marked as sample. Returns how many records were written.
    static Result<qint64> install(Library &library, const QByteArray &json);
    static Status remove(Library &library);
};

} // namespace praxis::core
