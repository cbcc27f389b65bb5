// praxis-cli commands on records: init, add, show, list, edit, delete, purge, history, types, remove-samples.
#include "cli_command.h"
#include "cli_invocation.h"

#include "history/change_log.h"
#include "library/library.h"
#include "model/record_type.h"
#include "records/record_document.h"
#include "records/record_store.h"
#include "records/sample_library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace praxis::cli {

using namespace praxis::core;

namespace {

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return v.toString();
}

int cmdInit(CliInvocation &cli)
{
    auto lib = cli.openLibrary(true);
    if (!lib)
        return cli.fail(lib.error());
    if (!(*lib)->wasCreated()) {
        cli.err() << "praxis-cli: a library already exists at " << QDir::toNativeSeparators((*lib)->folder()) << "; nothing changed.\n";
        return kError;
    }
    qint64 samples = 0;
    if (cli.has("--sample")) {
        QFile file(QStringLiteral(":/sample/sample_library.json"));
        if (!file.open(QIODevice::ReadOnly))
            return cli.fail(makeError(ErrorCode::NotFound, QStringLiteral("This build has no sample library.")));
        auto n = SampleLibrary::install(**lib, file.readAll());
        if (!n)
            return cli.fail(n.error());
        samples = *n;
    }
    if (cli.jsonOutput()) {
        cli.out() << jsonText(QJsonObject {{QStringLiteral("library"), (*lib)->folder()}, {QStringLiteral("sample_records"), samples}});
    } else {
        cli.out() << "Created a library at " << QDir::toNativeSeparators((*lib)->folder());
        if (cli.has("--sample"))
            cli.out() << " with " << samples << " sample records";
        cli.out() << ".\n";
    }
    return kOk;
}

int cmdAdd(CliInvocation &cli)
{
    const QString type = cli.args().at(0);
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return cli.usage(QStringLiteral("“%1” is not a record type; see praxis-cli types").arg(type));
    auto input = cli.readJsonInput();
    if (!input)
        return cli.usage(input.error().message);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*input, &error);
    if (error.error != QJsonParseError::NoError)
        return cli.fail(makeError(ErrorCode::Invalid,
            QStringLiteral("The JSON is malformed: %1 at character %2. Nothing was written.").arg(error.errorString()).arg(error.offset)));
    if (!doc.isObject())
        return cli.fail(
            makeError(ErrorCode::Invalid, QStringLiteral("Expected a JSON object with the record's fields. Nothing was written.")));
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    RecordDocument writer((*lib)->database(), (*lib)->records());
    auto summary = writer.write(doc.object(), type);
    if (!summary)
        return cli.fail(makeError(summary.error().code, summary.error().message + QStringLiteral(" Nothing was written.")));
    const RecordId id = summary->created.first();
    if (cli.jsonOutput()) {
        auto record = (*lib)->records().get(id);
        if (!record)
            return cli.fail(record.error());
        QJsonObject out = record->toJson();
        out.insert(QStringLiteral("records_written"), qint64(summary->created.size()));
        cli.out() << jsonText(out);
    } else {
        cli.out() << id.toString() << "\n";
    }
    return kOk;
}

int cmdShow(CliInvocation &cli)
{
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    RecordStore &store = (*lib)->records();
    auto record = store.get(RecordId(cli.args().at(0)));
    if (!record)
        return cli.fail(record.error());
    const RecordTypeDef *def = RecordTypes::find(record->type);
    QList<const RecordTypeDef *> partTypes = RecordTypes::partsOf(record->type);
    if (cli.jsonOutput()) {
        QJsonObject out = record->toJson();
        QJsonObject parts;
        for (const RecordTypeDef *p : partTypes) {
            auto list = store.parts(record->id, p->name);
            if (!list)
                return cli.fail(list.error());
            QJsonArray arr;
            for (const Record &r : *list)
                arr.append(r.toJson(false));
            if (!arr.isEmpty())
                parts.insert(p->name, arr);
        }
        if (!parts.isEmpty())
            out.insert(QStringLiteral("parts"), parts);
        cli.out() << jsonText(out);
        return kOk;
    }
    cli.out() << def->label << " " << record->id.toString() << (record->isTrashed() ? "  (in the trash)" : "") << "\n";
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
        cli.out() << "  " << f.label << ": " << text << "\n";
    }
    cli.out() << "  Created: " << record->meta.created << " by " << record->meta.createdBy << "\n";
    cli.out() << "  Modified: " << record->meta.modified << " by " << record->meta.modifiedBy << "\n";
    for (const RecordTypeDef *p : partTypes) {
        auto list = store.parts(record->id, p->name);
        if (!list)
            return cli.fail(list.error());
        if (list->isEmpty())
            continue;
        cli.out() << "  " << p->pluralLabel << ":\n";
        for (const Record &r : *list) {
            auto name = store.displayName(r.id);
            cli.out() << "    - " << (name ? *name : r.id.toString()) << "  [" << r.id.toString() << "]\n";
        }
    }
    return kOk;
}

int cmdList(CliInvocation &cli)
{
    const QString type = cli.args().at(0);
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return cli.usage(QStringLiteral("“%1” is not a record type; see praxis-cli types").arg(type));
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    const QString sort = cli.value("--sort");
    const int offset = cli.number("--offset", 0);
    ListQuery q;
    q.sortField = sort;
    q.descending = cli.has("--desc");
    q.limit = cli.number("--limit", 50);
    q.offset = offset;
    q.trash = cli.has("--trashed") ? TrashFilter::Trashed : TrashFilter::Live;
    auto records = (*lib)->records().list(type, q);
    if (!records)
        return cli.fail(records.error());
    auto total = (*lib)->records().count(type, q);
    if (!total)
        return cli.fail(total.error());
    if (cli.jsonOutput()) {
        QJsonArray arr;
        for (const Record &r : *records)
            arr.append(r.toJson());
        cli.out() << jsonText(QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("total"), *total},
            {QStringLiteral("offset"), offset}, {QStringLiteral("records"), arr}});
        return kOk;
    }
    for (const Record &r : *records) {
        auto name = (*lib)->records().displayName(r.id);
        QString line = r.id.toString() + QLatin1Char('\t') + (name ? *name : QString());
        if (!sort.isEmpty() && sort != def->titleField)
            line += QLatin1Char('\t') + valueText(r.fields.value(sort));
        cli.out() << line << "\n";
    }
    cli.out() << "(" << records->size() << " of " << *total << " " << def->pluralLabel.toLower() << ", from "
              << offset + (records->isEmpty() ? 0 : 1) << ")\n";
    return kOk;
}

int cmdEdit(CliInvocation &cli)
{
    auto input = cli.readJsonInput();
    if (!input)
        return cli.usage(input.error().message);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*input, &error);
    if (error.error != QJsonParseError::NoError)
        return cli.fail(makeError(ErrorCode::Invalid,
            QStringLiteral("The JSON is malformed: %1 at character %2. Nothing was changed.").arg(error.errorString()).arg(error.offset)));
    if (!doc.isObject())
        return cli.fail(
            makeError(ErrorCode::Invalid, QStringLiteral("Expected a JSON object with the fields to change. Nothing was changed.")));
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    RecordStore &store = (*lib)->records();
    const RecordId id(cli.args().at(0));
    auto type = store.typeOf(id);
    if (!type)
        return cli.fail(type.error());
    auto fields = store.fieldsFromJson(*type, doc.object());
    if (!fields)
        return cli.fail(makeError(fields.error().code, fields.error().message + QStringLiteral(" Nothing was changed.")));
    if (Status s = store.update(id, *fields); !s)
        return cli.fail(makeError(s.error().code, s.error().message + QStringLiteral(" Nothing was changed.")));
    if (cli.jsonOutput()) {
        auto record = store.get(id);
        if (!record)
            return cli.fail(record.error());
        cli.out() << jsonText(record->toJson());
    } else {
        cli.out() << "Updated " << id.toString() << ".\n";
    }
    return kOk;
}

int cmdDelete(CliInvocation &cli)
{
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    if (Status s = (*lib)->records().trash(RecordId(cli.args().at(0))); !s)
        return cli.fail(s.error());
    if (!cli.jsonOutput())
        cli.out() << "Moved " << cli.args().at(0) << " to the trash.\n";
    else
        cli.out() << jsonText(QJsonObject {{QStringLiteral("trashed"), cli.args().at(0)}});
    return kOk;
}

int cmdPurge(CliInvocation &cli)
{
    if (!cli.has("--yes"))
        return cli.usage(QStringLiteral("purge removes a record for good; confirm with --yes"));
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    if (Status s = (*lib)->records().purge(RecordId(cli.args().at(0))); !s)
        return cli.fail(s.error());
    if (!cli.jsonOutput())
        cli.out() << "Removed " << cli.args().at(0) << " for good.\n";
    else
        cli.out() << jsonText(QJsonObject {{QStringLiteral("purged"), cli.args().at(0)}});
    return kOk;
}

int cmdHistory(CliInvocation &cli)
{
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    const RecordId id(cli.args().at(0));
    auto entries = (*lib)->changeLog().history(id);
    if (!entries)
        return cli.fail(entries.error());
    if (entries->isEmpty())
        return cli.fail(makeError(ErrorCode::NotFound, QStringLiteral("No record has the id %1, and none ever had.").arg(id.toString())));
    if (cli.jsonOutput()) {
        QJsonArray arr;
        for (const ChangeEntry &e : *entries) {
            QJsonObject o {{QStringLiteral("seq"), e.seq}, {QStringLiteral("hlc"), e.time.toString()},
                {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(e.time.wallMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {QStringLiteral("device"), e.device}, {QStringLiteral("author"), e.author}, {QStringLiteral("op"), changeOpName(e.op)}};
            if (e.op == ChangeOp::Set) {
                o.insert(QStringLiteral("field"), e.field);
                o.insert(QStringLiteral("value"), e.value);
            }
            arr.append(o);
        }
        cli.out() << jsonText(arr);
        return kOk;
    }
    for (const ChangeEntry &e : *entries) {
        cli.out() << QDateTime::fromMSecsSinceEpoch(e.time.wallMs, Qt::UTC).toString(Qt::ISODate) << "  " << e.author << "  "
                  << changeOpName(e.op);
        if (e.op == ChangeOp::Set)
            cli.out() << "  " << e.field << " = " << jsonText(e.value).trimmed();
        cli.out() << "\n";
    }
    return kOk;
}

int cmdTypes(CliInvocation &cli)
{
    QJsonArray arr;
    for (const RecordTypeDef &t : RecordTypes::all()) {
        if (!cli.args().isEmpty() && cli.args().first() != t.name)
            continue;
        QJsonArray fields;
        if (!cli.jsonOutput())
            cli.out() << t.name << " — " << t.label
                      << (t.parentField.isEmpty() ? QString() : QStringLiteral(" (part of %1)").arg(t.parentField)) << "\n";
        for (const FieldDef &f : t.fields) {
            QString detail = fieldTypeName(f.type);
            if (f.type == FieldType::Choice)
                detail += QStringLiteral(": ") + f.choices.join(QLatin1Char('|'));
            if (f.type == FieldType::Reference)
                detail += QStringLiteral(" → ") + (f.refTypes.isEmpty() ? QStringLiteral("any") : f.refTypes.join(QLatin1Char('|')));
            if (!cli.jsonOutput())
                cli.out() << "    " << f.name << (f.required ? " *" : "") << "  (" << detail << ")\n";
            fields.append(QJsonObject {{QStringLiteral("name"), f.name}, {QStringLiteral("type"), fieldTypeName(f.type)},
                {QStringLiteral("required"), f.required}, {QStringLiteral("choices"), QJsonArray::fromStringList(f.choices)},
                {QStringLiteral("refers_to"), QJsonArray::fromStringList(f.refTypes)}});
        }
        arr.append(QJsonObject {{QStringLiteral("name"), t.name}, {QStringLiteral("label"), t.label}, {QStringLiteral("fields"), fields}});
    }
    if (!cli.args().isEmpty() && arr.isEmpty())
        return cli.usage(QStringLiteral("“%1” is not a record type").arg(cli.args().first()));
    if (cli.jsonOutput())
        cli.out() << jsonText(arr);
    return kOk;
}

int cmdRemoveSamples(CliInvocation &cli)
{
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    auto n = (*lib)->records().sampleCount();
    if (!n)
        return cli.fail(n.error());
    if (Status s = SampleLibrary::remove(**lib); !s)
        return cli.fail(s.error());
    cli.out() << "Removed " << *n << " sample records.\n";
    return kOk;
}

const CliOption kJsonOption {.name = QStringLiteral("--json"),
    .value = QStringLiteral("JSON"),
    .help = QT_TRANSLATE_NOOP("praxis-cli", "the JSON object (read from standard input when left out)"),
    .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--json needs a JSON text")};

} // namespace

CliCommandGroup recordCommands()
{
    using Count = CliArgumentCount;
    return {QT_TRANSLATE_NOOP("praxis-cli", "Records"),
        {
            {.name = QStringLiteral("init"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "create the library (with the sample records)"),
                .options = {{.name = QStringLiteral("--sample"),
                    .help = QT_TRANSLATE_NOOP("praxis-cli", "fill the new library with the sample records")}},
                .run = cmdInit},
            {.name = QStringLiteral("add"),
                .arguments = QStringLiteral("TYPE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "add a record; JSON fields on stdin or with --json"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "Parts may be nested under \"parts\", by their type: {\"title\": …, \"parts\": {\"dialogue_phase\": [{…}]}}. "
                    "Prints the new record's id (the record itself with --format json). Nothing is written when any "
                    "field is wrong."),
                .options = {kJsonOption},
                .count = Count {1, 1},
                .run = cmdAdd},
            {.name = QStringLiteral("show"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "show one record"),
                .count = Count {1, 1},
                .run = cmdShow},
            {.name = QStringLiteral("list"),
                .arguments = QStringLiteral("TYPE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "the records of TYPE, a page at a time"),
                .options = {{.name = QStringLiteral("--sort"),
                                .value = QStringLiteral("FIELD"),
                                .help = QT_TRANSLATE_NOOP("praxis-cli", "sort by FIELD (default: the title)"),
                                .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--sort needs a field name")},
                    {.name = QStringLiteral("--desc"), .help = QT_TRANSLATE_NOOP("praxis-cli", "sort in descending order")},
                    {.name = QStringLiteral("--limit"),
                        .value = QStringLiteral("N"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "at most N records (default 50)"),
                        .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--limit needs a positive number"),
                        .accepts = isPositiveNumber},
                    {.name = QStringLiteral("--offset"),
                        .value = QStringLiteral("N"),
                        .help = QT_TRANSLATE_NOOP("praxis-cli", "skip the first N records"),
                        .refusal = QT_TRANSLATE_NOOP("praxis-cli", "--offset needs a number, 0 or more"),
                        .accepts = isCount},
                    {.name = QStringLiteral("--trashed"), .help = QT_TRANSLATE_NOOP("praxis-cli", "the records in the trash instead")}},
                .count = Count {1, 1},
                .run = cmdList},
            {.name = QStringLiteral("edit"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "change fields; JSON object on stdin or with --json, null clears a field"),
                .options = {kJsonOption},
                .count = Count {1, 1},
                .run = cmdEdit},
            {.name = QStringLiteral("delete"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "move a record to the trash"),
                .count = Count {1, 1},
                .run = cmdDelete},
            {.name = QStringLiteral("purge"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "remove a record for good (leaves a tombstone)"),
                .options
                = {{.name = QStringLiteral("--yes"), .help = QT_TRANSLATE_NOOP("praxis-cli", "confirm: purge refuses to run without it")}},
                .count = Count {1, 1},
                .run = cmdPurge},
            {.name = QStringLiteral("history"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "every change of a record"),
                .count = Count {1, 1},
                .run = cmdHistory},
            {.name = QStringLiteral("types"),
                .arguments = QStringLiteral("[TYPE]"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "the record types and their fields"),
                .count = Count {0, 1},
                .run = cmdTypes},
            {.name = QStringLiteral("remove-samples"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "remove the sample records"),
                .run = cmdRemoveSamples},
        }};
}

} // namespace praxis::cli
