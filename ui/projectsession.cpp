#include "projectsession.h"

#include "editcommands.h"
#include "labeling.h"

#include "store/project.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace mner::ui {

ProjectSession::ProjectSession(std::unique_ptr<Project> project, const QString &who, const QString &editLayer, QObject *parent)
    : QObject(parent), project_(std::move(project)), jobs_(new JobController(this)), undo_(new QUndoStack(this)),
      pending_(std::make_unique<PendingEdits>()), who_(who), editLayer_(editLayer) {
    setAnnotator(who);
    // the log goes back into the file when the annotator pauses, not inside an edit; 10,000 pages
    // (40 MB) bound it for one who never pauses
    project_->setAutoCheckpoint(10000);
    auto *idle = new QTimer(this);
    idle->setSingleShot(true);
    idle->setInterval(1500);
    connect(undo_, &QUndoStack::indexChanged, idle, qOverload<>(&QTimer::start));
    connect(idle, &QTimer::timeout, this, [this] {
        try {
            project_->checkpoint();
        } catch (const std::exception &) {  // the next commit past the mark checkpoints anyway
        }
    });
    if (project_->onServer()) {
        // others' edits arrive as notifications; looking four times a second also carries on a
        // reconnect after a loss, a few milliseconds at a time (the window never waits on it)
        project_->setReconnectWait(20);
        project_->listenForChanges();
        auto *live = new QTimer(this);
        live->setInterval(250);
        connect(live, &QTimer::timeout, this, [this] {
            for (int64_t id : project_->changedTweets()) Q_EMIT changedElsewhere(id);
        });
        live->start();
    }
}

ProjectSession::~ProjectSession() {
    jobs_->stopAll();  // before the project closes under a job
    undo_->clear();    // the commands point at the project
}

void ProjectSession::setAnnotator(const QString &who) {
    who_ = who;
    restoreUndoStack(
        undo_, project_.get(), who_.toStdString(), [this](int64_t id) { Q_EMIT tweetChanged(id); },
        [this](const QString &e) { Q_EMIT editFailed(e); });
}

std::vector<std::string> ProjectSession::editTags(int64_t tweet) const {
    if (!tweet) return {};
    std::vector<std::string> t;
    const auto key = std::make_pair(editLayer_, tweet);
    try {
        t = project_->labels(editLayer_.toStdString(), tweet);
        if (t.empty()) t = project_->labels("gold", tweet);
        lastRead_[key] = t;
    } catch (const StoreError &e) {
        // a server out of reach: edits go on from what was last read (they wait to be written)
        auto it = lastRead_.find(key);
        if (!e.transient() || it == lastRead_.end()) throw;
        t = it->second;
    }
    return pending_->overlay(editLayer_.toStdString(), tweet, std::move(t));
}

void ProjectSession::applyTags(int64_t tweet, const std::vector<std::string> &newTags, const QString &what) {
    std::vector<std::string> cur = editTags(tweet);
    auto [b, e] = changedRange(cur, newTags);
    if (b == e) return;
    auto *cmd = new LabelCommand(
        project_.get(), tweet, b, std::vector<std::string>(newTags.begin() + b, newTags.begin() + e), who_.toStdString(), what,
        [this](int64_t id) { Q_EMIT tweetChanged(id); }, editLayer_.toStdString());
    cmd->setErrorHandler([this](const QString &err) { Q_EMIT editFailed(err); });
    cmd->setPendingQueue(pending_.get());
    undo_->push(cmd);  // may merge and delete cmd
    if (tweet == shownTweet_) shownTags_ = editTags(tweet);
}

void ProjectSession::applyEdits(const std::vector<Edit> &edits, const QString &what, int64_t origin) {
    if (edits.empty()) return;
    auto *batch = new BatchCommand(what, [this, origin] { Q_EMIT tweetChanged(origin); });
    for (const Edit &e : edits) {
        auto *cmd = new LabelCommand(
            project_.get(), e.tweet, e.begin, e.tags, who_.toStdString(), what, [this](int64_t id) { Q_EMIT tweetTouched(id); },
            editLayer_.toStdString());
        cmd->setErrorHandler([this](const QString &err) { Q_EMIT editFailed(err); });
        cmd->setPendingQueue(pending_.get());
        batch->add(cmd);
    }
    undo_->push(batch);
    if (shownTweet_) shownTags_ = editTags(shownTweet_);
}

size_t ProjectSession::pendingEdits() const { return pending_->size(); }

bool ProjectSession::savePendingEdits(QString *error) {
    return pending_->size() == 0 || pending_->retry(project_.get(), error) == 0;
}

void ProjectSession::readTypes() const {
    if (typesRead_) return;
    try {
        types_ = project_->entityTypes();
        aliases_ = project_->typeAliases();
        typesRead_ = true;
    } catch (const std::exception &) {
        // unreadable: the defaults below, and another try next time
    }
}

QStringList ProjectSession::entityTypes() const {
    readTypes();
    QStringList out;
    for (const auto &t : types_) out << QString::fromStdString(t);
    if (out.isEmpty()) out = QStringList{"PER", "LOC", "ORG", "OTHER"};
    return out;
}

QString ProjectSession::projectType(const QString &type) const {
    readTypes();
    if (type.isEmpty() || !typesRead_) return type;
    return QString::fromStdString(aliases_.to(type.toStdString(), types_));
}

bool ProjectSession::hasType(const QString &type) const {
    readTypes();
    return types_.empty() || std::find(types_.begin(), types_.end(), type.toStdString()) != types_.end();
}

}  // namespace mner::ui
