// Messages for people that a front end can translate: an English pattern with {1}, {2}, ...
// and its arguments. Errors that reach the GUI carry one (ui/errortext.cpp holds the patterns'
// translations); what() stays the English text for the command line and logs.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mner {

struct Message {
    std::string pattern;  // e.g. "expected {1} columns as on line {2}, found {3}"
    std::vector<std::string> args;
    // The pattern with {n} replaced by args[n-1] (a missing argument stays as written).
    std::string text() const;
};

// A base for exceptions that carry a Message (query it with dynamic_cast).
class WithMessage {
public:
    virtual ~WithMessage() = default;
    const std::optional<Message> &message() const { return message_; }

protected:
    WithMessage() = default;
    explicit WithMessage(Message m) : message_(std::move(m)) {}
    std::optional<Message> message_;
};

}  // namespace mner
