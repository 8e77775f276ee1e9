// Pre-training: masked LM with the decoder tied to the token embeddings. The optimizer is AdamW
// written here so that its moments go into checkpoints (resumable pre-training).
#include "model/msb_net.h"

#include "model/modelfile.h"
#include "text/isotime.h"

#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>

namespace mner {

using namespace nn;

PretrainReport pretrainMsb(const PretrainOptions &opt, const std::function<bool(const PretrainReport &)> &onReport) {
    if (opt.corpus.empty()) throw ModelError("pre-training needs text (--corpus FILE...)");
    if (opt.seqLen < 8 || opt.seqLen > opt.config.maxPositions) throw ModelError("--seq-len must be 8 to the maximum positions");
    MsbConfig cfg = opt.config;
    std::unique_ptr<WordPiece> wp;
    MsbFile resume;
    bool resumed = !opt.checkpoint.empty() && std::filesystem::exists(opt.checkpoint);
    if (resumed) {
        resume = readMsbFile(opt.checkpoint);
        cfg = resume.cfg;
        wp = std::make_unique<WordPiece>(resume.vocab);
    } else {
        wp = std::make_unique<WordPiece>(WordPiece::fromFile(opt.vocabPath));
    }
    torch::manual_seed(opt.seed);
    std::mt19937_64 rng(opt.seed);
    // The corpus as pieces, one sequence per window of lines up to seqLen - 2 pieces.
    std::vector<std::vector<int64_t>> seqs;
    {
        std::vector<int64_t> cur;
        const size_t room = size_t(opt.seqLen) - 2;
        for (const auto &file : opt.corpus) {
            std::ifstream in(file);
            if (!in) throw ModelError(file + ": cannot open the corpus file");
            std::string line;
            while (std::getline(in, line)) {
                std::vector<int64_t> ids;
                std::istringstream words(line);
                std::string w;
                while (words >> w) {
                    if (isUrl(w)) continue;
                    for (const auto &t : WordPiece::basicTokens(w))
                        for (const auto &p : wp->pieces(t)) ids.push_back(wp->id(p));
                }
                if (ids.empty()) continue;
                if (cur.size() + ids.size() > room && !cur.empty()) {
                    seqs.push_back(cur);
                    cur.clear();
                }
                for (size_t i = 0; i < ids.size(); i += room)
                    cur.insert(cur.end(), ids.begin() + long(i), ids.begin() + long(std::min(ids.size(), i + room)));
                if (cur.size() >= room) {
                    cur.resize(room);
                    seqs.push_back(cur);
                    cur.clear();
                }
            }
        }
        if (!cur.empty()) seqs.push_back(cur);
    }
    if (seqs.empty()) throw ModelError("the corpus has no text");
    MsbNet net(cfg, wp->size(), std::vector<std::string>{});
    AdamW adam(net);
    int64_t step = 0;
    if (resumed) {
        loadInto(net, resume.tensors, true, opt.checkpoint);
        torch::NoGradGuard ng;
        for (size_t i = 0; i < adam.names.size(); ++i) {
            auto m = resume.tensors.find("opt.m." + adam.names[i]), v = resume.tensors.find("opt.v." + adam.names[i]);
            if (m == resume.tensors.end() || v == resume.tensors.end())
                throw ModelError(opt.checkpoint + ": checkpoint lacks optimiser state");
            adam.opt.m[i].copy_(m->second);
            adam.opt.v[i].copy_(v->second);
        }
        const json::Value *pt = resume.header.find("pretrain");
        if (!pt) throw ModelError(opt.checkpoint + ": not a pre-training checkpoint");
        step = int64_t(numberOf(*pt, "step"));
        adam.opt.t = step;
    } else if (!opt.glovePath.empty()) {
        gloveInit(net, *wp, opt.glovePath);
    }
    auto save = [&](int64_t atStep) {
        if (opt.checkpoint.empty()) return;
        std::ostringstream h;
        h.imbue(std::locale::classic());
        h << "{\"format\": \"mner-model\", \"name\": \"pretrained\", \"config\": " << msbConfigJson(cfg)
          << ", \"tags\": [], \"wordpiece\": " << listJson(wp->vocab()) << ", \"created\": " << json::quote(nowIso())
          << ", \"pretrain\": {\"step\": " << atStep << ", \"seq_len\": " << opt.seqLen << ", \"batch\": " << opt.batchSize
          << ", \"sequences\": " << seqs.size() << "}}";
        std::vector<std::pair<std::string, torch::Tensor>> all = tensorsOf(net);
        for (size_t i = 0; i < adam.names.size(); ++i) {
            all.emplace_back("opt.m." + adam.names[i], adam.opt.m[i]);
            all.emplace_back("opt.v." + adam.names[i], adam.opt.v[i]);
        }
        writeModelFile(opt.checkpoint, h.str(), all, false);
    };
    PretrainReport rep;
    rep.steps = opt.steps;
    rep.resumed = resumed;
    auto t0 = std::chrono::steady_clock::now();
    double lossSum = 0, accSum = 0;
    int64_t tokens = 0, window = 0;
    std::uniform_real_distribution<double> uni(0, 1);
    // Random replacements come from past BERT's reserved ids ([unused...]) in its vocabulary.
    std::uniform_int_distribution<int64_t> anyPiece(wp->size() > 2000 ? 999 : 0, wp->size() - 1);
    net->train();
    while (step < opt.steps) {
        // A batch of random sequences, masked.
        std::vector<std::vector<int64_t>> ids;
        size_t L = 0;
        for (int i = 0; i < opt.batchSize; ++i) {
            const auto &s = seqs[size_t(rng() % seqs.size())];
            std::vector<int64_t> x = {wp->cls()};
            x.insert(x.end(), s.begin(), s.end());
            x.push_back(wp->sep());
            L = std::max(L, x.size());
            ids.push_back(std::move(x));
        }
        const int64_t B = opt.batchSize;
        auto in = torch::full({B, int64_t(L)}, wp->pad(), torch::kLong);
        auto attn = torch::zeros({B, int64_t(L)}, torch::kBool);
        std::vector<int64_t> maskedPos, maskedIds;
        auto I = in.accessor<int64_t, 2>();
        auto A = attn.accessor<bool, 2>();
        for (int64_t b = 0; b < B; ++b) {
            const auto &x = ids[size_t(b)];
            for (size_t i = 0; i < x.size(); ++i) {
                A[b][int64_t(i)] = true;
                int64_t id = x[i];
                bool special = i == 0 || i + 1 == x.size();
                if (!special && uni(rng) < 0.15) {
                    maskedPos.push_back(b * int64_t(L) + int64_t(i));
                    maskedIds.push_back(id);
                    double r = uni(rng);
                    if (r < 0.8)
                        id = wp->mask();
                    else if (r < 0.9)
                        id = anyPiece(rng);
                }
                I[b][int64_t(i)] = id;
            }
            tokens += int64_t(x.size());
        }
        if (maskedPos.empty()) continue;
        adam.zeroGrad();
        auto h = net->encode(in, torch::zeros_like(in), attn).reshape({B * int64_t(L), -1});
        auto pos = torch::tensor(maskedPos, torch::kLong), target = torch::tensor(maskedIds, torch::kLong);
        auto logits = net->mlmLogits(h.index_select(0, pos));
        auto loss = torch::nn::functional::cross_entropy(logits, target);
        loss.backward();
        adam.opt.clipGradNorm(1.0);
        ++step;
        double lr = opt.lr * (step < opt.warmup ? double(step) / double(opt.warmup)
                                                : std::max(0.1, 1.0 - double(step - opt.warmup) /
                                                                          double(std::max<int64_t>(1, opt.steps - opt.warmup))));
        adam.step(lr);
        lossSum += loss.item<double>();
        accSum += logits.argmax(1).eq(target).to(torch::kFloat).mean().item<double>();
        ++window;
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        bool timeUp = opt.maxSeconds > 0 && secs >= opt.maxSeconds;
        if (step % 50 == 0 || step == opt.steps || timeUp) {
            rep.step = step;
            rep.loss = lossSum / double(window);
            rep.accuracy = accSum / double(window);
            rep.seconds = secs;
            rep.tokensPerSecond = double(tokens) / std::max(1e-9, secs);
            lossSum = accSum = 0;
            window = 0;
            bool go = !onReport || onReport(rep);
            if (step % opt.checkpointEvery == 0 || !go || timeUp) save(step);
            if (!go || timeUp) return rep;
        }
    }
    save(step);
    rep.step = step;
    return rep;
}

}  // namespace mner
