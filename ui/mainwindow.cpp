#include "mainwindow.h"
#include "errortext.h"

#include "editcommands.h"
#include "errorbrowser.h"
#include "imagepanel.h"
#include "importdialog.h"
#include "exportdialog.h"
#include "runmodeldialog.h"
#include "settingsdialog.h"
#include "entitytypesdialog.h"
#include "labeling.h"
#include "imagetagrunner.h"
#include "modelrunner.h"
#include "retrain.h"
#include "projectsession.h"
#include "scorespanel.h"
#include "tweetlistmodel.h"
#include "tweetview.h"

#include "eval/agreement.h"
#include "eval/errors.h"
#include "io/captions.h"
#include "model/model.h"
#include "model/taggers.h"
#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <fstream>
#include <unordered_set>

namespace mner::ui {

namespace {
QStringList toQt(const std::vector<std::string> &v) {
    QStringList l;
    for (const auto &s : v) l << QString::fromStdString(s);
    return l;
}
}  // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    qRegisterMetaType<mner::ui::RunResult>();
    qRegisterMetaType<mner::ui::TagImagesResult>();
    qRegisterMetaType<mner::ui::RetrainResult>();
    setObjectName("MainWindow");
    QSettings s;
    who_ = s.value("annotator", qEnvironmentVariable("USER", "annotator")).toString();
    if (s.value("annotate/ownLayer", false).toBool()) editLayer_ = "annotator:" + who_;
    undo_ = new QUndoStack(this);
    model_ = new TweetListModel(this);

    // left: filters over the tweet list
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    search_ = new QLineEdit(left);
    search_->setPlaceholderText(tr("Filter by text"));
    search_->setAccessibleName(tr("Filter tweets by text"));
    splitFilter_ = new QComboBox(left);
    splitFilter_->setAccessibleName(tr("Filter by split"));
    statusFilter_ = new QComboBox(left);
    statusFilter_->setAccessibleName(tr("Filter by status"));
    statusFilter_->addItem(tr("any status"), -1);
    statusFilter_->addItem(tr("open"), 0);
    statusFilter_->addItem(tr("done"), 1);
    statusFilter_->addItem(tr("skipped"), 2);
    filters->addWidget(search_, 1);
    filters->addWidget(splitFilter_);
    filters->addWidget(statusFilter_);
    ll->addLayout(filters);
    list_ = new QTableView(left);
    list_->setObjectName("tweetList");
    list_->setAccessibleName(tr("Tweet list"));
    list_->setModel(model_);
    list_->setSelectionBehavior(QAbstractItemView::SelectRows);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setSortingEnabled(true);
    list_->sortByColumn(TweetListModel::Number, Qt::AscendingOrder);
    list_->verticalHeader()->hide();
    list_->verticalHeader()->setDefaultSectionSize(list_->fontMetrics().height() + 6);
    list_->horizontalHeader()->setStretchLastSection(true);
    list_->setWordWrap(false);
    list_->setAlternatingRowColors(true);
    ll->addWidget(list_, 1);
    auto refilter = [this] {
        model_->setFilter(search_->text().trimmed(), splitFilter_->currentData().toString(),
                          statusFilter_->currentData().toInt());
        updateProgress();
        if (model_->canFetchMore({})) model_->fetchMore({});
    };
    connect(search_, &QLineEdit::textChanged, this, refilter);
    connect(splitFilter_, &QComboBox::currentIndexChanged, this, refilter);
    connect(statusFilter_, &QComboBox::currentIndexChanged, this, refilter);

    // right: legend, tweet view, image
    view_ = new TweetView(this);
    view_->setObjectName("tweetView");
    legend_ = new QLabel(this);
    legend_->setWordWrap(true);
    legend_->setAccessibleName(tr("Keys"));
    updateLegend();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(view_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *center = new QWidget(this);
    auto *cl = new QVBoxLayout(center);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(legend_);
    cl->addWidget(scroll, 1);
    image_ = new ImagePanel(this);
    image_->setObjectName("imagePanel");

    auto *right = new QSplitter(Qt::Horizontal, this);
    right->addWidget(center);
    right->addWidget(image_);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName("mainSplitter");
    main->addWidget(left);
    main->addWidget(right);
    main->setSizes({520, 760});
    right->setSizes({500, 260});
    setCentralWidget(main);

    errors_ = new ErrorBrowser(this);
    auto *errorDock = new QDockWidget(tr("Errors"), this);
    errorDock->setObjectName("errorDock");
    errorDock->setWidget(errors_);
    addDockWidget(Qt::BottomDockWidgetArea, errorDock);
    scores_ = new ScoresPanel(this);
    auto *scoreDock = new QDockWidget(tr("Scores"), this);
    scoreDock->setObjectName("scoreDock");
    scoreDock->setWidget(scores_);
    addDockWidget(Qt::BottomDockWidgetArea, scoreDock);
    tabifyDockWidget(errorDock, scoreDock);
    errorDock->raise();
    // the tweet stays the main thing: a strip for the docks unless the user arranged them before
    if (!QSettings().contains("window/state"))
        QTimer::singleShot(0, this, [this, errorDock] { resizeDocks({errorDock}, {height() / 3}, Qt::Vertical); });
    connect(errors_, &ErrorBrowser::openSpan, this, [this](qint64 id, int b, int e) { openTweet(id, b, e); });

    progress_ = new QLabel(this);
    runBar_ = new QProgressBar(this);
    runBar_->setMaximumWidth(220);
    runBar_->setAccessibleName(tr("Model run progress"));
    runBar_->hide();
    runCancel_ = new QPushButton(tr("Cancel"), this);
    runCancel_->hide();
    connect(runCancel_, &QPushButton::clicked, this, &MainWindow::cancelModelRun);
    statusBar()->addPermanentWidget(runBar_);
    statusBar()->addPermanentWidget(runCancel_);
    pending_ = std::make_unique<PendingEdits>();
    pendingLabel_ = new QLabel(this);
    pendingLabel_->setAccessibleName(tr("Edits waiting to be saved"));
    pendingLabel_->setStyleSheet("color: #b00; font-weight: bold");
    pendingLabel_->hide();
    statusBar()->addPermanentWidget(pendingLabel_);
    auto *retry = new QTimer(this);
    retry->setInterval(3000);
    connect(retry, &QTimer::timeout, this, [this] {
        if (pending_->size()) savePendingEdits();
    });
    retry->start();
    tagBar_ = new QProgressBar(this);
    tagBar_->setMaximumWidth(220);
    tagBar_->setAccessibleName(tr("Image tagging progress"));
    tagBar_->hide();
    tagCancel_ = new QPushButton(tr("Stop tagging"), this);
    tagCancel_->hide();
    connect(tagCancel_, &QPushButton::clicked, this, &MainWindow::cancelImageTagging);
    statusBar()->addPermanentWidget(tagBar_);
    statusBar()->addPermanentWidget(tagCancel_);
    statusBar()->addPermanentWidget(progress_);

    buildMenus();
    connect(list_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { showTweet(model_->tweetId(cur.row())); });

    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
    if (!s.value("window/geometry").isValid()) resize(1280, 800);
    main->restoreState(s.value("window/splitter").toByteArray());
    QFont f = view_->font();
    if (s.contains("view/fontSize")) f.setPointSizeF(s.value("view/fontSize").toDouble());
    view_->setFont(f);
    for (const char *t : {"PER", "LOC", "ORG", "OTHER", "MISC"})
        if (s.contains(QStringLiteral("palette/") + t))
            view_->typePalette().setColor(t, QColor(s.value(QStringLiteral("palette/") + t).toString()));
    updateTitle();
}

MainWindow::~MainWindow() {
    // Ctrl+Q during any job: the session stops and joins every job before its project closes.
    delete retrain_;
    delete session_;
}

void MainWindow::buildMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    a->setShortcut(QKeySequence::Open);
    a = file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    a = file->addAction(tr("&Export…"), this, &MainWindow::exportDialog);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, &MainWindow::settingsDialog);
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undo_->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));  // the same on every platform theme
    QAction *redo = undo_->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // label keys act while the tweet view or the list has focus
    auto labelAction = [&](const QString &type, const QString &text, QList<QKeySequence> keys) {
        QAction *act = edit->addAction(text);
        act->setObjectName(type.isEmpty() ? QStringLiteral("clear") : "label-" + type);
        act->setShortcuts(keys);
        act->setShortcutContext(Qt::WindowShortcut);
        connect(act, &QAction::triggered, this, [this, type] { labelSelection(type); });
        return act;
    };
    // 1-9: the project's types in their order (Edit › Entity types); P, L, G, M: PER, LOC, ORG
    // and OTHER/MISC by name, where the project has them.
    for (int k = 1; k <= 9; ++k) {
        QAction *act = edit->addAction(tr("Label as type %1").arg(k));
        act->setObjectName(QStringLiteral("label-key-%1").arg(k));
        act->setShortcut(QKeySequence(Qt::Key_0 + k));
        act->setShortcutContext(Qt::WindowShortcut);
        connect(act, &QAction::triggered, this, [this, k] {
            QStringList types = entityTypes();
            if (k <= types.size())
                labelSelection(types[k - 1]);
            else
                statusBar()->showMessage(tr("This project has no type %1 (Edit › Entity types)").arg(k), 4000);
        });
    }
    labelAction("PER", tr("Label as PER"), {QKeySequence(Qt::Key_P)});
    labelAction("LOC", tr("Label as LOC"), {QKeySequence(Qt::Key_L)});
    labelAction("ORG", tr("Label as ORG"), {QKeySequence(Qt::Key_G)});
    labelAction("OTHER", tr("Label as OTHER/MISC"), {QKeySequence(Qt::Key_M)});
    labelAction("", tr("Clear label"), {QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    edit->addSeparator();
    a = edit->addAction(tr("Entity &types…"), this, &MainWindow::entityTypesDialog);
    a->setObjectName("entity-types");
    edit->addSeparator();
    a = edit->addAction(tr("Accept span of the first row below"), this, [this] { acceptModelSpan(0); });
    a->setObjectName("accept-span");
    a->setShortcut(QKeySequence(Qt::Key_A));
    a = edit->addAction(tr("Accept tweet of the first row below"), this, [this] { acceptModelTweet(0); });
    a->setObjectName("accept-tweet");
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_A));
    a = edit->addAction(tr("Accept span of the second row below"), this, [this] { acceptModelSpan(1); });
    a->setObjectName("accept-span-2");
    a->setShortcut(QKeySequence(Qt::Key_B));
    a = edit->addAction(tr("Accept tweet of the second row below"), this, [this] { acceptModelTweet(1); });
    a->setObjectName("accept-tweet-2");
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_B));

    QMenu *tweet = menuBar()->addMenu(tr("&Tweet"));
    a = tweet->addAction(tr("&Next"), this, [this] { nextTweet(1); });
    a->setObjectName("next-tweet");
    a->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Period)});
    a = tweet->addAction(tr("&Previous"), this, [this] { nextTweet(-1); });
    a->setObjectName("previous-tweet");
    a->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Comma)});
    a = tweet->addAction(tr("&Reload"), this, &MainWindow::reloadTweet);
    a->setObjectName("reload-tweet");
    a->setShortcut(QKeySequence(Qt::Key_F5));
    a = tweet->addAction(tr("Next &uncertain"), this, [this] { nextUncertain(); });
    a->setObjectName("next-uncertain");
    a->setShortcut(QKeySequence(Qt::Key_U));
    a = tweet->addAction(tr("Next &disagreement"), this, [this] { nextDisagreement(); });
    a->setObjectName("next-disagreement");
    a->setShortcut(QKeySequence(Qt::Key_D));
    tweet->addSeparator();
    a = tweet->addAction(tr("Mark &done"), this, [this] { setStatus(1); });
    a->setObjectName("mark-done");
    a->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    a = tweet->addAction(tr("&Skip"), this, [this] { setStatus(2); });
    a->setObjectName("skip");
    a->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return));

    QMenu *models = menuBar()->addMenu(tr("&Model"));
    a = models->addAction(tr("&Run model…"), this, &MainWindow::runModelDialog);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    a = models->addAction(tr("Re&train…"), this, [this] {
        if (RetrainDialog *d = retrainDialog()) d->show();
    });
    a->setObjectName("retrain");
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    models->addAction(tr("Model for &pre-annotation…"), this, &MainWindow::chooseDefaultModel);
    a = models->addAction(tr("&Tag images"), this, [this] { tagImages(false); });
    a->setObjectName("tag-images");
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    a->setStatusTip(tr("Store the five best ImageNet classes of every image not tagged yet as its image words"));
    models->addAction(tr("Tag all images again"), this, [this] { tagImages(true); });

    // keys the user changed in the settings
    QSettings settings;
    for (QAction *act : findChildren<QAction *>())
        if (!act->objectName().isEmpty() && settings.contains("keys/" + act->objectName()))
            act->setShortcuts(QKeySequence::listFromString(settings.value("keys/" + act->objectName()).toString()));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *outside = viewMenu->addAction(tr("Allow images outside the project"));
    outside->setObjectName("allow-outside-images");
    outside->setCheckable(true);
    connect(outside, &QAction::toggled, this, [this](bool on) {
        allowOutsideImages_ = on;
        if (project_) QSettings().setValue("outside/" + QString::fromStdString(project_->path()), on);
        if (current_) showTweet(current_);
    });
    for (QDockWidget *d : findChildren<QDockWidget *>()) viewMenu->addAction(d->toggleViewAction());
    viewMenu->addAction(tr("&Agreement…"), this, &MainWindow::agreementDialog);
    a = viewMenu->addAction(tr("A&djudicate…"), this, &MainWindow::adjudicateDialog);
    a->setObjectName("adjudicate");
    viewMenu->addAction(tr("Stop adjudicating"), this, [this] { setAdjudication({}); });
    viewMenu->addAction(tr("Refresh errors and scores"), this, [this] {
        errors_->refresh();
        scores_->refresh();
    });
}

void MainWindow::closeEvent(QCloseEvent *e) {
    if (!mayStopJobs(tr("quit"))) {
        e->ignore();
        return;
    }
    while (!savePendingEdits()) {
        QString msg = tr("%n edit(s) could not be saved: %1", "", int(pending_->size())).arg(pendingLabel_->toolTip());
        if (quiet_) {
            lastError_ = msg;
            e->ignore();
            return;
        }
        QMessageBox box(QMessageBox::Warning, tr("Edits not saved"),
                        msg + "\n\n" + tr("Free some disk space or make the project writable, then retry."),
                        QMessageBox::Retry | QMessageBox::Cancel, this);
        QPushButton *discard = box.addButton(tr("Quit and lose them"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == discard) break;
        if (box.standardButton(box.clickedButton()) != QMessageBox::Retry) {
            e->ignore();
            return;
        }
    }
    QSettings s;
    s.setValue("window/geometry", saveGeometry());
    s.setValue("window/state", saveState());
    if (auto *sp = findChild<QSplitter *>("mainSplitter")) s.setValue("window/splitter", sp->saveState());
    e->accept();
}

void MainWindow::setAnnotator(const QString &who) {
    who_ = who.trimmed().isEmpty() ? QStringLiteral("annotator") : who.trimmed();
    QSettings().setValue("annotator", who_);
    updateEditLayer();
    updateProgress();  // the status bar names the annotator
    if (project_)
        restoreUndoStack(
            undo_, project_, who_.toStdString(), [this](int64_t id) { tweetChanged(id); },
            [this](const QString &e) { showError(tr("Edit not saved"), e); });
}

void MainWindow::showError(const QString &title, const QString &text) {
    lastError_ = text;
    statusBar()->showMessage(text, 10000);
    if (!quiet_) QMessageBox::warning(this, title, text);
}

void MainWindow::updateTitle() {
    setWindowTitle(project_ ? tr("%1 — mner-studio").arg(QFileInfo(QString::fromStdString(project_->path())).fileName())
                            : tr("mner-studio"));
    updateProgress();
}

void MainWindow::updateProgress() {
    if (!project_) {
        progress_->clear();
        return;
    }
    progress_->setText(tr("%1 / %2 done · %3").arg(model_->doneCount()).arg(project_->tweetCount()).arg(who_));
}

QString MainWindow::firstModelLayer() const {
    if (!project_) return {};
    for (const LayerInfo &l : project_->layerList())
        if (l.kind == "model") return QString::fromStdString(l.name);
    return {};
}

QStringList MainWindow::entityTypes() const {
    // the project's types in their order (keys 1-9); a project without any gets the paper's four
    QStringList out;
    projectType(QString());  // reads the project's types once
    for (const auto &t : projectTypes_) out << QString::fromStdString(t);
    if (out.isEmpty()) out = QStringList{"PER", "LOC", "ORG", "OTHER"};
    return out;
}

void MainWindow::updateLegend() {
    QStringList keys;
    QStringList types = entityTypes();
    QSettings settings;  // colours chosen for this project's types, then distinct ones for the rest
    for (const QString &t : types)
        if (settings.contains("palette/" + t))
            view_->typePalette().setColor(t, QColor(settings.value("palette/" + t).toString()));
    view_->typePalette().assignDistinct(types);
    for (int i = 0; i < types.size() && i < 9; ++i)
        keys << QStringLiteral("<b>%1</b> %2").arg(i + 1).arg(types[i].toHtmlEscaped());
    legend_->setText(tr("<small>%1 · <b>0</b>/<b>Del</b> clear · <b>A</b>/<b>B</b> take the span of the first/second row below · "
                        "<b>Shift+A</b>/<b>Shift+B</b> the whole tweet · <b>←→</b> move, <b>Shift</b> extend · "
                        "<b>PgDn</b>/<b>PgUp</b> next/previous tweet · <b>U</b> most uncertain · <b>D</b> next disagreement · "
                        "<b>Enter</b> done · <b>Shift+Enter</b> skip · <b>Ctrl+Z</b> undo</small>")
                         .arg(keys.join(QStringLiteral(" · "))));
    // the Edit menu lists the keys the project has (a key without a type is left out)
    for (int k = 1; k <= 9; ++k)
        if (auto *act = findChild<QAction *>(QStringLiteral("label-key-%1").arg(k))) {
            act->setText(k <= types.size() ? tr("Label as %1").arg(types[k - 1]) : tr("Label as type %1").arg(k));
            act->setVisible(k <= types.size());
        }
    for (const char *t : {"PER", "LOC", "ORG", "OTHER"})
        if (auto *act = findChild<QAction *>(QStringLiteral("label-%1").arg(t)))
            act->setVisible(types.contains(projectType(QString::fromLatin1(t))));
}

void MainWindow::entityTypesDialog() {
    if (!project_) return;
    EntityTypesDialog d(project_, &view_->typePalette(), this);
    const bool accepted = d.exec() == QDialog::Accepted;  // renames are stored as made; order and colours on OK
    if (accepted) {
        QSettings s;
        for (auto it = d.colours().begin(); it != d.colours().end(); ++it) {
            view_->typePalette().setColor(it.key(), it.value());
            s.setValue("palette/" + it.key(), it.value().name());
        }
    }
    projectTypes_.clear();
    updateLegend();
    if (d.renamedLabels()) undo_->clear();  // the old edits no longer describe the renamed labels
    if (model_->canFetchMore({})) model_->fetchMore({});
    showTweet(current_, true);
    errors_->refresh();
    scores_->refresh();
}

QString MainWindow::projectType(const QString &type) const {
    if (!project_) return type;
    if (projectTypes_.empty()) {
        try {
            projectTypes_ = project_->entityTypes();
            typeAliases_ = project_->typeAliases();
        } catch (const std::exception &) { return type; }
    }
    if (type.isEmpty()) return type;
    return QString::fromStdString(typeAliases_.to(type.toStdString(), projectTypes_));
}

bool MainWindow::openProject(const QString &path, bool create) {
    if (project_ && !savePendingEdits()) {
        showError(tr("Edits not saved"),
                  tr("%n edit(s) of this project are not saved yet; the project stays open until they are.", "",
                     int(pending_->size())));
        return false;
    }
    if (!mayStopJobs(tr("open the other project"))) return false;
    std::unique_ptr<Project> p;
    try {
        p = Project::open(path.toStdString(), create);
    } catch (const std::exception &e) {
        showError(tr("Cannot open project"), errorText(e));
        return false;
    }
    closeSession();
    session_ = new ProjectSession(std::move(p), this);
    project_ = session_->project();
    projectTypes_.clear();
    updateLegend();
    current_ = 0;
    allowOutsideImages_ = QSettings().value("outside/" + QString::fromStdString(project_->path()), false).toBool();
    if (auto *act = findChild<QAction *>("allow-outside-images")) {
        QSignalBlocker block(act);
        act->setChecked(allowOutsideImages_);
    }
    splitFilter_->blockSignals(true);
    splitFilter_->clear();
    splitFilter_->addItem(tr("all splits"), QString());
    for (const auto &sp : project_->splits()) splitFilter_->addItem(QString::fromStdString(sp), QString::fromStdString(sp));
    splitFilter_->blockSignals(false);
    model_->setModelLayer(firstModelLayer());
    model_->setProject(project_);
    view_->clear();
    image_->setImage({}, {});
    try {
        restoreUndoStack(
            undo_, project_, who_.toStdString(), [this](int64_t id) { tweetChanged(id); },
            [this](const QString &e) { showError(tr("Edit not saved"), e); });
    } catch (const std::exception &e) { showError(tr("Cannot restore the undo history"), errorText(e)); }
    errors_->setProject(project_);
    scores_->setProject(project_);
    updateTitle();
    if (model_->canFetchMore({})) model_->fetchMore({});
    for (int c = 0; c < TweetListModel::Text; ++c) list_->resizeColumnToContents(c);
    if (model_->rowCount() > 0) selectRow(0);
    return true;
}

QStringList MainWindow::runningJobs() const {
    QStringList out = session_ ? session_->jobs().names() : QStringList();
    return out;
}

bool MainWindow::mayStopJobs(const QString &what) {
    QStringList jobs = runningJobs();
    if (jobs.isEmpty()) return true;
    if (stopJobsAnswer_) return *stopJobsAnswer_;
    QMessageBox box(QMessageBox::Question, tr("Work in progress"),
                    tr("%1 is in progress: stop it and %2?").arg(jobs.join(tr(" and ")), what), QMessageBox::NoButton, this);
    box.setInformativeText(tr("What it has not written yet is lost."));
    QPushButton *stop = box.addButton(tr("Stop and go on"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep working"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == stop;
}

void MainWindow::closeSession() {
    // the retraining dialog belongs to this session: it goes first, then the session stops and
    // joins its jobs; what they would still report was connected to it and goes with it
    delete retrain_;
    undo_->clear();
    model_->setProject(nullptr);
    errors_->setProject(nullptr);
    scores_->setProject(nullptr);
    runner_ = nullptr;
    tagRunner_ = nullptr;
    pendingModels_.clear();
    writtenLayers_.clear();
    runBar_->hide();
    runCancel_->hide();
    tagBar_->hide();
    tagCancel_->hide();
    project_ = nullptr;
    delete session_;
    session_ = nullptr;
}

void MainWindow::selectRow(int row) {
    model_->ensureLoaded(row);
    if (row < 0 || row >= model_->rowCount()) return;
    QModelIndex idx = model_->index(row, TweetListModel::Number);
    list_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list_->scrollTo(idx);
}

void MainWindow::openTweet(int64_t id, int begin, int end) {
    int row = model_->rowOf(id);
    if (row < 0) {  // filtered out: show everything again
        search_->clear();
        splitFilter_->setCurrentIndex(0);
        statusFilter_->setCurrentIndex(0);
        row = model_->rowOf(id);
    }
    if (row >= 0 && model_->tweetId(list_->currentIndex().row()) != id)
        selectRow(row);
    else if (row >= 0 && current_ != id)
        showTweet(id);
    if (begin >= 0 && end > begin) view_->setSelection(begin, end);
    view_->setFocus();
}

void MainWindow::showTweet(int64_t id, bool keepCursor) {
    current_ = id;
    if (!project_ || id == 0) {
        view_->clear();
        return;
    }
    try {
        TweetRecord t = project_->tweet(id);
        QStringList tokens;
        for (const Token &tok : t.tweet.tokens) tokens << QString::fromStdString(tok.text);
        shownTags_ = editTags(id);
        QString refName = editLayer_ == "corrected" ? tr("gold (corrected)") : editLayer_;
        TweetView::Layer ref{refName, toQt(shownTags_), {}};
        QVector<TweetView::Layer> below;
        rowsBelow_.clear();
        std::vector<LayerInfo> shown;
        if (adjudicating()) {
            for (const QString &c : compareLayers_) shown.push_back({0, c.toStdString(), "compare", 0});
        } else {
            for (const LayerInfo &l : project_->layerList())
                if (l.kind == "model") shown.push_back(l);
            for (const LayerInfo &l : project_->layerList())
                if ((l.kind == "annotator" || l.kind == "corrected" || l.kind == "curated") &&
                    QString::fromStdString(l.name) != editLayer_)
                    shown.push_back(l);
        }
        for (const LayerInfo &l : shown) {
            std::vector<std::string> tags = project_->labels(l.name, id);
            if (tags.size() != size_t(tokens.size())) continue;
            QVector<float> conf;
            for (float c : project_->confidences(l.name, id)) conf << c;
            below.push_back({QString::fromStdString(l.name), toQt(tags), conf});
            rowsBelow_ << QString::fromStdString(l.name);
        }
        view_->setTweet(tokens, ref, below, keepCursor);
        if (!keepCursor) {
            if (t.imageOutside && !allowOutsideImages_) {
                image_->setPlaceholder(tr("Image %1 lies outside the project's folder:\n%2\nView › Allow images outside the "
                                          "project shows it.")
                                           .arg(QString::fromStdString(t.imageName), QString::fromStdString(t.imagePath)));
            } else {
                std::vector<unsigned char> bytes = project_->imageBytes(t, allowOutsideImages_);
                image_->setImage(QByteArray(reinterpret_cast<const char *>(bytes.data()), int(bytes.size())),
                                 QString::fromStdString(t.imageName));
            }
            QMap<QString, QString> words;
            for (const auto &[src, w] : t.imageWords) words[QString::fromStdString(src)] = QString::fromStdString(w);
            image_->setImageWords(words);
        }
        statusBar()->showMessage(tr("Tweet %1 (%2)").arg(QString::fromStdString(t.tweet.id), QString::fromStdString(t.split)));
    } catch (const std::exception &e) { showError(tr("Cannot show tweet"), errorText(e)); }
}

void MainWindow::tweetChanged(int64_t id) {
    model_->refreshTweet(id);
    if (id == current_)
        showTweet(id, true);
    else
        openTweet(id);  // undo of an edit on another tweet: show where it happened
}

void MainWindow::reloadTweet() {
    if (!current_) return;
    showTweet(current_, true);
    model_->refreshTweet(current_);
}

bool MainWindow::tweetIsFresh() {
    if (editTags(current_) == shownTags_) return true;
    QString msg = tr("This tweet was changed in another session since it was shown.");
    if (!quiet_ &&
        QMessageBox::question(this, tr("Tweet changed elsewhere"), msg + "\n" + tr("Apply your change on top of theirs?"),
                              QMessageBox::Apply | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Apply) {
        reloadTweet();
        return true;
    }
    lastError_ = msg + ' ' + tr("It was reloaded; nothing was overwritten.");
    statusBar()->showMessage(lastError_, 10000);
    reloadTweet();
    return false;
}

std::vector<std::string> MainWindow::editTags(int64_t id) const {
    std::vector<std::string> t = project_->labels(editLayer_.toStdString(), id);
    if (t.empty()) t = project_->labels("gold", id);  // an annotator's layer starts from the imported labels
    return pending_->overlay(editLayer_.toStdString(), id, std::move(t));
}

size_t MainWindow::pendingEdits() const { return pending_->size(); }

bool MainWindow::savePendingEdits() {
    if (!project_ || pending_->size() == 0) return true;
    QString error;
    size_t left = pending_->retry(project_, &error);
    if (left == 0) {
        pendingLabel_->hide();
        statusBar()->showMessage(tr("All waiting edits are saved"), 6000);
        if (current_) showTweet(current_, true);
        return true;
    }
    pendingLabel_->setText(tr("%n edit(s) not saved yet", "", int(left)));
    pendingLabel_->setToolTip(error);
    pendingLabel_->show();
    return false;
}

void MainWindow::applyTags(const std::vector<std::string> &newTags, const QString &what) {
    if (!project_ || !current_) return;
    std::vector<std::string> cur = editTags(current_);
    auto [b, e] = changedRange(cur, newTags);
    if (b == e) return;
    auto *cmd = new LabelCommand(
        project_, current_, b, std::vector<std::string>(newTags.begin() + b, newTags.begin() + e), who_.toStdString(), what,
        [this](int64_t id) { tweetChanged(id); }, editLayer_.toStdString());
    cmd->setErrorHandler([this](const QString &e) {
        showError(tr("Edit not saved"), e);
        savePendingEdits();  // shows how many wait
    });
    cmd->setPendingQueue(pending_.get());
    undo_->push(cmd);  // may merge and delete cmd
}

void MainWindow::labelSelection(const QString &type) {
    if (!project_ || !current_ || view_->tokenCount() == 0 || !tweetIsFresh()) return;
    auto [b, e] = view_->selection();
    const QString named = projectType(type);  // M writes MISC in a MISC project
    if (!named.isEmpty() && !projectTypes_.empty() &&
        std::find(projectTypes_.begin(), projectTypes_.end(), named.toStdString()) == projectTypes_.end()) {
        statusBar()->showMessage(tr("This project has no type %1 (Edit › Entity types adds one)").arg(named), 5000);
        return;
    }
    std::vector<std::string> cur = editTags(current_);
    applyTags(relabel(cur, b, e, named.toStdString()),
              type.isEmpty() ? tr("clear tokens %1–%2").arg(b + 1).arg(e) : tr("label %1 as %2").arg(b + 1).arg(named));
}

void MainWindow::acceptModelSpan(int row) {
    QString layer = row < rowsBelow_.size() ? rowsBelow_[row] : QString();
    if (!project_ || !current_ || layer.isEmpty() || !tweetIsFresh()) return;
    std::vector<std::string> pred = project_->labels(layer.toStdString(), current_);
    std::vector<std::string> cur = editTags(current_);
    if (pred.size() != cur.size()) return;
    int c = view_->cursor();
    for (const Span &s : spansOf(pred))
        if (c >= s.begin && c < s.end) {
            applyTags(relabel(cur, s.begin, s.end, s.type), tr("accept %1 span").arg(layer));
            view_->setSelection(s.begin, s.end);
            return;
        }
    statusBar()->showMessage(tr("No %1 span at the cursor").arg(layer), 4000);
}

void MainWindow::acceptModelTweet(int row) {
    QString layer = row < rowsBelow_.size() ? rowsBelow_[row] : QString();
    if (!project_ || !current_ || layer.isEmpty() || !tweetIsFresh()) return;
    std::vector<std::string> pred = project_->labels(layer.toStdString(), current_);
    if (pred.size() == editTags(current_).size()) applyTags(pred, tr("accept %1 tweet").arg(layer));
}

void MainWindow::nextTweet(int step) {
    int row = list_->currentIndex().row() + step;
    if (row >= 0) selectRow(row);
    view_->setFocus();
}

QString MainWindow::activeModelLayer() const {
    if (!project_) return {};
    QString last;
    int64_t def = project_->defaultModel();
    for (const LayerInfo &l : project_->layerList()) {
        if (l.kind != "model") continue;
        last = QString::fromStdString(l.name);
        if (def)
            for (const ModelRow &m : project_->models())
                if (m.id == def && l.name == "model:" + m.name + " v" + std::to_string(m.version)) return last;
    }
    return last;  // the newest model layer
}

bool MainWindow::nextUncertain() {
    QString layer = activeModelLayer();
    if (!project_ || layer.isEmpty()) return false;
    // The open tweet the model is least sure of (anywhere in the list), not the one shown.
    auto u = project_->uncertainties(layer.toStdString());
    std::unordered_set<int64_t> listed;  // the tweets the (filtered) list shows
    for (int r = 0; r < model_->totalCount(); ++r) listed.insert(model_->tweetId(r));
    int64_t best = 0;
    double bestU = -1;
    for (int64_t id : project_->findTweets("", "", 0)) {
        auto it = u.find(id);
        if (id == current_ || it == u.end() || it->second <= bestU || !listed.count(id)) continue;
        best = id;
        bestU = it->second;
    }
    if (best) {
        selectRow(model_->rowOf(best));
        view_->setFocus();
        statusBar()->showMessage(
            tr("Most uncertain open tweet by %1 (%2: %3)").arg(layer, uncertaintySetting()).arg(bestU, 0, 'f', 3), 4000);
        return true;
    }
    statusBar()->showMessage(tr("No open tweet with a score from %1").arg(layer), 4000);
    return false;
}

bool MainWindow::nextDisagreement() {
    // Adjudicating: where the two compared layers differ; otherwise: the first row below vs the edit layer.
    QString layer = adjudicating() ? compareLayers_[1] : (rowsBelow_.isEmpty() ? firstModelLayer() : rowsBelow_[0]);
    if (!project_ || layer.isEmpty()) return false;
    auto ref = project_->layerTags(adjudicating() ? compareLayers_[0].toStdString() : editLayer_.toStdString());
    if (!adjudicating() && editLayer_ != "corrected" && editLayer_ != "curated")
        for (auto &[id, t] : project_->layerTags("gold")) ref.emplace(id, t);
    auto pred = project_->layerTags(layer.toStdString());
    for (int row = list_->currentIndex().row() + 1; row < model_->totalCount(); ++row) {
        int64_t id = model_->tweetId(row);
        auto p = pred.find(id);
        if (p == pred.end() || p->second.size() != ref[id].size()) continue;
        if (spansOf(p->second) != spansOf(ref[id])) {
            selectRow(row);
            view_->setFocus();
            return true;
        }
    }
    statusBar()->showMessage(tr("No more disagreements below this one"), 4000);
    return false;
}

void MainWindow::setStatus(int status) {
    if (!project_ || !current_) return;
    try {
        project_->setStatus(current_, status);
    } catch (const std::exception &e) {
        showError(tr("Status not saved"), errorText(e));
        return;
    }
    model_->refreshTweet(current_);
    updateProgress();
    nextTweet(1);
}

// ------------------------------------------------------------------------------ models

void MainWindow::runModelDialog() {
    if (!project_) {
        showError(tr("No project"), tr("Create or open a project first."));
        return;
    }
    const int64_t def = project_->defaultModel();
    RunModelDialog d(availableModels(), def ? QStringLiteral("project:%1").arg(def) : QString(), this);
    if (d.exec() != QDialog::Accepted) return;
    QVector<qint64> tweets;
    if (d.scope() == RunModelDialog::ListedTweets)
        for (int r = 0; r < model_->totalCount(); ++r) tweets << model_->tweetId(r);
    else if (d.scope() == RunModelDialog::ThisTweet && current_)
        tweets << current_;
    runModels(d.models(), tweets);
}

void MainWindow::runModels(const QStringList &modelFiles, const QVector<qint64> &tweets) {
    if (!project_ || modelFiles.isEmpty()) return;
    if (runner_) {
        showError(tr("A model is running"), tr("Wait for the current run to finish or cancel it."));
        return;
    }
    pendingModels_ = modelFiles;
    pendingTweets_ = tweets;
    QString file = pendingModels_.takeFirst();
    QByteArray bytes;
    QString display;
    qint64 storedId = 0;
    if (file.startsWith("project:")) {
        storedId = file.mid(8).toLongLong();
        try {
            std::string b = project_->modelBytes(storedId);
            bytes = QByteArray(b.data(), int(b.size()));
            for (const ModelRow &m : project_->models())
                if (m.id == storedId) display = QStringLiteral("%1 v%2").arg(QString::fromStdString(m.name)).arg(m.version);
        } catch (const std::exception &e) {
            showError(tr("Cannot run the model"), errorText(e));
            return;
        }
    }
    std::vector<RunInput> inputs;
    try {
        auto words = project_->allWords();
        auto imageWords = project_->allImageWords();
        std::vector<int64_t> ids;
        if (tweets.isEmpty())
            ids = project_->tweetIds();
        else
            ids.assign(tweets.begin(), tweets.end());
        for (int64_t id : ids) { inputs.push_back({id, words[id], imageWords[id]}); }
    } catch (const std::exception &e) {
        showError(tr("Cannot run the model"), errorText(e));
        return;
    }
    runner_ = new ModelRunner(file, std::move(inputs));
    if (storedId) runner_->setModelBytes(bytes, display, storedId);
    // results go to the session: if it is closed first, they go with it
    connect(runner_, &ModelRunner::progress, session_, [this, file](int done, int total, double tps) {
        runBar_->setMaximum(total);
        runBar_->setValue(done);
        runBar_->setFormat(tr("%1: %v/%m, %2 tweets/s").arg(QFileInfo(file).completeBaseName()).arg(tps, 0, 'f', 0));
        Q_EMIT modelRunProgress(done, total, tps);
    });
    connect(runner_, &ModelRunner::finished, session_, [this](const RunResult &r) { modelRunDone(r); });
    runBar_->setValue(0);
    runBar_->setFormat(tr("loading %1…").arg(QFileInfo(file).completeBaseName()));
    runBar_->show();
    runCancel_->show();
    statusBar()->showMessage(tr("Running %1 on %2").arg(QFileInfo(file).fileName(), ModelRunner::device()));
    ModelRunner *runner = runner_;
    session_->jobs().start(
        runner, [runner] { runner->run(); }, [runner] { runner->cancel(); }, tr("a model run"));
}

void MainWindow::cancelModelRun() {
    if (runner_) runner_->cancel();
    pendingModels_.clear();
}

void MainWindow::modelRunDone(const RunResult &r) {
    runner_ = nullptr;  // the job controller deletes it
    runBar_->hide();
    runCancel_->hide();
    bool ok = false;
    if (!r.error.isEmpty()) {
        showError(tr("Model run failed"), r.error);
    } else if (r.cancelled) {
        // say truthfully what this chain of runs wrote before it was stopped
        statusBar()->showMessage(writtenLayers_.isEmpty()
                                     ? tr("Model run cancelled; nothing was written")
                                     : tr("Model run cancelled; %1 was written, the rest not").arg(writtenLayers_.join(", ")),
                                 8000);
        writtenLayers_.clear();
    } else {
        try {
            int64_t modelId = r.projectModelId ? r.projectModelId
                                               : project_->registerModel(r.modelName.toStdString(), r.arch.toStdString(),
                                                                         r.modelPath.toStdString(), r.fingerprint.toStdString(),
                                                                         r.metricsJson.toStdString());
            // in the project's own type names (MISC where the model says OTHER, and stored aliases)
            std::vector<Project::LayerRow> rows = r.outputs;
            const TypeAliases aliases = project_->typeAliases();
            const std::vector<std::string> types = project_->entityTypes();
            for (auto &row : rows) row.tags = aliases.tagsTo(row.tags, types);
            std::string layer = "model:" + r.modelName.toStdString();
            project_->writeLayer(layer, "model", rows, modelId);
            writtenLayers_ << QString::fromStdString(layer);
            statusBar()->showMessage(
                tr("%1 tagged %2 tweets in %3 s").arg(r.modelName).arg(r.outputs.size()).arg(r.seconds, 0, 'f', 1), 8000);
            model_->setModelLayer(firstModelLayer());
            if (model_->canFetchMore({})) model_->fetchMore({});
            int row = model_->rowOf(current_);
            if (row >= 0) selectRow(row);
            showTweet(current_);
            errors_->refresh();
            scores_->refresh();
            ok = true;
        } catch (const std::exception &e) { showError(tr("Cannot store the predictions"), errorText(e)); }
    }
    Q_EMIT modelRunFinished(ok);
    if (ok && !pendingModels_.isEmpty()) runModels(pendingModels_, pendingTweets_);
}

// ------------------------------------------------------------------------------ annotators

void MainWindow::updateEditLayer() {
    QString want = adjudicating()                                                              ? QStringLiteral("curated")
                   : QSettings().value("annotate/ownLayer", false).toBool() && !who_.isEmpty() ? "annotator:" + who_
                                                                                               : QStringLiteral("corrected");
    if (want == editLayer_) return;
    editLayer_ = want;
    if (current_) showTweet(current_);
    statusBar()->showMessage(tr("Edits go to layer %1").arg(editLayer_), 5000);
}

void MainWindow::setAdjudication(const QStringList &layers) {
    compareLayers_ = layers.size() == 2 ? layers : QStringList();
    updateEditLayer();
    if (current_) showTweet(current_);
}

QStringList MainWindow::comparableLayers() const {
    QStringList out;
    if (!project_) return out;
    for (const LayerInfo &l : project_->layerList()) out << QString::fromStdString(l.name);
    return out;
}

QString MainWindow::agreementText(const QString &a, const QString &b) const {
    auto ta = project_->layerTags(a.toStdString()), tb = project_->layerTags(b.toStdString());
    std::vector<std::vector<std::string>> va, vb;
    for (const auto &[id, tags] : ta) {
        auto it = tb.find(id);
        if (it == tb.end() || it->second.size() != tags.size()) continue;
        va.push_back(tags);
        vb.push_back(it->second);
    }
    if (va.empty()) return tr("%1 and %2 label no tweet in common.").arg(a, b);
    Agreement r = agreement(va, vb);
    QString html = tr("<p><b>%1</b> vs <b>%2</b>: %3 tweets, %4 tokens<br>token agreement %5, chance %6, "
                      "<b>Cohen's κ %7</b></p>")
                       .arg(a, b)
                       .arg(r.tweets)
                       .arg(r.tokens)
                       .arg(r.observed, 0, 'f', 3)
                       .arg(r.expected, 0, 'f', 3)
                       .arg(r.kappa, 0, 'f', 3);
    html += "<table cellpadding=3><tr><th>" + tr("type") + "</th><th>P</th><th>R</th><th>F1</th><th>" + tr("in A") + "</th><th>" +
            tr("in B") + "</th></tr>";
    auto row = [&](const QString &t, const TypeScore &s) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(t)
                    .arg(s.precision(), 0, 'f', 2)
                    .arg(s.recall(), 0, 'f', 2)
                    .arg(s.f1(), 0, 'f', 2)
                    .arg(s.gold)
                    .arg(s.found);
    };
    for (const auto &[t, s] : r.spans.byType) row(QString::fromStdString(t), s);
    row(tr("all"), r.spans.all);
    return html + "</table>";
}

bool MainWindow::pickTwoLayers(const QString &title, QString *a, QString *b) {
    QDialog d(this);
    d.setWindowTitle(title);
    auto *form = new QFormLayout(&d);
    auto *ca = new QComboBox(&d), *cb = new QComboBox(&d);
    ca->addItems(comparableLayers());
    cb->addItems(comparableLayers());
    ca->setAccessibleName(tr("Layer A"));
    cb->setAccessibleName(tr("Layer B"));
    if (cb->count() > 1) cb->setCurrentIndex(1);
    form->addRow(tr("Layer &A:"), ca);
    form->addRow(tr("Layer &B:"), cb);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(buttons);
    if (d.exec() != QDialog::Accepted) return false;
    *a = ca->currentText();
    *b = cb->currentText();
    return true;
}

void MainWindow::agreementDialog() {
    if (!project_) return;
    QString a, b;
    if (!pickTwoLayers(tr("Agreement"), &a, &b)) return;
    QMessageBox box(QMessageBox::Information, tr("Agreement"), agreementText(a, b), QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::adjudicateDialog() {
    if (!project_) return;
    QString a, b;
    if (!pickTwoLayers(tr("Adjudicate"), &a, &b)) return;
    if (a == b) {
        showError(tr("Adjudicate"), tr("Choose two different layers."));
        return;
    }
    setAdjudication({a, b});
    statusBar()->showMessage(tr("Adjudicating %1 against %2 into the curated layer: D next disagreement, A/B take a span, "
                                "Shift+A/Shift+B take a whole tweet")
                                 .arg(a, b),
                             12000);
}

// ------------------------------------------------------------------------------ retraining

QVector<QPair<QString, QString>> MainWindow::availableModels() const {
    QVector<QPair<QString, QString>> out;
    for (const auto &[name, file] : bundledModels())
        out.push_back({tr("%1 (bundled, %2)").arg(name, QFileInfo(file).fileName()), "file:" + file});
    if (project_)
        for (const ModelRow &m : project_->models())
            if (m.stored)
                out.push_back({tr("%1 v%2 (trained here %3, %4)")
                                   .arg(QString::fromStdString(m.name))
                                   .arg(m.version)
                                   .arg(QString::fromStdString(m.created).left(16), QString::fromStdString(m.metrics)),
                               QStringLiteral("project:%1").arg(m.id)});
    return out;
}

RetrainDialog *MainWindow::retrainDialog() {
    if (!project_) {
        showError(tr("No project"), tr("Create or open a project first."));
        return nullptr;
    }
    QVector<QPair<QString, QString>> cwiModels;
    for (const auto &m : availableModels())
        if (!m.first.startsWith("msb")) cwiModels.push_back(m);
    delete retrain_;  // one retraining dialog per session
    auto *d = new RetrainDialog(project_, cwiModels, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setJobs(&session_->jobs(), [this] { return int(pending_->size()); });
    // its result goes to the session it was started in, never to a project opened later
    connect(d, &RetrainDialog::trained, session_, [this](const RetrainResult &r, const QString &name) { retrained(r, name); });
    retrain_ = d;
    return d;
}

void MainWindow::retrained(const RetrainResult &r, const QString &name) {
    bool ok = false;
    if (!r.modelBytes.isEmpty() && project_) {
        try {
            QString metrics = QStringLiteral("{\"f1\": %1}").arg(r.devF1, 0, 'f', 2);
            int64_t id = project_->storeModel(name.toStdString(), r.arch.toStdString(),
                                              std::string(r.modelBytes.constData(), size_t(r.modelBytes.size())),
                                              r.fingerprint.toStdString(), metrics.toStdString());
            lastTrainedModel_ = id;
            statusBar()->showMessage(
                tr("Kept %1 in the project (dev F1 %2); tagging all tweets with it").arg(name).arg(r.devF1, 0, 'f', 2), 8000);
            ok = true;
            // The new version tags every tweet, which also refreshes the uncertainty order.
            runModels({QStringLiteral("project:%1").arg(id)});
        } catch (const std::exception &e) { showError(tr("Cannot keep the model"), errorText(e)); }
    } else if (!r.error.isEmpty()) {
        showError(tr("Retraining failed"), r.error);
    }
    Q_EMIT retrainFinished(ok);
}

void MainWindow::chooseDefaultModel() {
    if (!project_) return;
    QStringList labels;
    QStringList specs;
    labels << tr("the bundled default (cwi)");
    specs << QString();
    for (const auto &[label, spec] : availableModels())
        if (spec.startsWith("project:")) {
            labels << label;
            specs << spec;
        }
    int cur = std::max(0, int(specs.indexOf(QStringLiteral("project:%1").arg(project_->defaultModel()))));
    bool ok = false;
    QString pick = QInputDialog::getItem(this, tr("Model for pre-annotation"), tr("Pre-annotate with:"), labels, cur, false, &ok);
    if (!ok) return;
    QString spec = specs[labels.indexOf(pick)];
    project_->setDefaultModel(spec.isEmpty() ? 0 : spec.mid(8).toLongLong());
}

// ------------------------------------------------------------------------------ image tagging

void MainWindow::tagImages(bool force) {
    if (!project_) return;
    if (tagRunner_) {
        showError(tr("Images are being tagged"), tr("Wait for the current run to finish or stop it."));
        return;
    }
    tagRunner_ = new ImageTagRunner(QString::fromStdString(project_->path()), taggerSetting(), modelsDirSetting(),
                                    allowOutsideImages_, force);
    connect(tagRunner_, &ImageTagRunner::progress, session_, [this](int done, int total) {
        tagBar_->setMaximum(std::max(1, total));
        tagBar_->setValue(done);
        tagBar_->setFormat(tr("tagging images %v/%m"));
    });
    connect(tagRunner_, &ImageTagRunner::finished, session_, [this](const TagImagesResult &r) { imageTaggingDone(r); });
    tagBar_->setValue(0);
    tagBar_->setFormat(tr("loading the image tagger…"));
    tagBar_->show();
    tagCancel_->show();
    ImageTagRunner *tagger = tagRunner_;
    session_->jobs().start(
        tagger, [tagger] { tagger->run(); }, [tagger] { tagger->cancel(); }, tr("image tagging"));
}

void MainWindow::cancelImageTagging() {
    if (tagRunner_) tagRunner_->cancel();
}

void MainWindow::imageTaggingDone(const TagImagesResult &r) {
    tagRunner_ = nullptr;  // the job controller deletes it
    tagBar_->hide();
    tagCancel_->hide();
    bool ok = r.error.isEmpty();
    if (!ok) {
        showError(tr("Cannot tag the images"), r.error);
    } else {
        QString msg = tr("%1 tagged %2 images in %3 s").arg(r.source).arg(r.tagged).arg(r.seconds, 0, 'f', 1);
        if (r.skipped) msg += tr("; %1 were tagged before").arg(r.skipped);
        if (r.cancelled) msg += tr("; stopped, what was tagged is kept");
        if (r.unreadable) msg += tr("; %1 could not be read (%2)").arg(r.unreadable).arg(r.firstProblem);
        statusBar()->showMessage(msg, 12000);
        if (current_) {
            try {
                QMap<QString, QString> words;
                for (const auto &[src, w] : project_->tweet(current_).imageWords)
                    words[QString::fromStdString(src)] = QString::fromStdString(w);
                image_->setImageWords(words);
            } catch (const std::exception &e) { showError(tr("Cannot show tweet"), errorText(e)); }
        }
    }
    Q_EMIT imageTaggingFinished(ok);
}

// ------------------------------------------------------------------------------ dialogs

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

void MainWindow::exportDialog() {
    if (!project_) return;
    ExportDialog d(project_, this);
    if (d.exec() != QDialog::Accepted) return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export to"), {}, tr("Text (*.txt *.conll *.jsonl)"));
    if (path.isEmpty()) return;
    try {
        Document doc = project_->exportLayer(d.layer().toStdString(), d.split().toStdString());
        Format f = parseFormat(d.format().toStdString());
        if (f != Format::Auto && f != doc.format) {
            doc.format = f;
            doc.layout = Layout{};
        }
        std::ofstream out(path.toStdString() + ".part", std::ios::binary);
        writeDocument(out, doc);
        out.close();
        if (!out || std::rename((path + ".part").toLocal8Bit().constData(), path.toLocal8Bit().constData()) != 0)
            throw std::runtime_error("cannot write " + path.toStdString());
        statusBar()->showMessage(tr("Exported %1 tweets to %2").arg(doc.tweets.size()).arg(path), 8000);
    } catch (const std::exception &e) { showError(tr("Export failed"), errorText(e)); }
}

void MainWindow::settingsDialog() {
    QList<QAction *> actions;
    for (QAction *act : findChildren<QAction *>())
        if (!act->objectName().isEmpty()) actions << act;
    SettingsDialog d(who_, int(view_->font().pointSizeF()), actions, entityTypes().join(QStringLiteral(", ")),
                     project_ != nullptr, this);
    connect(&d, &SettingsDialog::entityTypesRequested, this, [this, &d] {
        entityTypesDialog();
        d.setTypesTip(entityTypes().join(QStringLiteral(", ")));
    });
    if (d.exec() != QDialog::Accepted) return;
    d.store();
    QFont f = view_->font();
    f.setPointSizeF(d.fontSize());
    view_->setFont(f);
    if (d.annotator() != who_) setAnnotator(d.annotator());
    updateEditLayer();
    updateProgress();
    showTweet(current_, true);
}

bool MainWindow::importFiles(const QStringList &files, const QString &format, const QString &split, const QString &captions,
                             const QString &imagesDir, bool embed) {
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
        auto progress = [](size_t, size_t) {
            QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            return true;
        };
        ImportResult r;
        try {
            r = project_->import(docs, io, progress);
        } catch (const DuplicateError &d) {
            // Never double a project silently: the annotator says what a re-import means.
            QMessageBox box(
                QMessageBox::Question, tr("Tweets already in the project"),
                tr("%n tweet(s) of this import are already in the project (the first at %1, line %2).", nullptr, d.count())
                    .arg(QString::fromStdString(d.file()))
                    .arg(d.line()),
                QMessageBox::NoButton, this);
            box.setInformativeText(tr("Skip them, import them again as new tweets, or replace their gold labels "
                                      "(corrections and history stay)?"));
            QPushButton *skip = box.addButton(tr("Skip them"), QMessageBox::AcceptRole);
            QPushButton *keep = box.addButton(tr("Import again"), QMessageBox::AcceptRole);
            QPushButton *replace = box.addButton(tr("Replace gold labels"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(skip);
            box.setObjectName("duplicatesBox");
            box.exec();
            if (box.clickedButton() == skip)
                io.duplicates = Duplicates::Skip;
            else if (box.clickedButton() == keep)
                io.duplicates = Duplicates::Keep;
            else if (box.clickedButton() == replace)
                io.duplicates = Duplicates::Replace;
            else {
                statusBar()->showMessage(tr("Import cancelled; nothing was imported"), 8000);
                return false;
            }
            r = project_->import(docs, io, progress);
        }
        int row = model_->totalCount();
        projectTypes_.clear();  // the import may bring types
        updateLegend();
        model_->setProject(project_);
        splitFilter_->blockSignals(true);
        splitFilter_->clear();
        splitFilter_->addItem(tr("all splits"), QString());
        for (const auto &sp : project_->splits()) splitFilter_->addItem(QString::fromStdString(sp), QString::fromStdString(sp));
        splitFilter_->blockSignals(false);
        updateTitle();
        selectRow(row);
        statusBar()->showMessage(r.duplicates
                                     ? tr("Imported %1 tweets; %2 were already in the project").arg(r.tweets).arg(r.duplicates)
                                     : tr("Imported %1 tweets").arg(r.tweets),
                                 10000);
        return true;
    } catch (const std::exception &e) {
        showError(tr("Import failed"), tr("Nothing was imported.\n%1").arg(errorText(e)));
        return false;
    }
}

}  // namespace mner::ui
