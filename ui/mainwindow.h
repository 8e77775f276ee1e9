// The main window: the tweet list on the left, the tweet view and its image on the right, the
// error browser and the scores in docks. It wires the parts together: the project session holds
// the project, its undo stack, waiting edits and jobs; dialogs are classes of their own.
#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QTableView;
class QLabel;
class QSettings;
class QUndoGroup;
class QUndoStack;

namespace mner {
class Project;
}

namespace mner::ui {

class Suggestions;
class TweetListModel;
class TweetListPane;
class TweetView;
class ImagePanel;
class ErrorBrowser;
class ScoresPanel;
class KeyLegend;
class PreAnnotateHint;
class JobBar;
class ImageTagRunner;
class RetrainDialog;
class ProjectSession;
class ModelRuns;
struct RetrainResult;
struct TagImagesResult;
struct ImportOutcome;
struct ImportRequest;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or with create, makes) a project; shows an error and returns false on failure,
    // keeping the current project open.
    // A project file, or a postgresql://USER@HOST/DB?project=NAME URL.
    bool openProject(const QString &path, bool create = false);
    // Starts importing files in the background (importFinished tells how it ended); false when
    // it cannot start.
    bool startImport(const ImportRequest &request);
    void selectRow(int row);
    void openTweet(int64_t id, int begin = -1, int end = -1);

    // Labelling, as the keys do it: the selected tokens get a type ("" clears).
    void labelSelection(const QString &type);
    // Take a span (at the cursor) or the whole tweet from the n-th layer shown below the text.
    void acceptModelSpan(int row = 0);
    void acceptModelTweet(int row = 0);
    // Offers every other unlabelled occurrence of the labelled span at the cursor (a dialog to
    // check them; quiet: all) and labels the chosen ones as one undo step. Returns how many.
    int labelAllOccurrences();
    // The layer edits go to: corrected, annotator:NAME (own-layer setting) or curated (adjudicating).
    QString editLayer() const { return editLayer_; }
    void updateEditLayer();
    // Adjudication: the two layers compared (shown below the text, D steps through where they
    // differ); edits go to the curated layer. An empty list ends it.
    void setAdjudication(const QStringList &layers);
    bool adjudicating() const;
    QString agreementText(const QString &a, const QString &b) const;
    const QStringList &rowsBelow() const { return rowsBelow_; }
    // Edits the project could not take yet (read-only file, full disk); retried every few seconds.
    size_t pendingEdits() const;
    bool savePendingEdits();  // true when nothing waits any more
    void nextTweet(int step);
    bool nextUncertain();
    bool nextDisagreement();
    void setStatus(int status);  // 1 done, 2 skipped; moves on
    void reloadTweet();          // re-reads the tweet (edits of other sessions appear)

    // Runs models (files or "project:ID") over tweets (all when empty) in a worker thread.
    void runModels(const QStringList &modelFiles, const QVector<qint64> &tweets = {});
    bool modelRunning() const;
    // What runs in the background for the open project (model runs, tagging, retraining, import).
    QStringList runningJobs() const;
    // How opening another project or quitting treats running jobs: asked (the default), or, for
    // tests and scripts, answered beforehand (true: stop them, false: keep working).
    void setStopJobsAnswer(std::optional<bool> answer) { stopJobsAnswer_ = answer; }
    void cancelModelRun();
    // Tags the project's images with the tagger of the settings in a worker thread (only those
    // not tagged by it yet unless force).
    void tagImages(bool force = false);
    bool taggingImages() const { return tagRunner_ != nullptr; }
    void cancelImageTagging();
    // The retraining dialog (not shown); nullptr without a project.
    RetrainDialog *retrainDialog();
    // Bundled models ("file:PATH") and models kept in the project ("project:ID"), labelled.
    QVector<QPair<QString, QString>> availableModels() const;
    int64_t lastTrainedModel() const { return lastTrainedModel_; }

    Project *project() const { return project_; }
    ProjectSession *session() const { return session_; }
    QTableView *tweetList() const;
    // The status bar's progress text (done, annotator, this session's throughput).
    QString progressText() const;
    TweetListModel *tweetModel() const { return model_; }
    TweetView *tweetView() const { return view_; }
    ImagePanel *imagePanel() const { return image_; }
    ErrorBrowser *errorBrowser() const { return errors_; }
    ScoresPanel *scoresPanel() const { return scores_; }
    // The docks and suggestions read the project a page at a time after it opens: whether that
    // is under way, and reading the rest at once.
    bool readingProject() const;
    void finishReadingProject();
    QUndoStack *undoStack() const;
    int64_t currentTweet() const { return current_; }
    QString annotator() const { return who_; }
    void setAnnotator(const QString &who);
    // When set, errors go to the status bar only (tests, batch use) instead of message boxes.
    void setQuiet(bool quiet) { quiet_ = quiet; }
    QString lastError() const { return lastError_; }

    // Edit › Entity types: add, rename, merge, reorder, colour.
    void entityTypesDialog();
    // The open project's types in key order (1-9); PER, LOC, ORG, OTHER when it has none.
    QStringList entityTypes() const;

    // The menus' actions (also reachable as methods for tests and scripts).
    void newProject();
    void openProjectDialog();
    void openServerDialog();
    void importDialog();
    void exportDialog();
    void runModelDialog();
    void settingsDialog();
    void agreementDialog();
    void adjudicateDialog();
    void chooseDefaultModel();

Q_SIGNALS:
    void modelRunProgress(int done, int total, double tweetsPerSecond);
    void modelRunFinished(bool ok);
    void imageTaggingFinished(bool ok);
    void retrainFinished(bool ok);
    void importFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildMenus();  // mainmenus.cpp
    // The label keys' texts and visibility follow the project's types (mainmenus.cpp).
    void updateKeyActions();
    void showTweet(int64_t id, bool keepCursor = false);
    void tweetChanged(int64_t id);
    void applyTags(const std::vector<std::string> &newTags, const QString &what);
    // False when another session changed the tweet since it was shown (after asking, or at once
    // when quiet): the tweet is reloaded and the key press is not applied.
    bool tweetIsFresh();
    void modelDone(bool ok, bool failed, const QString &message);
    void imageTaggingDone(const TagImagesResult &r);
    void importDone(const ImportRequest &request, const ImportOutcome &r);
    void retrained(const RetrainResult &r, const QString &name);
    void showError(const QString &title, const QString &text);
    void updateTitle();
    void updateProgress();
    void updateLegend();
    // Asks whether to stop the running jobs (what: "open the other project", "quit").
    bool mayStopJobs(const QString &what);
    // Closes the open project: its dialogs, its jobs (stopped and joined), its views.
    void closeSession();
    // After the project's tweets changed (import): list, filters, legend, title.
    void projectChanged();
    // The open project's file as a settings key (canonical: the same file, however it was named).
    QString projectKey() const;

    Project *project_ = nullptr;         // session_'s project
    ProjectSession *session_ = nullptr;  // owns the project, its undo stack, edits and jobs
    ModelRuns *runs_ = nullptr;          // the session's model runs
    TweetListModel *model_;
    TweetListPane *listPane_;
    TweetView *view_;
    ImagePanel *image_;
    ErrorBrowser *errors_;
    ScoresPanel *scores_;
    KeyLegend *legend_;
    PreAnnotateHint *hint_;
    QLabel *progress_, *pendingLabel_;
    JobBar *runBar_, *tagBar_, *importBar_;
    QUndoGroup *undoGroup_;
    ImageTagRunner *tagRunner_ = nullptr;  // owned by the job controller while it runs
    QObject *importRunner_ = nullptr;
    QPointer<RetrainDialog> retrain_;  // the open retraining dialog, closed with its session
    std::optional<bool> stopJobsAnswer_;
    int64_t lastTrainedModel_ = 0;
    QString editLayer_ = QStringLiteral("corrected");
    QStringList rowsBelow_;
    std::vector<std::vector<std::string>> rowsBelowTags_;  // what each row below shows (A, B take from it)
    std::unique_ptr<Suggestions> suggestions_;
    bool showSuggestions_ = true;
    // The dictionary of the open project (edit layer, gazetteers of the settings).
    void rebuildSuggestions();
    // Offers, once per project, to pre-annotate a project no model has tagged yet.
    void offerPreAnnotation();
    // After an edit of a tweet: the docks, the list row and the suggestions follow it.
    void followEdit(int64_t id);
    int64_t current_ = 0;
    int sessionDone_ = 0;              // tweets marked done since the project was opened
    QElapsedTimer sessionClock_;       // since the project was opened
    bool allowOutsideImages_ = false;  // per project, remembered
    QString who_;
    QSettings *settings_ = nullptr;
    int64_t lastTweetSaved_ = 0;
    QString serverRole_;  // the user's role on a server project (empty for a file)
    bool quiet_ = false;
    QString lastError_;
};

}  // namespace mner::ui
