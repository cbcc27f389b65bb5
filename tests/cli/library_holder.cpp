// Holds a library open the way the window does, for the concurrency tests of praxis-cli: one connection
// for the whole life of the process, and a second one opened and let go again, as a background job of
// the window does (core::Library::openExisting). Then it serves commands read line by line from its
// standard input, with one reply line each, so that a test can wait for it:
//
//   add TITLE   adds a material titled TITLE as praxis-cli add does    → "added ID", once committed
//   reopen      opens another connection, reads through it, lets it go → "reopened N" (materials seen)
//   count       the materials seen through the first connection        → "count N"
//
// A command that fails replies "error MESSAGE". The holder ends only when it is killed, or when its
// standard input closes (the test that started it went away).

#include "library/library.h"
#include "records/record_document.h"
#include "records/record_store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <iostream>
#include <string>

using namespace praxis;

namespace {

const QString kMaterial = QStringLiteral("material");

core::Result<qint64> countMaterials(core::Library &library)
{
    return library.records().count(kMaterial, core::ListQuery {});
}

// What a background job of the window does: a connection of its own, some reading, and then it goes.
core::Result<qint64> backgroundJob(const QString &folder)
{
    auto second = core::Library::openExisting(folder);
    if (!second)
        return second.error();
    return countMaterials(**second);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    auto reply = [&out](const QString &line) {
        out << line << '\n';
        out.flush();
    };
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        reply(QStringLiteral("error usage: library_holder FOLDER"));
        return 2;
    }
    const QString folder = arguments.at(1);

    core::LibraryOptions options;
    options.create = false;
    auto opened = core::Library::open(folder, options);
    if (!opened) {
        reply(QStringLiteral("error ") + opened.error().message);
        return 1;
    }
    core::Library &library = **opened;
    if (auto job = backgroundJob(folder); !job) {
        reply(QStringLiteral("error ") + job.error().message);
        return 1;
    }
    reply(QStringLiteral("ready"));

    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command.startsWith(QLatin1String("add "))) {
            core::RecordDocument writer(library.database(), library.records());
            auto written = writer.write(QJsonObject {{QStringLiteral("title"), command.mid(4)}}, kMaterial);
            reply(written ? QStringLiteral("added ") + written->created.first().toString()
                          : QStringLiteral("error ") + written.error().message);
        } else if (command == QLatin1String("reopen")) {
            auto job = backgroundJob(folder);
            reply(job ? QStringLiteral("reopened %1").arg(*job) : QStringLiteral("error ") + job.error().message);
        } else if (command == QLatin1String("count")) {
            auto n = countMaterials(library);
            reply(n ? QStringLiteral("count %1").arg(*n) : QStringLiteral("error ") + n.error().message);
        } else {
            reply(QStringLiteral("error unknown command “%1”").arg(command));
        }
    }
    return 0;
}
