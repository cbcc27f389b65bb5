#pragma once

// The window every GUI test starts from: a fresh library in a temporary folder with the sample
// library installed, as on a first start.

#include "library/library.h"
#include "model/record_type.h"
#include "records/record_store.h"
#include "records/sample_library.h"
#include "shell/main_window.h"

#include "catch_qt.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace praxis::test {

// Answers the next message box with `button` once it is shown; its text goes to `text` when given.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

// A window on a fresh library holding the sample records, as on a first start.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<praxis::core::Library> library;
    std::unique_ptr<praxis::ui::MainWindow> window;

    Fixture()
    {
        REQUIRE(dir.isValid());
        QSettings().clear();
        auto lib = core::Library::open(dir.filePath(QStringLiteral("lib")));
        REQUIRE(lib.ok());
        library = std::move(lib.value());
        QFile sample(QStringLiteral(":/sample/sample_library.json"));
        REQUIRE(sample.open(QIODevice::ReadOnly));
        auto installed = core::SampleLibrary::install(*library, sample.readAll());
        INFO((installed ? QString() : installed.error().message).toStdString());
        REQUIRE(installed.ok());
        window = std::make_unique<ui::MainWindow>(*library);
        window->resize(1400, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    core::RecordStore &store() { return library->records(); }

    // Lets queued refreshes run.
    void settle() { QTest::qWait(20); }

    qint64 count(const QString &type)
    {
        auto n = store().count(type, {});
        REQUIRE(n.ok());
        return *n;
    }

    core::RecordId firstOf(const QString &type, const QString &title)
    {
        core::ListQuery q;
        q.limit = 0;
        auto records = store().list(type, q);
        REQUIRE(records.ok());
        for (const core::Record &r : *records) {
            if (r.fields.value(core::RecordTypes::find(type)->titleField).toString().contains(title))
                return r.id;
        }
        FAIL("no " << type.toStdString() << " titled " << title.toStdString());
        return {};
    }
};

inline void typeInto(QWidget *input, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(input)) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(input)) {
        spin->selectAll();
        QTest::keyClick(spin, Qt::Key_Backspace);
    }
    QTest::keyClicks(input, text);
}

} // namespace praxis::test
