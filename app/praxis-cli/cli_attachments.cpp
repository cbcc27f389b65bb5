// praxis-cli attach and attachments (list, check, extract).
#include "cli_command.h"
#include "cli_invocation.h"

#include "attachments/attachment_text_reader.h"
#include "attachments/attachment_store.h"
#include "attachments/attachment_text.h"
#include "library/library.h"
#include "records/record_store.h"
#include "search/search_index.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace praxis::cli {

using namespace praxis::core;

namespace {

QString problemName(AttachmentProblem::Kind kind)
{
    switch (kind) {
    case AttachmentProblem::Kind::Missing:
        return QStringLiteral("missing");
    case AttachmentProblem::Kind::Altered:
        return QStringLiteral("altered");
    case AttachmentProblem::Kind::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

// The state of an attachment's text for search: pending, ok, failed or unsupported (empty for a link).
QPair<QString, QString> textState(const AttachmentTextCache &texts, const Record &attachment)
{
    const QString sha = attachment.value(QStringLiteral("sha256")).toString();
    if (sha.isEmpty())
        return {};
    auto stored = texts.find(sha);
    if (!stored || !stored->has_value())
        return {QStringLiteral("pending"), QString()};
    return {AttachmentTextCache::statusName((*stored)->status), (*stored)->message};
}

QJsonObject attachmentJson(const AttachmentTextCache &texts, const Record &a)
{
    QJsonObject o {{QStringLiteral("id"), a.id.toString()}, {QStringLiteral("title"), a.value(QStringLiteral("title")).toString()}};
    for (const char *field : {"file_name", "mime_type", "sha256", "url"}) {
        const QString value = a.value(QString::fromLatin1(field)).toString();
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(field), value);
    }
    if (a.fields.contains(QStringLiteral("size")))
        o.insert(QStringLiteral("size"), a.value(QStringLiteral("size")).toLongLong());
    const auto [state, message] = textState(texts, a);
    if (!state.isEmpty())
        o.insert(QStringLiteral("text"), state);
    if (!message.isEmpty())
        o.insert(QStringLiteral("text_message"), message);
    return o;
}

QString stateText(const QPair<QString, QString> &state)
{
    if (state.first == QLatin1String("ok"))
        return QStringLiteral("text read");
    if (state.first == QLatin1String("pending"))
        return QStringLiteral("text not read yet");
    if (state.first.isEmpty())
        return QStringLiteral("link");
    return QStringLiteral("text %1: %2")
        .arg(state.first == QLatin1String("failed") ? QStringLiteral("not read") : QStringLiteral("not readable"), state.second);
}

QJsonObject summaryJson(const ExtractionSummary &s)
{
    return QJsonObject {{QStringLiteral("read"), s.read}, {QStringLiteral("failed"), s.failed},
        {QStringLiteral("unsupported"), s.unsupported}, {QStringLiteral("missing"), s.missing},
        {QStringLiteral("problems"), QJsonArray::fromStringList(s.problems)}};
}

QString summaryText(const ExtractionSummary &s)
{
    if (s.total() == 0)
        return QStringLiteral("The text of every attached file has been read already.\n");
    QString out = QStringLiteral("Read the text of %1 file(s)").arg(s.read);
    if (s.failed)
        out += QStringLiteral("; %1 could not be read").arg(s.failed);
    if (s.unsupported)
        out += QStringLiteral("; %1 of a kind Praxis does not read").arg(s.unsupported);
    if (s.missing)
        out += QStringLiteral("; %1 missing from the attachments folder").arg(s.missing);
    out += QStringLiteral(".\n");
    for (const QString &p : s.problems)
        out += QStringLiteral("  ") + p + QLatin1Char('\n');
    return out;
}

// Reads the text of every pending file, then brings the search index up to date with it.
Result<ExtractionSummary> extractPending(Library &library)
{
    AttachmentTextCache texts(library.database(), library.clock());
    AttachmentTextRunner runner(
        texts, library.attachmentsFolder(), extract::AttachmentTextReader::extractor(), extract::AttachmentTextReader::version());
    auto summary = runner.run();
    if (!summary)
        return summary.error();
    if (auto drained = library.search().drain(); !drained)
        return drained.error();
    return summary;
}

int attach(CliInvocation &cli, Library &library, const RecordId &owner, const QStringList &files, const QStringList &links)
{
    const QString kept = QStringLiteral("Nothing was attached.");
    RecordStore &store = library.records();
    auto ownerRecord = store.get(owner);
    if (!ownerRecord)
        return cli.fail(ownerRecord.error(), kept);
    AttachmentStore attachments(library.attachmentsFolder(), library.database(), store);
    QList<RecordId> added;
    {
        // Links and files together, all or nothing (the files' own add is one nested step of this).
        Transaction tx(library.database());
        if (!tx.status())
            return cli.fail(tx.status().error());
        for (const QString &url : std::as_const(links)) {
            auto id = attachments.addLink(owner, url);
            if (!id)
                return cli.fail(id.error(), kept);
            added << *id;
        }
        if (!files.isEmpty()) {
            auto ids = attachments.addFiles(owner, files);
            if (!ids)
                return cli.fail(ids.error());
            added << *ids;
        }
        if (Status s = tx.commit(); !s)
            return cli.fail(s.error(), kept);
    }
    auto summary = extractPending(library);
    if (!summary)
        cli.err() << "praxis-cli: the files are attached, but their text could not be read for search: " << summary.error().message << "\n";

    AttachmentTextCache texts(library.database(), library.clock());
    QJsonArray list;
    QStringList lines;
    for (const RecordId &id : std::as_const(added)) {
        auto a = store.get(id);
        if (!a)
            return cli.fail(a.error());
        list.append(attachmentJson(texts, *a));
        const QString file = a->value(QStringLiteral("file_name")).toString();
        lines << QStringLiteral("  %1  %2  (%3)")
                     .arg(id.toString(), file.isEmpty() ? a->value(QStringLiteral("url")).toString() : file,
                         stateText(textState(texts, *a)));
    }
    QJsonObject out {{QStringLiteral("record"), owner.toString()}, {QStringLiteral("attachments"), list}};
    if (summary)
        out.insert(QStringLiteral("extraction"), summaryJson(*summary));
    auto name = store.displayName(owner);
    const QString text
        = QStringLiteral("Attached %1 file(s) and %2 link(s) to %3 [%4]:\n")
              .arg(QString::number(files.size()), QString::number(links.size()), name ? *name : owner.toString(), owner.toString())
        + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return cli.report(out, text);
}

bool isLink(const QString &url)
{
    return !url.trimmed().isEmpty();
}

int cmdAttach(CliInvocation &cli)
{
    const RecordId owner(cli.args().at(0));
    const QStringList files = cli.args().mid(1);
    const QStringList links = cli.values("--link");
    if (files.isEmpty() && links.isEmpty())
        return cli.usage(QStringLiteral("attach takes a record id and at least one file or --link URL"));
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile())
            return cli.fail(QStringLiteral("%1 is not a file. Nothing was attached.").arg(QDir::toNativeSeparators(file)));
    }
    return cli.onLibrary([&](Library &library) { return attach(cli, library, owner, files, links); });
}

int listAttachments(CliInvocation &cli, Library &library, const QString &owner)
{
    RecordStore &store = library.records();
    const RecordId id(owner);
    auto record = store.get(id);
    if (!record)
        return cli.fail(record.error());
    auto parts = store.parts(id, QStringLiteral("attachment"));
    if (!parts)
        return cli.fail(parts.error());
    AttachmentTextCache texts(library.database(), library.clock());
    if (cli.jsonOutput()) {
        QJsonArray list;
        for (const Record &a : std::as_const(*parts))
            list.append(attachmentJson(texts, a));
        return cli.report(QJsonObject {{QStringLiteral("record"), id.toString()}, {QStringLiteral("attachments"), list}}, {});
    }
    for (const Record &a : std::as_const(*parts)) {
        const QString file = a.value(QStringLiteral("file_name")).toString();
        QString line = a.id.toString() + QLatin1Char('\t') + a.value(QStringLiteral("title")).toString() + QLatin1Char('\t');
        if (file.isEmpty())
            line += a.value(QStringLiteral("url")).toString();
        else
            line += file + QLatin1Char('\t') + QLocale::c().formattedDataSize(a.value(QStringLiteral("size")).toLongLong())
                + QLatin1Char('\t') + a.value(QStringLiteral("mime_type")).toString();
        cli.out() << line << "\t" << stateText(textState(texts, a)) << "\n";
    }
    auto name = store.displayName(id);
    cli.out() << "(" << parts->size() << " attachment(s) on " << (name ? *name : id.toString()) << ")\n";
    return kOk;
}

int checkAttachments(CliInvocation &cli, Library &library)
{
    RecordStore &store = library.records();
    AttachmentStore attachments(library.attachmentsFolder(), library.database(), store);
    auto problems = attachments.check();
    if (!problems)
        return cli.fail(problems.error());
    ListQuery all;
    all.trash = TrashFilter::All;
    const qint64 checked = store.count(QStringLiteral("attachment"), all).value_or(0);
    if (cli.jsonOutput()) {
        QJsonArray list;
        for (const AttachmentProblem &p : std::as_const(*problems)) {
            auto name = store.displayName(p.owner);
            list.append(
                QJsonObject {{QStringLiteral("attachment"), p.attachment.toString()}, {QStringLiteral("record"), p.owner.toString()},
                    {QStringLiteral("record_title"), name ? *name : QString()}, {QStringLiteral("file_name"), p.fileName},
                    {QStringLiteral("problem"), problemName(p.kind)}, {QStringLiteral("message"), p.message}});
        }
        cli.out() << jsonText(QJsonObject {
            {QStringLiteral("ok"), problems->isEmpty()}, {QStringLiteral("attachments"), checked}, {QStringLiteral("problems"), list}});
    } else {
        for (const AttachmentProblem &p : std::as_const(*problems)) {
            auto name = store.displayName(p.owner);
            cli.out() << problemName(p.kind) << ": " << p.fileName << " (attachment " << p.attachment.toString() << " of "
                      << (name ? *name : QStringLiteral("?")) << " [" << p.owner.toString() << "]): " << p.message << "\n";
        }
        if (problems->isEmpty())
            cli.out() << "OK: " << checked << " attachment(s), every file present and unchanged.\n";
        else
            cli.out() << "PROBLEMS FOUND: " << problems->size() << " of " << checked << " attachment(s).\n";
    }
    return problems->isEmpty() ? kOk : kError;
}

int extractAttachments(CliInvocation &cli, Library &library)
{
    auto summary = extractPending(library);
    if (!summary)
        return cli.fail(summary.error());
    return cli.report(summaryJson(*summary), summaryText(*summary));
}

int cmdAttachments(CliInvocation &cli)
{
    return cli.onLibrary([&](Library &library) {
        const QString what = cli.args().at(0);
        if (what == QLatin1String("check"))
            return checkAttachments(cli, library);
        if (what == QLatin1String("extract"))
            return extractAttachments(cli, library);
        return listAttachments(cli, library, what);
    });
}

} // namespace

CliCommandGroup attachmentCommands()
{
    return {QT_TRANSLATE_NOOP("praxis-cli", "Attachments"),
        {
            {.name = QStringLiteral("attach"),
                .arguments = QStringLiteral("ID FILE..."),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "attach files and links to record ID, all or nothing"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "The files are copied into the library; then their text is read for search. Give at least one "
                    "file or --link."),
                .options = {valueOption(QStringLiteral("--link"), QStringLiteral("URL"),
                    QT_TRANSLATE_NOOP("praxis-cli", "attach a link; repeat for more"),
                    QT_TRANSLATE_NOOP("praxis-cli", "--link needs an address (https://…)"), isLink)
                                .repeated()},
                .run = cmdAttach,
                .count = CliArgumentCount {1, CliArgumentCount::kUnbounded}},
            {.name = QStringLiteral("attachments"),
                .arguments = QStringLiteral("ID|check|extract"),
                .summary = QT_TRANSLATE_NOOP("praxis-cli", "list a record's attachments, check every file, or read their text"),
                .details = QT_TRANSLATE_NOOP("praxis-cli",
                    "attachments ID lists the files and links attached to record ID, with the state of their text for "
                    "search. attachments check: is every attached file present and unchanged? It lists missing and "
                    "altered files and exits with 1 when there are any. attachments extract reads the text of the "
                    "attached files not yet read (PDF, DOCX, ODT, HTML, Markdown, plain text) so that search finds "
                    "their words."),
                .run = cmdAttachments},
        }};
}

} // namespace praxis::cli
