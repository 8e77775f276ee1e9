#include "mainwindow.h"

#include "agreementdialog.h"
#include "entitytypesdialog.h"
#include "errorbrowser.h"
#include "errortext.h"
#include "exportdialog.h"
#include "imagepanel.h"
#include "imagetagrunner.h"
#include "importdialog.h"
#include "importrunner.h"
#include "jobbar.h"
#include "keylegend.h"
#include "labeling.h"
#include "modelrunner.h"
#include "modelruns.h"
#include "preannotatehint.h"
#include "projectsession.h"
#include "retrain.h"
#include "runmodeldialog.h"
#include "scorespanel.h"
#include "settingsdialog.h"
#include "suggestions.h"
#include "tweetfinder.h"
#include "tweetlistmodel.h"
#include "tweetlistpane.h"
#include "tweetview.h"

#include "store/project.h"
#include "text/tags.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScreen>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_set>

namespace mner::ui {

namespace {
QStringList toQt(const std::vector<std::string> &v) {
    QStringList l;
    for (const auto &s : v) l << QString::fromStdString(s);
    return l;
}
}  // namespace

namespace {
// The annotator named in Settings (or by --annotator), else the login name.
QString savedAnnotator() { return QSettings().value("annotator", qEnvironmentVariable("USER", "annotator")).toString(); }
}  // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    qRegisterMetaType<mner::ui::RunResult>();
    qRegisterMetaType<mner::ui::RunModel>();
    qRegisterMetaType<mner::ui::RunChunk>();
    qRegisterMetaType<mner::ui::TagImagesResult>();
    qRegisterMetaType<mner::ui::RetrainResult>();
    qRegisterMetaType<mner::ui::ImportOutcome>();
    setObjectName("MainWindow");
    QSettings s;
    who_ = savedAnnotator();
    if (s.value("annotate/ownLayer", false).toBool()) editLayer_ = "annotator:" + who_;
    undoGroup_ = new QUndoGroup(this);
    model_ = new TweetListModel(this);
    listPane_ = new TweetListPane(model_, this);
    connect(listPane_, &TweetListPane::filtered, this, &MainWindow::updateProgress);

    // right: legend, tweet view, image
    view_ = new TweetView(this);
    view_->setObjectName("tweetView");
    legend_ = new KeyLegend(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(view_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *center = new QWidget(this);
    auto *cl = new QVBoxLayout(center);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(legend_);
    hint_ = new PreAnnotateHint(this);
    cl->addWidget(hint_);
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
    main->addWidget(listPane_);
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

    // status bar: the jobs' progress, edits waiting to be saved, how far the annotator is
    runBar_ = new JobBar(tr("Model run progress"), tr("Cancel"), this);
    connect(runBar_, &JobBar::stopRequested, this, &MainWindow::cancelModelRun);
    tagBar_ = new JobBar(tr("Image tagging progress"), tr("Stop tagging"), this);
    connect(tagBar_, &JobBar::stopRequested, this, &MainWindow::cancelImageTagging);
    importBar_ = new JobBar(tr("Import progress"), tr("Stop importing"), this);
    connect(importBar_, &JobBar::stopRequested, this, [this] {
        if (auto *r = qobject_cast<ImportRunner *>(importRunner_)) r->cancel();
    });
    pendingLabel_ = new QLabel(this);
    pendingLabel_->setAccessibleName(tr("Edits waiting to be saved"));
    pendingLabel_->setStyleSheet("color: #b00; font-weight: bold");
    pendingLabel_->hide();
    progress_ = new QLabel(this);
    for (QWidget *wgt : std::initializer_list<QWidget *>{runBar_, importBar_, pendingLabel_, tagBar_, progress_})
        statusBar()->addPermanentWidget(wgt);
    auto *retry = new QTimer(this);
    retry->setInterval(3000);
    connect(retry, &QTimer::timeout, this, [this] {
        if (pendingEdits()) savePendingEdits();
    });
    retry->start();

    buildMenus();
    updateLegend();
    connect(tweetList()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &cur) { showTweet(model_->tweetId(cur.row())); });
    // Enter or a double click on a listed tweet: label it
    connect(tweetList(), &QAbstractItemView::activated, this, [this] { view_->setFocus(Qt::OtherFocusReason); });

    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
    if (!s.value("window/geometry").isValid()) {
        resize(1280, 800);
        // a laptop screen (or 200 % on a larger one): the whole screen, title bar and status bar on it
        const QSize avail = screen()->availableGeometry().size();
        if (avail.width() < 1400 || avail.height() < 880) setWindowState(windowState() | Qt::WindowMaximized);
    }
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

QTableView *MainWindow::tweetList() const { return listPane_->list(); }
QUndoStack *MainWindow::undoStack() const { return session_ ? session_->undoStack() : nullptr; }
bool MainWindow::adjudicating() const { return session_ && session_->adjudicating(); }
bool MainWindow::modelRunning() const { return runs_ && runs_->running(); }
QStringList MainWindow::runningJobs() const { return session_ ? session_->jobs().names() : QStringList(); }
QVector<QPair<QString, QString>> MainWindow::availableModels() const { return ui::availableModels(project_); }
QString MainWindow::agreementText(const QString &a, const QString &b) const { return agreementHtml(project_, a, b); }
QStringList MainWindow::entityTypes() const {
    return session_ ? session_->entityTypes() : QStringList{"PER", "LOC", "ORG", "OTHER"};
}

void MainWindow::closeEvent(QCloseEvent *e) {
    if (!mayStopJobs(tr("quit"))) {
        e->ignore();
        return;
    }
    while (!savePendingEdits()) {
        QString msg = tr("%n edit(s) could not be saved: %1", "", int(pendingEdits())).arg(pendingLabel_->toolTip());
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
    const QString name = who.trimmed().isEmpty() ? QStringLiteral("annotator") : who.trimmed();
    QSettings().setValue("annotator", name);
    if (!serverRole_.isEmpty()) return;  // on a server the annotator is the user connected
    who_ = name;
    updateEditLayer();
    updateProgress();  // the status bar names the annotator
    if (session_) session_->setAnnotator(who_);
}

void MainWindow::showError(const QString &title, const QString &text) {
    lastError_ = text;
    statusBar()->showMessage(text, 10000);
    if (!quiet_) QMessageBox::warning(this, title, text);
}

void MainWindow::updateTitle() {
    QString name;
    if (project_ && project_->onServer()) {
        // postgresql://user@host/db?project=NAME: "NAME on host"
        const QUrl url(QString::fromStdString(project_->path()));
        name = tr("%1 on %2").arg(QUrlQuery(url).queryItemValue(QStringLiteral("project")), url.host());
    } else if (project_) {
        name = QFileInfo(QString::fromStdString(project_->path())).fileName();
    }
    setWindowTitle(project_ ? tr("%1 — mner-studio").arg(name) : tr("mner-studio"));
    updateProgress();
}

void MainWindow::updateProgress() {
    if (!project_) {
        progress_->clear();
        return;
    }
    QString text = tr("%1 / %2 done · %3").arg(model_->doneCount()).arg(project_->tweetCount()).arg(who_);
    if (sessionDone_ > 0) {
        // throughput since the project was opened (at least a minute, so the first tweet is no outlier)
        const double hours = std::max(sessionClock_.elapsed() / 3.6e6, 1.0 / 60);
        text += tr(" · this session %n done, %1/h", nullptr, sessionDone_).arg(sessionDone_ / hours, 0, 'f', 0);
    }
    progress_->setText(text);
}

QString MainWindow::progressText() const { return progress_->text(); }

void MainWindow::updateLegend() {
    const QStringList types = entityTypes();
    QSettings settings;  // colours chosen for this project's types, then distinct ones for the rest
    for (const QString &t : types)
        if (settings.contains("palette/" + t))
            view_->typePalette().setColor(t, QColor(settings.value("palette/" + t).toString()));
    view_->typePalette().assignDistinct(types);
    legend_->setTypes(types);
    updateKeyActions();
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
    session_->typesChanged();
    updateLegend();
    if (d.renamedLabels()) undoStack()->clear();  // the old edits no longer describe the renamed labels
    if (model_->canFetchMore({})) model_->fetchMore({});
    showTweet(current_, true);
    errors_->refresh();
    scores_->refresh();
}

bool MainWindow::openProject(const QString &path, bool create) {
    if (project_ && !savePendingEdits()) {
        showError(
            tr("Edits not saved"),
            tr("%n edit(s) of this project are not saved yet; the project stays open until they are.", "", int(pendingEdits())));
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
    // on a server the connection's user is the annotator, and an annotator's edits go to its own layer
    serverRole_.clear();
    who_ = savedAnnotator();
    try {
        if (p->onServer()) {
            who_ = QString::fromStdString(p->serverUser());
            serverRole_ = QString::fromStdString(p->serverRole());
        }
    } catch (const std::exception &e) {
        showError(tr("Cannot open project"), errorText(e));
        return false;
    }
    updateEditLayer();
    try {
        session_ = new ProjectSession(std::move(p), who_, editLayer_, this);
    } catch (const std::exception &e) {
        showError(tr("Cannot restore the undo history"), errorText(e));
        return false;
    }
    project_ = session_->project();
    undoGroup_->addStack(session_->undoStack());
    undoGroup_->setActiveStack(session_->undoStack());
    // everything the session reports is connected with the session as its context: it cannot
    // outlive the session
    connect(session_, &ProjectSession::tweetChanged, session_, [this](qint64 id) { tweetChanged(id); });
    connect(session_, &ProjectSession::tweetTouched, session_, [this](qint64 id) { followEdit(id); });
    connect(session_, &ProjectSession::changedElsewhere, session_, [this](qint64 id) {
        if (id == 0) {  // back after a lost connection: read again what is shown
            model_->refreshAll();
            errors_->refresh();
            scores_->refresh();
            if (current_) showTweet(current_, true);
            return;
        }
        followEdit(id);
        if (id == current_) showTweet(id, true);
    });
    connect(session_, &ProjectSession::editFailed, session_, [this](const QString &e) {
        showError(tr("Edit not saved"), e);
        savePendingEdits();  // shows how many wait
    });
    runs_ = new ModelRuns(project_, &session_->jobs(), session_);
    connect(runs_, &ModelRuns::started, this, [this](const QString &m) {
        if (!hint_->isHidden()) {  // a model runs: the offer is answered
            hint_->hide();
            QSettings().setValue("offered-preannotation/" + projectKey(), true);
        }
        runBar_->begin(tr("loading %1…").arg(m));
        statusBar()->showMessage(tr("Running %1 on %2").arg(m, ModelRunner::device()));
    });
    connect(runs_, &ModelRuns::progress, this, [this](const QString &m, int done, int total, double tps) {
        runBar_->setProgress(done, total, tr("%1: %v/%m, %2 tweets/s").arg(m).arg(tps, 0, 'f', 0));
        Q_EMIT modelRunProgress(done, total, tps);
    });
    connect(runs_, &ModelRuns::modelDone, this, &MainWindow::modelDone);
    allowOutsideImages_ = QSettings().value("outside/" + projectKey(), false).toBool();
    if (auto *act = findChild<QAction *>("allow-outside-images")) {
        QSignalBlocker block(act);
        act->setChecked(allowOutsideImages_);
    }
    current_ = 0;
    lastTweetSaved_ = 0;
    sessionDone_ = 0;
    sessionClock_.start();
    model_->setUncertaintyMeasure(uncertaintySetting());
    model_->setModelLayer(activeModelLayer(project_));  // the layer U uses
    view_->clear();
    image_->setImage({}, {});
    errors_->setProject(project_);
    scores_->setProject(project_);
    rebuildSuggestions();
    projectChanged();
    for (int c = 0; c < TweetListModel::Text; ++c) tweetList()->resizeColumnToContents(c);
    // where the annotator left off, else the first tweet; the keys go to the tweet
    const qint64 last = QSettings().value("last-tweet/" + projectKey(), 0).toLongLong();
    if (last && model_->rowOf(last) >= 0)
        openTweet(last);
    else if (model_->rowCount() > 0)
        selectRow(0);
    offerPreAnnotation();
    view_->setFocus();
    return true;
}

void MainWindow::offerPreAnnotation() {
    hint_->hide();
    if (!project_ || model_->totalCount() == 0 || adjudicating()) return;
    // on a server only a curator (or the owner) may write a model's layer
    if (serverRole_ == QLatin1String("annotator") || serverRole_ == QLatin1String("reader")) return;
    const QString key = "offered-preannotation/" + projectKey();
    if (QSettings().value(key, false).toBool()) return;
    for (const LayerInfo &l : project_->layerList())
        if (l.kind == "model") return;  // pre-annotated already
    const auto [label, spec] = defaultModel(project_);
    if (spec.isEmpty()) return;
    hint_->offer(label);
    disconnect(hint_, nullptr, this, nullptr);
    connect(hint_, &PreAnnotateHint::runRequested, this, [this, key, file = spec.startsWith("file:") ? spec.mid(5) : spec] {
        QSettings().setValue(key, true);
        runModels({file}, {});
        view_->setFocus();
    });
    connect(hint_, &PreAnnotateHint::dismissed, this, [this, key] {
        QSettings().setValue(key, true);
        view_->setFocus();
    });
}

QString MainWindow::projectKey() const {
    if (!project_) return {};
    const QFileInfo f(QString::fromStdString(project_->path()));
    return f.exists() ? f.canonicalFilePath() : QString::fromStdString(project_->path());
}

void MainWindow::projectChanged() {
    session_->typesChanged();  // an import may bring types
    updateLegend();
    model_->setProject(project_);
    listPane_->setSplits(project_);
    updateTitle();
    if (model_->canFetchMore({})) model_->fetchMore({});
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
    model_->setProject(nullptr);
    errors_->setProject(nullptr);
    scores_->setProject(nullptr);
    if (suggestions_) suggestions_->rebuild(nullptr, {}, {});  // stops its reading of this project
    runs_ = nullptr;
    tagRunner_ = nullptr;
    importRunner_ = nullptr;
    for (JobBar *b : {runBar_, tagBar_, importBar_}) b->end();
    hint_->hide();
    project_ = nullptr;
    delete session_;
    session_ = nullptr;
}

void MainWindow::selectRow(int row) { listPane_->selectRow(row); }

void MainWindow::openTweet(int64_t id, int begin, int end) {
    int row = model_->rowOf(id);
    if (row < 0) {  // filtered out: show everything again
        listPane_->clearFilters();
        row = model_->rowOf(id);
    }
    if (row >= 0 && model_->tweetId(tweetList()->currentIndex().row()) != id)
        selectRow(row);
    else if (row >= 0 && current_ != id)
        showTweet(id);
    if (begin >= 0 && end > begin) view_->setSelection(begin, end);
    view_->setFocus();
}

void MainWindow::showTweet(int64_t id, bool keepCursor) {
    const Project::ReadScope reads(project_);  // layers, labels and the tweet read once
    current_ = id;
    // reopen here: written when the tweet changes, through a settings object that lives on (a
    // temporary one writes its file and syncs the disk at every redraw)
    if (project_ && id && id != lastTweetSaved_) {
        if (!settings_) settings_ = new QSettings(this);
        settings_->setValue("last-tweet/" + projectKey(), qint64(id));
        lastTweetSaved_ = id;
    }
    if (!project_ || id == 0) {
        view_->clear();
        return;
    }
    try {
        TweetRecord t = project_->tweet(id);
        QStringList tokens;
        for (const Token &tok : t.tweet.tokens) tokens << QString::fromStdString(tok.text);
        session_->setShown(id);
        QString refName = editLayer_ == "corrected" ? tr("gold (corrected)") : editLayer_;
        TweetView::Layer ref{refName, toQt(session_->editTags(id)), {}, refName};
        QVector<TweetView::Layer> below;
        rowsBelow_.clear();
        rowsBelowTags_.clear();
        QStringList shown = session_->compareLayers();
        if (!adjudicating()) {  // model layers first, then the other people's layers
            for (const LayerInfo &l : project_->layerList())
                if (l.kind == "model") shown << QString::fromStdString(l.name);
            for (const LayerInfo &l : project_->layerList())
                if ((l.kind == "annotator" || l.kind == "corrected" || l.kind == "curated") &&
                    QString::fromStdString(l.name) != editLayer_)
                    shown << QString::fromStdString(l.name);
        }
        auto addRow = [&](const QString &name, const QString &title, const std::vector<std::string> &tags,
                          const QVector<float> &conf) {
            // the row's name says which key takes its spans (A, B unless remapped)
            QString t = title;
            if (below.size() < 2)
                if (auto *accept = findChild<QAction *>(below.isEmpty() ? "accept-span" : "accept-span-2"))
                    if (!accept->shortcut().isEmpty())
                        t = accept->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(" · ") + t;
            below.push_back({name, toQt(tags), conf, t});
            rowsBelow_ << name;
            rowsBelowTags_.push_back(tags);
        };
        for (const QString &name : shown) {
            std::vector<std::string> tags = project_->labels(name.toStdString(), id);
            if (tags.size() != size_t(tokens.size())) continue;
            QVector<float> conf;
            for (float c : project_->confidences(name.toStdString(), id)) conf << c;
            addRow(name, name.startsWith("model:") ? name.mid(6) : name, tags, conf);
        }
        if (showSuggestions_ && !adjudicating() && suggestions_ && suggestions_->size()) {
            std::vector<std::string> words;
            for (const Token &tok : t.tweet.tokens) words.push_back(tok.text);
            // what the edited layer already has is not suggested again
            const std::vector<Span> have = spansOf(session_->editTags(id));
            std::vector<Span> fresh;
            for (const Span &sp : spansOf(suggestions_->tag(words)))
                if (std::find(have.begin(), have.end(), sp) == have.end()) fresh.push_back(sp);
            if (!fresh.empty())
                addRow(QString::fromLatin1(Suggestions::kLayer), tr("suggestions"), tagsOf(fresh, int(words.size())), {});
        }
        view_->setTweet(tokens, ref, below, keepCursor);
        if (!keepCursor) image_->showTweetImage(*project_, t, allowOutsideImages_);
        statusBar()->showMessage(tr("Tweet %1 (%2)").arg(QString::fromStdString(t.tweet.id), QString::fromStdString(t.split)));
    } catch (const StoreError &e) {
        if (!e.transient()) {
            showError(tr("Cannot show tweet"), errorText(e));
            return;
        }
        // a server out of reach (a file that cannot be read now): no dialog at every key
        lastError_ = errorText(e);
        statusBar()->showMessage(tr("The project cannot be read now: %1").arg(lastError_), 10000);
    } catch (const std::exception &e) { showError(tr("Cannot show tweet"), errorText(e)); }
}

void MainWindow::followEdit(int64_t id) {
    const Project::ReadScope reads(project_);
    try {
        model_->refreshTweet(id);
        // the docks follow every edit, undo and redo: one tweet's rows and counts, not a rescan
        errors_->tweetChanged(id);
        scores_->tweetChanged(id);
    } catch (const StoreError &e) {
        // a server out of reach: all of it is read again once the connection is back
        if (!e.transient()) throw;
        statusBar()->showMessage(tr("The project cannot be read now: %1").arg(errorText(e)), 10000);
        return;
    }
    if (suggestions_ && project_) try {
            std::vector<std::string> words;
            for (const Token &t : project_->tweet(id).tweet.tokens) words.push_back(t.text);
            suggestions_->tweetChanged(id, words, session_->editTags(id));
        } catch (const std::exception &) {
            // the tweet cannot be read now: its old spans stay suggested until the next open
        }
}

bool MainWindow::readingProject() const {
    return errors_->reading() || scores_->reading() || (suggestions_ && suggestions_->reading());
}

void MainWindow::finishReadingProject() {
    errors_->finishReading();
    scores_->finishReading();
    if (suggestions_) suggestions_->finishReading();
}

void MainWindow::rebuildSuggestions() {
    if (!suggestions_) suggestions_ = std::make_unique<Suggestions>();
    const QString problems = suggestions_->rebuild(project_, editLayer_, QSettings().value("suggest/gazetteers").toString());
    if (!problems.isEmpty()) showError(tr("Suggestions"), tr("Some suggestions could not be read:\n%1").arg(problems));
}

void MainWindow::tweetChanged(int64_t id) {
    const Project::ReadScope reads(project_);
    followEdit(id);
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

size_t MainWindow::pendingEdits() const { return session_ ? session_->pendingEdits() : 0; }

bool MainWindow::savePendingEdits() {
    if (!session_ || session_->pendingEdits() == 0) return true;
    QString error;
    if (session_->savePendingEdits(&error)) {
        pendingLabel_->hide();
        statusBar()->showMessage(tr("All waiting edits are saved"), 6000);
        if (current_) showTweet(current_, true);
        return true;
    }
    pendingLabel_->setText(tr("%n edit(s) not saved yet", "", int(session_->pendingEdits())));
    pendingLabel_->setToolTip(error);
    pendingLabel_->show();
    return false;
}

void MainWindow::updateEditLayer() {
    // a server's annotators write their own layer only (the server refuses the rest)
    const bool own = serverRole_ == QLatin1String("annotator") || QSettings().value("annotate/ownLayer", false).toBool();
    QString want = adjudicating()           ? QStringLiteral("curated")
                   : own && !who_.isEmpty() ? "annotator:" + who_
                                            : QStringLiteral("corrected");
    if (want == editLayer_) return;
    editLayer_ = want;
    if (session_) session_->setEditLayer(want);
    if (current_) showTweet(current_);
    statusBar()->showMessage(tr("Edits go to layer %1").arg(editLayer_), 5000);
}

}  // namespace mner::ui
