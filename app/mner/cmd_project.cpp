// run: a model over a project's tweets into its layer, as Model › Run model does in the GUI.
#include "commands.h"

#include "model/model.h"
#include "pipeline/projectdata.h"
#include "projectmodels.h"
#include "store/project.h"
#include "text/numbers.h"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace mner::cli {

namespace {

const char *kRunUsage =
    "Usage: mner run PROJECT [--model NAME|FILE|vN|NAME:vN|OTHER.mner:vN] [--split S] [--device auto|cpu|cuda]\n"
    "                [--batch N] [--measure least-confidence|margin|entropy]\n\n"
    "Tags the project's tweets (of split S, else all) with a model and writes its layer with each\n"
    "token's confidence and each tweet's uncertainty, as Model > Run model does in the GUI: a\n"
    "bundled model or file goes to layer model:NAME, a model kept in the project (vN, NAME:vN)\n"
    "to model:NAME vN. Progress goes to standard error. Default model: the project's default\n"
    "(Model > Use as default), else the bundled cwi.\n\n"
    "The layer uses the project's type names: a model type the project lacks becomes its alias\n"
    "(MISC = OTHER built in; --type-alias A=B adds more, kept in the project for later runs).\n"
    "--device: auto (default) runs on CUDA when libtorch has a device, else the CPU; a failed\n"
    "CUDA run is done again on the CPU.\n";

int runRun(const std::vector<std::string> &argv) {
    Args a(argv, {"--model", "--split", "--device", "--batch", "--measure", "--threads", "--type-alias"}, {});
    a.expectPositional(1, 1, "PROJECT");
    const std::string path = a.positional()[0];
    const std::string deviceSetting = a.get("--device", "auto");
    if (deviceSetting != "auto" && deviceSetting != "cpu" && deviceSetting != "cuda")
        throw UsageError("--device must be auto, cpu or cuda");
    const DeviceChoice device = chooseDevice(deviceSetting, cudaAvailable());
    if (!device.note.empty()) std::cerr << "mner run: " << device.note << "\n";
    Tagger::Uncertainty measure;
    try {
        measure = parseUncertainty(a.get("--measure", "least-confidence"));
    } catch (const ModelError &e) { throw UsageError(e.what()); }
    const int batch = a.getInt("--batch", 32);
    if (batch < 1) throw UsageError("--batch must be at least 1");
    if (!isServerUrl(path) && !fs::is_regular_file(path)) throw std::runtime_error(path + ": no such project");
    setModelThreads(a.getInt("--threads", 1));
    auto project = Project::open(path);

    // Which model: one kept in the project, or a file / bundled model (registered by name).
    std::unique_ptr<Tagger> tagger;
    std::string label, file;
    int64_t modelId = 0;
    std::string spec = a.get("--model");
    if (spec.empty() && project->defaultModel()) spec = "id:" + std::to_string(project->defaultModel());
    bool kept = false;
    ModelRow row;
    std::string foreign;  // the label of a model kept in another project
    if (spec.rfind("id:", 0) == 0) {
        std::string want = spec.substr(3);
        spec = "default";
        for (const ModelRow &m : project->models())
            if (std::to_string(m.id) == want) {
                row = m;
                kept = m.stored;
                if (!kept) spec = fs::is_regular_file(m.file) ? m.file : m.name;  // a bundled model chosen as default
            }
    } else if (size_t at = spec.find(".mner:"); at != std::string::npos) {
        // PROJECT.mner:vN: this project's own kept version, or another project's (registered here
        // under that name, its file being where it came from)
        std::string other = spec.substr(0, at + 5);
        std::error_code ec;
        if (fs::equivalent(other, path, ec)) {
            row = findProjectModel(*project, spec.substr(at + 6));
            kept = true;
        } else {
            auto source = Project::open(other);
            row = findProjectModel(*source, spec.substr(at + 6));
            foreign = projectModelLabel(row);
        }
    } else if (isVersionSpec(spec)) {
        row = findProjectModel(*project, spec);  // vN, NAME:vN, "NAME vN": a kept version or an error naming them
        kept = true;
    }
    if (kept) {
        tagger = Tagger::loadBytes(project->modelBytes(row.id), path + ":" + projectModelLabel(row));
        label = projectModelLabel(row);
        modelId = row.id;
    } else {
        // a bundled model's name or a model file (a bare NAME never means a kept version)
        file = resolveModel(spec.empty() ? "default" : spec);
        tagger = Tagger::load(file);
        label = foreign.empty() ? fs::path(file).stem().string() : foreign;
        if (!foreign.empty()) file = spec;  // where it came from, not the temporary copy
    }
    const ModelMeta &meta = tagger->meta();
    // The layer speaks the project's type names (MISC where the model says OTHER, ...).
    for (const std::string &spec : a.all("--type-alias")) {
        TypeAliases check;
        try {
            check.addSpec(spec);
        } catch (const std::invalid_argument &e) { throw UsageError(e.what()); }
        for (const auto &[m, p] : check.pairs())
            if (!(m == "MISC" && p == "OTHER")) project->addTypeAlias(m, p);  // kept for later runs and the GUI
    }
    const TypeAliases aliases = project->typeAliases();
    const std::vector<std::string> projectTypes = project->entityTypes();

    std::vector<int64_t> ids = project->tweetIds(a.get("--split"));
    if (ids.empty())
        throw std::runtime_error(path + ": no tweets" + (a.has("--split") ? " in split '" + a.get("--split") + "'" : ""));
    auto words = project->allWords();
    auto images = project->allImageWords();
    std::vector<TweetToTag> tweets;
    tweets.reserve(ids.size());
    for (int64_t id : ids) tweets.push_back({id, std::move(words[id]), std::move(images[id])});
    ProgressBar bar("tagging");
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Project::LayerRow> rows;
    std::string fallback, ranOn;
    runWithCpuFallback(
        device.device,
        [&](const std::string &dev) {
            tagger->setDevice(dev);
            ranOn = dev;
            rows = tagTweets(*tagger, tweets, measure, batch, [&](size_t done, size_t total) { return bar.update(done, total); });
        },
        &fallback);
    if (!fallback.empty()) std::cerr << "mner run: " << fallback << "\n";
    for (auto &row : rows) row.tags = aliases.tagsTo(row.tags, projectTypes);
    bar.finish();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!modelId)
        modelId =
            project->registerModel(label, meta.arch, file, meta.fingerprint, "{\"f1\": " + formatFixed(meta.devF1, 2) + "}");
    std::string layer = "model:" + label;
    project->writeLayer(layer, "model", rows, modelId);
    std::cout << label << " tagged " << rows.size() << " tweets of " << path << " into layer " << layer << " in "
              << formatFixed(secs, 1) << " s (" << formatFixed(double(rows.size()) / std::max(secs, 1e-6), 0) << " tweets/s, "
              << (ranOn == "cpu" ? "CPU, " + std::to_string(a.getInt("--threads", 1)) + " thread" : ranOn) << ")\n";
    return 0;
}

}  // namespace

std::vector<Command> projectCommands() { return {{"run", "tag a project's tweets into a model layer", kRunUsage, runRun}}; }

}  // namespace mner::cli
