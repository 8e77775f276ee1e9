// Image captions used as image words when the images themselves are not at hand.
#pragma once

#include <map>
#include <string>

namespace mner {

// Reads "<image>.jpg :caption" lines (the BLIP-2 captions file) or JSONL objects with "image_id"
// (or "id") and "caption". Keys are image file names as written in the file.
// Throws ParseError for a line that is neither.
std::map<std::string, std::string> readCaptions(const std::string &path);

// The caption of an image id: tries the id itself, then id + ".jpg", then the id without extension.
const std::string *findCaption(const std::map<std::string, std::string> &captions, const std::string &imageId);

}  // namespace mner
