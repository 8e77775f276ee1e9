// The model file container and the CWI model header (modelfile.cpp). Model library only: torch.
#pragma once

#include "model/nn.h"

namespace mner::nn {

// Reads a whole model file: checks signature, version, checksum and every tensor's description,
// fills tensors by name, returns the JSON header (plus "format_version"). Throws ModelError naming
// path and what is wrong; nothing in the file is ever executed.
// headerText, when given, receives the header as stored (without "format_version").
json::Value readModelContainer(const std::string &bytes, const std::string &path, std::map<std::string, torch::Tensor> &tensors,
                               std::string *headerText = nullptr);
// Writes header and tensors (large float tables as fp16 when asked) to path via a temporary file,
// so a failed write leaves any earlier file in place. version: the lowest format that holds the
// header (1; 2 with gazetteers; 3 with BIOES tags), so that older readers still open every file they can.
void writeModelFile(const std::string &path, const std::string &header,
                    const std::vector<std::pair<std::string, torch::Tensor>> &tensors, bool fp16, uint32_t version = 1);
// SHA-256 of the training examples (words, tags, image words): the model's training fingerprint.
std::string exampleFingerprint(const std::vector<Example> &ex);

// The JSON header, written as text (numbers locale-free) and read back with clear errors.
namespace modelfile {
void putBool(std::string &o, const char *k, bool v);
void putNum(std::string &o, const char *k, double v);
void putStr(std::string &o, const char *k, const std::string &v);
void putList(std::string &o, const char *k, const std::vector<std::string> &v);
// Replaces the trailing ", " of the put* calls with "}".
void closeObject(std::string &o);
std::string configJson(const CwiConfig &c);

// Readers: throw ModelError("model header: ...") when the key is missing or of the wrong kind.
const json::Value &need(const json::Value &v, const char *key);
double num(const json::Value &v, const char *key);
bool flag(const json::Value &v, const char *key);
std::string str(const json::Value &v, const char *key);
std::vector<std::string> strings(const json::Value &v, const char *key);
CwiConfig configFrom(const json::Value &c);
// A vocabulary as stored (must start with <pad>, <unk>).
Vocab vocabFrom(const std::vector<std::string> &items);
// The gazetteer as stored: {"category": ["phrase", ...], ...} (without the key: none).
std::string gazetteerJson(const Gazetteer &g);
Gazetteer gazetteerFrom(const json::Value &h);
}  // namespace modelfile

}  // namespace mner::nn
