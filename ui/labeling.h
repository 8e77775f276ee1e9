// Pure functions behind the labelling keys: what a tag sequence becomes when a range is given a
// type, cleared, or takes a model's span. They keep the sequence valid BIO2.
#pragma once

#include <string>
#include <vector>

namespace mner::ui {

// Tags with [begin, end) labelled as one entity of type (empty type: cleared to O). A span that
// continued past the range is cut there and its remainder starts with B-.
std::vector<std::string> relabel(const std::vector<std::string> &tags, int begin, int end, const std::string &type);

// The smallest range [begin, end) where two equally long sequences differ; begin == end when equal.
std::pair<int, int> changedRange(const std::vector<std::string> &a, const std::vector<std::string> &b);

}  // namespace mner::ui
