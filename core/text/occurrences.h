// Where else a labelled phrase occurs unlabelled: the search behind "label all occurrences".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mner {

struct Occurrence {
    int64_t tweet = 0;
    int begin = 0, end = 0;  // token range [begin, end)
};

// Every place where the token sequence phrase occurs in words (by tweet, in id order; left to
// right within a tweet, not overlapping) and all of its tokens are tagged O in tags, except the
// range [skipBegin, skipEnd) of tweet skipTweet. Tokens compare with ASCII letters folded to
// lower case ("Halifax" finds "HALIFAX"); other characters compare exactly. A tweet without
// tags (or with a different token count) is not searched. Requires a non-empty phrase.
std::vector<Occurrence> findUnlabelledOccurrences(const std::map<int64_t, std::vector<std::string>> &words,
                                                  const std::map<int64_t, std::vector<std::string>> &tags,
                                                  const std::vector<std::string> &phrase, int64_t skipTweet = 0,
                                                  int skipBegin = 0, int skipEnd = 0);

}  // namespace mner
