#include "pagedreader.h"

#include "store/project.h"

#include <QTimer>

#include <exception>

namespace mner::ui {

void PagedReader::start(Project *project, Page page, std::function<void()> done, std::function<void(const std::string &)> failed) {
    stop();
    if (!project) return;
    project_ = project;
    page_ = std::move(page);
    done_ = std::move(done);
    failed_ = std::move(failed);
    last_ = std::numeric_limits<int64_t>::min();
    step();  // the first page at once: what is near the top shows without waiting for a turn
}

void PagedReader::stop() {
    ++generation_;
    project_ = nullptr;
    page_ = nullptr;
}

void PagedReader::step() {
    if (!project_) return;
    std::vector<int64_t> ids;
    try {
        ids = project_->tweetIdsAfter(last_, kPage);
        if (!ids.empty()) {
            page_(ids);
            last_ = ids.back();
        }
    } catch (const std::exception &e) {
        auto failed = failed_;
        stop();
        if (failed) failed(e.what());
        return;
    }
    if (ids.empty()) {
        auto done = done_;
        stop();
        if (done) done();
        return;
    }
    QTimer::singleShot(0, this, [this, g = generation_] {
        if (g == generation_) step();
    });
}

void PagedReader::finish() {
    while (running()) step();
}

}  // namespace mner::ui
