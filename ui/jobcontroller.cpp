#include "jobcontroller.h"

#include <QThread>
#include <QTimer>

namespace mner::ui {

JobController::JobController(QObject *parent) : QObject(parent) {}

JobController::~JobController() { stopAll(); }

void JobController::start(QObject *worker, std::function<void()> run, std::function<void()> cancel, const QString &name) {
    auto *thread = new QThread;
    const quint64 id = ++lastId_;
    worker->moveToThread(thread);
    // run() in the worker's thread (started is emitted there); its loop then ends at once
    connect(thread, &QThread::started, worker, [run = std::move(run)] {
        run();
        QThread::currentThread()->quit();
    });
    // Worker and thread are deleted here, in this thread, once the thread has ended; a job that
    // stopAll() already took is not in the list any more and is left alone.
    connect(thread, &QThread::finished, this, [this, id] {
        for (auto it = jobs_.begin(); it != jobs_.end(); ++it)
            if (it->id == id) {
                it->thread->wait();
                delete it->worker;
                delete it->thread;
                jobs_.erase(it);
                Q_EMIT changed();
                return;
            }
    });
    jobs_.push_back({id, thread, worker, std::move(cancel), name});
    thread->start();
    Q_EMIT changed();
}

void JobController::finish(QObject *worker) {
    for (auto it = jobs_.begin(); it != jobs_.end(); ++it)
        if (it->worker == worker) {
            it->thread->wait();
            QObject *w = it->worker;
            QThread *t = it->thread;
            jobs_.erase(it);
            // not now: the caller may be in a slot the worker's report called
            QTimer::singleShot(0, this, [w, t] {
                delete w;
                delete t;
            });
            Q_EMIT changed();
            return;
        }
}

QStringList JobController::names() const {
    QStringList out;
    for (const Job &j : jobs_) out << j.name;
    return out;
}

void JobController::stopAll() {
    std::vector<Job> jobs;
    jobs.swap(jobs_);
    for (Job &j : jobs) {
        j.cancel();
        // whatever it would still report goes nowhere: its receivers may be gone after this
        QObject::disconnect(j.worker, nullptr, nullptr, nullptr);
    }
    for (Job &j : jobs) {
        j.thread->wait();
        delete j.worker;
        delete j.thread;
    }
    if (!jobs.empty()) Q_EMIT changed();
}

}  // namespace mner::ui
