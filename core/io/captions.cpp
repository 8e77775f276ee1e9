#include "io/captions.h"

#include "io/formats.h"
#include "io/json.h"
#include "text/utf8.h"

#include <fstream>

namespace mner {

std::map<std::string, std::string> readCaptions(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ParseError(path, 0, "cannot open the captions file");
    std::map<std::string, std::string> out;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (number == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        if (firstInvalidUtf8(line) != std::string::npos)
            throw ParseError(path, number, "expected UTF-8 text, found an invalid byte sequence");
        if (line[0] == '{') {
            json::Value v;
            try {
                v = json::parse(line);
            } catch (const json::Error &e) { throw ParseError(path, number, e.what()); }
            const json::Value *id = v.find("image_id");
            if (!id) id = v.find("id");
            const json::Value *cap = v.find("caption");
            if (!id || !id->isString() || !cap || !cap->isString())
                throw ParseError(path, number, "expected an object with \"image_id\" and \"caption\" strings");
            out[id->string] = cap->string;
            continue;
        }
        size_t sep = line.find(" :");
        if (sep == std::string::npos || sep == 0)
            throw ParseError(path, number, "expected '<image> :<caption>', found no ' :' separator");
        out[line.substr(0, sep)] = line.substr(sep + 2);
    }
    return out;
}

const std::string *findCaption(const std::map<std::string, std::string> &captions, const std::string &imageId) {
    if (imageId.empty()) return nullptr;
    if (auto it = captions.find(imageId); it != captions.end()) return &it->second;
    if (auto it = captions.find(imageId + ".jpg"); it != captions.end()) return &it->second;
    size_t dot = imageId.rfind('.');
    if (dot != std::string::npos)
        if (auto it = captions.find(imageId.substr(0, dot)); it != captions.end()) return &it->second;
    return nullptr;
}

}  // namespace mner
