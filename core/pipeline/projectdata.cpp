#include "pipeline/projectdata.h"

#include "image/classify.h"
#include "text/tags.h"

#include <algorithm>
#include <set>

namespace mner {

std::vector<std::string> chooseImageWords(const std::map<std::string, std::string> &bySource, const std::string &modelSource) {
    std::string want = modelSource.rfind("tagger:", 0) == 0 ? modelSource.substr(7) : "caption";
    auto pick = [&](const std::string &prefix) -> const std::pair<const std::string, std::string> * {
        for (const auto &kv : bySource)
            if (kv.first.rfind(prefix, 0) == 0) return &kv;
        return nullptr;
    };
    const auto *kv = pick(want);
    if (!kv) kv = pick("caption");
    if (!kv && !bySource.empty()) kv = &*bySource.begin();
    if (!kv) return {};
    if (kv->first.rfind("caption", 0) == 0) return captionWords(kv->second);
    std::vector<ClassScore> classes;
    size_t at = 0;
    while (at <= kv->second.size()) {
        size_t bar = kv->second.find('|', at);
        if (bar == std::string::npos) bar = kv->second.size();
        classes.push_back({0, kv->second.substr(at, bar - at), 0});
        at = bar + 1;
    }
    return classWords(classes);
}

ProjectExamples projectExamples(Project &p, const std::string &layer, const std::vector<std::string> &splits,
                                const std::string &modelSource) {
    bool known = false;
    for (const auto &l : p.layerList()) known |= l.name == layer;
    if (!known) throw StoreError("no layer named '" + layer + "' in " + p.path());
    std::set<int64_t> wanted;
    if (splits.empty()) {
        for (int64_t id : p.tweetIds()) wanted.insert(id);
    } else {
        for (const auto &s : splits) {
            auto ids = p.tweetIds(s);
            if (ids.empty()) throw StoreError("no tweets in split '" + s + "' of " + p.path());
            wanted.insert(ids.begin(), ids.end());
        }
    }
    auto words = p.allWords();
    auto tags = p.layerTags(layer);
    auto image = p.allImageWords();
    ProjectExamples out;
    for (int64_t id : wanted) {
        auto t = tags.find(id);
        if (t == tags.end()) continue;
        Example e;
        e.words = words[id];
        e.tags = t->second;
        if (e.tags.size() != e.words.size()) continue;
        auto im = image.find(id);
        if (im != image.end()) e.imageWords = chooseImageWords(im->second, modelSource);
        out.examples.push_back(std::move(e));
        out.tweetIds.push_back(id);
    }
    return out;
}

namespace {
// The entity types of a model's tag set (B-X, I-X -> X), in order, once each.
std::vector<std::string> typesOfTags(const std::vector<std::string> &tags) {
    std::vector<std::string> types;
    for (const auto &t : tags) {
        TagParts p = splitTag(t);
        if (!p.type.empty() && std::find(types.begin(), types.end(), p.type) == types.end()) types.push_back(p.type);
    }
    return types;
}
}  // namespace

void alignTypesToModel(std::vector<Example> &examples, const std::vector<std::string> &modelTags, const TypeAliases &aliases) {
    const std::vector<std::string> types = typesOfTags(modelTags);
    for (Example &e : examples) e.tags = aliases.tagsTo(e.tags, types);
}

std::vector<std::string> typesForModel(const std::vector<std::string> &projectTypes, const std::vector<std::string> &modelTags,
                                       const TypeAliases &aliases) {
    const std::vector<std::string> modelTypes = typesOfTags(modelTags);
    std::vector<std::string> out;
    for (const auto &t : projectTypes) out.push_back(aliases.to(t, modelTypes));
    return out;
}

std::vector<Project::LayerRow> tagTweets(const Tagger &tagger, const std::vector<TweetToTag> &tweets, Tagger::Uncertainty measure,
                                         int batchSize, const std::function<bool(size_t, size_t)> &progress) {
    const size_t batch = size_t(std::max(1, batchSize));
    // the tagger sorts what it gets by length: 16 batches at a time leave little padding and
    // still report progress (and take a cancel) every second or so
    const size_t step = 16 * batch;
    const std::string &source = tagger.meta().imageWordSource;
    std::vector<Project::LayerRow> rows;
    rows.reserve(tweets.size());
    for (size_t s = 0; s < tweets.size(); s += step) {
        std::vector<Example> ex;
        const size_t e = std::min(tweets.size(), s + step);
        for (size_t i = s; i < e; ++i) ex.push_back({tweets[i].words, {}, chooseImageWords(tweets[i].imageWords, source)});
        auto analysed = tagger.analyse(ex, measure, int(batch));
        for (size_t i = 0; i < ex.size(); ++i)
            rows.push_back(
                {tweets[s + i].tweetId, std::move(analysed[i].tags), std::move(analysed[i].confidence), analysed[i].uncertainty});
        if (progress && !progress(e, tweets.size())) break;
    }
    return rows;
}

std::string runMarkKey(const std::string &layer) { return "run:" + layer; }

std::vector<TweetToTag> chunkToTag(Project &p, const std::vector<int64_t> &ids, size_t at, size_t end, const std::string &layer,
                                   bool resume) {
    const int64_t from = ids[at], to = ids[end - 1];
    std::vector<int64_t> scored;
    if (resume) scored = p.scoredTweets(layer, from, to);
    auto words = p.allWords(from, to);
    auto images = p.allImageWords(from, to);
    std::vector<TweetToTag> out;
    for (size_t i = at; i < end; ++i)
        if (!std::binary_search(scored.begin(), scored.end(), ids[i]))
            out.push_back({ids[i], std::move(words[ids[i]]), std::move(images[ids[i]])});
    return out;
}

}  // namespace mner
