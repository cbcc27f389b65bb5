#include "shell/background_job.h"

#include "library/library.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace praxis::ui {

void JobContext::progress(qint64 done, qint64 total) const
{
    BackgroundJob *owner = m_shared->owner;
    QMetaObject::invokeMethod(
        owner, [owner, id = m_id, done, total] { owner->deliverProgress(id, done, total); }, Qt::QueuedConnection);
}

std::function<void(qint64, qint64)> JobContext::progressReporter() const
{
    return [context = *this](qint64 done, qint64 total) { context.progress(done, total); };
}

void JobContext::setInterruptible(bool on) const
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->interruptible = on;
}

BackgroundJob::BackgroundJob(QString libraryFolder, Connection connection, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(libraryFolder))
    , m_connection(connection)
    , m_shared(std::make_shared<JobContext::Shared>())
{
    m_shared->owner = this;
}

BackgroundJob::~BackgroundJob()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        stop(it.key(), it.value());
    m_pending.clear();
    if (!m_thread)
        return;
    // After the jobs still queued (each one cancelled, so they end at once): the kept connection is
    // closed on the thread that opened it, and the thread ends.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_kept.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

core::Error BackgroundJob::cancelled()
{
    return core::makeError(core::ErrorCode::Cancelled, QCoreApplication::translate("BackgroundJob", "Stopped."));
}

QString BackgroundJob::failedWords(const QString &detail)
{
    const QString words = QCoreApplication::translate(
        "BackgroundJob", "The work in the background failed unexpectedly; nothing it had not finished was kept.");
    return detail.isEmpty() ? words : words + QLatin1Char(' ') + detail;
}

void BackgroundJob::ensureThread()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("background"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

quint64 BackgroundJob::enqueue(Pending pending, Task task, std::function<void(const core::Error &)> fail)
{
    ensureThread();
    const quint64 id = ++m_nextId;
    if (pending.latest) {
        // The newest request wins: the older ones are stopped and what they find is never shown.
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (it->latest) {
                stop(it.key(), it.value());
                it = m_pending.erase(it);
            } else {
                ++it;
            }
        }
    }
    pending.cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = pending.cancel;
    m_pending.insert(id, std::move(pending));
    QMetaObject::invokeMethod(
        m_worker, [this, id, task = std::move(task), fail = std::move(fail), cancel] { execute(id, task, fail, cancel); },
        Qt::QueuedConnection);
    return id;
}

// On the helper's thread.
void BackgroundJob::execute(
    quint64 id, const Task &task, const std::function<void(const core::Error &)> &fail, const std::shared_ptr<std::atomic_bool> &cancel)
{
    auto finished = [this, id] {
        QMetaObject::invokeMethod(
            this, [this, id] { finish(id); }, Qt::QueuedConnection);
    };
    if (cancel->load()) {
        fail(cancelled());
        finished();
        return;
    }
    std::unique_ptr<core::Library> own;
    core::Library *library = m_kept.get();
    if (!library) {
        auto opened = core::Library::openExisting(m_folder);
        if (!opened) {
            fail(opened.error());
            finished();
            return;
        }
        if (m_connection == Connection::Kept) {
            m_kept = std::move(opened.value());
            library = m_kept.get();
        } else {
            own = std::move(opened.value());
            library = own.get();
        }
    }
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->running = id;
        m_shared->library = library;
        m_shared->interruptible = false;
    }
    JobContext context(m_shared, library, id, cancel);
    task(context);
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->running = 0;
        m_shared->library = nullptr;
        m_shared->interruptible = false;
    }
    own.reset(); // a job's own connection is closed before its result is shown
    finished();
}

void BackgroundJob::finish(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // superseded: its result is out of date
    std::function<void()> deliver = std::move(it->deliver);
    m_pending.erase(it);
    const QPointer<BackgroundJob> alive(this);
    deliver(); // may ask for more, or close the dialog this helper belongs to
    if (alive && m_pending.isEmpty())
        Q_EMIT idle();
}

void BackgroundJob::deliverProgress(quint64 id, qint64 done, qint64 total)
{
    auto it = m_pending.constFind(id);
    if (it != m_pending.cend() && it->progress)
        it->progress(done, total);
}

void BackgroundJob::stop(quint64 id, Pending &pending)
{
    pending.cancel->store(true);
    const std::lock_guard lock(m_shared->mutex);
    // Only the job asked to stop, and only while it runs a statement that may be interrupted: an
    // interrupt at any other moment would hit whatever runs next.
    if (m_shared->running == id && m_shared->interruptible && m_shared->library)
        m_shared->library->database().interrupt();
}

void BackgroundJob::supersede()
{
    bool dropped = false;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->latest) {
            stop(it.key(), it.value());
            it = m_pending.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (dropped && m_pending.isEmpty())
        Q_EMIT idle();
}

void BackgroundJob::cancel()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        stop(it.key(), it.value());
}

} // namespace praxis::ui
