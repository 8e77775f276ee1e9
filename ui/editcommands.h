// Label edits as undo commands. Each edit is written to the project the moment it is made (a
// durable transaction with a history entry); undo and redo are history entries too, so the stack
// can be rebuilt after a restart (restoreUndoStack).
#pragma once

#include <QString>
#include <QUndoCommand>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

class QUndoStack;

namespace mner {
class Project;
}

namespace mner::ui {

// Edits that could not be written (read-only project, full disk, locked database) wait here, in
// order, and are written by retry() once the project takes writes again; until then the window
// shows them as if saved. Nothing is dropped.
struct PendingEdit {
    int64_t tweetId = 0;
    int begin = 0;
    std::vector<std::string> tags;
    std::string layer, who;
    int64_t savedAs = 0;  // the history id once written
    bool cancelled = false;
};

class PendingEdits {
public:
    void add(const std::shared_ptr<PendingEdit> &e) { queue_.push_back(e); }
    // Writes what it can, oldest first; stops at the first storage failure. Returns how many are left.
    size_t retry(Project *project, QString *error = nullptr);
    size_t size() const;
    // The tags of a layer's tweet with the waiting edits applied.
    std::vector<std::string> overlay(const std::string &layer, int64_t tweetId, std::vector<std::string> tags) const;

private:
    std::vector<std::shared_ptr<PendingEdit>> queue_;
};

class LabelCommand : public QUndoCommand {
public:
    // A new edit: tags [begin, begin + newTags.size()) of a tweet in a layer (corrected, an
    // annotator's own, curated).
    LabelCommand(Project *project, int64_t tweetId, int begin, std::vector<std::string> newTags, std::string who,
                 const QString &text, std::function<void(int64_t)> changed, std::string layer = "corrected");
    // An edit already in the history (rebuilding the stack): its first redo() writes nothing.
    LabelCommand(Project *project, int64_t editId, std::string who, std::function<void(int64_t)> changed);

    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    // Consecutive edits of the same tokens of the same tweet become one step.
    bool mergeWith(const QUndoCommand *other) override;

    int64_t tweetId() const { return tweet_; }
    // Called when writing to the project fails (the command may be gone after a merge, so
    // callers learn of failures here rather than by asking the command after push()).
    void setErrorHandler(std::function<void(const QString &)> h) { onError_ = std::move(h); }
    // Where edits wait when the project cannot be written (see PendingEdits).
    void setPendingQueue(PendingEdits *q) { queue_ = q; }
    void setSilent(bool s) { silent_ = s; }

private:
    Project *project_;
    int64_t tweet_;
    int begin_ = 0, end_ = 0;
    std::vector<std::string> newTags_;
    std::string who_;
    std::string layer_ = "corrected";
    std::vector<int64_t> edits_;  // history ids, oldest first
    bool applied_ = false;        // the first redo has happened (or was in the history already)
    bool restored_ = false;       // rebuilt from the history: never merged
    bool silent_ = false;         // replaying: move through the stack without writing
    bool failed_ = false;
    QString error_;
    std::function<void(int64_t)> changed_;
    std::function<void(const QString &)> onError_;
    PendingEdits *queue_ = nullptr;
    std::shared_ptr<PendingEdit> pending_;
};

// Several commands as one undo step (label all occurrences); after each redo and undo of the
// whole, done() runs once (the parts' own callbacks run per part).
class BatchCommand : public QUndoCommand {
public:
    BatchCommand(const QString &text, std::function<void()> done) : QUndoCommand(text), done_(std::move(done)) {}
    void add(QUndoCommand *part) { parts_.emplace_back(part); }
    void redo() override;
    void undo() override;
    size_t size() const { return parts_.size(); }

private:
    std::vector<std::unique_ptr<QUndoCommand>> parts_;
    std::function<void()> done_;
};

// Marking a tweet done, skipped or open again, as an undoable step. The status is written at
// once, like a label edit; the label history does not record it, so it is undoable until the
// project is closed.
class StatusCommand : public QUndoCommand {
public:
    StatusCommand(Project *project, int64_t tweetId, int oldStatus, int newStatus, std::string who, const QString &text,
                  std::function<void(int64_t)> changed, std::function<void(const QString &)> onError);
    void redo() override { write(new_); }
    void undo() override { write(old_); }

private:
    void write(int status);
    Project *project_;
    int64_t tweet_;
    int old_, new_;
    std::string who_;
    std::function<void(int64_t)> changed_;
    std::function<void(const QString &)> onError_;
};

// Rebuilds an undo stack from the project's history for one annotator.
void restoreUndoStack(QUndoStack *stack, Project *project, const std::string &who, const std::function<void(int64_t)> &changed,
                      const std::function<void(const QString &)> &onError);

}  // namespace mner::ui
