#pragma once

#include "exchange/csv_table.h"
#include "exchange/material_importer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace praxis::core {
class Library;
}

namespace praxis::ui {

class BackgroundJob;

// File ▸ Import: reads a CSV, RIS, BibTeX, CSL-JSON or whole-library file, lets the user map CSV columns
// to fields (encoding and delimiter detected and changeable, a preview of the rows as they will be read,
// mappings saved by name), chooses what to do with duplicates, imports off the GUI thread with progress
// and Cancel, and ends with a report of every record. A file that cannot be read changes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(core::Library &library, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file and shows what will be imported; false (with the reason shown) when it cannot be read.
    bool openFile(const QString &path);
    // Starts the import; the result arrives with finished().
    void startImport();
    bool isImporting() const;
    const core::ImportReport &report() const { return m_report; }
    QString errorText() const;
    void setDuplicatePolicy(core::DuplicatePolicy policy);
    QTableWidget *mappingTable() const { return m_mapping; }

Q_SIGNALS:
    void finished(bool imported);

private:
    struct Outcome {
        core::ImportReport report;
        qint64 libraryRecords = -1; // for a whole-library import
    };
    void rereadCsv();
    void fillMapping();
    void updatePreview();
    core::CsvMapping currentMapping() const;
    void saveMapping();
    void applySavedMapping(const QString &name);
    void onFinished(const core::Result<Outcome> &out);
    void showError(const QString &text);

    core::Library &m_library;
    QString m_path;
    QString m_format;
    QByteArray m_bytes;
    core::CsvTable m_table;
    QList<core::MaterialEntry> m_entries;
    core::ImportReport m_report;

    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_csvBox = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_savedMappings = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    QComboBox *m_policy = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    BackgroundJob *m_job = nullptr;
};

// The end of an import: counts and, for each record, what became of it and why. The text can be copied.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const core::ImportReport &report, const QString &fileName, QWidget *parent = nullptr);
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace praxis::ui
