#pragma once

#include <QString>

class QTableView;
class QTableWidgetItem;

namespace bd {

// The house look of a read-only table (UI.md): whole-row single selection, alternating rows, no row numbers,
// no wrapping, columns sized to their content with the last one stretched, a comfortable row height.
// Sorting is for model-backed views; a QTableWidget filled row by row stays unsorted.
void applyTableStyle(QTableView *table, const QString &objectName, bool sortable = true);

// A read-only cell of a QTableWidget; an amount is right-aligned in tabular digits.
QTableWidgetItem *tableCell(const QString &text, bool amount = false, const QString &tooltip = {});

} // namespace bd
