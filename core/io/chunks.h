// Reading a file of tweets a chunk at a time: imports of any size in bounded memory.
#pragma once

#include "io/formats.h"

#include <functional>
#include <string>

namespace mner {

struct DocumentChunk {
    Document doc;         // whole tweets, parsed as parseDocument parses a file (the file's line numbers)
    bool first = false;   // carries the file's start: its byte order mark and line endings
    bool last = false;    // carries the file's end: its trailing blank lines and final newline
};

// Calls each(chunk) for chunks of about tweetsPerChunk tweets, in file order. Column formats
// (Twitter-2015, CoNLL, CoNLL-2003) are cut before a tweet that follows a blank line (never after
// a -DOCSTART- line, which belongs to the sentence after it); JSON lines and doccano files are
// parsed whole. Throws ParseError as readDocument does, for the first bad line met; chunks before
// it have been handed over already (an importer rolls back).
void readDocumentChunks(const std::string &path, const ReadOptions &opt, size_t tweetsPerChunk,
                        const std::function<void(DocumentChunk &)> &each);

// How many tweets a column-format file holds, counted by its blank-line separated groups
// (-DOCSTART- groups left out); for progress, without parsing. 0 for unreadable files.
size_t countTweetGroups(const std::string &path);

}  // namespace mner
