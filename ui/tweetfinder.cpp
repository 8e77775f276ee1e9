#include "tweetfinder.h"

#include "store/project.h"
#include "text/tags.h"

#include <algorithm>
#include <map>

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
    // the open tweets from the most uncertain down (the store's index), a page of rows at a time
    TweetQuery q;
    q.status = 0;
    q.key = TweetQuery::Key::Uncertainty;
    q.descending = true;
    q.modelLayer = layer.toStdString();
    const std::vector<int64_t> order = project->listTweets(q);
    constexpr size_t kPage = 256;
    for (size_t at = 0; at < order.size(); at += kPage) {
        std::vector<int64_t> page(order.begin() + long(at), order.begin() + long(std::min(order.size(), at + kPage)));
        for (const TweetRow &r : project->tweetRows(page, q.modelLayer)) {
            if (r.uncertainty < 0) break;  // the rest have no score
            if (r.id == current || !listed(r.id)) continue;
            if (uncertainty) *uncertainty = r.uncertainty;
            return r.id;
        }
    }
    if (uncertainty) *uncertainty = -1;
    return 0;
}

int nextDisagreementRow(Project *project, const QString &ref, bool withGold, const QString &layer,
                        const std::function<int64_t(int)> &tweetAt, int rows, int fromRow) {
    // the rows a page at a time: against corrected the store keeps each tweet's disagreement;
    // other references (an annotator's layer) are read tweet by tweet
    const bool kept = ref == QLatin1String("corrected");
    constexpr int kPage = 256;
    for (int row = fromRow + 1; row < rows; row += kPage) {
        const int end = std::min(rows, row + kPage);
        if (kept) {
            std::vector<int64_t> ids;
            for (int r = row; r < end; ++r) ids.push_back(tweetAt(r));
            std::map<int64_t, int> dis;
            for (const TweetRow &t : project->tweetRows(ids, layer.toStdString())) dis[t.id] = t.disagreement;
            for (int r = row; r < end; ++r)
                if (dis[tweetAt(r)] > 0) return r;
            continue;
        }
        for (int r = row; r < end; ++r) {
            const int64_t id = tweetAt(r);
            std::vector<std::string> refTags = project->labels(ref.toStdString(), id);
            if (refTags.empty() && withGold) refTags = project->labels("gold", id);
            const std::vector<std::string> pred = project->labels(layer.toStdString(), id);
            if (pred.empty() || pred.size() != refTags.size()) continue;
            if (spansOf(pred) != spansOf(refTags)) return r;
        }
    }
    return -1;
}

}  // namespace mner::ui
