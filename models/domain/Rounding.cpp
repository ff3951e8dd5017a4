#include "Rounding.h"

namespace bd {

QString roundingModeName(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::HalfUp:
        return QStringLiteral("half-up");
    case RoundingMode::HalfEven:
        return QStringLiteral("half-even");
    case RoundingMode::Down:
        return QStringLiteral("down");
    }
    return {};
}

std::optional<RoundingMode> roundingModeFromName(QStringView name)
{
    for (auto mode : {RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::Down}) {
        if (name.compare(roundingModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

namespace detail {

Int128 pow10(int exponent)
{
    static const auto table = [] {
        struct Table
        {
            Int128 v[39];
        } t {};
        t.v[0] = 1;
        for (int i = 1; i < 39; ++i)
            t.v[i] = t.v[i - 1] * 10;
        return t;
    }();
    Q_ASSERT(exponent >= 0 && exponent < 39);
    return table.v[exponent];
}

Int128 divideRounded(Int128 num, Int128 den, RoundingMode mode)
{
    Q_ASSERT(den > 0);
    Int128 q = num / den;
    const Int128 r = num % den;
    if (r == 0 || mode == RoundingMode::Down)
        return q;
    const Int128 absR = r < 0 ? -r : r;
    const Int128 twice = absR * 2; // absR < den, so no overflow for den < 2^126
    const int sign = num < 0 ? -1 : 1;
    bool away = false;
    if (mode == RoundingMode::HalfUp)
        away = twice >= den;
    else // HalfEven
        away = twice > den || (twice == den && (q % 2 != 0));
    if (away)
        q += sign;
    return q;
}

} // namespace detail
} // namespace bd
