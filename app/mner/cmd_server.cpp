// push, pull and server: projects on a team's PostgreSQL server.
#include "commands.h"

#include "store/project.h"
#include "store/transfer.h"

#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace mner::cli {

namespace {

const char *kPushUsage =
    "Usage: mner push PROJECT.mner postgresql://USER@HOST[:PORT]/DB?project=NAME\n\n"
    "Uploads a project to a PostgreSQL server as the new project NAME: tweets, images (their files'\n"
    "bytes: the server has no folder beside it), every layer, the edit history, models, image words.\n"
    "All of it or nothing. The server asks for the password libpq finds (PGPASSWORD, ~/.pgpass);\n"
    "the user must be allowed to create schemas (and, the first time, the team's roles).\n";

const char *kPullUsage =
    "Usage: mner pull postgresql://USER@HOST[:PORT]/DB?project=NAME -o PROJECT.mner\n\n"
    "Takes a consistent snapshot of a project on a server into a new project file (for export,\n"
    "backup or working offline). Edits others make meanwhile are not in it.\n";

const char *kServerUsage =
    "Usage: mner server init URL\n"
    "       mner server add-user URL NAME --role annotator|curator|reader [--password-stdin]\n\n"
    "init creates the project the URL names (?project=NAME) with no tweets, and the team's roles:\n"
    "  annotator  writes only its own layer (annotator:NAME) and its own history rows;\n"
    "  curator    also writes corrected and curated, model layers, tweets, models;\n"
    "  reader     reads everything.\n"
    "The server enforces them (row-level security), whatever the client. add-user creates a login\n"
    "NAME (or changes its role); --password-stdin reads its password from the first line of\n"
    "standard input. Both need a user allowed to create roles.\n";

int runPush(const std::vector<std::string> &argv) {
    Args a(argv, {}, {});
    a.expectPositional(2, 2, "a project file and a server URL");
    const std::string &file = a.positional()[0], &url = a.positional()[1];
    if (!isServerUrl(url)) throw UsageError(url + ": not a postgresql:// URL");
    if (!fs::is_regular_file(file)) throw std::runtime_error(file + ": no such project file");
    auto from = Project::open(file);
    auto to = Project::open(url, true);
    ProgressBar bar("pushing");
    TransferResult r = copyProject(*from, *to, [&](size_t d, size_t t) { return bar.update(d, t); });
    bar.finish();
    std::cout << "pushed " << from->tweetCount() << " tweets (" << r.rows << " rows, " << r.imagesEmbedded
              << " image files) to " << to->path() << "\n";
    if (r.imagesLeftOutside)
        std::cerr << "mner push: " << r.imagesLeftOutside
                  << " image(s) lie outside the project's folder and were not uploaded (their names are)\n";
    return 0;
}

int runPull(const std::vector<std::string> &argv) {
    Args a(argv, {"-o", "--output"}, {});
    a.expectPositional(1, 1, "a server URL");
    const std::string &url = a.positional()[0];
    const std::string out = a.get("-o", a.get("--output"));
    if (!isServerUrl(url)) throw UsageError(url + ": not a postgresql:// URL");
    if (out.empty()) throw UsageError("-o PROJECT.mner is required");
    if (fs::exists(out)) throw std::runtime_error(out + ": already exists (pull writes a new project file)");
    auto from = Project::open(url);
    TransferResult r;
    try {
        auto to = Project::open(out, true);
        ProgressBar bar("pulling");
        r = copyProject(*from, *to, [&](size_t d, size_t t) { return bar.update(d, t); });
        bar.finish();
    } catch (...) {
        std::error_code ec;  // nothing half-written stays behind
        for (const char *suffix : {"", "-wal", "-shm"}) fs::remove(out + suffix, ec);
        throw;
    }
    std::cout << "pulled " << from->tweetCount() << " tweets (" << r.rows << " rows) into " << out << "\n";
    return 0;
}

int runServer(const std::vector<std::string> &argv) {
    Args a(argv, {"--role"}, {"--password-stdin"});
    if (a.positional().empty()) throw UsageError("init or add-user?");
    const std::string &what = a.positional()[0];
    if (what == "init") {
        a.expectPositional(2, 2, "init URL");
        auto p = Project::open(a.positional()[1], true);
        std::cout << "project ready at " << p->path() << " (" << p->tweetCount() << " tweets)\n";
        return 0;
    }
    if (what == "add-user") {
        a.expectPositional(3, 3, "add-user URL NAME");
        if (!a.has("--role")) throw UsageError("--role annotator|curator|reader is required");
        std::string password;
        if (a.has("--password-stdin")) std::getline(std::cin, password);
        try {
            Project::addServerUser(a.positional()[1], a.positional()[2], a.get("--role"), password);
        } catch (const StoreError &e) {
            if (std::string(e.what()).find("unknown role") != std::string::npos) throw UsageError(e.what());
            throw;
        }
        std::cout << a.positional()[2] << " is now a " << a.get("--role") << "\n";
        return 0;
    }
    throw UsageError("unknown server command '" + what + "' (init, add-user)");
}

}  // namespace

std::vector<Command> serverCommands() {
    return {
        {"push", "upload a project file to a PostgreSQL server", kPushUsage, runPush},
        {"pull", "take a snapshot of a server project into a file", kPullUsage, runPull},
        {"server", "set up a server project and its team (init, add-user)", kServerUsage, runServer},
    };
}

}  // namespace mner::cli
