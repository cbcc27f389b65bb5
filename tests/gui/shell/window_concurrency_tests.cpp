// The window and praxis-cli on one library at the same time, each in a process of its own, as a user
// runs them: the window's background jobs open the library again and again while praxis-cli adds,
// searches, imports and exports; then the window is killed. Nothing either side committed may be lost.

#include "library/library.h"
#include "records/record_store.h"

#include "catch_qt.h"
#include "cli/cli_runner.h"
#include "command_process.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace praxis;
using namespace praxis::test;

namespace {

constexpr int kWindowTimeoutMs = 30000;

// One word per round, so that each round's records are found by a search of their own.
const QStringList kRoundWords {QStringLiteral("alfa"), QStringLiteral("bravo"), QStringLiteral("charlie"), QStringLiteral("delta"),
    QStringLiteral("echo"), QStringLiteral("foxtrot"), QStringLiteral("golf"), QStringLiteral("hotel"), QStringLiteral("india"),
    QStringLiteral("juliett")};

// Only looked at: opening SQLite's files here would take and drop locks of this process.
bool walPresent(const QString &library)
{
    const QString base = library + QLatin1Char('/') + core::Library::databaseFileName();
    return QFileInfo::exists(base + QStringLiteral("-wal")) && QFileInfo::exists(base + QStringLiteral("-shm"));
}

// Two RIS entries made for one round, with titles nothing else in the library has.
QString writeRis(const QString &path, const QString &word)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QString text = QStringLiteral("TY  - RPRT\r\nTI  - Field report %1 on gender-responsive budgeting\r\nPY  - 2019\r\nER  - \r\n\r\n"
                                        "TY  - BOOK\r\nTI  - Facilitation handbook %1 for community dialogues\r\nPY  - 2021\r\nER  - \r\n")
                             .arg(word);
    REQUIRE(file.write(text.toUtf8()) > 0);
    return path;
}

// "N WHAT: the first few, …" for a failure message; empty when there are none.
QString firstOf(const QStringList &items, const QString &what)
{
    if (items.isEmpty())
        return {};
    constexpr int kShown = 4;
    return QStringLiteral("%1 %2: ").arg(items.size()).arg(what) + items.mid(0, kShown).join(QStringLiteral("; "))
        + (items.size() > kShown ? QStringLiteral("; …") : QString());
}

} // namespace

TEST_CASE("The window and praxis-cli on one library at the same time lose nothing, even when the window is killed", "[gui][concurrency]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString library = dir.filePath(QStringLiteral("lib"));
    {
        const Run init = cli(library, {QStringLiteral("init"), QStringLiteral("--sample")});
        INFO(init.err.toStdString());
        REQUIRE(init.code == 0);
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    CommandProcess window(QStringLiteral(PRAXIS_WINDOW_HOST_PATH), {library, dir.filePath(QStringLiteral("settings"))},
        dir.filePath(QStringLiteral("window.log")), env);
    QStringList windowErrors; // commands the window answered with an error
    // What follows `expected` in the window's reply; empty after an error. A window that does not answer
    // (hung, or ended) ends the test.
    auto windowSays = [&](const QString &command, const QString &expected) {
        const QString reply = window.send(command, kWindowTimeoutMs);
        INFO("window, to “" << command.toStdString() << "”, said nothing in time; its log: " << window.log().toStdString());
        REQUIRE_FALSE(reply.isEmpty());
        if (!reply.startsWith(expected)) {
            windowErrors << command + QStringLiteral(": ") + reply;
            return QString();
        }
        return reply.mid(expected.size());
    };
    {
        const bool started = window.start(QStringLiteral("ready"), kWindowTimeoutMs);
        INFO("window said: " << window.lastReply().toStdString() << "\nits log: " << window.log().toStdString());
        REQUIRE(started);
    }
    // Its first background runs (indexing, filter counts, attachment texts) are under way or done.
    windowSays(QStringLiteral("texts"), QStringLiteral("texts done"));

    QStringList fromWindow; // ids the window reported saved
    QStringList fromCli; // ids praxis-cli reported written
    QStringList failedRuns; // praxis-cli runs that did not succeed
    QStringList walGone; // praxis-cli runs after which the window's write-ahead log was gone
    int runs = 0;
    QStringList unseen; // records one side committed that the other did not see
    auto run = [&](int round, const QStringList &args) {
        const Run r = cli(library, args);
        ++runs;
        const QString command = args.at(args.startsWith(QStringLiteral("--format")) ? 2 : 0);
        if (r.code != 0)
            failedRuns << QStringLiteral("round %1, %2: exit %3: %4").arg(round).arg(command).arg(r.code).arg(r.err.trimmed());
        if (!walPresent(library))
            walGone << QStringLiteral("round %1 after %2").arg(round).arg(command);
        return r;
    };

    for (int round = 0; round < kRoundWords.size(); ++round) {
        const QString word = kRoundWords.at(round);
        int roundRecords = 0; // records of this round committed so far, found by a search for `word`

        const QString windowTitle = QStringLiteral("Window notes %1 on mentoring circles").arg(word);
        const QString windowId = windowSays(QStringLiteral("add ") + windowTitle, QStringLiteral("added "));
        if (!windowId.isEmpty()) {
            fromWindow << windowId;
            ++roundRecords;
        }

        const Run added = run(round,
            {QStringLiteral("add"), QStringLiteral("material"), QStringLiteral("--json"),
                QStringLiteral(R"({"title": "Command line checklist %1 for trainers"})").arg(word)});
        if (added.code == 0) {
            fromCli << added.out.trimmed();
            ++roundRecords;
        }

        const Run found = run(round,
            {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("search"), word, QStringLiteral("--limit"),
                QStringLiteral("100")});
        if (const int total = found.json().value(QStringLiteral("total")).toInt(); found.code == 0 && total < roundRecords)
            unseen
                << QStringLiteral("round %1: praxis-cli's search for %2 found %3 of %4").arg(round).arg(word).arg(total).arg(roundRecords);

        // The fixture once, then files of the round's own: duplicates are added all the same, so every
        // entry is a record of its own.
        const QString ris = round == 0 ? QStringLiteral(PRAXIS_FIXTURES "/import/zotero.ris")
                                       : writeRis(dir.filePath(QStringLiteral("round-%1.ris").arg(round)), word);
        const Run imported = run(round,
            {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("import"), QStringLiteral("ris"), ris,
                QStringLiteral("--on-duplicate"), QStringLiteral("add")});
        if (imported.code == 0) {
            const QJsonArray records = imported.json().value(QStringLiteral("records")).toArray();
            CHECK_FALSE(records.isEmpty());
            for (const QJsonValue &v : records) {
                if (v.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("imported")) {
                    fromCli << v.toObject().value(QStringLiteral("id")).toString();
                    if (round > 0)
                        ++roundRecords;
                }
            }
        }

        const QString exportFile = dir.filePath(QStringLiteral("export-%1.ris").arg(round));
        if (run(round, {QStringLiteral("export"), QStringLiteral("ris"), QStringLiteral("--output"), exportFile}).code == 0
            && !windowId.isEmpty()) {
            QFile exported(exportFile);
            REQUIRE(exported.open(QIODevice::ReadOnly));
            if (!QString::fromUtf8(exported.readAll()).contains(windowTitle))
                unseen << QStringLiteral("round %1: praxis-cli's export lacks the window's “%2”").arg(round).arg(windowTitle);
        }

        // The window's side: its search worker reads what praxis-cli wrote.
        const QString hits = windowSays(QStringLiteral("search ") + word, QStringLiteral("searched "));
        if (!hits.isEmpty() && hits.toInt() < roundRecords)
            unseen << QStringLiteral("round %1: the window's search for %2 found %3 of %4").arg(round).arg(word, hits).arg(roundRecords);
        if (round % 3 == 2)
            windowSays(QStringLiteral("texts"), QStringLiteral("texts done"));
    }
    if (const QString id = windowSays(QStringLiteral("add Window notes after the command line on peer review"), QStringLiteral("added "));
        !id.isEmpty())
        fromWindow << id;

    // As a crash or a power cut would: no closing, no checkpoint.
    window.kill();
    REQUIRE_FALSE(window.isRunning());

    CHECK(firstOf(windowErrors, QStringLiteral("commands the window failed")) == QString());
    CHECK(firstOf(failedRuns, QStringLiteral("runs of praxis-cli failed")) == QString());
    CHECK(
        firstOf(walGone, QStringLiteral("runs of praxis-cli (of %1) left the window without its write-ahead log").arg(runs)) == QString());
    CHECK(firstOf(unseen, QStringLiteral("times a side did not see a record the other committed")) == QString());

    QStringList lostFromWindow, lostFromCli;
    {
        core::LibraryOptions options;
        options.create = false;
        auto opened = core::Library::open(library, options);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        core::RecordStore &store = (*opened)->records();
        for (const QString &id : std::as_const(fromWindow)) {
            if (!store.get(core::RecordId(id)))
                lostFromWindow << id;
        }
        for (const QString &id : std::as_const(fromCli)) {
            if (!store.get(core::RecordId(id)))
                lostFromCli << id;
        }
    }
    INFO(lostFromWindow.size() << " of " << fromWindow.size() << " records saved in the window lost, " << lostFromCli.size() << " of "
                               << fromCli.size() << " written by praxis-cli lost");
    CHECK(lostFromWindow.join(QStringLiteral(", ")) == QString());
    CHECK(lostFromCli.join(QStringLiteral(", ")) == QString());

    const Run check = cli(library, {QStringLiteral("check")});
    INFO("praxis-cli check: " << check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}
