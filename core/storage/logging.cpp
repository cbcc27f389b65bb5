#include "storage/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "praxis.storage")
Q_LOGGING_CATEGORY(lcLibrary, "praxis.library")
Q_LOGGING_CATEGORY(lcRecords, "praxis.records")
Q_LOGGING_CATEGORY(lcBackup, "praxis.backup")
Q_LOGGING_CATEGORY(lcAttachments, "praxis.attachments")
