#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace mner {

// Lower-case hex SHA-256 of the bytes (FIPS 180-4).
std::string sha256Hex(const void *data, size_t size);

}  // namespace mner
