#pragma once

#include "storage/result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class BackgroundJob;

// What a piece of background work is handed: a connection to the library of its own, its cancel flag,
// and a way to say how far it has come.
class JobContext {
public:
    core::Library &library() const { return *m_library; }
    // For core calls that take a cancel flag; set when the job is cancelled or superseded.
    const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }
    bool isCancelled() const { return m_cancel->load(); }
    // Thread-safe; reaches the job's progress handler on the GUI thread while the job is still wanted.
    void progress(qint64 done, qint64 total) const;
    // The same as a callable, for core calls that take one.
    std::function<void(qint64, qint64)> progressReporter() const;

    // Runs `f` so that cancelling the job interrupts the SQL statement running on its connection: for
    // core calls that take no cancel flag (a search). Outside of it nothing is ever interrupted.
    template<typename F>
    auto interruptible(F &&f) -> decltype(f());

private:
    friend class BackgroundJob;
    struct Shared;
    JobContext(std::shared_ptr<Shared> shared, core::Library *library, quint64 id, std::shared_ptr<std::atomic_bool> cancel)
        : m_shared(std::move(shared))
        , m_library(library)
        , m_id(id)
        , m_cancel(std::move(cancel))
    {
    }
    void setInterruptible(bool on) const;

    std::shared_ptr<Shared> m_shared;
    core::Library *m_library = nullptr;
    quint64 m_id = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// Runs work off the GUI thread, each job on a connection to the library of its own, one job after the
// other on a thread of this helper's. The work gets a cancel flag and reports progress; its result (a
// core::Result: the value, or the error in words, ErrorCode::Cancelled when stopped) reaches the GUI
// thread. No exception leaves the work.
//
// Two ways to ask:
//  - run(): the job runs after whatever was asked before, and its result always arrives (cancelled or not);
//  - request(): the newest request wins. Asking again cancels every older request (queued ones never
//    start, a running one is stopped) and their results are dropped: only the newest one's arrive.
// Results and progress arrive through this object, so nothing arrives once it is gone.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    enum class Connection {
        PerJob, // opened for each job and closed after it (a dialog's occasional job)
        Kept, // opened by the first job and kept for the next ones (a view that asks again and again)
    };
    template<typename T>
    using Work = std::function<core::Result<T>(JobContext &)>;
    template<typename T>
    using Done = std::function<void(core::Result<T>)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    BackgroundJob(QString libraryFolder, Connection connection, QObject *parent = nullptr);
    // Cancels what is queued or running and waits for the running job to stop (core work stops at its
    // next check of the flag); no result arrives after this.
    ~BackgroundJob() override;

    template<typename T>
    quint64 run(Work<T> work, Done<T> done, Progress progress = {})
    {
        return submit<T>(false, std::move(work), std::move(done), std::move(progress));
    }
    template<typename T>
    quint64 request(Work<T> work, Done<T> done, Progress progress = {})
    {
        return submit<T>(true, std::move(work), std::move(done), std::move(progress));
    }

    // Cancels every request (not the run() jobs) and drops their results, asking nothing new: what they
    // would show is out of date.
    void supersede();
    // Cancels everything queued or running; run() jobs still deliver (ErrorCode::Cancelled when they stopped).
    void cancel();
    // Something was asked whose result has not arrived yet (requests superseded do not count).
    bool isBusy() const { return !m_pending.isEmpty(); }

    QString folder() const { return m_folder; }

Q_SIGNALS:
    // Every job asked has delivered (or was dropped).
    void idle();

private:
    friend class JobContext;
    struct Pending {
        bool latest = false;
        std::shared_ptr<std::atomic_bool> cancel;
        Progress progress;
        std::function<void()> deliver;
    };
    using Task = std::function<bool(JobContext &)>; // false when the library could not be opened

    template<typename T>
    quint64 submit(bool latest, Work<T> work, Done<T> done, Progress progress)
    {
        auto slot = std::make_shared<std::optional<core::Result<T>>>();
        Pending pending;
        pending.latest = latest;
        pending.progress = std::move(progress);
        pending.deliver = [slot, done = std::move(done)] {
            if (done && slot->has_value())
                done(std::move(**slot));
        };
        Task task = [slot, work = std::move(work)](JobContext &context) {
            slot->emplace(guarded<T>(work, context));
            return true;
        };
        auto fail = [slot](const core::Error &error) { slot->emplace(error); };
        return enqueue(std::move(pending), std::move(task), std::move(fail));
    }

    template<typename T>
    static core::Result<T> guarded(const Work<T> &work, JobContext &context)
    {
        if (context.isCancelled())
            return cancelled();
        try {
            return work(context);
        } catch (const std::exception &e) {
            return core::makeError(core::ErrorCode::Storage, failedWords(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return core::makeError(core::ErrorCode::Storage, failedWords({}));
        }
    }
    static core::Error cancelled();
    static QString failedWords(const QString &detail);

    quint64 enqueue(Pending pending, Task task, std::function<void(const core::Error &)> fail);
    void execute(quint64 id, const Task &task, const std::function<void(const core::Error &)> &fail,
        const std::shared_ptr<std::atomic_bool> &cancel);
    void finish(quint64 id);
    void deliverProgress(quint64 id, qint64 done, qint64 total);
    void stop(quint64 id, Pending &pending);
    void ensureThread();

    QString m_folder;
    Connection m_connection;
    std::shared_ptr<JobContext::Shared> m_shared;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; the jobs are queued to it
    std::unique_ptr<core::Library> m_kept; // touched on m_thread only
    quint64 m_nextId = 0;
    QHash<quint64, Pending> m_pending; // GUI thread only
};

// What the worker thread and the GUI thread share while a job runs: which job runs, on which connection,
// whether it may be interrupted now; and where its progress goes.
struct JobContext::Shared {
    std::mutex mutex;
    quint64 running = 0;
    core::Library *library = nullptr;
    bool interruptible = false;
    BackgroundJob *owner = nullptr;
};

template<typename F>
auto JobContext::interruptible(F &&f) -> decltype(f())
{
    struct Guard {
        const JobContext &context;
        explicit Guard(const JobContext &c)
            : context(c)
        {
            context.setInterruptible(true);
        }
        ~Guard() { context.setInterruptible(false); }
    } guard(*this);
    return f();
}

} // namespace praxis::ui
