// Image captions used as image words when the images themselves are not at hand.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mner {

// A captions file: "<image>.jpg :caption" lines (the BLIP-2 captions file) or JSONL objects with
// "image_id" (or "id") and "caption". Only where each caption sits is kept in memory (16 bytes a
// line); a caption is read from the file when asked for, so a file of millions of captions costs
// tens of megabytes, not its own size several times over.
class Captions {
public:
    // Reads and checks every line once. Throws ParseError (file, line, what was expected) for a
    // line that is neither form or not UTF-8, or when the file cannot be opened.
    explicit Captions(const std::string &path);
    ~Captions();
    Captions(Captions &&other) noexcept;
    Captions &operator=(Captions &&other) noexcept;
    Captions(const Captions &) = delete;
    Captions &operator=(const Captions &) = delete;

    // The caption of an image id: the id itself as a name, else id + ".jpg", else the id without
    // its extension; when a name is on several lines the last one wins. Reads the file: throws
    // ParseError if it changed under us. Safe to call from several threads at once.
    std::optional<std::string> find(const std::string &imageId) const;
    // Lines with a caption (a name on two lines counts twice).
    size_t lines() const { return index_.size(); }
    const std::string &path() const { return path_; }

private:
    struct Entry {
        uint64_t hash, offset;  // of the name; of the line's first byte
        int line;
    };
    std::optional<std::string> findName(const std::string &name) const;
    std::string path_;
    int fd_ = -1;
    std::vector<Entry> index_;  // by hash, then by offset
};

}  // namespace mner
