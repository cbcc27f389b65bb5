#pragma once

#include "attachments/attachment_text.h"

#include <QObject>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace praxis::ui {

class BackgroundJob;

// Reads the text of attached files in the background, so that search finds their words: off the GUI
// thread, through a connection of its own to the library, with progress and a cancel flag. Started after
// attachments are added (and once at startup for whatever is still pending); a request while a run is
// under way runs again once it ends.
class AttachmentTextController : public QObject {
    Q_OBJECT
public:
    AttachmentTextController(QString libraryFolder, core::TextExtractor extractor, int extractorVersion, QObject *parent = nullptr);
    ~AttachmentTextController() override;

    // Starts after a short pause, so that a burst of additions is read in one run.
    void schedule();
    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Only for runs that have files to read.
    void progress(qint64 done, qint64 total);
    // `error` is empty when the run completed; `cancelled` when the user stopped it.
    void finished(const praxis::core::ExtractionSummary &summary, const QString &error, bool cancelled);

private:
    void onFinished(const core::Result<core::ExtractionSummary> &summary);

    core::TextExtractor m_extractor;
    int m_version = 0;
    QTimer *m_delay = nullptr;
    bool m_again = false;
    BackgroundJob *m_job = nullptr;
};

// The controller's face in the status bar: what it is reading, how far it is, and a button to stop it.
// Hidden while nothing is being read.
class AttachmentTextStatus : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentTextStatus(AttachmentTextController *controller, QWidget *parent = nullptr);

    // A sentence on what a run did, for the status bar; empty when there was nothing to read.
    static QString message(const core::ExtractionSummary &summary, const QString &error, bool cancelled);

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_stop = nullptr;
};

} // namespace praxis::ui

Q_DECLARE_METATYPE(praxis::core::ExtractionSummary)
