#include "editcommands.h"
#include "errortext.h"

#include "store/project.h"

#include <QUndoStack>

namespace mner::ui {

LabelCommand::LabelCommand(Project *project, int64_t tweetId, int begin, std::vector<std::string> newTags, std::string who,
                           const QString &text, std::function<void(int64_t)> changed, std::string layer)
    : QUndoCommand(text), project_(project), tweet_(tweetId), begin_(begin), end_(begin + int(newTags.size())),
      newTags_(std::move(newTags)), who_(std::move(who)), layer_(std::move(layer)), changed_(std::move(changed)) {}

LabelCommand::LabelCommand(Project *project, int64_t editId, std::string who, std::function<void(int64_t)> changed)
    : project_(project), who_(std::move(who)), changed_(std::move(changed)) {
    EditRecord e = project->edit(editId);
    tweet_ = e.tweetId;
    begin_ = e.begin;
    end_ = e.end;
    newTags_ = e.newTags;
    layer_ = e.layer;
    edits_ = {editId};
    applied_ = true;
    restored_ = true;
    silent_ = true;  // the first redo() on push must not write again
    setText(QObject::tr("label tokens %1–%2").arg(begin_ + 1).arg(end_));
}

void LabelCommand::redo() {
    failed_ = false;
    if (silent_) {
        silent_ = false;
        return;
    }
    try {
        if (pending_ && !pending_->savedAs) {
            pending_->cancelled = false;  // redo of a waiting edit: it waits again
            if (queue_) queue_->add(pending_);
        } else if (!applied_) {
            edits_.push_back(project_->applyEdit(layer_, tweet_, begin_, newTags_, who_));
            applied_ = true;
        } else {
            for (int64_t e : edits_) project_->redoEdit(e, who_);
        }
    } catch (const std::exception &e) {
        error_ = errorText(e);
        // SQLite's result code says whether waiting can cure it (read-only, full, locked, I/O)
        auto *store = dynamic_cast<const StoreError *>(&e);
        if (!applied_ && queue_ && store && store->transient()) {
            // Keep the edit in memory; it is written when the project takes writes again.
            pending_ = std::make_shared<PendingEdit>(PendingEdit{tweet_, begin_, newTags_, layer_, who_, 0, false});
            queue_->add(pending_);
            error_ = QObject::tr("%1 The edit is kept and will be saved as soon as the project can be written.").arg(error_);
        }
        failed_ = true;
    }
    if (changed_) changed_(tweet_);
    if (failed_ && onError_) onError_(error_);
}

void LabelCommand::undo() {
    failed_ = false;
    if (silent_) {
        silent_ = false;
        return;
    }
    try {
        if (pending_) {
            if (pending_->savedAs)
                project_->undoEdit(pending_->savedAs, who_);
            else
                pending_->cancelled = true;  // never written: it simply stops waiting
        }
        for (auto it = edits_.rbegin(); it != edits_.rend(); ++it) project_->undoEdit(*it, who_);
    } catch (const std::exception &e) {
        failed_ = true;
        error_ = errorText(e);
    }
    if (changed_) changed_(tweet_);
    if (failed_ && onError_) onError_(error_);
}

bool LabelCommand::mergeWith(const QUndoCommand *other) {
    auto *o = dynamic_cast<const LabelCommand *>(other);
    if (!o || pending_ || o->pending_ || restored_ || o->restored_ || o->tweet_ != tweet_ || o->layer_ != layer_ ||
        o->begin_ != begin_ || o->end_ != end_ || o->failed_ || failed_)
        return false;
    edits_.insert(edits_.end(), o->edits_.begin(), o->edits_.end());  // o is deleted after this
    newTags_ = o->newTags_;
    setText(o->text());
    return true;
}

size_t PendingEdits::size() const {
    size_t n = 0;
    for (const auto &e : queue_) n += !e->cancelled && !e->savedAs;
    return n;
}

size_t PendingEdits::retry(Project *project, QString *error) {
    std::vector<std::shared_ptr<PendingEdit>> left;
    bool blocked = false;
    for (const auto &e : queue_) {
        if (e->cancelled || e->savedAs) continue;
        if (!blocked) {
            try {
                e->savedAs = project->applyEdit(e->layer, e->tweetId, e->begin, e->tags, e->who);
                continue;
            } catch (const std::exception &x) {
                if (error) *error = QString::fromStdString(x.what());
                blocked = true;
            }
        }
        left.push_back(e);
    }
    queue_.swap(left);
    return queue_.size();
}

std::vector<std::string> PendingEdits::overlay(const std::string &layer, int64_t tweetId, std::vector<std::string> tags) const {
    for (const auto &e : queue_) {
        if (e->cancelled || e->savedAs || e->layer != layer || e->tweetId != tweetId) continue;
        for (size_t i = 0; i < e->tags.size() && size_t(e->begin) + i < tags.size(); ++i) tags[size_t(e->begin) + i] = e->tags[i];
    }
    return tags;
}

void BatchCommand::redo() {
    for (auto &p : parts_) p->redo();
    if (done_) done_();
}

void BatchCommand::undo() {
    for (auto it = parts_.rbegin(); it != parts_.rend(); ++it) (*it)->undo();
    if (done_) done_();
}

StatusCommand::StatusCommand(Project *project, int64_t tweetId, int oldStatus, int newStatus, std::string who,
                             const QString &text, std::function<void(int64_t)> changed,
                             std::function<void(const QString &)> onError)
    : QUndoCommand(text), project_(project), tweet_(tweetId), old_(oldStatus), new_(newStatus), who_(std::move(who)),
      changed_(std::move(changed)), onError_(std::move(onError)) {}

void StatusCommand::write(int status) {
    try {
        project_->setStatus(tweet_, status, who_);
    } catch (const std::exception &e) {
        if (onError_) onError_(errorText(e));
        setObsolete(true);  // nothing was changed: the step leaves the stack
        return;
    }
    if (changed_) changed_(tweet_);
}

void restoreUndoStack(QUndoStack *stack, Project *project, const std::string &who, const std::function<void(int64_t)> &changed,
                      const std::function<void(const QString &)> &onError) {
    stack->clear();
    UndoState u = project->undoState(who);
    for (int64_t id : u.undo) {
        auto *c = new LabelCommand(project, id, who, changed);
        c->setErrorHandler(onError);
        stack->push(c);
    }
    // the next redo is the most recently undone edit: push it last, then step back silently
    std::vector<LabelCommand *> undone;  // pushed in reverse so that undoing them all leaves the last undone on top
    for (auto it = u.redo.rbegin(); it != u.redo.rend(); ++it) {
        auto *c = new LabelCommand(project, *it, who, changed);
        c->setErrorHandler(onError);
        stack->push(c);
        undone.push_back(c);
    }
    for (auto it = undone.rbegin(); it != undone.rend(); ++it) {
        (*it)->setSilent(true);
        stack->undo();
    }
    stack->setClean();
}

}  // namespace mner::ui
