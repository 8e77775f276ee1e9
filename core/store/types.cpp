// A project's entity types and the aliases of models' types.
#include "store/project.h"
#include "store/projectinternal.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace mner {

using namespace internal;

namespace {
void checkTypeName(const std::string &n) {
    if (n.empty() || n == "O" || n.find_first_of(" \t\n\r") != std::string::npos)
        throw StoreError(Message{"'{1}' cannot be an entity type (a name without spaces, not O)", {n}});
}
}  // namespace

std::vector<std::string> Project::entityTypes() {
    std::vector<std::string> out;
    auto listed = db_.prepare("SELECT name FROM entity_types ORDER BY position, name");
    while (listed.step()) out.push_back(listed.text(0));
    if (!out.empty()) return out;
    std::vector<std::string> rest = usedTypes(db_);
    for (const char *first : {"PER", "LOC", "ORG"})
        if (auto it = std::find(rest.begin(), rest.end(), first); it != rest.end()) {
            out.push_back(first);
            rest.erase(it);
        }
    std::sort(rest.begin(), rest.end());
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

void Project::setEntityTypes(const std::vector<std::string> &names) {
    for (size_t i = 0; i < names.size(); ++i) {
        checkTypeName(names[i]);
        for (size_t j = 0; j < i; ++j)
            if (names[j] == names[i]) throw StoreError("entity type '" + names[i] + "' is listed twice");
    }
    Transaction tx(db_);
    db_.exec("DELETE FROM entity_types");
    auto ins = db_.prepare("INSERT INTO entity_types(name, position) VALUES (?, ?)");
    for (size_t i = 0; i < names.size(); ++i) ins.bind(1, names[i]).bind(2, int64_t(i)).run();
    tx.commit();
}

int Project::renameEntityType(const std::string &from, const std::string &to) {
    checkTypeName(from);
    checkTypeName(to);
    if (from == to) return 0;
    std::vector<std::string> types = entityTypes();
    Transaction tx(db_);
    int changed = 0;
    for (const char *prefix : {"B-", "I-"}) {
        auto st = db_.prepare("UPDATE labels SET tag = ? WHERE tag = ?");
        st.bind(1, prefix + to).bind(2, prefix + from).run();
        changed += db_.changes();
    }
    // aliases that pointed at the old name point at the new one
    auto aliases = db_.prepare("UPDATE type_aliases SET type = ? WHERE type = ?");
    aliases.bind(1, to).bind(2, from).run();
    // the list: `to` takes `from`'s place unless it is there already (a merge)
    std::vector<std::string> next;
    bool merged = std::find(types.begin(), types.end(), to) != types.end();
    for (const auto &t : types) {
        if (t == from) {
            if (!merged) next.push_back(to);
        } else {
            next.push_back(t);
        }
    }
    db_.exec("DELETE FROM entity_types");
    auto ins = db_.prepare("INSERT INTO entity_types(name, position) VALUES (?, ?)");
    for (size_t i = 0; i < next.size(); ++i) ins.bind(1, next[i]).bind(2, int64_t(i)).run();
    if (changed) {
        countSummaries(db_);  // merged types may merge spans and change disagreements
        db_.exec("DELETE FROM meta WHERE key = 'used_types'");  // counted again when next asked
    }
    tx.commit();
    return changed;
}

TypeAliases Project::typeAliases() {
    TypeAliases a;
    auto st = db_.prepare("SELECT alias, type FROM type_aliases ORDER BY alias");
    while (st.step()) a.add(st.text(0), st.text(1));
    return a;
}

std::vector<std::pair<std::string, std::string>> Project::storedTypeAliases() {
    std::vector<std::pair<std::string, std::string>> out;
    auto st = db_.prepare("SELECT alias, type FROM type_aliases ORDER BY alias");
    while (st.step()) out.emplace_back(st.text(0), st.text(1));
    return out;
}

void Project::setTypeAliases(const std::vector<std::pair<std::string, std::string>> &aliases) {
    for (const auto &[a, t] : aliases) {
        checkTypeName(a);
        checkTypeName(t);
    }
    Transaction tx(db_);
    db_.exec("DELETE FROM type_aliases");
    auto st = db_.prepare("INSERT INTO type_aliases(alias, type) VALUES (?, ?) ON CONFLICT(alias) DO UPDATE SET type = excluded.type");
    for (const auto &[a, t] : aliases) st.bind(1, a).bind(2, t).run();
    tx.commit();
}

void Project::addTypeAlias(const std::string &modelType, const std::string &projectType) {
    auto st = db_.prepare("INSERT INTO type_aliases(alias, type) VALUES (?, ?) ON CONFLICT(alias) DO UPDATE SET type = excluded.type");
    st.bind(1, modelType).bind(2, projectType).run();
}

}  // namespace mner
