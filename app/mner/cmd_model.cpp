// train, predict, models, bench.
#include "commands.h"

#include "eval/conlleval.h"
#include "io/captions.h"
#include "io/formats.h"
#include "io/json.h"
#include "model/model.h"
#include "text/numbers.h"
#ifdef MNER_HAVE_STORE
#include "pipeline/projectdata.h"
#include "projectmodels.h"
#endif

#include <chrono>
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace mner::cli {

namespace {

// Where bundled models are looked for, in order.
std::vector<fs::path> modelDirs() {
    std::vector<fs::path> dirs;
    if (const char *e = std::getenv("MNER_MODELS_DIR")) {  // a ':'-separated list
        std::string list = e;
        for (size_t at = 0; at <= list.size();) {
            size_t end = list.find(':', at);
            if (end == std::string::npos) end = list.size();
            if (end > at) dirs.emplace_back(list.substr(at, end - at));
            at = end + 1;
        }
    }
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        dirs.push_back(exe.parent_path().parent_path() / "share/mner-studio/models");
        dirs.push_back(exe.parent_path().parent_path() / "models");
    }
    dirs.emplace_back(MNER_SOURCE_MODELS_DIR);
    return dirs;
}

}  // namespace

std::string resolveModel(const std::string &nameOrFile) {
    std::error_code ec;
    if (fs::is_regular_file(nameOrFile, ec)) return nameOrFile;
#ifdef MNER_HAVE_STORE
    if (std::string kept = extractProjectModel(nameOrFile); !kept.empty()) return kept;
#endif
    std::string name = nameOrFile == "default" ? "cwi" : nameOrFile;
    for (const auto &d : modelDirs())
        if (fs::is_regular_file(d / (name + ".mnerm"), ec)) return (d / (name + ".mnerm")).string();
    throw std::runtime_error("no model file or bundled model named '" + nameOrFile + "' (see mner models)");
}

namespace {

std::vector<Example> examplesOf(const Document &d, const Captions *captions) {
    std::vector<Example> out;
    for (const Tweet &t : d.tweets) {
        Example e;
        for (const Token &k : t.tokens) {
            e.words.push_back(k.text);
            e.tags.push_back(k.tag);
        }
        if (captions)
            if (std::optional<std::string> c = captions->find(t.imageId)) e.imageWords = captionWords(*c);
        out.push_back(std::move(e));
    }
    return out;
}

struct Inputs {
    std::optional<Captions> captions;
    const Captions *captionsOrNull() const { return captions ? &*captions : nullptr; }
    std::string source = "none";
};

Inputs readInputs(const Args &a) {
    Inputs in;
    if (a.has("--captions")) {
        in.captions.emplace(a.get("--captions"));
        in.source = "caption:" + fs::path(a.get("--captions")).filename().string();
    }
    return in;
}

const char *kTrainUsage =
    "Usage: mner train --arch cwi|cwi-att|msb-tiny|msb-small --train FILE... --dev FILE -o MODEL [options]\n\n"
    "Trains a model, keeps the epoch with the best dev F1 and writes it to MODEL.\n\n"
    "From a project (the corrections retrain a model; the result is kept in the project):\n"
    "  --project FILE         train on the project's tweets instead of --train files\n"
    "  --layer NAME           the labels to learn (corrected: gold overlaid with the edits)\n"
    "  --splits A,B           the project's splits to train on (default: all but the dev split)\n"
    "  --dev-split NAME       the project's split for model selection (or --dev FILE)\n"
    "  --init MODEL           continue training a CWI model (NAME, FILE, default) instead of a new one\n\n"
    "MSB (--arch msb-tiny|msb-small):\n"
    "  --crf                  a CRF over the tag layer\n"
    "  --vocab FILE           the BERT WordPiece vocabulary (not needed with --init)\n"
    "  --init MODEL           start from a pre-trained (mner pretrain) or fine-tuned MSB model\n"
    "  --glove FILE           without --init: whole-word pieces start from these vectors\n"
    "  (MSB defaults: --lr 0.0002 with warm-up and linear decay, AdamW)\n\n"
    "  --captions FILE        image captions used as image words (else no image words)\n"
    "  --embeddings FILE      GloVe-style text vectors (default: none, a trainable table)\n"
    "  --epochs N             (10)     --batch N (CWI 16, MSB 32)     --lr X (CWI 0.003)     --seed S (1)\n"
    "  --lr-decay X           CWI: epoch e trains at lr * X^(e-1) (1)\n"
    "  --dropout P            CWI: dropout on the fusion BiLSTM's input and output (0.3)\n"
    "  --tune-glove           CWI: train the GloVe vectors too (default: frozen)\n"
    "  --swa-from E           CWI: the mean of the weights of epochs E, E+1, ... (SWA) may be kept too,\n"
    "                         when its dev F1 beats every single epoch's (default: off)\n"
    "  --extra FILE           more training data (repeatable), e.g. WNUT, BTC, CoNLL-2003\n"
    "  --extra-type-map SPEC  type map for --extra files (e.g. wnut, misc-other)\n"
    "  --teacher MODEL        CWI: distillation; every --distil tweet trains with this model's (or\n"
    "                         ensemble's) best tag path\n"
    "  --distil FILE          tweets for the teacher to label (repeatable; their own labels are not used)\n"
    "  --sampled-paths        with --teacher: a path drawn each epoch from the teacher's distribution\n"
    "  --type-map SPEC        type map for --train and --dev\n"
    "  --no-image --no-chars --no-td-gn-sinerelu --no-extra-words   ablations\n"
    "  --word-dim N           size of the trainable word table beside GloVe (100; Table 9)\n"
    "  --word-vectors FILE    start the trainable table from these vectors (e.g. fastText subword\n"
    "                         vectors, bench/fasttext-vectors.sh); other words start at random\n"
    "  --word-dropout P       training: trainable-table words become <unk> with probability P (0.3)\n"
    "  --gazetteer CAT=FILE   CWI: a word list as features (repeatable; one phrase a line, e.g.\n"
    "                         person=first-names.txt); the lists are stored in the model\n"
    "  --tag-scheme S         CWI: the CRF's tags, bio2 (default) or bioes (an entity's last token\n"
    "                         and one-token entities get tags of their own); output is BIO2 either way\n"
    "  --name NAME            the model's name (default: the file's stem)\n"
    "  --fp32                 store weights in fp32 instead of fp16\n"
    "  --threads N            libtorch threads (1)\n";

int runTrain(const std::vector<std::string> &argv) {
    Args a(argv, {"--arch",         "--train",     "--dev",      "--captions",       "--embeddings",   "--epochs", "--batch",
                  "--lr",           "--seed",      "--extra",    "--extra-type-map", "--type-map",     "--name",   "--threads",
                  "--word-dropout", "--word-dim",  "--lr-decay", "--dropout",        "--word-vectors", "-o",       "--output",
                  "--vocab",        "--init",      "--glove",    "--project",        "--layer",        "--splits", "--dev-split",
                  "--swa-from",     "--gazetteer", "--teacher",  "--distil",         "--tag-scheme"},
           {"--no-image", "--no-chars", "--no-td-gn-sinerelu", "--no-extra-words", "--fp32", "--crf", "--tune-glove",
            "--sampled-paths"});
    a.expectPositional(0, 0, "no positional arguments");
    std::string out = a.get("-o", a.get("--output"));
    const bool fromProject = a.has("--project");
    if (out.empty() && !fromProject) throw UsageError("-o MODEL is required");
    if (a.all("--train").empty() && !fromProject) throw UsageError("--train FILE or --project FILE is required");
    if (fromProject && !a.all("--train").empty()) throw UsageError("--train and --project are alternatives");
    TrainOptions o;
    o.config.arch = a.get("--arch", "cwi");
    bool msb = o.config.arch == "msb-tiny" || o.config.arch == "msb-small";
    if (o.config.arch != "cwi" && o.config.arch != "cwi-att" && !msb)
        throw UsageError("--arch must be cwi, cwi-att, msb-tiny or msb-small");
    o.config.useImage = !a.has("--no-image");
    o.config.useChars = !a.has("--no-chars");
    o.config.useTdGnSineRelu = !a.has("--no-td-gn-sinerelu");
    o.config.useExtraWords = !a.has("--no-extra-words");
    o.config.wordDropout = a.getDouble("--word-dropout", o.config.wordDropout);
    o.config.extraWordDim = a.getInt("--word-dim", o.config.extraWordDim);
    if (o.config.extraWordDim < 1) throw UsageError("--word-dim must be at least 1");
    o.embeddingsPath = a.get("--embeddings");
    o.wordVectorsPath = a.get("--word-vectors");
    o.gazetteers = a.all("--gazetteer");
    if (msb && !o.gazetteers.empty()) throw UsageError("--gazetteer is for CWI models");
    if (msb && a.has("--teacher")) throw UsageError("--teacher is for CWI models");
    if (a.has("--teacher") != !a.all("--distil").empty()) throw UsageError("--teacher and --distil go together");
    if (a.has("--sampled-paths") && !a.has("--teacher")) throw UsageError("--sampled-paths needs --teacher");
    o.tagScheme = a.get("--tag-scheme");
    if (a.has("--tag-scheme") && o.tagScheme != "bio2" && o.tagScheme != "bioes")
        throw UsageError("--tag-scheme must be bio2 or bioes");
    if (msb && a.has("--tag-scheme")) throw UsageError("--tag-scheme is for CWI models");
    o.epochs = a.getInt("--epochs", 10);
    o.batchSize = a.getInt("--batch", o.batchSize);
    o.lr = a.getDouble("--lr", o.lr);
    o.lrDecay = a.getDouble("--lr-decay", 1.0);
    if (o.lrDecay <= 0 || o.lrDecay > 1) throw UsageError("--lr-decay must be in (0, 1]");
    o.config.dropout = a.getDouble("--dropout", o.config.dropout);
    if (o.config.dropout < 0 || o.config.dropout >= 1) throw UsageError("--dropout must be in [0, 1)");
    o.tuneGlove = a.has("--tune-glove");
    o.swaFrom = a.getInt("--swa-from", 0);
    if (o.swaFrom < 0) throw UsageError("--swa-from must be an epoch (1 or more), or 0 for none");
    o.seed = uint64_t(a.getInt("--seed", 1));
    o.fp16 = !a.has("--fp32");
    o.name = a.get("--name", fs::path(out).stem().string());
    setModelThreads(a.getInt("--threads", 1));
    Inputs in = readInputs(a);
    o.imageWordSource = o.config.useImage ? in.source : "none";
    ReadOptions ro;
    try {
        ro.typeMap = TypeMap::parse(a.get("--type-map"));
    } catch (const std::invalid_argument &e) { throw UsageError(e.what()); }
    std::vector<Example> train, dev;
    std::string described;
    for (const auto &f : a.all("--train")) {
        auto ex = examplesOf(readDocument(f, ro), in.captionsOrNull());
        train.insert(train.end(), ex.begin(), ex.end());
        described += (described.empty() ? "" : ", ") + fs::path(f).filename().string();
    }
    ReadOptions ero;
    try {
        ero.typeMap = TypeMap::parse(a.get("--extra-type-map"));
    } catch (const std::invalid_argument &e) { throw UsageError(e.what()); }
    for (const auto &f : a.all("--extra")) {
        auto ex = examplesOf(readDocument(f, ero), nullptr);
        train.insert(train.end(), ex.begin(), ex.end());
        described += ", " + fs::path(f).filename().string();
    }
    if (a.has("--teacher")) {
        o.teacherPath = resolveModel(a.get("--teacher"));
        o.sampledPaths = a.has("--sampled-paths");
        for (const auto &f : a.all("--distil")) {
            auto ex = examplesOf(readDocument(f, ReadOptions{}), in.captionsOrNull());
            o.distil.insert(o.distil.end(), ex.begin(), ex.end());
            described += ", " + fs::path(f).filename().string();
        }
        described += " (labelled by " + fs::path(o.teacherPath).filename().string() + ")";
    }
    if (a.has("--dev")) dev = examplesOf(readDocument(a.get("--dev"), ro), in.captionsOrNull());
#ifdef MNER_HAVE_STORE
    std::unique_ptr<Project> project;
    if (fromProject) {
        if (!isServerUrl(a.get("--project")) && !fs::is_regular_file(a.get("--project"))) throw std::runtime_error(a.get("--project") + ": no such project");
        project = Project::open(a.get("--project"));
        std::string layer = a.get("--layer", "corrected");
        std::vector<std::string> splits;
        std::string devSplit = a.get("--dev-split");
        if (a.has("--splits")) {
            std::stringstream ss(a.get("--splits"));
            std::string sp;
            while (std::getline(ss, sp, ','))
                if (!sp.empty()) splits.push_back(sp);
        } else {
            for (const auto &sp : project->splits())
                if (sp != devSplit) splits.push_back(sp);
        }
        if (a.has("--init")) o.initPath = resolveModel(a.get("--init"));
        std::string source = o.initPath.empty() ? "caption" : Tagger::load(o.initPath)->meta().imageWordSource;
        train = projectExamples(*project, layer, splits, source).examples;
        if (!devSplit.empty()) dev = projectExamples(*project, layer, {devSplit}, source).examples;
        // Continuing a model: the project's types in the model's names where they are aliases
        // (a MISC project retrains the bundled OTHER model; its run writes MISC again).
        if (!o.initPath.empty()) {
            auto initTags = Tagger::load(o.initPath)->tags();
            alignTypesToModel(train, initTags, project->typeAliases());
            alignTypesToModel(dev, initTags, project->typeAliases());
            o.types = typesForModel(project->entityTypes(), initTags, project->typeAliases());
        }
        described = fs::path(a.get("--project")).filename().string() + ":" + layer;
        for (size_t i = 0; i < splits.size(); ++i) described += (i ? "," : " ") + splits[i];
        o.imageWordSource = source == "caption" ? "caption:project" : source;
        if (out.empty()) out = (fs::temp_directory_path() / ("mner-train-" + std::to_string(::getpid()) + ".mnerm")).string();
        // A kept version always has a name: the one given, else that of the model it continues (as
        // `mner run` and the GUI name its layer: the file's stem, a kept model's own name), else the
        // architecture.
        if (o.name.empty()) {
            std::string init = a.get("--init");
            if (init.empty())
                o.name = o.config.arch;
            else if (init.find(".mner:") != std::string::npos)
                o.name = Tagger::load(o.initPath)->meta().name;
            else
                o.name = init == "default" ? std::string("cwi") : fs::path(init).stem().string();
        }
        if (o.name.empty()) o.name = o.config.arch;
    }
#else
    if (fromProject) throw std::runtime_error("--project needs the SQLite store, which this build lacks");
#endif
    if (!fromProject && a.has("--init")) o.initPath = resolveModel(a.get("--init"));
    o.trainingData = described;
    std::cerr << "training " << o.config.arch << " on " << train.size() << " tweets"
              << (o.distil.empty() ? "" : " + " + std::to_string(o.distil.size()) + " labelled by the teacher") << ", dev "
              << dev.size() << " tweets\n";
    ProgressBar bar("epoch");
    auto onEpoch = [&](const EpochReport &e) {
        bar.finish();
        std::fprintf(stderr, "epoch %2d/%d  loss %s  dev P %s R %s F1 %s  %s s%s\n", e.epoch, e.epochs,
                     formatFixed(e.loss, 4).c_str(), formatFixed(e.precision, 2).c_str(), formatFixed(e.recall, 2).c_str(),
                     formatFixed(e.f1, 2).c_str(), formatFixed(e.seconds, 1).c_str(), e.best ? "  *" : "");
        return true;
    };
    if (msb) {
        MsbTrainOptions m;
        m.config = MsbConfig::forArch(o.config.arch, a.has("--crf"));
        m.vocabPath = a.get("--vocab");
        m.initPath = o.initPath.empty() ? a.get("--init") : o.initPath;
        m.glovePath = a.get("--glove");
        m.epochs = o.epochs;
        m.batchSize = a.getInt("--batch", 32);
        m.lr = a.getDouble("--lr", 2e-4);
        m.seed = o.seed;
        m.name = o.name;
        m.imageWordSource = o.imageWordSource;
        m.trainingData = o.trainingData;
        m.fp16 = o.fp16;
        TrainResult r = trainMsb(m, train, dev, out, onEpoch, [&](size_t d, size_t t) { return bar.update(d, t); });
        std::cout << "best epoch " << r.bestEpoch << " (dev F1 " << r.bestF1 << "), " << r.secondsPerEpoch
                  << " s per epoch, written to " << out << "\n"
                  << r.report;
        return 0;
    }
    TrainResult r = trainModel(o, train, dev, out, onEpoch, [&](size_t d, size_t t) { return bar.update(d, t); });
    std::cout << "best epoch " << r.bestEpoch << " (dev F1 " << r.bestF1 << "), " << r.secondsPerEpoch
              << " s per epoch, written to " << out << "\n"
              << r.report;
    if (!r.note.empty()) std::cout << "note: " << r.note << "\n";
#ifdef MNER_HAVE_STORE
    if (project) {
        std::ifstream f(out, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(f)), {});
        auto t = Tagger::loadBytes(bytes, out);
        std::string metrics = "{\"f1\": " + formatFixed(t->meta().devF1, 2) + "}";
        int64_t id = project->storeModel(o.name, t->meta().arch, bytes, t->meta().fingerprint, metrics);
        int version = 0;
        for (const auto &m : project->models())
            if (m.id == id) version = m.version;
        std::cout << "kept in the project as " << o.name << " version " << version << " (model id " << id << ")\n";
        if (!a.has("-o") && !a.has("--output")) fs::remove(out);
    }
#endif
    return 0;
}

const char *kPredictUsage = "Usage: mner predict --model NAME|FILE|PROJECT.mner:vN INPUT [--captions FILE | --images DIR]\n"
                            "                    [--format F] [--input-format F] [-o OUT] [--batch N]\n\n"
                            "Tags INPUT (a file, or - for standard input) and writes it in its own format with the tag\n"
                            "column replaced by the predictions (standard output by default). --model default is the\n"
                            "bundled default model. Image words come from --captions (a captions file) or from --images,\n"
                            "a folder with each tweet's image named by its image id, tagged on the fly (see mner tag\n"
                            "--help for the tagger options).\n\n"
                            "  --format F          write this format (twitter|conll|conll2003|jsonl|doccano; default:\n"
                            "                      the input's own), e.g. jsonl: one tweet per line\n"
                            "  --input-format F    the input's format (default auto: found from its first line)\n\n"
                            "JSON lines (jsonl, doccano) are streamed: read, tagged and written --chunk N lines at a time\n"
                            "(256), each chunk flushed as it is done, so that mner can sit in a pipe that shards millions\n"
                            "of tweets over many machines (GNU parallel --pipe, Slurm array jobs, Spark's RDD.pipe).\n";

int runPredict(const std::vector<std::string> &argv) {
    std::vector<std::string> valued = {"--model",   "--captions", "-o",       "--output",       "--batch",
                                       "--threads", "--format",   "--images", "--input-format", "--chunk"};
    std::vector<std::string> flags;
#ifdef MNER_HAVE_IMAGE
    valued.insert(valued.end(), kTaggerOptions.begin(), kTaggerOptions.end());
    flags = kTaggerFlags;
#endif
    Args a(argv, valued, flags);
    a.expectPositional(1, 1, "one INPUT file (or - for standard input)");
#ifndef MNER_HAVE_IMAGE
    if (a.has("--images"))
        throw std::runtime_error("--images needs the image tagger, which this build (without OpenCV) lacks; use --captions");
#endif
    if (a.has("--images") && a.has("--captions")) throw UsageError("--captions and --images are alternatives");
    ReadOptions ro;
    Format outFormat = Format::Auto;
    try {
        ro.format = parseFormat(a.get("--input-format", "auto"));
        outFormat = parseFormat(a.get("--format", "auto"));
    } catch (const std::invalid_argument &e) { throw UsageError(e.what()); }
    const int batch = a.getInt("--batch", 64), chunk = a.getInt("--chunk", 256);
    if (batch < 1 || chunk < 1) throw UsageError("--batch and --chunk must be at least 1");
    setModelThreads(a.getInt("--threads", 1));
    auto tagger = Tagger::load(resolveModel(a.get("--model", "default")));
    Inputs in = readInputs(a);
    const std::string input = a.positional()[0];
    const std::string inputName = input == "-" ? std::string("<stdin>") : input;
    if (tagger->config().useImage && !in.captions && !a.has("--images"))
        std::cerr << "mner predict: note: the model was trained with image words (" << tagger->meta().imageWordSource
                  << "); without --captions or --images it sees none\n";

    std::ifstream file;
    if (input != "-") {
        file.open(input, std::ios::binary);
        if (!file) throw ParseError(input, 0, "cannot open the file for reading");
    }
    std::istream &src = input == "-" ? std::cin : file;

    std::string outPath = a.get("-o", a.get("--output"));
    const bool toStdout = outPath.empty() || outPath == "-";
    std::ofstream outFile;
    if (!toStdout) {
        outFile.open(outPath + ".part", std::ios::binary | std::ios::trunc);
        if (!outFile) throw std::runtime_error(outPath + ": cannot open for writing");
    }
    std::ostream &out = toStdout ? std::cout : outFile;

    int missingImages = 0, chunksWritten = 0;
    // Tags one document in place and writes it.
    auto tagAndWrite = [&](Document &doc) {
        auto examples = examplesOf(doc, in.captionsOrNull());
#ifdef MNER_HAVE_IMAGE
        if (a.has("--images")) {
            int missing = 0;
            auto words = imageWordsFromDir(doc, a.get("--images"), taggerSpec(a), &missing);
            for (size_t i = 0; i < examples.size(); ++i) examples[i].imageWords = words[i];
            missingImages += missing;
        }
#endif
        auto pred = tagger->predict(examples, batch);
        for (size_t i = 0; i < doc.tweets.size(); ++i)
            for (size_t k = 0; k < doc.tweets[i].tokens.size(); ++k) doc.tweets[i].tokens[k].tag = pred[i][k];
        if (outFormat != Format::Auto && outFormat != doc.format) {
            doc.format = outFormat;
            doc.layout = Layout{};
        }
        // chunks of a stream written in a column format are still separated by a blank line
        bool columns = doc.format != Format::Jsonl && doc.format != Format::Doccano;
        if (columns && chunksWritten > 0 && doc.layout.trailingBlank == 0) out << (doc.layout.crlf ? "\r\n" : "\n");
        writeDocument(out, doc);
        ++chunksWritten;
        out.flush();
        if (!out) throw std::runtime_error((toStdout ? std::string("standard output") : outPath) + ": write failed");
    };

    // Find the format from the first non-blank line when not given.
    std::string pending;
    std::string line;
    int lineNo = 0;
    Format f = ro.format;
    if (f == Format::Auto) {
        while (std::getline(src, line)) {
            ++lineNo;
            pending += line;
            pending += '\n';
            if (line.find_first_not_of(" \t\r\xEF\xBB\xBF") != std::string::npos) break;
        }
        f = detectFormat(pending);
    }
    if (f == Format::Jsonl || f == Format::Doccano) {
        ro.format = f;
        int chunkStart = 1, pendingLines = lineNo, tweets = 0;
        auto flush = [&] {
            if (pending.find_first_not_of(" \t\r\n") == std::string::npos) {
                pending.clear();
                return;
            }
            ro.firstLine = chunkStart;
            ro.firstOrdinal = tweets + 1;
            Document doc = parseDocument(pending, inputName, ro);
            tweets += int(doc.tweets.size());
            tagAndWrite(doc);
            pending.clear();
        };
        auto flushFull = [&] {
            if (pendingLines < chunk) return;
            flush();
            chunkStart = lineNo + 1;
            pendingLines = 0;
        };
        flushFull();  // the line read to find the format may fill a chunk: answer before reading on
        while (std::getline(src, line)) {
            ++lineNo;
            pending += line;
            pending += '\n';
            ++pendingLines;
            flushFull();
        }
        flush();
    } else {
        std::string rest((std::istreambuf_iterator<char>(src)), {});
        Document doc = parseDocument(pending + rest, inputName, ro);
        tagAndWrite(doc);
    }
    if (missingImages)
        std::cerr << "mner predict: " << missingImages << " tweet(s) had no readable image in " << a.get("--images") << "\n";
    if (!toStdout) {
        outFile.close();
        if (!outFile) throw std::runtime_error(outPath + ": write failed");
        fs::rename(outPath + ".part", outPath);
    }
    return 0;
}

const char *kPretrainUsage =
    "Usage: mner pretrain --arch msb-tiny|msb-small --vocab FILE --corpus FILE... -o CHECKPOINT [options]\n\n"
    "Masked-language-model pre-training of MSB (15 % of pieces masked: 80 % [MASK], 10 % random,\n"
    "10 % kept). CHECKPOINT is written every --checkpoint-every steps and at the end; when it exists\n"
    "training resumes from it (weights, optimiser state, step). Use it with mner train --init.\n\n"
    "  --steps N (1000)   --batch N (32)   --seq-len N (64)   --lr X (0.0005)   --warmup N (100)\n"
    "  --glove FILE       whole-word pieces start from these vectors (new runs only)\n"
    "  --max-minutes M    stop (and checkpoint) after M minutes\n"
    "  --checkpoint-every N (200)   --seed S (1)   --threads N (1)\n";

int runPretrain(const std::vector<std::string> &argv) {
    Args a(argv,
           {"--arch", "--vocab", "--corpus", "--steps", "--batch", "--seq-len", "--lr", "--warmup", "--glove", "--max-minutes",
            "--checkpoint-every", "--seed", "--threads", "-o", "--output"},
           {});
    a.expectPositional(0, 0, "no positional arguments");
    PretrainOptions o;
    o.config = MsbConfig::forArch(a.get("--arch", "msb-tiny"), false);
    o.vocabPath = a.get("--vocab");
    o.corpus = a.all("--corpus");
    o.checkpoint = a.get("-o", a.get("--output"));
    if (o.checkpoint.empty()) throw UsageError("-o CHECKPOINT is required");
    if (o.corpus.empty()) throw UsageError("--corpus FILE is required");
    if (o.vocabPath.empty() && !fs::exists(o.checkpoint)) throw UsageError("--vocab FILE is required for a new run");
    o.steps = a.getInt("--steps", 1000);
    o.batchSize = a.getInt("--batch", 32);
    o.seqLen = a.getInt("--seq-len", 64);
    o.lr = a.getDouble("--lr", 5e-4);
    o.warmup = a.getInt("--warmup", 100);
    o.glovePath = a.get("--glove");
    o.maxSeconds = a.getDouble("--max-minutes", 0) * 60;
    o.checkpointEvery = a.getInt("--checkpoint-every", 200);
    o.seed = uint64_t(a.getInt("--seed", 1));
    setModelThreads(a.getInt("--threads", 1));
    PretrainReport last = pretrainMsb(o, [&](const PretrainReport &r) {
        std::fprintf(stderr, "step %6lld/%lld  loss %s  masked accuracy %s  %s tokens/s  %s s%s\n",
                     static_cast<long long>(r.step), static_cast<long long>(r.steps), formatFixed(r.loss, 3).c_str(),
                     formatFixed(r.accuracy, 3).c_str(), formatFixed(r.tokensPerSecond, 0).c_str(),
                     formatFixed(r.seconds, 0).c_str(), r.resumed ? "  (resumed)" : "");
        return true;
    });
    std::printf("pre-trained to step %lld: loss %s, masked accuracy %s, %s tokens/s; checkpoint %s\n",
                static_cast<long long>(last.step), formatFixed(last.loss, 3).c_str(), formatFixed(last.accuracy, 3).c_str(),
                formatFixed(last.tokensPerSecond, 0).c_str(), o.checkpoint.c_str());
    return 0;
}

const char *kSimulateUsage = "Usage: mner simulate-al --train FILE --dev FILE [--captions FILE] [--embeddings FILE] [options]\n\n"
                             "Simulates annotation in rounds: start from --round-size random tweets of --train, train CWI,\n"
                             "then add the --round-size tweets the model is least sure of (uncertainty) or the next random\n"
                             "ones (random), retrain, and so on; prints dev F1 against tweets annotated for each strategy.\n\n"
                             "  --rounds N (10)   --round-size N (200)   --epochs N (6)   --seed S (1)\n"
                             "  --measure least-confidence|margin|entropy (least-confidence)\n"
                             "  --strategies LIST   comma-separated: uncertainty,random (both)\n"
                             "  -o FILE             also write the table as tab-separated values\n";

int runSimulateAl(const std::vector<std::string> &argv) {
    Args a(argv,
           {"--train", "--dev", "--captions", "--embeddings", "--rounds", "--round-size", "--epochs", "--measure", "--strategies",
            "--seed", "--threads", "-o", "--output"},
           {});
    a.expectPositional(0, 0, "no positional arguments");
    if (!a.has("--train") || !a.has("--dev")) throw UsageError("--train FILE and --dev FILE are required");
    const int rounds = a.getInt("--rounds", 10), size = a.getInt("--round-size", 200), epochs = a.getInt("--epochs", 6);
    if (rounds < 1 || size < 1 || epochs < 1) throw UsageError("--rounds, --round-size and --epochs must be at least 1");
    Tagger::Uncertainty measure;
    try {
        measure = parseUncertainty(a.get("--measure", "least-confidence"));
    } catch (const ModelError &e) { throw UsageError(e.what()); }
    std::vector<std::string> strategies;
    {
        std::stringstream ss(a.get("--strategies", "uncertainty,random"));
        std::string x;
        while (std::getline(ss, x, ','))
            if (x == "uncertainty" || x == "random")
                strategies.push_back(x);
            else
                throw UsageError("unknown strategy '" + x + "' (uncertainty or random)");
    }
    setModelThreads(a.getInt("--threads", 1));
    Inputs in = readInputs(a);
    auto train = examplesOf(readDocument(a.get("--train")), in.captionsOrNull());
    auto dev = examplesOf(readDocument(a.get("--dev")), in.captionsOrNull());
    const uint64_t seed = uint64_t(a.getInt("--seed", 1));
    std::string tmp = (fs::temp_directory_path() / ("mner-al-" + std::to_string(::getpid()) + ".mnerm")).string();
    std::map<std::string, std::vector<std::pair<size_t, double>>> curve;
    for (const auto &strategy : strategies) {
        std::vector<size_t> order(train.size());
        std::iota(order.begin(), order.end(), 0);
        std::mt19937_64 rng(seed);
        std::shuffle(order.begin(), order.end(), rng);
        std::vector<size_t> labelled(order.begin(), order.begin() + long(std::min<size_t>(order.size(), size_t(size))));
        std::vector<size_t> pool(order.begin() + long(labelled.size()), order.end());
        for (int r = 1; r <= rounds; ++r) {
            std::vector<Example> subset;
            for (size_t i : labelled) subset.push_back(train[i]);
            TrainOptions o;
            o.embeddingsPath = a.get("--embeddings");
            o.epochs = epochs;
            o.seed = seed;
            o.name = "al";
            o.imageWordSource = in.source;
            auto t0 = std::chrono::steady_clock::now();
            TrainResult tr = trainModel(o, subset, dev, tmp);
            double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            curve[strategy].push_back({labelled.size(), tr.bestF1});
            std::fprintf(stderr, "%-11s round %2d: %5zu tweets, dev F1 %s (%s s)\n", strategy.c_str(), r, labelled.size(),
                         formatFixed(tr.bestF1, 2).c_str(), formatFixed(secs, 0).c_str());
            if (r == rounds || pool.empty()) break;
            size_t take = std::min(pool.size(), size_t(size));
            if (strategy == "uncertainty") {
                auto model = Tagger::load(tmp);
                std::vector<Example> cand;
                for (size_t i : pool) cand.push_back({train[i].words, {}, train[i].imageWords});
                auto u = model->uncertainty(cand, measure);
                std::vector<size_t> rank(pool.size());
                std::iota(rank.begin(), rank.end(), 0);
                std::stable_sort(rank.begin(), rank.end(), [&](size_t x, size_t y) { return u[x] > u[y]; });
                std::vector<bool> chosen(pool.size(), false);
                for (size_t k = 0; k < take; ++k) {
                    labelled.push_back(pool[rank[k]]);
                    chosen[rank[k]] = true;
                }
                std::vector<size_t> rest;
                for (size_t k = 0; k < pool.size(); ++k)
                    if (!chosen[k]) rest.push_back(pool[k]);
                pool.swap(rest);
            } else {
                labelled.insert(labelled.end(), pool.begin(), pool.begin() + long(take));
                pool.erase(pool.begin(), pool.begin() + long(take));
            }
        }
    }
    fs::remove(tmp);
    std::string table = "tweets";
    for (const auto &st : strategies) table += "\t" + st + " (" + (st == "uncertainty" ? uncertaintyName(measure) : "") + ")";
    if (table.find("random ()") != std::string::npos) table.replace(table.find("random ()"), 9, "random");
    table += "\n";
    for (size_t r = 0; r < size_t(rounds); ++r) {
        bool any = false;
        std::string row;
        for (const auto &st : strategies) {
            const auto &c = curve[st];
            if (r < c.size()) {
                if (!any) row = std::to_string(c[r].first);
                row += "\t" + formatFixed(c[r].second, 2);
                any = true;
            } else {
                row += "\t";
            }
        }
        if (any) table += row + "\n";
    }
    std::cout << table;
    std::string out = a.get("-o", a.get("--output"));
    if (!out.empty()) std::ofstream(out) << table;
    return 0;
}

const char *kModelsUsage = "Usage: mner models\n"
                           "       mner models --project PROJECT [--export vN|NAME:vN -o FILE]\n\n"
                           "Lists the bundled models and where they were found; with --project, the versions kept in\n"
                           "a project (name, version, architecture, dev F1, date). --export writes one out as an\n"
                           "ordinary model file (mner predict --model FILE reads it; so does --model PROJECT:vN).\n";

int runModels(const std::vector<std::string> &argv) {
    Args a(argv, {"--project", "--export", "-o", "--output"}, {});
    a.expectPositional(0, 0, "no positional arguments");
    if (a.has("--export") && !a.has("--project")) throw UsageError("--export needs --project");
    if (a.has("--project")) {
#ifdef MNER_HAVE_STORE
        if (!isServerUrl(a.get("--project")) && !fs::is_regular_file(a.get("--project"))) throw std::runtime_error(a.get("--project") + ": no such project");
        auto p = Project::open(a.get("--project"));
        if (a.has("--export")) {
            std::string out = a.get("-o", a.get("--output"));
            if (out.empty()) throw UsageError("--export needs -o FILE");
            ModelRow m = findProjectModel(*p, a.get("--export"));
            std::string bytes = p->modelBytes(m.id);
            Tagger::loadBytes(bytes, a.get("--project") + ":" + projectModelLabel(m));  // refuse to write out a damaged one
            {
                std::ofstream f(out + ".part", std::ios::binary | std::ios::trunc);
                f.write(bytes.data(), std::streamsize(bytes.size()));
                f.close();
                if (!f) throw std::runtime_error(out + ": write failed");
            }
            fs::rename(out + ".part", out);
            std::cout << "wrote " << projectModelLabel(m) << " (" << bytes.size() << " bytes) to " << out << "\n";
            return 0;
        }
        int64_t def = p->defaultModel();
        int n = 0;
        for (const ModelRow &m : p->models()) {
            std::string f1 = "-";
            try {
                json::Value metrics = json::parse(m.metrics);
                if (const json::Value *dev = metrics.find("dev"))
                    if (const json::Value *v = dev->find("f1"); v && v->isNumber()) f1 = formatFixed(v->number, 2);
            } catch (const json::Error &) {}
            std::printf("%-16s v%-3d %-9s dev F1 %6s  %s  %s%s\n", m.name.c_str(), m.version, m.arch.c_str(), f1.c_str(),
                        m.created.substr(0, 16).c_str(), m.stored ? "kept in the project" : m.file.c_str(),
                        m.id == def ? "  (default)" : "");
            ++n;
        }
        if (!n) std::printf("no models in %s yet (mner train --project, mner run)\n", a.get("--project").c_str());
        return 0;
#else
        throw std::runtime_error("--project needs the SQLite store, which this build lacks");
#endif
    }
    std::set<std::string> seen;
    int n = 0;
    for (const auto &d : modelDirs()) {
        std::error_code ec;
        if (!fs::is_directory(d, ec)) continue;
        std::vector<fs::path> files;
        for (const auto &e : fs::directory_iterator(d, ec))
            if (e.path().extension() == ".mnerm") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto &f : files) {
            std::string name = f.stem().string();
            if (!seen.insert(name).second) continue;
            try {
                auto t = Tagger::load(f.string());
                std::printf("%-10s %-8s dev F1 %6s  image words: %-24s %s%s\n", name.c_str(), t->meta().arch.c_str(),
                            formatFixed(t->meta().devF1, 2).c_str(), t->meta().imageWordSource.c_str(), f.c_str(),
                            name == "cwi" ? "  (default)" : "");
            } catch (const std::exception &e) { std::printf("%-10s unusable: %s\n", name.c_str(), e.what()); }
            ++n;
        }
    }
    if (!n) std::printf("no bundled models found (looked in $MNER_MODELS_DIR and the install's models folder)\n");
    return 0;
}

const char *kBenchUsage = "Usage: mner bench predict [--model NAME|FILE] --input FILE [--captions FILE] [--repeat N]\n"
                          "                          [--device cpu|cuda] [--batches 1,64,512]\n"
                          "       mner bench tag IMAGE... [--repeat N] [tagger options]\n\n"
                          "predict: prediction speed (tweets/s) with one thread at batch sizes 1 and 64.\n"
                          "tag: the image tagger's milliseconds per image on one thread, decoding included.\n";

int runBench(const std::vector<std::string> &argv) {
#ifdef MNER_HAVE_IMAGE
    if (!argv.empty() && argv[0] == "tag") return runBenchTag({argv.begin() + 1, argv.end()});
#endif
    Args a(argv, {"--model", "--input", "--captions", "--repeat", "--threads", "--device", "--batches"}, {});
    a.expectPositional(1, 1, "what to benchmark: predict");
    if (a.positional()[0] != "predict") throw UsageError("only 'mner bench predict' exists");
    if (!a.has("--input")) throw UsageError("--input FILE is required");
    setModelThreads(a.getInt("--threads", 1));
    auto tagger = Tagger::load(resolveModel(a.get("--model", "default")));
    tagger->setDevice(a.get("--device", "cpu"));
    std::vector<int> batches;
    std::stringstream list(a.get("--batches", "1,64"));
    for (std::string b; std::getline(list, b, ',');) {
        const std::optional<double> n = parseNumber(b);
        if (!n || *n < 1 || *n > 65536) throw UsageError("--batches: expected sizes like 1,64,512, found '" + b + "'");
        batches.push_back(int(*n));
    }
    Inputs in = readInputs(a);
    auto ex = examplesOf(readDocument(a.get("--input")), in.captionsOrNull());
    int repeat = a.getInt("--repeat", 1);
    for (int batch : batches) {
        tagger->predict({ex.begin(), ex.begin() + std::min<size_t>(ex.size(), 32)}, batch);  // warm up
        auto t0 = std::chrono::steady_clock::now();
        for (int r = 0; r < repeat; ++r) tagger->predict(ex, batch);
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("batch %2d: %zu tweets in %s s = %s tweets/s (%s%d thread%s)\n", batch, ex.size() * size_t(repeat),
                    formatFixed(s, 2).c_str(), formatFixed(double(ex.size()) * repeat / s, 0).c_str(),
                    tagger->device() == "cpu" ? "" : (tagger->device() + ", ").c_str(), a.getInt("--threads", 1),
                    a.getInt("--threads", 1) == 1 ? "" : "s");
    }
    return 0;
}

const char *kEnsembleUsage = "Usage: mner ensemble -o MODEL [--name NAME] [--dev FILE --captions FILE] MEMBER.mnerm...\n\n"
                             "Joins CWI models trained on the same tag set (typically the same recipe with other seeds) into\n"
                             "one model file that predicts with the mean of their emission potentials and CRF parameters.\n"
                             "It is as slow as its members together. With --dev the file records the ensemble's dev scores.\n";

int runEnsemble(const std::vector<std::string> &argv) {
    Args a(argv, {"-o", "--output", "--name", "--dev", "--captions", "--batch"}, {});
    a.expectPositional(1, 64, "the member model files");
    const std::string out = a.get("-o", a.get("--output"));
    if (out.empty()) throw UsageError("-o MODEL is required");
    setModelThreads(1);
    std::vector<std::string> members;
    for (const auto &m : a.positional()) members.push_back(resolveModel(m));
    const std::string name = a.get("--name", fs::path(out).stem().string());
    writeEnsemble(members, name, out);
    if (a.has("--dev")) {
        Inputs in = readInputs(a);
        Document d = readDocument(a.get("--dev"));
        auto dev = examplesOf(d, in.captionsOrNull());
        auto tagger = Tagger::load(out);
        std::vector<std::vector<std::string>> gold;
        for (const auto &e : dev) gold.push_back(e.tags);
        Scores s = conllEval(gold, tagger->predict(dev, a.getInt("--batch", 64)));
        ModelMeta m;
        m.devF1 = s.all.f1();
        m.devReport = conllReport(s);
        for (const auto &[t, ts] : s.byType) m.devF1ByType[t] = ts.f1();
        writeEnsemble(members, name, out, &m);
        std::cout << "dev F1 " << formatFixed(m.devF1, 2) << "\n";
    }
    std::cout << "wrote " << out << " (" << members.size() << " members)\n";
    return 0;
}

}  // namespace

std::vector<Command> modelCommands() {
    return {
        {"train", "train a CWI or MSB model", kTrainUsage, runTrain},
        {"pretrain", "masked-LM pre-training of MSB", kPretrainUsage, runPretrain},
        {"simulate-al", "simulate active learning against random order", kSimulateUsage, runSimulateAl},
        {"predict", "tag a file with a model", kPredictUsage, runPredict},
        {"models", "list the bundled models", kModelsUsage, runModels},
        {"ensemble", "join models of one recipe into an ensemble", kEnsembleUsage, runEnsemble},
        {"bench", "measure prediction speed", kBenchUsage, runBench},
    };
}

}  // namespace mner::cli
