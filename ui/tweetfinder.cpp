#include "tweetfinder.h"

#include "store/project.h"
#include "text/tags.h"

namespace mner::ui {

QString firstModelLayer(Project *project) {
    for (const LayerInfo &l : project->layerList())
        if (l.kind == "model") return QString::fromStdString(l.name);
    return {};
}

QString activeModelLayer(Project *project) {
    QString last;
    const int64_t def = project->defaultModel();
    for (const LayerInfo &l : project->layerList()) {
        if (l.kind != "model") continue;
        last = QString::fromStdString(l.name);
        if (def)
            for (const ModelRow &m : project->models())
                if (m.id == def && l.name == "model:" + m.name + " v" + std::to_string(m.version)) return last;
    }
    return last;  // the newest model layer
}

int64_t mostUncertainTweet(Project *project, const QString &layer, const std::function<bool(int64_t)> &listed, int64_t current,
                           double *uncertainty) {
    auto u = project->uncertainties(layer.toStdString());
    int64_t best = 0;
    double bestU = -1;
    for (int64_t id : project->findTweets("", "", 0)) {
        auto it = u.find(id);
        if (id == current || it == u.end() || it->second <= bestU || !listed(id)) continue;
        best = id;
        bestU = it->second;
    }
    if (uncertainty) *uncertainty = bestU;
    return best;
}

int nextDisagreementRow(Project *project, const QString &ref, bool withGold, const QString &layer,
                        const std::function<int64_t(int)> &tweetAt, int rows, int fromRow) {
    auto refTags = project->layerTags(ref.toStdString());
    if (withGold)
        for (auto &[id, t] : project->layerTags("gold")) refTags.emplace(id, t);
    auto pred = project->layerTags(layer.toStdString());
    for (int row = fromRow + 1; row < rows; ++row) {
        int64_t id = tweetAt(row);
        auto p = pred.find(id);
        if (p == pred.end() || p->second.size() != refTags[id].size()) continue;
        if (spansOf(p->second) != spansOf(refTags[id])) return row;
    }
    return -1;
}

}  // namespace mner::ui
