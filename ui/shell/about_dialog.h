#pragma once

#include <QDialog>

namespace praxis::ui {

// What Praxis is, its licence, and the versions of the libraries it runs on.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    // The text shown, for tests and bug reports.
    static QString versionText();
};

} // namespace praxis::ui
