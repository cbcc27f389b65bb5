// praxis-cli duplicates and merge.
#include "cli_command.h"
#include "cli_invocation.h"

#include "library/library.h"
#include "model/record_type.h"
#include "records/duplicates.h"
#include "records/record_merger.h"
#include "records/record_store.h"

#include <QJsonArray>
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
    return cli.onLibrary([&](Library &library) {
        DuplicateFinder finder(library.records(), library.search());
        auto pairs = finder.pairs(type);
        if (!pairs)
            return cli.fail(pairs.error());
        QJsonArray arr;
        QString text;
        for (const DuplicatePair &p : std::as_const(*pairs)) {
            arr.append(QJsonObject {{QStringLiteral("score"), p.score}, {QStringLiteral("record"), matchJson(p.first)},
                {QStringLiteral("duplicate"), matchJson(p.second)},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(p.second.reasons)}});
            text += QStringLiteral("%1% alike (%2)\n  %3  %4\n  %5  %6\n")
                        .arg(QString::number(std::lround(p.score * 100)), p.second.reasons.join(QStringLiteral(", ")),
                            p.first.id.toString(), p.first.title, p.second.id.toString(), p.second.title);
        }
        if (pairs->isEmpty())
            text = QStringLiteral("No likely duplicates among the %1 records.\n").arg(type);
        else
            text += QStringLiteral("%1 likely pair(s). Merge one with: praxis-cli merge KEEP OTHER\n").arg(pairs->size());
        return cli.report(QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("pairs"), arr}}, text);
    });
}

int cmdMerge(CliInvocation &cli)
{
    return cli.onLibrary([&](Library &library) {
        RecordMerger merger(library.database(), library.records());
        auto outcome = merger.merge(RecordId(cli.args().at(0)), RecordId(cli.args().at(1)));
        if (!outcome)
            return cli.fail(outcome.error());
        return cli.report(
            QJsonObject {{QStringLiteral("kept"), outcome->kept.toString()}, {QStringLiteral("trashed"), outcome->merged.toString()},
                {QStringLiteral("fields_changed"), int(outcome->changes.size())}, {QStringLiteral("parts_moved"), outcome->movedParts},
                {QStringLiteral("references_redirected"), outcome->redirected}},
            QStringLiteral("Merged %1 into %2: %3 part(s) and link(s) moved, %4 reference(s) redirected; the other record is in the "
                           "trash (praxis-cli restore brings it back).\n")
                .arg(outcome->merged.toString(), outcome->kept.toString(), QString::number(outcome->movedParts),
                    QString::number(outcome->redirected)));
    });
}

} // namespace

CliCommandGroup duplicateCommands()
{
    return {QT_TRANSLATE_NOOP("praxis-cli", "Duplicates"),
        {
            {.name = QStringLiteral("duplicates"),
                .arguments = QStringLiteral("TYPE"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "likely duplicate pairs among the records of TYPE"),
                .details = QT_TRANSLATE_NOOP("praxis-cli", "TYPE is material, person, organisation or case_study."),
                .run = cmdDuplicates},
            {.name = QStringLiteral("merge"),
                .arguments = QStringLiteral("KEEP OTHER"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "merge record OTHER into KEEP; OTHER goes to the trash"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "Values, parts, links and attachments move over to KEEP, and references to OTHER are redirected to "
                    "it; praxis-cli restore OTHER brings the other record back."),
                .run = cmdMerge},
        }};
}

} // namespace praxis::cli
