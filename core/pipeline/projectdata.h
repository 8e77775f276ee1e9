// Training and prediction inputs from a project: each tweet's words, a layer's tags and its image
// words. Shared by `mner train --project`, the GUI's retraining and model runs, and the
// active-learning simulation. No libtorch here.
#pragma once

#include "model/model.h"
#include "store/project.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace mner {

struct ProjectExamples {
    std::vector<Example> examples;
    std::vector<int64_t> tweetIds;  // parallel to examples
};

// Image words from a tweet's stored words by source: the source the model wants ("caption" or a
// tagger's name, e.g. from ModelMeta::imageWordSource "tagger:mobilenet_v2"), else a caption,
// else any tagger's classes. Captions become caption words, tagger classes their words.
std::vector<std::string> chooseImageWords(const std::map<std::string, std::string> &bySource, const std::string &modelSource);

// The tweets of the splits (all when empty) with the layer's tags ("corrected" falls back to gold
// per tweet; other layers give only the tweets they label). Throws StoreError for unknown layers.
ProjectExamples projectExamples(Project &p, const std::string &layer, const std::vector<std::string> &splits,
                                const std::string &modelSource = "caption");

// A project's tweet as a model run sees it: its words and its stored image words by source.
struct TweetToTag {
    int64_t tweetId;
    std::vector<std::string> words;
    std::map<std::string, std::string> imageWords;
};
// Tags, each token's confidence and the tweet's uncertainty (by measure) for each tweet, a batch
// at a time (what `mner run` and Model › Run model store). progress(done, total) is called after
// every 16 batches; false stops there, and the rows so far are returned.
std::vector<Project::LayerRow> tagTweets(const Tagger &tagger, const std::vector<TweetToTag> &tweets, Tagger::Uncertainty measure,
                                         int batchSize, const std::function<bool(size_t, size_t)> &progress = {});

// Model runs go a chunk of tweets at a time, each chunk written as it is done; a run leaves a mark
// in the project's meta (runMarkKey(layer) = the model's fingerprint) until it is whole, and the
// next run of that model skips the tweets it wrote.
std::string runMarkKey(const std::string &layer);
// The tweets ids[at, end) (sorted) to tag, read in one range; with resume, those the layer has
// scored already are left out.
std::vector<TweetToTag> chunkToTag(Project &p, const std::vector<int64_t> &ids, size_t at, size_t end, const std::string &layer,
                                   bool resume);

// Before continuing a model on a project: the examples' types in the model's names where the
// project's aliases say they are the same type (a MISC project retrains an OTHER model's rows).
// Types without an alias stay, and training gives them rows of their own.
void alignTypesToModel(std::vector<Example> &examples, const std::vector<std::string> &modelTags, const TypeAliases &aliases);
// A project's types in a model's names (for TrainOptions::types when continuing that model).
std::vector<std::string> typesForModel(const std::vector<std::string> &projectTypes, const std::vector<std::string> &modelTags,
                                       const TypeAliases &aliases);

}  // namespace mner
