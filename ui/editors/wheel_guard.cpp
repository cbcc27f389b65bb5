#include "editors/wheel_guard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace praxis::ui {

namespace {

// The control a wheel event over `w` would change: w itself or the spin box or combo box it is part
// of (a combo box's line edit, a spin box's line edit). Scroll bars are what the wheel is for.
QWidget *guardedControl(QWidget *w)
{
    for (QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<QScrollBar *>(p))
            return nullptr;
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractSlider *>(p))
            return p;
        if (p->isWindow() || qobject_cast<QAbstractScrollArea *>(p))
            return nullptr;
    }
    return nullptr;
}

} // namespace

void WheelGuard::install()
{
    static WheelGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::Show) {
        // A control the wheel cannot change must not take the focus from it either.
        if (QWidget *control = guardedControl(qobject_cast<QWidget *>(watched)); control && control == watched
            && control->focusPolicy() == Qt::WheelFocus)
            control->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *control = guardedControl(qobject_cast<QWidget *>(watched));
    if (!control || control->hasFocus())
        return false;
    // Hand the wheel to the nearest scroll area around the control; none: the wheel does nothing here.
    for (QWidget *p = control->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            QWheelEvent forwarded(area->viewport()->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                                  wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                                  wheel->phase(), wheel->inverted(), wheel->source());
            QCoreApplication::sendEvent(area->viewport(), &forwarded);
            break;
        }
    }
    return true;
}

} // namespace praxis::ui
