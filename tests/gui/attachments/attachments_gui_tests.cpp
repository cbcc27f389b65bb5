#include "attachments/attachments_panel.h"
#include "gui_fixture.h"
#include "records/record_form.h"

#include <QAction>
#include <QFile>
#include <QMimeData>
#include <QTreeWidget>
#include <QUrl>

using namespace praxis;
using praxis::test::Fixture;

TEST_CASE("Files are attached to a material from its form, dropped or chosen, and undone", "[gui][attachments]")
{
    Fixture f;
    QTemporaryDir files;
    QStringList paths;
    for (const char *name : {"compendium.pdf", "facilitator notes.txt"}) {
        paths << files.filePath(QString::fromLatin1(name));
        QFile file(paths.last());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("content of ") + name);
    }
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    const core::RecordId material = f.firstOf(QStringLiteral("material"), QStringLiteral("Compendium of Good Practices"));
    REQUIRE(f.window->selectRecord(material));
    ui::AttachmentsPanel *panel = f.window->form()->attachmentsPanel();
    REQUIRE(panel != nullptr);
    const int before = panel->count();

    // A drop from the file manager.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(paths.at(0)), QUrl::fromLocalFile(paths.at(1))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panel, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panel, &drop);
    f.settle();
    CHECK(panel->count() == before + 2);
    CHECK(panel->list()->findItems(QStringLiteral("compendium.pdf"), Qt::MatchExactly, 1).size() == 1);

    // One undo takes both back.
    f.window->action(QStringLiteral("undo"))->trigger();
    f.settle();
    CHECK(panel->count() == before);
    f.window->action(QStringLiteral("redo"))->trigger();
    f.settle();
    CHECK(panel->count() == before + 2);

    // A file that cannot be read: nothing attached, the reason kept.
    QString shown;
    test::answerNextMessageBox(QMessageBox::Ok, &shown);
    CHECK_FALSE(panel->addFiles({files.filePath(QStringLiteral("gone.pdf"))}));
    CHECK(panel->lastError().contains(QStringLiteral("gone.pdf")));
    CHECK(shown == panel->lastError());
    CHECK(panel->count() == before + 2);
}
