#include "projectmodels.h"

#ifdef MNER_HAVE_STORE
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace mner::cli {

namespace {

std::vector<std::string> &tempFiles() {
    static std::vector<std::string> files;
    return files;
}
void removeTempFiles() {
    for (const auto &f : tempFiles()) std::remove(f.c_str());
}

bool versionSpec(const std::string &s, int *version) {
    if (s.size() < 2 || (s[0] != 'v' && s[0] != 'V')) return false;
    for (size_t i = 1; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    *version = std::atoi(s.c_str() + 1);
    return true;
}

// "vN", "NAME:vN" or "NAME vN" into name (empty for vN) and version; false for anything else.
bool splitVersionSpec(const std::string &spec, std::string *name, int *version) {
    if (versionSpec(spec, version)) {
        name->clear();
        return true;
    }
    size_t sep = spec.find_last_of(": ");
    if (sep == std::string::npos || !versionSpec(spec.substr(sep + 1), version)) return false;
    *name = spec.substr(0, sep);
    return true;
}

}  // namespace

bool isVersionSpec(const std::string &spec) {
    std::string name;
    int version = 0;
    return splitVersionSpec(spec, &name, &version);
}

std::string projectModelLabel(const ModelRow &m) { return m.name + " v" + std::to_string(m.version); }

ModelRow findProjectModel(Project &p, const std::string &spec) {
    std::string name = spec;
    int version = 0;
    if (!splitVersionSpec(spec, &name, &version)) name = spec;  // NAME: its latest version
    std::vector<ModelRow> fit;
    auto all = p.models();
    for (const ModelRow &m : all) {
        if (!m.stored) continue;  // registered bundled models live in files, not here
        if (!name.empty() && m.name != name) continue;
        if (version && m.version != version) continue;
        fit.push_back(m);
    }
    if (!version && !name.empty() && !fit.empty()) return fit.back();  // NAME: its latest version
    std::string have;
    for (const ModelRow &m : all)
        if (m.stored) have += (have.empty() ? "" : ", ") + projectModelLabel(m);
    if (have.empty()) have = "none";
    if (fit.empty()) throw std::runtime_error(p.path() + ": no kept model '" + spec + "' (kept: " + have + ")");
    if (fit.size() > 1)
        throw std::runtime_error(p.path() + ": '" + spec + "' fits several kept models (" + have + "); say NAME:vN");
    return fit.front();
}

std::string extractProjectModel(const std::string &modelArg) {
    size_t at = modelArg.find(".mner:");
    if (at == std::string::npos) return {};
    std::string file = modelArg.substr(0, at + 5), spec = modelArg.substr(at + 6);
    if (!fs::is_regular_file(file)) throw std::runtime_error(file + ": no such project");
    auto p = Project::open(file);
    ModelRow m = findProjectModel(*p, spec);
    std::string bytes = p->modelBytes(m.id);
    if (tempFiles().empty()) std::atexit(removeTempFiles);
    std::string tmp = (fs::temp_directory_path() /
                       ("mner-model-" + std::to_string(::getpid()) + "-" + std::to_string(tempFiles().size()) + ".mnerm"))
                          .string();
    std::ofstream out(tmp, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    out.close();
    if (!out) throw std::runtime_error(tmp + ": cannot write the model out of " + file);
    tempFiles().push_back(tmp);
    return tmp;
}

}  // namespace mner::cli
#endif
