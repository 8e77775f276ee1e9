// Renaming entity types on import and export (OTHER <-> MISC, WNUT's ten types -> four, ...).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace mner {

class TypeMap {
public:
    TypeMap() = default;
    // "FROM=TO,FROM=TO" or the name of a built-in map: "wnut" (WNUT-16/17 types to PER/LOC/ORG/
    // MISC), "other-misc", "misc-other". A TO of "O" drops the type. Throws std::invalid_argument.
    static TypeMap parse(const std::string &spec);

    bool empty() const { return map_.empty(); }
    void add(const std::string &from, const std::string &to) { map_[from] = to; }
    // The new name of a type; the type itself when not mapped; "O" when it is to be dropped.
    std::string apply(const std::string &type) const;
    // Applies the map to a BIO2 tag sequence; dropped types become O, and an I- that follows a
    // dropped or differently typed token becomes B-.
    std::vector<std::string> applyToTags(const std::vector<std::string> &tags) const;

private:
    std::map<std::string, std::string> map_;
};

// Which type names mean the same across label sets, so that a model trained on one set tags a
// project that uses the other in the project's own names (the bundled models say OTHER, CoNLL-2003
// and Twitter-2017 say MISC). Symmetric; MISC = OTHER is built in.
class TypeAliases {
public:
    TypeAliases();
    // Adds "A=B,C=D" to the built-in pairs. Throws std::invalid_argument.
    void addSpec(const std::string &spec);
    void add(const std::string &a, const std::string &b);
    // The name of type in a label set `names`: type itself when the set has it (or is empty), else
    // an alias of it that the set has, else type unchanged.
    std::string to(const std::string &type, const std::vector<std::string> &names) const;
    // The same for every B-/I- tag of a sequence (O stays O).
    std::vector<std::string> tagsTo(const std::vector<std::string> &tags, const std::vector<std::string> &names) const;
    const std::vector<std::pair<std::string, std::string>> &pairs() const { return pairs_; }

private:
    std::vector<std::pair<std::string, std::string>> pairs_;
};

}  // namespace mner
