#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QWidget>

class QPainter;

namespace bd {

// Who pays for whom: organizations as rounded boxes (name and management account), an arrow from each bill
// source to its payer, coloured by the transfer's status. Chains are laid out in levels from left to right
// (end customer -> selling partner -> distributor). The acting account's organization is highlighted.
// The picture grows to fit (up to 110 %) but never shrinks: its text is never smaller than the UI font. Its
// minimum size is the whole picture, so in a short or narrow pane it sits in a scroll area and scrolls.
// Right-click offers "Save as PNG". Data comes from outside (setGraph), so the widget knows nothing about services.
class RelationshipGraph final : public QWidget
{
    Q_OBJECT

public:
    struct Node
    {
        QString organizationId;
        QString name;
        QString managementAccountId;
    };
    struct Edge
    {
        QString transferId;
        QString sourceOrganizationId; // the bill source (arrow tail)
        QString payerOrganizationId; // the bill-transfer organization (arrow head)
        QString name; // the transfer's descriptive name
        QString statusText; // the console's words
        QColor color;
        bool open = true; // requested, accepted or withdrawn and not yet ended
        bool inherited = false; // created by inheritance through a chain: drawn dashed
    };
    struct LegendEntry
    {
        QString text;
        QColor color;
        bool dashed = false;
    };

    explicit RelationshipGraph(QWidget *parent = nullptr);

    void setGraph(const QList<Node> &nodes, const QList<Edge> &edges, const QString &highlightOrganizationId);
    void setLegend(const QList<LegendEntry> &legend);
    void setEmptyText(const QString &text);
    void setSelectedTransfer(const QString &transferId);
    // Closed transfers (declined, canceled, expired, ended) are hidden unless shown (context menu).
    void setShowClosed(bool show);
    bool showClosed() const { return m_showClosed; }

    // For tests and the context menu: the levels computed for the visible graph (organization id -> level).
    QHash<QString, int> levels() const;
    int visibleEdgeCount() const;
    QImage renderImage(const QSize &imageSize) const;
    bool saveImage(const QString &path) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override; // the whole picture at 100 %, with its legend
    qreal scale() const; // the current scale of the picture (>= 1)

Q_SIGNALS:
    void transferActivated(const QString &transferId);
    void organizationActivated(const QString &organizationId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct PlacedNode
    {
        Node node;
        int level = 0;
        QRectF rect; // logical coordinates
    };
    struct PlacedEdge
    {
        Edge edge;
        QPainterPath path; // logical coordinates
        QPointF labelAnchor;
    };
    void layoutGraph();
    void paintGraph(QPainter &painter, const QRectF &target) const;
    QTransform logicalToWidget(const QRectF &target) const;
    QRectF graphArea(const QRectF &target) const;
    int hitNode(const QPointF &widgetPos) const;
    int hitEdge(const QPointF &widgetPos) const;
    QString levelTitle(int level) const;
    int legendHeight(qreal width) const; // rows of legend entries wrapped to the width
    void changeEvent(QEvent *event) override;

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QList<LegendEntry> m_legend;
    QString m_highlight;
    QString m_selectedTransfer;
    QString m_emptyText;
    bool m_showClosed = false;

    QList<PlacedNode> m_placed;
    QList<PlacedEdge> m_placedEdges;
    int m_maxLevel = 0;
    QSizeF m_logicalSize;
};

} // namespace bd
