// A chain of model runs over a project's tweets, one model after the other, each a job of the
// session; when a model has tagged every tweet its predictions are written as its layer
// (model:NAME) in the project's own type names. Cancelling says truthfully which layers were
// written. Owned by the project session, so its results can only reach that session's project.
#pragma once

#include <QObject>
#include <QStringList>
#include <QVector>

namespace mner {
class Project;
}

namespace mner::ui {

class JobController;
class ModelRunner;
struct RunResult;

class ModelRuns : public QObject {
    Q_OBJECT
public:
    ModelRuns(Project *project, JobController *jobs, QObject *parent = nullptr);
    // Starts the chain: models as files or "project:ID" (kept in the project); tweets: all when
    // empty. False, with error set, when it cannot start (one is running, model unreadable).
    bool start(const QStringList &models, const QVector<qint64> &tweets, QString *error);
    bool running() const { return runner_ != nullptr; }
    // Stops the running model and drops the rest of the chain.
    void cancel();

Q_SIGNALS:
    void started(const QString &model);
    void progress(const QString &model, int done, int total, double tweetsPerSecond);
    // One model of the chain has ended. ok: its layer was written (message says what);
    // otherwise message is the error or what a cancelled chain wrote; failed: an error, not a cancel.
    void modelDone(bool ok, bool failed, const QString &message);

private:
    void done(const RunResult &r);

    Project *project_;
    JobController *jobs_;
    ModelRunner *runner_ = nullptr;  // owned by the job controller while it runs
    QStringList queue_, written_;
    QVector<qint64> tweets_;
};

}  // namespace mner::ui
