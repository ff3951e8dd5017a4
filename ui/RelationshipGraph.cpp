#include "RelationshipGraph.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPathStroker>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace bd {

namespace {
// Boxes hold two lines of the UI font (the name, the management account); the column titles one.
qreal nodeHeight(const QFont &font)
{
    return std::max<qreal>(54, 2 * QFontMetricsF(font).lineSpacing() + 16);
}

qreal headerHeight(const QFont &font)
{
    return std::max<qreal>(28, QFontMetricsF(font).height() + 10);
}

constexpr qreal NodeWidth = 210;
constexpr qreal ColumnGap = 96;
constexpr qreal RowGap = 20;
constexpr qreal Margin = 14;
constexpr qreal LegendSwatch = 22;

const QColor BoxBorder(0xc5, 0xcd, 0xd6);
const QColor BoxFill(0xff, 0xff, 0xff);
const QColor HighlightColor(0x1f, 0x6f, 0xc5);
const QColor MutedText(0x5f, 0x6b, 0x77);
const QColor Background(0xf7, 0xf9, 0xfb);
} // namespace

RelationshipGraph::RelationshipGraph(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("relationshipGraph"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_emptyText = tr("No transfers to draw yet.");
}

void RelationshipGraph::setGraph(const QList<Node> &nodes, const QList<Edge> &edges,
                                 const QString &highlightOrganizationId)
{
    m_nodes = nodes;
    m_edges = edges;
    m_highlight = highlightOrganizationId;
    layoutGraph();
    update();
}

void RelationshipGraph::setLegend(const QList<LegendEntry> &legend)
{
    m_legend = legend;
    update();
}

void RelationshipGraph::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void RelationshipGraph::setSelectedTransfer(const QString &transferId)
{
    if (m_selectedTransfer == transferId)
        return;
    m_selectedTransfer = transferId;
    update();
}

void RelationshipGraph::setShowClosed(bool show)
{
    m_showClosed = show;
    layoutGraph();
    update();
}

QHash<QString, int> RelationshipGraph::levels() const
{
    QHash<QString, int> result;
    for (const PlacedNode &p : m_placed)
        result.insert(p.node.organizationId, p.level);
    return result;
}

int RelationshipGraph::visibleEdgeCount() const
{
    return int(m_placedEdges.size());
}

QSize RelationshipGraph::sizeHint() const
{
    return minimumSizeHint().expandedTo(QSize(640, 300));
}

QSize RelationshipGraph::minimumSizeHint() const
{
    if (m_logicalSize.isEmpty())
        return {240, 120 + legendHeight(240)};
    const int width = int(std::ceil(m_logicalSize.width())) + 8;
    return {width, int(std::ceil(m_logicalSize.height())) + 8 + legendHeight(width)};
}

int RelationshipGraph::legendHeight(qreal width) const
{
    if (m_legend.isEmpty())
        return 0;
    const QFontMetricsF fm(font());
    const qreal rowHeight = fm.height() + 8;
    qreal x = 12;
    int rows = 1;
    for (const LegendEntry &entry : m_legend) {
        const qreal w = LegendSwatch + 6 + fm.horizontalAdvance(entry.text) + 16;
        if (x > 12 && x + w > width - 4) {
            ++rows;
            x = 12;
        }
        x += w;
    }
    return int(std::ceil(rows * rowHeight)) + 4;
}

void RelationshipGraph::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        layoutGraph();
        updateGeometry();
    }
}

qreal RelationshipGraph::scale() const
{
    return logicalToWidget(QRectF(rect())).m11();
}

QString RelationshipGraph::levelTitle(int level) const
{
    if (m_maxLevel >= 2) {
        if (level == 0)
            return tr("END CUSTOMER");
        if (level == 1)
            return tr("SELLING PARTNER");
        return tr("DISTRIBUTOR (PAYS)");
    }
    if (m_maxLevel == 1)
        return level == 0 ? tr("BILL SOURCE") : tr("PAYER (BILL TRANSFER)");
    return {};
}

void RelationshipGraph::layoutGraph()
{
    m_placed.clear();
    m_placedEdges.clear();
    m_maxLevel = 0;

    QHash<QString, Node> known;
    for (const Node &n : std::as_const(m_nodes))
        known.insert(n.organizationId, n);
    QList<Edge> edges;
    QList<QString> order; // the nodes to show, in first-seen order
    QSet<QString> shown;
    auto show = [&](const QString &id) {
        if (!shown.contains(id)) {
            shown.insert(id);
            order.append(id);
        }
    };
    for (const Edge &e : std::as_const(m_edges)) {
        if (!e.open && !m_showClosed)
            continue;
        edges.append(e);
        show(e.sourceOrganizationId);
        show(e.payerOrganizationId);
    }
    if (!m_highlight.isEmpty() && known.contains(m_highlight) && !edges.isEmpty())
        show(m_highlight);
    if (order.isEmpty()) {
        m_logicalSize = {};
        return;
    }

    // Levels: a bill source that pays for nobody is level 0; a payer is one above the highest organization it pays for.
    // Inherited edges skip a level and do not lift their payer; a cycle (never allowed, but drawn if present) stops.
    QHash<QString, QList<QString>> sourcesOf;
    for (const Edge &e : std::as_const(edges))
        if (!e.inherited && e.sourceOrganizationId != e.payerOrganizationId)
            sourcesOf[e.payerOrganizationId].append(e.sourceOrganizationId);
    QHash<QString, int> level;
    QSet<QString> visiting;
    std::function<int(const QString &)> levelOf = [&](const QString &id) -> int {
        if (auto it = level.constFind(id); it != level.constEnd())
            return *it;
        if (visiting.contains(id))
            return 0;
        visiting.insert(id);
        int l = 0;
        for (const QString &s : sourcesOf.value(id))
            l = std::max(l, levelOf(s) + 1);
        visiting.remove(id);
        level.insert(id, l);
        return l;
    };
    for (const QString &id : std::as_const(order))
        m_maxLevel = std::max(m_maxLevel, levelOf(id));

    QList<QList<QString>> columns(m_maxLevel + 1);
    for (const QString &id : std::as_const(order))
        columns[level.value(id)].append(id);
    auto nameOf = [&](const QString &id) { return known.contains(id) ? known.value(id).name : id; };

    // Order: the top column by name; below it, each organization near its payer (barycentre), then by name.
    QHash<QString, qreal> position;
    QHash<QString, QList<QString>> payersOf;
    for (const Edge &e : std::as_const(edges))
        payersOf[e.sourceOrganizationId].append(e.payerOrganizationId);
    for (int l = m_maxLevel; l >= 0; --l) {
        QList<QString> &column = columns[l];
        QHash<QString, qreal> key;
        for (const QString &id : std::as_const(column)) {
            qreal sum = 0;
            int count = 0;
            for (const QString &p : payersOf.value(id)) {
                if (position.contains(p) && level.value(p) > l) {
                    sum += position.value(p);
                    ++count;
                }
            }
            key.insert(id, count > 0 ? sum / count : std::numeric_limits<qreal>::max());
        }
        std::sort(column.begin(), column.end(), [&](const QString &a, const QString &b) {
            if (key.value(a) != key.value(b))
                return key.value(a) < key.value(b);
            return nameOf(a).localeAwareCompare(nameOf(b)) < 0;
        });
        for (int i = 0; i < column.size(); ++i)
            position.insert(column[i], i - (column.size() - 1) / 2.0);
    }

    const qreal boxHeight = nodeHeight(font());
    const qreal titleHeight = headerHeight(font());
    qsizetype tallest = 0;
    for (const auto &c : std::as_const(columns))
        tallest = std::max(tallest, c.size());
    const qreal bodyHeight = tallest * boxHeight + (tallest - 1) * RowGap;
    const qreal width = (m_maxLevel + 1) * NodeWidth + m_maxLevel * ColumnGap + 2 * Margin;
    const qreal height = titleHeight + bodyHeight + 2 * Margin;
    m_logicalSize = QSizeF(width, height);

    QHash<QString, int> placedIndex;
    for (int l = 0; l <= m_maxLevel; ++l) {
        const QList<QString> &column = columns[l];
        const qreal columnHeight = column.size() * boxHeight + (column.size() - 1) * RowGap;
        const qreal top = Margin + titleHeight + (bodyHeight - columnHeight) / 2.0;
        const qreal left = Margin + l * (NodeWidth + ColumnGap);
        for (int i = 0; i < column.size(); ++i) {
            PlacedNode p;
            p.node = known.value(column[i], Node {column[i], column[i], QString()});
            p.level = l;
            p.rect = QRectF(left, top + i * (boxHeight + RowGap), NodeWidth, boxHeight);
            placedIndex.insert(column[i], int(m_placed.size()));
            m_placed.append(p);
        }
    }

    // Edges: a curve from the bill source's right side to the payer's left side; parallel edges fan out.
    QHash<QString, int> pairCount;
    QHash<QString, int> pairSeen;
    for (const Edge &e : std::as_const(edges))
        ++pairCount[e.sourceOrganizationId + QLatin1Char('>') + e.payerOrganizationId];
    for (const Edge &e : std::as_const(edges)) {
        const QString pair = e.sourceOrganizationId + QLatin1Char('>') + e.payerOrganizationId;
        const int k = pairSeen[pair]++;
        const int n = pairCount.value(pair);
        const qreal offset = (k - (n - 1) / 2.0) * 10.0;
        const QRectF from = m_placed.at(placedIndex.value(e.sourceOrganizationId)).rect;
        const QRectF to = m_placed.at(placedIndex.value(e.payerOrganizationId)).rect;
        QPainterPath path;
        if (from.center().x() < to.center().x()) {
            const QPointF a(from.right(), from.center().y() + offset);
            const QPointF b(to.left() - 2, to.center().y() + offset);
            const qreal dx = (b.x() - a.x()) / 2.0;
            path.moveTo(a);
            const int fromLevel = m_placed.at(placedIndex.value(e.sourceOrganizationId)).level;
            const int toLevel = m_placed.at(placedIndex.value(e.payerOrganizationId)).level;
            if (toLevel - fromLevel > 1) {
                // Skips a column: pass under the boxes in between (a cubic with both control points at depth d
                // reaches 3/4 of d), so the arrow never crosses an organization it does not involve.
                qreal bottom = std::max(a.y(), b.y());
                for (const PlacedNode &p : std::as_const(m_placed))
                    if (p.level > fromLevel && p.level < toLevel)
                        bottom = std::max(bottom, p.rect.bottom());
                const qreal y = bottom + 16 + std::abs(offset);
                const qreal controlA = a.y() + (y - a.y()) / 0.75;
                const qreal controlB = b.y() + (y - b.y()) / 0.75;
                path.cubicTo(QPointF(a.x() + dx * 0.5, controlA), QPointF(b.x() - dx * 0.5, controlB), b);
            } else {
                path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b);
            }
        } else {
            // Same column or backwards (only with closed transfers shown): loop around the right side.
            const QPointF a(from.right(), from.center().y() + offset);
            const QPointF b(to.right() + 2, to.center().y() + offset);
            path.moveTo(a);
            path.cubicTo(QPointF(a.x() + 70, a.y()), QPointF(b.x() + 70, b.y()), b);
        }
        m_placedEdges.append({e, path, path.pointAtPercent(0.5)});
    }
    // Arrows that pass under a column may reach below the lowest box: keep them inside the picture.
    for (const PlacedEdge &pe : std::as_const(m_placedEdges))
        m_logicalSize.setHeight(std::max(m_logicalSize.height(), pe.path.boundingRect().bottom() + Margin));
    updateGeometry();
}

QRectF RelationshipGraph::graphArea(const QRectF &target) const
{
    return target.adjusted(4, 4, -4, -4 - legendHeight(target.width()));
}

QTransform RelationshipGraph::logicalToWidget(const QRectF &target) const
{
    const QRectF area = graphArea(target);
    if (m_logicalSize.isEmpty())
        return {};
    // Grow to fit, up to 110 %; never shrink below 100 % (the text would fall below the UI font): the widget's
    // minimum size is the whole picture, and a scroll area around it scrolls.
    const qreal scale
        = std::max(1.0, std::min({area.width() / m_logicalSize.width(), area.height() / m_logicalSize.height(), 1.1}));
    const qreal dx = area.left() + std::max(0.0, (area.width() - m_logicalSize.width() * scale) / 2.0);
    const qreal dy = area.top() + std::max(0.0, (area.height() - m_logicalSize.height() * scale) / 2.0);
    QTransform t;
    t.translate(dx, dy);
    t.scale(scale, scale);
    return t;
}

void RelationshipGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintGraph(painter, QRectF(rect()));
}

void RelationshipGraph::paintGraph(QPainter &painter, const QRectF &target) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(target, Background);
    painter.setPen(QPen(QColor(0xdd, 0xe2, 0xe8), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(target.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    if (m_placed.isEmpty()) {
        painter.setPen(MutedText);
        painter.drawText(graphArea(target).adjusted(16, 0, -16, 0), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    } else {
        painter.save();
        painter.setTransform(logicalToWidget(target), true);

        // Column titles, in the UI font (no graph text is smaller).
        QFont titleFont = font();
        titleFont.setWeight(QFont::DemiBold);
        painter.setFont(titleFont);
        painter.setPen(MutedText);
        const qreal titleHeight = headerHeight(font());
        for (int l = 0; l <= m_maxLevel; ++l) {
            const QRectF r(Margin + l * (NodeWidth + ColumnGap), Margin, NodeWidth + ColumnGap - 8, titleHeight - 8);
            painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, levelTitle(l));
        }

        // Edges under the boxes.
        for (const PlacedEdge &pe : m_placedEdges) {
            const bool selected = !m_selectedTransfer.isEmpty() && pe.edge.transferId == m_selectedTransfer;
            QColor c = pe.edge.color.isValid() ? pe.edge.color : MutedText;
            if (selected) {
                QColor halo = c;
                halo.setAlpha(60);
                painter.setPen(QPen(halo, 9, Qt::SolidLine, Qt::RoundCap));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(pe.path);
            }
            QPen pen(c, selected ? 3.0 : 2.0, pe.edge.inherited ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
            if (!pe.edge.open)
                pen.setStyle(Qt::DotLine);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(pe.path);
            // The arrowhead at the payer.
            const QPointF tip = pe.path.pointAtPercent(1.0);
            const qreal angle = qDegreesToRadians(pe.path.angleAtPercent(0.999));
            const qreal size = selected ? 11 : 9;
            const QPointF dir(std::cos(angle), -std::sin(angle));
            const QPointF normal(-dir.y(), dir.x());
            QPolygonF head;
            head << tip << tip - dir * size + normal * size * 0.5 << tip - dir * size - normal * size * 0.5;
            painter.setPen(Qt::NoPen);
            painter.setBrush(c);
            painter.drawPolygon(head);
        }

        // Boxes.
        QFont nameFont = font();
        nameFont.setWeight(QFont::DemiBold);
        QFont idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        idFont.setPointSizeF(font().pointSizeF());
        QFont badgeFont = font();
        badgeFont.setWeight(QFont::Bold);
        for (const PlacedNode &p : m_placed) {
            const bool me = !m_highlight.isEmpty() && p.node.organizationId == m_highlight;
            const QRectF r = p.rect;
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0, 0, 0, 18));
            painter.drawRoundedRect(r.translated(0, 2), 9, 9);
            painter.setBrush(me ? QColor(0xea, 0xf2, 0xfc) : BoxFill);
            painter.setPen(QPen(me ? HighlightColor : BoxBorder, me ? 2.0 : 1.0));
            painter.drawRoundedRect(r, 9, 9);
            if (me) {
                // A small "YOU" tab on the top-right corner.
                painter.setFont(badgeFont);
                const QString you = tr("YOU");
                const qreal w = painter.fontMetrics().horizontalAdvance(you) + 12;
                const qreal h = painter.fontMetrics().height() + 2;
                const QRectF badge(r.right() - w - 8, r.top() - h / 2, w, h);
                painter.setPen(Qt::NoPen);
                painter.setBrush(HighlightColor);
                painter.drawRoundedRect(badge, h / 2, h / 2);
                painter.setPen(Qt::white);
                painter.drawText(badge, Qt::AlignCenter, you);
            }
            const QRectF text = r.adjusted(12, 7, -12, -7);
            painter.setFont(nameFont);
            painter.setPen(QColor(0x1d, 0x26, 0x30));
            painter.drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2 + 2),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(p.node.name, Qt::ElideRight, int(text.width())));
            painter.setFont(idFont);
            painter.setPen(MutedText);
            painter.drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             p.node.managementAccountId.isEmpty() ? p.node.organizationId : p.node.managementAccountId);
        }
        painter.restore();
    }

    // The legend, unscaled, along the bottom, in the UI font; it wraps to more rows when narrow.
    if (!m_legend.isEmpty()) {
        painter.setFont(font());
        const QFontMetricsF fm(font());
        const qreal rowHeight = fm.height() + 8;
        const qreal top = target.bottom() - legendHeight(target.width()) + 2;
        qreal x = target.left() + 12;
        qreal y = top + rowHeight / 2.0;
        for (const LegendEntry &entry : m_legend) {
            const qreal w = LegendSwatch + 6 + fm.horizontalAdvance(entry.text) + 16;
            if (x > target.left() + 12 && x + w > target.right() - 4) {
                x = target.left() + 12;
                y += rowHeight;
            }
            painter.setPen(QPen(entry.color, 2.5, entry.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, y), QPointF(x + LegendSwatch, y));
            painter.setPen(MutedText);
            painter.drawText(QRectF(x + LegendSwatch + 6, y - fm.height() / 2.0, w, fm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            x += w;
        }
    }
}

int RelationshipGraph::hitNode(const QPointF &widgetPos) const
{
    bool invertible = false;
    const QTransform inverse = logicalToWidget(QRectF(rect())).inverted(&invertible);
    if (!invertible)
        return -1;
    const QPointF p = inverse.map(widgetPos);
    for (int i = 0; i < m_placed.size(); ++i)
        if (m_placed[i].rect.contains(p))
            return i;
    return -1;
}

int RelationshipGraph::hitEdge(const QPointF &widgetPos) const
{
    bool invertible = false;
    const QTransform inverse = logicalToWidget(QRectF(rect())).inverted(&invertible);
    if (!invertible)
        return -1;
    const QPointF p = inverse.map(widgetPos);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    for (int i = int(m_placedEdges.size()) - 1; i >= 0; --i)
        if (stroker.createStroke(m_placedEdges[i].path).contains(p))
            return i;
    return -1;
}

bool RelationshipGraph::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    if (const int n = hitNode(help->pos()); n >= 0) {
        const Node &node = m_placed[n].node;
        QStringList paysFor;
        QStringList paidBy;
        QHash<QString, QString> names;
        for (const PlacedNode &p : m_placed)
            names.insert(p.node.organizationId, p.node.name);
        for (const PlacedEdge &pe : m_placedEdges) {
            if (pe.edge.payerOrganizationId == node.organizationId)
                paysFor << tr("%1 (%2)").arg(names.value(pe.edge.sourceOrganizationId), pe.edge.statusText);
            if (pe.edge.sourceOrganizationId == node.organizationId)
                paidBy << tr("%1 (%2)").arg(names.value(pe.edge.payerOrganizationId), pe.edge.statusText);
        }
        QString text = QStringLiteral("<b>%1</b><br>%2 \u00b7 %3")
                           .arg(node.name.toHtmlEscaped(), node.organizationId, node.managementAccountId);
        if (!paysFor.isEmpty())
            text += tr("<br>Pays for: %1").arg(paysFor.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!paidBy.isEmpty())
            text += tr("<br>Bill paid by: %1").arg(paidBy.join(QStringLiteral(", ")).toHtmlEscaped());
        if (node.organizationId == m_highlight)
            text += tr("<br><i>Your organization</i>");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (const int e = hitEdge(help->pos()); e >= 0) {
        const Edge &edge = m_placedEdges[e].edge;
        QHash<QString, QString> names;
        for (const PlacedNode &p : m_placed)
            names.insert(p.node.organizationId, p.node.name);
        QString text = tr("<b>%1</b>: %2<br>%3 \u2192 %4 pays")
                           .arg(edge.name.toHtmlEscaped(), edge.statusText.toHtmlEscaped(),
                                names.value(edge.sourceOrganizationId).toHtmlEscaped(),
                                names.value(edge.payerOrganizationId).toHtmlEscaped());
        if (edge.inherited)
            text += tr("<br><i>Inherited through a two-level chain</i>");
        text += tr("<br>Click to select the transfer.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void RelationshipGraph::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const int e = hitEdge(event->position()); e >= 0) {
            Q_EMIT transferActivated(m_placedEdges[e].edge.transferId);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void RelationshipGraph::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const int n = hitNode(event->position()); n >= 0) {
        Q_EMIT organizationActivated(m_placed[n].node.organizationId);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void RelationshipGraph::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *save = menu.addAction(tr("Save as PNG..."));
    save->setObjectName(QStringLiteral("actionSaveGraph"));
    QAction *closed = menu.addAction(tr("Show declined, canceled, expired and ended transfers"));
    closed->setCheckable(true);
    closed->setChecked(m_showClosed);
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == closed) {
        setShowClosed(closed->isChecked());
    } else if (chosen == save) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save graph as PNG"), tr("who-pays-for-whom.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveImage(path))
            QToolTip::showText(event->globalPos(), tr("Could not write %1.").arg(path), this);
    }
}

QImage RelationshipGraph::renderImage(const QSize &imageSize) const
{
    const qreal ratio = 2.0; // crisp on paper and high-density screens
    QImage image(imageSize * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintGraph(painter, QRectF(QPointF(0, 0), QSizeF(imageSize)));
    return image;
}

bool RelationshipGraph::saveImage(const QString &path) const
{
    const QSize s = size().isEmpty() ? sizeHint() : size();
    return renderImage(s).save(path, "PNG");
}

} // namespace bd
