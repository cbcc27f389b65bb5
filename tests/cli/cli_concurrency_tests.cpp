// praxis-cli run while another process holds the library open, as the window does: the other process
// keeps its write-ahead log, and every record it committed survives its being killed.

#include "library/library.h"
#include "records/record_store.h"

#include "catch_qt.h"
#include "cli_runner.h"
#include "command_process.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace praxis;
using namespace praxis::test;

namespace {

constexpr int kHolderTimeoutMs = 20000;

// SQLite's files beside praxis.sqlite while a connection is open in WAL mode. Only looked at: opening
// them here would take and drop locks of this process.
QStringList missingWalFiles(const QString &library)
{
    QStringList missing;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString name = core::Library::databaseFileName() + QLatin1String(suffix);
        if (!QFileInfo::exists(library + QLatin1Char('/') + name))
            missing << name;
    }
    return missing;
}

// The record ids in praxis-cli's JSON output of `list` (records) or `search` (hits).
QStringList idsIn(const QJsonObject &output)
{
    QStringList ids;
    for (const char *key : {"records", "hits"}) {
        for (const QJsonValue &v : output.value(QLatin1String(key)).toArray())
            ids << v.toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

} // namespace

TEST_CASE("praxis-cli beside a process that holds the library open leaves its write-ahead log, and loses none of its records",
    "[cli][concurrency]")
{
    CliLibrary lib;
    CommandProcess holder(QStringLiteral(PRAXIS_LIBRARY_HOLDER_PATH), {lib.path()}, lib.dir.filePath(QStringLiteral("holder.log")));
    {
        const bool started = holder.start(QStringLiteral("ready"), kHolderTimeoutMs);
        INFO("holder said: " << holder.lastReply().toStdString() << "\nits log: " << holder.log().toStdString());
        REQUIRE(started);
    }

    QStringList committed; // every id the holder reported committed
    QStringList holderErrors; // commands the holder answered with an error
    // The holder's reply; a holder that does not answer (hung, or ended) ends the test.
    auto send = [&](const QString &command) {
        const QString reply = holder.send(command, kHolderTimeoutMs);
        INFO("holder, to “" << command.toStdString() << "”, said nothing in time; its log: " << holder.log().toStdString());
        REQUIRE_FALSE(reply.isEmpty());
        if (reply.startsWith(QLatin1String("error ")))
            holderErrors << command + QStringLiteral(": ") + reply;
        return reply;
    };
    auto add = [&](const QString &title) {
        if (const QString reply = send(QStringLiteral("add ") + title); reply.startsWith(QLatin1String("added ")))
            committed << reply.mid(6);
    };

    // Reading commands only: a reader that ends must not take the log away from the writer still there.
    const QList<QStringList> reads {
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("search"), QStringLiteral("training"),
            QStringLiteral("--limit"), QStringLiteral("1000")},
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list"), QStringLiteral("material"), QStringLiteral("--limit"),
            QStringLiteral("1000")},
    };
    constexpr int kRounds = 4;
    QStringList walGone; // after which run of praxis-cli the log was no longer there
    QStringList unseen; // runs of praxis-cli that did not see every committed record
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < 3; ++i)
            add(QStringLiteral("Training module %1.%2").arg(round).arg(i));
        const QStringList args = reads.at(round % reads.size());
        const Run read = cli(lib.path(), args);
        INFO("praxis-cli " << args.join(QLatin1Char(' ')).toStdString() << ": " << read.err.toStdString());
        REQUIRE(read.code == 0);
        const QStringList seen = idsIn(read.json());
        const auto notSeen = std::count_if(committed.cbegin(), committed.cend(), [&seen](const QString &id) { return !seen.contains(id); });
        if (notSeen > 0)
            unseen << QStringLiteral("run %1 (%2) saw %3 of the %4 committed")
                          .arg(round + 1)
                          .arg(args.at(2))
                          .arg(committed.size() - notSeen)
                          .arg(committed.size());
        if (const QStringList missing = missingWalFiles(lib.path()); !missing.isEmpty())
            walGone << QStringLiteral("run %1 (%2): %3 missing").arg(round + 1).arg(args.at(2), missing.join(QStringLiteral(", ")));
        send(QStringLiteral("reopen"));
    }
    for (int i = 0; i < 3; ++i)
        add(QStringLiteral("Training module after the readers %1").arg(i));
    // As a crash or a power cut would: no closing, no checkpoint.
    holder.kill();
    REQUIRE_FALSE(holder.isRunning());

    CHECK(holderErrors.join(QStringLiteral("; ")) == QString());
    CHECK(walGone.join(QStringLiteral("; ")) == QString());
    CHECK(unseen.join(QStringLiteral("; ")) == QString());

    QStringList lost;
    {
        core::LibraryOptions options;
        options.create = false;
        auto opened = core::Library::open(lib.path(), options);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        for (const QString &id : std::as_const(committed)) {
            if (auto record = (*opened)->records().get(core::RecordId(id)); !record)
                lost << id;
        }
    }
    INFO(lost.size() << " of " << committed.size() << " committed records lost");
    CHECK(lost.join(QStringLiteral(", ")) == QString());

    const Run check = cli(lib.path(), {QStringLiteral("check")});
    INFO("praxis-cli check: " << check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}
