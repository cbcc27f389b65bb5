#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef PRAXIS_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
#ifdef PRAXIS_TEST_GUI
    // GUI tests drive real widgets without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("PraxisTests"));
    TestApplication::setApplicationName(QStringLiteral("praxis-tests"));
    // Each test process keeps its settings apart: ctest runs cases side by side, and one case's
    // remembered columns or clearing of settings must not reach another.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
