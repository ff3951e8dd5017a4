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
QColor mutedTextColor(); // secondary text: labels of fields, small print, empty states
QColor errorColor(); // a refusal, a deadline passed, a field in error
QColor warningColor(); // amber: a deadline ahead
QColor panelColor(); // the light background of empty states and the graph
QColor ruleColor(); // thin borders and rules between panes
QColor tagBackgroundColor(); // the chip behind a tag key=value

} // namespace bd::style
