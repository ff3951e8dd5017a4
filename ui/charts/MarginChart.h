#pragma once

#include "domain/Decimal.h"

#include <QChartView>
#include <QList>
#include <QString>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;

namespace bd {

// Billable against pro forma by service as grouped bars, the margin as a line (UI.md "Charts"): one colour for
// billable, one for pro forma, one for margin, as in every table. Hovering a bar or a point shows the exact amounts;
// clicking a legend entry hides or shows that series; right-click offers "Save as PNG...". The largest services
// get a bar each (eight at most, fewer when the chart is narrow), the rest one "Other" bar. Figures stay exact Decimals
// for the tooltips: they become qreal only for the bar heights and the line's points.
class MarginChart final : public QChartView
{
    Q_OBJECT

public:
    struct Entry
    {
        QString service; // the service code, or a custom line item's presentation service
        Decimal billable;
        Decimal proForma;
        Decimal margin() const { return proForma - billable; }
    };

    explicit MarginChart(QWidget *parent = nullptr);
    ~MarginChart() override;

    // billableHidden: only pro forma is drawn (a context that may not see billable amounts).
    // costIsPayersProForma: the middle of a chain, whose cost is the price set above it (the series is named so).
    void setData(const QString &title, const QList<Entry> &entries, bool billableHidden,
                 bool costIsPayersProForma = false);
    void setEmptyText(const QString &text); // shown instead of the bars when there is nothing to draw
    bool saveAsPng(const QString &path);

    // For tests: what is drawn.
    QStringList categories() const;
    QString tooltipFor(int category) const; // the tooltip of a category's bars
    bool isSeriesShown(int series) const; // 0 billable, 1 pro forma, 2 margin
    void toggleSeries(int series); // as clicking its legend entry does
    QString title() const;
    // For tests, through the chart's own signals (so the connections are what is tested): the mouse entering a bar
    // of a series (0 billable, 1 pro forma), a click on a series' legend entry; what a bar is drawn as.
    void hoverBar(int series, int category, bool entering = true);
    void clickLegendEntry(int series);
    bool isLegendEntryVisible(int series) const;
    qreal drawnHeight(int series, int category) const; // the bar's height on the screen scale (0 when hidden)

    static constexpr int MaxBars = 8;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void styleMarkers();
    void group();
    int barsThatFit() const;
    QString axisLabel(const QString &service, int room) const; // on up to three lines when it needs to

    QBarSeries *m_bars = nullptr;
    QBarSet *m_billable = nullptr;
    QBarSet *m_proForma = nullptr;
    QLineSeries *m_marginLine = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QList<Entry> m_all; // every service, the largest first
    QList<Entry> m_entries; // as drawn: the largest services, then "Other"
    int m_shownBars = MaxBars;
    QList<QStringList> m_otherServices; // per entry: the services an "Other" bar sums (empty otherwise)
    bool m_billableHidden = false;
    bool m_costIsPayersProForma = false;
    bool m_shown[3] = {true, true, true};
    QString m_emptyText;
};

} // namespace bd
