// Reads a whole project a page of tweets at a time, one page per turn of the event loop, so that
// a window over a million tweets opens at once and stays responsive while its docks fill. The
// pages go in id order; what a page callback learns about later tweets it can leave to the scan.
#pragma once

#include <QObject>

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace mner {
class Project;
}

namespace mner::ui {

class PagedReader : public QObject {
    Q_OBJECT
public:
    static constexpr int kPage = 500;  // a page takes ~10 ms: the event loop stays responsive
    using Page = std::function<void(const std::vector<int64_t> &ids)>;
    explicit PagedReader(QObject *parent = nullptr) : QObject(parent) {}
    // Starts over (stopping a scan under way): page(ids) for every page of the project's tweet
    // ids, then done(). The project must outlive the scan or stop() it first. An exception from
    // page ends the scan; failed(what) tells it.
    void start(Project *project, Page page, std::function<void()> done = {},
               std::function<void(const std::string &)> failed = {});
    void stop();
    bool running() const { return project_ != nullptr; }
    // Whether the scan has read the tweet already (true when no scan runs).
    bool covers(int64_t id) const { return !running() || id <= last_; }
    // Reads the remaining pages now (a caller that needs the whole result, tests).
    void finish();

private:
    void step();
    Project *project_ = nullptr;
    Page page_;
    std::function<void()> done_;
    std::function<void(const std::string &)> failed_;
    int64_t last_ = std::numeric_limits<int64_t>::min();
    uint64_t generation_ = 0;  // a step queued for a scan that was stopped or restarted does nothing
};

}  // namespace mner::ui
