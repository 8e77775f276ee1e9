#include "text/message.h"

namespace mner {

std::string Message::text() const {
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            size_t close = pattern.find('}', i);
            if (close != std::string::npos && close > i + 1) {
                std::string num = pattern.substr(i + 1, close - i - 1);
                bool digits = num.find_first_not_of("0123456789") == std::string::npos;
                size_t n = digits ? size_t(std::stoul(num)) : 0;
                if (digits && n >= 1 && n <= args.size()) {
                    out += args[n - 1];
                    i = close;
                    continue;
                }
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace mner
