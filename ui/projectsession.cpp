#include "projectsession.h"

#include "store/project.h"

namespace mner::ui {

ProjectSession::ProjectSession(std::unique_ptr<Project> project, QObject *parent)
    : QObject(parent), project_(std::move(project)), jobs_(new JobController(this)) {}

ProjectSession::~ProjectSession() {
    jobs_->stopAll();  // before the project closes under a job
}

}  // namespace mner::ui
