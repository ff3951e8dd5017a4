#include "ValidatedForm.h"

#include "ElidedLabel.h"
#include "itemmodels/ModelStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace bd {

namespace {
QString errorStyle()
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; padding: 2px; }")
        .arg(style::errorColor().name());
}

QString errorLabelStyle()
{
    return QStringLiteral("color: %1;").arg(style::errorColor().name());
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QString withoutMnemonic(QString label)
{
    label.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}
} // namespace

ValidatedForm::ValidatedForm(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->addLayout(m_form);
    m_formError = new ElidedLabel(3, this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setStyleSheet(errorLabelStyle());
    m_layout->addWidget(m_formError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        for (Field &f : m_fields)
            f.touched = true;
        revalidate();
        if (!m_valid)
            return;
        if (m_submit) {
            if (Status s = m_submit(); !s) {
                showError(s.error());
                return;
            }
        }
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addWidget(m_buttons);
    setMinimumWidth(600);
    setSizeGripEnabled(true);
}

void ValidatedForm::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QPushButton *ValidatedForm::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLineEdit *ValidatedForm::addField(const QString &name, const QString &label, const QString &placeholder,
                                   Validator validator)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    auto *error = new ElidedLabel(1, this);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setStyleSheet(errorLabelStyle());
    error->setFont(smallFont(font()));
    // The field and, on a line of its own reserved for it, its reason: the label stays level with the field and
    // its mnemonic reaches the field.
    m_form->addRow(label, edit);
    m_form->addRow(QString(), error);
    m_fields.append({name, withoutMnemonic(label), edit, error, std::move(validator), false, {}});
    const qsizetype index = m_fields.size() - 1;
    connect(edit, &QLineEdit::textEdited, this, [this, index] {
        m_fields[index].touched = true;
        revalidate();
    });
    connect(edit, &QLineEdit::textChanged, this, &ValidatedForm::revalidate);
    revalidate();
    return edit;
}

void ValidatedForm::addRow(const QString &label, QWidget *widget, const QString &hint)
{
    m_form->addRow(label, widget);
    if (hint.isEmpty())
        return;
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setObjectName(widget->objectName() + QStringLiteral("Hint"));
    hintLabel->setTextFormat(Qt::PlainText);
    hintLabel->setWordWrap(true);
    hintLabel->setStyleSheet(QStringLiteral("color: %1;").arg(style::mutedTextColor().name()));
    hintLabel->setFont(smallFont(font()));
    hintLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->addRow(QString(), hintLabel);
}

void ValidatedForm::addFormCheck(std::function<Status()> check)
{
    m_checks.append(std::move(check));
    revalidate();
}

void ValidatedForm::markField(Field &field, const Status &status, bool show)
{
    const bool bad = !status.ok() && show;
    field.edit->setStyleSheet(bad ? errorStyle() : QString());
    field.error->setText(bad ? status.error().message : QString());
    field.edit->setToolTip(bad ? status.error().message : field.hint);
}

void ValidatedForm::setSummary(const QString &text)
{
    m_formError->setText(text);
}

void ValidatedForm::revalidate()
{
    bool valid = true;
    for (Field &f : m_fields) {
        const Status s = f.validator ? f.validator(f.edit->text()) : Status();
        valid = valid && s.ok();
        // A field is judged once the user has typed in it or it already holds text.
        markField(f, s, f.touched || !f.edit->text().isEmpty());
    }
    QString formMessage;
    if (valid) {
        for (const auto &check : std::as_const(m_checks)) {
            const Status s = check();
            if (!s) {
                valid = false;
                formMessage = s.error().message;
                break;
            }
        }
    } else {
        // The summary line says in full what the first shown reason says (its line under the field may be elided).
        for (const Field &f : std::as_const(m_fields))
            if (!f.error->text().isEmpty()) {
                formMessage = tr("%1: %2").arg(f.label, f.error->text());
                break;
            }
    }
    setSummary(formMessage);
    m_valid = valid;
    if (QPushButton *ok = okButton())
        ok->setEnabled(valid);
}

bool ValidatedForm::isValid() const
{
    return m_valid;
}

void ValidatedForm::showError(const Error &error)
{
    for (Field &f : m_fields) {
        if (!error.field.isEmpty() && (f.name.compare(error.field, Qt::CaseInsensitive) == 0)) {
            f.edit->setStyleSheet(errorStyle());
            f.error->setText(error.message);
            f.edit->setToolTip(error.message);
            f.edit->setFocus();
            setSummary(error.code.isEmpty() ? tr("%1: %2").arg(f.label, error.message)
                                            : tr("%1: %2 (%3)").arg(f.label, error.message, error.code));
            return;
        }
    }
    setSummary(error.code.isEmpty() ? error.message : tr("%1 (%2)").arg(error.message, error.code));
}

} // namespace bd
