#pragma once

#include "storage/result.h"

#include <QObject>

class QWidget;

#include <memory>

namespace praxis::core {
class Library;
}

namespace praxis::ui {
class MainWindow;
}

namespace praxis::app {

// The library Praxis works in and the window on it. Opening another library replaces both; one that
// cannot be opened leaves the current library and window as they were.
class LibrarySession : public QObject {
    Q_OBJECT
public:
    LibrarySession();
    ~LibrarySession() override;

    // Opens the library in `folder` (creating it in an empty or new folder) and a window on it; a library
    // created now gets the sample records, as on a first start.
    core::Status open(const QString &folder);
    core::Library *library() const { return m_library.get(); }
    ui::MainWindow *window() const { return m_window.get(); }

    // Puts a backup in the place of the library in `folder`, which must not be open in this program.
    // Asks first; true when the backup was restored.
    static bool restoreInteractively(const QString &folder, const QString &backupPath, const QString &description, QWidget *parent);
    static bool confirmRestore(const QString &folder, const QString &backupPath, const QString &description, QWidget *parent);

private:
    void switchTo(const QString &folder);
    void restoreBackup(const QString &backupPath, const QString &description);
    void adopt(std::unique_ptr<core::Library> library);

    std::unique_ptr<core::Library> m_library;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace praxis::app
