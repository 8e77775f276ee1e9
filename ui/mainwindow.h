// The main window: the tweet list on the left, the tweet view and its image on the right, the
// error browser and the scores in docks. Every label edit is an undo command written to the
// project at once.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include "io/typemap.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QTableView;
class QLabel;
class QLineEdit;
class QComboBox;
class QProgressBar;
class QPushButton;
class QUndoStack;
class QThread;

namespace mner {
class Project;
}

namespace mner::ui {

class TweetListModel;
class TweetView;
class ImagePanel;
class ErrorBrowser;
class ScoresPanel;
class ModelRunner;
struct RunResult;
class ImageTagRunner;
class PendingEdits;
class RetrainDialog;
class ProjectSession;
struct RetrainResult;
struct TagImagesResult;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or with create, makes) a project; shows an error and returns false on failure,
    // keeping the current project open.
    bool openProject(const QString &path, bool create = false);
    // Imports files with the given options; returns false (after telling the user) on error.
    bool importFiles(const QStringList &files, const QString &format, const QString &split, const QString &captions,
                     const QString &imagesDir, bool embed);
    void selectRow(int row);
    void openTweet(int64_t id, int begin = -1, int end = -1);

    // Labelling, as the keys do it: the selected tokens get a type ("" clears).
    void labelSelection(const QString &type);
    // Take a span (at the cursor) or the whole tweet from the n-th layer shown below the text.
    void acceptModelSpan(int row = 0);
    void acceptModelTweet(int row = 0);
    // The layer edits go to: corrected, annotator:NAME (own-layer setting) or curated (adjudicating).
    QString editLayer() const { return editLayer_; }
    void updateEditLayer();
    // Adjudication: the two layers compared (shown below the text, D steps through where they
    // differ); edits go to the curated layer. An empty list ends it.
    void setAdjudication(const QStringList &layers);
    bool adjudicating() const { return compareLayers_.size() == 2; }
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

    // Runs models (files) over tweets (all when empty) in a worker thread.
    void runModels(const QStringList &modelFiles, const QVector<qint64> &tweets = {});
    bool modelRunning() const { return runner_ != nullptr; }
    // What runs in the background for the open project (model runs, tagging, retraining).
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
    QTableView *tweetList() const { return list_; }
    TweetListModel *tweetModel() const { return model_; }
    TweetView *tweetView() const { return view_; }
    ImagePanel *imagePanel() const { return image_; }
    ErrorBrowser *errorBrowser() const { return errors_; }
    ScoresPanel *scoresPanel() const { return scores_; }
    QUndoStack *undoStack() const { return undo_; }
    int64_t currentTweet() const { return current_; }
    QString annotator() const { return who_; }
    void setAnnotator(const QString &who);
    // When set, errors go to the status bar only (tests, batch use) instead of message boxes.
    void setQuiet(bool quiet) { quiet_ = quiet; }
    QString lastError() const { return lastError_; }

Q_SIGNALS:
    void modelRunProgress(int done, int total, double tweetsPerSecond);
    void modelRunFinished(bool ok);
    void imageTaggingFinished(bool ok);
    void retrainFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildMenus();
    void newProject();
    void openProjectDialog();
    void importDialog();
    void exportDialog();
    void runModelDialog();
    void settingsDialog();
    void showTweet(int64_t id, bool keepCursor = false);
    void tweetChanged(int64_t id);
    void applyTags(const std::vector<std::string> &newTags, const QString &what);
    // False when another session changed the tweet since it was shown (after asking, or at once
    // when quiet): the tweet is reloaded and the key press is not applied.
    bool tweetIsFresh();
    void modelRunDone(const RunResult &r);
    void imageTaggingDone(const TagImagesResult &r);
    void retrained(const RetrainResult &r, const QString &name);
    void agreementDialog();
    void adjudicateDialog();
    bool pickTwoLayers(const QString &title, QString *a, QString *b);
    QStringList comparableLayers() const;
    QString activeModelLayer() const;
    std::vector<std::string> editTags(int64_t id) const;
    void chooseDefaultModel();
    void showError(const QString &title, const QString &text);
    void updateTitle();
    void updateProgress();
    QString firstModelLayer() const;

    Project *project_ = nullptr;  // session_'s project
    TweetListModel *model_;
    QTableView *list_;
    QLineEdit *search_;
    QComboBox *splitFilter_, *statusFilter_;
    TweetView *view_;
    ImagePanel *image_;
    ErrorBrowser *errors_;
    ScoresPanel *scores_;
    QLabel *progress_, *legend_;
    QProgressBar *runBar_;
    QPushButton *runCancel_;
    QUndoStack *undo_;
    ProjectSession *session_ = nullptr;  // owns the project and its jobs
    ModelRunner *runner_ = nullptr;      // the running job's worker (owned by the job controller)
    ImageTagRunner *tagRunner_ = nullptr;
    QPointer<RetrainDialog> retrain_;  // the open retraining dialog, closed with its session
    QStringList writtenLayers_;        // layers the current chain of model runs has written
    std::optional<bool> stopJobsAnswer_;
    // Asks whether to stop the running jobs (what: "open the other project", "quit").
    bool mayStopJobs(const QString &what);
    // Closes the open project: its dialogs, its jobs (stopped and joined), its views.
    void closeSession();
    QProgressBar *tagBar_;
    QPushButton *tagCancel_;
    int64_t lastTrainedModel_ = 0;
    QString editLayer_ = QStringLiteral("corrected");
    // The project's entity types and aliases, read once per project (see projectType).
    mutable std::vector<std::string> projectTypes_;
    mutable TypeAliases typeAliases_;
    // type in the open project's names (OTHER -> MISC where the project uses MISC).
    QString projectType(const QString &type) const;
    // The key legend above the tweet, from the project's types.
    void updateLegend();

public:
    // Edit › Entity types: add, rename, merge, reorder, colour.
    void entityTypesDialog();
    // The open project's types in key order (1-9); PER, LOC, ORG, OTHER when it has none.
    QStringList entityTypes() const;

private:
    std::unique_ptr<PendingEdits> pending_;
    QLabel *pendingLabel_;
    QStringList compareLayers_, rowsBelow_;
    QStringList pendingModels_;
    QVector<qint64> pendingTweets_;
    int64_t current_ = 0;
    bool allowOutsideImages_ = false;     // per project, remembered
    std::vector<std::string> shownTags_;  // the corrected tags as last shown
    QString who_;
    bool quiet_ = false;
    QString lastError_;
};

}  // namespace mner::ui
