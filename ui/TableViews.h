#pragma once

#include <QString>

class QTableView;

namespace bd {

// The house look of a read-only table (UI.md): whole-row single selection, alternating rows, no row numbers,
// no wrapping, columns sized to their content with the last one stretched, a comfortable row height.
// Sorting is for model-backed views; a QTableWidget filled row by row stays unsorted.
void applyTableStyle(QTableView *table, const QString &objectName, bool sortable = true);

} // namespace bd
