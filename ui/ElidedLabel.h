#pragma once

#include <QLabel>

namespace bd {

// A label that never grows or jumps: it reserves `lines` lines of height whether it shows text or not, wraps the
// text into them and elides what does not fit, with the whole text in its tooltip. For messages that change while
// the user types (a field's reason, a form's summary line, a hint). text() is always the whole text.
// The screen test (tests/tst_Screens.cpp) accepts its elision because the property "elidesWithToolTip" is set.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(int lines = 1, QWidget *parent = nullptr);

    void setText(const QString &text); // hides QLabel::setText: keeps the tooltip in step
    int lines() const { return m_lines; }
    bool isElided() const; // at the current width
    // The text as painted at this width (wrapped and elided), one entry per line.
    QStringList visibleLines(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateToolTip();
    int reservedHeight() const;

    int m_lines = 1;
};

} // namespace bd
