#include "mainwindow.h"

#include "imagepanel.h"
#include "importdialog.h"
#include "tweetlistmodel.h"
#include "tweetview.h"

#include "io/captions.h"
#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace mner::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    setWindowTitle(tr("mner-studio"));
    setObjectName("MainWindow");
    model_ = new TweetListModel(this);
    list_ = new QTableView(this);
    list_->setObjectName("tweetList");
    list_->setAccessibleName(tr("Tweet list"));
    list_->setModel(model_);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->verticalHeader()->hide();
    list_->verticalHeader()->setDefaultSectionSize(list_->fontMetrics().height() + 6);
    list_->horizontalHeader()->setStretchLastSection(true);
    list_->setWordWrap(false);
    list_->setAlternatingRowColors(true);

    view_ = new TweetView(this);
    view_->setObjectName("tweetView");
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(view_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    image_ = new ImagePanel(this);
    image_->setObjectName("imagePanel");

    auto *right = new QSplitter(Qt::Horizontal, this);
    right->addWidget(scroll);
    right->addWidget(image_);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName("mainSplitter");
    main->addWidget(list_);
    main->addWidget(right);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({460, 740});
    right->setSizes({480, 260});
    setCentralWidget(main);

    progress_ = new QLabel(this);
    statusBar()->addPermanentWidget(progress_);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    a->setShortcut(QKeySequence::Open);
    a = file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);

    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { showTweet(model_->tweetId(cur.row())); });

    QSettings s;
    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
    if (!s.value("window/geometry").isValid()) resize(1200, 720);
    main->restoreState(s.value("window/splitter").toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *e) {
    QSettings s;
    s.setValue("window/geometry", saveGeometry());
    s.setValue("window/state", saveState());
    if (auto *sp = findChild<QSplitter *>("mainSplitter")) s.setValue("window/splitter", sp->saveState());
    e->accept();
}

void MainWindow::showError(const QString &title, const QString &text) {
    lastError_ = text;
    statusBar()->showMessage(text, 10000);
    if (!quiet_) QMessageBox::warning(this, title, text);
}

void MainWindow::updateTitle() {
    setWindowTitle(project_ ? tr("%1 — mner-studio").arg(QFileInfo(QString::fromStdString(project_->path())).fileName())
                            : tr("mner-studio"));
    progress_->setText(project_ ? tr("%n tweet(s)", nullptr, model_->totalCount()) : QString());
}

bool MainWindow::openProject(const QString &path, bool create) {
    std::unique_ptr<Project> p;
    try {
        p = Project::open(path.toStdString(), create);
    } catch (const std::exception &e) {
        showError(tr("Cannot open project"), QString::fromStdString(e.what()));
        return false;
    }
    model_->setProject(nullptr);
    project_ = std::move(p);
    current_ = 0;
    model_->setProject(project_.get());
    view_->clear();
    image_->setImage({}, {});
    updateTitle();
    if (model_->canFetchMore({})) model_->fetchMore({});
    for (int c = 0; c < TweetListModel::Text; ++c) list_->resizeColumnToContents(c);
    if (model_->rowCount() > 0) selectRow(0);
    return true;
}

void MainWindow::selectRow(int row) {
    model_->ensureLoaded(row);
    if (row < 0 || row >= model_->rowCount()) return;
    QModelIndex idx = model_->index(row, TweetListModel::Number);
    list_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list_->scrollTo(idx);
}

void MainWindow::showTweet(int64_t id) {
    current_ = id;
    if (!project_ || id == 0) {
        view_->clear();
        return;
    }
    try {
        TweetRecord t = project_->tweet(id);
        QStringList tokens, gold;
        for (const Token &tok : t.tweet.tokens) {
            tokens << QString::fromStdString(tok.text);
            gold << QString::fromStdString(tok.tag);
        }
        TweetView::Layer goldLayer{tr("gold"), gold};
        std::vector<std::string> corrected = project_->labels("corrected", id);
        QVector<TweetView::Layer> below;
        for (const LayerInfo &l : project_->layers()) {
            if (l.kind != "model") continue;
            std::vector<std::string> tags = project_->labels(l.name, id);
            if (tags.size() != size_t(tokens.size())) continue;
            QStringList q;
            for (const auto &s : tags) q << QString::fromStdString(s);
            below.push_back({QString::fromStdString(l.name), q});
        }
        view_->setTweet(tokens, goldLayer, below);
        std::vector<unsigned char> bytes = project_->imageBytes(t);
        image_->setImage(QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size())),
                         QString::fromStdString(t.imageName));
        QMap<QString, QString> words;
        for (const auto &[src, w] : t.imageWords) words[QString::fromStdString(src)] = QString::fromStdString(w);
        image_->setImageWords(words);
        statusBar()->showMessage(tr("Tweet %1 (%2)").arg(QString::fromStdString(t.tweet.id), QString::fromStdString(t.split)));
    } catch (const std::exception &e) {
        showError(tr("Cannot show tweet"), QString::fromStdString(e.what()));
    }
}

void MainWindow::newProject() {
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), {}, tr("mner projects (*.mner)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(".mner")) path += ".mner";
    openProject(path, true);
}

void MainWindow::openProjectDialog() {
    QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr("mner projects (*.mner);;All files (*)"));
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::importDialog() {
    if (!project_) {
        showError(tr("No project"), tr("Create or open a project first (File › New Project)."));
        return;
    }
    ImportDialog d(this);
    if (d.exec() != QDialog::Accepted || d.files().isEmpty()) return;
    importFiles(d.files(), d.format(), d.split(), d.captionsFile(), d.imagesDir(), d.embedImages());
}

bool MainWindow::importFiles(const QStringList &files, const QString &format, const QString &split,
                             const QString &captions, const QString &imagesDir, bool embed) {
    if (!project_) return false;
    try {
        ReadOptions ro;
        ro.format = parseFormat(format.toStdString());
        std::vector<std::pair<Document, std::string>> docs;
        for (const QString &f : files)
            docs.emplace_back(readDocument(f.toStdString(), ro),
                              split.isEmpty() ? QFileInfo(f).completeBaseName().toStdString() : split.toStdString());
        std::map<std::string, std::string> caps;
        ImportOptions io;
        if (!captions.isEmpty()) {
            caps = readCaptions(captions.toStdString());
            io.captions = &caps;
            io.captionSource = "caption:" + QFileInfo(captions).fileName().toStdString();
        }
        io.imagesDir = imagesDir.toStdString();
        io.embedImages = embed;
        io.source = files.join(", ").toStdString();
        ImportResult r = project_->import(docs, io, [](size_t, size_t) {
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            return true;
        });
        int row = model_->totalCount();
        model_->setProject(project_.get());
        updateTitle();
        selectRow(row);
        statusBar()->showMessage(tr("Imported %1 tweets").arg(r.tweets), 10000);
        return true;
    } catch (const std::exception &e) {
        showError(tr("Import failed"), tr("Nothing was imported.\n%1").arg(QString::fromStdString(e.what())));
        return false;
    }
}

} // namespace mner::ui
