#include "io/imagefiles.h"

namespace fs = std::filesystem;

namespace mner {

std::string imageIdProblem(const std::string &id) {
    if (id.empty()) return "is empty";
    if (id == "." || id == "..") return "is '" + id + "', a folder, not a name";
    if (id.find('/') != std::string::npos) return "is a path (contains '/'); expected a file name";
    if (id.find('\\') != std::string::npos) return "is a path (contains '\\'); expected a file name";
    if (id.find('\0') != std::string::npos) return "contains a NUL character";
    return {};
}

std::optional<fs::path> findImageFile(const fs::path &dir, const std::string &imageId) {
    if (std::string why = imageIdProblem(imageId); !why.empty()) throw std::invalid_argument("image id '" + imageId + "' " + why);
    std::error_code ec;
    for (const std::string &name : {imageId, imageId + ".jpg", imageId + ".png", imageId + ".jpeg"}) {
        fs::path p = dir / name;
        if (!fs::is_regular_file(p, ec)) continue;
        // A symbolic link in the folder may lead anywhere: the real file must lie inside it, and
        // the real path is what is read (a link swapped after this check changes nothing).
        std::error_code ecFile, ecDir;
        fs::path real = fs::canonical(p, ecFile), root = fs::canonical(dir, ecDir);
        if (ecFile || ecDir) throw std::invalid_argument("image id '" + imageId + "': cannot resolve " + p.string());
        auto rel = real.lexically_relative(root);
        if (rel.empty() || *rel.begin() == "..")
            throw std::invalid_argument("image id '" + imageId + "': " + p.string() + " leads out of the images folder (to " +
                                        real.string() + ")");
        return real;
    }
    return std::nullopt;
}

}  // namespace mner
