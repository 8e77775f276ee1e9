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
    if (!modelId)
        modelId =
            project->registerModel(label, meta.arch, file, meta.fingerprint, "{\"f1\": " + formatFixed(meta.devF1, 2) + "}");
    const std::string layer = "model:" + label;
    // A run goes a chunk at a time, each written in its own transaction: memory stays bounded
    // whatever the project's size, and a run stopped half way (Ctrl+C, a crash) leaves its
    // chunks written and a mark in meta; the next run of the same model continues after them
    // rather than tagging those tweets again. A run that was not interrupted starts afresh.
    const std::string mark = runMarkKey(layer), fingerprint = meta.fingerprint.empty() ? label : meta.fingerprint;
    const bool resume = project->metaValue(mark) == fingerprint;
    project->setMetaValue(mark, fingerprint);
    constexpr size_t kChunk = 4096;
    ProgressBar bar("tagging");
    auto t0 = std::chrono::steady_clock::now();
    size_t tagged = 0, skipped = 0;
    std::string fallback, ranOn, runDevice = device.device;
    for (size_t at = 0; at < ids.size(); at += kChunk) {
        const size_t end = std::min(ids.size(), at + kChunk);
        const std::vector<TweetToTag> tweets = chunkToTag(*project, ids, at, end, layer, resume);
        skipped += (end - at) - tweets.size();
        std::vector<Project::LayerRow> rows;
        runWithCpuFallback(
            runDevice,
            [&](const std::string &dev) {
                tagger->setDevice(dev);
                ranOn = dev;
                rows = tagTweets(*tagger, tweets, measure, batch,
                                 [&](size_t d, size_t) { return bar.update(at + (end - at - tweets.size()) + d, ids.size()); });
            },
            &fallback);
        if (!fallback.empty()) {
            std::cerr << "mner run: " << fallback << "\n";
            fallback.clear();
            runDevice = "cpu";  // the rest goes on the CPU too
        }
        for (auto &row : rows) row.tags = aliases.tagsTo(row.tags, projectTypes);
        project->writeLayer(layer, "model", rows, modelId);
        tagged += rows.size();
    }
    project->setMetaValue(mark, {});  // complete: the next run starts afresh
    bar.finish();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (skipped) std::cout << "resumed: " << skipped << " tweets were tagged by the interrupted run\n";
    std::cout << label << " tagged " << tagged << " tweets of " << path << " into layer " << layer << " in "
              << formatFixed(secs, 1) << " s (" << formatFixed(double(tagged) / std::max(secs, 1e-6), 0) << " tweets/s, "
              << (ranOn == "cpu" || ranOn.empty() ? "CPU, " + std::to_string(a.getInt("--threads", 1)) + " thread" : ranOn)
              << ")\n";
    return 0;
}

}  // namespace

std::vector<Command> projectCommands() { return {{"run", "tag a project's tweets into a model layer", kRunUsage, runRun}}; }

}  // namespace mner::cli
