#pragma once

// The pieces the window's dialogs are built of, made the same way in each: a note that wraps, a bar for
// progress that shows once work starts, and a flat list of findings.

#include <QList>
#include <QString>
#include <QStringList>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QTreeWidget;
class QWidget;

namespace praxis::ui::dialog_parts {

// A label that wraps its text, added to the layout; named when `objectName` is given.
QLabel *addNote(QBoxLayout *layout, QWidget *parent, const QString &text, const QString &objectName = {});
// A progress bar, hidden until work starts.
QProgressBar *addProgress(QBoxLayout *layout, QWidget *parent);
// A flat list with columns (the problems found, the pairs alike), taking the dialog's spare height; columns
// get the given widths (the rest fit their contents when none are given).
QTreeWidget *addFindings(QBoxLayout *layout, QWidget *parent, const QString &objectName, const QStringList &headers,
                         const QList<int> &widths = {});

} // namespace praxis::ui::dialog_parts
