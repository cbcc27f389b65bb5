#include "attachments/attachment_text_controller.h"

#include "library/library.h"
#include "shell/background_job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace praxis::ui {

namespace {
constexpr int kDelayMs = 300;
} // namespace

AttachmentTextController::AttachmentTextController(
    QString libraryFolder, core::TextExtractor extractor, int extractorVersion, QObject *parent)
    : QObject(parent)
    , m_extractor(std::move(extractor))
    , m_version(extractorVersion)
{
    qRegisterMetaType<core::ExtractionSummary>();
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, &AttachmentTextController::start);
    // A connection of its own for each run.
    m_job = new BackgroundJob(std::move(libraryFolder), BackgroundJob::Connection::PerJob, this);
}

// The run stops between two files; the rest is read next time (m_job).
AttachmentTextController::~AttachmentTextController() = default;

void AttachmentTextController::schedule()
{
    m_delay->start();
}

bool AttachmentTextController::isRunning() const
{
    return m_job->isBusy();
}

void AttachmentTextController::cancel()
{
    m_delay->stop();
    m_again = false;
    m_job->cancel();
}

void AttachmentTextController::start()
{
    m_delay->stop();
    if (m_job->isBusy()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_job->run<core::ExtractionSummary>(
        [extractor = m_extractor, version = m_version](JobContext &job) -> core::Result<core::ExtractionSummary> {
            core::Library &library = job.library();
            core::AttachmentTextCache texts(library.database(), library.clock());
            core::AttachmentTextRunner runner(texts, library.attachmentsFolder(), extractor, version);
            return runner.run(job.cancelFlag(), job.progressReporter());
        },
        [this](core::Result<core::ExtractionSummary> summary) { onFinished(summary); },
        [this](qint64 done, qint64 total) {
            if (total > 0)
                Q_EMIT progress(done, total);
        });
}

void AttachmentTextController::onFinished(const core::Result<core::ExtractionSummary> &summary)
{
    const bool cancelled = !summary && summary.error().code == core::ErrorCode::Cancelled;
    if (summary)
        Q_EMIT finished(*summary, QString(), false);
    else
        Q_EMIT finished(core::ExtractionSummary(), summary.error().message, cancelled);
    if (m_again && !cancelled)
        start();
}

QString AttachmentTextStatus::message(const core::ExtractionSummary &summary, const QString &error, bool cancelled)
{
    if (cancelled)
        return tr("Reading the text of attachments was stopped; the rest is read when files are next attached or Praxis next starts.");
    if (!error.isEmpty())
        return tr("The text of attachments could not be read for search: %1").arg(error);
    if (summary.total() == 0)
        return {};
    QString text = tr("Read the text of %n attached file(s) for search.", nullptr, int(summary.read));
    if (summary.failed > 0)
        text += QLatin1Char(' ') + tr("%n could not be read (damaged or protected).", nullptr, int(summary.failed));
    if (summary.missing > 0)
        text += QLatin1Char(' ') + tr("%n file(s) are missing: Tools ▸ Check Attachments lists them.", nullptr, int(summary.missing));
    return text;
}

AttachmentTextStatus::AttachmentTextStatus(AttachmentTextController *controller, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attachmentTextStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(tr("Reading attachments…"), this);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(QStringLiteral("stopReadingAttachments"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop reading the text of attached files (the rest is read next time)"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    setVisible(false);
    connect(m_stop, &QToolButton::clicked, controller, &AttachmentTextController::cancel);
    connect(controller, &AttachmentTextController::progress, this, [this](qint64 done, qint64 total) {
        setVisible(true);
        m_bar->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_bar->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_label->setText(tr("Reading attachments for search: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(controller, &AttachmentTextController::finished, this, [this] { setVisible(false); });
    connect(controller, &QObject::destroyed, this, &QObject::deleteLater);
}

} // namespace praxis::ui
