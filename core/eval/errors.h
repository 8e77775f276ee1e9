// Error kinds between a reference layer (gold or corrected) and a predicted layer, span by span,
// for the error browser and the per-kind counts.
#pragma once

#include "text/tags.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace mner {

enum class ErrorKind { Correct, WrongType, WrongBoundary, WrongTypeAndBoundary, Missed, Spurious };
constexpr int kErrorKinds = 6;
const char *errorKindName(ErrorKind k);  // "correct", "wrong type", ...

struct SpanError {
    ErrorKind kind = ErrorKind::Correct;
    int goldIndex = -1;  // index into the gold spans, -1 for spurious
    int predIndex = -1;  // index into the predicted spans, -1 for missed
    Span gold, pred;
    const std::string &type() const { return goldIndex >= 0 ? gold.type : pred.type; }
};

// Classifies every predicted span against the gold spans and lists each gold span no prediction
// was paired with as missed. A predicted span that overlaps several gold spans is judged against the one
// of its own type with the largest overlap, else the largest overlap. Guarantees: each predicted
// span appears exactly once; each gold span appears as correct, as the partner of some error, or
// as missed.
std::vector<SpanError> classifySpans(const std::vector<Span> &gold, const std::vector<Span> &pred);

struct ErrorCounts {
    std::array<int, kErrorKinds> total{};
    std::map<std::string, std::array<int, kErrorKinds>> byType;  // type of gold (or pred if spurious)
    void add(const std::vector<SpanError> &errors);
};

}  // namespace mner
