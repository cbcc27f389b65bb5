// The one helper every background job of the window runs on (shell/background_job.h): the newest
// request wins, cancel stops the work, errors and progress reach the GUI thread as words and numbers.

#include "library/library.h"
#include "shell/background_job.h"

#include "catch_qt.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <stdexcept>

using namespace praxis;
using ui::BackgroundJob;
using ui::JobContext;

namespace {

constexpr int kWaitMs = 10000;

struct Folder {
    QTemporaryDir dir;
    QString path;
    Folder()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("lib"));
        auto library = core::Library::open(path);
        INFO((library ? QString() : library.error().message).toStdString());
        REQUIRE(library.ok());
    }
};

// Work that runs until it is cancelled (or `limitMs` passes), then says how long it ran.
core::Result<int> untilCancelled(JobContext &job, std::atomic_bool *started, int limitMs)
{
    started->store(true);
    QElapsedTimer clock;
    clock.start();
    while (!job.isCancelled() && clock.elapsed() < limitMs)
        QThread::msleep(5);
    if (job.isCancelled())
        return core::makeError(core::ErrorCode::Cancelled, QStringLiteral("stopped"));
    return int(clock.elapsed());
}

} // namespace

TEST_CASE("Background job: the newest request wins and an older one's result never arrives", "[gui][background]")
{
    Folder folder;
    BackgroundJob jobs(folder.path, BackgroundJob::Connection::Kept);
    QStringList delivered;
    std::atomic_bool firstStarted {false};
    std::atomic_bool firstSawCancel {false};

    // The first request ignores its cancel flag for a while and returns a value all the same.
    jobs.request<QString>(
        [&](JobContext &job) -> core::Result<QString> {
            firstStarted = true;
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 300)
                QThread::msleep(5);
            firstSawCancel = job.isCancelled();
            return QStringLiteral("first");
        },
        [&](core::Result<QString> r) { delivered << (r ? *r : QStringLiteral("error: ") + r.error().message); });
    REQUIRE(QTest::qWaitFor([&] { return firstStarted.load(); }, kWaitMs));

    // Queued behind it and superseded before it starts: it never runs.
    std::atomic_bool secondRan {false};
    jobs.request<QString>(
        [&](JobContext &) -> core::Result<QString> {
            secondRan = true;
            return QStringLiteral("second");
        },
        [&](core::Result<QString> r) { delivered << (r ? *r : QStringLiteral("error: ") + r.error().message); });
    jobs.request<QString>([](JobContext &job) -> core::Result<QString> { return job.library().folder(); },
        [&](core::Result<QString> r) { delivered << (r ? QStringLiteral("third") : QStringLiteral("error: ") + r.error().message); });
    CHECK(jobs.isBusy());

    REQUIRE(QTest::qWaitFor([&] { return !jobs.isBusy(); }, kWaitMs));
    QTest::qWait(100); // anything late would arrive now
    CHECK(delivered == QStringList {QStringLiteral("third")});
    CHECK(firstSawCancel.load());
    CHECK_FALSE(secondRan.load());

    // supersede() drops what is under way and asks nothing new.
    std::atomic_bool started {false};
    jobs.request<int>([&](JobContext &job) { return untilCancelled(job, &started, kWaitMs); },
        [&](core::Result<int>) { delivered << QStringLiteral("superseded one"); });
    REQUIRE(QTest::qWaitFor([&] { return started.load(); }, kWaitMs));
    jobs.supersede();
    CHECK_FALSE(jobs.isBusy());
    QTest::qWait(100);
    CHECK(delivered == QStringList {QStringLiteral("third")});
}

TEST_CASE("Background job: cancel stops the work, and the cancelled result still arrives for a run", "[gui][background]")
{
    Folder folder;
    BackgroundJob jobs(folder.path, BackgroundJob::Connection::PerJob);
    std::atomic_bool started {false};
    std::optional<core::Result<int>> result;
    QElapsedTimer clock;
    clock.start();
    jobs.run<int>([&](JobContext &job) { return untilCancelled(job, &started, kWaitMs); }, [&](core::Result<int> r) { result = r; });
    REQUIRE(QTest::qWaitFor([&] { return started.load(); }, kWaitMs));
    jobs.cancel();
    REQUIRE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    CHECK(clock.elapsed() < kWaitMs / 2); // stopped, not run to its end
    REQUIRE_FALSE(result->ok());
    CHECK(result->error().code == core::ErrorCode::Cancelled);
    CHECK_FALSE(jobs.isBusy());

    // A run queued behind a cancelled one is cancelled too and never starts.
    std::atomic_bool ran {false};
    std::optional<core::Status> second;
    started = false;
    result.reset();
    jobs.run<int>([&](JobContext &job) { return untilCancelled(job, &started, kWaitMs); }, [&](core::Result<int> r) { result = r; });
    jobs.run<void>(
        [&](JobContext &) -> core::Status {
            ran = true;
            return {};
        },
        [&](core::Status s) { second = s; });
    REQUIRE(QTest::qWaitFor([&] { return started.load(); }, kWaitMs));
    jobs.cancel();
    REQUIRE(QTest::qWaitFor([&] { return second.has_value(); }, kWaitMs));
    CHECK_FALSE(ran.load());
    CHECK(second->error().code == core::ErrorCode::Cancelled);
    CHECK(result.has_value());
}

TEST_CASE("Background job: errors arrive as words, progress on the GUI thread", "[gui][background]")
{
    Folder folder;
    BackgroundJob jobs(folder.path, BackgroundJob::Connection::PerJob);

    std::optional<core::Result<int>> failed;
    jobs.run<int>(
        [](JobContext &) -> core::Result<int> { return core::makeError(core::ErrorCode::Io, QStringLiteral("The disk said no.")); },
        [&](core::Result<int> r) { failed = r; });
    REQUIRE(QTest::qWaitFor([&] { return failed.has_value(); }, kWaitMs));
    REQUIRE_FALSE(failed->ok());
    CHECK(failed->error().message == QStringLiteral("The disk said no."));

    // An exception never leaves the work: it arrives as an error in words.
    std::optional<core::Result<int>> thrown;
    jobs.run<int>(
        [](JobContext &) -> core::Result<int> { throw std::runtime_error("out of cheese"); }, [&](core::Result<int> r) { thrown = r; });
    REQUIRE(QTest::qWaitFor([&] { return thrown.has_value(); }, kWaitMs));
    REQUIRE_FALSE(thrown->ok());
    CHECK(thrown->error().message.contains(QStringLiteral("out of cheese")));

    // Progress reaches the GUI thread, in order, before the result.
    QList<qint64> steps;
    bool onGuiThread = true;
    std::optional<core::Result<int>> counted;
    jobs.run<int>(
        [](JobContext &job) -> core::Result<int> {
            for (int i = 1; i <= 5; ++i)
                job.progress(i, 5);
            return 5;
        },
        [&](core::Result<int> r) { counted = r; },
        [&](qint64 done, qint64 total) {
            onGuiThread = onGuiThread && QThread::currentThread() == QCoreApplication::instance()->thread();
            if (total == 5)
                steps << done;
        });
    REQUIRE(QTest::qWaitFor([&] { return counted.has_value(); }, kWaitMs));
    CHECK(steps == QList<qint64> {1, 2, 3, 4, 5});
    CHECK(onGuiThread);

    // A folder that holds no library: the job does not run, and says why.
    QTemporaryDir empty;
    BackgroundJob nowhere(empty.filePath(QStringLiteral("none")), BackgroundJob::Connection::Kept);
    bool ran = false;
    std::optional<core::Status> refused;
    nowhere.run<void>(
        [&](JobContext &) -> core::Status {
            ran = true;
            return {};
        },
        [&](core::Status s) { refused = s; });
    REQUIRE(QTest::qWaitFor([&] { return refused.has_value(); }, kWaitMs));
    CHECK_FALSE(ran);
    REQUIRE_FALSE(refused->ok());
    CHECK_FALSE(refused->error().message.isEmpty());
}

TEST_CASE("Background job: nothing arrives once the helper is gone, and it waits for the work to stop", "[gui][background]")
{
    Folder folder;
    bool delivered = false;
    std::atomic_bool started {false};
    std::atomic_bool finished {false};
    {
        BackgroundJob jobs(folder.path, BackgroundJob::Connection::Kept);
        jobs.run<int>(
            [&](JobContext &job) {
                auto r = untilCancelled(job, &started, kWaitMs);
                finished = true;
                return r;
            },
            [&](core::Result<int>) { delivered = true; });
        REQUIRE(QTest::qWaitFor([&] { return started.load(); }, kWaitMs));
    }
    CHECK(finished.load());
    QTest::qWait(50);
    CHECK_FALSE(delivered);
}
