// JSON for JSONL and doccano lines and for model metadata: nlohmann's parser (locale-independent)
// fills this small value tree. Limits are part of the contract: nesting deeper than maxDepth is
// refused, not recursed into. Numbers keep their source text, so ids never lose digits.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace mner::json {

struct Value {
    enum class Kind { Null, Bool, Number, String, Array, Object } kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string numberText;  // a number as written (integers exactly, however long)
    std::string string;
    std::vector<Value> array;
    std::vector<std::pair<std::string, Value>> object;  // in source order

    bool isString() const { return kind == Kind::String; }
    bool isArray() const { return kind == Kind::Array; }
    bool isObject() const { return kind == Kind::Object; }
    bool isNumber() const { return kind == Kind::Number; }
    // The member named key, or nullptr.
    const Value *find(const std::string &key) const;
};

class Error : public std::runtime_error {
public:
    Error(size_t offset, const std::string &what) : std::runtime_error(what), offset_(offset) {}
    size_t offset() const { return offset_; }

private:
    size_t offset_;
};

// Parses one JSON value filling the whole of text (surrounding white space allowed).
// Throws Error with the byte offset and what was expected. Strings must be valid UTF-8;
// \u escapes become UTF-8 (surrogate pairs joined, lone surrogates refused).
Value parse(const std::string &text, int maxDepth = 32);

// Appends s as a JSON string literal (quotes included).
void writeString(std::string &out, const std::string &s);
std::string quote(const std::string &s);
// A number as JSON text: the shortest form that reads back exactly, '.' whatever the locale.
std::string number(double v);

}  // namespace mner::json
