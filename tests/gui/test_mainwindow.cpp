// Drives the real main window offscreen: open the demo project, select tweets, check the spans
// drawn and the image panel, the lazy list, and errors on bad projects.
#include "imagepanel.h"
#include "mainwindow.h"
#include "tweetlistmodel.h"
#include "tweetview.h"

#include "io/captions.h"
#include "io/formats.h"
#include "store/project.h"
#include "text/utf8.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace mner;
using namespace mner::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir tmp_;
    QString demo_;

    QString makeDemo() {
        QString path = tmp_.filePath("demo.mner");
        auto p = Project::open(path.toStdString(), true);
        std::string src = MNER_DEMO_PROJECT_SOURCE;
        Document d = readDocument(src + "/demo.txt");
        std::map<std::string, std::string> caps = readCaptions(src + "/captions.txt");
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
            QCOMPARE(s.layer, QString("gold"));
            QVERIFY(s.rect.bottom() < v->tokenRect(s.begin).top());  // gold above the text
            QVERIFY(s.rect.left() <= v->tokenRect(s.begin).left());
            QVERIFY(s.rect.right() >= v->tokenRect(s.end - 1).right() - 1);
        }
        if (qEnvironmentVariableIsSet("MNER_SCREENSHOT_DIR"))
            w.grab().save(qEnvironmentVariable("MNER_SCREENSHOT_DIR") + "/main-window.png");
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
        QVERIFY(!w.importFiles({QString(MNER_DEMO_PROJECT_SOURCE) + "/demo.txt", bad}, "auto", {}, {}, {}, false));
        QVERIFY(w.lastError().contains("bad.txt:5"));
        QCOMPARE(w.tweetModel()->totalCount(), 0);
        QVERIFY(w.importFiles({QString(MNER_DEMO_PROJECT_SOURCE) + "/demo.txt"}, "auto", {}, {}, {}, false));
        QCOMPARE(w.tweetModel()->totalCount(), 12);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
