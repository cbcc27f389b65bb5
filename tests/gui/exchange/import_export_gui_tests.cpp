#include "exchange/export_dialog.h"
#include "exchange/import_dialog.h"
#include "gui_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace praxis;
using praxis::test::Fixture;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PRAXIS_FIXTURES "/import/") + QLatin1String(name);
}

} // namespace

TEST_CASE("A CSV file is mapped, previewed and imported from the window", "[gui][import]")
{
    Fixture f;
    const qint64 before = f.count(QStringLiteral("material"));
    ui::ImportDialog dialog(*f.library, f.window.get());
    REQUIRE(dialog.openFile(fixture("excel.csv")));
    dialog.show();
    QTableWidget *mapping = dialog.mappingTable();
    REQUIRE(mapping->rowCount() == 9);
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("delimiter"))->currentData().toString() == QStringLiteral(";"));
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("encoding"))->currentText() == QStringLiteral("UTF-8"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Guía de capacitación en género"));
    // Map the "Country" column to nothing, and the preview and import follow.
    for (int r = 0; r < mapping->rowCount(); ++r) {
        if (mapping->item(r, 0)->text() == QLatin1String("Title")) {
            CHECK(qobject_cast<QComboBox *>(mapping->cellWidget(r, 1))->currentData().toString() == QStringLiteral("title"));
        }
        if (mapping->item(r, 0)->text() == QLatin1String("Country"))
            qobject_cast<QComboBox *>(mapping->cellWidget(r, 1))->setCurrentIndex(0);
    }
    dialog.setDuplicatePolicy(core::DuplicatePolicy::Add);
    QSignalSpy finished(&dialog, &ui::ImportDialog::finished);
    dialog.findChild<QPushButton *>(QStringLiteral("startImport"))->click();
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().first().toBool());
    CHECK(dialog.report().imported == 3);
    f.settle();
    CHECK(f.count(QStringLiteral("material")) == before + 3);
    const core::RecordId guia = f.firstOf(QStringLiteral("material"), QStringLiteral("Guía de capacitación en género"));
    CHECK(f.store().get(guia)->fields.value(QStringLiteral("countries")).toStringList().isEmpty());
}

TEST_CASE("The import dialog lists the entries it cannot read and refuses a file of another kind", "[gui][import]")
{
    Fixture f;
    ui::ImportDialog dialog(*f.library, f.window.get());
    // The entry whose braces do not balance is listed; the next one can be imported.
    CHECK(dialog.openFile(fixture("unbalanced.bib")));
    const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("line 1")));
    CHECK(summary->text().contains(QStringLiteral("braces")));
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("startImport"))->isEnabled());
    CHECK_FALSE(dialog.openFile(fixture("picture.bib")));
    CHECK(dialog.errorText().contains(QStringLiteral("image")));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("startImport"))->isEnabled());
    CHECK_FALSE(dialog.openFile(fixture("mail.csv")));
    CHECK(dialog.errorText().contains(QStringLiteral("mail archive")));
}

TEST_CASE("Materials are exported from the window", "[gui][export]")
{
    Fixture f;
    QTemporaryDir out;
    ui::ExportDialog dialog(*f.library, {}, f.window.get());
    dialog.choose(QStringLiteral("ris"), false);
    QSignalSpy finished(&dialog, &ui::ExportDialog::finished);
    const QString path = out.filePath(QStringLiteral("materials.ris"));
    dialog.exportTo(path);
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().first().toBool());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QStringLiteral("TY  - ")) == f.count(QStringLiteral("material")));
    CHECK(text.contains(QStringLiteral("Compendium of Good Practices in Training for Gender Equality")));
    CHECK(f.window->action(QStringLiteral("import")) != nullptr);
    CHECK(f.window->action(QStringLiteral("export"))->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
}

TEST_CASE("An export the disk refuses says why in the dialog and leaves the target as it was", "[gui][export][errors]")
{
    Fixture f;
    QTemporaryDir out;
    ui::ExportDialog dialog(*f.library, {}, f.window.get());
    dialog.choose(QStringLiteral("ris"), false);
    QSignalSpy finished(&dialog, &ui::ExportDialog::finished);
    // The target is a folder holding a file: both stay as they were.
    const QString folder = out.filePath(QStringLiteral("materials.ris"));
    REQUIRE(QDir().mkdir(folder));
    QFile inside(QDir(folder).filePath(QStringLiteral("notes.txt")));
    REQUIRE(inside.open(QIODevice::WriteOnly));
    inside.write("kept");
    inside.close();
    dialog.exportTo(folder);
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.first().first().toBool());
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().contains(QStringLiteral("it is a folder, not a file. The folder was left as it was."));
    CHECK(said);
    CHECK(QFileInfo(folder).isDir());
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) == QStringList {QStringLiteral("notes.txt")});
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        == QStringList {QStringLiteral("materials.ris")});
}
