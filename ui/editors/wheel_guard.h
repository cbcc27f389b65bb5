#pragma once

#include <QObject>

namespace praxis::ui {

// The mouse wheel over a drop-down, spin box or slider that does not have the keyboard focus scrolls
// what holds it instead of changing its value, as in KDE applications: a form is scrolled by the wheel,
// never edited by it. Installed once for the whole application, so every form, parts editor and dialog
// behaves the same; such controls take the focus by click or Tab, never by the wheel.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    // Installs the guard on the application (once; later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace praxis::ui
