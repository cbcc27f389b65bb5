// praxis-cli duplicates and merge.
#include "cli_app.h"

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

} // namespace

int CliApp::cmdDuplicates()
{
    const QString type = m_args.at(0);
    if (!RecordTypes::find(type))
        return usage(QStringLiteral("unknown record type “%1” (see praxis-cli types)").arg(type));
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    DuplicateFinder finder((*lib)->records(), (*lib)->search());
    auto pairs = finder.pairs(type);
    if (!pairs)
        return fail(pairs.error());
    if (jsonOutput()) {
        QJsonArray arr;
        for (const DuplicatePair &p : std::as_const(*pairs))
            arr.append(QJsonObject{{QStringLiteral("score"), p.score},
                                   {QStringLiteral("record"), matchJson(p.first)},
                                   {QStringLiteral("duplicate"), matchJson(p.second)},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(p.second.reasons)}});
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("pairs"), arr}}).toJson());
        return kOk;
    }
    if (pairs->isEmpty()) {
        m_out << "No likely duplicates among the " << type << " records.\n";
        return kOk;
    }
    for (const DuplicatePair &p : std::as_const(*pairs)) {
        m_out << std::lround(p.score * 100) << "% alike (" << p.second.reasons.join(QStringLiteral(", ")) << ")\n"
              << "  " << p.first.id.toString() << "  " << p.first.title << "\n"
              << "  " << p.second.id.toString() << "  " << p.second.title << "\n";
    }
    m_out << pairs->size() << " likely pair(s). Merge one with: praxis-cli merge KEEP OTHER\n";
    return kOk;
}

int CliApp::cmdMerge()
{
    auto lib = openLibrary(false);
    if (!lib)
        return fail(lib.error());
    RecordMerger merger((*lib)->database(), (*lib)->records());
    auto outcome = merger.merge(RecordId(m_args.at(0)), RecordId(m_args.at(1)));
    if (!outcome)
        return fail(outcome.error());
    if (jsonOutput()) {
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("kept"), outcome->kept.toString()},
                                                             {QStringLiteral("trashed"), outcome->merged.toString()},
                                                             {QStringLiteral("fields_changed"), int(outcome->changes.size())},
                                                             {QStringLiteral("parts_moved"), outcome->movedParts},
                                                             {QStringLiteral("references_redirected"), outcome->redirected}})
                                       .toJson());
        return kOk;
    }
    m_out << "Merged " << outcome->merged.toString() << " into " << outcome->kept.toString() << ": " << outcome->movedParts
          << " part(s) and link(s) moved, " << outcome->redirected << " reference(s) redirected; the other record is in the trash"
          << " (praxis-cli restore brings it back).\n";
    return kOk;
}

} // namespace praxis::cli
