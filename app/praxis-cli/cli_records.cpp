// praxis-cli commands on records: init, add, show, list, edit, delete, purge, history, types, remove-samples.
#include "cli_records.h"

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
    return cli.onLibrary(
        [&](Library &library) {
            const QString folder = QDir::toNativeSeparators(library.folder());
            if (!library.wasCreated())
                return cli.fail(QStringLiteral("a library already exists at %1; nothing changed.").arg(folder));
            qint64 samples = 0;
            if (cli.has("--sample")) {
                QFile file(QStringLiteral(":/sample/sample_library.json"));
                if (!file.open(QIODevice::ReadOnly))
                    return cli.fail(QStringLiteral("This build has no sample library."));
                auto n = SampleLibrary::install(library, file.readAll());
                if (!n)
                    return cli.fail(n.error());
                samples = *n;
            }
            const QString text = cli.has("--sample")
                ? QStringLiteral("Created a library at %1 with %2 sample records.\n").arg(folder, QString::number(samples))
                : QStringLiteral("Created a library at %1.\n").arg(folder);
            return cli.report(
                QJsonObject {{QStringLiteral("library"), library.folder()}, {QStringLiteral("sample_records"), samples}}, text);
        },
        CliInvocation::Opening::CreateWhenMissing);
}

// A record just written: as JSON with `extra` beside its fields, or else `text`.
int reportRecord(CliInvocation &cli, RecordStore &store, const RecordId &id, const QString &text, const QJsonObject &extra = {})
{
    if (!cli.jsonOutput())
        return cli.report({}, text);
    auto record = store.get(id);
    if (!record)
        return cli.fail(record.error());
    QJsonObject json = record->toJson();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return cli.report(json, {});
}

int cmdAdd(CliInvocation &cli)
{
    const QString type = cli.args().at(0);
    if (!RecordTypes::find(type))
        return cli.usage(QStringLiteral("“%1” is not a record type; see praxis-cli types").arg(type));
    const QString kept = QStringLiteral("Nothing was written.");
    QJsonObject fields;
    if (int code = cli.readJsonObject(fields, QStringLiteral("a JSON object with the record's fields"), kept); code != kOk)
        return code;
    return cli.onLibrary([&](Library &library) {
        RecordDocument writer(library.database(), library.records());
        auto summary = writer.write(fields, type);
        if (!summary)
            return cli.fail(summary.error(), kept);
        const RecordId id = summary->created.first();
        return reportRecord(cli, library.records(), id, id.toString() + QLatin1Char('\n'),
            QJsonObject {{QStringLiteral("records_written"), qint64(summary->created.size())}});
    });
}

int cmdShow(CliInvocation &cli)
{
    return cli.onLibrary([&](Library &library) -> int {
        RecordStore &store = library.records();
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
            return cli.report(out, {});
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
    });
}

int cmdList(CliInvocation &cli)
{
    const QString type = cli.args().at(0);
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return cli.usage(QStringLiteral("“%1” is not a record type; see praxis-cli types").arg(type));
    return cli.onLibrary([&](Library &library) {
        const QString sort = cli.value("--sort");
        ListQuery q;
        q.sortField = sort;
        q.descending = cli.has("--desc");
        q.limit = cli.number("--limit", 50);
        q.offset = cli.number("--offset", 0);
        q.trash = cli.has("--trashed") ? TrashFilter::Trashed : TrashFilter::Live;
        auto records = library.records().list(type, q);
        if (!records)
            return cli.fail(records.error());
        auto total = library.records().count(type, q);
        if (!total)
            return cli.fail(total.error());
        QJsonArray arr;
        QString text;
        for (const Record &r : *records) {
            arr.append(r.toJson());
            auto name = library.records().displayName(r.id);
            text += r.id.toString() + QLatin1Char('\t') + (name ? *name : QString());
            if (!sort.isEmpty() && sort != def->titleField)
                text += QLatin1Char('\t') + valueText(r.fields.value(sort));
            text += QLatin1Char('\n');
        }
        text += QStringLiteral("(%1 of %2 %3, from %4)\n")
                    .arg(QString::number(records->size()), QString::number(*total), def->pluralLabel.toLower(),
                        QString::number(q.offset + (records->isEmpty() ? 0 : 1)));
        return cli.report(QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("total"), *total},
                              {QStringLiteral("offset"), q.offset}, {QStringLiteral("records"), arr}},
            text);
    });
}

int cmdEdit(CliInvocation &cli)
{
    const QString kept = QStringLiteral("Nothing was changed.");
    QJsonObject changes;
    if (int code = cli.readJsonObject(changes, QStringLiteral("a JSON object with the fields to change"), kept); code != kOk)
        return code;
    return cli.onLibrary([&](Library &library) {
        RecordStore &store = library.records();
        const RecordId id(cli.args().at(0));
        auto type = store.typeOf(id);
        if (!type)
            return cli.fail(type.error());
        auto fields = store.fieldsFromJson(*type, changes);
        if (!fields)
            return cli.fail(fields.error(), kept);
        if (Status s = store.update(id, *fields); !s)
            return cli.fail(s.error(), kept);
        return reportRecord(cli, store, id, QStringLiteral("Updated %1.\n").arg(id.toString()));
    });
}

int cmdDelete(CliInvocation &cli)
{
    return changeRecord(cli, &RecordStore::trash, QStringLiteral("trashed"), QStringLiteral("Moved %1 to the trash."));
}

int cmdPurge(CliInvocation &cli)
{
    if (!cli.has("--yes"))
        return cli.usage(QStringLiteral("purge removes a record for good; confirm with --yes"));
    return changeRecord(cli, &RecordStore::purge, QStringLiteral("purged"), QStringLiteral("Removed %1 for good."));
}

int cmdHistory(CliInvocation &cli)
{
    const RecordId id(cli.args().at(0));
    return cli.onLibrary([&](Library &library) {
        auto entries = library.changeLog().history(id);
        if (!entries)
            return cli.fail(entries.error());
        if (entries->isEmpty())
            return cli.fail(QStringLiteral("No record has the id %1, and none ever had.").arg(id.toString()));
        QJsonArray arr;
        QString text;
        for (const ChangeEntry &e : *entries) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(e.time.wallMs, Qt::UTC);
            QJsonObject o {{QStringLiteral("seq"), e.seq}, {QStringLiteral("hlc"), e.time.toString()},
                {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)}, {QStringLiteral("device"), e.device},
                {QStringLiteral("author"), e.author}, {QStringLiteral("op"), changeOpName(e.op)}};
            text += time.toString(Qt::ISODate) + QStringLiteral("  ") + e.author + QStringLiteral("  ") + changeOpName(e.op);
            if (e.op == ChangeOp::Set) {
                o.insert(QStringLiteral("field"), e.field);
                o.insert(QStringLiteral("value"), e.value);
                text += QStringLiteral("  ") + e.field + QStringLiteral(" = ") + jsonText(e.value).trimmed();
            }
            arr.append(o);
            text += QLatin1Char('\n');
        }
        return cli.report(arr, text);
    });
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
    return cli.onLibrary([&](Library &library) -> int {
        auto n = library.records().sampleCount();
        if (!n)
            return cli.fail(n.error());
        if (Status s = SampleLibrary::remove(library); !s)
            return cli.fail(s.error());
        // Said in words with --format json as well.
        cli.out() << "Removed " << *n << " sample records.\n";
        return kOk;
    });
}

const CliOption kJsonOption = valueOption(QStringLiteral("--json"), QStringLiteral("JSON"),
    QT_TRANSLATE_NOOP("praxis-cli", "the JSON object (read from standard input when left out)"),
    QT_TRANSLATE_NOOP("praxis-cli", "--json needs a JSON text"));

} // namespace

int changeRecord(CliInvocation &cli, Status (RecordStore::*change)(const RecordId &), const QString &key, const QString &done)
{
    const QString id = cli.args().at(0);
    return cli.onLibrary([&](Library &library) {
        if (Status s = (library.records().*change)(RecordId(id)); !s)
            return cli.fail(s.error());
        return cli.report(QJsonObject {{key, id}}, done.arg(id) + QLatin1Char('\n'));
    });
}

CliCommandGroup recordCommands()
{
    return {QT_TRANSLATE_NOOP("praxis-cli", "Records"),
        {
            {.name = QStringLiteral("init"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "create the library (with the sample records)"),
                .options
                = {flagOption(QStringLiteral("--sample"), QT_TRANSLATE_NOOP("praxis-cli", "fill the new library with the sample records"))},
                .run = cmdInit},
            {.name = QStringLiteral("add"),
                .arguments = QStringLiteral("TYPE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "add a record; JSON fields on stdin or with --json"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "Parts may be nested under \"parts\", by their type: {\"title\": …, \"parts\": {\"dialogue_phase\": [{…}]}}. "
                    "Prints the new record's id (the record itself with --format json). Nothing is written when any "
                    "field is wrong."),
                .options = {kJsonOption},
                .run = cmdAdd},
            {.name = QStringLiteral("show"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "show one record"),
                .run = cmdShow},
            {.name = QStringLiteral("list"),
                .arguments = QStringLiteral("TYPE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "the records of TYPE, a page at a time"),
                .options = {valueOption(QStringLiteral("--sort"), QStringLiteral("FIELD"),
                                QT_TRANSLATE_NOOP("praxis-cli", "sort by FIELD (default: the title)"),
                                QT_TRANSLATE_NOOP("praxis-cli", "--sort needs a field name")),
                    flagOption(QStringLiteral("--desc"), QT_TRANSLATE_NOOP("praxis-cli", "sort in descending order")),
                    limitOption(QT_TRANSLATE_NOOP("praxis-cli", "at most N records (default 50)")),
                    offsetOption(QT_TRANSLATE_NOOP("praxis-cli", "skip the first N records")),
                    flagOption(QStringLiteral("--trashed"), QT_TRANSLATE_NOOP("praxis-cli", "the records in the trash instead"))},
                .run = cmdList},
            {.name = QStringLiteral("edit"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "change fields; JSON object on stdin or with --json, null clears a field"),
                .options = {kJsonOption},
                .run = cmdEdit},
            {.name = QStringLiteral("delete"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "move a record to the trash"),
                .run = cmdDelete},
            {.name = QStringLiteral("purge"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "remove a record for good (leaves a tombstone)"),
                .options
                = {flagOption(QStringLiteral("--yes"), QT_TRANSLATE_NOOP("praxis-cli", "confirm: purge refuses to run without it"))},
                .run = cmdPurge},
            {.name = QStringLiteral("history"),
                .arguments = QStringLiteral("ID"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "every change of a record"),
                .run = cmdHistory},
            {.name = QStringLiteral("types"),
                .arguments = QStringLiteral("[TYPE]"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "the record types and their fields"),
                .run = cmdTypes},
            {.name = QStringLiteral("remove-samples"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "remove the sample records"),
                .run = cmdRemoveSamples},
        }};
}

} // namespace praxis::cli
