#include "text/numbers.h"

#include <charconv>
#include <cmath>

namespace mner {

std::string formatNumber(double v) {
    if (!std::isfinite(v)) v = 0;
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string formatFixed(double v, int decimals, int width) {
    if (!std::isfinite(v)) v = 0;
    char buf[400];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    std::string s(buf, r.ptr);
    if (int(s.size()) < width) s.insert(0, size_t(width) - s.size(), ' ');
    return s;
}

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    if (s.size() > 1 && s.front() == '+' && s[1] != '-') s.remove_prefix(1);
    return s;
}
}  // namespace

std::optional<double> parseNumber(std::string_view s) {
    s = trim(s);
    if (s.empty()) return std::nullopt;
    double v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;  // no nan, inf
    return v;
}

std::optional<long long> parseInteger(std::string_view s) {
    s = trim(s);
    if (s.empty()) return std::nullopt;
    long long v = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

std::vector<float> parseNumberList(std::string_view s, std::string *bad) {
    std::vector<float> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
        if (i >= s.size()) break;
        size_t e = i;
        while (e < s.size() && s[e] != ' ' && s[e] != '\t' && s[e] != '\r' && s[e] != '\n') ++e;
        std::string_view item = s.substr(i, e - i);
        float v = 0;
        const char *b = item.data();
        if (!item.empty() && item.front() == '+') ++b;
        auto r = std::from_chars(b, item.data() + item.size(), v);
        if (r.ec == std::errc::result_out_of_range) {  // e.g. 1e-50 in a float column: as strtof, round
            double d = 0;
            r = std::from_chars(b, item.data() + item.size(), d);
            v = float(d);
        }
        if (r.ec != std::errc() || r.ptr != item.data() + item.size() || !std::isfinite(v)) {
            if (bad) *bad = std::string(item);
            break;
        }
        out.push_back(v);
        i = e;
    }
    return out;
}

}  // namespace mner
