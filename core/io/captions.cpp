#include "io/captions.h"

#include "io/formats.h"
#include "io/json.h"
#include "text/utf8.h"

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <string_view>
#include <utility>
#include <unistd.h>

namespace mner {

namespace {

uint64_t hashOf(std::string_view name) { return std::hash<std::string_view>()(name); }

// Splits one line (CR, BOM already gone) into name and caption. Returns false for a blank line;
// throws ParseError for anything else that is not a caption line.
bool parseLine(const std::string &path, int number, const std::string &line, std::string &name, std::string &caption) {
    if (line.find_first_not_of(" \t") == std::string::npos) return false;
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
        name = id->string;
        caption = cap->string;
        return true;
    }
    size_t sep = line.find(" :");
    if (sep == std::string::npos || sep == 0)
        throw ParseError(path, number, "expected '<image> :<caption>', found no ' :' separator");
    name = line.substr(0, sep);
    caption = line.substr(sep + 2);
    return true;
}

void trim(std::string &line, bool first) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (first && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
}

}  // namespace

Captions::Captions(const std::string &path) : path_(path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ParseError(path, 0, "cannot open the captions file");
    std::string line, name, caption;
    uint64_t offset = 0;
    int number = 0;
    while (std::getline(in, line)) {
        const uint64_t at = offset;
        offset += line.size() + 1;
        trim(line, ++number == 1);
        if (parseLine(path, number, line, name, caption)) index_.push_back({hashOf(name), at, number});
    }
    std::sort(index_.begin(), index_.end(),
              [](const Entry &a, const Entry &b) { return a.hash != b.hash ? a.hash < b.hash : a.offset < b.offset; });
    index_.shrink_to_fit();
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw ParseError(path, 0, "cannot open the captions file");
}

Captions::~Captions() {
    if (fd_ >= 0) ::close(fd_);
}

Captions::Captions(Captions &&other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)), index_(std::move(other.index_)) {}

Captions &Captions::operator=(Captions &&other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        path_ = std::move(other.path_);
        fd_ = std::exchange(other.fd_, -1);
        index_ = std::move(other.index_);
    }
    return *this;
}

std::optional<std::string> Captions::find(const std::string &imageId) const {
    if (imageId.empty()) return std::nullopt;
    if (auto c = findName(imageId)) return c;
    if (auto c = findName(imageId + ".jpg")) return c;
    size_t dot = imageId.rfind('.');
    if (dot != std::string::npos) return findName(imageId.substr(0, dot));
    return std::nullopt;
}

std::optional<std::string> Captions::findName(const std::string &wanted) const {
    const uint64_t h = hashOf(wanted);
    auto lo = std::lower_bound(index_.begin(), index_.end(), h, [](const Entry &e, uint64_t v) { return e.hash < v; });
    auto hi = std::upper_bound(lo, index_.end(), h, [](uint64_t v, const Entry &e) { return v < e.hash; });
    std::string line, name, caption;
    // the last line of a name wins: look from the latest offset back
    for (auto it = hi; it != lo;) {
        --it;
        line.clear();
        char buf[512];
        for (uint64_t at = it->offset;;) {
            ssize_t n = ::pread(fd_, buf, sizeof buf, off_t(at));
            if (n < 0) throw ParseError(path_, it->line, "cannot read the captions file");
            const char *end = static_cast<const char *>(std::memchr(buf, '\n', size_t(n)));
            line.append(buf, end ? size_t(end - buf) : size_t(n));
            if (end || n == 0) break;
            at += uint64_t(n);
        }
        trim(line, it->offset == 0);
        if (!parseLine(path_, it->line, line, name, caption))
            throw ParseError(path_, it->line, "the captions file changed while it was in use");
        if (name == wanted) return caption;
    }
    return std::nullopt;
}

}  // namespace mner
