#include "TableViews.h"

#include "itemmodels/ModelStyle.h"

#include <QHeaderView>
#include <QTableView>
#include <QTableWidgetItem>

namespace bd {

void applyTableStyle(QTableView *table, const QString &objectName, bool sortable)
{
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSortingEnabled(sortable);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}

QTableWidgetItem *tableCell(const QString &text, bool amount, const QString &tooltip)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (amount) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setFont(style::tabularFont());
    }
    if (!tooltip.isEmpty())
        item->setToolTip(tooltip);
    return item;
}

} // namespace bd
