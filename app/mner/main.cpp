// mner: the command-line face of mner-studio (import, export, eval, train, predict, ...).
#include "commands.h"

#include "io/formats.h"

#include "../common/openblas_core.h"

#include <clocale>
#include <cstdio>
#include <iostream>

#ifndef MNER_HAVE_MODEL
std::vector<mner::cli::Command> mner::cli::modelCommands() { return {}; }
#endif

namespace {

void printHelp(const std::vector<mner::cli::Command> &cmds) {
    std::cout << "mner " MNER_VERSION " - multimodal named entity recognition for tweets\n\n"
                 "Usage: mner COMMAND [ARGS...]\n       mner COMMAND --help\n\nCommands:\n";
    for (const auto &c : cmds) std::printf("  %-12s %s\n", c.name.c_str(), c.summary.c_str());
    std::cout << "\nExit status: 0 ok, 1 data error, 2 usage error.\n";
}

}  // namespace

int main(int argc, char **argv) {
    // The user's locale, as the GUI has it (Qt sets it): messages and file names in their encoding.
    // Data never goes through it (text/numbers.h), which the tests check under de_DE.
    std::setlocale(LC_ALL, "");
    // stdio and iostreams stay synchronised: commands mix printf-style tables and streams
    auto cmds = mner::cli::dataCommands();
    for (auto &c : mner::cli::modelCommands()) cmds.push_back(std::move(c));
#ifdef MNER_HAVE_STORE
    for (auto &c : mner::cli::projectCommands()) cmds.push_back(std::move(c));
    for (auto &c : mner::cli::serverCommands()) cmds.push_back(std::move(c));
#endif
#ifdef MNER_HAVE_IMAGE
    for (auto &c : mner::cli::imageCommands()) cmds.push_back(std::move(c));
#endif
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printHelp(cmds);
        return 2;
    }
    std::string name = args[0];
    // Commands that multiply matrices for long enough to repay starting again (see openblas_core.h).
    for (const char *heavy : {"train", "ensemble", "pretrain", "simulate-al", "predict", "run", "tag", "tag-images", "bench"})
        if (name == heavy) mner::fixOpenblasCore(argv);
    if (name == "-h" || name == "--help" || name == "help") {
        if (args.size() > 1)
            for (const auto &c : cmds)
                if (c.name == args[1]) {
                    std::cout << c.usage;
                    return 0;
                }
        printHelp(cmds);
        return 0;
    }
    if (name == "--version" || name == "-V") {
        std::cout << "mner " MNER_VERSION "\n";
        return 0;
    }
    for (const auto &c : cmds) {
        if (c.name != name) continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        try {
            for (const auto &a : rest)
                if (a == "-h" || a == "--help") {
                    std::cout << c.usage;
                    return 0;
                }
            return c.run(rest);
        } catch (const mner::cli::UsageError &e) {
            std::cerr << "mner " << name << ": " << e.what() << "\n" << c.usage;
            return 2;
        } catch (const std::exception &e) {
            std::cerr << "mner " << name << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::cerr << "mner: unknown command '" << name << "' (see mner --help)\n";
    return 2;
}
