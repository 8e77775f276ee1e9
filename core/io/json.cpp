#include "io/json.h"

#include "text/numbers.h"

#include <nlohmann/json.hpp>

namespace mner::json {

const Value *Value::find(const std::string &key) const {
    for (const auto &kv : object)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

namespace {

// Builds our value tree from nlohmann's SAX events, refusing nesting deeper than maxDepth.
struct Builder : nlohmann::json_sax<nlohmann::json> {
    int maxDepth;
    Value root;
    std::vector<Value *> stack;  // open arrays and objects
    std::string pendingKey;
    bool tooDeep = false;
    std::string error;
    size_t errorAt = 0;

    explicit Builder(int depth) : maxDepth(depth) {}

    Value *put(Value v) {
        if (stack.empty()) {
            root = std::move(v);
            return &root;
        }
        Value *top = stack.back();
        if (top->kind == Value::Kind::Array) {
            top->array.push_back(std::move(v));
            return &top->array.back();
        }
        top->object.emplace_back(std::move(pendingKey), std::move(v));
        return &top->object.back().second;
    }
    bool open(Value::Kind k) {
        if (int(stack.size()) >= maxDepth) {
            tooDeep = true;
            return false;
        }
        Value v;
        v.kind = k;
        stack.push_back(put(std::move(v)));
        return true;
    }
    bool numberValue(double d, std::string text) {
        Value v;
        v.kind = Value::Kind::Number;
        v.number = d;
        v.numberText = std::move(text);
        put(std::move(v));
        return true;
    }

    bool null() override {
        put(Value{});
        return true;
    }
    bool boolean(bool b) override {
        Value v;
        v.kind = Value::Kind::Bool;
        v.boolean = b;
        put(std::move(v));
        return true;
    }
    bool number_integer(number_integer_t n) override { return numberValue(double(n), std::to_string(n)); }
    bool number_unsigned(number_unsigned_t n) override { return numberValue(double(n), std::to_string(n)); }
    bool number_float(number_float_t d, const string_t &raw) override { return numberValue(d, raw); }
    bool string(string_t &s) override {
        Value v;
        v.kind = Value::Kind::String;
        v.string = std::move(s);
        put(std::move(v));
        return true;
    }
    bool binary(binary_t &) override { return false; }
    bool start_object(std::size_t) override { return open(Value::Kind::Object); }
    bool key(string_t &k) override {
        pendingKey = std::move(k);
        return true;
    }
    bool end_object() override {
        stack.pop_back();
        return true;
    }
    bool start_array(std::size_t) override { return open(Value::Kind::Array); }
    bool end_array() override {
        stack.pop_back();
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex) override {
        // "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while
        // parsing value - invalid literal; last read: 'x'": keep what was wrong and what was read.
        std::string m = ex.what();
        if (size_t c = m.find(": "); c != std::string::npos && m.rfind("[json.exception", 0) == 0) m = m.substr(c + 2);
        if (m.rfind("syntax error while parsing ", 0) == 0)
            if (size_t dash = m.find(" - "); dash != std::string::npos) m = m.substr(dash + 3);
        error = m;
        errorAt = position > 0 ? position - 1 : 0;
        return false;
    }
};

// Where nesting first goes deeper than maxDepth (outside strings).
size_t depthOffset(const std::string &s, int maxDepth) {
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return 0;
}

}  // namespace

Value parse(const std::string &text, int maxDepth) {
    Builder b(maxDepth);
    bool ok = nlohmann::json::sax_parse(text, &b, nlohmann::json::input_format_t::json, true, false);
    if (b.tooDeep) throw Error(depthOffset(text, maxDepth), "expected nesting at most " + std::to_string(maxDepth) + " deep");
    if (!ok) throw Error(b.errorAt, b.error.empty() ? std::string("expected a JSON value") : b.error);
    return std::move(b.root);
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
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else
                out += char(c);
        }
    }
    out += '"';
}

std::string quote(const std::string &s) {
    std::string o;
    writeString(o, s);
    return o;
}

std::string number(double v) { return formatNumber(v); }

}  // namespace mner::json
