#include "io/chunks.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <vector>

namespace mner {

namespace {
bool blank(const std::string &l) { return l.find_first_not_of(" \t\r") == std::string::npos; }
bool docStart(const std::string &l) { return l.rfind("-DOCSTART-", 0) == 0; }
}  // namespace

void readDocumentChunks(const std::string &path, const ReadOptions &opt, size_t tweetsPerChunk,
                        const std::function<void(DocumentChunk &)> &each) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ParseError(path, 0, Message{"cannot open the file for reading", {}});
    // the format from the file's first non-blank bytes, as a whole read would find it
    std::string pending, line;
    int lineNo = 0;
    ReadOptions ro = opt;
    while (ro.format == Format::Auto && std::getline(in, line)) {
        ++lineNo;
        pending += line;
        if (!in.eof()) pending += '\n';
        if (!blank(line) && line != "\xEF\xBB\xBF") ro.format = detectFormat(pending);
    }
    if (ro.format == Format::Auto) ro.format = detectFormat(pending);
    if (ro.format == Format::Jsonl || ro.format == Format::Doccano) {
        std::string rest((std::istreambuf_iterator<char>(in)), {});
        DocumentChunk c{parseDocument(pending + rest, path, ro), true, true};
        each(c);
        return;
    }
    int chunkStart = 1;
    size_t groups = 0;  // tweets begun in pending
    bool afterBlank = true, lastGroupIsDocStart = false, first = true;
    for (const char *p = pending.c_str(); *p;) {  // what the format detection read
        const char *e = p;
        while (*e && *e != '\n') ++e;
        const std::string l(p, e);
        if (!blank(l) && l != "\xEF\xBB\xBF") {
            if (afterBlank) {
                ++groups;
                lastGroupIsDocStart = docStart(l.rfind("\xEF\xBB\xBF", 0) == 0 ? l.substr(3) : l);
            }
            afterBlank = false;
        } else {
            afterBlank = true;
        }
        p = *e ? e + 1 : e;
    }
    int tweets = 0;
    auto flush = [&](bool last) {
        ro.firstLine = chunkStart;
        ro.firstOrdinal = tweets + 1;
        DocumentChunk c{parseDocument(pending, path, ro), first, last};
        tweets += int(c.doc.tweets.size());
        first = false;
        pending.clear();
        groups = 0;
        each(c);
    };
    while (std::getline(in, line)) {
        ++lineNo;
        const bool isBlank = blank(line);
        if (!isBlank && afterBlank) {
            // a new tweet: the chunk is cut before it when full (not between -DOCSTART- and its sentence)
            if (groups >= tweetsPerChunk && !lastGroupIsDocStart) {
                flush(false);
                chunkStart = lineNo;
            }
            ++groups;
            lastGroupIsDocStart = docStart(line);
        }
        afterBlank = isBlank;
        pending += line;
        if (!in.eof()) pending += '\n';
    }
    flush(true);
}

size_t countTweetGroups(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    size_t n = 0;
    bool afterBlank = true;
    auto line = [&](const char *b, const char *e) {
        const bool isBlank = std::all_of(b, e, [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
        if (!isBlank && afterBlank && !(e - b >= 10 && std::memcmp(b, "-DOCSTART-", 10) == 0)) ++n;
        afterBlank = isBlank;
    };
    // a megabyte at a time, lines found with memchr: ~5x getline's speed (a million tweets' file
    // is 170 MB, and an import counts it before it starts)
    std::vector<char> buf(1 << 20);
    std::string carry;  // a line begun in the previous block
    while (in) {
        in.read(buf.data(), std::streamsize(buf.size()));
        const char *p = buf.data(), *end = p + in.gcount();
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!nl) {
                carry.append(p, end);
                break;
            }
            if (carry.empty()) {
                line(p, nl);
            } else {
                carry.append(p, nl);
                line(carry.data(), carry.data() + carry.size());
                carry.clear();
            }
            p = nl + 1;
        }
    }
    if (!carry.empty()) line(carry.data(), carry.data() + carry.size());
    return n;
}

}  // namespace mner
