#include "MarginChart.h"

#include "itemmodels/ModelStyle.h"
#include "itemmodels/PricingFormat.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QCursor>
#include <QFileDialog>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QRegularExpression>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bd {

namespace {

// A Decimal as a bar height. The only place amounts become floating point: positions on the screen, never a figure
// that anyone reads (the tooltips and the tables show the exact Decimal).
qreal barHeight(const Decimal &amount)
{
    return amount.toFixed(2).toDouble();
}

} // namespace

MarginChart::MarginChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("marginChart"));
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumHeight(150);
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true); // axis labels grouped as the locale writes numbers
    chart->setLocale(QLocale());
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(palette().text());

    m_billable = new QBarSet(tr("Billable (what you pay)"));
    m_billable->setColor(style::billableColor());
    m_billable->setBorderColor(style::billableColor().darker(115));
    m_proForma = new QBarSet(tr("Pro forma (what the customer sees)"));
    m_proForma->setColor(style::proFormaColor());
    m_proForma->setBorderColor(style::proFormaColor().darker(115));
    m_bars = new QBarSeries;
    m_bars->append(m_billable);
    m_bars->append(m_proForma);
    m_bars->setBarWidth(0.72);
    m_marginLine = new QLineSeries;
    m_marginLine->setName(tr("Margin"));
    QPen pen(style::marginColor());
    pen.setWidthF(2.5);
    m_marginLine->setPen(pen);
    m_marginLine->setPointsVisible(true);
    m_marginLine->setMarkerSize(7);
    chart->addSeries(m_bars);
    chart->addSeries(m_marginLine);
    m_categories = new QBarCategoryAxis;
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setTitleText(tr("USD"));
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    m_categories->setLabelsFont(axisFont);
    m_values->setLabelsFont(axisFont);
    m_values->setTitleFont(axisFont);
    m_values->setGridLineColor(style::ruleColor());
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_marginLine)}) {
        s->attachAxis(m_categories);
        s->attachAxis(m_values);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(axisFont);
    setChart(chart);

    // Hover: the exact amounts of the category under the mouse.
    auto showTip = [this](bool status, int index) {
        if (status && index >= 0 && index < m_entries.size())
            QToolTip::showText(QCursor::pos(), tooltipFor(index), this);
        else
            QToolTip::hideText();
    };
    connect(m_billable, &QBarSet::hovered, this, showTip);
    connect(m_proForma, &QBarSet::hovered, this, showTip);
    connect(m_marginLine, &QLineSeries::hovered, this,
            [showTip](const QPointF &point, bool state) { showTip(state, int(std::lround(point.x()))); });
    // The legend toggles its series.
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            if (marker->series() == m_marginLine)
                toggleSeries(2);
            else if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
                toggleSeries(bar->barset() == m_billable ? 0 : 1);
        });
    }
    setToolTip(tr("Hover a bar for the exact amounts; click a legend entry to hide or show it; right-click to save "
                  "as PNG."));
    rebuild();
}

MarginChart::~MarginChart() = default;

QString MarginChart::axisLabel(const QString &service, int room) const
{
    // "AmazonEC2" -> "EC2", "AWSLambda" -> "Lambda": the axis has little room; the tooltip names the service in full.
    QString label = service;
    for (const QLatin1String prefix : {QLatin1String("Amazon"), QLatin1String("AWS")})
        if (label.startsWith(prefix) && label.size() > prefix.size() + 1) {
            label = label.mid(prefix.size());
            break;
        }
    // A long name on two lines, between its words ("ComputeSavingsPlans" -> "Compute" / "Savings Plans"); the
    // category axis draws its labels as rich text.
    if (label.size() > 8 && QFontMetrics(m_categories->labelsFont()).horizontalAdvance(label) > room) {
        QStringList words;
        if (label.contains(QLatin1Char(' '))) {
            words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts); // "Custom line items", "Shared services"
        } else {
            int from = 0;
            for (int i = 1; i < label.size(); ++i)
                if (label.at(i).isUpper() && label.at(i - 1).isLower()) {
                    words << label.mid(from, i - from);
                    from = i;
                }
            words << label.mid(from);
        }
        const bool spaced = label.contains(QLatin1Char(' '));
        if (words.size() > 1) {
            QStringList lines {words.takeFirst()};
            for (const QString &w : std::as_const(words)) {
                const QString gap = spaced || lines.last().size() + w.size() > 9 ? QStringLiteral(" ") : QString();
                if (lines.last().size() + w.size() <= 9 || lines.size() == 3)
                    lines.last() += gap + w;
                else
                    lines << w;
            }
            label = lines.join(QStringLiteral("<br>"));
        }
    }
    return label;
}

void MarginChart::setData(const QString &title, const QList<Entry> &entries, bool billableHidden,
                          bool costIsPayersProForma)
{
    chart()->setTitle(title);
    m_billableHidden = billableHidden;
    m_costIsPayersProForma = costIsPayersProForma;
    m_billable->setLabel(costIsPayersProForma ? tr("What you pay (your payer's price)")
                                              : tr("Billable (what you pay)"));
    // The largest services first, by what they weigh on the bill.
    m_all = entries;
    auto weight = [](const Entry &e) {
        const Decimal b = e.billable.isNegative() ? -e.billable : e.billable;
        const Decimal p = e.proForma.isNegative() ? -e.proForma : e.proForma;
        return std::max(b, p);
    };
    std::stable_sort(m_all.begin(), m_all.end(), [&](const Entry &a, const Entry &b) { return weight(b) < weight(a); });
    group();
    rebuild();
}

int MarginChart::barsThatFit() const
{
    // As many bars as leave each service's name room under it (about 84 px a category), MaxBars at most.
    const int plot = int(chart()->plotArea().width() > 10 ? chart()->plotArea().width() : width() - 90);
    return std::clamp(plot / 84, 3, MaxBars);
}

void MarginChart::group()
{
    // The largest services get a bar each; the rest one "Other" bar.
    const int bars = barsThatFit();
    m_shownBars = bars;
    m_entries.clear();
    m_otherServices.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (i < bars || m_all.size() == bars + 1) {
            m_entries.append(m_all.at(i));
            m_otherServices.append(QStringList());
            continue;
        }
        if (i == bars) {
            m_entries.append(Entry {tr("Other"), {}, {}});
            m_otherServices.append(QStringList());
        }
        m_entries.last().billable += m_all.at(i).billable;
        m_entries.last().proForma += m_all.at(i).proForma;
        m_otherServices.last().append(m_all.at(i).service);
    }
}

void MarginChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void MarginChart::rebuild()
{
    m_billable->remove(0, m_billable->count());
    m_proForma->remove(0, m_proForma->count());
    m_marginLine->clear();
    m_categories->clear();
    QStringList labels;
    const int plot = int(chart()->plotArea().width() > 10 ? chart()->plotArea().width() : width() - 90);
    const int room = plot / std::max(1, int(m_entries.size())) - 24; // the width a category's name may take
    qreal low = 0;
    qreal high = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        QString label = m_otherServices.at(i).isEmpty() ? axisLabel(e.service, room)
                                                        : tr("Other (%1)").arg(m_otherServices.at(i).size());
        while (labels.contains(label)) // category names must be unique
            label += QLatin1Char(' ');
        labels << label;
        const bool billable = m_shown[0] && !m_billableHidden;
        const qreal b = billable ? barHeight(e.billable) : 0;
        const qreal p = m_shown[1] ? barHeight(e.proForma) : 0;
        m_billable->append(b);
        m_proForma->append(p);
        if (!m_billableHidden) {
            const qreal m = barHeight(e.margin());
            m_marginLine->append(i, m);
            if (m_shown[2]) {
                low = std::min(low, m);
                high = std::max(high, m);
            }
        }
        low = std::min({low, b, p});
        high = std::max({high, b, p});
    }
    m_categories->append(labels);
    m_values->setRange(low, high > low ? high * 1.08 : 1.0);
    m_values->applyNiceNumbers();
    m_marginLine->setVisible(m_shown[2] && !m_billableHidden);
    m_bars->setVisible(!m_entries.isEmpty());
    m_categories->setVisible(!m_entries.isEmpty());
    m_values->setVisible(!m_entries.isEmpty());
    chart()->legend()->setVisible(!m_entries.isEmpty());
    styleMarkers();
    viewport()->update();
}

void MarginChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (!m_all.isEmpty()) {
        if (barsThatFit() != m_shownBars)
            group();
        rebuild(); // the names wrap, or not, for the new width
    }
}

void MarginChart::styleMarkers()
{
    // A hidden series keeps its legend entry, dimmed, so that a click brings it back.
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        int series = 2;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            series = bar->barset() == m_billable ? 0 : 1;
        const bool unavailable = m_billableHidden && series != 1;
        marker->setVisible(!unavailable && !m_entries.isEmpty());
        const bool shown = m_shown[series];
        QColor text = shown ? palette().text().color() : style::mutedTextColor().lighter(130);
        marker->setLabelBrush(text);
        QFont f = chart()->legend()->font();
        f.setStrikeOut(!shown);
        marker->setFont(f);
        const QColor color = series == 0 ? style::billableColor()
            : series == 1                ? style::proFormaColor()
                                         : style::marginColor();
        QColor fill = color;
        if (!shown)
            fill.setAlpha(60);
        marker->setBrush(fill);
        marker->setPen(QPen(shown ? color.darker(115) : fill));
    }
}

void MarginChart::toggleSeries(int series)
{
    if (series < 0 || series > 2)
        return;
    m_shown[series] = !m_shown[series];
    rebuild();
}

bool MarginChart::isSeriesShown(int series) const
{
    if (series < 0 || series > 2)
        return false;
    if (m_billableHidden && series != 1)
        return false;
    return m_shown[series];
}

QStringList MarginChart::categories() const
{
    return m_categories->categories();
}

QString MarginChart::title() const
{
    return chart()->title();
}

QString MarginChart::tooltipFor(int category) const
{
    if (category < 0 || category >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(category);
    QString name = e.service;
    if (!m_otherServices.at(category).isEmpty())
        name = tr("Other: %1").arg(m_otherServices.at(category).join(QStringLiteral(", ")));
    if (m_billableHidden)
        return tr("%1\nPro forma (what the customer sees): %2").arg(name, pricingformat::money(e.proForma));
    const auto percent = pricingformat::marginPercent(e.margin(), e.proForma);
    return (m_costIsPayersProForma
                ? tr("%1\nWhat you pay (your payer's price): %2\nPro forma (what the customer sees): %3\nMargin: %4 "
                     "(%5)")
                : tr("%1\nBillable (what you pay): %2\nPro forma (what the customer sees): %3\nMargin: %4 (%5)"))
        .arg(name, pricingformat::money(e.billable), pricingformat::money(e.proForma), pricingformat::money(e.margin()),
             percent ? pricingformat::percent(percent) : QStringLiteral("\u2014"));
}

static QLegendMarker *markerOf(QChart *chart, QBarSet *billable, QBarSet *proForma, QLineSeries *margin, int series)
{
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (auto *bar = qobject_cast<QBarLegendMarker *>(m)) {
            if ((series == 0 && bar->barset() == billable) || (series == 1 && bar->barset() == proForma))
                return m;
        } else if (series == 2 && m->series() == margin) {
            return m;
        }
    }
    return nullptr;
}

void MarginChart::hoverBar(int series, int category, bool entering)
{
    if (series == 0)
        Q_EMIT m_billable->hovered(entering, category);
    else if (series == 1)
        Q_EMIT m_proForma->hovered(entering, category);
}

void MarginChart::clickLegendEntry(int series)
{
    if (QLegendMarker *m = markerOf(chart(), m_billable, m_proForma, m_marginLine, series))
        Q_EMIT m->clicked();
}

bool MarginChart::isLegendEntryVisible(int series) const
{
    const QLegendMarker *m = markerOf(chart(), m_billable, m_proForma, m_marginLine, series);
    return m && m->isVisible();
}

qreal MarginChart::drawnHeight(int series, int category) const
{
    const QBarSet *set = series == 0 ? m_billable : m_proForma;
    return category >= 0 && category < set->count() ? set->at(category) : 0;
}

bool MarginChart::saveAsPng(const QString &path)
{
    return grab().save(path, "PNG");
}

void MarginChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *save = menu.addAction(tr("Save as PNG..."));
    save->setObjectName(QStringLiteral("actionSaveChart"));
    connect(save, &QAction::triggered, this, [this] {
        QString name = chart()->title().isEmpty() ? tr("chart") : chart()->title();
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart as PNG"), name.simplified() + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveAsPng(path))
            QToolTip::showText(QCursor::pos(), tr("Could not write %1.").arg(path), this);
    });
    menu.exec(event->globalPos());
}

void MarginChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_entries.isEmpty() || m_emptyText.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(style::mutedTextColor());
    painter->setFont(font());
    painter->drawText(viewport()->rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    painter->restore();
}

} // namespace bd
