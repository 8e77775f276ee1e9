#include "eval/errors.h"

#include <algorithm>

namespace mner {

const char *errorKindName(ErrorKind k) {
    switch (k) {
    case ErrorKind::Correct: return "correct";
    case ErrorKind::WrongType: return "wrong type";
    case ErrorKind::WrongBoundary: return "wrong boundary";
    case ErrorKind::WrongTypeAndBoundary: return "wrong type and boundary";
    case ErrorKind::Missed: return "missed";
    case ErrorKind::Spurious: return "spurious";
    }
    return "?";
}

std::vector<SpanError> classifySpans(const std::vector<Span> &gold, const std::vector<Span> &pred) {
    std::vector<SpanError> out;
    std::vector<bool> goldSeen(gold.size(), false);
    for (int pi = 0; pi < static_cast<int>(pred.size()); ++pi) {
        const Span &p = pred[static_cast<size_t>(pi)];
        int best = -1, bestOverlap = 0;
        bool bestSameType = false;
        for (int gi = 0; gi < static_cast<int>(gold.size()); ++gi) {
            const Span &g = gold[static_cast<size_t>(gi)];
            int overlap = std::min(p.end, g.end) - std::max(p.begin, g.begin);
            if (overlap <= 0) continue;
            bool same = g.type == p.type;
            if (best < 0 || (same && !bestSameType) || (same == bestSameType && overlap > bestOverlap)) {
                best = gi;
                bestOverlap = overlap;
                bestSameType = same;
            }
        }
        SpanError e;
        e.kind = ErrorKind::Spurious;
        e.goldIndex = best;
        e.predIndex = pi;
        e.pred = p;
        if (best >= 0) {
            const Span &g = gold[static_cast<size_t>(best)];
            goldSeen[static_cast<size_t>(best)] = true;
            e.gold = g;
            bool sameBounds = g.begin == p.begin && g.end == p.end;
            if (sameBounds)
                e.kind = g.type == p.type ? ErrorKind::Correct : ErrorKind::WrongType;
            else
                e.kind = g.type == p.type ? ErrorKind::WrongBoundary : ErrorKind::WrongTypeAndBoundary;
        }
        out.push_back(e);
    }
    for (int gi = 0; gi < static_cast<int>(gold.size()); ++gi) {
        if (goldSeen[static_cast<size_t>(gi)]) continue;
        SpanError e;
        e.kind = ErrorKind::Missed;
        e.goldIndex = gi;
        e.gold = gold[static_cast<size_t>(gi)];
        out.push_back(e);
    }
    return out;
}

void ErrorCounts::add(const std::vector<SpanError> &errors) {
    for (const SpanError &e : errors) {
        total[static_cast<size_t>(e.kind)]++;
        byType[e.type()][static_cast<size_t>(e.kind)]++;
    }
}

}  // namespace mner
