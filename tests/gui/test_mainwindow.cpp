// Drives the real main window offscreen: open the demo project, select tweets, check the spans
// drawn and the image panel, the lazy list, and errors on bad projects.
#include "agreementdialog.h"
#include "entitytypesdialog.h"
#include "errorbrowser.h"
#include "exportdialog.h"
#include "runmodeldialog.h"
#include "settingsdialog.h"
#include "imagepanel.h"
#include "importdialog.h"
#include "importrunner.h"
#include "keysdialog.h"
#include "labelalldialog.h"
#include "mainwindow.h"
#include "modelrunner.h"
#include "preannotatehint.h"
#include "retrain.h"
#include "scorespanel.h"
#include "tweetlistmodel.h"
#include "tweetview.h"

#include "eval/conlleval.h"
#include "eval/errors.h"
#include "io/captions.h"
#include "io/formats.h"
#include "model/model.h"
#include "store/project.h"
#include "store/transfer.h"
#include "text/utf8.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QProcess>
#include <QSettings>
#include <QTranslator>
#include <QMenuBar>
#include <QApplication>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QValueAxis>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <memory>

using namespace mner;
using namespace mner::ui;

class TestMainWindow : public QObject {
    Q_OBJECT

    // A fresh copy of the demo project in the test folder; empty when it cannot be made.
    QString demoCopy(const QString &name) {
        QString path = tmp_.filePath(name);
        QFile::remove(path);
        return QFile::copy(demo_, path) ? path : QString();
    }

private:
    QTemporaryDir tmp_;
    QString demo_;

    // Imports as File › Import does and waits for the job; true when it imported.
    static bool importAndWait(MainWindow &w, const QStringList &files) {
        QSignalSpy done(&w, &MainWindow::importFinished);
        ImportRequest r;
        r.files = files;
        if (!w.startImport(r)) return false;
        if (done.isEmpty() && !done.wait(60000)) return false;
        return done.takeFirst().at(0).toBool();
    }

    // A Twitter-2015 file of n tweets of ten words each (an import that takes a moment).
    QString bigImportFile(int n, int first = 900000) {
        QString path = tmp_.filePath(QString("big-%1-%2.txt").arg(first).arg(n));
        if (QFile::exists(path)) return path;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) return {};
        QByteArray all;
        for (int i = 0; i < n; ++i) {
            all += "IMGID:" + QByteArray::number(first + i) + "\n";
            for (int k = 0; k < 10; ++k) all += "word" + QByteArray::number(k) + (k == 0 ? "\tB-PER\n" : "\tO\n");
            all += "\n";
        }
        f.write(all);
        return path;
    }

    // The test cluster's admin URL (ctest's gui_server starts it); empty, saying why, when none.
    static QString testServer(QString *why) {
        QFile f(qEnvironmentVariable("MNER_TEST_SERVER"));
        if (!f.open(QIODevice::ReadOnly)) {
            *why = "no test server (ctest -R gui_server starts one)";
            return {};
        }
        const QString admin = QString::fromUtf8(f.readLine()).trimmed();
        if (admin.isEmpty()) *why = "no PostgreSQL server binaries (setup.sh installs postgresql)";
        return admin;
    }

    // The demo project pushed to the test server as NAME_<pid>; its URL.
    QString demoOnServer(const QString &admin, const QString &name) {
        const QString url = admin + "?project=" + name + "_" + QString::number(QCoreApplication::applicationPid());
        auto from = Project::open(demo_.toStdString());
        auto to = Project::open(url.toStdString(), true);
        copyProject(*from, *to);
        return url;
    }

    QString makeDemo() {
        QString path = tmp_.filePath("demo.mner");
        auto p = Project::open(path.toStdString(), true);
        std::string src = MNER_DEMO_PROJECT_SOURCE;
        Document d = readDocument(src + "/demo.txt");
        Captions caps(src + "/captions.txt");
        ImportOptions o;
        o.imagesDir = src + "/images";
        o.embedImages = true;
        o.captions = &caps;
        p->import({{d, "demo"}}, o);
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        QCoreApplication::setOrganizationName("mner-studio-test");
        demo_ = makeDemo();
    }

    void opensDemoAndDrawsGoldSpans() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(demo_));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.tweetModel()->totalCount(), 12);
        w.selectRow(1);  // "Maria Lopez scores twice as Riverside United beat Northgate ..."
        QVERIFY(w.currentTweet() != 0);
        TweetView *v = w.tweetView();
        v->grab();  // paint
        const auto &spans = v->drawnSpans();
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans[0].type, QString("PER"));
        QCOMPARE(spans[0].begin, 0);
        QCOMPARE(spans[0].end, 2);
        QCOMPARE(spans[1].type, QString("ORG"));
        QCOMPARE(spans[1].begin, 5);
        QCOMPARE(spans[1].end, 7);
        QCOMPARE(spans[2].begin, 8);
        for (const auto &s : spans) {
            QCOMPARE(s.layer, QString("gold (corrected)"));
            QVERIFY(s.rect.bottom() < v->tokenRect(s.begin).top());  // gold above the text
            QVERIFY(s.rect.left() <= v->tokenRect(s.begin).left());
            QVERIFY(s.rect.right() >= v->tokenRect(s.end - 1).right() - 1);
        }
        if (qEnvironmentVariableIsSet("MNER_SCREENSHOT_DIR")) {  // at a common laptop size
            w.resize(1366, 768);
            QTest::qWait(100);
            w.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/main-window.png");
        }
    }

    void imagesAndPlaceholders() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(demo_));
        w.selectRow(0);
        QVERIFY(w.imagePanel()->hasImage());
        QCOMPARE(w.imagePanel()->image().size(), QSize(320, 240));
        w.selectRow(2);  // demo03.jpg is a PNG file
        QVERIFY(w.imagePanel()->hasImage());
        w.selectRow(10);  // demo11.jpg is not an image at all
        QVERIFY(!w.imagePanel()->hasImage());
        QVERIFY2(w.imagePanel()->placeholderText().contains("could not be read"), qPrintable(w.imagePanel()->placeholderText()));
        w.selectRow(11);  // demo12 has no image file
        QVERIFY(!w.imagePanel()->hasImage());
        QVERIFY(w.imagePanel()->placeholderText().contains("not available"));
    }

    void emojiTokensLayOut() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(demo_));
        w.selectRow(4);  // contains a ZWJ family emoji
        TweetRecord t = w.project()->tweet(w.currentTweet());
        bool found = false;
        for (int i = 0; i < int(t.tweet.tokens.size()); ++i) {
            const std::string &s = t.tweet.tokens[size_t(i)].text;
            QCOMPARE(size_t(QString::fromStdString(s).size()), utf16Length(s));
            if (s.find("\xE2\x80\x8D") != std::string::npos) {
                found = true;
                QVERIFY(w.tweetView()->tokenRect(i).width() > 0);
            }
        }
        QVERIFY(found);
    }

    void listFetchesLazily() {
        QString path = tmp_.filePath("big.mner");
        auto p = Project::open(path.toStdString(), true);
        std::string text;
        for (int i = 0; i < 1000; ++i) text += "IMGID:" + std::to_string(i) + "\nword\tO\nParis\tB-LOC\n\n";
        p->import({{parseDocument(text, "big.txt"), "train"}}, {});
        p.reset();
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QCOMPARE(w.tweetModel()->totalCount(), 1000);
        QVERIFY(w.tweetModel()->rowCount() < 1000);
        w.selectRow(900);
        QVERIFY(w.tweetModel()->rowCount() > 900);
        QCOMPARE(w.tweetModel()->data(w.tweetModel()->index(900, TweetListModel::Entities), Qt::DisplayRole).toInt(), 1);
    }

    void labelsByKeysUndoRedoAndRestart() {
        QString path = demoCopy("edit.mner");
        QVERIFY(!path.isEmpty());
        {
            MainWindow w;
            w.setQuiet(true);
            w.setAnnotator("tester");
            QVERIFY(w.openProject(path));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.selectRow(0);  // "RT @harbourwatch : Ferry service from Halifax to Portland ..."
            TweetView *v = w.tweetView();
            v->setFocus();
            // move to "Ferry" (token 3), extend over "service" (4), label ORG by key 3
            QTest::keyClick(v, Qt::Key_Right);
            QTest::keyClick(v, Qt::Key_Right);
            QTest::keyClick(v, Qt::Key_Right);
            QTest::keyClick(v, Qt::Key_Right, Qt::ShiftModifier);
            QCOMPARE(v->selection(), qMakePair(3, 5));
            QTest::keyClick(v, Qt::Key_3);
            int64_t id = w.currentTweet();
            auto tags = w.project()->labels("corrected", id);
            QCOMPARE(QString::fromStdString(tags[3]), QString("B-ORG"));
            QCOMPARE(QString::fromStdString(tags[4]), QString("I-ORG"));
            // the edit went to the write-ahead log; the log goes back into the project file once
            // the keys rest, not inside an edit
            const auto written = std::filesystem::last_write_time(path.toStdString());
            QTest::qWait(2000);
            QVERIFY(std::filesystem::last_write_time(path.toStdString()) != written);
            // relabel the same tokens: one merged undo step
            QTest::keyClick(v, Qt::Key_P);
            QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[3]), QString("B-PER"));
            QCOMPARE(w.undoStack()->count(), 1);
            QTest::keyClick(v, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[3]), QString("O"));
            QTest::keyClick(v, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[3]), QString("B-PER"));
            // clear "Halifax" (token 6) with Delete
            v->setSelection(6, 7);
            QTest::keyClick(v, Qt::Key_Delete);
            QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[6]), QString("O"));
            QCOMPARE(w.undoStack()->count(), 2);
            QTest::keyClick(v, Qt::Key_Z, Qt::ControlModifier);  // Halifax back, redo available
            QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[6]), QString("B-LOC"));
            // the reference row shows the edit
            v->grab();
            bool per = false;
            for (const auto &s : v->drawnSpans()) per = per || (s.layer.startsWith("gold") && s.begin == 3 && s.type == "PER");
            QVERIFY(per);
            QTest::keyClick(v, Qt::Key_Return);  // done, next tweet
            QCOMPARE(w.tweetModel()->data(w.tweetModel()->index(0, TweetListModel::Status), Qt::DisplayRole).toString(),
                     QString("done"));
        }
        // a new window on the same file: the edit is there, and so are undo and redo
        MainWindow w;
        w.setQuiet(true);
        w.setAnnotator("tester");
        QVERIFY(w.openProject(path));
        int64_t id = w.tweetModel()->tweetId(0);
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[3]), QString("B-PER"));
        QVERIFY(w.undoStack()->canRedo());
        w.undoStack()->redo();  // Halifax cleared again
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[6]), QString("O"));
        w.undoStack()->undo();  // Halifax back
        w.undoStack()->undo();  // PER -> ORG (after a restart each stored edit is its own step)
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[3]), QString("B-ORG"));
        w.undoStack()->undo();
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[3]), QString("O"));
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[6]), QString("B-LOC"));
    }

    void runsBundledModelAndOpensAnError() {
        QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        QString path = demoCopy("run.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QSignalSpy progress(&w, &MainWindow::modelRunProgress);
        QSignalSpy finished(&w, &MainWindow::modelRunFinished);
        QStringList jobsWhenFinished{"not finished"};
        connect(&w, &MainWindow::modelRunFinished, this, [&] { jobsWhenFinished = w.runningJobs(); });
        w.runModels({model});
        QVERIFY(w.modelRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        // finished means over: opening another project then asks nothing about a job in progress
        QCOMPARE(jobsWhenFinished, QStringList());
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toInt(), 12);
        // every tweet has the model's layer, drawn below the text
        const qint64 second = w.tweetModel()->tweetId(1);
        auto tags = w.project()->labels("model:cwi", second);
        QVERIFY(!tags.empty());
        QCOMPARE(int(tags.size()), int(w.project()->tweet(second).tweet.tokens.size()));
        w.selectRow(1);
        QCOMPARE(w.tweetView()->tokenCount(), int(tags.size()));
        w.tweetView()->grab();
        bool below = false;
        for (const auto &s : w.tweetView()->drawnSpans()) below = below || s.layer == "model:cwi";
        QVERIFY(below);
        // the error browser lists the mismatches; opening one shows that tweet and span
        // Seed an error the model surely makes: a reference entity where it predicted none.
        int quiet = -1;
        for (int k = 0; k < int(tags.size()) && quiet < 0; ++k)
            if (tags[size_t(k)] == "O") quiet = k;
        QVERIFY(quiet >= 0);
        w.project()->applyEdit("corrected", second, quiet, {"B-PER"}, "test");
        ErrorBrowser *eb = w.errorBrowser();
        eb->refresh();
        eb->setKindFilter("");
        QVERIFY(eb->rowCount() > 0);
        QModelIndex first = eb->table()->model()->index(0, 0);
        qint64 id = first.data(ErrorBrowser::TweetIdRole).toLongLong();
        int b = first.data(ErrorBrowser::BeginRole).toInt(), e = first.data(ErrorBrowser::EndRole).toInt();
        w.selectRow(w.tweetModel()->rowOf(id) == 0 ? 1 : 0);
        eb->activateRow(0);
        QCOMPARE(w.currentTweet(), id);
        QCOMPARE(w.tweetView()->selection(), qMakePair(b, e));
        if (qEnvironmentVariableIsSet("MNER_SCREENSHOT_DIR")) {
            w.resize(1366, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.selectRow(1);
            QTest::qWait(200);
            w.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/annotation.png");
            if (auto *dock = w.findChild<QDockWidget *>("scoreDock")) dock->raise();
            QTest::qWait(200);
            w.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/scores.png");
            QVERIFY(w.openProject(demo_));  // closes the project, folding its WAL into the file
            QFile::copy(path, qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/annotated.mner");
        }
    }

    void tagsImagesInTheBackground() {
        QString models = QString(MNER_SHARED_DIR) + "/imagenet";
        if (!QFile::exists(models + "/mobilenet_v2_1.0_224_quant.tflite")) QSKIP("no MobileNetV2 .tflite in the shared folder");
        QSettings().setValue("tagger/modelsDir", models);
        QSettings().setValue("tagger/tagger", "mobilenet");
        QString path = demoCopy("tag.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QSignalSpy finished(&w, &MainWindow::imageTaggingFinished);
        w.tagImages();
        QVERIFY(w.taggingImages());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toBool(), true);
        // ten readable images now carry the tagger's words; the unreadable demo11 does not
        QCOMPARE(int(w.project()->images("mobilenet_v2").size()), 1);
        w.selectRow(0);
        QVERIFY2(w.imagePanel()->wordsText().contains("mobilenet_v2: "), qPrintable(w.imagePanel()->wordsText()));
        QVERIFY(w.imagePanel()->wordsText().contains("caption: "));
        // a tagger that cannot be opened is an error that stores nothing
        QSettings().setValue("tagger/tagger", "onnx:" + tmp_.filePath("none.onnx"));
        w.tagImages(true);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(w.lastError().contains("no such file"), qPrintable(w.lastError()));
        QSettings().setValue("tagger/tagger", "mobilenet");
    }

    // A project's integrity and its layers, read with a connection of its own.
    static QStringList layersOf(const QString &path) {
        auto p = Project::open(path.toStdString());
        auto st = p->db().prepare("PRAGMA integrity_check");
        if (!st.step() || st.text(0) != "ok") return {"<integrity check failed>"};
        st.reset();
        QStringList out;
        for (const auto &l : p->layerList()) out << QString::fromStdString(l.name);
        return out;
    }

    // Quitting during each background job exits cleanly: the jobs are stopped and joined (no
    // "QThread: Destroyed while thread is still running" abort), the project is intact and holds
    // nothing the stopped job did not report as written.
    void quitDuringEachJob() {
        QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        QString models = QString(MNER_SHARED_DIR) + "/imagenet";
        QSettings().setValue("tagger/modelsDir", models);
        QSettings().setValue("tagger/tagger", "mobilenet");
        for (const char *job : {"model run", "image tagging", "retraining", "import"}) {
            if (QString(job) == "image tagging" && !QFile::exists(models + "/mobilenet_v2_1.0_224_quant.tflite")) continue;
            QString path = tmp_.filePath(QString("quit-%1.mner").arg(QString(job).replace(' ', '-')));
            QFile::remove(path);
            QVERIFY(QFile::copy(demo_, path));
            int modelsBefore = int(Project::open(path.toStdString())->models().size());
            const int tweetsBefore = Project::open(path.toStdString())->tweetCount();
            auto *w = new MainWindow;
            w->setQuiet(true);
            QVERIFY(w->openProject(path));
            if (QString(job) == "model run")
                w->runModels({model});
            else if (QString(job) == "image tagging")
                w->tagImages(true);
            else if (QString(job) == "import") {
                ImportRequest r;
                r.files = {bigImportFile(30000)};
                QVERIFY(w->startImport(r));
            } else {
                RetrainDialog *d = w->retrainDialog();
                QVERIFY(d);
                d->setChoices("file:" + model, {"demo"}, "", 50, "quit-test");
                QVERIFY2(d->start(), qPrintable(d->error()));
            }
            QVERIFY2(!w->runningJobs().isEmpty(), job);
            w->setStopJobsAnswer(std::nullopt);
            w->setStopJobsAnswer(true);  // "stop it and quit?" -> yes
            QVERIFY(w->close());
            delete w;  // joins the job: an abort here fails the whole test
            QStringList layers = layersOf(path);
            QVERIFY2(!layers.contains("<integrity check failed>"), job);
            QVERIFY2(!layers.contains("model:cwi"), job);  // the run's result was never written
            QCOMPARE(int(Project::open(path.toStdString())->models().size()), modelsBefore);  // nor a trained model
            QCOMPARE(Project::open(path.toStdString())->tweetCount(), tweetsBefore);          // a stopped import is rolled back
        }
    }

    // What a job could leave in a project: its layers, kept models and image-word sources.
    static QStringList footprint(const QString &path) {
        QStringList out = layersOf(path);
        auto p = Project::open(path.toStdString());
        for (const ModelRow &m : p->models()) out << QString("model %1 v%2").arg(QString::fromStdString(m.name)).arg(m.version);
        for (int64_t id : p->tweetIds())
            for (const auto &[src, w] : p->tweet(id).imageWords)
                out << QString("%1 %2: %3").arg(id).arg(QString::fromStdString(src), QString::fromStdString(w));
        return out;
    }

    // Opening another project while images are tagged or a model retrains: "keep working"
    // cancels the open; "stop" stops the job, and the other project gets nothing of it.
    void openAnotherProjectDuringTaggingAndRetraining() {
        QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        QString models = QString(MNER_SHARED_DIR) + "/imagenet";
        QSettings().setValue("tagger/modelsDir", models);
        QSettings().setValue("tagger/tagger", "mobilenet");
        for (const char *job : {"image tagging", "retraining"}) {
            if (QString(job) == "image tagging" && !QFile::exists(models + "/mobilenet_v2_1.0_224_quant.tflite")) continue;
            QString a = demoCopy(QString("during-%1-a.mner").arg(QString(job).left(3))),
                    b = demoCopy(QString("during-%1-b.mner").arg(QString(job).left(3)));
            const QStringList before = footprint(b);
            MainWindow w;
            w.setQuiet(true);
            QVERIFY(w.openProject(a));
            if (QString(job) == "image tagging") {
                w.tagImages(true);
            } else {
                RetrainDialog *d = w.retrainDialog();
                QVERIFY(d);
                d->setChoices("file:" + model, {"demo"}, "", 50, "during-test");
                QVERIFY2(d->start(), qPrintable(d->error()));
            }
            QCOMPARE(w.runningJobs().size(), 1);
            w.setStopJobsAnswer(false);
            QVERIFY2(!w.openProject(b), job);
            QCOMPARE(QString::fromStdString(w.project()->path()), a);
            QCOMPARE(w.runningJobs().size(), 1);
            w.setStopJobsAnswer(true);
            QVERIFY2(w.openProject(b), job);
            QCOMPARE(QString::fromStdString(w.project()->path()), b);
            QVERIFY(w.runningJobs().isEmpty());
            QTest::qWait(300);  // anything the stopped job still sent would arrive now
            QCOMPARE(footprint(b), before);
            QVERIFY(!layersOf(a).contains("<integrity check failed>"));
        }
    }

    // Opening another project during an import asks; "keep working" lets it finish in the first
    // project; "stop" rolls it back, and neither project gets any of it.
    void openAnotherProjectDuringAnImport() {
        QString a = demoCopy("import-a.mner"), b = demoCopy("import-b.mner");
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(a));
        QSignalSpy finished(&w, &MainWindow::importFinished);
        ImportRequest r;
        r.files = {bigImportFile(20000)};
        QVERIFY(w.startImport(r));
        QCOMPARE(w.runningJobs().size(), 1);
        w.setStopJobsAnswer(false);  // keep working: the open is cancelled
        QVERIFY(!w.openProject(b));
        QCOMPARE(QString::fromStdString(w.project()->path()), a);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QCOMPARE(w.project()->tweetCount(), 12 + 20000);
        QCOMPARE(w.tweetModel()->totalCount(), 12 + 20000);
        QTRY_VERIFY(w.runningJobs().isEmpty());
        // again with other tweets, now stopping it
        r.files = {bigImportFile(20000, 700000)};
        QVERIFY(w.startImport(r));
        w.setStopJobsAnswer(true);
        QVERIFY(w.openProject(b));
        QVERIFY(w.runningJobs().isEmpty());
        QTest::qWait(300);  // anything the stopped import still sent would arrive now
        QVERIFY(finished.isEmpty());
        QCOMPARE(Project::open(a.toStdString())->tweetCount(), 12 + 20000);
        QCOMPARE(Project::open(b.toStdString())->tweetCount(), 12);
        QCOMPARE(w.project()->tweetCount(), 12);
    }

    // Opening another project during a model run asks; "keep working" keeps the run and the
    // project, "stop" stops it and nothing of it lands in either project.
    void openAnotherProjectDuringAModelRun() {
        QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        QString a = tmp_.filePath("open-a.mner"), b = tmp_.filePath("open-b.mner");
        for (const QString &p : {a, b}) {
            QFile::remove(p);
            QVERIFY(QFile::copy(demo_, p));
        }
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(a));
        QSignalSpy finished(&w, &MainWindow::modelRunFinished);
        w.runModels({model});
        w.setStopJobsAnswer(false);  // keep working: the open is cancelled
        QVERIFY(!w.openProject(b));
        QCOMPARE(QString::fromStdString(w.project()->path()), a);
        QVERIFY(finished.wait(60000));
        QVERIFY(layersOf(a).contains("model:cwi"));
        QTRY_VERIFY(w.runningJobs().isEmpty());  // the finished run's thread is joined
        // again, now stopping it: a second model's layer appears nowhere
        QString second = tmp_.filePath("second.mnerm");
        QFile::remove(second);
        QVERIFY(QFile::copy(model, second));
        w.runModels({second});
        QCOMPARE(w.runningJobs().size(), 1);
        w.setStopJobsAnswer(true);
        QVERIFY(w.openProject(b));
        QCOMPARE(QString::fromStdString(w.project()->path()), b);
        QVERIFY(w.runningJobs().isEmpty());
        QTest::qWait(300);  // anything the stopped run still sent would arrive now
        QVERIFY(!layersOf(a).contains("model:second"));
        QVERIFY(!layersOf(b).contains("model:second"));
        QVERIFY(!layersOf(b).contains("model:cwi"));
    }

    // Retraining reads the project file: while edits wait in memory it says so instead of
    // training without them.
    void retrainWaitsForUnsavedEdits() {
        QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        QString path = demoCopy("retrain-pending.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectRow(1);
        w.project()->db().exec("PRAGMA query_only = 1");
        QTest::keyClick(w.tweetView(), Qt::Key_Home);
        QTest::keyClick(w.tweetView(), Qt::Key_3);
        QCOMPARE(int(w.pendingEdits()), 1);
        RetrainDialog *d = w.retrainDialog();
        QVERIFY(d);
        d->setChoices("file:" + model, {"demo"}, "", 1, "pending");
        QVERIFY(!d->start());
        QVERIFY2(d->error().contains("not written to the project yet"), qPrintable(d->error()));
        QVERIFY(w.runningJobs().isEmpty());
        w.project()->db().exec("PRAGMA query_only = 0");
        QVERIFY(w.savePendingEdits());
        QVERIFY2(d->start(), qPrintable(d->error()));
        QSignalSpy trained(&w, &MainWindow::retrainFinished);
        QVERIFY(trained.wait(120000));
    }

    void retrainingLearnsTheCorrections() {
        QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        QString path = demoCopy("retrain.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        // Correct the annotation: every person in the demo is now tagged as an organisation.
        Project *p = w.project();
        std::map<int64_t, std::vector<std::string>> corrected;
        for (int64_t id : p->tweetIds()) {
            auto tags = p->labels("corrected", id);
            bool changed = false;
            for (auto &t : tags)
                if (t.size() > 2 && t.substr(2) == "PER") {
                    t = t.substr(0, 2) + "ORG";
                    changed = true;
                }
            if (!changed) continue;
            p->applyEdit("corrected", id, 0, tags, "tester");
            corrected[id] = tags;
        }
        QVERIFY(corrected.size() >= 3);
        RetrainDialog *d = w.retrainDialog();
        QVERIFY(d);
        // it starts from the bundled default, and its button closes until training runs
        QVERIFY2(d->baseModelSpec().endsWith("/cwi.mnerm"), qPrintable(d->baseModelSpec()));
        QCOMPARE(d->stopOrCloseButton()->text(), QString("Close"));
        // selecting on a split it trains on would report a meaningless F1: refused
        d->setChoices("file:" + model, {"demo"}, "demo", 20, "retrained");
        QVERIFY(!d->start());
        QVERIFY2(d->error().contains("also trains on"), qPrintable(d->error()));
        d->setChoices("file:" + model, {"demo"}, "", 20, "retrained");
        QSignalSpy trained(&w, &MainWindow::retrainFinished);
        QSignalSpy ran(&w, &MainWindow::modelRunFinished);
        QVERIFY2(d->start(), qPrintable(d->error()));
        QCOMPARE(d->stopOrCloseButton()->text(), QString("Stop"));
        // whole epochs on the curve's axis: 0, 2, 4… for 20 epochs
        QCOMPARE(d->epochAxis()->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(d->epochAxis()->tickInterval(), 2.0);
        QVERIFY(trained.wait(120000));
        QCOMPARE(trained.last().first().toBool(), true);
        QCOMPARE(d->stopOrCloseButton()->text(), QString("Close"));
        QVERIFY(d->epochsSeen() >= 1);
        QVERIFY(w.lastTrainedModel() != 0);
        if (qEnvironmentVariableIsSet("MNER_SCREENSHOT_DIR")) {
            d->resize(560, 620);
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            QTest::qWait(200);
            d->grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/retrain.png");
        }
        // the new version is kept in the project and tags every tweet
        QVERIFY(ran.count() > 0 || ran.wait(60000));
        QCOMPARE(ran.last().first().toBool(), true);
        int same = 0;
        for (const auto &[id, tags] : corrected) same += p->labels("model:retrained v1", id) == tags;
        QVERIFY2(same == int(corrected.size()),
                 qPrintable(QString("%1 of %2 corrected tweets predicted").arg(same).arg(corrected.size())));
        // and it can pre-annotate from now on
        p->setDefaultModel(w.lastTrainedModel());
        QCOMPARE(p->defaultModel(), w.lastTrainedModel());
        bool listed = false;
        for (const auto &m : w.availableModels()) listed |= m.second == QString("project:%1").arg(w.lastTrainedModel());
        QVERIFY(listed);
        delete d;
        // the next retraining continues the project's model for pre-annotation
        d = w.retrainDialog();
        QCOMPARE(d->baseModelSpec(), QString("project:%1").arg(w.lastTrainedModel()));
        delete d;
    }

    void annotatorsAgreementAndAdjudication() {
        QString path = demoCopy("annotators.mner");
        QVERIFY(!path.isEmpty());
        QSettings().setValue("annotate/ownLayer", true);
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // two annotators label the first token of tweet 2 differently, each in their own layer
        w.setAnnotator("ann1");
        QCOMPARE(w.editLayer(), QString("annotator:ann1"));
        w.selectRow(1);
        int64_t id = w.currentTweet();
        QTest::keyClick(w.tweetView(), Qt::Key_Home);
        QTest::keyClick(w.tweetView(), Qt::Key_3);  // ORG
        w.setAnnotator("ann2");
        QCOMPARE(w.editLayer(), QString("annotator:ann2"));
        w.selectRow(1);
        QTest::keyClick(w.tweetView(), Qt::Key_Home);
        QTest::keyClick(w.tweetView(), Qt::Key_2);  // LOC
        Project *p = w.project();
        auto a1 = p->labels("annotator:ann1", id), a2 = p->labels("annotator:ann2", id);
        QVERIFY(!a1.empty() && !a2.empty());
        QCOMPARE(QString::fromStdString(a1[0]), QString("B-ORG"));
        QCOMPARE(QString::fromStdString(a2[0]), QString("B-LOC"));
        QVERIFY(p->labels("corrected", id) == p->labels("gold", id));  // the shared layer is untouched
        QString text = w.agreementText("annotator:ann1", "annotator:ann2");
        QVERIFY2(text.contains(QString::fromUtf8("κ")) && text.contains("1 tweets"), qPrintable(text));
        // the edit history records who
        int byAnn1 = 0;
        for (const auto &e : p->edits(id)) byAnn1 += e.who == "ann1";
        QVERIFY(byAnn1 >= 1);
        // adjudication: the curator takes ann2's tweet into the curated layer
        w.setAnnotator("curator");
        w.setAdjudication({"annotator:ann1", "annotator:ann2"});
        QCOMPARE(w.editLayer(), QString("curated"));
        QVERIFY(w.adjudicating());
        w.selectRow(0);
        QVERIFY(w.nextDisagreement());
        QCOMPARE(w.currentTweet(), id);
        QCOMPARE(w.rowsBelow(), QStringList({"annotator:ann1", "annotator:ann2"}));
        if (qEnvironmentVariableIsSet("MNER_SCREENSHOT_DIR")) {
            w.resize(1366, 768);
            QTest::qWait(100);
            w.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/adjudicate.png");
        }
        QTest::keyClick(w.tweetView(), Qt::Key_B, Qt::ShiftModifier);
        QVERIFY(p->labels("curated", id) == a2);
        Document curated = p->exportLayer("curated");  // the curated layer exports like any other
        QCOMPARE(int(curated.tweets.size()), 12);
        w.setAdjudication({});
        QSettings().setValue("annotate/ownLayer", false);
    }

    void readOnlyAndFullDiskKeepEdits() {
        QString path = demoCopy("full.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectRow(1);
        int64_t id = w.currentTweet();
        Project *p = w.project();
        auto before = p->labels("corrected", id);
        // The project stops taking writes (as a read-only file would): the edit waits in memory.
        p->db().exec("PRAGMA query_only = 1");
        QTest::keyClick(w.tweetView(), Qt::Key_Home);
        QTest::keyClick(w.tweetView(), Qt::Key_3);
        QCOMPARE(int(w.pendingEdits()), 1);
        QVERIFY2(w.lastError().contains("readonly") && w.lastError().contains("kept"), qPrintable(w.lastError()));
        QVERIFY(p->labels("corrected", id) == before);  // not in the file yet
        w.tweetView()->grab();                          // but drawn as made:
        bool shown = false;
        for (const auto &sp : w.tweetView()->drawnSpans())
            shown = shown || (sp.layer == w.tweetView()->reference().name && sp.begin == 0 && sp.type == "ORG");
        QVERIFY2(shown, "the waiting edit (ORG on the first token) is not drawn in the reference row");
        QTest::keyClick(w.tweetView(), Qt::Key_End);
        QTest::keyClick(w.tweetView(), Qt::Key_2);  // a second edit waits behind it
        QCOMPARE(int(w.pendingEdits()), 2);
        QVERIFY(!w.openProject(demo_));  // not while edits wait
        QVERIFY(!w.close());             // nor quitting
        // A full disk: the same.
        p->db().exec("PRAGMA query_only = 0");
        QVERIFY(w.savePendingEdits());
        QCOMPARE(int(w.pendingEdits()), 0);
        auto saved = p->labels("corrected", id);
        QCOMPARE(QString::fromStdString(saved.front()), QString("B-ORG"));
        QCOMPARE(QString::fromStdString(saved.back()), QString("B-LOC"));
        // Undo of a saved waiting edit works like any other.
        w.undoStack()->undo();
        QVERIFY(QString::fromStdString(p->labels("corrected", id).back()) != QString("B-LOC"));
        p->db().exec("PRAGMA journal_mode = DELETE");  // so that the page limit applies at once (not at a checkpoint)
        auto pages = p->db().prepare("PRAGMA page_count");
        pages.step();
        p->db().exec("PRAGMA max_page_count = " + std::to_string(pages.int64(0)));
        w.selectRow(2);
        for (int i = 0; i < 400 && w.pendingEdits() == 0; ++i) {  // fill the last pages, then one waits
            QTest::keyClick(w.tweetView(), Qt::Key_Right);
            QTest::keyClick(w.tweetView(), i % 2 ? Qt::Key_1 : Qt::Key_4);
        }
        QVERIFY(w.pendingEdits() >= 1);
        QVERIFY2(w.lastError().contains("full"), qPrintable(w.lastError()));
        p->db().exec("PRAGMA max_page_count = 1000000");
        QVERIFY(w.savePendingEdits());
        auto check = p->db().prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(QString::fromStdString(check.text(0)), QString("ok"));
    }

    void anotherProcessEditsTheProject() {
        QString path = demoCopy("twoprocs.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectRow(3);
        int64_t shown = w.currentTweet();
        auto before = w.project()->labels("corrected", shown);
        // A second process writes 200 edits through the same store API while this window is open.
        QProcess other;
        other.start(MNER_EDIT_WRITER, {path, "200", "7"});
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 0);
        QStringList lines = QString::fromUtf8(other.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 200);
        bool touched = false;
        for (const QString &l : lines) touched |= l.split(' ').value(1).toLongLong() == shown;
        QVERIFY(touched);
        // A key press on the tweet the other process changed is not applied blindly.
        QTest::keyClick(w.tweetView(), Qt::Key_Home);
        auto theirs = w.project()->labels("corrected", shown);
        QTest::keyClick(w.tweetView(), Qt::Key_4);
        QVERIFY(theirs != before);  // seed 7 changes it
        QVERIFY2(w.lastError().contains("changed"), qPrintable(w.lastError()));
        QVERIFY(w.project()->labels("corrected", shown) == theirs);
        // Every other tweet shows the other process's edits when selected.
        for (int row = 0; row < w.tweetModel()->totalCount(); ++row) {
            w.selectRow(row);
            QStringList want;
            for (const auto &t : w.project()->labels("corrected", w.currentTweet())) want << QString::fromStdString(t);
            QCOMPARE(w.tweetView()->reference().tags, want);
        }
    }

    void germanAndPersianInterfaces() {
        struct Case {
            const char *lang, *fileMenu, *modelMenu;
            Qt::LayoutDirection dir;
        };
        for (const Case &c : {Case{"de", "&Datei", "&Modell", Qt::LeftToRight},
                              Case{"fa", "&\u067E\u0631\u0648\u0646\u062F\u0647", "&\u0645\u062F\u0644", Qt::RightToLeft}}) {
            QTranslator t;
            QVERIFY(t.load(QLocale(c.lang), "mner-studio", "_", ":/translations"));
            QApplication::installTranslator(&t);
            QApplication::setLayoutDirection(QLocale(c.lang).textDirection());
            {
                MainWindow w;
                w.setQuiet(true);
                QVERIFY(w.openProject(demo_));
                QStringList menus;
                for (QAction *a : w.menuBar()->actions()) menus << a->text();
                QVERIFY2(menus.contains(QString::fromUtf8(c.fileMenu)) && menus.contains(QString::fromUtf8(c.modelMenu)),
                         qPrintable(menus.join(", ")));
                QCOMPARE(w.layoutDirection(), c.dir);
                if (QString(c.lang) == "de") {
                    // error kinds in the Errors dock, and Qt's own buttons (qtbase's translation, as main() loads it)
                    QCOMPARE(errorKindText(ErrorKind::Missed), QString("übersehen"));
                    QTranslator qt;
                    QVERIFY(qt.load(QLocale("de"), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
                    QApplication::installTranslator(&qt);
                    QDialogButtonBox box(QDialogButtonBox::Cancel);
                    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QString("Abbrechen"));
                    QApplication::removeTranslator(&qt);
                }
                if (qEnvironmentVariableIsSet("MNER_SCREENSHOT_DIR")) {
                    w.resize(1200, 800);
                    w.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&w));
                    w.selectRow(1);
                    QTest::qWait(100);
                    w.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + QString("/main-window-%1.png").arg(c.lang));
                }
            }
            QApplication::removeTranslator(&t);
        }
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void twoWindowsOnOneProject() {
        QString path = demoCopy("two.mner");
        QVERIFY(!path.isEmpty());
        MainWindow a, b;
        a.setQuiet(true);
        b.setQuiet(true);
        a.setAnnotator("ann");
        b.setAnnotator("bob");
        QVERIFY(a.openProject(path));
        QVERIFY(b.openProject(path));
        a.selectRow(0);
        b.selectRow(0);
        a.tweetView()->setSelection(3, 4);
        a.labelSelection("ORG");  // "Ferry"
        int64_t id = a.currentTweet();
        // b still shows the old tweet: its edit is refused and the tweet reloaded, not overwritten
        b.tweetView()->setSelection(3, 5);
        b.labelSelection("PER");
        QVERIFY(b.lastError().contains("changed in another session"));
        QCOMPARE(QString::fromStdString(b.project()->labels("corrected", id)[3]), QString("B-ORG"));
        // after the reload b sees a's span, and its next edit goes through
        b.tweetView()->grab();
        bool seen = false;
        for (const auto &sp : b.tweetView()->drawnSpans()) seen = seen || (sp.begin == 3 && sp.type == "ORG");
        QVERIFY(seen);
        b.tweetView()->setSelection(4, 5);
        b.labelSelection("PER");
        QCOMPARE(QString::fromStdString(a.project()->labels("corrected", id)[4]), QString("B-PER"));
        QCOMPARE(QString::fromStdString(a.project()->labels("corrected", id)[3]), QString("B-ORG"));
    }

    // A team on a server: an edit in one window appears in the other within a second, without F5;
    // an annotator's window edits the annotator's own layer. Needs the test cluster (ctest's
    // gui_server sets MNER_TEST_SERVER).
    void twoWindowsOnOneServerProject() {
        QString why;
        const QString admin = testServer(&why);
        if (admin.isEmpty()) QSKIP(qPrintable(why));
        const QString url = demoOnServer(admin, "gui");
        Project::addServerUser(admin.toStdString(), "carol", "curator");
        Project::addServerUser(admin.toStdString(), "alice", "annotator");
        auto as = [&](const QString &user) { return QString(url).replace("mner_admin@", user + "@"); };
        MainWindow a, b, c;
        for (MainWindow *w : {&a, &b, &c}) w->setQuiet(true);
        QVERIFY(a.openProject(as("carol")));
        QVERIFY(b.openProject(url));
        QVERIFY(c.openProject(as("alice")));
        QCOMPARE(a.annotator(), QString("carol"));  // the server's user, whatever the settings say
        QCOMPARE(a.editLayer(), QString("corrected"));
        QCOMPARE(c.editLayer(), QString("annotator:alice"));
        // pre-annotating writes a model's layer: offered to the curator, not to the annotator
        QVERIFY(!a.findChild<PreAnnotateHint *>("preannotateHint")->isHidden());
        QVERIFY(c.findChild<PreAnnotateHint *>("preannotateHint")->isHidden());
        QVERIFY(a.windowTitle().startsWith("gui_"));
        a.selectRow(0);
        b.selectRow(0);
        a.tweetView()->setSelection(3, 4);
        a.labelSelection("ORG");  // "Ferry"
        QVERIFY2(a.lastError().isEmpty(), qPrintable(a.lastError()));
        auto seenIn = [](MainWindow &w) {
            w.tweetView()->grab();
            for (const auto &sp : w.tweetView()->drawnSpans())
                if (sp.begin == 3 && sp.type == "ORG") return true;
            return false;
        };
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(seenIn(b), 1000);  // no F5: the server told b
        qInfo("the edit reached the other window after %lld ms", clock.elapsed());
        // the annotator's edit lands in her own layer; the curator's corrected stays
        c.selectRow(0);
        c.tweetView()->setSelection(0, 1);
        c.labelSelection("PER");
        QVERIFY2(c.lastError().isEmpty(), qPrintable(c.lastError()));
        const int64_t id = a.currentTweet();
        QCOMPARE(QString::fromStdString(a.project()->labels("annotator:alice", id)[0]), QString("B-PER"));
        QCOMPARE(QString::fromStdString(a.project()->labels("corrected", id)[3]), QString("B-ORG"));
    }

    // The server crashes under an open window: the edit is shown as made and waits (the window
    // does not hang on the dead connection); once the server is back it is written, in order.
    void serverRestartEditsWait() {
        QString why;
        const QString admin = testServer(&why);
        if (admin.isEmpty()) QSKIP(qPrintable(why));
        const QString url = demoOnServer(admin, "guifault");
        const QString cluster = "bash " MNER_SOURCE_DIR "/tests/server/cluster.sh ";
        const QString dir = QFileInfo(qEnvironmentVariable("MNER_TEST_SERVER")).absolutePath();
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(url));
        w.selectRow(0);
        const int64_t id = w.currentTweet();
        QCOMPARE(std::system(qPrintable(cluster + "crash " + dir)), 0);
        w.tweetView()->setSelection(3, 4);
        QElapsedTimer clock;
        clock.start();
        w.labelSelection("ORG");
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));  // no hang
        QCOMPARE(w.pendingEdits(), size_t(1));
        w.tweetView()->setSelection(0, 1);
        w.labelSelection("PER");  // a second one waits behind the first
        QCOMPARE(w.pendingEdits(), size_t(2));
        QCOMPARE(std::system(qPrintable(cluster + "restart " + dir)), 0);
        QTRY_COMPARE_WITH_TIMEOUT(w.pendingEdits(), size_t(0), 20000);
        auto fresh = Project::open(url.toStdString());
        const auto tags = fresh->labels("corrected", id);
        QCOMPARE(QString::fromStdString(tags[3]), QString("B-ORG"));
        QCOMPARE(QString::fromStdString(tags[0]), QString("B-PER"));
        const auto history = fresh->edits(id);
        QCOMPARE(int(history.size()), 2);
        QCOMPARE(history[0].begin, 3);  // in the order they were made
    }

    void badProjectKeepsCurrentOne() {
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(demo_));
        QString junk = tmp_.filePath("junk.mner");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(!w.openProject(junk));
        QVERIFY(w.lastError().contains("not an mner-studio project"));
        QCOMPARE(w.tweetModel()->totalCount(), 12);  // still the demo
    }

    // Errors from core reach the window in the interface's language, arguments intact.
    void coreErrorsAreTranslated() {
        QString junk = tmp_.filePath("junk-de.mner");
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString bad = tmp_.filePath("bad-de.txt");
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("IMGID:1\nok\tO\nbroken\tQ-PER\n");
        b.close();
        struct Case {
            const char *lang, *notProject, *badTag;
        } cases[] = {
            {"de", "kein mner-studio-Projekt (keine SQLite-Datenbank)",
             ", Zeile 3: erwartet wurde ein Tag O, B-TYP oder I-TYP, gefunden 'Q-PER'"},
            {"fa", "پروژهٔ mner-studio نیست",
             "، سطر 3: برچسبی به شکل O، B-TYPE یا I-TYPE انتظار می‌رفت، 'Q-PER' یافت شد"}};
        for (const Case &c : cases) {
            QTranslator t;
            QVERIFY(t.load(QLocale(c.lang), "mner-studio", "_", ":/translations"));
            QApplication::installTranslator(&t);
            {
                MainWindow w;
                w.setQuiet(true);
                QVERIFY(w.openProject(demo_));
                QVERIFY(!w.openProject(junk));
                QVERIFY2(w.lastError().contains(QString::fromUtf8(c.notProject)) && w.lastError().contains(junk),
                         qPrintable(w.lastError()));
                // the key legend is translated and still names the project's types by key
                bool legend = false;
                for (QLabel *l : w.findChildren<QLabel *>())
                    legend |= l->text().contains("<b>1</b> PER") && l->text().contains("<b>4</b> OTHER");
                QVERIFY(legend);
                QVERIFY(!importAndWait(w, {bad}));
                QVERIFY2(w.lastError().contains(bad + QString::fromUtf8(c.badTag)), qPrintable(w.lastError()));
            }
            QApplication::removeTranslator(&t);
        }
    }

    // The Export and Run-model dialogs are classes of their own, testable without the window.
    void exportAndRunModelDialogs() {
        auto p = Project::open(demo_.toStdString());
        ExportDialog e(p.get());
        QCOMPARE(e.layer(), QString("corrected"));
        QCOMPARE(e.split(), QString());
        QVERIFY(e.formatBox()->findText("conll2003") >= 0);
        e.formatBox()->setCurrentText("jsonl");
        QCOMPARE(e.format(), QString("jsonl"));
        RunModelDialog r({{"cwi (bundled)", "file:/m/cwi.mnerm"}, {"cwi v2 (kept)", "project:7"}}, "project:7");
        QCOMPARE(r.models(), QStringList{"project:7"});
        r.addModelFile("/m/other.mnerm");
        QCOMPARE(r.models(), (QStringList{"project:7", "/m/other.mnerm"}));
        QCOMPARE(r.scope(), RunModelDialog::AllTweets);
        RunModelDialog plain({{"cwi (bundled)", "file:/m/cwi.mnerm"}, {"msb (bundled)", "file:/m/msb.mnerm"}}, QString());
        QCOMPARE(plain.models(), QStringList{"/m/cwi.mnerm"});  // no default set: the bundled cwi
    }

    // The agreement dialog on its own: a layer against itself agrees fully (κ 1); against
    // another layer the figures change with the choice; export writes the chosen layer.
    void agreementAndExportDialogsOnTheirOwn() {
        QString path = demoCopy("agreement-dialog.mner");
        auto p = Project::open(path.toStdString());
        // a second layer that differs from gold in one tweet
        const int64_t first = p->tweetIds().front();
        std::vector<std::string> tags = p->labels("gold", first);
        for (auto &t : tags) t = "O";
        p->writeLayer("annotator:bob", "annotator", {{first, tags, {}, 0}}, 0);
        AgreementDialog d(p.get());
        const QList<QComboBox *> boxes = d.findChildren<QComboBox *>();
        QCOMPARE(boxes.size(), 2);
        boxes[0]->setCurrentText("gold");
        boxes[1]->setCurrentText("gold");
        QVERIFY2(d.resultHtml().contains("κ 1.000"), qPrintable(d.resultHtml()));
        QCOMPARE(d.findChild<QLabel *>("agreementResult")->text(), d.resultHtml());  // shown as chosen
        boxes[1]->setCurrentText("annotator:bob");
        QVERIFY(!d.resultHtml().contains("κ 1.000"));
        QVERIFY(d.resultHtml().contains(">1 tweets") || d.resultHtml().contains(": 1 tweets"));
        QCOMPARE(d.findChild<QLabel *>("agreementResult")->text(), d.resultHtml());
        // a project larger than a page of the comparison: every page counts, and the dialog shows
        // the first one at once and the rest as the event loop turns
        {
            auto big = Project::open(tmp_.filePath("agreement-big.mner").toStdString(), true);
            std::string text;
            for (int i = 0; i < 1300; ++i) text += "IMGID:" + std::to_string(i + 1) + "\nAnna\tB-PER\nsaw\tO\nRome\tB-LOC\n\n";
            big->import({{parseDocument(text, "big.txt"), "train"}}, {});
            AgreementCounter whole;
            std::vector<Project::LayerRow> rows;
            for (int64_t id : big->tweetIds()) {
                std::vector<std::string> gold = big->labels("gold", id), mine = gold;
                if (id % 3 == 0) mine[2] = "B-ORG";
                if (id % 7 == 0) mine[0] = "O";
                rows.push_back({id, mine, {}, 0});
                whole.add(gold, mine);
            }
            big->writeLayer("annotator:eve", "annotator", rows, 0);
            AgreementDialog bd(big.get());
            const QList<QComboBox *> bb = bd.findChildren<QComboBox *>();
            bb[0]->setCurrentText("gold");
            bb[1]->setCurrentText("annotator:eve");
            auto *shown = bd.findChild<QLabel *>("agreementResult");
            QVERIFY2(shown->text().contains("500 tweets in common so far"), qPrintable(shown->text()));
            QVERIFY(QTest::qWaitFor([&] { return shown->text().contains("κ"); }));
            QCOMPARE(shown->text(), agreementHtml(whole, "gold", "annotator:eve"));
            QVERIFY(shown->text().contains(": 1300 tweets, 3900 tokens"));
            QCOMPARE(agreementHtml(big.get(), "gold", "annotator:eve"), shown->text());  // the synchronous reading agrees
        }
        ExportDialog e(p.get());
        e.layerBox()->setCurrentText("gold");
        QString out = tmp_.filePath("agreement-export.txt");
        QCOMPARE(e.write(out), size_t(p->tweetCount()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("IMGID:"));
    }

    // Settings as a class: a changed key is rebound and remembered, alternatives stay.
    void settingsDialogStoresKeys() {
        QAction act("Next");
        act.setObjectName("test-next");
        act.setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Period)});
        SettingsDialog d("ann", 12, {&act}, "PER, LOC", false);
        QCOMPARE(d.annotator(), QString("ann"));
        QCOMPARE(d.fontSize(), 12);
        QVERIFY(d.foundLabel()->text().contains("MobileNetV2"));
        auto *edit = d.findChild<QKeySequenceEdit *>();
        QVERIFY(edit);
        edit->setKeySequence(QKeySequence(Qt::Key_N));
        d.store();
        QCOMPARE(act.shortcuts(), (QList<QKeySequence>{QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Period)}));
        QCOMPARE(QSettings().value("keys/test-next").toString(), QKeySequence::listToString(act.shortcuts()));
        QVERIFY(!d.findChild<QPushButton *>("settings-entity-types")->isEnabled());  // no project
        QSettings().remove("keys/test-next");
        // with every key of the real window it still fits a 1366×768 screen (OK and Cancel on it)
        MainWindow w;
        QList<QAction *> keys;
        for (QAction *a : w.findChildren<QAction *>())
            if (!a->objectName().isEmpty() && !a->shortcut().isEmpty()) keys << a;
        QVERIFY(keys.size() >= 25);
        SettingsDialog all("ann", 12, keys, "PER, LOC", true);
        QVERIFY2(all.sizeHint().height() <= 680, qPrintable(QString::number(all.sizeHint().height())));
        QVERIFY2(all.sizeHint().width() <= 1300, qPrintable(QString::number(all.sizeHint().width())));
    }

    void importRejectsBadFileWhole() {
        QString path = tmp_.filePath("imp.mner");
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path, true));
        QString bad = tmp_.filePath("bad.txt");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("IMGID:1\nok\tO\n\nIMGID:2\nbroken\n");
        f.close();
        QVERIFY(!importAndWait(w, {QString(MNER_DEMO_PROJECT_SOURCE) + "/demo.txt", bad}));
        QVERIFY(w.lastError().contains("bad.txt:5"));
        QCOMPARE(w.tweetModel()->totalCount(), 0);
        QVERIFY(importAndWait(w, {QString(MNER_DEMO_PROJECT_SOURCE) + "/demo.txt"}));
        QCOMPARE(w.tweetModel()->totalCount(), 12);
    }

    // The keys follow the project's types: M labels OTHER in the project's own name (MISC), the
    // digits label the project's types in order (six WNUT-17 types), the legend and the Edit menu
    // say so, and the types dialog renames and merges in every layer.
    void keysFollowTheProjectsTypes() {
        QString path = tmp_.filePath("types.mner");
        QFile::remove(path);
        QString file = tmp_.filePath("types.txt");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("IMGID:1\nEuro\tB-MISC\nzone\tO\nnews\tO\nfrom\tO\nApple\tB-corporation\nin\tO\nParis\tB-location\n");
        f.close();
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path, true));
        QVERIFY(importAndWait(w, {file}));
        QCOMPARE(w.entityTypes(), (QStringList{"MISC", "corporation", "location"}));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectRow(0);
        qint64 id = w.currentTweet();
        w.tweetView()->setFocus();
        auto tagAt = [&](int i) { return QString::fromStdString(w.project()->labels("corrected", id)[size_t(i)]); };
        QTest::keyClick(w.tweetView(), Qt::Key_Home);
        QTest::keyClick(w.tweetView(), Qt::Key_Right);  // zone
        QTest::keyClick(w.tweetView(), Qt::Key_M);
        QCOMPARE(tagAt(1), QString("B-MISC"));
        QTest::keyClick(w.tweetView(), Qt::Key_Right);  // news
        QTest::keyClick(w.tweetView(), Qt::Key_3);
        QCOMPARE(tagAt(2), QString("B-location"));
        QTest::keyClick(w.tweetView(), Qt::Key_Right);  // from
        QTest::keyClick(w.tweetView(), Qt::Key_P);      // no PER here: nothing happens
        QCOMPARE(tagAt(3), QString("O"));
        QTest::keyClick(w.tweetView(), Qt::Key_5);  // no fifth type: nothing happens
        QCOMPARE(tagAt(3), QString("O"));
        bool legendNamesTypes = false;
        for (QLabel *l : w.findChildren<QLabel *>()) legendNamesTypes |= l->text().contains("<b>3</b> location");
        QVERIFY(legendNamesTypes);
        QCOMPARE(w.findChild<QAction *>("label-key-2")->text(), QString("Label as corporation"));
        // the dialog: rename location -> LOC, merge corporation into MISC, add EVENT, move it first
        EntityTypesDialog d(w.project(), &w.tweetView()->typePalette(), &w);
        QVERIFY(d.renameType("location", "LOC"));
        QVERIFY(d.renameType("corporation", "MISC"));
        QVERIFY(d.addType("EVENT"));
        QVERIFY(!d.addType("EVENT"));
        QVERIFY(!d.addType("two words"));
        d.move(2, -2);
        QCOMPARE(d.types(), (QStringList{"EVENT", "MISC", "LOC"}));
        if (qEnvironmentVariableIsSet("MNER_SCREENSHOT_DIR")) {
            w.resize(1366, 768);
            w.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/types-window.png");
            d.resize(480, 360);
            d.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/entity-types.png");
        }
        d.aliases()->setText("geo loc");  // not A=B: refused, nothing stored
        d.accept();
        QVERIFY(d.result() != QDialog::Accepted);
        d.aliases()->setText("geo-loc=LOC, person=PER");
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(int(w.project()->storedTypeAliases().size()), 2);
        QCOMPARE(QString::fromStdString(w.project()->typeAliases().to("geo-loc", w.project()->entityTypes())), QString("LOC"));
        QCOMPARE(QString::fromStdString(w.project()->labels("gold", id)[4]), QString("B-MISC"));
        QCOMPARE(QString::fromStdString(w.project()->labels("gold", id)[6]), QString("B-LOC"));
        QCOMPARE(tagAt(2), QString("B-LOC"));
        QCOMPARE(QString::fromStdString(w.project()->entityTypes()[0]), QString("EVENT"));
    }

    // Importing the same file again asks what to do; it never doubles the project silently.
    void reimportAsksAboutDuplicates() {
        QString path = tmp_.filePath("dup.mner");
        QFile::remove(path);
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path, true));
        const QString demo = QString(MNER_DEMO_PROJECT_SOURCE) + "/demo.txt";
        QVERIFY(importAndWait(w, {demo}));
        QCOMPARE(w.project()->tweetCount(), 12);
        int asked = 0;
        auto answer = [&](const QString &button) {
            // the question comes when the import job has met the duplicates
            auto *poll = new QTimer(this);
            poll->setInterval(20);
            connect(poll, &QTimer::timeout, [poll, &asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box) return;
                poll->stop();
                poll->deleteLater();
                QVERIFY(box->objectName() == "duplicatesBox");
                QVERIFY(box->text().contains("12"));
                ++asked;
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == button || (button == "Cancel" && box->buttonRole(b) == QMessageBox::RejectRole)) b->click();
            });
            poll->start();
        };
        answer("Cancel");
        QVERIFY(!importAndWait(w, {demo}));
        QCOMPARE(asked, 1);
        QCOMPARE(w.project()->tweetCount(), 12);
        answer("Skip them");
        QVERIFY(importAndWait(w, {demo}));
        QCOMPARE(asked, 2);
        QCOMPARE(w.project()->tweetCount(), 12);
        answer("Import again");
        QVERIFY(importAndWait(w, {demo}));
        QCOMPARE(asked, 3);
        QCOMPARE(w.project()->tweetCount(), 24);
        QCOMPARE(w.tweetModel()->totalCount(), 24);
    }
    // Annotation keys act only in the tweet view (and the tweet list); a key pressed in a filter,
    // a table or a combo box stays there, Escape brings the keys back to the tweet.
    void keysActOnlyWhereMeant() {
        QString path = demoCopy("keys.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.tweetView()));  // focus starts in the tweet
        const qint64 id = w.currentTweet();
        auto tags = [&] { return w.project()->labels("corrected", id); };
        const auto before = tags();
        QCOMPARE(QString::fromStdString(before[0]), QString("O"));  // "RT"
        auto press = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            QTest::keyClick(QApplication::focusWidget(), k, m);
        };
        // the Errors table: 1 and Enter do not edit or mark the open tweet
        QTableView *errors = w.errorBrowser()->table();
        if (auto *dock = w.findChild<QDockWidget *>("errorDock")) dock->raise();
        errors->setFocus();
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(errors));
        press(Qt::Key_1);
        press(Qt::Key_Return);
        press(Qt::Key_P);
        QVERIFY(tags() == before);
        QCOMPARE(w.currentTweet(), id);
        QCOMPARE(w.project()->tweet(id).status, 0);
        // the filter: "1" is typed into it, Escape returns to the tweet
        QLineEdit *filter = nullptr;
        for (auto *e : w.findChildren<QLineEdit *>())
            if (e->accessibleName() == "Filter tweets by text") filter = e;
        QVERIFY(filter);
        filter->setFocus();
        press(Qt::Key_1);
        QCOMPARE(filter->text(), QString("1"));
        QVERIFY(tags() == before);
        press(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.tweetView()));
        filter->clear();
        QCOMPARE(w.currentTweet(), id);
        // in the view the keys label; in the tweet list too
        w.tweetView()->setSelection(0, 1);
        press(Qt::Key_1);
        QCOMPARE(QString::fromStdString(tags()[0]), QString("B-PER"));
        w.tweetList()->setFocus();
        press(Qt::Key_L);
        QCOMPARE(QString::fromStdString(tags()[0]), QString("B-LOC"));
        // Enter in the list opens the row for labelling (focus to the view), it does not mark done
        press(Qt::Key_Return);
        QCOMPARE(w.project()->tweet(id).status, 0);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.tweetView()));
        // marking done is one undo step like an edit
        press(Qt::Key_Return);
        QCOMPARE(w.project()->tweet(id).status, 1);
        QVERIFY(w.currentTweet() != id);
        w.undoStack()->undo();
        QCOMPARE(w.project()->tweet(id).status, 0);
        QCOMPARE(w.currentTweet(), id);  // undo shows the tweet it changed
        w.undoStack()->redo();
        QCOMPARE(w.project()->tweet(id).status, 1);
    }

    // Reopening a project starts where the annotator left off.
    void reopensWhereLeftOff() {
        QString path = demoCopy("reopen.mner");
        QVERIFY(!path.isEmpty());
        qint64 third = 0;
        {
            MainWindow w;
            w.setQuiet(true);
            QVERIFY(w.openProject(path));
            QCOMPARE(w.tweetModel()->rowOf(w.currentTweet()), 0);
            w.selectRow(2);
            third = w.currentTweet();
        }
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QCOMPARE(w.currentTweet(), third);
        QCOMPARE(w.tweetList()->currentIndex().row(), 2);
    }

    // Label all occurrences: every other unlabelled "Halifax" becomes LOC in one step; Undo takes
    // them all back; the dialog lets the annotator leave some out.
    void labelsAllOccurrences() {
        QString path = demoCopy("all.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        // three more tweets that mention Halifax, one of them labelled already
        QString extra = QDir(QFileInfo(path).path()).filePath("halifax.txt");
        {
            QFile f(extra);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("IMGID:h1\nStorm\tO\nin\tO\nHalifax\tO\ntonight\tO\n\n"
                    "IMGID:h2\nHALIFAX\tO\nharbour\tO\n\n"
                    "IMGID:h3\nHalifax\tB-ORG\nwins\tO\n\n");
        }
        QVERIFY(importAndWait(w, {extra}));
        w.selectRow(0);  // "RT @harbourwatch : Ferry service from Halifax to Portland ..."
        const qint64 origin = w.currentTweet();
        int halifax = -1;
        const auto words = w.project()->tweet(origin).tweet.tokens;
        for (int k = 0; k < int(words.size()); ++k)
            if (words[size_t(k)].text == "Halifax") halifax = k;
        QVERIFY(halifax >= 0);
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", origin)[size_t(halifax)]), QString("B-LOC"));
        auto tagOf = [&](const QString &ext, int k) {
            for (int64_t id : w.project()->tweetIds())
                if (QString::fromStdString(w.project()->tweet(id).tweet.id) == ext)
                    return QString::fromStdString(w.project()->labels("corrected", id)[size_t(k)]);
            return QString();
        };
        const int stepsBefore = w.undoStack()->count();
        w.tweetView()->setSelection(halifax, halifax + 1);
        QCOMPARE(w.labelAllOccurrences(), 2);  // h1 and h2; h3's is labelled already
        QCOMPARE(tagOf("h1", 2), QString("B-LOC"));
        QCOMPARE(tagOf("h2", 0), QString("B-LOC"));
        QCOMPARE(tagOf("h3", 0), QString("B-ORG"));
        QCOMPARE(w.undoStack()->count(), stepsBefore + 1);  // one step
        QCOMPARE(w.currentTweet(), origin);                 // and the annotator stays where they were
        // recorded in the history, like any edit
        int recorded = 0;
        for (const auto &e : w.project()->edits())
            recorded += e.who == w.annotator().toStdString() && e.newTags == std::vector<std::string>{"B-LOC"};
        QVERIFY2(recorded >= 2, qPrintable(QString::number(recorded)));
        w.undoStack()->undo();
        QCOMPARE(tagOf("h1", 2), QString("O"));
        QCOMPARE(tagOf("h2", 0), QString("O"));
        QCOMPARE(w.currentTweet(), origin);
        w.undoStack()->redo();
        QCOMPARE(tagOf("h1", 2), QString("B-LOC"));
        // nothing left to offer
        QCOMPARE(w.labelAllOccurrences(), 0);
        // the dialog: checked by default, some can be left out
        LabelAllDialog d("Halifax", "LOC", {{"h1", "Storm in", "Halifax", "tonight"}, {"h2", "", "HALIFAX", "harbour"}});
        QCOMPARE(d.chosen(), (QVector<int>{0, 1}));
        d.setChecked(0, false);
        QCOMPARE(d.chosen(), (QVector<int>{1}));
        d.setAllChecked(false);
        QVERIFY(d.chosen().isEmpty());
        QVERIFY(d.list()->item(0)->text().contains("[Halifax]"));
    }

    // The Figure-7 view: every span's label fits its bar, each row has a name, each span a tooltip.
    void tweetViewLabelsWholeAndRowsNamed() {
        TweetView v;
        v.resize(700, 300);
        const QStringList tokens{"RT", "a", "b", "I", "x", "#", "NYC", "🎉", "https://t.co/abc"};
        TweetView::Layer ref{"corrected", {"B-PER", "O", "B-LOC", "B-ORG", "O", "O", "B-LOC", "O", "O"}, {}, "gold (corrected)"};
        TweetView::Layer a{"model:cwi",
                           {"B-PER", "B-OTHER", "B-PER", "O", "B-LOC", "O", "B-LOC", "O", "O"},
                           {0.9f, 0.4f, 0.7f, 1, 1, 1, 1, 1, 1},
                           "A · cwi"};
        TweetView::Layer b{"model:cwi-att v2", {"O", "O", "B-LOC", "B-ORG", "O", "O", "O", "O", "O"}, {}, "B · cwi-att v2"};
        v.setTweet(tokens, ref, {a, b});
        v.grab();
        QFontMetrics fm([&] {
            QFont f = v.font();
            f.setPointSizeF(f.pointSizeF() * 0.7);
            f.setBold(true);
            return f;
        }());
        int missed = 0, wrongType = 0;
        for (const auto &s : v.drawnSpans()) {
            QVERIFY2(fm.horizontalAdvance(s.label) + 4 <= s.rect.width(),
                     qPrintable(QString("%1 in %2 px: %3").arg(s.label).arg(s.rect.width()).arg(s.layer)));
            QVERIFY2(!s.tip.isEmpty(), qPrintable(s.label));
            missed += s.mark == "missed";
            wrongType += s.mark == "wrong type";
            if (s.mark == "wrong type") QVERIFY2(s.tip.contains("LOC"), qPrintable(s.tip));  // names the reference's type
            if (s.layer == "model:cwi" && s.begin == 1) QVERIFY2(s.tip.contains("0.40"), qPrintable(s.tip));  // confidence
        }
        QCOMPARE(missed, 3);     // cwi misses I's ORG; cwi-att misses RT's PER and NYC's LOC
        QCOMPARE(wrongType, 1);  // cwi: b as PER where the reference has LOC
        // the rows are named in the left margin, left of every token
        QStringList names;
        for (const auto &r : v.rowNames()) {
            names << r.text;
            QVERIFY(r.rect.right() < v.tokenRect(0).left());
        }
        QCOMPARE(names, (QStringList{"gold (corrected)", "A · cwi", "B · cwi-att v2"}));
        // in a right-to-left interface (Persian) a left-to-right token reads as it does elsewhere:
        // "#matchday", not "matchday#"
        auto render = [](QVector<QRect> *rects) {
            TweetView t;
            t.resize(500, 120);
            t.setTweet({"#matchday", "3-1", "@user"}, {"corrected", {"O", "O", "O"}, {}, "gold"}, {});
            const QImage img = t.grab().toImage();
            for (int i = 0; i < 3; ++i) *rects << t.tokenRect(i);
            return img;
        };
        QVector<QRect> rects, rtlRects;
        const QImage ltr = render(&rects);
        QApplication::setLayoutDirection(Qt::RightToLeft);
        const QImage rtl = render(&rtlRects);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(rtlRects, rects);
        for (int i = 0; i < 3; ++i) QVERIFY2(ltr.copy(rects[i]) == rtl.copy(rects[i]), qPrintable(QString("token %1").arg(i)));
    }

    // The Uncertain column, its sort and U use one number: the score the model run stored (not,
    // say, 1 - the lowest token confidence), named in the column's tooltip.
    void uncertaintyIsOneNumber() {
        QString path = demoCopy("uncertain.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        std::vector<Project::LayerRow> rows;
        std::map<int64_t, double> stored;
        int k = 0;
        for (const auto &[id, tags] : w.project()->layerTags("corrected")) {
            // token confidences that would rank the tweets the other way round
            const double u = 0.05 + 0.07 * ((k * 5) % 12);
            rows.push_back({id, tags, std::vector<float>(tags.size(), float(0.2 + 0.05 * k)), u});
            stored[id] = u;
            ++k;
        }
        w.project()->writeLayer("model:scored", "model", rows);
        QVERIFY(w.openProject(path));  // the list reads the layer
        TweetListModel *m = w.tweetModel();
        QCOMPARE(m->modelLayer(), QString("model:scored"));
        QVERIFY(
            m->headerData(TweetListModel::Uncertainty, Qt::Horizontal, Qt::ToolTipRole).toString().contains("Next uncertain"));
        m->sort(TweetListModel::Uncertainty, Qt::DescendingOrder);
        if (m->canFetchMore({})) m->fetchMore({});
        double last = 2;
        for (int r = 0; r < m->rowCount(); ++r) {
            const qint64 id = m->tweetId(r);
            const QString shown = m->index(r, TweetListModel::Uncertainty).data().toString();
            QCOMPARE(shown, QString::number(stored.at(id), 'f', 3));  // the stored number is shown
            QVERIFY(stored.at(id) <= last);                           // and sorted by
            last = stored.at(id);
        }
        // U goes to the highest of them and says that number
        w.selectRow(m->rowCount() - 1);
        QVERIFY(w.nextUncertain());
        QCOMPARE(w.currentTweet(), m->tweetId(0));
        QVERIFY2(w.statusBar()->currentMessage().contains(m->index(0, TweetListModel::Uncertainty).data().toString()),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    // A laptop screen (1366x768): the tweet text keeps room in the list, ids are whole, the message
    // about an image outside the project wraps inside the image panel instead of being cut, and
    // allowing such images is remembered for the project.
    void fitsALaptopScreen() {
        QDir(tmp_.path()).mkpath("laptop/project");
        const QString path = tmp_.filePath("laptop/project/p.mner");
        {
            auto p = Project::open(path.toStdString(), true);
            std::string src = MNER_DEMO_PROJECT_SOURCE;
            ImportOptions o;
            o.imagesDir = src + "/images";  // referenced, not embedded: outside the project's folder
            p->import({{readDocument(src + "/demo.txt"), "demo"}}, o);
        }
        {
            MainWindow w;
            w.setQuiet(true);
            // a window of the laptop's size (the offscreen screen is smaller: without saved
            // geometry the window would be maximised to it)
            w.setWindowState(Qt::WindowNoState);
            w.resize(1366, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openProject(path));
            QTest::qWait(50);
            QTableView *list = w.tweetList();
            QVERIFY2(list->columnWidth(TweetListModel::Text) >= 160,
                     qPrintable(QString::number(list->columnWidth(TweetListModel::Text))));
            for (int r = 0; r < w.tweetModel()->rowCount(); ++r) {
                const QString id = w.tweetModel()->index(r, TweetListModel::Id).data().toString();
                QVERIFY(list->columnWidth(TweetListModel::Id) >= list->fontMetrics().horizontalAdvance(id));
            }
            QVERIFY(w.imagePanel()->placeholderText().contains("outside"));
            QLabel *picture = nullptr;
            for (QLabel *l : w.imagePanel()->findChildren<QLabel *>())
                if (l->accessibleName() == "Tweet image") picture = l;
            QVERIFY(picture);
            QVERIFY(picture->wordWrap());
            QVERIFY2(picture->heightForWidth(picture->width()) <= picture->height(),
                     qPrintable(QString("%1 > %2").arg(picture->heightForWidth(picture->width())).arg(picture->height())));
            // every dialog fits the screen (its size hint, before the user resizes it)
            QVector<LabelAllDialog::Place> places(200, {"t1", "storm over", "Halifax", "tonight and"});
            std::vector<std::unique_ptr<QDialog>> dialogs;
            dialogs.emplace_back(new ExportDialog(w.project()));
            dialogs.emplace_back(new RunModelDialog(w.availableModels(), {}));
            dialogs.emplace_back(new RetrainDialog(w.project(), w.availableModels()));
            dialogs.emplace_back(new LabelAllDialog("Halifax", "LOC", places));
            dialogs.emplace_back(new KeysDialog(keyRows(w.menuBar())));
            dialogs.emplace_back(new AgreementDialog(w.project()));
            dialogs.emplace_back(new ImportDialog());
            for (const auto &d : dialogs) {
                const QSize hint = d->sizeHint().expandedTo(d->size());
                QVERIFY2(hint.height() <= 700 && hint.width() <= 1300,
                         qPrintable(QString("%1: %2x%3").arg(d->windowTitle()).arg(hint.width()).arg(hint.height())));
            }
            auto *allow = w.findChild<QAction *>("allow-outside-images");
            QVERIFY(allow && !allow->isChecked());
            allow->trigger();
            QVERIFY(w.imagePanel()->placeholderText().isEmpty());
        }
        MainWindow w;  // allowed for this project, also after reopening
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QVERIFY(w.findChild<QAction *>("allow-outside-images")->isChecked());
        QVERIFY(w.imagePanel()->placeholderText().isEmpty());
    }

    // First open of a project no model has tagged: the window offers, once, to pre-annotate it with
    // the default model; Run runs it, Not now is remembered, a tagged project gets no offer.
    void offersPreAnnotationOnce() {
        if (!QFile::exists(QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm")) QSKIP("no bundled model");
        const QString path = demoCopy("hint.mner");
        QVERIFY(!path.isEmpty());
        {
            MainWindow w;
            w.setQuiet(true);
            QVERIFY(w.openProject(path));
            auto *hint = w.findChild<PreAnnotateHint *>("preannotateHint");
            QVERIFY(hint);
            QVERIFY(!hint->isHidden());
            QVERIFY2(hint->runButton()->text().contains("cwi"), qPrintable(hint->runButton()->text()));
            QSignalSpy finished(&w, &MainWindow::modelRunFinished);
            hint->runButton()->click();
            QVERIFY(hint->isHidden());
            QVERIFY(w.modelRunning());
            QVERIFY(finished.wait(60000));
            QVERIFY(!w.project()->labels("model:cwi", w.tweetModel()->tweetId(0)).empty());
        }
        {
            MainWindow w;  // tagged now: no offer
            w.setQuiet(true);
            QVERIFY(w.openProject(path));
            QVERIFY(w.findChild<PreAnnotateHint *>("preannotateHint")->isHidden());
        }
        const QString other = demoCopy("hint2.mner");
        {
            MainWindow w;
            w.setQuiet(true);
            QVERIFY(w.openProject(other));
            auto *hint = w.findChild<PreAnnotateHint *>("preannotateHint");
            QVERIFY(!hint->isHidden());
            hint->laterButton()->click();
            QVERIFY(hint->isHidden());
            QVERIFY(!w.modelRunning());
        }
        MainWindow w;  // asked once: not again, though still untagged
        w.setQuiet(true);
        QVERIFY(w.openProject(other));
        QVERIFY(w.findChild<PreAnnotateHint *>("preannotateHint")->isHidden());
    }

    // Help › Keys lists the live key map (a remapped key shows as remapped), and the user guide's
    // key page is that table for the default keys.
    void keysPageFollowsTheKeyMap() {
        MainWindow w;
        const QString table = keyRowsMarkdown(keyRows(w.menuBar()));
        QFile guide(QString(MNER_SOURCE_DIR) + "/docs/user-guide.md");
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        const int b = text.indexOf("<!-- keys:begin -->\n"), e = text.indexOf("<!-- keys:end -->");
        QVERIFY(b >= 0 && e > b);
        const QString inGuide = text.mid(b + 20, e - b - 20);
        if (inGuide != table) qWarning().noquote() << "the user guide's key table should read:\n" << table;
        QCOMPARE(inGuide, table);
        QVERIFY(table.contains("| O | Label all occurrences |"));
        QVERIFY(table.contains("| Return, Enter | Mark done | Tweet | tweet view |"));
        QVERIFY(table.contains("| 1 | Label as PER | Edit | tweet view and list |"));
        // remapped: the window's key map changes, the Keys window with it
        QAction *next = w.findChild<QAction *>("next-tweet");
        QVERIFY(next);
        next->setShortcuts({QKeySequence(Qt::Key_N)});
        KeysDialog d(keyRows(w.menuBar()));
        bool found = false;
        for (int r = 0; r < d.table()->rowCount(); ++r)
            found = found || (d.table()->item(r, 0)->text() == "N" && d.table()->item(r, 1)->text() == "Next");
        QVERIFY(found);
    }

    // Dictionary suggestions: a span labelled before and a gazetteer entry appear in a row of their
    // own below the tweet, which A takes from like a model's row; a new label is suggested at once.
    void suggestionsFromLabelsAndGazetteers() {
        QString path = demoCopy("suggest.mner");
        QVERIFY(!path.isEmpty());
        const QString dir = QFileInfo(path).path();
        {
            QFile f(dir + "/halifax2.txt");
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("IMGID:s1\nStorm\tO\nover\tO\nHalifax\tO\nand\tO\nPortland\tO\n\n");
            QFile g(dir + "/weather.txt");
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("# storms\nStorm\n");
        }
        QSettings().setValue("suggest/gazetteers", "OTHER=weather.txt");
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QVERIFY(importAndWait(w, {dir + "/halifax2.txt"}));
        QVERIFY(w.openProject(path));  // the dictionary is read on open
        QSettings().remove("suggest/gazetteers");
        int row = -1;
        for (int r = 0; r < w.tweetModel()->totalCount() && row < 0; ++r) {
            w.tweetModel()->ensureLoaded(r);
            if (w.tweetModel()->index(r, TweetListModel::Id).data().toString() == "s1") row = r;
        }
        QVERIFY(row >= 0);
        w.selectRow(row);
        const qint64 id = w.currentTweet();
        QCOMPARE(w.rowsBelow(), QStringList{"suggestions"});
        QMap<int, QString> suggested;
        w.tweetView()->grab();
        for (const auto &s : w.tweetView()->drawnSpans())
            if (s.layer == "suggestions") suggested[s.begin] = s.type;
        QCOMPARE(suggested.value(0), QString("OTHER"));  // the gazetteer's Storm
        QCOMPARE(suggested.value(2), QString("LOC"));    // Halifax, labelled LOC in the demo
        w.tweetView()->setSelection(2, 3);
        w.acceptModelSpan(0);  // A
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[2]), QString("B-LOC"));
        // a label given now is suggested from now on, and no longer once undone
        auto suggestedNow = [&] {
            QMap<int, QString> out;
            w.tweetView()->grab();
            for (const auto &s : w.tweetView()->drawnSpans())
                if (s.layer == "suggestions") out[s.begin] = s.type;
            return out;
        };
        QVERIFY(!suggestedNow().contains(3));
        w.tweetView()->setSelection(3, 4);
        w.labelSelection("ORG");  // "and"
        QCOMPARE(suggestedNow().value(3), QString("ORG"));
        w.undoStack()->undo();
        QVERIFY(!suggestedNow().contains(3));
        // the row can be hidden
        w.findChild<QAction *>("show-suggestions")->setChecked(false);
        QVERIFY(w.rowsBelow().isEmpty());
        w.findChild<QAction *>("show-suggestions")->setChecked(true);
        QCOMPARE(w.rowsBelow(), QStringList{"suggestions"});
    }

    // Settings › Run models on: "cuda" where there is no CUDA device runs on the CPU and says so.
    void modelRunSaysWhereItRan() {
        const QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        if (cudaAvailable()) QSKIP("this libtorch has a CUDA device");
        const QString path = demoCopy("device.mner");
        QVERIFY(!path.isEmpty());
        QSettings().remove("model/device");
        {
            SettingsDialog d("ann", 12, {}, "PER", false);
            QComboBox *device = nullptr;
            for (QComboBox *c : d.findChildren<QComboBox *>())
                if (c->accessibleName() == "Run models on") device = c;
            QVERIFY(device);
            QCOMPARE(device->currentData().toString(), QString("auto"));
            device->setCurrentIndex(device->findData("cuda"));
            d.store();
        }
        QCOMPARE(QSettings().value("model/device").toString(), QString("cuda"));
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QSignalSpy finished(&w, &MainWindow::modelRunFinished);
        w.runModels({model});
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(w.statusBar()->currentMessage().contains("no CUDA device"), qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!w.project()->labels("model:cwi", w.tweetModel()->tweetId(0)).empty());
        QSettings().remove("model/device");
    }

    // A model run writes a chunk of tweets at a time; stopped after the first chunk, it keeps
    // that chunk, and the next run of the model tags only the rest.
    void modelRunsWriteChunksAndResume() {
        const QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        const QString path = tmp_.filePath("chunks.mner");
        QFile::remove(path);
        {
            auto p = Project::open(path.toStdString(), true);
            p->import({{readDocument(bigImportFile(3 * int(ModelRunner::kChunk), 300000).toStdString()), "train"}},
                      ImportOptions{});
        }
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QSignalSpy finished(&w, &MainWindow::modelRunFinished);
        bool stopped = false;
        connect(&w, &MainWindow::modelRunProgress, this, [&](int done, int, double) {
            if (done > int(ModelRunner::kChunk) && !stopped) {  // the first chunk is on its way to the project
                stopped = true;
                w.cancelModelRun();
            }
        });
        w.runModels({model});
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QVERIFY2(w.statusBar()->currentMessage().contains("4096 of 12288"), qPrintable(w.statusBar()->currentMessage()));
        auto tagged = [&] {
            int n = 0;
            for (const TweetRow &r : w.project()->tweetRows(w.project()->tweetIds(), "model:cwi")) n += r.uncertainty >= 0;
            return n;
        };
        QCOMPARE(tagged(), int(ModelRunner::kChunk));
        disconnect(&w, &MainWindow::modelRunProgress, this, nullptr);
        w.runModels({model});
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        QVERIFY2(w.statusBar()->currentMessage().contains("tagged 8192 tweets") &&
                     w.statusBar()->currentMessage().contains("4096 more"),
                 qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(tagged(), 3 * int(ModelRunner::kChunk));
        // whole: the next run tags everything again
        w.runModels({model}, {w.project()->tweetIds()[0], w.project()->tweetIds()[1]});
        QVERIFY(finished.wait(120000));
        QVERIFY2(w.statusBar()->currentMessage().contains("tagged 2 tweets"), qPrintable(w.statusBar()->currentMessage()));
    }

    // "F1 by type": the axis names each type in full (Qt elided them all to "…" before).
    void chartLabelsAreWhole() {
        const QString model = QString(MNER_SOURCE_DIR) + "/resources/models/cwi.mnerm";
        if (!QFile::exists(model)) QSKIP("no bundled model");
        const QString path = demoCopy("chart.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QSignalSpy finished(&w, &MainWindow::modelRunFinished);
        w.runModels({model});
        QVERIFY(finished.wait(60000));
        if (auto *dock = w.findChild<QDockWidget *>("scoreDock")) dock->raise();
        w.resize(1000, 700);  // a narrow chart: Qt would elide every label
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);
        auto *view = w.scoresPanel()->findChild<QChartView *>();
        QVERIFY(view);
        QStringList labels;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item)) labels << t->toPlainText();
            if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item)) labels << t->text();
        }
        for (const char *type : {"PER", "LOC", "ORG", "OTHER"}) QVERIFY2(labels.contains(type), qPrintable(labels.join('|')));
        for (const QString &l : labels) QVERIFY2(!l.contains(QChar(0x2026)) && !l.contains("..."), qPrintable(l));
    }

    // Errors and Scores follow an edit, its undo and redo without View › Refresh, and their numbers
    // equal conlleval over the layers as stored.
    // A project of several pages: it opens before the docks and suggestions have read it; edits
    // made meanwhile, before and beyond the page the reading has reached, end up counted once,
    // and the docks then equal a full recount.
    void docksReadLargeProjectsInPages() {
        const QString path = tmp_.filePath("pages.mner");
        {
            auto p = Project::open(path.toStdString(), true);
            ImportOptions o;
            p->import({{readDocument(bigImportFile(1800, 500000).toStdString()), "train"}}, o);
            // a model that misses every tenth tweet's PER
            std::vector<Project::LayerRow> rows;
            for (const auto &[id, tags] : p->layerTags("corrected")) {
                std::vector<std::string> pred = tags;
                if (id % 10 == 0) pred[0] = "O";
                rows.push_back({id, pred, {}, -1});
            }
            p->writeLayer("model:echo", "model", rows);
        }
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        QVERIFY(w.readingProject());  // 1,800 tweets: more than the first page
        const std::vector<int64_t> ids = w.project()->tweetIds();
        // one tweet the reading has passed, one it has not reached: the model now disagrees on both
        for (int64_t id : {ids[3], ids[1700]}) {
            w.openTweet(id);
            QCOMPARE(w.currentTweet(), id);
            w.tweetView()->setSelection(1, 2);
            w.labelSelection("PER");
            QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
            QCOMPARE(QString::fromStdString(w.project()->labels("corrected", id)[1]), QString("B-PER"));
        }
        QVERIFY(w.readingProject());
        w.finishReadingProject();
        QVERIFY(!w.readingProject());
        ErrorBrowser *eb = w.errorBrowser();
        eb->setKindFilter("");
        const int rowsRead = eb->rowCount();
        const Scores scoresRead = w.scoresPanel()->scoresOf("model:echo");
        // a full recount from the store
        auto ref = w.project()->layerTags("corrected"), pred = w.project()->layerTags("model:echo");
        std::vector<std::vector<std::string>> g, pr;
        int errors = 0;
        for (const auto &[id, tags] : ref) {
            g.push_back(tags);
            pr.push_back(pred.at(id));
            for (const SpanError &e : classifySpans(spansOf(tags), spansOf(pred.at(id)))) errors += e.kind != ErrorKind::Correct;
        }
        QCOMPARE(rowsRead, errors);
        QCOMPARE(errors, 180 + 2);  // every tenth tweet missed, and the two edits
        QCOMPARE(QString::fromStdString(conllReport(scoresRead)), QString::fromStdString(conllReport(conllEval(g, pr))));
        // sorted, the rows of an edited tweet still go and come once
        eb->table()->sortByColumn(ErrorBrowser::KindCol, Qt::DescendingOrder);
        w.openTweet(ids[1700]);
        w.tweetView()->setSelection(1, 2);
        w.labelSelection("");
        QCOMPARE(eb->rowCount(), errors - 1);
        // the suggestions learnt the edits' spans from both sides of the reading
        w.openTweet(ids[5]);
        bool suggested = false;
        w.tweetView()->grab();
        for (const auto &sp : w.tweetView()->drawnSpans())
            suggested = suggested || (sp.layer == "suggestions" && sp.begin == 1 && sp.type == "PER");
        QVERIFY(suggested);
        // another project opened while the reading is under way: the new project's reading
        // replaces it
        MainWindow v;
        v.setQuiet(true);
        QVERIFY(v.openProject(path));
        QVERIFY(v.readingProject());
        const QString other = demoCopy("after-pages.mner");
        QVERIFY(v.openProject(other));
        QTest::qWait(100);
        v.finishReadingProject();
        QCOMPARE(v.tweetModel()->totalCount(), 12);
    }

    void docksFollowEditsWithoutRefresh() {
        QString path = demoCopy("docks.mner");
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setQuiet(true);
        QVERIFY(w.openProject(path));
        // two tweets whose ids sort differently as text and as numbers
        QVERIFY(importAndWait(w, {bigImportFile(1, 1001621)}));
        QVERIFY(importAndWait(w, {bigImportFile(1, 9975)}));
        {
            // a "model" that predicts the reference exactly, except that it misses the two new
            // tweets' PER: every other mismatch below is the edit's
            std::vector<Project::LayerRow> rows;
            for (const auto &[id, tags] : w.project()->layerTags("corrected")) {
                const bool imported = w.project()->tweet(id).tweet.tokens[0].text == "word0";
                rows.push_back({id, imported ? std::vector<std::string>(tags.size(), "O") : tags, {}, -1});
            }
            w.project()->writeLayer("model:echo", "model", rows);
        }
        w.errorBrowser()->refresh();
        w.scoresPanel()->refresh();
        auto scoresAgree = [&] {
            auto ref = w.project()->layerTags("corrected"), pred = w.project()->layerTags("model:echo");
            std::vector<std::vector<std::string>> g, p;
            for (const auto &[id, tags] : ref) {
                g.push_back(tags);
                p.push_back(pred.at(id));
            }
            return conllReport(w.scoresPanel()->scoresOf("model:echo")) == conllReport(conllEval(g, p));
        };
        ErrorBrowser *eb = w.errorBrowser();
        eb->setKindFilter("");
        QCOMPARE(eb->rowCount(), 2);
        // tweet ids sort as numbers: 9975 before 1001621
        eb->table()->sortByColumn(ErrorBrowser::TweetCol, Qt::AscendingOrder);
        QCOMPARE(eb->table()->model()->index(0, ErrorBrowser::TweetCol).data().toString(), QString("9975"));
        QCOMPARE(eb->table()->model()->index(1, ErrorBrowser::TweetCol).data().toString(), QString("1001621"));
        QVERIFY(scoresAgree());
        const int goldSpans = w.scoresPanel()->scoresOf("model:echo").all.gold;
        const int correct = w.scoresPanel()->scoresOf("model:echo").all.correct;
        QCOMPARE(correct, goldSpans - 2);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.selectRow(0);  // "RT @harbourwatch : Ferry ...": RT is O
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", w.currentTweet())[0]), QString("O"));
        QTest::keyClick(w.tweetView(), Qt::Key_Home);
        QTest::keyClick(w.tweetView(), Qt::Key_1);  // RT: PER, which the model missed
        QCOMPARE(QString::fromStdString(w.project()->labels("corrected", w.currentTweet())[0]), QString("B-PER"));
        QCOMPARE(eb->rowCount(), 3);
        eb->setKindFilter("missed");
        QCOMPARE(eb->rowCount(), 3);
        eb->setKindFilter("");
        QCOMPARE(w.scoresPanel()->scoresOf("model:echo").all.gold, goldSpans + 1);
        QVERIFY(scoresAgree());
        // the table shows the new total too
        bool shown = false;
        const QString want = QString::number(goldSpans + 1);
        for (int r = 0; r < w.scoresPanel()->scores()->rowCount(); ++r)
            shown = shown || (w.scoresPanel()->scores()->item(r, 1)->text() == "all" &&
                              w.scoresPanel()->scores()->item(r, 6)->text() == want);
        QVERIFY(shown);
        w.undoStack()->undo();
        QCOMPARE(eb->rowCount(), 2);
        QCOMPARE(w.scoresPanel()->scoresOf("model:echo").all.gold, goldSpans);
        QVERIFY(scoresAgree());
        w.undoStack()->redo();
        QCOMPARE(eb->rowCount(), 3);
        QVERIFY(scoresAgree());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
