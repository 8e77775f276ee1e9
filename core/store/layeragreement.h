// Agreement of two layers of a project, read a page of tweets at a time (bounded memory in a
// project of any size); the window and mner agree both count through here.
#pragma once

#include "eval/agreement.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mner {

class Project;

// Counts into counter the tweets of ids (ascending, a page as Project::tweetIdsAfter gives it)
// that both layers label with as many tokens, and that keep accepts when given.
void addLayerAgreement(Project &project, const std::string &a, const std::string &b, const std::vector<int64_t> &ids,
                       AgreementCounter &counter, const std::function<bool(int64_t)> &keep = {});

// The same over the whole project, 4,096 tweets a page.
AgreementCounter layerAgreement(Project &project, const std::string &a, const std::string &b,
                                const std::function<bool(int64_t)> &keep = {});

}  // namespace mner
