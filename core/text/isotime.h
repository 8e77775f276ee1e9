#pragma once

#include <string>

namespace mner {

// The current UTC time as ISO 8601, e.g. 2026-11-28T23:58:45Z (history and model records).
std::string nowIso();

}  // namespace mner
