// One place that runs a project's background jobs (model runs, image tagging, retraining): each
// job is a worker object run in a thread of its own. The controller can say what is running,
// ask every job to stop, and join them all; its owner (the project session) does both before
// it goes, so no job outlives the project it works on and no thread is destroyed while running.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <vector>

class QThread;

namespace mner::ui {

class JobController : public QObject {
    Q_OBJECT
public:
    explicit JobController(QObject *parent = nullptr);
    ~JobController() override;  // stopAll()

    // Moves worker to a new thread and calls run() there; cancel() asks it to stop (called from
    // this thread, so it must be thread-safe: an atomic flag). The worker is deleted when run()
    // returns. name says what the job is in questions to the user ("the model run").
    void start(QObject *worker, std::function<void()> run, std::function<void()> cancel, const QString &name);
    // The worker has sent its last report (its run() returns right after): waits the instant until
    // its thread ends and forgets the job, so that names() no longer lists it; worker and thread
    // are deleted once control is back in the event loop. Unknown workers are ignored.
    void finish(QObject *worker);
    bool busy() const { return !jobs_.empty(); }
    QStringList names() const;
    // Asks every job to stop, cuts the signals it would still send (nothing it reports arrives
    // after this) and waits until every thread has ended.
    void stopAll();

Q_SIGNALS:
    void changed();  // a job started or ended

private:
    struct Job {
        quint64 id;
        QThread *thread;
        QObject *worker;
        std::function<void()> cancel;
        QString name;
    };
    std::vector<Job> jobs_;
    quint64 lastId_ = 0;
};

}  // namespace mner::ui
