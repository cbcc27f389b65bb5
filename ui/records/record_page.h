#pragma once

#include "model/record_id.h"

#include <QWidget>

#include <functional>

namespace praxis::core {
struct RecordTypeDef;
}

namespace praxis::ui {

// A page of a record's form beside its fields: the record's attachments today; a coding panel and a
// thread view are pages too. The form makes its pages for the type it shows (see RecordForm::addPage),
// tells them which record it shows, and labels each page's tab with its title and count.
class RecordPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The tab's label, without the count.
    virtual QString title() const = 0;
    // The record shown (null while a new record is being written); `editable` is false in the trash.
    virtual void setRecord(const core::RecordId &id, bool editable) = 0;

Q_SIGNALS:
    // How many things the page lists, for its tab (0 shows the title alone).
    void countChanged(int count);
};

// Makes a page for a record type, or returns null when the type has none of that kind.
using RecordPageMaker = std::function<RecordPage *(const core::RecordTypeDef &type, QWidget *parent)>;

} // namespace praxis::ui
