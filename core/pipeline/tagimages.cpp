#include "pipeline/tagimages.h"

#include <algorithm>

namespace mner {

TagImagesReport tagProjectImages(Project &project, ImageClassifier &tagger, const TagImagesOptions &opt,
                                 const std::function<bool(int, int)> &progress,
                                 const std::function<void(const std::string &, const std::string &)> &unreadable) {
    TagImagesReport r;
    auto todo = project.images(opt.force ? std::string() : tagger.name());
    r.toTag = int(todo.size());
    r.alreadyTagged = int(project.images().size() - todo.size());
    const size_t batch = size_t(std::max(1, opt.batch));
    if (progress && !progress(0, r.toTag)) r.stopped = true;
    for (size_t at = 0; at < todo.size() && !r.stopped; at += batch) {
        std::vector<RgbImage> imgs;
        std::vector<int64_t> ids;
        for (size_t i = at; i < std::min(todo.size(), at + batch); ++i) {
            try {
                imgs.push_back(decodeImage(project.imageBytes(todo[i], opt.allowOutside)));
                ids.push_back(todo[i].id);
            } catch (const std::exception &e) {
                ++r.unreadable;
                if (unreadable) unreadable(todo[i].name, e.what());
            }
        }
        std::vector<const RgbImage *> ptrs;
        for (const auto &im : imgs) ptrs.push_back(&im);
        auto classes = tagger.classify(ptrs, 5);
        std::vector<ImageWordsRow> rows;
        for (size_t i = 0; i < classes.size(); ++i)
            rows.push_back({ids[i], tagger.name(), joinClassNames(classes[i]), joinClassScores(classes[i])});
        project.setImageWords(rows);
        r.tagged += int(rows.size());
        if (progress && !progress(int(std::min(todo.size(), at + batch)), r.toTag)) r.stopped = true;
    }
    return r;
}

}  // namespace mner
