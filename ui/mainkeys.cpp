// MainWindow: what the annotator's keys do (label, take a model's span or tweet, mark done,
// move to the next, most uncertain or disagreeing tweet) and adjudication. Edits go through the
// project session as undo commands.
#include "mainwindow.h"

#include "agreementdialog.h"
#include "editcommands.h"
#include "labelalldialog.h"
#include "labeling.h"
#include "modelrunner.h"
#include "projectsession.h"
#include "suggestions.h"
#include "tweetfinder.h"
#include "tweetlistmodel.h"
#include "tweetview.h"

#include "errortext.h"
#include "store/project.h"
#include "text/occurrences.h"
#include "text/tags.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

#include <limits>
#include <map>
#include <memory>
#include <unordered_set>

namespace mner::ui {

bool MainWindow::tweetIsFresh() {
    if (session_->isFresh()) return true;
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

void MainWindow::applyTags(const std::vector<std::string> &newTags, const QString &what) {
    if (project_ && current_) session_->applyTags(current_, newTags, what);
}

void MainWindow::labelSelection(const QString &type) {
    const Project::ReadScope reads(project_);  // the edit and the redraws after it read the tweet once
    if (!project_ || !current_ || view_->tokenCount() == 0 || !tweetIsFresh()) return;
    auto [b, e] = view_->selection();
    const QString named = session_->projectType(type);  // M writes MISC in a MISC project
    if (!named.isEmpty() && !session_->hasType(named)) {
        statusBar()->showMessage(tr("This project has no type %1 (Edit › Entity types adds one)").arg(named), 5000);
        return;
    }
    applyTags(relabel(session_->editTags(current_), b, e, named.toStdString()),
              type.isEmpty() ? tr("clear tokens %1–%2").arg(b + 1).arg(e) : tr("label %1 as %2").arg(b + 1).arg(named));
}

int MainWindow::labelAllOccurrences() {
    if (!project_ || !current_ || view_->tokenCount() == 0 || !tweetIsFresh()) return 0;
    const std::vector<std::string> tags = session_->editTags(current_);
    const int c = view_->cursor();
    Span span{-1, -1, {}};
    for (const Span &s : spansOf(tags))
        if (c >= s.begin && c < s.end) span = s;
    if (span.begin < 0) {
        statusBar()->showMessage(tr("Label a span first: this key then offers its other unlabelled occurrences"), 5000);
        return 0;
    }
    std::vector<Occurrence> found;
    std::map<int64_t, std::vector<std::string>> words;  // of the tweets with an occurrence
    std::vector<std::string> phrase;
    try {
        const std::vector<std::string> w = project_->allWords(current_, current_)[current_];
        phrase.assign(w.begin() + span.begin, w.begin() + span.end);
        // a page of tweets at a time (bounded memory whatever the project's size): the edit
        // layer's labels (an annotator's layer starts from gold), edits still waiting included
        for (int64_t after = std::numeric_limits<int64_t>::min();;) {
            const std::vector<int64_t> ids = project_->tweetIdsAfter(after, 4096);
            if (ids.empty()) break;
            after = ids.back();
            auto pageWords = project_->allWords(ids.front(), ids.back());
            std::map<int64_t, std::vector<std::string>> layer = project_->layerTags(editLayer_.toStdString(), ids.front(), ids.back());
            for (auto &[id, t] : project_->layerTags("gold", ids.front(), ids.back())) layer.emplace(id, std::move(t));
            for (auto &[id, t] : layer) t = session_->pendingEdits() ? session_->editTags(id) : t;
            for (const Occurrence &o : findUnlabelledOccurrences(pageWords, layer, phrase, current_, span.begin, span.end)) {
                found.push_back(o);
                words[o.tweet] = pageWords[o.tweet];
            }
        }
    } catch (const std::exception &e) {
        showError(tr("Cannot search the project"), errorText(e));
        return 0;
    }
    const QString text = QString::fromStdString([&] {
        std::string t;
        for (const auto &p : phrase) t += (t.empty() ? "" : " ") + p;
        return t;
    }());
    const QString type = QString::fromStdString(span.type);
    if (found.empty()) {
        statusBar()->showMessage(tr("“%1” occurs nowhere else unlabelled").arg(text), 5000);
        return 0;
    }
    QVector<int> chosen;
    if (quiet_) {
        for (int i = 0; i < int(found.size()); ++i) chosen << i;
    } else {
        QVector<LabelAllDialog::Place> places;
        std::map<int64_t, QString> extIds;
        std::vector<int64_t> ids;
        for (const Occurrence &o : found) ids.push_back(o.tweet);
        for (const TweetRow &r : project_->tweetRows(ids, {})) extIds[r.id] = QString::fromStdString(r.extId);
        auto join = [&](const std::vector<std::string> &w, int b, int e) {
            QStringList out;
            for (int k = std::max(0, b); k < std::min(int(w.size()), e); ++k) out << QString::fromStdString(w[size_t(k)]);
            return out.join(' ');
        };
        for (const Occurrence &o : found) {
            const auto &w = words[o.tweet];
            places.push_back(
                {extIds[o.tweet], join(w, o.begin - 5, o.begin), join(w, o.begin, o.end), join(w, o.end, o.end + 5)});
        }
        LabelAllDialog d(text, type, places, this);
        if (d.exec() != QDialog::Accepted) return 0;
        chosen = d.chosen();
    }
    std::vector<ProjectSession::Edit> edits;
    for (int i : chosen) {
        const Occurrence &o = found[size_t(i)];
        std::vector<std::string> t(size_t(o.end - o.begin), "I-" + span.type);
        t[0] = "B-" + span.type;
        edits.push_back({o.tweet, o.begin, t});
    }
    session_->applyEdits(edits, tr("label %n more occurrence(s) of “%1” as %2", nullptr, int(edits.size())).arg(text, type),
                         current_);
    statusBar()->showMessage(tr("Labelled %n more occurrence(s) of “%1” as %2", nullptr, int(edits.size())).arg(text, type),
                             6000);
    return int(edits.size());
}

void MainWindow::acceptModelSpan(int row) {
    QString layer = row < rowsBelow_.size() ? rowsBelow_[row] : QString();
    if (!project_ || !current_ || layer.isEmpty() || !tweetIsFresh()) return;
    const std::vector<std::string> &pred = rowsBelowTags_[size_t(row)];  // as the row shows it
    std::vector<std::string> cur = session_->editTags(current_);
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
    const std::vector<std::string> &pred = rowsBelowTags_[size_t(row)];
    if (pred.size() == session_->editTags(current_).size()) applyTags(pred, tr("accept %1 tweet").arg(layer));
}

void MainWindow::nextTweet(int step) {
    int row = tweetList()->currentIndex().row() + step;
    if (row >= 0) selectRow(row);
    view_->setFocus();
}

bool MainWindow::nextUncertain() {
    QString layer = project_ ? model_->modelLayer() : QString();  // the layer of the list's column
    if (layer.isEmpty()) return false;
    // The open tweet the model is least sure of (anywhere in the list), not the one shown.
    std::unordered_set<int64_t> listed;
    for (int r = 0; r < model_->totalCount(); ++r) listed.insert(model_->tweetId(r));
    double u = 0;
    int64_t best = mostUncertainTweet(
        project_, layer, [&](int64_t id) { return listed.count(id) > 0; }, current_, &u);
    if (!best) {
        statusBar()->showMessage(tr("No open tweet with a score from %1").arg(layer), 4000);
        return false;
    }
    selectRow(model_->rowOf(best));
    view_->setFocus();
    statusBar()->showMessage(tr("Most uncertain open tweet by %1 (%2: %3)").arg(layer, uncertaintySetting()).arg(u, 0, 'f', 3),
                             4000);
    return true;
}

bool MainWindow::nextDisagreement() {
    if (!project_) return false;
    // Adjudicating: where the two compared layers differ; otherwise: the first row below vs the edit layer.
    const QStringList cmp = session_->compareLayers();
    QString layer = adjudicating() ? cmp[1] : (rowsBelow_.isEmpty() ? firstModelLayer(project_) : rowsBelow_[0]);
    if (layer == Suggestions::kLayer) layer = firstModelLayer(project_);  // not a stored layer
    if (layer.isEmpty()) return false;
    const bool withGold = !adjudicating() && editLayer_ != "corrected" && editLayer_ != "curated";
    int row = nextDisagreementRow(
        project_, adjudicating() ? cmp[0] : editLayer_, withGold, layer, [this](int r) { return model_->tweetId(r); },
        model_->totalCount(), tweetList()->currentIndex().row());
    if (row < 0) {
        statusBar()->showMessage(tr("No more disagreements below this one"), 4000);
        return false;
    }
    selectRow(row);
    view_->setFocus();
    return true;
}

void MainWindow::setStatus(int status) {
    if (!project_ || !current_) return;
    int old = 0;
    try {
        old = project_->tweet(current_).status;
    } catch (const std::exception &e) {
        showError(tr("Status not saved"), errorText(e));
        return;
    }
    auto failed = std::make_shared<bool>(false);  // the command outlives this call
    auto *cmd = new StatusCommand(
        project_, current_, old, status, who_.toStdString(), status == 1 ? tr("mark done") : tr("skip"),
        [this, status, old, done = std::make_shared<bool>(false)](int64_t id) {
            // this session's throughput: a tweet marked done counts until the mark is undone
            *done = !*done;
            if (status == 1 && old != 1) sessionDone_ += *done ? 1 : -1;
            tweetChanged(id);  // undo of a status on another tweet opens it
            updateProgress();
        },
        [this, failed](const QString &e) {
            *failed = true;
            showError(tr("Status not saved"), e);
        });
    undoStack()->push(cmd);  // runs redo(): writes the status
    if (!*failed) nextTweet(1);
}

void MainWindow::setAdjudication(const QStringList &layers) {
    if (!session_) return;
    session_->setCompareLayers(layers);
    updateEditLayer();
    if (current_) showTweet(current_);
}

void MainWindow::adjudicateDialog() {
    if (!project_) return;
    LayerPairDialog d(project_, tr("Adjudicate"), this);
    if (d.exec() != QDialog::Accepted) return;
    if (d.layerA() == d.layerB()) {
        showError(tr("Adjudicate"), tr("Choose two different layers."));
        return;
    }
    setAdjudication({d.layerA(), d.layerB()});
    statusBar()->showMessage(tr("Adjudicating %1 against %2 into the curated layer: D next disagreement, A/B take a span, "
                                "Shift+A/Shift+B take a whole tweet")
                                 .arg(d.layerA(), d.layerB()),
                             12000);
}

}  // namespace mner::ui
