// Where the navigation keys go: the most uncertain open tweet (U) and the next disagreement (D).
// Plain queries over the project; no widgets.
#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace mner {
class Project;
}

namespace mner::ui {

// The first model layer of the project ("" when it has none).
QString firstModelLayer(Project *project);
// The model layer U follows: the default model's layer, else the newest model layer.
QString activeModelLayer(Project *project);
// Among the listed open tweets other than current, the one layer is least sure of; 0 when none
// has a score. *uncertainty gets its score.
int64_t mostUncertainTweet(Project *project, const QString &layer, const std::function<bool(int64_t)> &listed, int64_t current,
                           double *uncertainty);
// The first of the rows after fromRow (tweetAt(row), rows in all) whose spans in layer differ
// from ref's; ref falls back to gold for tweets it lacks when withGold. -1 when none.
int nextDisagreementRow(Project *project, const QString &ref, bool withGold, const QString &layer,
                        const std::function<int64_t(int)> &tweetAt, int rows, int fromRow);

}  // namespace mner::ui
