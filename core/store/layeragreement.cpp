#include "store/layeragreement.h"

#include "store/project.h"

#include <limits>

namespace mner {

void addLayerAgreement(Project &project, const std::string &a, const std::string &b, const std::vector<int64_t> &ids,
                       AgreementCounter &counter, const std::function<bool(int64_t)> &keep) {
    if (ids.empty()) return;
    auto ta = project.layerTags(a, ids.front(), ids.back());
    auto tb = project.layerTags(b, ids.front(), ids.back());
    for (const auto &[id, tags] : ta) {
        if (keep && !keep(id)) continue;
        auto it = tb.find(id);
        if (it != tb.end() && it->second.size() == tags.size()) counter.add(tags, it->second);
    }
}

AgreementCounter layerAgreement(Project &project, const std::string &a, const std::string &b,
                                const std::function<bool(int64_t)> &keep) {
    AgreementCounter counter;
    for (std::vector<int64_t> ids = project.tweetIdsAfter(std::numeric_limits<int64_t>::min(), 4096); !ids.empty();
         ids = project.tweetIdsAfter(ids.back(), 4096))
        addLayerAgreement(project, a, b, ids, counter, keep);
    return counter;
}

}  // namespace mner
