#include "args.h"

#include "text/numbers.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace mner::cli {

Args::Args(const std::vector<std::string> &argv, const std::vector<std::string> &valued, const std::vector<std::string> &flags) {
    auto known = [](const std::vector<std::string> &v, const std::string &s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (size_t i = 0; i < argv.size(); ++i) {
        std::string a = argv[i];
        if (a == "-h" || a == "--help") {
            help_ = true;
            continue;
        }
        if (a == "--") {
            positional_.insert(positional_.end(), argv.begin() + long(i) + 1, argv.end());
            break;
        }
        if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::string name = a, value;
            bool inlineValue = false;
            if (size_t eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
                inlineValue = true;
            }
            if (known(valued, name)) {
                if (!inlineValue) {
                    if (i + 1 >= argv.size()) throw UsageError("option " + name + " needs a value");
                    value = argv[++i];
                }
                values_.emplace(name, value);
            } else if (known(flags, name)) {
                if (inlineValue) throw UsageError("option " + name + " takes no value");
                values_.emplace(name, "1");
            } else {
                throw UsageError("unknown option " + name);
            }
            continue;
        }
        positional_.push_back(a);
    }
}

std::string Args::get(const std::string &opt, const std::string &fallback) const {
    auto range = values_.equal_range(opt);
    if (range.first == range.second) return fallback;
    return std::prev(range.second)->second;
}

std::vector<std::string> Args::all(const std::string &opt) const {
    std::vector<std::string> out;
    auto range = values_.equal_range(opt);
    for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
    return out;
}

int Args::getInt(const std::string &opt, int fallback) const {
    if (!has(opt)) return fallback;
    std::string v = get(opt);
    try {
        size_t used = 0;
        int n = std::stoi(v, &used);
        if (used != v.size()) throw std::invalid_argument(v);
        return n;
    } catch (const std::exception &) { throw UsageError("option " + opt + " expects an integer, found '" + v + "'"); }
}

double Args::getDouble(const std::string &opt, double fallback) const {
    if (!has(opt)) return fallback;
    std::string v = get(opt);
    // "0.003" whatever the locale: command lines and scripts are data
    auto n = parseNumber(v);
    if (!n) throw UsageError("option " + opt + " expects a number with a '.' decimal point, found '" + v + "'");
    return *n;
}

void Args::expectPositional(size_t min, size_t max, const std::string &what) const {
    if (positional_.size() < min || positional_.size() > max) throw UsageError("expected " + what);
}

ProgressBar::ProgressBar(std::string label) : label_(std::move(label)), tty_(isatty(STDERR_FILENO) == 1) {}
ProgressBar::~ProgressBar() { finish(); }

bool ProgressBar::update(size_t done, size_t total) {
    if (!tty_ || total == 0) return true;
    int percent = static_cast<int>(100 * done / total);
    if (percent == lastPercent_) return true;
    lastPercent_ = percent;
    int width = 30, filled = width * percent / 100;
    // the time left at the pace so far (from the first update: a resumed run's skipped part
    // does not count)
    const auto now = std::chrono::steady_clock::now();
    if (!started_) {
        started_ = true;
        start_ = now;
        startDone_ = done;
    }
    std::string eta;
    const double secs = std::chrono::duration<double>(now - start_).count();
    if (done > startDone_ && secs > 1) {
        const auto left = int64_t(secs * double(total - done) / double(done - startDone_));
        eta = ", " + std::to_string(left / 60) + " min " + std::to_string(left % 60) + " s left";
    }
    std::fprintf(stderr, "\r%s [%s%s] %3d%% (%zu/%zu%s)   ", label_.c_str(), std::string(size_t(filled), '#').c_str(),
                 std::string(size_t(width - filled), '.').c_str(), percent, done, total, eta.c_str());
    std::fflush(stderr);
    drawn_ = true;
    return true;
}

void ProgressBar::finish() {
    if (drawn_) std::fputc('\n', stderr);
    drawn_ = false;
}

}  // namespace mner::cli
