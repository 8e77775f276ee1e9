#include "io/formats.h"

#include "io/json.h"
#include "text/utf8.h"

#include <fstream>
#include <ostream>
#include <sstream>

namespace mner {

Format parseFormat(const std::string &name) {
    if (name == "auto") return Format::Auto;
    if (name == "twitter") return Format::Twitter;
    if (name == "conll") return Format::Conll;
    if (name == "conll2003") return Format::Conll2003;
    if (name == "jsonl") return Format::Jsonl;
    if (name == "doccano") return Format::Doccano;
    throw std::invalid_argument("unknown format '" + name + "': expected auto, twitter, conll, conll2003, jsonl or doccano");
}

std::string formatName(Format f) {
    switch (f) {
    case Format::Auto: return "auto";
    case Format::Twitter: return "twitter";
    case Format::Conll: return "conll";
    case Format::Conll2003: return "conll2003";
    case Format::Jsonl: return "jsonl";
    case Format::Doccano: return "doccano";
    }
    return "auto";
}

ParseError::ParseError(std::string file, int line, const std::string &what)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + what), file_(std::move(file)), line_(line), detail_(what) {}

ParseError::ParseError(std::string file, int line, Message what)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + what.text()), WithMessage(what), file_(std::move(file)),
      line_(line), detail_(what.text()) {}

namespace {

std::string shown(std::string_view s) {
    std::string o;
    for (unsigned char c : s.substr(0, 40)) {
        if (c < 0x20 || c == 0x7F) {
            static const char *hex = "0123456789abcdef";
            o += "\\x";
            o += hex[c >> 4];
            o += hex[c & 15];
        } else {
            o += char(c);
        }
    }
    if (s.size() > 40) o += "...";
    return "'" + o + "'";
}

struct Line {
    std::string_view text;
    int number;
};

// Splits into lines, strips BOM and CR, and checks what every line-based format needs.
std::vector<Line> splitLines(const std::string &bytes, const std::string &file, const ReadOptions &opt, Layout &layout) {
    if (bytes.size() > opt.maxFileBytes)
        throw ParseError(file, 0,
                         "file is " + std::to_string(bytes.size()) + " bytes, at most " + std::to_string(opt.maxFileBytes) +
                             " expected");
    std::string_view all(bytes);
    if (all.substr(0, 3) == "\xEF\xBB\xBF") {
        layout.bom = true;
        all.remove_prefix(3);
    }
    layout.finalNewline = !all.empty() && all.back() == '\n';
    std::vector<Line> lines;
    size_t pos = 0;
    int number = opt.firstLine - 1;
    bool sawCr = false, sawLf = false;
    while (pos < all.size()) {
        size_t nl = all.find('\n', pos);
        std::string_view l = all.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? all.size() : nl + 1;
        ++number;
        if (!l.empty() && l.back() == '\r') {
            l.remove_suffix(1);
            sawCr = true;
        } else if (nl != std::string_view::npos) {
            sawLf = true;
        }
        if (l.size() > opt.maxLineBytes)
            throw ParseError(file, number,
                             "line is " + std::to_string(l.size()) + " bytes long, at most " + std::to_string(opt.maxLineBytes) +
                                 " expected");
        if (l.find('\0') != std::string_view::npos)
            throw ParseError(file, number, "expected text, found binary data (a NUL byte)");
        if (size_t bad = firstInvalidUtf8(l); bad != std::string_view::npos)
            throw ParseError(file, number,
                             "expected UTF-8 text, found an invalid byte sequence at column " + std::to_string(bad + 1));
        lines.push_back({l, number});
    }
    layout.crlf = sawCr && !sawLf;
    return lines;
}

bool isBlank(std::string_view l) { return l.find_first_not_of(" \t") == std::string_view::npos; }

struct Columns {
    std::string_view token, middle, tag;
    int count = 0;
};

// token = first column, tag = last column, middle = the exact bytes between them.
Columns splitColumns(std::string_view l) {
    Columns c;
    const char *ws = l.find('\t') != std::string_view::npos ? "\t" : " \t";
    size_t end1 = l.find_first_of(ws);
    size_t p = 0;
    while (p < l.size()) {
        size_t b = l.find_first_not_of(ws, p);
        if (b == std::string_view::npos) break;
        size_t e = l.find_first_of(ws, b);
        ++c.count;
        p = e == std::string_view::npos ? l.size() : e;
    }
    if (end1 == std::string_view::npos) {
        c.token = l;
        return c;
    }
    // A tab-separated line that starts with its tab has an empty token (the Broad Twitter
    // Corpus has a few): it is a column all the same.
    if (end1 == 0 && ws[1] == '\0') ++c.count;
    c.token = l.substr(0, end1);
    std::string_view rest = l.substr(end1);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
    size_t lastWs = rest.find_last_of(ws);
    c.tag = rest.substr(lastWs + 1);
    c.middle = rest.substr(0, lastWs + 1);
    return c;
}

Message tagProblem(std::string_view tag) { return {"expected a tag O, B-TYPE or I-TYPE, found {1}", {shown(tag)}}; }

Document parseColumns(const std::vector<Line> &lines, const std::string &file, Format format, int firstOrdinal) {
    Document doc;
    doc.format = format;
    Tweet cur;
    bool open = false;
    int expectedColumns = -1, columnsLine = 0;
    int ordinal = firstOrdinal - 1;
    std::string docStart;  // a -DOCSTART- line waiting for the sentence it starts
    auto close = [&](int line) {
        if (!open) return;
        if (cur.tokens.empty()) {
            if (format == Format::Twitter)
                throw ParseError(file, cur.line,
                                 Message{"IMGID:{1} has no tokens: expected token<TAB>tag lines after it", {cur.id}});
        } else {
            if (format == Format::Conll2003) {
                std::vector<std::string> bio = iob1ToBio2(tagsOf(cur));
                for (size_t i = 0; i < bio.size(); ++i) cur.tokens[i].tag = bio[i];
            }
            doc.tweets.push_back(std::move(cur));
        }
        cur = Tweet();
        open = false;
        (void)line;
    };
    for (const Line &ln : lines) {
        std::string_view l = ln.text;
        if (isBlank(l)) {
            close(ln.number);
            continue;
        }
        if (format == Format::Twitter && l.substr(0, 6) == "IMGID:") {
            if (open && !cur.tokens.empty())
                close(ln.number);
            else if (open)
                throw ParseError(file, cur.line,
                                 Message{"IMGID:{1} has no tokens: expected token<TAB>tag lines after it", {cur.id}});
            cur.id = std::string(l.substr(6));
            cur.imageId = cur.id;
            cur.line = ln.number;
            if (cur.id.empty()) throw ParseError(file, ln.number, "expected an image id after IMGID:, found nothing");
            open = true;
            continue;
        }
        if (format == Format::Conll2003 && l.substr(0, 10) == "-DOCSTART-") {
            close(ln.number);
            docStart = std::string(l);
            continue;
        }
        if (format == Format::Twitter && !open)
            throw ParseError(file, ln.number, Message{"expected an IMGID:<id> line before the tokens, found {1}", {shown(l)}});
        Columns c = splitColumns(l);
        if (c.count < 2)
            throw ParseError(file, ln.number,
                             Message{"expected token and tag separated by a tab or space, found 1 column {1}", {shown(l)}});
        if (expectedColumns < 0) {
            expectedColumns = c.count;
            columnsLine = ln.number;
        } else if (c.count != expectedColumns) {
            throw ParseError(file, ln.number,
                             Message{"expected {1} columns as on line {2}, found {3}",
                                     {std::to_string(expectedColumns), std::to_string(columnsLine), std::to_string(c.count)}});
        }
        if (!isValidBioTag(c.tag)) throw ParseError(file, ln.number, tagProblem(c.tag));
        if (!open) {
            cur.id = std::to_string(++ordinal);
            cur.line = ln.number;
            cur.preamble = std::move(docStart);
            docStart.clear();
            open = true;
        }
        cur.tokens.push_back({std::string(c.token), std::string(c.tag), std::string(c.middle)});
    }
    if (open && cur.tokens.empty() && format == Format::Twitter)
        throw ParseError(file, cur.line, Message{"IMGID:{1} has no tokens: the file ends after it (truncated?)", {cur.id}});
    close(lines.empty() ? 0 : lines.back().number);
    doc.layout.trailingBlank = 0;
    for (size_t i = lines.size(); i > 0 && isBlank(lines[i - 1].text); --i) ++doc.layout.trailingBlank;
    return doc;
}

// Splits a doccano text into tokens: white space separates; punctuation at either end of a word
// becomes its own token, except in @mentions, #hashtags and URLs. Offsets are in code points.
struct TextToken {
    std::string text;
    size_t begin, end;  // code points
};

std::vector<TextToken> tokenizeText(const std::string &text) {
    std::vector<size_t> cpStart;  // byte offset of each code point
    for (size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) cpStart.push_back(i);
    cpStart.push_back(text.size());
    auto isSpace = [&](size_t cp) {
        char c = text[cpStart[cp]];
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    auto isPunct = [&](size_t cp) {
        unsigned char c = static_cast<unsigned char>(text[cpStart[cp]]);
        return c < 0x80 && std::string_view(".,!?;:\"'()[]{}…").find(char(c)) != std::string_view::npos;
    };
    std::vector<TextToken> out;
    size_t n = cpStart.size() - 1, i = 0;
    auto emit = [&](size_t b, size_t e) { out.push_back({text.substr(cpStart[b], cpStart[e] - cpStart[b]), b, e}); };
    while (i < n) {
        if (isSpace(i)) {
            ++i;
            continue;
        }
        size_t b = i;
        while (i < n && !isSpace(i)) ++i;
        size_t e = i;
        std::string word = text.substr(cpStart[b], cpStart[e] - cpStart[b]);
        bool keep = word[0] == '@' || word[0] == '#' || word.rfind("http", 0) == 0;
        if (keep) {
            emit(b, e);
            continue;
        }
        size_t wb = b, we = e;
        while (wb < we && isPunct(wb)) {
            emit(wb, wb + 1);
            ++wb;
        }
        size_t tailStart = we;
        while (tailStart > wb && isPunct(tailStart - 1)) --tailStart;
        if (wb < tailStart) emit(wb, tailStart);
        for (size_t k = tailStart; k < we; ++k) emit(k, k + 1);
    }
    return out;
}

std::vector<std::string> stringArray(const json::Value *v, const std::string &key, const std::string &file, int line) {
    if (!v || !v->isArray()) throw ParseError(file, line, "expected an array \"" + key + "\"");
    std::vector<std::string> out;
    for (const auto &e : v->array) {
        if (!e.isString()) throw ParseError(file, line, "expected only strings in \"" + key + "\"");
        out.push_back(e.string);
    }
    return out;
}

std::string idString(const json::Value *v) {
    if (!v) return {};
    if (v->isString()) return v->string;
    if (v->isNumber()) return v->numberText;  // as written: 1234567 stays 1234567, ids past 2^53 keep every digit
    return {};
}

Document parseJsonLines(const std::vector<Line> &lines, const std::string &file, Format format, int firstOrdinal) {
    Document doc;
    doc.format = format;
    int ordinal = firstOrdinal - 1;
    for (const Line &ln : lines) {
        if (isBlank(ln.text)) continue;
        json::Value v;
        try {
            v = json::parse(std::string(ln.text));
        } catch (const json::Error &e) {
            throw ParseError(file, ln.number,
                             Message{"invalid JSON ({1}) at column {2}", {e.what(), std::to_string(e.offset() + 1)}});
        }
        if (!v.isObject()) throw ParseError(file, ln.number, "expected a JSON object per line");
        Tweet t;
        t.line = ln.number;
        ++ordinal;
        t.id = idString(v.find("id"));
        if (t.id.empty()) t.id = std::to_string(ordinal);
        t.imageId = idString(v.find("image_id"));
        if (format == Format::Jsonl) {
            std::vector<std::string> words = stringArray(v.find("tokens"), "tokens", file, ln.number);
            const json::Value *lv = v.find("label");
            std::string key = "label";
            for (const char *alt : {"labels", "tags", "ner_tags"})
                if (!lv) {
                    lv = v.find(alt);
                    key = alt;
                }
            std::vector<std::string> tags = stringArray(lv, "label", file, ln.number);
            if (words.empty()) throw ParseError(file, ln.number, "expected at least one token, found an empty \"tokens\"");
            if (tags.size() != words.size())
                throw ParseError(file, ln.number,
                                 "expected one label per token (" + std::to_string(words.size()) + "), found " +
                                     std::to_string(tags.size()));
            for (size_t i = 0; i < words.size(); ++i) {
                if (!isValidBioTag(tags[i]))
                    throw ParseError(file, ln.number, tagProblem(tags[i]).text() + " in \"" + key + "\"");
                t.tokens.push_back({words[i], tags[i], "\t"});
            }
        } else {
            const json::Value *tv = v.find("text");
            if (!tv || !tv->isString()) throw ParseError(file, ln.number, "expected a string \"text\"");
            t.text = tv->string;
            std::vector<TextToken> toks = tokenizeText(t.text);
            if (toks.empty()) throw ParseError(file, ln.number, "expected at least one word in \"text\", found none");
            std::vector<Span> spans;
            auto addSpan = [&](double b, double e, const std::string &type) {
                if (b < 0 || e <= b || type.empty() || type.find_first_of(" \t-") != std::string::npos)
                    throw ParseError(file, ln.number,
                                     "expected a label [start, end, TYPE] with start < end, found [" + std::to_string(b) + ", " +
                                         std::to_string(e) + ", " + type + "]");
                int first = -1, last = -1;
                for (int k = 0; k < static_cast<int>(toks.size()); ++k)
                    if (double(toks[k].begin) < e && double(toks[k].end) > b) {
                        if (first < 0) first = k;
                        last = k;
                    }
                if (first < 0)
                    throw ParseError(file, ln.number,
                                     "label [" + std::to_string(int(b)) + ", " + std::to_string(int(e)) +
                                         "] covers no word of the text");
                spans.push_back({first, last + 1, type});
            };
            const json::Value *labels = v.find("label");
            if (!labels) labels = v.find("labels");
            if (labels) {
                if (!labels->isArray()) throw ParseError(file, ln.number, "expected \"label\" to be an array");
                for (const auto &lab : labels->array) {
                    if (!lab.isArray() || lab.array.size() != 3 || !lab.array[0].isNumber() || !lab.array[1].isNumber() ||
                        !lab.array[2].isString())
                        throw ParseError(file, ln.number, "expected each label as [start, end, \"TYPE\"]");
                    addSpan(lab.array[0].number, lab.array[1].number, lab.array[2].string);
                }
            } else if (const json::Value *ents = v.find("entities"); ents && ents->isArray()) {
                for (const auto &en : ents->array) {
                    const json::Value *b = en.find("start_offset"), *e = en.find("end_offset"), *l = en.find("label");
                    if (!b || !e || !l || !b->isNumber() || !e->isNumber() || !l->isString())
                        throw ParseError(file, ln.number, "expected each entity with start_offset, end_offset and label");
                    addSpan(b->number, e->number, l->string);
                }
            }
            std::vector<std::string> tags = tagsOf(spans, static_cast<int>(toks.size()));
            for (size_t k = 0; k < toks.size(); ++k) t.tokens.push_back({toks[k].text, tags[k], "\t"});
        }
        doc.tweets.push_back(std::move(t));
    }
    return doc;
}

}  // namespace

std::vector<std::string> bio2ToIob1(const std::vector<std::string> &tags) {
    std::vector<std::string> out = tags;
    std::string prevType;
    for (size_t i = 0; i < out.size(); ++i) {
        TagParts p = splitTag(tags[i]);
        // IOB1 writes B- only where an entity starts right after another of its type
        if (p.prefix == "B" && p.type != prevType) out[i] = "I-" + p.type;
        prevType = p.prefix.empty() ? std::string() : p.type;
    }
    return out;
}

std::vector<std::string> iob1ToBio2(const std::vector<std::string> &tags) {
    std::vector<std::string> out = tags;
    std::string prevType;
    for (size_t i = 0; i < tags.size(); ++i) {
        TagParts p = splitTag(tags[i]);
        if (p.prefix == "I" && (i == 0 || prevType != p.type)) out[i] = "B-" + p.type;
        prevType = p.prefix == "O" ? std::string() : p.type;
    }
    return out;
}

Format detectFormat(const std::string &bytes) {
    size_t p = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    p = bytes.find_first_not_of(" \t\r\n", p);
    if (p == std::string::npos) return Format::Twitter;
    std::string_view head(bytes.data() + p, std::min<size_t>(bytes.size() - p, 4096));
    if (head.substr(0, 6) == "IMGID:") return Format::Twitter;
    if (head.substr(0, 10) == "-DOCSTART-") return Format::Conll2003;
    if (head[0] == '{') {
        size_t nl = head.find('\n');
        std::string_view first = head.substr(0, nl);
        return first.find("\"tokens\"") != std::string_view::npos ? Format::Jsonl : Format::Doccano;
    }
    return Format::Conll;
}

Document parseDocument(const std::string &bytes, const std::string &file, const ReadOptions &opt) {
    Format f = opt.format == Format::Auto ? detectFormat(bytes) : opt.format;
    Layout layout;
    std::vector<Line> lines = splitLines(bytes, file, opt, layout);
    Document doc = (f == Format::Jsonl || f == Format::Doccano) ? parseJsonLines(lines, file, f, opt.firstOrdinal)
                                                                : parseColumns(lines, file, f, opt.firstOrdinal);
    Layout parsed = doc.layout;
    doc.file = file;
    doc.layout = layout;
    doc.layout.trailingBlank = parsed.trailingBlank;
    if (doc.tweets.empty())
        throw ParseError(file, lines.empty() ? 1 : lines.back().number,
                         Message{"expected at least one tweet in {1} format, found none (empty file?)", {formatName(f)}});
    if (!opt.typeMap.empty())
        for (Tweet &t : doc.tweets) {
            std::vector<std::string> mapped = opt.typeMap.applyToTags(tagsOf(t));
            for (size_t i = 0; i < mapped.size(); ++i) t.tokens[i].tag = mapped[i];
        }
    return doc;
}

Document readDocument(const std::string &path, const ReadOptions &opt) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ParseError(path, 0, Message{"cannot open the file for reading", {}});
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    if (size < 0) throw ParseError(path, 0, "cannot read the file (not a regular file?)");
    if (static_cast<size_t>(size) > opt.maxFileBytes)
        throw ParseError(path, 0,
                         "file is " + std::to_string(size) + " bytes, at most " + std::to_string(opt.maxFileBytes) + " expected");
    in.seekg(0);
    std::string bytes(static_cast<size_t>(size), '\0');
    in.read(bytes.data(), size);
    if (!in) throw ParseError(path, 0, "cannot read the whole file");
    return parseDocument(bytes, path, opt);
}

void writeDocument(std::ostream &out, const Document &doc, const TypeMap &typeMap) {
    const char *eol = doc.layout.crlf ? "\r\n" : "\n";
    std::string buf;
    if (doc.layout.bom) buf += "\xEF\xBB\xBF";
    Format f = doc.format == Format::Auto ? Format::Twitter : doc.format;
    bool columns = f == Format::Twitter || f == Format::Conll || f == Format::Conll2003;
    for (size_t ti = 0; ti < doc.tweets.size(); ++ti) {
        const Tweet &t = doc.tweets[ti];
        std::vector<std::string> tags = typeMap.applyToTags(tagsOf(t));
        if (f == Format::Conll2003) tags = bio2ToIob1(tags);  // the file's own scheme
        if (columns) {
            if (ti) buf += eol;
            if (f == Format::Twitter) {
                buf += "IMGID:";
                buf += t.id;
                buf += eol;
            }
            if (f == Format::Conll2003 && !t.preamble.empty()) {
                buf += t.preamble;
                buf += eol;
                buf += eol;
            }
            for (size_t i = 0; i < t.tokens.size(); ++i) {
                buf += t.tokens[i].text;
                const std::string &m = t.tokens[i].middle;
                // Twitter files have exactly two columns: extra CoNLL columns do not carry over.
                bool plain = !m.empty() && m.find_first_not_of(" \t") == std::string::npos;
                buf += (f == Format::Twitter && !plain) || m.empty() ? std::string("\t") : m;
                buf += tags[i];
                buf += eol;
            }
        } else if (f == Format::Jsonl) {
            buf += "{\"id\": " + json::quote(t.id) + ", \"image_id\": " + json::quote(t.imageId) + ", \"tokens\": [";
            for (size_t i = 0; i < t.tokens.size(); ++i) buf += (i ? ", " : "") + json::quote(t.tokens[i].text);
            buf += "], \"label\": [";
            for (size_t i = 0; i < tags.size(); ++i) buf += (i ? ", " : "") + json::quote(tags[i]);
            buf += "]}";
            buf += eol;
        } else {
            // doccano: the original text when there is one, else the tokens joined by spaces;
            // offsets in code points as doccano counts them.
            std::string text;
            std::vector<std::pair<size_t, size_t>> cp;  // token code-point ranges
            if (!t.text.empty()) {
                text = t.text;
                for (const auto &tt : tokenizeText(text)) cp.emplace_back(tt.begin, tt.end);
            }
            if (cp.size() != t.tokens.size()) {
                text.clear();
                cp.clear();
                size_t pos = 0;
                for (size_t i = 0; i < t.tokens.size(); ++i) {
                    if (i) {
                        text += ' ';
                        ++pos;
                    }
                    text += t.tokens[i].text;
                    size_t n = 0;
                    for (unsigned char c : t.tokens[i].text) n += (c & 0xC0) != 0x80;
                    cp.emplace_back(pos, pos + n);
                    pos += n;
                }
            }
            buf += "{\"id\": " + json::quote(t.id) + ", \"text\": " + json::quote(text) + ", \"label\": [";
            bool first = true;
            for (const Span &s : spansOf(tags)) {
                buf += (first ? "[" : ", [") + std::to_string(cp[size_t(s.begin)].first) + ", " +
                       std::to_string(cp[size_t(s.end - 1)].second) + ", " + json::quote(s.type) + "]";
                first = false;
            }
            buf += "]}";
            buf += eol;
        }
    }
    for (int i = 0; columns && i < doc.layout.trailingBlank; ++i) buf += eol;
    if (!doc.layout.finalNewline && buf.size() >= std::string(eol).size() &&
        buf.compare(buf.size() - std::string(eol).size(), std::string::npos, eol) == 0)
        buf.resize(buf.size() - std::string(eol).size());
    out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
}

}  // namespace mner
