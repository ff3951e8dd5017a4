#pragma once

#include <QColor>
#include <QFont>
#include <QVariant>

namespace bd::style {

// Shared presentation roles for item models, so every table looks alike (UI.md "Amounts and dates").
QFont tabularFont(); // monospace digits for ids and amounts
QVariant amountAlignment(); // right-aligned, vertically centred
QColor negativeAmountColor(); // muted red for negatives
QColor billableColor(); // one colour for billable everywhere (tables and charts)
QColor proFormaColor(); // one colour for pro forma
QColor marginColor(); // one colour for margin
QColor mutedTextColor();

} // namespace bd::style
