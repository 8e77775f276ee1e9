// MainWindow: the background jobs of the open session (model runs, image tagging, retraining,
// import) and what the window shows of them. Every job is started through the session's job
// controller and reports with the session as context, so nothing reaches another project.
#include "mainwindow.h"

#include "errorbrowser.h"
#include "errortext.h"
#include "imagepanel.h"
#include "imagetagrunner.h"
#include "importdialog.h"
#include "importrunner.h"
#include "jobbar.h"
#include "modelrunner.h"
#include "modelruns.h"
#include "projectsession.h"
#include "retrain.h"
#include "runmodeldialog.h"
#include "scorespanel.h"
#include "tweetfinder.h"
#include "tweetlistmodel.h"

#include "store/project.h"

#include <QStatusBar>

namespace mner::ui {

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
    if (!runs_ || modelFiles.isEmpty()) return;
    QString error;
    if (!runs_->start(modelFiles, tweets, &error))
        showError(runs_->running() ? tr("A model is running") : tr("Cannot run the model"), error);
}

void MainWindow::cancelModelRun() {
    if (runs_) runs_->cancel();
}

void MainWindow::modelDone(bool ok, bool failed, const QString &message) {
    if (!runs_->running()) runBar_->end();
    if (failed) showError(tr("Model run failed"), message);
    if (ok) {
        model_->setUncertaintyMeasure(uncertaintySetting());
        model_->setModelLayer(activeModelLayer(project_));  // the layer U uses
        if (model_->canFetchMore({})) model_->fetchMore({});
        int row = model_->rowOf(current_);
        if (row >= 0) selectRow(row);
        showTweet(current_);
        errors_->refresh();
        scores_->refresh();
    }
    // after showing the tweet, whose name would replace it at once
    if (!failed) statusBar()->showMessage(message, 12000);
    Q_EMIT modelRunFinished(ok);
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
    ProjectSession *session = session_;
    d->setJobs(&session_->jobs(), [session] { return int(session->pendingEdits()); });
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

void MainWindow::tagImages(bool force) {
    if (!project_) return;
    if (tagRunner_) {
        showError(tr("Images are being tagged"), tr("Wait for the current run to finish or stop it."));
        return;
    }
    tagRunner_ = new ImageTagRunner(QString::fromStdString(project_->path()), taggerSetting(), modelsDirSetting(),
                                    allowOutsideImages_, force);
    connect(tagRunner_, &ImageTagRunner::progress, session_,
            [this](int done, int total) { tagBar_->setProgress(done, total, tr("tagging images %v/%m")); });
    connect(tagRunner_, &ImageTagRunner::finished, session_, [this](const TagImagesResult &r) { imageTaggingDone(r); });
    tagBar_->begin(tr("loading the image tagger…"));
    ImageTagRunner *tagger = tagRunner_;
    session_->jobs().start(
        tagger, [tagger] { tagger->run(); }, [tagger] { tagger->cancel(); }, tr("image tagging"));
}

void MainWindow::cancelImageTagging() {
    if (tagRunner_) tagRunner_->cancel();
}

void MainWindow::imageTaggingDone(const TagImagesResult &r) {
    session_->jobs().finish(tagRunner_);  // over (the job controller deletes it)
    tagRunner_ = nullptr;
    tagBar_->end();
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
                image_->showImageWords(project_->tweet(current_));
            } catch (const std::exception &e) { showError(tr("Cannot show tweet"), errorText(e)); }
        }
    }
    Q_EMIT imageTaggingFinished(ok);
}

void MainWindow::importDialog() {
    if (!project_) {
        showError(tr("No project"), tr("Create or open a project first (File › New Project)."));
        return;
    }
    ImportDialog d(this);
    if (d.exec() != QDialog::Accepted || d.files().isEmpty()) return;
    ImportRequest r;
    r.files = d.files();
    r.format = d.format();
    r.split = d.split();
    r.captions = d.captionsFile();
    r.imagesDir = d.imagesDir();
    r.embed = d.embedImages();
    startImport(r);
}

bool MainWindow::startImport(const ImportRequest &request) {
    if (!project_) return false;
    if (importRunner_) {
        showError(tr("An import is running"), tr("Wait for the current import to finish or stop it."));
        return false;
    }
    // the worker writes through a connection of its own: the edits waiting here go first
    savePendingEdits();
    auto *runner = new ImportRunner(QString::fromStdString(project_->path()), request);
    importRunner_ = runner;
    connect(runner, &ImportRunner::progress, session_,
            [this](int done, int total) { importBar_->setProgress(done, total, tr("importing %v/%m tweets")); });
    connect(runner, &ImportRunner::finished, session_, [this, request](const ImportOutcome &r) { importDone(request, r); });
    importBar_->begin(tr("reading the files…"));
    session_->jobs().start(
        runner, [runner] { runner->run(); }, [runner] { runner->cancel(); }, tr("an import"));
    return true;
}

void MainWindow::importDone(const ImportRequest &request, const ImportOutcome &r) {
    session_->jobs().finish(importRunner_);  // over (the job controller deletes it)
    importRunner_ = nullptr;
    importBar_->end();
    if (r.duplicatesFound) {
        ImportRequest again = request;
        if (askDuplicates(this, r, &again.duplicates) && startImport(again)) return;
        statusBar()->showMessage(tr("Import cancelled; nothing was imported"), 8000);
        Q_EMIT importFinished(false);
        return;
    }
    if (!r.error.isEmpty() || r.cancelled) {
        if (r.cancelled)
            statusBar()->showMessage(tr("Import cancelled; nothing was imported"), 8000);
        else
            showError(tr("Import failed"), tr("Nothing was imported.\n%1").arg(r.error));
        Q_EMIT importFinished(false);
        return;
    }
    const int row = model_->totalCount();
    projectChanged();
    errors_->refresh();  // imported gold may meet model layers already there
    scores_->refresh();
    selectRow(row);
    statusBar()->showMessage(r.duplicates
                                 ? tr("Imported %1 tweets; %2 were already in the project").arg(r.tweets).arg(r.duplicates)
                                 : tr("Imported %1 tweets").arg(r.tweets),
                             10000);
    Q_EMIT importFinished(true);
}

}  // namespace mner::ui
