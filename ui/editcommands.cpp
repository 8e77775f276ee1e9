#include "editcommands.h"

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
        if (!applied_) {
            edits_.push_back(project_->applyEdit(layer_, tweet_, begin_, newTags_, who_));
            applied_ = true;
        } else {
            for (int64_t e : edits_) project_->redoEdit(e, who_);
        }
    } catch (const std::exception &e) {
        failed_ = true;
        error_ = QString::fromStdString(e.what());
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
        for (auto it = edits_.rbegin(); it != edits_.rend(); ++it) project_->undoEdit(*it, who_);
    } catch (const std::exception &e) {
        failed_ = true;
        error_ = QString::fromStdString(e.what());
    }
    if (changed_) changed_(tweet_);
    if (failed_ && onError_) onError_(error_);
}

bool LabelCommand::mergeWith(const QUndoCommand *other) {
    auto *o = dynamic_cast<const LabelCommand *>(other);
    if (!o || restored_ || o->restored_ || o->tweet_ != tweet_ || o->layer_ != layer_ || o->begin_ != begin_ || o->end_ != end_ || o->failed_ || failed_) return false;
    edits_.insert(edits_.end(), o->edits_.begin(), o->edits_.end());  // o is deleted after this
    newTags_ = o->newTags_;
    setText(o->text());
    return true;
}

void restoreUndoStack(QUndoStack *stack, Project *project, const std::string &who,
                      const std::function<void(int64_t)> &changed, const std::function<void(const QString &)> &onError) {
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

} // namespace mner::ui
