#include "attachments/attachment_text_reader.h"
#include "attachments/attachment_check_dialog.h"
#include "attachments/attachment_store.h"
#include "attachments/attachment_text.h"
#include "attachments/attachment_text_controller.h"
#include "attachments/attachments_panel.h"
#include "gui_fixture.h"
#include "records/record_form.h"
#include "search/search_index.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>

using namespace praxis;
using praxis::test::Fixture;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PRAXIS_FIXTURES "/attachments/") + QString::fromUtf8(name);
}

} // namespace

TEST_CASE("Tools ▸ Check Attachments lists missing and altered files and opens their record", "[gui][attachments][check]")
{
    Fixture f;
    const core::RecordId material = f.firstOf(QStringLiteral("material"), QStringLiteral("Compendium of Good Practices"));
    core::AttachmentStore store(f.library->attachmentsFolder(), f.library->database(), f.store());
    auto ids = store.addFiles(material, {fixture("toolkit.docx"), fixture("care-module.odt"), fixture("glossary.html")});
    REQUIRE(ids.ok());

    QAction *check = f.window->action(QStringLiteral("checkAttachments"));
    REQUIRE(check != nullptr);
    auto *tools = f.window->menuBar()->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    REQUIRE(tools != nullptr);
    CHECK(tools->actions().contains(check));

    // Everything in order first.
    check->trigger();
    auto *dialog = f.window->findChild<ui::AttachmentCheckDialog *>();
    REQUIRE(dialog != nullptr);
    QSignalSpy finished(dialog, &ui::AttachmentCheckDialog::checkFinished);
    REQUIRE((finished.count() > 0 || finished.wait(10000)));
    CHECK(dialog->problemCount() == 0);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("attachmentCheckStatus"))->text().contains(QStringLiteral("present and unchanged")));
    CHECK_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("openProblemRecord"))->isEnabled());

    // One file altered, one gone.
    {
        QFile altered(store.storedPath(ids->at(0)).value());
        REQUIRE(altered.open(QIODevice::WriteOnly | QIODevice::Append));
        altered.write("tampered");
    }
    REQUIRE(QFile::remove(store.storedPath(ids->at(2)).value()));
    finished.clear();
    dialog->findChild<QPushButton *>(QStringLiteral("checkAttachmentsAgain"))->click();
    REQUIRE((finished.count() > 0 || finished.wait(10000)));
    REQUIRE(dialog->problemCount() == 2);
    QTreeWidget *list = dialog->problems();
    REQUIRE(list->topLevelItemCount() == 2);
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        CHECK(item->text(0).contains(QStringLiteral("Compendium of Good Practices")));
        rows << item->text(1) + QStringLiteral(": ") + item->text(2);
    }
    rows.sort();
    CHECK(rows.at(0).startsWith(QStringLiteral("glossary.html: Missing")));
    CHECK(rows.at(1).startsWith(QStringLiteral("toolkit.docx: Changed since it was added")));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("attachmentCheckStatus"))->text().contains(QStringLiteral("2 problem")));

    // Open Record shows the material in the window.
    REQUIRE(f.window->showSection(QStringLiteral("people")));
    QPushButton *open = dialog->findChild<QPushButton *>(QStringLiteral("openProblemRecord"));
    list->setCurrentItem(list->topLevelItem(1));
    REQUIRE(open->isEnabled());
    open->click();
    f.settle();
    CHECK(f.window->currentSection() == QStringLiteral("materials"));
    CHECK(f.window->form()->recordId() == material);
    CHECK_FALSE(dialog->openRecord(5));
}

TEST_CASE("The check can be stopped and runs off the GUI thread", "[gui][attachments][check]")
{
    Fixture f;
    const core::RecordId material = f.firstOf(QStringLiteral("material"), QStringLiteral("Compendium of Good Practices"));
    core::AttachmentStore store(f.library->attachmentsFolder(), f.library->database(), f.store());
    QTemporaryDir files;
    QStringList paths;
    for (int i = 0; i < 60; ++i) {
        paths << files.filePath(QStringLiteral("handout %1.txt").arg(i));
        QFile file(paths.last());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(256 * 1024, char('a' + i % 26)) + QByteArray::number(i));
    }
    REQUIRE(store.addFiles(material, paths).ok());

    ui::AttachmentCheckDialog dialog(*f.library, f.window.get());
    QSignalSpy finished(&dialog, &ui::AttachmentCheckDialog::checkFinished);
    dialog.show();
    dialog.start();
    CHECK(dialog.isChecking()); // the window's event loop is free while files are hashed
    dialog.findChild<QPushButton *>(QStringLiteral("stopCheckingAttachments"))->click();
    REQUIRE((finished.count() > 0 || finished.wait(10000)));
    CHECK_FALSE(dialog.isChecking());
    // Stopped before the end, or done already on a fast disk: either way it says so and lists nothing wrong.
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("attachmentCheckStatus"))->text();
    CHECK((status.contains(QStringLiteral("Stopped")) || status.contains(QStringLiteral("present and unchanged"))));
    CHECK(dialog.problemCount() == 0);
}

TEST_CASE("Attached files are read in the background and their words found by search", "[gui][attachments][text]")
{
    Fixture f;
    REQUIRE(f.window->showSection(QStringLiteral("materials")));
    const core::RecordId material = f.firstOf(QStringLiteral("material"), QStringLiteral("Compendium of Good Practices"));
    REQUIRE(f.window->selectRecord(material));
    f.window->setTextExtractor(extract::AttachmentTextReader::extractor(), extract::AttachmentTextReader::version());
    ui::AttachmentTextController *texts = f.window->attachmentTexts();
    REQUIRE(texts != nullptr);
    QSignalSpy finished(texts, &ui::AttachmentTextController::finished);
    REQUIRE(finished.wait(10000)); // the run at startup: nothing pending in the sample library
    CHECK(finished.last().at(0).value<core::ExtractionSummary>().total() == 0);

    ui::AttachmentsPanel *panel = f.window->form()->attachmentsPanel();
    REQUIRE(panel != nullptr);
    QSignalSpy progress(texts, &ui::AttachmentTextController::progress);
    finished.clear();
    REQUIRE(panel->addFiles({fixture("toolkit.docx"), fixture("care-module.odt"), fixture("truncated.docx")}));
    REQUIRE(finished.wait(10000));
    const auto summary = finished.last().at(0).value<core::ExtractionSummary>();
    CHECK(summary.read == 2);
    CHECK(summary.failed == 1);
    CHECK(finished.last().at(1).toString().isEmpty());
    CHECK_FALSE(progress.isEmpty());
    CHECK(progress.last().at(0).toLongLong() == 3);
    CHECK(f.window->statusBar()->currentMessage().contains(
        QStringLiteral("Read the text of 2 attached file(s) for search. 1 could not be read")));
    CHECK_FALSE(f.window->findChild<QWidget *>(QStringLiteral("attachmentTextStatus"))->isVisible());

    core::AttachmentTextCache cache(f.library->database(), f.library->clock());
    auto sha = core::AttachmentStore::sha256Of(fixture("toolkit.docx"));
    REQUIRE(sha.ok());
    CHECK(cache.text(*sha).value().contains(QStringLiteral("Ouagadougou")));

    // The owner was queued for the index: a search finds the material by a word only its file holds.
    REQUIRE(f.library->search().drain().ok());
    auto hits = f.library->search().search(QStringLiteral("Bishkek"), 10);
    REQUIRE(hits.ok());
    REQUIRE(hits->hits.size() == 1);
    CHECK(hits->hits.first().id == material);
}
