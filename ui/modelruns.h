// A chain of model runs over a project's tweets, one model after the other, each a job of the
// session; each chunk of a model's predictions is written to its layer (model:NAME) in the
// project's own type names as it comes, so a run of any size keeps little in memory. A model
// stopped half way leaves a mark: its next run continues after the tweets written. Cancelling
// says truthfully what was written. Owned by the project session, so its results can only reach
// that session's project.
#pragma once

#include <QObject>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <string>
#include <vector>

namespace mner {
class Project;
}

namespace mner::ui {

class JobController;
class ModelRunner;
struct RunResult;
struct RunModel;

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
    void loaded(const RunModel &m);
    void done(const RunResult &r);

    Project *project_;
    JobController *jobs_;
    ModelRunner *runner_ = nullptr;  // owned by the job controller while it runs
    QStringList queue_, written_;
    std::string layer_;  // the running model's layer
    int64_t modelId_ = 0;
    QString failure_;  // a chunk that could not be written stops the run
    QVector<qint64> tweets_;
};

}  // namespace mner::ui
