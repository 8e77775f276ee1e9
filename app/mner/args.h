// Command-line arguments: positionals and --options, with usage errors as exceptions (exit 2).
#pragma once

#include <map>
#include <stdexcept>
#include <chrono>
#include <string>
#include <vector>

namespace mner::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Args {
public:
    // valued: options that take a value; flags: options that do not. Anything else is a usage error.
    Args(const std::vector<std::string> &argv, const std::vector<std::string> &valued, const std::vector<std::string> &flags);
    bool help() const { return help_; }
    bool has(const std::string &opt) const { return values_.count(opt) > 0; }
    std::string get(const std::string &opt, const std::string &fallback = {}) const;
    std::vector<std::string> all(const std::string &opt) const;
    int getInt(const std::string &opt, int fallback) const;
    double getDouble(const std::string &opt, double fallback) const;
    const std::vector<std::string> &positional() const { return positional_; }
    // Requires between min and max positionals.
    void expectPositional(size_t min, size_t max, const std::string &what) const;

private:
    std::multimap<std::string, std::string> values_;
    std::vector<std::string> positional_;
    bool help_ = false;
};

// A progress bar on stderr, drawn only when stderr is a terminal.
class ProgressBar {
public:
    explicit ProgressBar(std::string label);
    ~ProgressBar();
    bool update(size_t done, size_t total);
    bool drawn() const { return tty_; }  // whether it shows at all (standard error is a terminal)
    void finish();

private:
    std::string label_;
    bool tty_;
    bool drawn_ = false;
    int lastPercent_ = -1;
    bool started_ = false;
    std::chrono::steady_clock::time_point start_;
    size_t startDone_ = 0;
};

}  // namespace mner::cli
