#include "io/typemap.h"

#include "text/tags.h"

#include <algorithm>
#include <stdexcept>

namespace mner {

TypeMap TypeMap::parse(const std::string &spec) {
    TypeMap m;
    if (spec.empty()) return m;
    if (spec == "wnut") {
        for (auto [f, t] : std::initializer_list<std::pair<const char *, const char *>>{{"person", "PER"},
                                                                                        {"musicartist", "PER"},
                                                                                        {"geo-loc", "LOC"},
                                                                                        {"location", "LOC"},
                                                                                        {"facility", "LOC"},
                                                                                        {"company", "ORG"},
                                                                                        {"sportsteam", "ORG"},
                                                                                        {"group", "ORG"},
                                                                                        {"corporation", "ORG"},
                                                                                        {"product", "MISC"},
                                                                                        {"movie", "MISC"},
                                                                                        {"tvshow", "MISC"},
                                                                                        {"other", "MISC"},
                                                                                        {"creative-work", "MISC"}})
            m.add(f, t);
        return m;
    }
    if (spec == "other-misc") {
        m.add("OTHER", "MISC");
        return m;
    }
    if (spec == "misc-other") {
        m.add("MISC", "OTHER");
        return m;
    }
    size_t pos = 0;
    while (pos <= spec.size()) {
        size_t comma = spec.find(',', pos);
        std::string item = spec.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        size_t eq = item.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
            throw std::invalid_argument("type map item '" + item + "': expected FROM=TO");
        m.add(item.substr(0, eq), item.substr(eq + 1));
        if (comma == std::string::npos) break;
        pos = comma + 1;
    }
    return m;
}

std::string TypeMap::apply(const std::string &type) const {
    auto it = map_.find(type);
    return it == map_.end() ? type : it->second;
}

std::vector<std::string> TypeMap::applyToTags(const std::vector<std::string> &tags) const {
    if (map_.empty()) return tags;
    // Work on spans so that a type map never produces an ill-formed sequence.
    std::vector<Span> spans = spansOf(tags), kept;
    for (Span s : spans) {
        s.type = apply(s.type);
        if (s.type != "O") kept.push_back(s);
    }
    return tagsOf(kept, static_cast<int>(tags.size()));
}

TypeAliases::TypeAliases() { add("MISC", "OTHER"); }

void TypeAliases::add(const std::string &a, const std::string &b) {
    if (a.empty() || b.empty() || a == b) return;
    for (const auto &p : pairs_)
        if ((p.first == a && p.second == b) || (p.first == b && p.second == a)) return;
    pairs_.emplace_back(a, b);
}

void TypeAliases::addSpec(const std::string &spec) {
    size_t pos = 0;
    while (pos < spec.size()) {
        size_t comma = spec.find(',', pos);
        std::string item = spec.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        size_t eq = item.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
            throw std::invalid_argument("type alias '" + item + "': expected A=B (a model's type = a project's type)");
        add(item.substr(0, eq), item.substr(eq + 1));
        if (comma == std::string::npos) break;
        pos = comma + 1;
    }
}

std::string TypeAliases::to(const std::string &type, const std::vector<std::string> &names) const {
    auto has = [&](const std::string &t) { return std::find(names.begin(), names.end(), t) != names.end(); };
    if (names.empty() || has(type)) return type;
    for (const auto &[a, b] : pairs_) {
        if (a == type && has(b)) return b;
        if (b == type && has(a)) return a;
    }
    return type;
}

std::vector<std::string> TypeAliases::tagsTo(const std::vector<std::string> &tags, const std::vector<std::string> &names) const {
    std::vector<std::string> out;
    out.reserve(tags.size());
    for (const std::string &t : tags) {
        if (t.size() > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-')
            out.push_back(t.substr(0, 2) + to(t.substr(2), names));
        else
            out.push_back(t);
    }
    return out;
}

}  // namespace mner
