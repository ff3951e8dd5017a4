#include "TableViews.h"

#include "itemmodels/ModelStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QPointer>
#include <QScrollBar>
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

namespace {

class ColumnFitter final : public QObject
{
public:
    ColumnFitter(QTableView *table, QList<int> shrinkable, int stretch, int floor)
        : QObject(table)
        , m_table(table)
        , m_shrinkable(std::move(shrinkable))
        , m_stretch(stretch)
        , m_floor(floor)
    {
        setObjectName(QStringLiteral("columnFitter"));
        table->viewport()->installEventFilter(this);
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        watch();
        schedule();
    }

    void fit()
    {
        m_pending = false;
        QAbstractItemModel *model = m_table->model();
        if (!model || model->columnCount() == 0)
            return;
        QHeaderView *h = m_table->horizontalHeader();
        const int columns = model->columnCount();
        QList<int> want(columns, 0);
        QList<int> least(columns, 0);
        int total = 0;
        for (int c = 0; c < columns; ++c) {
            if (h->isSectionHidden(c))
                continue;
            const int header = h->sectionSizeHint(c);
            want[c] = std::max(header, static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(c)) + 6;
            least[c] = m_shrinkable.contains(c) ? std::min(want[c], std::max(header + 6, m_floor)) : want[c];
            total += want[c];
        }
        const int available = m_table->viewport()->width();
        for (int c : std::as_const(m_shrinkable)) {
            if (total <= available || c < 0 || c >= columns)
                break;
            const int give = std::min(total - available, want[c] - least[c]);
            want[c] -= give;
            total -= give;
        }
        if (total < available) {
            int stretch = m_stretch >= 0 && m_stretch < columns ? m_stretch : columns - 1;
            while (stretch > 0 && h->isSectionHidden(stretch))
                --stretch;
            want[stretch] += available - total;
        }
        for (int c = 0; c < columns; ++c)
            if (!h->isSectionHidden(c) && h->sectionSize(c) != want[c])
                h->resizeSection(c, want[c]);
    }

    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        QMetaObject::invokeMethod(this, &ColumnFitter::fit, Qt::QueuedConnection);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    void watch()
    {
        QAbstractItemModel *model = m_table->model();
        if (!model || model == m_model)
            return;
        m_model = model;
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
    }

    QTableView *m_table;
    QPointer<QAbstractItemModel> m_model;
    QList<int> m_shrinkable;
    int m_stretch;
    int m_floor;
    bool m_pending = false;
};

} // namespace

void fitColumnsToWidth(QTableView *table, const QList<int> &shrinkable, int stretch, int floor)
{
    if (auto *old = table->findChild<QObject *>(QStringLiteral("columnFitter"), Qt::FindDirectChildrenOnly))
        delete old;
    new ColumnFitter(table, shrinkable, stretch, floor);
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
