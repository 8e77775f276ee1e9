// The neural taggers, behind a header free of libtorch so that Qt code and the CLI can include it.
//
// CWI (Asgari-Chenaghlu et al., 2020, Tables 5-8): a character CNN with skip concatenations,
// targeted dropout, SineReLU and group norm; GloVe plus a trainable word table into a BiLSTM; the
// image words through an embedding and a forward LSTM; all three concatenated into a BiLSTM and
// a CRF. cwi-att adds the attention of eq. 14-16 before the CRF.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "text/message.h"

namespace mner {

namespace nn {
class TeacherPaths;
}

class ModelError : public std::runtime_error, public WithMessage {
public:
    using std::runtime_error::runtime_error;
    explicit ModelError(Message m) : std::runtime_error(m.text()), WithMessage(std::move(m)) {}
};

// One tweet as the models see it. tags may be empty when predicting.
struct Example {
    std::vector<std::string> words;
    std::vector<std::string> tags;
    std::vector<std::string> imageWords;
};

struct CwiConfig {
    std::string arch = "cwi";     // "cwi" or "cwi-att"
    bool useChars = true;         // ablation: no character features
    bool useImage = true;         // ablation: no image words
    bool useTdGnSineRelu = true;  // ablation of Table 10: plain ReLU, no targeted dropout, no group norm
    bool useExtraWords = true;    // the trainable word table concatenated to GloVe
    int charDim = 40, maxChars = 40;
    int extraWordDim = 100;
    int wordHidden = 100, imageDim = 50, imageHidden = 50, fusionHidden = 100;
    int maxImageWords = 8;
    double tdDropRate = 0.25, tdTargetRate = 0.4, sineEpsilon = 0.0025;
    int groups = 16;
    double dropout = 0.3;      // on the fusion input and output (0.3 vs 0.5: 68.95 vs 68.66 dev F1, 3 seeds)
    double wordDropout = 0.3;  // training: a token's trainable-table entry becomes <unk> with this probability
    bool twitterWords = true;  // word tables read URLs as <url>, @mentions as <user> and a missing
                               // "#word" as "word" (absent in older models: false)
};

struct TrainOptions {
    CwiConfig config;
    std::string embeddingsPath;   // GloVe text file ("word v1 ... vN"); empty: random trainable table
    std::string initPath;         // continue training this CWI model (its vocabularies, tags, weights)
    std::string wordVectorsPath;  // optional start for the trainable table (e.g. fastText subword
                                  // vectors, "word v1 ... vN" with N = extraWordDim); others ±0.25
    // Distillation: every tweet of distil trains with the teacher's (a CWI model or ensemble)
    // best tag path, or with sampledPaths a path drawn afresh each epoch from the teacher's
    // distribution over paths. The distil tweets' own tags are not used. Both or neither.
    std::string teacherPath;
    std::vector<Example> distil;
    bool sampledPaths = false;
    // Word lists as features, "CATEGORY=FILE" (one phrase a line); stored in the model. A
    // continued model (initPath) keeps its own and takes none.
    std::vector<std::string> gazetteers;
    // The CRF's tags: "bio2" (B-, I-) or "bioes" (B-, I-, E-, S-: an entity's last token and
    // one-token entities get tags of their own; such files are model format 3). Predictions and
    // marginals are BIO2 either way. Empty: bio2, or a continued model's own.
    std::string tagScheme;
    int epochs = 10;
    int batchSize = 16;  // 16 and 3e-3 beat 32 and 5e-3 by ~0.8 dev F1 over 3 seeds
    double lr = 3e-3;
    double lrDecay = 1.0;    // epoch e trains at lr * lrDecay^(e-1)
    bool tuneGlove = false;  // train the GloVe table too (else frozen)
    // Stochastic weight averaging: from this epoch on (0: never), the running mean of the weights
    // at the end of each epoch is a candidate for the model too (once it spans two epochs); dev
    // F1 decides between it and the epochs' own weights. Training itself is unchanged.
    int swaFrom = 0;
    uint64_t seed = 1;
    double clip = 5.0;
    std::string name = "cwi";
    std::string imageWordSource = "none";  // "caption:FILE", "tagger:NAME" or "none"
    bool fp16 = true;                      // store weights as fp16
    std::string trainingData;              // a description of the training files, kept in the model
    // Continuing a model (initPath): the entity types the result is to have (a project's label
    // set). The model's types outside it lose their output rows, types it lacks get new ones.
    // Empty: the model's types, plus any new ones the data has.
    std::vector<std::string> types;
};

struct EpochReport {
    int epoch = 0, epochs = 0;
    double loss = 0, precision = 0, recall = 0, f1 = 0, seconds = 0;
    bool best = false;
};

struct TrainResult {
    int bestEpoch = 0;
    double bestF1 = 0;
    std::string report;  // conlleval report of the best epoch on dev
    double secondsPerEpoch = 0;
    std::string note;      // what training changed beyond the weights (e.g. the tag set)
    int averagedFrom = 0;  // > 0: the weights kept are the mean of epochs averagedFrom..bestEpoch
};

// Trains on train, selects the epoch with the best dev F1 and writes that model to outPath.
// onEpoch may return false to stop early (the best so far is still written); progress is called
// with (batches done, batches in the epoch) and may return false to cancel without writing.
// Deterministic for a seed on CPU. Throws ModelError on bad input.
TrainResult trainModel(const TrainOptions &opt, const std::vector<Example> &train, const std::vector<Example> &dev,
                       const std::string &outPath, const std::function<bool(const EpochReport &)> &onEpoch = {},
                       const std::function<bool(size_t, size_t)> &progress = {});

// MSB (the paper's Table 2): a BERT-like encoder over WordPiece tokens, then [SEP], then the image
// words' pieces; each word's tag sits on its first piece. Weights are learned here: masked-LM
// pre-training (pretrainMsb), then fine-tuning (trainMsb), optionally first on CoNLL-2003.
struct MsbConfig {
    std::string arch = "msb-tiny";  // msb-tiny: 128 hidden, 2 heads, 2 layers; msb-small: 512, 8, 4
    int hidden = 128, heads = 2, layers = 2, maxPositions = 128, maxImagePieces = 16;
    bool crf = false;
    double dropout = 0.1;
    static MsbConfig forArch(const std::string &arch, bool crf);  // throws ModelError
};

struct MsbTrainOptions {
    MsbConfig config;
    std::string vocabPath;  // BERT WordPiece vocabulary (ignored when init gives one)
    std::string initPath;   // a pre-trained or fine-tuned MSB model file to start from
    std::string glovePath;  // without init: whole-word pieces start from these vectors
    int epochs = 10, batchSize = 32;
    double lr = 2e-4;
    uint64_t seed = 1;
    std::string name = "msb", imageWordSource = "none", trainingData;
    bool fp16 = true;
};
TrainResult trainMsb(const MsbTrainOptions &opt, const std::vector<Example> &train, const std::vector<Example> &dev,
                     const std::string &outPath, const std::function<bool(const EpochReport &)> &onEpoch = {},
                     const std::function<bool(size_t, size_t)> &progress = {});

struct PretrainOptions {
    MsbConfig config;
    std::string vocabPath;
    std::vector<std::string> corpus;  // text files, one sentence or post a line
    std::string glovePath;            // optional start for whole-word pieces
    int64_t steps = 1000;
    int batchSize = 32, seqLen = 64;
    double lr = 5e-4;
    int64_t warmup = 100;
    uint64_t seed = 1;
    std::string checkpoint;         // written every checkpointEvery steps and at the end;
    int64_t checkpointEvery = 200;  // training resumes from it when it exists
    double maxSeconds = 0;          // stop (and checkpoint) after this long; 0: no limit
};
struct PretrainReport {
    int64_t step = 0, steps = 0;
    double loss = 0, accuracy = 0, tokensPerSecond = 0, seconds = 0;
    bool resumed = false;
};
// Masked-LM pre-training (15 % of pieces; 80 % [MASK], 10 % random, 10 % kept). onReport is
// called every 50 steps and may return false to stop after checkpointing. Returns the last report.
PretrainReport pretrainMsb(const PretrainOptions &opt, const std::function<bool(const PretrainReport &)> &onReport = {});

struct ModelMeta {
    std::string name, arch, imageWordSource, trainingData, fingerprint, created;
    std::string devReport;
    double devF1 = 0;
    int formatVersion = 0;
    std::map<std::string, double> devF1ByType;
};

// A trained model loaded for prediction. Thread-compatible: one thread at a time.
class Tagger {
public:
    // Reads a model file. Throws ModelError for missing, truncated, corrupt or foreign files,
    // saying which; never executes anything from the file.
    static std::unique_ptr<Tagger> load(const std::string &path);
    // The same from a whole file's bytes; path only names the file in messages.
    static std::unique_ptr<Tagger> loadBytes(const std::string &bytes, const std::string &path);
    ~Tagger();

    // BIO2 tags for each example (same length as its words).
    std::vector<std::vector<std::string>> predict(const std::vector<Example> &examples, int batchSize = 64) const;
    // Per token, the marginal probability of each tag (order as tags()).
    std::vector<std::vector<std::vector<float>>> marginals(const std::vector<Example> &examples, int batchSize = 64) const;
    // How unsure the model is about each example's tagging, in [0, 1] (higher: ask a person first).
    //   LeastConfidence: 1 - P(best path);  Margin: 1 - (P(best) - P(second-best path));
    //   Entropy: mean over tokens of the marginals' entropy, divided by log(number of tags).
    enum class Uncertainty { LeastConfidence, Margin, Entropy };
    std::vector<double> uncertainty(const std::vector<Example> &examples, Uncertainty measure, int batchSize = 64) const;
    // Tags, each token's highest marginal and the tweet's uncertainty in one pass over the network
    // (what a model run in the GUI stores).
    struct Analysis {
        std::vector<std::string> tags;
        std::vector<float> confidence;
        double uncertainty = 0;
    };
    std::vector<Analysis> analyse(const std::vector<Example> &examples, Uncertainty measure, int batchSize = 64) const;
    const std::vector<std::string> &tags() const;
    const ModelMeta &meta() const;
    const CwiConfig &config() const;
    // Moves the network to "cpu" or "cuda" (predictions then run there; decoding stays on the
    // CPU). Throws ModelError for an unknown device, CUDA without a CUDA device, or an MSB model
    // on CUDA; the tagger is unchanged then.
    void setDevice(const std::string &device);
    std::string device() const;

    struct Impl;

private:
    friend TrainResult trainModel(const TrainOptions &, const std::vector<Example> &, const std::vector<Example> &,
                                  const std::string &, const std::function<bool(const EpochReport &)> &,
                                  const std::function<bool(size_t, size_t)> &);
    friend class nn::TeacherPaths;
    explicit Tagger(std::unique_ptr<Impl> d);
    std::unique_ptr<Impl> d_;
};

// "least-confidence", "margin", "entropy"; throws ModelError for anything else.
Tagger::Uncertainty parseUncertainty(const std::string &name);
const char *uncertaintyName(Tagger::Uncertainty u);

// Image words from a caption: lower-cased words without stop words, at most max of them.
std::vector<std::string> captionWords(const std::string &caption, int max = 8);

// Writes one model file holding the CWI models at memberPaths (same tag set), which predicts with
// the mean of their emission potentials and CRF parameters. dev, when given, supplies the dev
// scores recorded in the file (devF1, devReport, devF1ByType). Throws ModelError naming the member
// that cannot be read, is not a CWI model or has another tag set; outPath is left as it was then.
void writeEnsemble(const std::vector<std::string> &memberPaths, const std::string &name, const std::string &outPath,
                   const ModelMeta *dev = nullptr);

// Where a model runs, from a setting "auto" (CUDA when libtorch has a usable device, else the
// CPU), "cpu" or "cuda" (the CPU, with a note saying why, when there is no CUDA device).
// Throws ModelError for any other setting.
struct DeviceChoice {
    std::string device;  // "cpu" or "cuda"
    std::string note;    // empty, or why the CPU was chosen against the setting
};
DeviceChoice chooseDevice(const std::string &setting, bool cudaAvailable);
bool cudaAvailable();
// Calls run(device); when device is not the CPU and run throws, sets *note (what failed) and
// calls run("cpu"). Exceptions from the CPU run propagate.
void runWithCpuFallback(const std::string &device, const std::function<void(const std::string &)> &run, std::string *note);

// Sets libtorch to n intra-op threads (1 is fastest on small CPUs).
void setModelThreads(int n);

}  // namespace mner
