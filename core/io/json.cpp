#include "io/json.h"

#include "text/utf8.h"

#include <cstdlib>

namespace mner::json {

const Value *Value::find(const std::string &key) const {
    for (const auto &kv : object)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

namespace {

struct Parser {
    const std::string &s;
    size_t i = 0;
    int maxDepth;

    [[noreturn]] void fail(const std::string &what) const {
        std::string found = i < s.size() ? std::string("'") + s[i] + "'" : std::string("end of line");
        throw Error(i, "expected " + what + ", found " + found);
    }
    void ws() {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    }
    bool eat(char c) {
        ws();
        if (i < s.size() && s[i] == c) { ++i; return true; }
        return false;
    }
    static void putUtf8(std::string &o, unsigned cp) {
        if (cp < 0x80) o += char(cp);
        else if (cp < 0x800) { o += char(0xC0 | (cp >> 6)); o += char(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            o += char(0xE0 | (cp >> 12)); o += char(0x80 | ((cp >> 6) & 0x3F)); o += char(0x80 | (cp & 0x3F));
        } else {
            o += char(0xF0 | (cp >> 18)); o += char(0x80 | ((cp >> 12) & 0x3F));
            o += char(0x80 | ((cp >> 6) & 0x3F)); o += char(0x80 | (cp & 0x3F));
        }
    }
    unsigned hex4() {
        if (i + 4 > s.size()) fail("four hex digits");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = s[i++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
            else { --i; fail("a hex digit"); }
        }
        return v;
    }
    std::string str() {
        ws();
        if (i >= s.size() || s[i] != '"') fail("a string");
        size_t start = ++i;
        std::string o;
        while (true) {
            if (i >= s.size()) { i = start - 1; fail("a closing quote"); }
            char c = s[i];
            if (c == '"') { ++i; break; }
            if (static_cast<unsigned char>(c) < 0x20) fail("no control character in a string");
            if (c != '\\') { o += c; ++i; continue; }
            ++i;
            if (i >= s.size()) fail("an escape");
            char e = s[i++];
            switch (e) {
            case '"': o += '"'; break;
            case '\\': o += '\\'; break;
            case '/': o += '/'; break;
            case 'b': o += '\b'; break;
            case 'f': o += '\f'; break;
            case 'n': o += '\n'; break;
            case 'r': o += '\r'; break;
            case 't': o += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (i + 2 > s.size() || s[i] != '\\' || s[i + 1] != 'u') fail("a low surrogate");
                    i += 2;
                    unsigned lo = hex4();
                    if (lo < 0xDC00 || lo > 0xDFFF) fail("a low surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail("no lone low surrogate");
                }
                putUtf8(o, cp);
                break;
            }
            default: --i; fail("a valid escape");
            }
        }
        if (size_t bad = firstInvalidUtf8(o); bad != std::string::npos) {
            i = start;
            fail("valid UTF-8 in the string");
        }
        return o;
    }
    Value value(int depth) {
        if (depth > maxDepth) fail("nesting at most " + std::to_string(maxDepth) + " deep");
        ws();
        if (i >= s.size()) fail("a value");
        Value v;
        char c = s[i];
        if (c == '{') {
            ++i;
            v.kind = Value::Kind::Object;
            if (eat('}')) return v;
            do {
                std::string k = str();
                if (!eat(':')) fail("':'");
                v.object.emplace_back(std::move(k), value(depth + 1));
            } while (eat(','));
            if (!eat('}')) fail("',' or '}'");
        } else if (c == '[') {
            ++i;
            v.kind = Value::Kind::Array;
            if (eat(']')) return v;
            do v.array.push_back(value(depth + 1)); while (eat(','));
            if (!eat(']')) fail("',' or ']'");
        } else if (c == '"') {
            v.kind = Value::Kind::String;
            v.string = str();
        } else if (s.compare(i, 4, "true") == 0) { i += 4; v.kind = Value::Kind::Bool; v.boolean = true; }
        else if (s.compare(i, 5, "false") == 0) { i += 5; v.kind = Value::Kind::Bool; }
        else if (s.compare(i, 4, "null") == 0) { i += 4; }
        else if (c == '-' || (c >= '0' && c <= '9')) {
            size_t st = i;
            if (s[i] == '-') ++i;
            while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == 'e' ||
                                    s[i] == 'E' || s[i] == '+' || s[i] == '-'))
                ++i;
            std::string num = s.substr(st, i - st);
            char *end = nullptr;
            v.kind = Value::Kind::Number;
            v.number = std::strtod(num.c_str(), &end);
            if (end != num.c_str() + num.size()) { i = st; fail("a number"); }
        } else {
            fail("a value");
        }
        return v;
    }
};

} // namespace

Value parse(const std::string &text, int maxDepth) {
    Parser p{text, 0, maxDepth};
    Value v = p.value(0);
    p.ws();
    if (p.i != text.size()) p.fail("end of input");
    return v;
}

void writeString(std::string &out, const std::string &s) {
    static const char *hex = "0123456789abcdef";
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) { out += "\\u00"; out += hex[c >> 4]; out += hex[c & 15]; }
            else out += char(c);
        }
    }
    out += '"';
}

std::string quote(const std::string &s) {
    std::string o;
    writeString(o, s);
    return o;
}

} // namespace mner::json
