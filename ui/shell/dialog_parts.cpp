#include "shell/dialog_parts.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>

namespace praxis::ui::dialog_parts {

QLabel *addNote(QBoxLayout *layout, QWidget *parent, const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    layout->addWidget(label);
    return label;
}

QProgressBar *addProgress(QBoxLayout *layout, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setVisible(false);
    layout->addWidget(bar);
    return bar;
}

QTreeWidget *addFindings(QBoxLayout *layout, QWidget *parent, const QString &objectName, const QStringList &headers, const QList<int> &widths)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    if (widths.isEmpty()) {
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        list->header()->setSectionResizeMode(QHeaderView::Interactive);
        for (int c = 0; c < widths.size(); ++c)
            list->setColumnWidth(c, widths.at(c));
    }
    layout->addWidget(list, 1);
    return list;
}

} // namespace praxis::ui::dialog_parts
