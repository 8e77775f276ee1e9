// import, export, eval, info.
#include "commands.h"

#include "text/numbers.h"

#include "eval/agreement.h"
#include "eval/conlleval.h"
#include "eval/errors.h"
#include "io/captions.h"
#include "io/formats.h"
#ifdef MNER_HAVE_STORE
#include "store/layeragreement.h"
#include "store/project.h"
#endif

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace mner::cli {

namespace {

Format formatOption(const Args &a) {
    try {
        return parseFormat(a.get("--format", "auto"));
    } catch (const std::invalid_argument &e) { throw UsageError(e.what()); }
}

const char *kEvalUsage = "Usage: mner eval GOLD PRED [--format F] [--errors]\n\n"
                         "Scores PRED against GOLD with conlleval's rules and prints conlleval's report.\n"
                         "Both files are read in their own format (auto-detected unless --format is given) and must\n"
                         "hold the same tweets with the same tokens in the same order.\n\n"
                         "  --format F   auto|twitter|conll|conll2003|jsonl|doccano (both files)\n"
                         "  --errors     also count span errors by kind and type\n";

int runEval(const std::vector<std::string> &argv) {
    Args a(argv, {"--format"}, {"--errors"});
    a.expectPositional(2, 2, "GOLD and PRED files");
    ReadOptions ro;
    ro.format = formatOption(a);
    Document gold = readDocument(a.positional()[0], ro);
    Document pred = readDocument(a.positional()[1], ro);
    const std::string &gf = a.positional()[0], &pf = a.positional()[1];
    if (gold.tweets.size() != pred.tweets.size())
        throw std::runtime_error(gf + " has " + std::to_string(gold.tweets.size()) + " tweets but " + pf + " has " +
                                 std::to_string(pred.tweets.size()));
    ConllEval ev;
    ErrorCounts counts;
    for (size_t i = 0; i < gold.tweets.size(); ++i) {
        const Tweet &g = gold.tweets[i], &p = pred.tweets[i];
        std::string name = "tweet " + std::to_string(i + 1) + " (id " + g.id + ", " + gf + ":" + std::to_string(g.line) + ", " +
                           pf + ":" + std::to_string(p.line) + ")";
        if (g.tokens.size() != p.tokens.size())
            throw std::runtime_error(name + ": gold has " + std::to_string(g.tokens.size()) + " tokens, prediction " +
                                     std::to_string(p.tokens.size()));
        for (size_t k = 0; k < g.tokens.size(); ++k)
            if (g.tokens[k].text != p.tokens[k].text)
                throw std::runtime_error(name + ": token " + std::to_string(k + 1) + " is '" + g.tokens[k].text +
                                         "' in gold but '" + p.tokens[k].text + "' in prediction");
        std::vector<std::string> gt = tagsOf(g), pt = tagsOf(p);
        ev.add(gt, pt);
        if (a.has("--errors")) counts.add(classifySpans(spansOf(gt), spansOf(pt)));
    }
    std::cout << conllReport(ev.finish());
    if (a.has("--errors")) {
        std::cout << "\nspan errors:";
        for (int k = 0; k < kErrorKinds; ++k)
            std::cout << (k ? ", " : " ") << errorKindName(ErrorKind(k)) << " " << counts.total[size_t(k)];
        std::cout << "\n";
        for (const auto &[type, arr] : counts.byType) {
            std::printf("%17s:", type.c_str());
            for (int k = 0; k < kErrorKinds; ++k)
                std::printf(" %s %d%s", errorKindName(ErrorKind(k)), arr[size_t(k)], k + 1 < kErrorKinds ? "," : "");
            std::printf("\n");
        }
        std::fflush(stdout);
    }
    return 0;
}

#ifdef MNER_HAVE_STORE
TypeMap typeMapOption(const Args &a) {
    try {
        return TypeMap::parse(a.get("--type-map"));
    } catch (const std::invalid_argument &e) { throw UsageError(e.what()); }
}

// Writes to a temporary file beside the target, then renames: a failed export leaves no half file.
void writeOutput(const std::string &path, const std::function<void(std::ostream &)> &write) {
    if (path.empty() || path == "-") {
        write(std::cout);
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("cannot write to standard output");
        return;
    }
    std::string tmp = path + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(path + ": cannot open for writing");
        write(out);
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw std::runtime_error(path + ": write failed (disk full?)");
        }
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        std::remove(tmp.c_str());
        throw std::runtime_error(path + ": cannot replace the file: " + ec.message());
    }
}

const char *kImportUsage =
    "Usage: mner import PROJECT FILE... [--format F] [--split NAME] [--captions FILE]\n"
    "                   [--images DIR] [--embed-images] [--type-map SPEC] [--duplicates skip|keep|replace]\n"
    "       mner import PROJECT FILE... --layer corrected|curated|annotator:NAME [--who NAME] [--format F]\n\n"
    "Imports annotated tweets into PROJECT (created when missing). All files go in one\n"
    "transaction: on any error nothing is imported.\n\n"
    "  --format F        auto|twitter|conll|conll2003|jsonl|doccano (default auto)\n"
    "  --split NAME      split of the imported tweets (default: each file's stem)\n"
    "  --captions FILE   image captions ('<image> :caption' lines or JSONL) used as image words\n"
    "  --images DIR      folder with the tweets' images (looked up by image id)\n"
    "  --embed-images    store image bytes inside the project instead of relative paths\n"
    "  --type-map SPEC   rename types: FROM=TO,... or wnut, other-misc, misc-other\n"
    "  --duplicates WHAT tweets already in the project (same id and words): skip them, keep them\n"
    "                    again as new tweets, or replace their gold tags (corrections stay);\n"
    "                    without it such an import is refused\n"
    "Image ids are file names inside --images: ids with '/', '\\' or '..' and links that lead\n"
    "out of the folder are refused.\n\n"
    "With --layer L (corrected, curated or annotator:NAME) the tweets must already be in PROJECT:\n"
    "the file's labels are recorded as edits of that layer (history included) by --who NAME (on a\n"
    "server: the user connected; by default NAME of annotator:NAME). How a team brings in another\n"
    "tool's annotations; on a server the roles decide who may write which layer.\n";

int runImportLayer(const Args &a, const ReadOptions &ro) {
    const std::string &path = a.positional()[0], layer = a.get("--layer");
    for (const char *o : {"--split", "--captions", "--images", "--duplicates", "--embed-images"})
        if (a.has(o)) throw UsageError(std::string(o) + " does not go with --layer (the tweets are already in the project)");
    if (!isServerUrl(path) && !fs::is_regular_file(path)) throw std::runtime_error(path + ": no such project file");
    auto project = Project::open(path);
    std::string who = a.get("--who");
    if (project->onServer()) {
        if (!who.empty() && who != project->serverUser())
            throw UsageError("on a server, edits are recorded under the user connected (" + project->serverUser() + ")");
        who = project->serverUser();
    } else if (who.empty()) {
        if (layer.rfind("annotator:", 0) != 0) throw UsageError("--who NAME is required for layer " + layer);
        who = layer.substr(10);
    }
    int tweets = 0, changed = 0;
    for (size_t i = 1; i < a.positional().size(); ++i) {
        Document doc = readDocument(a.positional()[i], ro);
        ProgressBar bar("recording");
        auto r = project->importLayer(layer, doc, who, [&](size_t d, size_t t) { return bar.update(d, t); });
        bar.finish();
        tweets += r.tweets;
        changed += r.changed;
    }
    std::cout << "recorded " << changed << " edits (" << tweets << " tweets matched) in layer " << layer << " of " << path
              << " by " << who << "\n";
    return 0;
}

int runImport(const std::vector<std::string> &argv) {
    Args a(argv, {"--format", "--split", "--captions", "--images", "--type-map", "--duplicates", "--layer", "--who"},
           {"--embed-images"});
    if (a.positional().size() < 2) throw UsageError("expected PROJECT and at least one FILE");
    ReadOptions ro;
    ro.format = formatOption(a);
    ro.typeMap = typeMapOption(a);
    if (a.has("--layer")) return runImportLayer(a, ro);
    std::vector<std::pair<std::string, std::string>> files;
    for (size_t i = 1; i < a.positional().size(); ++i) {
        const std::string &f = a.positional()[i];
        files.emplace_back(f, a.get("--split", fs::path(f).stem().string()));
    }
    std::optional<Captions> captions;
    ImportOptions io;
    if (a.has("--captions")) {
        captions.emplace(a.get("--captions"));
        io.captions = &*captions;
        io.captionSource = "caption:" + fs::path(a.get("--captions")).filename().string();
    }
    io.imagesDir = a.get("--images");
    if (!io.imagesDir.empty() && !fs::is_directory(io.imagesDir))
        throw std::runtime_error(io.imagesDir + ": not a folder of images");
    io.embedImages = a.has("--embed-images");
    if (a.has("--duplicates")) {
        try {
            io.duplicates = parseDuplicates(a.get("--duplicates"));
        } catch (const std::invalid_argument &e) { throw UsageError(e.what()); }
    }
    io.source = a.positional()[1];
    auto project = Project::open(a.positional()[0], true);
    ProgressBar bar("importing");
    ImportResult r;
    try {
        // a chunk of tweets at a time, in one transaction: Ctrl+C (or an error) leaves nothing imported
        Progress progress;  // without a terminal nothing is shown: the tweets are not counted first
        if (bar.drawn()) progress = [&](size_t d, size_t t) { return bar.update(d, t); };
        r = project->importFiles(files, ro, io, progress);
    } catch (const DuplicateError &e) { throw std::runtime_error(std::string(e.what()) + " (--duplicates skip|keep|replace)"); }
    bar.finish();
    std::cout << "imported " << r.tweets << " tweets, " << r.tokens << " tokens, " << r.images << " image files, " << r.captions
              << " captions into " << a.positional()[0];
    if (r.duplicates) {
        const char *what = io.duplicates == Duplicates::Skip   ? "skipped"
                           : io.duplicates == Duplicates::Keep ? "kept again"
                                                               : "replaced";
        std::cout << "; " << r.duplicates << " already there, " << what;
    }
    std::cout << "\n";
    return 0;
}

const char *kExportUsage = "Usage: mner export PROJECT --layer gold|corrected|model:NAME|ANNOTATOR [--split NAME]\n"
                           "                   [--format F] [--type-map SPEC] [-o FILE]\n\n"
                           "Writes the tweets with the chosen layer's tags, by default in the format they were imported\n"
                           "from (an unedited Twitter-2015 import comes back byte for byte). Standard output by default.\n";

int runExport(const std::vector<std::string> &argv) {
    Args a(argv, {"--layer", "--split", "--format", "--type-map", "-o", "--output"}, {});
    a.expectPositional(1, 1, "PROJECT");
    std::string layer = a.get("--layer", "gold");
    Format f = formatOption(a);
    TypeMap tm = typeMapOption(a);
    auto project = Project::open(a.positional()[0]);
    Document doc = project->exportLayer(layer, a.get("--split"));
    if (f != Format::Auto && f != doc.format) {
        doc.format = f;
        doc.layout = Layout{};
    }
    writeOutput(a.get("-o", a.get("--output")), [&](std::ostream &out) { writeDocument(out, doc, tm); });
    return 0;
}

const char *kInfoUsage = "Usage: mner info PROJECT\n\nSummarises a project: splits, layers, images, edits, models.\n";

int runInfo(const std::vector<std::string> &argv) {
    Args a(argv, {}, {});
    a.expectPositional(1, 1, "PROJECT");
    auto project = Project::open(a.positional()[0]);
    ProjectInfo in = project->info();
    std::cout << "project:  " << a.positional()[0] << "\nschema:   " << in.schemaVersion << "\ntweets:   " << in.tweets << " ("
              << in.tokens << " tokens)\n";
    for (const auto &s : in.splits)
        std::cout << "  split " << s.name << ": " << s.tweets << " tweets, " << s.tokens << " tokens\n";
    std::cout << "images:   " << in.images << " (" << in.imagesWithFile << " with a file)\nlayers:\n";
    for (const auto &l : in.layers) std::cout << "  " << l.name << " (" << l.kind << "): " << l.tweets << " tweets\n";
    std::cout << "edits:    " << in.edits << "\nmodels:   " << in.models << "\ntypes:   ";
    for (const std::string &t : project->entityTypes()) std::cout << ' ' << t;
    std::cout << "\n";
    const int64_t bytes = project->storageBytes();
    std::cout << "size:     " << formatFixed(bytes / 1048576.0, 1) << " MB";
    if (in.tweets) std::cout << " (" << bytes / in.tweets << " bytes per tweet)";
    std::cout << "\n";
    const auto work = project->annotatorWork();
    if (!work.empty()) std::cout << "annotators:\n";
    for (const AnnotatorWork &w : work) {
        const int64_t min = (w.activeSeconds + 30) / 60;
        std::cout << "  " << (w.who.empty() ? "(unnamed)" : w.who) << ": " << w.tweetsDone << " tweets done, " << w.edits
                  << " edits, active " << min / 60 << " h " << min % 60 << " min\n";
    }
    return 0;
}

const char *kCompactUsage = "Usage: mner compact PROJECT\n\n"
                            "Gives back the space deleted and rewritten rows left (SQLite's VACUUM; on a server VACUUM FULL\n"
                            "of the project's tables, which keeps them locked while it runs: do it when nobody works).\n"
                            "Prints the size before and after.\n";

int runCompact(const std::vector<std::string> &argv) {
    Args a(argv, {}, {});
    a.expectPositional(1, 1, "PROJECT");
    const std::string &path = a.positional()[0];
    if (!isServerUrl(path) && !fs::is_regular_file(path)) throw std::runtime_error(path + ": no such project file");
    auto project = Project::open(path);
    auto [before, after] = project->compact();
    std::cout << path << ": " << formatFixed(before / 1048576.0, 1) << " MB -> " << formatFixed(after / 1048576.0, 1) << " MB\n";
    return 0;
}
#endif

}  // namespace

#ifdef MNER_HAVE_STORE
const char *kAgreeUsage = "Usage: mner agree PROJECT LAYER_A LAYER_B [--split NAME]\n\n"
                          "Agreement between two layers (annotators, corrected, curated, model:NAME) on the tweets both\n"
                          "label: token-level Cohen's kappa over the BIO tags and span-level F1 per type (LAYER_A as\n"
                          "reference; span F1 is symmetric).\n";

int runAgree(const std::vector<std::string> &argv) {
    Args a(argv, {"--split"}, {});
    a.expectPositional(3, 3, "a project and two layers");
    const auto &pos = a.positional();
    if (!isServerUrl(pos[0]) && !fs::is_regular_file(pos[0])) throw std::runtime_error(pos[0] + ": no such project file");
    auto p = Project::open(pos[0]);
    std::set<std::string> known;
    for (const auto &l : p->layerList()) known.insert(l.name);
    for (int i : {1, 2})
        if (!known.count(pos[size_t(i)]))
            throw std::runtime_error("no layer named '" + pos[size_t(i)] + "' in " + pos[0] + " (see 'mner info')");
    std::vector<int64_t> inSplit;  // sorted
    if (a.has("--split")) {
        inSplit = p->tweetIds(a.get("--split"));
        std::sort(inSplit.begin(), inSplit.end());
    }
    std::function<bool(int64_t)> keep;
    if (a.has("--split")) keep = [&](int64_t id) { return std::binary_search(inSplit.begin(), inSplit.end(), id); };
    const AgreementCounter counter = layerAgreement(*p, pos[1], pos[2], keep);
    if (counter.tweets() == 0) throw std::runtime_error("the two layers label no tweet in common");
    const Agreement r = counter.finish();
    std::printf("%s vs %s: %d tweets, %d tokens\n", pos[1].c_str(), pos[2].c_str(), r.tweets, r.tokens);
    // tables that scripts read: '.' whatever the user's locale
    std::printf("token agreement %s, chance %s, Cohen's kappa %s\n", formatFixed(r.observed, 4).c_str(),
                formatFixed(r.expected, 4).c_str(), formatFixed(r.kappa, 4).c_str());
    std::printf("%-8s %8s %8s %8s %6s %6s\n", "type", "P", "R", "F1", "in A", "in B");
    for (const auto &[t, s] : r.spans.byType)
        std::printf("%-8s %8s %8s %8s %6d %6d\n", t.c_str(), formatFixed(s.precision(), 2).c_str(),
                    formatFixed(s.recall(), 2).c_str(), formatFixed(s.f1(), 2).c_str(), s.gold, s.found);
    const TypeScore &s = r.spans.all;
    std::printf("%-8s %8s %8s %8s %6d %6d\n", "all", formatFixed(s.precision(), 2).c_str(), formatFixed(s.recall(), 2).c_str(),
                formatFixed(s.f1(), 2).c_str(), s.gold, s.found);
    return 0;
}
#endif

std::vector<Command> dataCommands() {
    std::vector<Command> c;
#ifdef MNER_HAVE_STORE
    c.push_back({"import", "import annotated tweets into a project", kImportUsage, runImport});
    c.push_back({"export", "export a layer of a project", kExportUsage, runExport});
    c.push_back({"info", "summarise a project", kInfoUsage, runInfo});
    c.push_back({"compact", "give back the space a project no longer uses", kCompactUsage, runCompact});
    c.push_back({"agree", "agreement between two layers (kappa, span F1)", kAgreeUsage, runAgree});
#endif
    c.push_back({"eval", "score predictions against gold (conlleval)", kEvalUsage, runEval});
    return c;
}

}  // namespace mner::cli
