#pragma once

#include "storage/result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace praxis::core {
class Library;
}

namespace praxis::cli {

// Exit codes of praxis-cli.
enum ExitCode { kOk = 0, kError = 1, kUsage = 2 };

// praxis-cli: the headless front end. Parses the command line, runs one command against a library,
// writes results to stdout and errors, in words, to stderr.
class CliApp {
public:
    CliApp(QTextStream &out, QTextStream &err, QTextStream &in) : m_out(out), m_err(err), m_in(in) {}
    int run(const QStringList &arguments);

private:
    int usage(const QString &message);
    int fail(const praxis::core::Error &error);
    core::Result<std::unique_ptr<core::Library>> openLibrary(bool create);
    core::Result<QByteArray> readJsonInput();
    bool jsonOutput() const { return m_format == QLatin1String("json"); }

    int cmdInit();
    int cmdAdd();
    int cmdShow();
    int cmdList();
    int cmdEdit();
    int cmdDelete();
    int cmdRestore();
    int cmdPurge();
    int cmdHistory();
    int cmdCheck();
    int cmdBackup();
    int cmdBackups();
    int restoreBackup(const QString &backup);
    int cmdTypes();
    int cmdRemoveSamples();
    int cmdSearch();
    int cmdReindex();
    int cmdDuplicates(); // cli_duplicates.cpp
    int cmdMerge();
    int cmdImport(); // cli_import_export.cpp
    int cmdExport();
    int cmdAttach(); // cli_attachments.cpp
    int cmdAttachments();
    int listAttachments(core::Library &library, const QString &owner);
    int checkAttachments(core::Library &library);
    int extractAttachments(core::Library &library);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    QString m_libraryPath;
    QString m_format = QStringLiteral("text");
    QString m_jsonArg;
    bool m_hasJsonArg = false;
    QStringList m_args; // positional arguments after the command
    QString m_sort;
    bool m_descending = false;
    int m_limit = 50;
    int m_offset = 0;
    bool m_trashed = false;
    bool m_sample = false;
    bool m_yes = false;
    bool m_facets = false;
    bool m_limitGiven = false;
    QString m_mappingFile;
    QString m_onDuplicate;
    bool m_dryRun = false;
    QString m_outputFile;
    QStringList m_ids;
    QString m_encoding;
    QString m_delimiter;
    QStringList m_links;
};

} // namespace praxis::cli
