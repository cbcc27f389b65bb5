#pragma once

#include "storage/result.h"

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
    // Removes every sample record, in one transaction. The user's own records that named a sample person
    // or organisation keep its name as written in place of the link.
    static Status remove(Library &library);
};

} // namespace praxis::core
