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

std::vector<Command> dataCommands();   // import, export, eval, info
std::vector<Command> modelCommands();  // train, predict, models, bench (when built with the model library)

} // namespace mner::cli
