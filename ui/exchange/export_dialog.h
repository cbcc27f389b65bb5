#pragma once

#include "model/record_id.h"
#include "storage/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class BackgroundJob;

// File ▸ Export: materials in CSV, RIS, BibTeX, CSL-JSON, Dublin Core XML or schema.org JSON-LD — the
// selected ones or all — or the whole library as JSON. Written off the GUI thread, with Cancel; the
// file is replaced only once the new one is complete.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(core::Library &library, QList<core::RecordId> selectedMaterials, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Chooses the format by name (csv, ris, bibtex, csl-json, dc, jsonld, library) and scope.
    void choose(const QString &format, bool selectedOnly);
    // Writes to `path`; the result arrives with finished().
    void exportTo(const QString &path);
    QString message() const;

Q_SIGNALS:
    void finished(bool written);

private:
    void chooseFile();
    void onFinished(const core::Result<qint64> &written);

    core::Library &m_library;
    QList<core::RecordId> m_selected;
    QString m_path;
    QComboBox *m_format = nullptr;
    QRadioButton *m_selectedOnly = nullptr;
    QRadioButton *m_all = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    BackgroundJob *m_job = nullptr;
};

} // namespace praxis::ui
