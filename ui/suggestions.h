// Dictionary suggestions for the open project: the spans of the edit layer (what annotators have
// labelled, gold included) and the gazetteers of the settings, kept current as edits arrive, and
// matched in a tweet to give the "suggestions" row below the text.
#pragma once

#include "text/dictionary.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <string>
#include <vector>

namespace mner {
class Project;
}

namespace mner::ui {

class PagedReader;

class Suggestions {
public:
    Suggestions();
    ~Suggestions();
    static constexpr const char *kLayer = "suggestions";  // the row's name (not a project layer)
    // Reads the gazetteers ("TYPE=FILE; TYPE=FILE", relative files next to the project) and
    // starts reading every tweet's edit-layer spans, a page per turn of the event loop. Returns
    // what could not be read (empty when all could); what could be read is used either way.
    QString rebuild(Project *project, const QString &editLayer, const QString &gazetteers);
    bool reading() const;
    void finishReading();
    // A tweet's edit-layer tags changed: its old spans leave the dictionary, its new ones enter
    // (a tweet the reading has not reached yet is left to it).
    void tweetChanged(int64_t tweet, const std::vector<std::string> &words, const std::vector<std::string> &tags);
    std::vector<std::string> tag(const std::vector<std::string> &words) const { return dict_.tag(words); }
    size_t size() const { return dict_.size(); }

private:
    void add(int64_t tweet, const std::vector<std::string> &words, const std::vector<std::string> &tags);
    PhraseDictionary dict_;
    // what each tweet put in: its spans packed as "begin end TYPE\n..." (a tweet's words do not
    // change, so they are not kept: a million tweets' worth stays small)
    std::unordered_map<int64_t, std::string> contributed_;
    std::unique_ptr<PagedReader> reader_;
};

}  // namespace mner::ui
