// The main window on a large library: how long the Materials table takes to open, re-sort and scroll,
// and how much memory the GUI holds. Runs offscreen.
//
//   praxis_table_bench --library PATH   (a library with many materials, e.g. from praxis_import_bench --keep-library)

#include "bench_util.h"
#include "library/library.h"
#include "records/record_filter.h"
#include "records/record_table_model.h"
#include "records/section_table.h"
#include "search/filter_panel.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QListWidget>
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
    // The filter panel: counts of every facet (taken on the panel's own thread), then a value ticked.
    header->setSortIndicator(0, Qt::AscendingOrder);
    QApplication::processEvents();
    ui::FilterPanel *panel = window.sectionTable()->filterPanel();
    auto waitForCounts = [&] {
        QElapsedTimer wait;
        wait.start();
        while (!panel->isCurrent() && wait.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    timer.restart();
    panel->refresh();
    QApplication::processEvents();
    waitForCounts();
    std::printf("filter panel: counts of every facet over all materials: %.0f ms (after the window had them on screen)\n", timer.nsecsElapsed() / 1e6);
    for (const char *facet : {"languages", "material_type"}) {
        QListWidget *values = panel->valuesOf(QString::fromLatin1(facet));
        if (!values || values->count() == 0)
            continue;
        timer.restart();
        values->item(0)->setCheckState(Qt::Checked);
        const double tableMs = timer.nsecsElapsed() / 1e6;
        waitForCounts();
        std::printf("tick %-28s: table filtered to %lld rows in %.0f ms; counts updated after %.0f ms\n",
                    qPrintable(values->item(0)->text()), qint64(model->totalCount()), tableMs, timer.nsecsElapsed() / 1e6);
    }
    // Each facet on its own, on a second connection, for the whole table.
    auto second = core::Library::openExisting(folder);
    if (second) {
        core::Database &db = (*second)->database();
        for (const core::FacetDef &facet : core::RecordFilters::facetsOf(db, QStringLiteral("material"))) {
            timer.restart();
            auto counts = core::RecordFilters::count(db, QStringLiteral("material"), {}, facet, 200);
            std::printf("  facet %-16s %4lld values: %6.0f ms\n", qPrintable(facet.key), counts ? qint64(counts->size()) : -1,
                        timer.nsecsElapsed() / 1e6);
        }
    }
    std::printf("peak resident memory of the GUI: %lld MiB\n", bench::peakRssKb() / 1024);
    return 0;
}
