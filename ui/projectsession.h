// An open project and the background jobs that work on it. Opening another project or quitting
// deletes the session: its jobs are stopped and joined first, and whatever they would still
// report was connected to the session, so it goes with it; nothing of an old session can write
// into a new one.
#pragma once

#include "jobcontroller.h"

#include <QObject>

#include <memory>

namespace mner {
class Project;
}

namespace mner::ui {

class ProjectSession : public QObject {
    Q_OBJECT
public:
    ProjectSession(std::unique_ptr<Project> project, QObject *parent = nullptr);
    ~ProjectSession() override;  // stops and joins the jobs before the project closes
    Project *project() const { return project_.get(); }
    JobController &jobs() { return *jobs_; }

private:
    std::unique_ptr<Project> project_;
    JobController *jobs_;
};

}  // namespace mner::ui
