// The window of Praxis in a process of its own, for the concurrency tests: a ui::MainWindow on a library,
// made as app/praxis/library_session.cpp makes it (with the attachment text reader, so that its background
// jobs run as in Praxis: indexing, filter counts, reading attached files, each on a connection of its
// own), shown on the offscreen platform. It serves commands read line by line from its standard input,
// one reply line each, driving the window's own widgets:
//
//   add TITLE     New in Materials, TITLE typed into the form's title, Save → "added ID", once committed
//   search QUERY  QUERY typed into the search bar and Return pressed        → "searched N" (results shown)
//   texts         the attachment text reader run again                      → "texts done"
//
// A command that fails replies "error MESSAGE". The window ends only when it is killed, or when its
// standard input closes (the test that started it went away).
//
// Usage: praxis_window_host LIBRARY SETTINGS_FOLDER (settings are kept there, away from the user's).

#include "attachments/attachment_text_reader.h"
#include "attachments/attachment_text_controller.h"
#include "editors/field_editor.h"
#include "library/library.h"
#include "records/record_form.h"
#include "search/search_controller.h"
#include "shell/main_window.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <iostream>
#include <string>
#include <thread>

using namespace praxis;

namespace {

constexpr int kWaitMs = 20000;

void typeInto(QWidget *input, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(input))
        line->selectAll();
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(input))
        edit->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(input))
        spin->selectAll();
    QTest::keyClick(input, Qt::Key_Backspace);
    QTest::keyClicks(input, text);
}

// Runs the commands against the window, on the GUI thread.
class WindowHost {
public:
    WindowHost(ui::MainWindow &window, QTextStream &out)
        : m_window(window)
        , m_out(out)
    {
    }

    void reply(const QString &line)
    {
        m_out << line << '\n';
        m_out.flush();
    }

    void run(const QString &command)
    {
        if (command.startsWith(QLatin1String("add ")))
            add(command.mid(4));
        else if (command.startsWith(QLatin1String("search ")))
            search(command.mid(7));
        else if (command == QLatin1String("texts"))
            readTexts();
        else
            reply(QStringLiteral("error unknown command “%1”").arg(command));
    }

private:
    void add(const QString &title)
    {
        if (!m_window.showSection(QStringLiteral("materials")))
            return reply(QStringLiteral("error no Materials section"));
        m_window.newRecord();
        ui::RecordForm *form = m_window.form();
        ui::FieldEditor *editor = form->editor(QStringLiteral("title"));
        if (!form->isNew() || !editor)
            return reply(QStringLiteral("error the form did not start a new material"));
        typeInto(editor->inputWidget(), title);
        // A title like one in the library brings up the duplicate warning first: this one is meant.
        QTimer answer;
        answer.setInterval(20);
        QObject::connect(&answer, &QTimer::timeout, [] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                if (auto *button = dialog->findChild<QPushButton *>(QStringLiteral("addAnyway")))
                    button->click();
            }
        });
        answer.start();
        m_window.action(QStringLiteral("save"))->trigger();
        answer.stop();
        if (form->isNew() || form->recordId().isNull())
            return reply(QStringLiteral("error not saved: ") + form->errorText().simplified());
        reply(QStringLiteral("added ") + form->recordId().toString());
    }

    void search(const QString &query)
    {
        QSignalSpy finished(m_window.search(), &ui::SearchController::finished);
        typeInto(m_window.searchBar(), query);
        QTest::keyClick(m_window.searchBar(), Qt::Key_Return);
        if (!finished.wait(kWaitMs))
            return reply(QStringLiteral("error no results in time"));
        const int hits = finished.last().at(0).toInt();
        m_window.searchBar()->clear(); // back to the section's table for the next command
        reply(QStringLiteral("searched %1").arg(hits));
    }

    void readTexts()
    {
        ui::AttachmentTextController *texts = m_window.attachmentTexts();
        if (!texts)
            return reply(QStringLiteral("error the window reads no attachment text"));
        if (texts->isRunning()) {
            QSignalSpy running(texts, &ui::AttachmentTextController::finished);
            running.wait(kWaitMs);
        }
        QSignalSpy finished(texts, &ui::AttachmentTextController::finished);
        texts->start();
        if (!finished.wait(kWaitMs))
            return reply(QStringLiteral("error the attachment text reader did not finish in time"));
        const QString error = finished.last().at(1).toString();
        reply(error.isEmpty() ? QStringLiteral("texts done") : QStringLiteral("error ") + error);
    }

    ui::MainWindow &m_window;
    QTextStream &m_out;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PraxisTests"));
    QApplication::setApplicationName(QStringLiteral("praxis-window-host"));
    QTextStream out(stdout);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 3) {
        out << "error usage: praxis_window_host LIBRARY SETTINGS_FOLDER\n";
        return 2;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, arguments.at(2));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, arguments.at(2));

    // As LibrarySession::open and adopt do.
    auto library = core::Library::open(arguments.at(1));
    if (!library) {
        out << "error " << library.error().message << '\n';
        return 1;
    }
    ui::MainWindow window(**library);
    window.setTextExtractor(extract::AttachmentTextReader::extractor(), extract::AttachmentTextReader::version());
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        out << "error the window was not shown\n";
        return 1;
    }

    WindowHost host(window, out);
    host.reply(QStringLiteral("ready"));
    // Standard input is read off the GUI thread; each line is run on it, in turn.
    std::thread([&host] {
        std::string line;
        while (std::getline(std::cin, line)) {
            QMetaObject::invokeMethod(
                qApp, [&host, command = QString::fromStdString(line).trimmed()] { host.run(command); }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
    return app.exec();
}
