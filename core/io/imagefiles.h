// Finding a tweet's image in a folder by its image id. An image id is a name, not a path: a data
// file must not make an import read (or copy into a project) anything outside the folder it was
// pointed at.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace mner {

// Why an image id cannot name a file in the folder ("is a path (contains '/')", ...); empty when
// it is a plain name. A plain name is non-empty, not "." or "..", and has no '/', '\\' or NUL.
std::string imageIdProblem(const std::string &imageId);

// The file for imageId in dir: <id>, <id>.jpg, <id>.png or <id>.jpeg, the first that is a regular
// file; nothing when there is none. Throws std::invalid_argument when the id is not a plain name
// or when the file found resolves (through symbolic links) to somewhere outside dir.
std::optional<std::filesystem::path> findImageFile(const std::filesystem::path &dir, const std::string &imageId);

}  // namespace mner
