#include "cli_app.h"

#include "history/change_log.h"
#include "library/backup_manager.h"
#include "library/library.h"
#include "model/record_type.h"
#include "records/record_document.h"
#include "records/record_store.h"
#include "records/sample_library.h"
#include "search/search_index.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace praxis::cli {

using namespace praxis::core;

namespace {

const char *const kUsageText = R"(Usage: praxis-cli [--library PATH] [--format text|json] COMMAND [ARGS]

Commands:
  init [--sample]             create the library (with the sample records)
  add TYPE [--json JSON]      add a record; JSON fields on stdin or with --json;
                              parts may be nested under "parts"
  show ID                     show one record
  list TYPE [--sort FIELD] [--desc] [--limit N] [--offset N] [--trashed]
  edit ID [--json JSON]       change fields; JSON object on stdin or with --json,
                              null clears a field
  delete ID                   move a record to the trash
  restore ID                  bring a record back from the trash
  restore BACKUP              put a backup file in the library's place; the
                              current files are moved aside into backups/,
                              never deleted (close the window first)
  purge ID --yes              remove a record for good (leaves a tombstone)
  history ID                  every change of a record
  check                       integrity, references and change-log consistency
  backup                      write a backup copy now
  backups                     the backups, newest first, with their records
  search QUERY [--limit N] [--offset N] [--facets]
                              full-text search; QUERY uses the search language:
                              words, "phrases", OR, -word, prefix*, and filters
                              kind: type: lang: year:2010..2016 country: region:
                              org: person: tag: has:attachment dialogue: week:
                              title: topic: and custom fields by name
  reindex                     rebuild the search index from the records
  duplicates TYPE             likely duplicate pairs among the records of TYPE
                              (material, person, organisation, case_study)
  merge KEEP OTHER            merge record OTHER into KEEP: values, parts, links
                              and attachments move over; OTHER goes to the trash
  import [FORMAT] FILE [--on-duplicate add|skip|merge] [--dry-run]
         [--mapping MAPPING.json] [--encoding E] [--delimiter D]
                              import materials from csv, ris, bibtex or csl-json,
                              or a whole library (format library) into an empty
                              one; FORMAT is detected when left out; duplicates
                              are skipped unless told otherwise; one transaction
  export FORMAT [--id ID ...] [--output FILE]
                              export materials as csv, ris, bibtex, csl-json, dc
                              (Dublin Core XML) or jsonld (schema.org LRMI), or
                              the whole library (format library)
  attach ID FILE... [--link URL ...]
                              attach files (copied into the library) and links
                              to record ID, all or nothing; then read the text
                              of the files for search
  attachments ID              the files and links attached to record ID, with
                              the state of their text for search
  attachments check           every attached file present and unchanged? Lists
                              missing and altered files; exit 1 when any are
  attachments extract         read the text of attached files not yet read
                              (PDF, DOCX, ODT, HTML, Markdown, plain text) so
                              that search finds their words
  types [TYPE]                the record types and their fields
  remove-samples              remove the sample records

Options:
  --library PATH   the library folder (default: %1)
  --format F       text (default) or json for command output
  -h, --help       this help
  -v, --version    the version

Exit codes: 0 success, 1 error, 2 wrong usage.
)";

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return v.toString();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1) + QLatin1Char('\n');
}

} // namespace

int CliApp::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "praxis-cli: " << message << "\n";
    m_err << "Try 'praxis-cli --help'.\n";
    return kUsage;
}

int CliApp::fail(const Error &error)
{
    m_err << "praxis-cli: " << error.message << "\n";
    return kError;
}

Result<std::unique_ptr<Library>> CliApp::openLibrary(bool create)
{
    LibraryOptions options;
    options.create = create;
    auto lib = Library::open(m_libraryPath, options);
    if (lib) {
        for (const QString &notice : (*lib)->takeNotices())
            m_err << "praxis-cli: note: " << notice << "\n";
    }
    return lib;
}

Result<QByteArray> CliApp::readJsonInput()
{
    if (m_hasJsonArg)
        return m_jsonArg.toUtf8();
    const QString text = m_in.readAll();
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("praxis-cli", "No JSON given: pass it with --json or on standard input."));
    return text.toUtf8();
}

int CliApp::run(const QStringList &arguments)
{
    m_libraryPath = Library::defaultFolder();
    QString command;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        auto next = [&](QString &target) {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments.at(++i);
            return true;
        };
        auto nextInt = [&](int &target) {
            QString v;
            bool ok = false;
            if (!next(v))
                return false;
            target = v.toInt(&ok);
            return ok && target >= 0;
        };
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            m_out << QString::fromUtf8(kUsageText).arg(QDir::toNativeSeparators(Library::defaultFolder()));
            return kOk;
        }
        if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            m_out << "praxis-cli " << QStringLiteral(PRAXIS_VERSION) << " (SQLite " << Database::sqliteVersion() << ")\n";
            return kOk;
        }
        if (a == QLatin1String("--library")) {
            if (!next(m_libraryPath))
                return usage(QStringLiteral("--library needs a folder"));
        } else if (a == QLatin1String("--format")) {
            if (!next(m_format) || (m_format != QLatin1String("json") && m_format != QLatin1String("text")))
                return usage(QStringLiteral("--format takes text or json"));
        } else if (a == QLatin1String("--json")) {
            if (!next(m_jsonArg))
                return usage(QStringLiteral("--json needs a JSON text"));
            m_hasJsonArg = true;
        } else if (a == QLatin1String("--sort")) {
            if (!next(m_sort))
                return usage(QStringLiteral("--sort needs a field name"));
        } else if (a == QLatin1String("--limit")) {
            if (!nextInt(m_limit) || m_limit == 0)
                return usage(QStringLiteral("--limit needs a positive number"));
            m_limitGiven = true;
        } else if (a == QLatin1String("--offset")) {
            if (!nextInt(m_offset))
                return usage(QStringLiteral("--offset needs a number, 0 or more"));
        } else if (a == QLatin1String("--desc")) {
            m_descending = true;
        } else if (a == QLatin1String("--trashed")) {
            m_trashed = true;
        } else if (a == QLatin1String("--sample")) {
            m_sample = true;
        } else if (a == QLatin1String("--facets")) {
            m_facets = true;
        } else if (a == QLatin1String("--yes")) {
            m_yes = true;
        } else if (a == QLatin1String("--mapping")) {
            if (!next(m_mappingFile))
                return usage(QStringLiteral("--mapping needs a file"));
        } else if (a == QLatin1String("--on-duplicate")) {
            if (!next(m_onDuplicate))
                return usage(QStringLiteral("--on-duplicate takes add, skip or merge"));
        } else if (a == QLatin1String("--dry-run")) {
            m_dryRun = true;
        } else if (a == QLatin1String("--output") || a == QLatin1String("-o")) {
            if (!next(m_outputFile))
                return usage(QStringLiteral("--output needs a file"));
        } else if (a == QLatin1String("--id")) {
            QString id;
            if (!next(id))
                return usage(QStringLiteral("--id needs a record id"));
            m_ids << id;
        } else if (a == QLatin1String("--link")) {
            QString url;
            if (!next(url) || url.trimmed().isEmpty())
                return usage(QStringLiteral("--link needs an address (https://…)"));
            m_links << url;
        } else if (a == QLatin1String("--encoding")) {
            if (!next(m_encoding) || !QStringList{QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"), QStringLiteral("Windows-1252")}.contains(m_encoding))
                return usage(QStringLiteral("--encoding takes UTF-8, UTF-16LE, UTF-16BE or Windows-1252"));
        } else if (a == QLatin1String("--delimiter")) {
            if (!next(m_delimiter) || (m_delimiter.size() != 1 && m_delimiter != QLatin1String("tab")))
                return usage(QStringLiteral("--delimiter takes one character, or tab"));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("unknown option %1").arg(a));
        } else if (command.isEmpty()) {
            command = a;
        } else {
            m_args << a;
        }
    }
    if (command.isEmpty())
        return usage(QStringLiteral("no command given"));

    struct Command {
        const char *name;
        int args;
        int (CliApp::*run)();
    };
    static const Command commands[] = {
        {"init", 0, &CliApp::cmdInit},        {"add", 1, &CliApp::cmdAdd},         {"show", 1, &CliApp::cmdShow},
        {"list", 1, &CliApp::cmdList},        {"edit", 1, &CliApp::cmdEdit},       {"delete", 1, &CliApp::cmdDelete},
        {"restore", 1, &CliApp::cmdRestore},  {"purge", 1, &CliApp::cmdPurge},     {"history", 1, &CliApp::cmdHistory},
        {"check", 0, &CliApp::cmdCheck},      {"backup", 0, &CliApp::cmdBackup},   {"types", -1, &CliApp::cmdTypes},
        {"backups", 0, &CliApp::cmdBackups},
        {"remove-samples", 0, &CliApp::cmdRemoveSamples}, {"search", 1, &CliApp::cmdSearch}, {"reindex", 0, &CliApp::cmdReindex},
        {"duplicates", 1, &CliApp::cmdDuplicates}, {"merge", 2, &CliApp::cmdMerge},
        {"import", -2, &CliApp::cmdImport},       {"export", 1, &CliApp::cmdExport},
        {"attach", -3, &CliApp::cmdAttach},       {"attachments", 1, &CliApp::cmdAttachments},
    };
    for (const Command &c : commands) {
        if (command != QLatin1String(c.name))
            continue;
        if (c.args >= 0 && m_args.size() != c.args)
            return usage(QStringLiteral("%1 takes %2 argument(s), got %3").arg(command).arg(c.args).arg(m_args.size()));
        if (c.args == -1 && m_args.size() > 1)
            return usage(QStringLiteral("%1 takes at most one argument").arg(command));
        if (c.args == -2 && (m_args.isEmpty() || m_args.size() > 2))
            return usage(QStringLiteral("%1 takes [FORMAT] FILE").arg(command));
        if (c.args == -3 && (m_args.isEmpty() || (m_args.size() == 1 && m_links.isEmpty())))
            return usage(QStringLiteral("%1 takes a record id and at least one file or --link URL").arg(command));
        return (this->*c.run)();
    }
    return usage(QStringLiteral("unknown command “%1”").arg(command));
}

int CliApp::cmdInit()
{
    auto lib = openLibrary(true);
    if (!lib)
        return fail(lib.error());
    if (!(*lib)->wasCreated()) {
        m_err << "praxis-cli: a library already exists at " << QDir::toNativeSeparators((*lib)->folder()) << "; nothing changed.\n";
        return kError;
    }
    qint64 samples = 0;
    if (m_sample) {
        QFile file(QStringLiteral(":/sample/sample_library.json"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorCode::NotFound, QStringLiteral("This build has no sample library.")));
        auto n = SampleLibrary::install(**lib, file.readAll());
        if (!n)
            return fail(n.error());
        samples = *n;
    }
    if (jsonOutput()) {
        m_out << jsonText(QJsonObject{{QStringLiteral("library"), (*lib)->folder()}, {QStringLiteral("sample_records"), samples}});
    } else {
        m_out << "Created a library at " << QDir::toNativeSeparators((*lib)->folder());
        if (m_sample)
            m_out << " with " << samples << " sample records";
        m_out << ".\n";
    }
    return kOk;
}

int CliApp::cmdAdd()
{
    const QString type = m_args.at(0);
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return usage(QStringLiteral("“%1” is not a record type; see praxis-cli types").arg(type));
    auto input = readJsonInput();
    if (!input)
        return usage(input.error().message);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*input, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(makeError(ErrorCode::Invalid, QStringLiteral("The JSON is malformed: %1 at character %2. Nothing was written.").arg(error.errorString()).arg(error.offset)));
    if (!doc.isObject())
        return fail(makeError(ErrorCode::Invalid, QStringLiteral("Expected a JSON object with the record's fields. Nothing was written.")));
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    RecordDocument writer((*lib)->database(), (*lib)->records());
    auto summary = writer.write(doc.object(), type);
    if (!summary)
        return fail(makeError(summary.error().code, summary.error().message + QStringLiteral(" Nothing was written.")));
    const RecordId id = summary->created.first();
    if (jsonOutput()) {
        auto record = (*lib)->records().get(id);
        if (!record)
            return fail(record.error());
        QJsonObject out = record->toJson();
        out.insert(QStringLiteral("records_written"), qint64(summary->created.size()));
        m_out << jsonText(out);
    } else {
        m_out << id.toString() << "\n";
    }
    return kOk;
}

int CliApp::cmdShow()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    RecordStore &store = (*lib)->records();
    auto record = store.get(RecordId(m_args.at(0)));
    if (!record)
        return fail(record.error());
    const RecordTypeDef *def = RecordTypes::find(record->type);
    QList<const RecordTypeDef *> partTypes = RecordTypes::partsOf(record->type);
    if (jsonOutput()) {
        QJsonObject out = record->toJson();
        QJsonObject parts;
        for (const RecordTypeDef *p : partTypes) {
            auto list = store.parts(record->id, p->name);
            if (!list)
                return fail(list.error());
            QJsonArray arr;
            for (const Record &r : *list)
                arr.append(r.toJson(false));
            if (!arr.isEmpty())
                parts.insert(p->name, arr);
        }
        if (!parts.isEmpty())
            out.insert(QStringLiteral("parts"), parts);
        m_out << jsonText(out);
        return kOk;
    }
    m_out << def->label << " " << record->id.toString() << (record->isTrashed() ? "  (in the trash)" : "") << "\n";
    for (const FieldDef &f : def->fields) {
        const QVariant v = record->fields.value(f.name);
        if (!v.isValid())
            continue;
        QString text = valueText(v);
        if (f.type == FieldType::Reference) {
            auto name = store.displayName(RecordId(text));
            if (name)
                text = QStringLiteral("%1 (%2)").arg(*name, text);
        }
        m_out << "  " << f.label << ": " << text << "\n";
    }
    m_out << "  Created: " << record->meta.created << " by " << record->meta.createdBy << "\n";
    m_out << "  Modified: " << record->meta.modified << " by " << record->meta.modifiedBy << "\n";
    for (const RecordTypeDef *p : partTypes) {
        auto list = store.parts(record->id, p->name);
        if (!list)
            return fail(list.error());
        if (list->isEmpty())
            continue;
        m_out << "  " << p->pluralLabel << ":\n";
        for (const Record &r : *list) {
            auto name = store.displayName(r.id);
            m_out << "    - " << (name ? *name : r.id.toString()) << "  [" << r.id.toString() << "]\n";
        }
    }
    return kOk;
}

int CliApp::cmdList()
{
    const QString type = m_args.at(0);
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return usage(QStringLiteral("“%1” is not a record type; see praxis-cli types").arg(type));
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    ListQuery q;
    q.sortField = m_sort;
    q.descending = m_descending;
    q.limit = m_limit;
    q.offset = m_offset;
    q.trash = m_trashed ? TrashFilter::Trashed : TrashFilter::Live;
    auto records = (*lib)->records().list(type, q);
    if (!records)
        return fail(records.error());
    auto total = (*lib)->records().count(type, q);
    if (!total)
        return fail(total.error());
    if (jsonOutput()) {
        QJsonArray arr;
        for (const Record &r : *records)
            arr.append(r.toJson());
        m_out << jsonText(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("total"), *total},
                                      {QStringLiteral("offset"), m_offset}, {QStringLiteral("records"), arr}});
        return kOk;
    }
    for (const Record &r : *records) {
        auto name = (*lib)->records().displayName(r.id);
        QString line = r.id.toString() + QLatin1Char('\t') + (name ? *name : QString());
        if (!m_sort.isEmpty() && m_sort != def->titleField)
            line += QLatin1Char('\t') + valueText(r.fields.value(m_sort));
        m_out << line << "\n";
    }
    m_out << "(" << records->size() << " of " << *total << " " << def->pluralLabel.toLower() << ", from " << m_offset + (records->isEmpty() ? 0 : 1) << ")\n";
    return kOk;
}

int CliApp::cmdEdit()
{
    auto input = readJsonInput();
    if (!input)
        return usage(input.error().message);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*input, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(makeError(ErrorCode::Invalid, QStringLiteral("The JSON is malformed: %1 at character %2. Nothing was changed.").arg(error.errorString()).arg(error.offset)));
    if (!doc.isObject())
        return fail(makeError(ErrorCode::Invalid, QStringLiteral("Expected a JSON object with the fields to change. Nothing was changed.")));
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    RecordStore &store = (*lib)->records();
    const RecordId id(m_args.at(0));
    auto type = store.typeOf(id);
    if (!type)
        return fail(type.error());
    auto fields = store.fieldsFromJson(*type, doc.object());
    if (!fields)
        return fail(makeError(fields.error().code, fields.error().message + QStringLiteral(" Nothing was changed.")));
    if (Status s = store.update(id, *fields); !s)
        return fail(makeError(s.error().code, s.error().message + QStringLiteral(" Nothing was changed.")));
    if (jsonOutput()) {
        auto record = store.get(id);
        if (!record)
            return fail(record.error());
        m_out << jsonText(record->toJson());
    } else {
        m_out << "Updated " << id.toString() << ".\n";
    }
    return kOk;
}

int CliApp::cmdDelete()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    if (Status s = (*lib)->records().trash(RecordId(m_args.at(0))); !s)
        return fail(s.error());
    if (!jsonOutput())
        m_out << "Moved " << m_args.at(0) << " to the trash.\n";
    else
        m_out << jsonText(QJsonObject{{QStringLiteral("trashed"), m_args.at(0)}});
    return kOk;
}

int CliApp::cmdRestore()
{
    if (QFileInfo(m_args.at(0)).isFile())
        return restoreBackup(m_args.at(0));
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    if (Status s = (*lib)->records().restore(RecordId(m_args.at(0))); !s)
        return fail(s.error());
    if (!jsonOutput())
        m_out << "Restored " << m_args.at(0) << ".\n";
    else
        m_out << jsonText(QJsonObject{{QStringLiteral("restored"), m_args.at(0)}});
    return kOk;
}

int CliApp::cmdPurge()
{
    if (!m_yes)
        return usage(QStringLiteral("purge removes a record for good; confirm with --yes"));
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    if (Status s = (*lib)->records().purge(RecordId(m_args.at(0))); !s)
        return fail(s.error());
    if (!jsonOutput())
        m_out << "Removed " << m_args.at(0) << " for good.\n";
    else
        m_out << jsonText(QJsonObject{{QStringLiteral("purged"), m_args.at(0)}});
    return kOk;
}

int CliApp::cmdHistory()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    const RecordId id(m_args.at(0));
    auto entries = (*lib)->changeLog().history(id);
    if (!entries)
        return fail(entries.error());
    if (entries->isEmpty())
        return fail(makeError(ErrorCode::NotFound, QStringLiteral("No record has the id %1, and none ever had.").arg(id.toString())));
    if (jsonOutput()) {
        QJsonArray arr;
        for (const ChangeEntry &e : *entries) {
            QJsonObject o{{QStringLiteral("seq"), e.seq},
                          {QStringLiteral("hlc"), e.time.toString()},
                          {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(e.time.wallMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                          {QStringLiteral("device"), e.device},
                          {QStringLiteral("author"), e.author},
                          {QStringLiteral("op"), changeOpName(e.op)}};
            if (e.op == ChangeOp::Set) {
                o.insert(QStringLiteral("field"), e.field);
                o.insert(QStringLiteral("value"), e.value);
            }
            arr.append(o);
        }
        m_out << jsonText(arr);
        return kOk;
    }
    for (const ChangeEntry &e : *entries) {
        m_out << QDateTime::fromMSecsSinceEpoch(e.time.wallMs, Qt::UTC).toString(Qt::ISODate) << "  " << e.author << "  "
              << changeOpName(e.op);
        if (e.op == ChangeOp::Set)
            m_out << "  " << e.field << " = " << jsonText(e.value).trimmed();
        m_out << "\n";
    }
    return kOk;
}

int CliApp::cmdCheck()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    auto check = (*lib)->check();
    if (!check)
        return fail(check.error());
    if (jsonOutput()) {
        m_out << jsonText(QJsonObject{{QStringLiteral("ok"), check->ok()},
                                      {QStringLiteral("records"), check->records},
                                      {QStringLiteral("log_entries"), check->logEntries},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(check->problems)}});
    } else {
        for (const QString &p : check->problems)
            m_out << "problem: " << p << "\n";
        m_out << (check->ok() ? "OK" : "PROBLEMS FOUND") << ": " << check->records << " records, " << check->logEntries
              << " change-log entries, " << check->problems.size() << " problems.\n";
    }
    return check->ok() ? kOk : kError;
}

int CliApp::cmdBackup()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    auto path = (*lib)->backups().backupNow();
    if (!path)
        return fail(path.error());
    const QString warning = (*lib)->backups().warning();
    if (!warning.isEmpty())
        m_err << "praxis-cli: warning: " << warning << "\n";
    if (jsonOutput())
        m_out << jsonText(QJsonObject{{QStringLiteral("backup"), *path}, {QStringLiteral("warning"), warning}});
    else
        m_out << "Backup written to " << QDir::toNativeSeparators(*path) << "\n";
    return kOk;
}

int CliApp::cmdBackups()
{
    // Read without opening the library: it may be the library that is damaged.
    const QStringList all = Library::backupsIn(m_libraryPath);
    QJsonArray arr;
    for (const QString &path : all) {
        const BackupInfo info = BackupManager::inspect(path);
        if (jsonOutput())
            arr.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("records"), info.records}, {QStringLiteral("readable"), info.readable()}});
        else
            m_out << QDir::toNativeSeparators(path) << "\t" << (info.readable() ? QStringLiteral("%1 records").arg(info.records) : QStringLiteral("cannot be read")) << "\n";
    }
    if (jsonOutput())
        m_out << jsonText(arr);
    else if (all.isEmpty())
        m_out << "No backups in " << QDir::toNativeSeparators(QDir(m_libraryPath).filePath(QStringLiteral("backups"))) << ".\n";
    return kOk;
}

int CliApp::restoreBackup(const QString &backup)
{
    auto report = Library::restore(m_libraryPath, backup);
    if (!report)
        return fail(report.error());
    if (jsonOutput()) {
        m_out << jsonText(QJsonObject{{QStringLiteral("restored_from"), report->restoredFrom},
                                      {QStringLiteral("set_aside"), report->setAside},
                                      {QStringLiteral("records"), report->records}});
        return kOk;
    }
    m_out << "Restored " << report->records << " records from " << QDir::toNativeSeparators(report->restoredFrom) << ".\n";
    if (!report->setAside.isEmpty())
        m_out << "The files it replaced are kept in " << QDir::toNativeSeparators(report->setAside) << ".\n";
    return kOk;
}

int CliApp::cmdTypes()
{
    QJsonArray arr;
    for (const RecordTypeDef &t : RecordTypes::all()) {
        if (!m_args.isEmpty() && m_args.first() != t.name)
            continue;
        QJsonArray fields;
        if (!jsonOutput())
            m_out << t.name << " — " << t.label << (t.parentField.isEmpty() ? QString() : QStringLiteral(" (part of %1)").arg(t.parentField)) << "\n";
        for (const FieldDef &f : t.fields) {
            QString detail = fieldTypeName(f.type);
            if (f.type == FieldType::Choice)
                detail += QStringLiteral(": ") + f.choices.join(QLatin1Char('|'));
            if (f.type == FieldType::Reference)
                detail += QStringLiteral(" → ") + (f.refTypes.isEmpty() ? QStringLiteral("any") : f.refTypes.join(QLatin1Char('|')));
            if (!jsonOutput())
                m_out << "    " << f.name << (f.required ? " *" : "") << "  (" << detail << ")\n";
            fields.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), fieldTypeName(f.type)},
                                      {QStringLiteral("required"), f.required}, {QStringLiteral("choices"), QJsonArray::fromStringList(f.choices)},
                                      {QStringLiteral("refers_to"), QJsonArray::fromStringList(f.refTypes)}});
        }
        arr.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("label"), t.label}, {QStringLiteral("fields"), fields}});
    }
    if (!m_args.isEmpty() && arr.isEmpty())
        return usage(QStringLiteral("“%1” is not a record type").arg(m_args.first()));
    if (jsonOutput())
        m_out << jsonText(arr);
    return kOk;
}

int CliApp::cmdRemoveSamples()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    auto n = (*lib)->records().sampleCount();
    if (!n)
        return fail(n.error());
    if (Status s = SampleLibrary::remove(**lib); !s)
        return fail(s.error());
    m_out << "Removed " << *n << " sample records.\n";
    return kOk;
}

int CliApp::cmdSearch()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    SearchIndex &index = (*lib)->search();
    // Catch up with changes made since the index last ran, unless another program is writing: a search
    // never waits for the write lock.
    if (Status s = index.catchUp(); !s)
        return fail(s.error());
    for (const QString &notice : index.takeNotices())
        m_err << "praxis-cli: note: " << notice << "\n";
    auto results = index.search(m_args.at(0), m_limitGiven ? m_limit : 20, m_offset);
    if (!results)
        return fail(results.error());
    QList<FacetGroup> facets;
    if (m_facets) {
        auto f = index.facets(m_args.at(0));
        if (!f)
            return fail(f.error());
        facets = *f;
    }
    auto plain = [](QString text) { return text.remove(QChar(2)).remove(QChar(3)); };
    if (jsonOutput()) {
        QJsonArray hits;
        for (const SearchHit &h : results->hits)
            hits.append(QJsonObject{{QStringLiteral("id"), h.id.toString()}, {QStringLiteral("kind"), h.kind},
                                    {QStringLiteral("title"), plain(h.title)}, {QStringLiteral("snippet"), plain(h.snippet)},
                                    {QStringLiteral("score"), h.score}});
        QJsonObject out{{QStringLiteral("query"), m_args.at(0)}, {QStringLiteral("total"), results->total},
                        {QStringLiteral("total_is_lower_bound"), results->capped}, {QStringLiteral("hits"), hits}};
        if (m_facets) {
            QJsonObject f;
            for (const FacetGroup &g : std::as_const(facets)) {
                QJsonArray values;
                for (const FacetValue &v : g.values)
                    values.append(QJsonObject{{QStringLiteral("value"), v.value}, {QStringLiteral("label"), v.label}, {QStringLiteral("count"), v.count}});
                f.insert(g.name, values);
            }
            out.insert(QStringLiteral("facets"), f);
        }
        m_out << jsonText(out);
        return kOk;
    }
    // Matches shown in [brackets] on a terminal.
    auto marked = [](QString text) { return text.replace(QChar(2), QLatin1Char('[')).replace(QChar(3), QLatin1Char(']')); };
    for (const SearchHit &h : results->hits) {
        m_out << h.kind << "  " << marked(h.title) << "  [" << h.id.toString() << "]\n";
        if (!h.snippet.isEmpty())
            m_out << "    " << marked(h.snippet).simplified() << "\n";
    }
    m_out << "(" << results->hits.size() << " shown of " << (results->capped ? "more than " : "") << results->total << " matches)\n";
    for (const FacetGroup &g : std::as_const(facets)) {
        m_out << g.name << ":";
        for (const FacetValue &v : g.values)
            m_out << "  " << v.label << " (" << v.count << ")";
        m_out << "\n";
    }
    return kOk;
}

int CliApp::cmdReindex()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    auto done = (*lib)->search().rebuild();
    if (!done)
        return fail(done.error());
    auto docs = (*lib)->search().documentCount();
    if (jsonOutput())
        m_out << jsonText(QJsonObject{{QStringLiteral("records"), *done}, {QStringLiteral("documents"), docs ? *docs : -1}});
    else
        m_out << "Reindexed " << *done << " records into " << (docs ? *docs : -1) << " search documents.\n";
    return kOk;
}

} // namespace praxis::cli
