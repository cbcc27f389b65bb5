#include "library_session.h"

#include "attachments/attachment_text_reader.h"
#include "library/library.h"
#include "records/sample_library.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace praxis::app {

LibrarySession::LibrarySession() = default;

LibrarySession::~LibrarySession()
{
    m_window.reset(); // the window uses the library to the last
}

core::Status LibrarySession::open(const QString &folder)
{
    auto library = core::Library::open(folder);
    if (!library)
        return library.error();
    if ((*library)->wasCreated()) {
        // A first start shows a library to explore: records from real events, removable in one step.
        QFile sample(QStringLiteral(":/sample/sample_library.json"));
        auto installed = sample.open(QIODevice::ReadOnly)
            ? core::SampleLibrary::install(**library, sample.readAll())
            : core::Result<qint64>(core::makeError(core::ErrorCode::Io, tr("this build of Praxis has no sample library.")));
        if (!installed)
            QMessageBox::warning(
                nullptr, tr("Sample library"), tr("The sample records could not be added: %1").arg(installed.error().message));
    }
    adopt(std::move(library.value()));
    return {};
}

void LibrarySession::adopt(std::unique_ptr<core::Library> library)
{
    auto window = std::make_unique<ui::MainWindow>(*library);
    window->setTextExtractor(extract::AttachmentTextReader::extractor(), extract::AttachmentTextReader::version());
    connect(window.get(), &ui::MainWindow::libraryRequested, this, &LibrarySession::switchTo);
    connect(window.get(), &ui::MainWindow::restoreRequested, this, &LibrarySession::restoreBackup);
    window->showNotices(library->takeNotices());
    // The old window goes before its library, and only once the event that asked for the switch is over.
    std::unique_ptr<ui::MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<core::Library> oldLibrary = std::move(m_library);
    m_library = std::move(library);
    m_window = std::move(window);
    if (oldWindow) {
        QTimer::singleShot(0, this, [w = oldWindow.release(), l = oldLibrary.release()] {
            delete w;
            delete l;
        });
    }
}

void LibrarySession::switchTo(const QString &folder)
{
    if (!m_window || QDir(folder) == QDir(m_library->folder()))
        return;
    // The edit in progress is saved or dropped first; cancelling, or a folder that holds no usable
    // library, leaves everything as it was.
    if (!m_window->confirmLeave())
        return;
    auto library = core::Library::open(folder);
    if (!library) {
        QMessageBox::warning(m_window.get(), tr("Praxis cannot open the library"), library.error().message);
        return;
    }
    const bool created = (*library)->wasCreated();
    const QRect geometry = m_window->geometry();
    // Between closing one window and showing the next there is none, which must not end the application.
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->close(); // stores the window's layout
    adopt(std::move(library.value()));
    m_window->setGeometry(geometry);
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    if (created)
        m_window->statusBar()->showMessage(
            tr("Created a new, empty library in %1").arg(QDir::toNativeSeparators(m_library->folder())), 10000);
}

bool LibrarySession::confirmRestore(const QString &folder, const QString &backupPath, const QString &description, QWidget *parent)
{
    const auto answer = QMessageBox::question(
        parent, tr("Restore from Backup"),
        tr("Put %1 in the place of the library in %2?\n\nThe library as it is now is not deleted: its files are moved into a folder in "
           "backups/. Changes made since that backup will not be in the restored library.")
            .arg(description.isEmpty() ? QDir::toNativeSeparators(backupPath) : description, QDir::toNativeSeparators(folder)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

bool LibrarySession::restoreInteractively(const QString &folder, const QString &backupPath, const QString &description, QWidget *parent)
{
    if (!confirmRestore(folder, backupPath, description, parent))
        return false;
    auto report = core::Library::restore(folder, backupPath);
    if (!report) {
        QMessageBox::warning(parent, tr("The backup was not restored"), report.error().message);
        return false;
    }
    return true;
}

void LibrarySession::restoreBackup(const QString &backupPath, const QString &description)
{
    if (!m_window || !m_library || !confirmRestore(m_library->folder(), backupPath, description, m_window.get()))
        return;
    // The window that asked is still on the stack: it goes once the event is over.
    QTimer::singleShot(0, this, [this, backupPath, description] {
        const QString folder = m_library->folder();
        const QRect geometry = m_window->geometry();
        // The library must be closed in this program, background work included, before its files change places.
        QApplication::setQuitOnLastWindowClosed(false);
        m_window->close();
        m_window.reset();
        m_library.reset();
        auto report = core::Library::restore(folder, backupPath);
        auto library = core::Library::open(folder);
        if (!library) {
            QMessageBox::critical(nullptr, tr("Praxis cannot open the library"), library.error().message);
            QApplication::quit();
            return;
        }
        adopt(std::move(library.value()));
        m_window->setGeometry(geometry);
        m_window->show();
        QApplication::setQuitOnLastWindowClosed(true);
        if (!report) {
            QMessageBox::warning(m_window.get(), tr("The backup was not restored"), report.error().message);
            return;
        }
        // Said in a box of its own: the status bar is soon taken by the index being built again.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Backup restored"),
                                    tr("The library now holds the %1 records of the backup. The files it replaced are kept in %2.")
                                        .arg(report->records)
                                        .arg(QDir::toNativeSeparators(report->setAside)),
                                    QMessageBox::Ok, m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace praxis::app
