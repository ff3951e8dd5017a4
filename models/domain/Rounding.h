#pragma once

#include <QString>

#include <optional>

namespace bd {

// 128-bit integers (a GCC/Clang extension; __extension__ keeps -Wpedantic quiet).
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

// Explicit rounding modes; every place that rounds names one.
enum class RoundingMode {
    HalfUp, // ties away from zero (0.005 -> 0.01, -0.005 -> -0.01)
    HalfEven, // ties to the even neighbour (banker's rounding)
    Down, // towards zero (truncation)
};

QString roundingModeName(RoundingMode mode); // "half-up", "half-even", "down"
std::optional<RoundingMode> roundingModeFromName(QStringView name);

namespace detail {
// num / den rounded with mode; den > 0.
Int128 divideRounded(Int128 num, Int128 den, RoundingMode mode);
Int128 pow10(int exponent); // 0 <= exponent <= 38
} // namespace detail

} // namespace bd
