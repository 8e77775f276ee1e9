// Dictionary suggestions for the open project: the spans of the edit layer (what annotators have
// labelled, gold included) and the gazetteers of the settings, kept current as edits arrive, and
// matched in a tweet to give the "suggestions" row below the text.
#pragma once

#include "text/dictionary.h"

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mner {
class Project;
}

namespace mner::ui {

class Suggestions {
public:
    static constexpr const char *kLayer = "suggestions";  // the row's name (not a project layer)
    // Reads every tweet's edit-layer spans and the gazetteers ("TYPE=FILE; TYPE=FILE", relative
    // files next to the project). Returns what could not be read (empty when all could); what
    // could be read is used either way.
    QString rebuild(Project *project, const QString &editLayer, const QString &gazetteers);
    // A tweet's edit-layer tags changed: its old spans leave the dictionary, its new ones enter.
    void tweetChanged(int64_t tweet, const std::vector<std::string> &words, const std::vector<std::string> &tags);
    std::vector<std::string> tag(const std::vector<std::string> &words) const { return dict_.tag(words); }
    size_t size() const { return dict_.size(); }

private:
    PhraseDictionary dict_;
    std::map<int64_t, std::pair<std::vector<std::string>, std::vector<std::string>>> contributed_;  // words, tags
};

}  // namespace mner::ui
