// Models kept in a project, as the command line names them: "vN", "NAME:vN", "NAME vN" or
// "NAME" (its latest version) inside a project; "PROJECT.mner:vN" wherever --model is taken.
#pragma once

#ifdef MNER_HAVE_STORE
#include "store/project.h"

#include <string>

namespace mner::cli {

// The project's model that spec names. Throws std::runtime_error naming the versions there are
// when none or several fit.
ModelRow findProjectModel(Project &p, const std::string &spec);

// Whether spec names a kept version: "vN", "NAME:vN" or "NAME vN" (a bare NAME does not).
bool isVersionSpec(const std::string &spec);

// "NAME vN", the name a kept model's layer and messages use (as the GUI does).
std::string projectModelLabel(const ModelRow &m);

// For "FILE.mner:SPEC": writes that model's bytes to a temporary file (removed when mner exits)
// and returns its path; for anything else, an empty string.
std::string extractProjectModel(const std::string &modelArg);

}  // namespace mner::cli
#endif
