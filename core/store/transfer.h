// Moving a whole project between a file and a server (mner push / mner pull): every table, rows
// and ids as they are, in one transaction on each side.
#pragma once

#include "store/project.h"

namespace mner {

struct TransferResult {
    int64_t rows = 0;           // rows copied, all tables together
    int imagesEmbedded = 0;     // image files whose bytes went into the destination (a server has no folder)
    int imagesLeftOutside = 0;  // images whose path leads out of the source's folder: kept as a path, not read
};

// Copies `from` into `to`, which must hold no tweets yet (a project just created), reading a
// consistent snapshot of `from`. Image files beside a file project are embedded when `to` is on a
// server. All of it or, on error or cancel, nothing (the destination's transaction rolls back).
TransferResult copyProject(Project &from, Project &to, const Progress &progress = {});

}  // namespace mner
