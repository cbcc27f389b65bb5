// The main window on a large library: how long the Materials table takes to open, re-sort and scroll,
// and how much memory the GUI holds. Runs offscreen.
//
//   praxis_table_bench --library PATH   (a library with many materials, e.g. from praxis_import_bench --keep-library)

#include "bench_util.h"
#include "library.h"
#include "main_window.h"
#include "record_table_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

using namespace praxis;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PraxisBench"));
    QString folder;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args.at(i) == QLatin1String("--library"))
            folder = args.at(i + 1);
    if (folder.isEmpty()) {
        std::printf("usage: praxis_table_bench --library PATH\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    core::LibraryOptions options;
    options.create = false;
    auto library = core::Library::open(folder, options);
    if (!library) {
        std::printf("error: %s\n", qPrintable(library.error().message));
        return 1;
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    ui::MainWindow window(**library);
    window.resize(1400, 900);
    window.show();
    for (int i = 0; i < 20 && !window.isVisible(); ++i)
        QApplication::processEvents();
    QApplication::processEvents();
    const double windowMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    window.showSection(QStringLiteral("materials"));
    QApplication::processEvents();
    auto *model = qobject_cast<ui::RecordTableModel *>(window.table()->model());
    const double sectionMs = timer.nsecsElapsed() / 1e6;
    std::printf("library %s: %lld materials\n", qPrintable(folder), model ? qint64(model->totalCount()) : -1);
    std::printf("open library: %.0f ms; window shown: %.0f ms; Materials table with first rows: %.0f ms\n", openMs, windowMs, sectionMs);

    QHeaderView *header = window.table()->horizontalHeader();
    for (int column = 0; column < model->columnCount() && column < 5; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            header->setSortIndicator(column, order);
            QApplication::processEvents();
            std::printf("re-sort by %-12s %-4s: %6.0f ms (%d rows loaded)\n", qPrintable(model->headerData(column, Qt::Horizontal).toString()),
                        order == Qt::AscendingOrder ? "asc" : "desc", timer.nsecsElapsed() / 1e6, model->rowCount());
        }
    }
    // Scrolling: page down repeatedly, as a user holding the key would, fetching pages as needed.
    QScrollBar *bar = window.table()->verticalScrollBar();
    for (int column : {0, 2, 4}) {
        header->setSortIndicator(column, Qt::AscendingOrder);
        QApplication::processEvents();
        timer.restart();
        double worst = 0;
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer step;
            step.start();
            bar->setValue(bar->value() + bar->pageStep());
            QApplication::processEvents();
            worst = std::max(worst, step.nsecsElapsed() / 1e6);
        }
        std::printf("200 page-downs sorted by %-10s: %.0f ms in all, slowest %.0f ms (%d rows loaded)\n",
                    qPrintable(model->headerData(column, Qt::Horizontal).toString()), timer.nsecsElapsed() / 1e6, worst, model->rowCount());
    }
    std::printf("peak resident memory of the GUI: %lld MiB\n", bench::peakRssKb() / 1024);
    return 0;
}
