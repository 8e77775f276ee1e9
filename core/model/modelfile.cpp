// The model file (little-endian): "MNERMDL1", u32 format version, u64 header length, the header as
// JSON (config, vocabularies, tag set, image-word source, training fingerprint, dev scores),
// u32 tensor count, then per tensor: u32 name length, name, u8 dtype (0 f32, 1 f16), u32 rank,
// i64 dims, u64 byte count, data; last the SHA-256 (64 hex characters) of everything before it.
// Loading checks all of it; the file holds data only, nothing in it is ever executed.
#include "model/modelfile.h"

#include "text/numbers.h"
#include "text/sha256.h"

#include <algorithm>
#include <cstring>
#include <fstream>

namespace mner::nn {

namespace {

constexpr char kMagic[8] = {'M', 'N', 'E', 'R', 'M', 'D', 'L', '1'};
// 2: a CWI header may hold "gazetteers" (a network older readers would build without them)
// 3: a CWI tag set may be BIOES (older readers would show S- and E- tags)
constexpr uint32_t kFormatVersion = 3;

template <class T> void put(std::string &o, T v) { o.append(reinterpret_cast<const char *>(&v), sizeof v); }

struct Reader {
    const std::string &s;
    size_t pos = 0;
    const std::string &file;
    void need(size_t n) const {
        if (pos + n > s.size()) throw ModelError(file + ": truncated model file (ends inside its data)");
    }
    template <class T> T get() {
        need(sizeof(T));
        T v;
        std::memcpy(&v, s.data() + pos, sizeof v);
        pos += sizeof v;
        return v;
    }
    std::string bytes(size_t n) {
        need(n);
        std::string r = s.substr(pos, n);
        pos += n;
        return r;
    }
};

}  // namespace

namespace modelfile {

void putBool(std::string &o, const char *k, bool v) { o += json::quote(k) + ": " + (v ? "true" : "false") + ", "; }
void putNum(std::string &o, const char *k, double v) { o += json::quote(k) + ": " + json::number(v) + ", "; }
void putStr(std::string &o, const char *k, const std::string &v) { o += json::quote(k) + ": " + json::quote(v) + ", "; }
void putList(std::string &o, const char *k, const std::vector<std::string> &v) {
    o += json::quote(k) + ": [";
    for (size_t i = 0; i < v.size(); ++i) o += (i ? ", " : "") + json::quote(v[i]);
    o += "], ";
}
void closeObject(std::string &o) {
    if (o.size() >= 2 && o.compare(o.size() - 2, 2, ", ") == 0) o.resize(o.size() - 2);
    o += "}";
}

std::string configJson(const CwiConfig &c) {
    std::string o = "{";
    putStr(o, "arch", c.arch);
    putBool(o, "use_chars", c.useChars);
    putBool(o, "use_image", c.useImage);
    putBool(o, "use_td_gn_sinerelu", c.useTdGnSineRelu);
    putBool(o, "use_extra_words", c.useExtraWords);
    putNum(o, "char_dim", c.charDim);
    putNum(o, "max_chars", c.maxChars);
    putNum(o, "extra_word_dim", c.extraWordDim);
    putNum(o, "word_hidden", c.wordHidden);
    putNum(o, "image_dim", c.imageDim);
    putNum(o, "image_hidden", c.imageHidden);
    putNum(o, "fusion_hidden", c.fusionHidden);
    putNum(o, "max_image_words", c.maxImageWords);
    putNum(o, "td_drop_rate", c.tdDropRate);
    putNum(o, "td_target_rate", c.tdTargetRate);
    putNum(o, "sine_epsilon", c.sineEpsilon);
    putNum(o, "groups", c.groups);
    putNum(o, "dropout", c.dropout);
    putNum(o, "word_dropout", c.wordDropout);
    putBool(o, "twitter_words", c.twitterWords);
    closeObject(o);
    return o;
}

const json::Value &need(const json::Value &v, const char *key) {
    const json::Value *p = v.find(key);
    if (!p) throw ModelError(std::string("model header lacks \"") + key + "\"");
    return *p;
}
double num(const json::Value &v, const char *key) {
    const json::Value &p = need(v, key);
    if (!p.isNumber()) throw ModelError(std::string("model header: \"") + key + "\" is not a number");
    return p.number;
}
bool flag(const json::Value &v, const char *key) { return need(v, key).boolean; }
std::string str(const json::Value &v, const char *key) {
    const json::Value *p = v.find(key);
    return p && p->isString() ? p->string : std::string();
}
std::vector<std::string> strings(const json::Value &v, const char *key) {
    const json::Value &p = need(v, key);
    if (!p.isArray()) throw ModelError(std::string("model header: \"") + key + "\" is not a list");
    std::vector<std::string> out;
    out.reserve(p.array.size());
    for (const auto &e : p.array) out.push_back(e.string);
    return out;
}

CwiConfig configFrom(const json::Value &c) {
    CwiConfig k;
    k.arch = str(c, "arch");
    if (k.arch != "cwi" && k.arch != "cwi-att") throw ModelError("unknown architecture '" + k.arch + "' in the model file");
    k.useChars = flag(c, "use_chars");
    k.useImage = flag(c, "use_image");
    k.useTdGnSineRelu = flag(c, "use_td_gn_sinerelu");
    k.useExtraWords = flag(c, "use_extra_words");
    k.charDim = int(num(c, "char_dim"));
    k.maxChars = int(num(c, "max_chars"));
    k.extraWordDim = int(num(c, "extra_word_dim"));
    k.wordHidden = int(num(c, "word_hidden"));
    k.imageDim = int(num(c, "image_dim"));
    k.imageHidden = int(num(c, "image_hidden"));
    k.fusionHidden = int(num(c, "fusion_hidden"));
    k.maxImageWords = int(num(c, "max_image_words"));
    k.tdDropRate = num(c, "td_drop_rate");
    k.tdTargetRate = num(c, "td_target_rate");
    k.sineEpsilon = num(c, "sine_epsilon");
    k.groups = int(num(c, "groups"));
    k.dropout = num(c, "dropout");
    k.wordDropout = c.find("word_dropout") ? num(c, "word_dropout") : 0.0;  // absent in the first models
    k.twitterWords = c.find("twitter_words") ? flag(c, "twitter_words") : false;
    // A hostile header must not make us build a huge or invalid network.
    auto range = [](const char *what, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi))
            throw ModelError(std::string("model header: ") + what + " is " + formatNumber(v) + ", expected " + formatNumber(lo) +
                             " to " + formatNumber(hi));
    };
    range("char_dim", k.charDim, 1, 512);
    range("max_chars", k.maxChars, 1, 256);
    range("extra_word_dim", k.extraWordDim, 1, 1024);
    range("word_hidden", k.wordHidden, 1, 1024);
    range("image_dim", k.imageDim, 1, 1024);
    range("image_hidden", k.imageHidden, 1, 1024);
    range("fusion_hidden", k.fusionHidden, 1, 1024);
    range("max_image_words", k.maxImageWords, 0, 64);
    range("td_drop_rate", k.tdDropRate, 0, 1);
    range("td_target_rate", k.tdTargetRate, 0, 1);
    range("sine_epsilon", k.sineEpsilon, 0, 1);
    range("dropout", k.dropout, 0, 1);
    range("word_dropout", k.wordDropout, 0, 1);
    if (k.groups != 1 && k.groups != 2 && k.groups != 4 && k.groups != 8 && k.groups != 16)
        throw ModelError("model header: groups is " + std::to_string(k.groups) + ", expected 1, 2, 4, 8 or 16");
    return k;
}

Vocab vocabFrom(const std::vector<std::string> &items) {
    Vocab v;
    v.items.clear();
    v.index.clear();
    for (const auto &s : items) v.add(s);
    if (v.items.size() < 2 || v.items[0] != "<pad>" || v.items[1] != "<unk>")
        throw ModelError("model header: a vocabulary does not start with <pad>, <unk>");
    return v;
}

std::string gazetteerJson(const Gazetteer &g) {
    std::string o = "{";
    for (size_t c = 0; c < g.categories.size(); ++c) putList(o, g.categories[c].c_str(), g.phrases[c]);
    closeObject(o);
    return o;
}

Gazetteer gazetteerFrom(const json::Value &h) {
    Gazetteer g;
    const json::Value *p = h.find("gazetteers");
    if (!p) return g;
    if (!p->isObject()) throw ModelError("model header: \"gazetteers\" is not an object");
    if (p->object.size() > Gazetteer::kMaxCategories)
        throw ModelError("model header: more than " + std::to_string(Gazetteer::kMaxCategories) + " gazetteer categories");
    for (const auto &[category, list] : p->object) {
        if (!list.isArray() || list.array.empty())
            throw ModelError("model header: gazetteer '" + category + "' is not a list of phrases");
        for (const auto &e : list.array) {
            if (!e.isString()) throw ModelError("model header: gazetteer '" + category + "' holds a non-string");
            g.add(category, e.string);
        }
    }
    return g;
}

}  // namespace modelfile

json::Value readModelContainer(const std::string &s, const std::string &path, std::map<std::string, torch::Tensor> &tensors,
                               std::string *headerText) {
    if (s.size() < 8 || std::memcmp(s.data(), kMagic, 8) != 0)
        throw ModelError(Message{"{1}: not an mner model file (wrong signature)", {path}});
    if (s.size() < 8 + 4 + 8 + 64) throw ModelError(path + ": truncated model file");
    std::string body = s.substr(0, s.size() - 64), sum = s.substr(s.size() - 64);
    Reader r{body, 8, path};
    uint32_t version = r.get<uint32_t>();
    if (version > kFormatVersion)
        throw ModelError(path + ": model format version " + std::to_string(version) + " is newer than this mner (" +
                         std::to_string(kFormatVersion) + ")");
    if (sha256Hex(body.data(), body.size()) != sum)
        throw ModelError(path + ": the model file is corrupt or truncated (checksum mismatch)");
    uint64_t headerLen = r.get<uint64_t>();
    if (headerLen > body.size()) throw ModelError(path + ": truncated model file (header)");
    json::Value h;
    try {
        const std::string text = r.bytes(size_t(headerLen));
        if (headerText) *headerText = text;
        h = json::parse(text, 8);
    } catch (const json::Error &e) { throw ModelError(Message{"{1}: unreadable model header: {2}", {path, e.what()}}); }
    if (!h.isObject()) throw ModelError(path + ": the model header is not a JSON object");
    json::Value fv;
    fv.kind = json::Value::Kind::Number;
    fv.number = double(version);
    fv.numberText = std::to_string(version);
    // the container's version, not one a header claims for itself
    h.object.erase(std::remove_if(h.object.begin(), h.object.end(), [](const auto &kv) { return kv.first == "format_version"; }),
                   h.object.end());
    h.object.emplace_back("format_version", std::move(fv));
    uint32_t count = r.get<uint32_t>();
    for (uint32_t i = 0; i < count; ++i) {
        std::string name = r.bytes(r.get<uint32_t>());
        uint8_t dtype = r.get<uint8_t>();
        uint32_t rank = r.get<uint32_t>();
        if (rank > 8 || dtype > 1) throw ModelError(path + ": tensor '" + name + "' has an invalid description");
        std::vector<int64_t> dims;
        uint64_t elems = 1;
        for (uint32_t k = 0; k < rank; ++k) {
            int64_t d = r.get<int64_t>();
            if (d < 0 || d > (int64_t(1) << 32)) throw ModelError(path + ": tensor '" + name + "' has an invalid shape");
            dims.push_back(d);
            elems *= uint64_t(d);
            if (elems > body.size()) throw ModelError(path + ": tensor '" + name + "' is larger than the file");
        }
        uint64_t n = r.get<uint64_t>();
        size_t elem = dtype == 1 ? 2 : 4;
        if (n != elems * elem) throw ModelError(path + ": tensor '" + name + "' has the wrong size");
        if (tensors.count(name)) throw ModelError(path + ": tensor '" + name + "' appears twice");
        std::string data = r.bytes(size_t(n));
        tensors[name] = torch::from_blob(data.data(), dims, dtype == 1 ? torch::kHalf : torch::kFloat).to(torch::kFloat).clone();
    }
    return h;
}

void writeModelFile(const std::string &path, const std::string &header,
                    const std::vector<std::pair<std::string, torch::Tensor>> &tensors, bool fp16, uint32_t version) {
    if (version < 1 || version > kFormatVersion) throw ModelError(path + ": no such model format version");
    std::string o(kMagic, 8);
    put<uint32_t>(o, version);
    put<uint64_t>(o, header.size());
    o += header;
    put<uint32_t>(o, uint32_t(tensors.size()));
    for (auto &[name, t] : tensors) {
        put<uint32_t>(o, uint32_t(name.size()));
        o += name;
        // Large float tables go to fp16; the CRF stays exact (tiny, and -1e4 masks need range).
        bool half = fp16 && t.numel() > 4096;
        auto data = t.detach().to(torch::kCPU).to(half ? torch::kHalf : torch::kFloat).contiguous();
        put<uint8_t>(o, half ? 1 : 0);
        put<uint32_t>(o, uint32_t(data.dim()));
        for (int64_t d : data.sizes()) put<int64_t>(o, d);
        size_t n = size_t(data.numel()) * data.element_size();
        put<uint64_t>(o, n);
        o.append(static_cast<const char *>(data.data_ptr()), n);
    }
    o += sha256Hex(o.data(), o.size());
    std::string tmp = path + ".part";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) throw ModelError(path + ": cannot write the model file");
        f.write(o.data(), std::streamsize(o.size()));
        f.flush();
        if (!f) throw ModelError(path + ": writing the model failed (disk full?)");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) throw ModelError(path + ": cannot move the model file into place");
}

std::string exampleFingerprint(const std::vector<Example> &ex) {
    std::string all;
    for (const auto &e : ex) {
        for (size_t i = 0; i < e.words.size(); ++i) all += e.words[i] + '\t' + (i < e.tags.size() ? e.tags[i] : "") + '\n';
        for (const auto &w : e.imageWords) all += w + ' ';
        all += '\n';
    }
    return sha256Hex(all.data(), all.size());
}

}  // namespace mner::nn
