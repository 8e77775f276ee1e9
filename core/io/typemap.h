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

} // namespace mner
