// Numbers in data (JSON, model headers, stored confidences and scores, TSV, reports) are written
// and read here, never through the C locale: the GUI runs under setlocale(LC_ALL, ""), and a
// German or Persian desktop would otherwise write "0,3" and read "0.3" as 0.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mner {

// The shortest text that reads back as exactly v ("0.003", "1e-07", "12"); "nan"/"inf" never
// appear in data, so non-finite values are written as 0.
std::string formatNumber(double v);
// v with `decimals` digits after a '.', right-aligned in at least `width` characters (printf's
// "%*.*f" in the C locale).
std::string formatFixed(double v, int decimals, int width = 0);

// The whole of s as a finite number ('.' decimal point, optional sign and exponent; leading '+'
// and surrounding blanks allowed); nothing when s is anything else (also "nan", "inf").
std::optional<double> parseNumber(std::string_view s);
std::optional<long long> parseInteger(std::string_view s);
// Space-separated numbers (as in "0.953 0.5 1"); stops at the first item that is not one and
// reports it through *bad when given.
std::vector<float> parseNumberList(std::string_view s, std::string *bad = nullptr);

}  // namespace mner
