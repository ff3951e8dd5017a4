#include "MessageBar.h"

#include "itemmodels/ModelStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace bd {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("messageCode"));
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setStyleSheet(QStringLiteral("color: %1;").arg(style::mutedTextColor().name()));
    QFont small = m_code->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_code->setFont(small);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_code, 0, Qt::AlignBottom);
    layout->addWidget(m_close);
    hide();
}

void MessageBar::show(const QString &text, const QString &code, bool error)
{
    m_label->setText(text);
    m_label->setProperty("plainText", text);
    m_code->setText(code.isEmpty() ? QString() : tr("(%1)").arg(code));
    m_code->setVisible(!code.isEmpty());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()
                          ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    setStyleSheet(
        error ? QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #e0a8a3; border-radius: 4px; }")
              : QStringLiteral("#messageBar { background: #e8f1fb; border: 1px solid #a9c5e6; border-radius: 4px; }"));
    setVisible(true);
    if (!error) {
        const QString shown = text;
        QTimer::singleShot(8000, this, [this, shown] {
            if (m_label->property("plainText").toString() == shown)
                clear();
        });
    }
}

void MessageBar::showError(const Error &error)
{
    show(error.field.isEmpty() ? error.message : tr("%1 (field: %2)").arg(error.message, error.field), error.code,
         true);
}

void MessageBar::showInfo(const QString &text)
{
    show(text, {}, false);
}

void MessageBar::clear()
{
    m_label->clear();
    m_code->clear();
    m_label->setProperty("plainText", QString());
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_label->property("plainText").toString();
}

} // namespace bd
