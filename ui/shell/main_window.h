#pragma once

#include "attachments/attachment_text.h"
#include "model/record_id.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QScrollArea;
class QSplitter;
class QTableView;
class QTimer;

namespace praxis::core {
class Library;
}

namespace praxis::core {
class AttachmentStore;
class LibraryWatcher;
}

namespace praxis::ui {

class UndoStack;

class AttachmentCheckDialog;
class AttachmentTextController;
class DuplicatesDialog;

class BackupScheduler;
class RecordActions;
class RecordForm;
class RecordTableModel;
class SearchController;
class SearchPanel;
class SectionSidebar;
class SectionTable;

// The main window: sections in a sidebar, the records of the section in a table, the selected
// record's form beside it. Owns the undo stack; every change goes through the library's record store.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(core::Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Sections by their key: materials, cases, dialogues, people, organisations, tags, collections,
    // codebook, memos, frameworks, custom_fields, trash.
    QStringList sectionKeys() const;
    bool showSection(const QString &key);
    QString currentSection() const;
    bool selectRecord(const core::RecordId &id);
    // Goes to the section of the record (or of the record it is a part of) and selects it.
    bool showRecord(const core::RecordId &id);

    QTableView *table() const { return m_table; }
    SectionSidebar *sidebar() const { return m_sidebar; }
    SectionTable *sectionTable() const { return m_sectionTable; }
    RecordTableModel *model() const { return m_model; }
    RecordForm *form() const { return m_form; }
    UndoStack *undoStack() const { return m_undo; }
    QAction *action(const QString &name) const;
    QLineEdit *searchBar() const { return m_searchBar; }
    SearchPanel *searchPanel() const { return m_searchPanel; }
    SearchController *search() const { return m_search; }
    // Turns what other programs (praxis-cli, the window's own background jobs) commit into change notices.
    core::LibraryWatcher *watcher() const { return m_watcher; }
    // Before the window goes: saves or drops the edit in progress as the user says; false when they cancel.
    bool confirmLeave();
    // The reader of attached files' text (app/extract, passed in so the UI needs no PDF or zip library):
    // from now on the text of files attached is read in the background for search, starting with
    // whatever is still pending. Without it attachments are searchable by title and file name only.
    void setTextExtractor(core::TextExtractor extractor, int extractorVersion);
    AttachmentTextController *attachmentTexts() const { return m_texts; }

public Q_SLOTS:
    void newRecord();
    void saveRecord();
    // Opens the duplicates view.
    void showDuplicates();
    // Tools ▸ Check Attachments: opens the dialog and starts checking.
    void checkAttachments();
    // File ▸ Import (asks for a file when none is given) and File ▸ Export.
    void importFile(const QString &path = {});
    void exportRecords();
    // Edit ▸ Bulk Edit of the selected rows.
    void bulkEdit();
    void trashSelected();
    void restoreSelected();
    // Removes the selected trashed record for good; asks first unless `confirmed`.
    void purgeSelected(bool confirmed = false);
    void removeSampleData(bool confirmed = false);
    void openLibrary();
    void showAbout();
    void chooseBackup();

    // Tells the user what the library's opening found (an index rebuilt, a read-only medium, damage).
    void showNotices(const QStringList &notices);

Q_SIGNALS:
    // The user chose another library folder to work in.
    void libraryRequested(const QString &folder);
    // The user chose a backup to put in this library's place (the library must be closed for it).
    void restoreRequested(const QString &backupPath, const QString &description);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool confirmNewRecord(const QString &type, const QVariantMap &fields);
    void createActions();
    void createMenus();
    void createCentral();
    void createSearch();
    void saveSearch(const QString &query);
    void showTagOrCollection(const QString &key);
    void restoreLayout();
    void saveLayout() const;
    void onSectionChanged();
    void onRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void onRecordsChanged(const QString &type);
    void updateActions();
    void updateStatus();
    void report(const QString &message);
    core::RecordId selectedId() const;
    // A dialog asked to show a record: the edit in progress is saved or dropped first, as the user says.
    void followRequest(const core::RecordId &id);
    // Shows a dialog the window keeps, in front.
    static void bringUp(QWidget *dialog);

    core::Library &m_library;
    UndoStack *m_undo = nullptr;
    SectionSidebar *m_sidebar = nullptr;
    class CollectionActions *m_collections = nullptr;
    SectionTable *m_sectionTable = nullptr;
    QTableView *m_table = nullptr;
    RecordTableModel *m_model = nullptr;
    QScrollArea *m_detail = nullptr;
    RecordForm *m_form = nullptr;
    DuplicatesDialog *m_duplicates = nullptr;
    AttachmentCheckDialog *m_attachmentCheck = nullptr;
    AttachmentTextController *m_texts = nullptr;
    std::unique_ptr<core::AttachmentStore> m_attachments;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusCount = nullptr;
    BackupScheduler *m_backups = nullptr;
    RecordActions *m_recordActions = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QStringList m_pendingTypes;
    QHash<QString, QAction *> m_actions;
    QStackedWidget *m_center = nullptr;
    QLineEdit *m_searchBar = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    SearchController *m_search = nullptr;
    core::LibraryWatcher *m_watcher = nullptr;
    QString m_shownSection;
    bool m_switchingRow = false;
};

} // namespace praxis::ui
