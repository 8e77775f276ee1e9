// Times what an annotator feels in the real main window (offscreen): opening a project, moving
// to the next tweet, and a durable label edit; and reports peak memory.
// Usage: mner-studio-bench PROJECT [EDITS] [MODEL]   (works on a copy of PROJECT; with MODEL the
// model first tags every tweet through "Run model", so that the view draws a prediction row)
#include "../app/common/openblas_core.h"
#include "errorbrowser.h"
#include "mainwindow.h"
#include "scorespanel.h"
#include "tweetlistmodel.h"
#include "tweetview.h"

#include "store/project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {
double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}
long peakRssKb() {
    std::ifstream f("/proc/self/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}
}  // namespace

int main(int argc, char **argv) {
    mner::fixOpenblasCore(argv);  // the model run as the app runs it (see openblas_core.h)
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT [EDITS]\n", argv[0]);
        return 2;
    }
    int edits = argc > 2 ? std::atoi(argv[2]) : 200;
    QTemporaryDir tmp;
    QString path = tmp.filePath("bench.mner");
    if (QString(argv[1]).startsWith("postgres"))
        path = argv[1];  // a server project: used as it is
    else
        QFile::copy(argv[1], path);
    mner::ui::MainWindow w;
    w.setQuiet(true);
    w.resize(1280, 800);
    w.show();
    QElapsedTimer t;
    t.start();
    if (!w.openProject(path)) return 1;
    app.processEvents();
    double openMs = t.nsecsElapsed() / 1e6;
    int total = w.tweetModel()->totalCount();
    if (argc > 3) {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&w, &mner::ui::MainWindow::modelRunFinished, &loop, [&](bool r) {
            ok = r;
            loop.quit();
        });
        t.restart();
        w.runModels({QString::fromLocal8Bit(argv[3])});
        loop.exec();
        double s = t.nsecsElapsed() / 1e9;
        std::printf("run model over %d tweets in the worker thread: %.1f s (%.0f tweets/s incl. marginals and storing)%s\n",
                    total, s, total / s, ok ? "" : " FAILED");
        w.selectRow(0);
        t.restart();
        w.errorBrowser()->refresh();
        double errMs = t.nsecsElapsed() / 1e6;
        t.restart();
        w.scoresPanel()->refresh();
        std::printf("refresh error browser: %.0f ms, scores: %.0f ms\n", errMs, t.nsecsElapsed() / 1e6);
        t.restart();
        w.openProject(path);
        app.processEvents();
        std::printf("reopen the tagged project: %.1f ms\n", t.nsecsElapsed() / 1e6);
    }

    // what opening leaves to the background: the docks and suggestions read a page per turn
    t.restart();
    w.finishReadingProject();
    const double readMs = t.nsecsElapsed() / 1e6;
    std::printf("docks and suggestions read the whole project: %.0f ms (in the background, a page per event-loop turn)\n", readMs);
    // the Errors dock's first page, as a refresh shows it, then the rest
    t.restart();
    w.errorBrowser()->refresh();
    app.processEvents();
    const double firstErrors = t.nsecsElapsed() / 1e6;
    const int firstRows = w.errorBrowser()->rowCount();
    t.restart();
    w.errorBrowser()->finishReading();
    std::printf("Errors dock: first page %.0f ms (%d rows), all %d rows %.0f ms more\n", firstErrors, firstRows,
                w.errorBrowser()->rowCount(), t.nsecsElapsed() / 1e6);
    // sorting and filtering the whole list (ids in the new order, the first page of rows)
    using TLM = mner::ui::TweetListModel;
    for (auto [col, name] : {std::pair{int(TLM::Uncertainty), "uncertainty"}, std::pair{int(TLM::Disagreement), "disagreement"},
                             std::pair{int(TLM::Entities), "entities"}, std::pair{int(TLM::Number), "import order"}}) {
        t.restart();
        w.tweetModel()->sort(col, col == TLM::Number ? Qt::AscendingOrder : Qt::DescendingOrder);
        if (w.tweetModel()->canFetchMore({})) w.tweetModel()->fetchMore({});
        app.processEvents();
        std::printf("sort by %s: %.0f ms\n", name, t.nsecsElapsed() / 1e6);
    }
    for (const char *text : {"obama", "the"}) {
        t.restart();
        w.tweetModel()->setFilter(text, {}, -1);
        if (w.tweetModel()->canFetchMore({})) w.tweetModel()->fetchMore({});
        app.processEvents();
        std::printf("filter by text \"%s\": %.0f ms (%d tweets)\n", text, t.nsecsElapsed() / 1e6, w.tweetModel()->totalCount());
    }
    w.tweetModel()->setFilter({}, {}, -1);

    std::vector<double> next;
    w.selectRow(0);  // the window reopens where the last run left off
    for (int i = 1; i < std::min(total, 500); ++i) {
        t.restart();
        w.nextTweet(1);
        w.tweetView()->repaint();  // include the paint
        next.push_back(t.nsecsElapsed() / 1e6);
    }
    std::vector<double> edit;
    w.selectRow(0);
    for (int i = 0; i < edits; ++i) {
        if (i % 2 == 0) w.nextTweet(1);
        w.tweetView()->setSelection(0, 1);
        t.restart();
        w.labelSelection(i % 4 == 0 ? "PER" : i % 4 == 1 ? "" : i % 4 == 2 ? "LOC" : "ORG");
        edit.push_back(t.nsecsElapsed() / 1e6);
    }
    // The Errors and Scores docks after one edit: one tweet's rows and counts replaced, the
    // tables and chart redrawn (the edit above already did it once; this times it alone).
    std::vector<double> errorsMs, scoresMs, docksMs;
    for (int i = 0; i < edits; ++i) {
        w.nextTweet(1);
        const qint64 id = w.currentTweet();
        w.tweetView()->setSelection(0, 1);
        w.labelSelection(i % 2 ? "" : "PER");
        app.processEvents();
        t.restart();
        w.errorBrowser()->tweetChanged(id);
        errorsMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        w.scoresPanel()->tweetChanged(id);
        scoresMs.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        app.processEvents();  // the docks' repaint
        docksMs.push_back(errorsMs.back() + scoresMs.back() + t.nsecsElapsed() / 1e6);
    }
    std::printf("tweets %d\nopen project: %.1f ms\n", total, openMs);
    if (!w.lastError().isEmpty()) std::printf("last error: %s\n", qPrintable(w.lastError()));
    std::printf("after one edit, Errors dock (%zu): median %.2f ms, p99 %.2f ms; Scores dock: median %.2f ms, p99 %.2f ms; "
                "both with repaint: median %.2f ms, p99 %.2f ms\n",
                errorsMs.size(), percentile(errorsMs, 0.5), percentile(errorsMs, 0.99), percentile(scoresMs, 0.5),
                percentile(scoresMs, 0.99), percentile(docksMs, 0.5), percentile(docksMs, 0.99));
    std::printf("next tweet (%zu): median %.2f ms, p99 %.2f ms, max %.2f ms\n", next.size(), percentile(next, 0.5),
                percentile(next, 0.99), percentile(next, 1.0));
    std::printf("durable edit (%zu, committed): median %.2f ms, p99 %.2f ms\n", edit.size(), percentile(edit, 0.5),
                percentile(edit, 0.99));
    std::printf("peak memory (VmHWM): %.1f MB\n", peakRssKb() / 1024.0);
    return 0;
}
