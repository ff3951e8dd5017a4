#pragma once

#include <QString>

class QTableView;
class QTableWidgetItem;

namespace bd {

// The house look of a read-only table (UI.md): whole-row single selection, alternating rows, no row numbers,
// no wrapping, columns sized to their content with the last one stretched, a comfortable row height.
// Sorting is for model-backed views; a QTableWidget filled row by row stays unsorted.
void applyTableStyle(QTableView *table, const QString &objectName, bool sortable = true);

// Keeps the columns of a table fitted to their content and to the room there is, whenever either changes: every
// column as wide as its header and its content; when that is too wide, the `shrinkable` columns (in that order)
// give way down to their header's width or `floor` pixels (their cells elide; the model's tooltip holds the whole
// text), and past that the table scrolls sideways. A header is never cut. With room to spare, `stretch` (or the
// last column) takes it.
void fitColumnsToWidth(QTableView *table, const QList<int> &shrinkable, int stretch = -1, int floor = 90);

// A read-only cell of a QTableWidget; an amount is right-aligned in tabular digits.
QTableWidgetItem *tableCell(const QString &text, bool amount = false, const QString &tooltip = {});

} // namespace bd
