#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

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
    return Catch::Session().run(argc, argv);
}
