// Tagging a project's images: each batch decoded, classified and stored as image words of the
// tagger's source in one transaction, so stopping keeps what was done. Used by `mner tag-images`
// and the GUI's Tag images. No libtorch or Qt here.
#pragma once

#include "image/classify.h"
#include "store/project.h"

#include <functional>
#include <string>

namespace mner {

struct TagImagesOptions {
    int batch = 16;
    bool force = false;         // tag again what this tagger tagged before
    bool allowOutside = false;  // read image paths that lead out of the project's folder
};

struct TagImagesReport {
    int tagged = 0, unreadable = 0, alreadyTagged = 0, toTag = 0;
    bool stopped = false;
};

// progress(done, toTag) after each batch; returning false stops after that batch.
// unreadable(image name, why) for each image that cannot be read or decoded (it is skipped).
TagImagesReport tagProjectImages(Project &project, ImageClassifier &tagger, const TagImagesOptions &opt,
                                 const std::function<bool(int, int)> &progress = {},
                                 const std::function<void(const std::string &, const std::string &)> &unreadable = {});

}  // namespace mner
