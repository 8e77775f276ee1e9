// Ensembles of CWI models: one file holding several trained networks over the same tag set.
// Predicting averages their emission potentials and CRF parameters and decodes once, so an
// ensemble tags, scores marginals and uncertainty exactly as one network does.
#include "model/tagger_impl.h"

#include "model/modelfile.h"
#include "text/isotime.h"
#include "text/sha256.h"

#include <fstream>

namespace mner {

using namespace nn;
using namespace nn::modelfile;

namespace {
const std::string kMemberPrefix = "m";  // tensors of member k are named "m<k>/<name>"

std::string readAll(const std::string &path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) throw ModelError(Message{"{1}: cannot open the model file", {path}});
    return std::string((std::istreambuf_iterator<char>(f)), {});
}
}  // namespace

std::pair<torch::Tensor, torch::Tensor> Tagger::Impl::emissions(const std::vector<const Example *> &batch) {
    // the network on its device, its emissions back on the CPU for the CRF
    auto run = [](Impl &d, Batch b) {
        if (!d.device.is_cpu())
            for (torch::Tensor *t : {&b.glove, &b.words, &b.chars, &b.image, &b.imageLengths, &b.lengths, &b.mask, &b.gaz})
                if (t->defined()) *t = t->to(d.device);
        return d.net->emissions(b).to(torch::kCPU);
    };
    if (members.empty()) {
        Batch b = encode(batch, v, cfg);
        return {run(*this, b), b.mask};
    }
    torch::Tensor sum, mask;
    for (const auto &m : members) {
        // each member reads the words through its own vocabularies
        Batch b = encode(batch, m->d_->v, m->d_->cfg);
        torch::Tensor em = run(*m->d_, b);
        sum = sum.defined() ? sum + em : em;
        mask = b.mask;
    }
    return {sum / double(members.size()), mask};
}

const CrfImpl &Tagger::Impl::crf() const { return members.empty() ? *net->crf : *crfMean; }

std::unique_ptr<Tagger> Tagger::Impl::ensembleFromParsed(const json::Value &h, std::map<std::string, torch::Tensor> &tensors,
                                                         const std::string &path) {
    auto d = std::make_unique<Impl>();
    const double n = num(h, "ensemble");
    if (!(n >= 1 && n <= 64)) throw ModelError(path + ": model header: an ensemble of 1 to 64 members expected");
    const json::Value *fv = h.find("format_version");
    for (int k = 0; k < int(n); ++k) {
        const std::string key = "member" + std::to_string(k);
        json::Value mh;
        try {
            mh = json::parse(str(h, key.c_str()), 8);
        } catch (const json::Error &e) {
            throw ModelError(path + ": member " + std::to_string(k) + ": unreadable header: " + e.what());
        }
        if (!mh.isObject()) throw ModelError(path + ": member " + std::to_string(k) + ": the header is not a JSON object");
        if (fv) mh.object.emplace_back("format_version", *fv);
        std::map<std::string, torch::Tensor> own;
        const std::string prefix = kMemberPrefix + std::to_string(k) + "/";
        for (auto it = tensors.begin(); it != tensors.end();)
            if (it->first.compare(0, prefix.size(), prefix) == 0) {
                own.emplace(it->first.substr(prefix.size()), it->second);
                it = tensors.erase(it);
            } else {
                ++it;
            }
        const std::string name = path + " (member " + std::to_string(k) + ")";
        std::unique_ptr<Tagger> m = fromParsed(mh, own, name, true);
        if (m->d_->msb) throw ModelError(name + ": an MSB model; ensembles hold CWI models");
        if (!d->members.empty() && m->d_->v.tags != d->members.front()->d_->v.tags)
            throw ModelError(name + ": its tag set differs from the first member's");
        d->members.push_back(std::move(m));
    }
    if (!tensors.empty())
        throw ModelError(path + ": the model file holds tensors no member has ('" + tensors.begin()->first + "')");
    const Impl &first = *d->members.front()->d_;
    d->cfg = first.cfg;
    d->v.tags = first.v.tags;
    // the mean CRF: averaged learned scores, the same constraints
    torch::NoGradGuard ng;
    d->crfMean = Crf(int(first.v.tags.size()), first.v.tags);
    d->crfMean->transitions.zero_();
    d->crfMean->start.zero_();
    d->crfMean->end.zero_();
    for (const auto &m : d->members) {
        d->crfMean->transitions.add_(m->d_->net->crf->transitions / n);
        d->crfMean->start.add_(m->d_->net->crf->start / n);
        d->crfMean->end.add_(m->d_->net->crf->end / n);
    }
    d->crfMean->eval();
    ModelMeta &meta = d->meta;
    meta.name = str(h, "name");
    meta.arch = "ensemble of " + std::to_string(d->members.size()) + " " + first.meta.arch;
    d->cfg.arch = meta.arch;
    meta.imageWordSource = first.meta.imageWordSource;
    meta.trainingData = str(h, "training_data");
    meta.fingerprint = str(h, "fingerprint");
    meta.created = str(h, "created");
    meta.formatVersion = fv ? int(fv->number) : 0;
    if (const json::Value *dev = h.find("dev")) {
        meta.devF1 = num(*dev, "f1");
        meta.devReport = str(*dev, "report");
        if (const json::Value *bt = dev->find("f1_by_type"))
            for (const auto &[k, v] : bt->object) meta.devF1ByType[k] = v.number;
    }
    return std::unique_ptr<Tagger>(new Tagger(std::move(d)));
}

void writeEnsemble(const std::vector<std::string> &memberPaths, const std::string &name, const std::string &outPath,
                   const ModelMeta *dev) {
    if (memberPaths.empty() || memberPaths.size() > 64) throw ModelError("an ensemble needs 1 to 64 member models");
    std::string h = "{";
    putNum(h, "ensemble", double(memberPaths.size()));
    putStr(h, "name", name);
    std::vector<std::pair<std::string, torch::Tensor>> all;
    std::vector<std::string> firstTags;
    std::string fingerprints, training;
    bool halves = true;  // members stored as fp16 stay fp16; fp32 members stay exact
    uint32_t version = 1;  // the newest member's format (gazetteers need 2, BIOES tags 3)
    for (size_t k = 0; k < memberPaths.size(); ++k) {
        const std::string &p = memberPaths[k];
        std::map<std::string, torch::Tensor> tensors;
        std::string text;
        json::Value mh = readModelContainer(readAll(p), p, tensors, &text);
        const json::Value *config = mh.find("config");
        const json::Value *arch = config ? config->find("arch") : nullptr;
        if (mh.find("ensemble") || !arch || !arch->isString() || (arch->string != "cwi" && arch->string != "cwi-att"))
            throw ModelError(p + ": not a CWI model (ensembles hold cwi and cwi-att models)");
        const std::vector<std::string> tags = strings(mh, "tags");
        if (k == 0)
            firstTags = tags;
        else if (tags != firstTags)
            throw ModelError(p + ": its tag set differs from " + memberPaths[0] + "'s");
        version = std::max(version, uint32_t(num(mh, "format_version")));  // the container's
        fingerprints += str(mh, "fingerprint");
        if (k == 0) training = str(mh, "training_data");
        putStr(h, ("member" + std::to_string(k)).c_str(), text);
        for (auto &[tn, t] : tensors) {
            if (t.numel() > 4096)  // the tables writeModelFile would halve
                halves = halves && torch::equal(t.to(torch::kHalf).to(torch::kFloat), t);
            all.emplace_back(kMemberPrefix + std::to_string(k) + "/" + tn, t);
        }
    }
    putStr(h, "training_data", training);
    putStr(h, "fingerprint", sha256Hex(fingerprints.data(), fingerprints.size()));
    putStr(h, "created", nowIso());
    if (dev) {
        h += "\"dev\": {";
        putNum(h, "f1", dev->devF1);
        putStr(h, "report", dev->devReport);
        h += "\"f1_by_type\": {";
        for (const auto &[t, f] : dev->devF1ByType) putNum(h, t.c_str(), f);
        closeObject(h);
        h += "}";
    }
    closeObject(h);
    writeModelFile(outPath, h, all, halves, version);
}

}  // namespace mner
