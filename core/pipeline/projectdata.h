// Training and prediction inputs from a project: each tweet's words, a layer's tags and its image
// words. Shared by `mner train --project`, the GUI's retraining and model runs, and the
// active-learning simulation. No libtorch here.
#pragma once

#include "model/model.h"
#include "store/project.h"

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

// Before continuing a model on a project: the examples' types in the model's names where the
// project's aliases say they are the same type (a MISC project retrains an OTHER model's rows).
// Types without an alias stay, and training gives them rows of their own.
void alignTypesToModel(std::vector<Example> &examples, const std::vector<std::string> &modelTags, const TypeAliases &aliases);
// A project's types in a model's names (for TrainOptions::types when continuing that model).
std::vector<std::string> typesForModel(const std::vector<std::string> &projectTypes, const std::vector<std::string> &modelTags,
                                       const TypeAliases &aliases);

}  // namespace mner
