#include "library/library.h"
#include "library_session.h"
#include "search/search_controller.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTranslator>

using namespace praxis;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Praxis"));
    QApplication::setApplicationName(QStringLiteral("Praxis"));
    QApplication::setApplicationDisplayName(QStringLiteral("Praxis"));
    QApplication::setApplicationVersion(QStringLiteral(PRAXIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.praxis.Praxis"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("praxis"), QStringLiteral("_"), QStringLiteral(":/translations")))
        app.installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Knowledge base for communities of practice in training for gender equality"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption libraryOption(QStringLiteral("library"), QApplication::translate("main", "Open the library in <folder>."),
        QApplication::translate("main", "folder"), core::Library::defaultFolder());
    QCommandLineOption sectionOption(QStringLiteral("section"),
        QApplication::translate("main", "Start in <section> (materials, dialogues, …)."), QApplication::translate("main", "section"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> once it is shown, then quit."),
        QApplication::translate("main", "file"));
    QCommandLineOption recordOption(QStringLiteral("record"), QApplication::translate("main", "Open the record with this <id>."),
        QApplication::translate("main", "id"));
    QCommandLineOption searchOption(QStringLiteral("search"), QApplication::translate("main", "Start with a search for <query>."),
        QApplication::translate("main", "query"));
    parser.addOptions({libraryOption, sectionOption, recordOption, searchOption, screenshotOption});
    parser.process(app);

    app::LibrarySession session;
    const QString folder = parser.value(libraryOption);
    core::Status opened = session.open(folder);
    // A damaged library whose backups are at hand: offer the newest one.
    const QStringList backups = core::Library::backupsIn(folder);
    if (!opened && opened.error().code == core::ErrorCode::Corrupt && !backups.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Praxis cannot open the library"), opened.error().message);
        QPushButton *restore = box.addButton(QApplication::translate("main", "Restore the Newest Backup…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() == restore && app::LibrarySession::restoreInteractively(folder, backups.first(), QString(), nullptr))
            opened = session.open(folder);
        if (!opened)
            return 1;
    } else if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Praxis cannot open the library"), opened.error().message);
        return 1;
    }

    ui::MainWindow &window = *session.window();
    if (parser.isSet(sectionOption) && !window.showSection(parser.value(sectionOption)))
        qWarning("Unknown section: %s", qPrintable(parser.value(sectionOption)));
    if (parser.isSet(recordOption) && !window.showRecord(core::RecordId(parser.value(recordOption))))
        qWarning("No record %s to open", qPrintable(parser.value(recordOption)));
    window.show();
    if (parser.isSet(searchOption))
        window.search()->setQuery(parser.value(searchOption));
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
