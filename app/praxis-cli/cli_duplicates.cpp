// praxis-cli duplicates and merge.
#include "cli_command.h"
#include "cli_invocation.h"

#include "library/library.h"
#include "model/record_type.h"
#include "records/duplicates.h"
#include "records/record_merger.h"
#include "records/record_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace praxis::cli {

using namespace praxis::core;

namespace {

QJsonObject matchJson(const DuplicateMatch &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id.toString()}, {QStringLiteral("title"), m.title}};
}

int cmdDuplicates(CliInvocation &cli)
{
    const QString type = cli.args().at(0);
    if (!RecordTypes::find(type))
        return cli.usage(QStringLiteral("unknown record type “%1” (see praxis-cli types)").arg(type));
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    DuplicateFinder finder((*lib)->records(), (*lib)->search());
    auto pairs = finder.pairs(type);
    if (!pairs)
        return cli.fail(pairs.error());
    if (cli.jsonOutput()) {
        QJsonArray arr;
        for (const DuplicatePair &p : std::as_const(*pairs))
            arr.append(QJsonObject{{QStringLiteral("score"), p.score},
                                   {QStringLiteral("record"), matchJson(p.first)},
                                   {QStringLiteral("duplicate"), matchJson(p.second)},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(p.second.reasons)}});
        cli.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("pairs"), arr}}).toJson());
        return kOk;
    }
    if (pairs->isEmpty()) {
        cli.out() << "No likely duplicates among the " << type << " records.\n";
        return kOk;
    }
    for (const DuplicatePair &p : std::as_const(*pairs)) {
        cli.out() << std::lround(p.score * 100) << "% alike (" << p.second.reasons.join(QStringLiteral(", ")) << ")\n"
              << "  " << p.first.id.toString() << "  " << p.first.title << "\n"
              << "  " << p.second.id.toString() << "  " << p.second.title << "\n";
    }
    cli.out() << pairs->size() << " likely pair(s). Merge one with: praxis-cli merge KEEP OTHER\n";
    return kOk;
}

int cmdMerge(CliInvocation &cli)
{
    auto lib = cli.openLibrary(false);
    if (!lib)
        return cli.fail(lib.error());
    RecordMerger merger((*lib)->database(), (*lib)->records());
    auto outcome = merger.merge(RecordId(cli.args().at(0)), RecordId(cli.args().at(1)));
    if (!outcome)
        return cli.fail(outcome.error());
    if (cli.jsonOutput()) {
        cli.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("kept"), outcome->kept.toString()},
                                                             {QStringLiteral("trashed"), outcome->merged.toString()},
                                                             {QStringLiteral("fields_changed"), int(outcome->changes.size())},
                                                             {QStringLiteral("parts_moved"), outcome->movedParts},
                                                             {QStringLiteral("references_redirected"), outcome->redirected}})
                                       .toJson());
        return kOk;
    }
    cli.out() << "Merged " << outcome->merged.toString() << " into " << outcome->kept.toString() << ": " << outcome->movedParts
          << " part(s) and link(s) moved, " << outcome->redirected << " reference(s) redirected; the other record is in the trash"
          << " (praxis-cli restore brings it back).\n";
    return kOk;
}

} // namespace

CliCommandGroup duplicateCommands()
{
    using Count = CliArgumentCount;
    return {QT_TRANSLATE_NOOP("praxis-cli", "Duplicates"),
        {
            {.name = QStringLiteral("duplicates"),
                .arguments = QStringLiteral("TYPE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "likely duplicate pairs among the records of TYPE"),
                .details = QT_TRANSLATE_NOOP("praxis-cli", "TYPE is material, person, organisation or case_study."),
                .count = Count{1, 1},
                .run = cmdDuplicates},
            {.name = QStringLiteral("merge"),
                .arguments = QStringLiteral("KEEP OTHER"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "merge record OTHER into KEEP; OTHER goes to the trash"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "Values, parts, links and attachments move over to KEEP, and references to OTHER are redirected to "
                    "it; praxis-cli restore OTHER brings the other record back."),
                .count = Count{2, 2},
                .run = cmdMerge},
        }};
}

} // namespace praxis::cli
