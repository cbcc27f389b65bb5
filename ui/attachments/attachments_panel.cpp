#include "attachments/attachments_panel.h"

#include "attachments/attachment_store.h"
#include "records/record_store.h"
#include "records/undo_commands.h"
#include "shell/settings.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace praxis::ui {

AttachmentsPanel::AttachmentsPanel(core::AttachmentStore &attachments, core::RecordStore &store, UndoStack &undo, QWidget *parent)
    : RecordPage(parent)
    , m_attachments(attachments)
    , m_store(store)
    , m_undo(undo)
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Title"), tr("File or link"), tr("Size"), tr("Type")});
    m_list->setColumnWidth(0, 220);
    m_list->setColumnWidth(1, 220);
    m_list->setToolTip(tr("Drop files here to attach them."));
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Files…"), this);
    add->setObjectName(QStringLiteral("addAttachments"));
    auto *link = new QPushButton(tr("Add Link…"), this);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_export = new QPushButton(tr("Export…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    for (QPushButton *b : {add, link, m_open, m_export, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach Files"), settings::attachmentsFolder().value());
        if (files.isEmpty())
            return;
        settings::attachmentsFolder().set(QFileInfo(files.first()).absolutePath());
        addFiles(files);
    });
    connect(link, &QPushButton::clicked, this, &AttachmentsPanel::addLink);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AttachmentsPanel::openSelected);
    connect(m_export, &QPushButton::clicked, this, &AttachmentsPanel::exportSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const bool chosen = m_list->currentItem() != nullptr;
        m_open->setEnabled(chosen);
        m_export->setEnabled(chosen);
        m_remove->setEnabled(chosen);
    });
    // Undo, redo and the trash change attachments too; the list is one query, so it simply follows.
    connect(&m_store, &core::RecordStore::recordsChanged, this, &AttachmentsPanel::reload);
    m_open->setEnabled(false);
    m_export->setEnabled(false);
    m_remove->setEnabled(false);
}

QString AttachmentsPanel::title() const
{
    return tr("Attachments");
}

void AttachmentsPanel::setRecord(const core::RecordId &id, bool editable)
{
    setOwner(id);
    setEnabled(editable);
}

void AttachmentsPanel::setOwner(const core::RecordId &owner)
{
    m_owner = owner;
    reload();
}

int AttachmentsPanel::count() const
{
    return m_list->topLevelItemCount();
}

void AttachmentsPanel::reload()
{
    const core::RecordId keep = selectedId();
    m_list->clear();
    if (!m_owner.isNull()) {
        if (auto parts = m_store.parts(m_owner, QStringLiteral("attachment"))) {
            for (const core::Record &a : *parts) {
                const QString url = a.value(QStringLiteral("url")).toString();
                const QString file = a.value(QStringLiteral("file_name")).toString();
                auto *item = new QTreeWidgetItem(m_list, {a.value(QStringLiteral("title")).toString(), file.isEmpty() ? url : file,
                                                          file.isEmpty() ? QString() : QLocale().formattedDataSize(a.value(QStringLiteral("size")).toLongLong()),
                                                          a.value(QStringLiteral("mime_type")).toString()});
                item->setData(0, Qt::UserRole, a.id.toString());
                if (a.id == keep)
                    m_list->setCurrentItem(item);
            }
        }
    }
    Q_EMIT countChanged(count());
}

core::RecordId AttachmentsPanel::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? core::RecordId(item->data(0, Qt::UserRole).toString()) : core::RecordId();
}

void AttachmentsPanel::fail(const QString &message)
{
    m_lastError = message;
    if (isVisible())
        QMessageBox::warning(this, tr("Attachments"), message);
}

bool AttachmentsPanel::addFiles(const QStringList &paths)
{
    if (m_owner.isNull() || paths.isEmpty())
        return false;
    auto ids = m_attachments.addFiles(m_owner, paths);
    if (!ids) {
        fail(ids.error().message);
        return false;
    }
    m_lastError.clear();
    m_undo.beginMacro(tr("Attach %n file(s)", nullptr, int(ids->size())));
    for (const core::RecordId &id : *ids)
        m_undo.push(new CreateRecordCommand(m_store, id, tr("Attach file")));
    m_undo.endMacro();
    reload();
    return true;
}

void AttachmentsPanel::addLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Add Link"), tr("Address (https://…):"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || url.isEmpty())
        return;
    auto id = m_attachments.addLink(m_owner, url);
    if (!id) {
        fail(id.error().message);
        return;
    }
    m_undo.push(new CreateRecordCommand(m_store, *id, tr("Attach link")));
    reload();
}

void AttachmentsPanel::openSelected()
{
    const core::RecordId id = selectedId();
    if (id.isNull())
        return;
    auto record = m_store.get(id);
    if (record && !record->value(QStringLiteral("url")).toString().isEmpty() && record->value(QStringLiteral("sha256")).toString().isEmpty()) {
        QDesktopServices::openUrl(QUrl(record->value(QStringLiteral("url")).toString()));
        return;
    }
    auto copy = m_attachments.openableCopy(id);
    if (!copy) {
        fail(copy.error().message);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*copy)))
        fail(tr("No application is set up to open %1.").arg(QFileInfo(*copy).fileName()));
}

void AttachmentsPanel::exportSelected()
{
    const core::RecordId id = selectedId();
    if (id.isNull())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Attachment To"));
    if (folder.isEmpty())
        return;
    auto written = m_attachments.exportTo(id, folder);
    if (!written)
        fail(written.error().message);
}

void AttachmentsPanel::removeSelected()
{
    const core::RecordId id = selectedId();
    if (id.isNull())
        return;
    if (core::Status s = m_store.trash(id); !s) {
        fail(s.error().message);
        return;
    }
    // The file stays in the library: the attachment can come back with Undo or from the trash.
    m_undo.push(new TrashRecordCommand(m_store, id, tr("Remove attachment")));
    reload();
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_owner.isNull() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    if (!files.isEmpty() && addFiles(files))
        event->acceptProposedAction();
}

} // namespace praxis::ui
