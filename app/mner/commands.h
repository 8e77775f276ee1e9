// The subcommands of `mner`. Each returns the exit status: 0 ok, 1 data error, 2 usage error
// (usage errors are thrown as cli::UsageError and turned into 2 by main).
#pragma once

#include "args.h"

#include <functional>
#include <string>
#include <vector>

namespace mner::cli {

struct Command {
    std::string name;
    std::string summary;
    std::string usage;  // full --help text
    std::function<int(const std::vector<std::string> &)> run;
};

std::vector<Command> dataCommands();     // import, export, eval, info
std::vector<Command> modelCommands();    // train, predict, models, bench (when built with the model library)
std::vector<Command> projectCommands();  // run (a model over a project's tweets into its layer)
std::vector<Command> serverCommands();   // push, pull, server (projects on a PostgreSQL server)

// A model file for --model: an existing file, a bundled model's name ("default" is cwi), or
// PROJECT.mner:vN (a model kept in a project, written to a temporary file). Throws otherwise.
std::string resolveModel(const std::string &nameOrFile);

}  // namespace mner::cli

#ifdef MNER_HAVE_IMAGE
#include "io/formats.h"
#include "model/taggers.h"

namespace mner::cli {
std::vector<Command> imageCommands();  // tag, tag-images
extern const std::vector<std::string> kTaggerOptions, kTaggerFlags;
extern const char *kTaggerHelp;
TaggerSpec taggerSpec(const Args &a);
// Image words for each tweet from the image named by its image id in dir (<id>, <id>.jpg, .png,
// .jpeg); tweets without a readable image get none and are counted in *missing.
std::vector<std::vector<std::string>> imageWordsFromDir(const Document &doc, const std::string &dir, const TaggerSpec &spec,
                                                        int *missing);
int runBenchTag(const std::vector<std::string> &argv);
}  // namespace mner::cli
#endif

namespace mner::cli {}  // namespace mner::cli
