// Reading and writing annotated tweets: Twitter-2015, CoNLL (any columns), CoNLL-2003, JSONL and
// doccano. Readers either return every tweet of a file or throw ParseError: never half a file.
#pragma once

#include "io/typemap.h"
#include "text/message.h"
#include "text/tags.h"

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

namespace mner {

enum class Format { Auto, Twitter, Conll, Conll2003, Jsonl, Doccano };

// "auto", "twitter", "conll", "conll2003", "jsonl", "doccano"; throws std::invalid_argument.
Format parseFormat(const std::string &name);
std::string formatName(Format f);

// A data error in an input file: where it is and what was expected.
class ParseError : public std::runtime_error, public WithMessage {
public:
    ParseError(std::string file, int line, const std::string &what);
    // The same with a translatable message for what was expected.
    ParseError(std::string file, int line, Message what);
    const std::string &file() const { return file_; }
    int line() const { return line_; }
    const std::string &detail() const { return detail_; }  // what() without "file:line: "
private:
    std::string file_;
    int line_;
    std::string detail_;
};

// What a file looked like, so that writing it back can reproduce it byte for byte.
struct Layout {
    bool bom = false;          // started with a UTF-8 byte order mark
    bool crlf = false;         // lines ended in CR LF
    int trailingBlank = 0;     // blank lines after the last tweet
    bool finalNewline = true;  // the last line ended with a newline
};

struct Document {
    Format format = Format::Twitter;
    std::string file;  // the name it was read under (for messages); empty when made in memory
    Layout layout;
    std::vector<Tweet> tweets;
};

struct ReadOptions {
    Format format = Format::Auto;
    TypeMap typeMap;                // applied to the entity types after reading
    size_t maxLineBytes = 1 << 16;  // a longer line is a data error, not a token
    size_t maxFileBytes = size_t(1) << 31;
    int firstLine = 1;     // the number of the first line (a chunk of a stream starts later)
    int firstOrdinal = 1;  // tweets without an id (JSON lines, CoNLL) are numbered from here
};

// Guesses the format from the first non-blank bytes (IMGID:, -DOCSTART-, '{' with "text" or
// "tokens", otherwise CoNLL). Requires nothing.
Format detectFormat(const std::string &bytes);

// Parses bytes as the given format. `file` only names the source in errors.
// Guarantees: every tweet has at least one token; every tag is O, B-T or I-T (IOB1 of CoNLL-2003
// converted to BIO2); all text is valid UTF-8. Throws ParseError otherwise.
Document parseDocument(const std::string &bytes, const std::string &file, const ReadOptions &opt = {});

// Reads a file and parses it. Throws ParseError (also for unreadable files, with line 0).
Document readDocument(const std::string &path, const ReadOptions &opt = {});

// Writes tweets in a format (Auto means Twitter). Types pass through opt.typeMap first.
void writeDocument(std::ostream &out, const Document &doc, const TypeMap &typeMap = {});

// IOB1 (CoNLL-2003: I- unless the previous token is the same type) to BIO2.
std::vector<std::string> iob1ToBio2(const std::vector<std::string> &tags);
// BIO2 to IOB1 (B- only where an entity follows one of its own type), as CoNLL-2003 files are written.
std::vector<std::string> bio2ToIob1(const std::vector<std::string> &tags);

}  // namespace mner
