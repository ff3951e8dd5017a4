#include "ValidatedForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

namespace {
const QString ErrorStyle = QStringLiteral("QLineEdit { border: 1px solid #c62828; border-radius: 3px; padding: 2px; }");
const QString ErrorLabelStyle = QStringLiteral("color: #c62828; font-size: small;");
} // namespace

ValidatedForm::ValidatedForm(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->addLayout(m_form);
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(ErrorLabelStyle);
    m_formError->hide();
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
    setMinimumWidth(520);
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
    auto *error = new QLabel(this);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setStyleSheet(ErrorLabelStyle);
    error->setWordWrap(true);
    error->hide();
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(edit);
    boxLayout->addWidget(error);
    m_form->addRow(label, box);
    m_fields.append({name, edit, error, std::move(validator), false});
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
    if (hint.isEmpty()) {
        m_form->addRow(label, widget);
        return;
    }
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(widget);
    auto *hintLabel = new QLabel(hint, box);
    hintLabel->setWordWrap(true);
    hintLabel->setStyleSheet(QStringLiteral("color: #666; font-size: small;"));
    boxLayout->addWidget(hintLabel);
    m_form->addRow(label, box);
}

void ValidatedForm::addFormCheck(std::function<Status()> check)
{
    m_checks.append(std::move(check));
    revalidate();
}

void ValidatedForm::markField(Field &field, const Status &status, bool show)
{
    const bool bad = !status.ok() && show;
    field.edit->setStyleSheet(bad ? ErrorStyle : QString());
    field.error->setText(bad ? status.error().message : QString());
    field.error->setVisible(bad);
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
    }
    m_formError->setText(formMessage);
    m_formError->setVisible(!formMessage.isEmpty());
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
            f.edit->setStyleSheet(ErrorStyle);
            f.error->setText(error.message);
            f.error->setVisible(true);
            f.edit->setFocus();
            return;
        }
    }
    m_formError->setText(error.code.isEmpty() ? error.message
                                              : QStringLiteral("%1 (%2)").arg(error.message, error.code));
    m_formError->setVisible(true);
}

} // namespace bd
