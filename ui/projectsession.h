// An open project and everything that works on it: the undo stack, the edits waiting to be
// written, the layer edits go to, the freshness check, the project's entity types, and the
// background jobs. Opening another project or quitting deletes the session: its jobs are stopped
// and joined first, and whatever they would still report was connected to the session, so it
// goes with it; nothing of an old session can write into a new one. No widgets here.
#pragma once

#include "jobcontroller.h"

#include "io/typemap.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QUndoStack;

namespace mner {
class Project;
}

namespace mner::ui {

class PendingEdits;

class ProjectSession : public QObject {
    Q_OBJECT
public:
    // who: the annotator whose undo history is rebuilt; editLayer: corrected, annotator:NAME or curated.
    ProjectSession(std::unique_ptr<Project> project, const QString &who, const QString &editLayer, QObject *parent = nullptr);
    ~ProjectSession() override;  // stops and joins the jobs before the project closes
    Project *project() const { return project_.get(); }
    JobController &jobs() { return *jobs_; }
    QUndoStack *undoStack() const { return undo_; }

    // The annotator: changing it rebuilds the undo stack from that annotator's history.
    QString annotator() const { return who_; }
    void setAnnotator(const QString &who);
    QString editLayer() const { return editLayer_; }
    void setEditLayer(const QString &layer) { editLayer_ = layer; }

    // The edit layer's tags of a tweet with the waiting edits applied (an annotator's layer
    // starts from the imported gold labels).
    std::vector<std::string> editTags(int64_t tweet) const;
    // Writes the change from the current tags to newTags as one undo command (only the changed
    // range); nothing when equal. Failures arrive as editFailed; the edit then waits.
    void applyTags(int64_t tweet, const std::vector<std::string> &newTags, const QString &what);
    // Several tweets' edits as one undo step (label all occurrences): each edit replaces tags
    // [begin, begin + tags.size()) and is written and recorded in the history like any other;
    // afterwards (and after its undo or redo) tweetChanged(origin) shows where it was started.
    struct Edit {
        int64_t tweet;
        int begin;
        std::vector<std::string> tags;
    };
    void applyEdits(const std::vector<Edit> &edits, const QString &what, int64_t origin);
    // The tags shown to the user; isFresh() is false when another session changed the tweet since.
    void setShown(int64_t tweet) { shownTweet_ = tweet, shownTags_ = editTags(tweet); }
    bool isFresh() const { return editTags(shownTweet_) == shownTags_; }

    // Edits the project could not take yet (read-only file, full disk, busy database).
    size_t pendingEdits() const;
    // Writes the waiting edits; true when none wait any more (else error says why).
    bool savePendingEdits(QString *error = nullptr);

    // The project's types in key order (1-9); PER, LOC, ORG, OTHER when it has none.
    QStringList entityTypes() const;
    // A type in the project's own names (OTHER -> MISC where the project uses MISC).
    QString projectType(const QString &type) const;
    // Whether the project lists the type (a project without a list takes any).
    bool hasType(const QString &type) const;
    // Reads types and aliases again (after an import or Edit › Entity types).
    void typesChanged() { typesRead_ = false; }

    // Adjudication: the two layers compared; edits go to the curated layer. Empty: none.
    QStringList compareLayers() const { return compare_; }
    void setCompareLayers(const QStringList &layers) { compare_ = layers.size() == 2 ? layers : QStringList(); }
    bool adjudicating() const { return compare_.size() == 2; }

Q_SIGNALS:
    // An edit, undo or redo changed a tweet's tags.
    void tweetChanged(qint64 tweet);
    // One of several tweets a single step changed: refresh it, do not go there.
    void tweetTouched(qint64 tweet);
    void editFailed(const QString &error);
    // Another client changed a tweet of this server project (0: the connection came back after a
    // loss; anything may have changed meanwhile).
    void changedElsewhere(qint64 tweet);

private:
    void readTypes() const;

    std::unique_ptr<Project> project_;
    JobController *jobs_;
    QUndoStack *undo_;
    std::unique_ptr<PendingEdits> pending_;
    QString who_, editLayer_;
    int64_t shownTweet_ = 0;
    std::vector<std::string> shownTags_;
    mutable std::map<std::pair<QString, int64_t>, std::vector<std::string>> lastRead_;  // edit layer's tags as last read
    mutable std::vector<std::string> types_;
    mutable TypeAliases aliases_;
    mutable bool typesRead_ = false;
    QStringList compare_;
};

}  // namespace mner::ui
