#pragma once

#include "domain/Result.h"

#include <QDialog>
#include <QList>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace bd {

class ElidedLabel;

// A dialog whose fields validate as you type: the offending field gets a red outline and a one-line reason
// under it, and OK stays disabled until every field is valid. Dialogs add fields with their validators
// (the same validate:: functions the services use), then read the values.
// The dialog never jumps while the user types: every reason sits in a line reserved for it (an ElidedLabel:
// elided when long, the whole text in its tooltip and the field's), and a summary line under the form
// ("formError", three lines reserved) says in full what stops OK: a form-level rule, else the first field's reason.
class ValidatedForm : public QDialog
{
    Q_OBJECT

public:
    using Validator = std::function<Status(const QString &)>;

    explicit ValidatedForm(const QString &title, QWidget *parent = nullptr);

    // Adds a line edit with a validator; objectName is the field name (for tests and error mapping).
    QLineEdit *addField(const QString &name, const QString &label, const QString &placeholder, Validator validator);
    // Adds any widget as a row; revalidate() reruns a form-level check after it changes.
    void addRow(const QString &label, QWidget *widget, const QString &hint = {});
    void addFormCheck(std::function<Status()> check); // cross-field rules, reported under the form
    void setIntro(const QString &text);
    // Runs when OK is pressed on a valid form; the dialog closes only when it succeeds, else shows the refusal.
    void setSubmit(std::function<Status()> submit) { m_submit = std::move(submit); }

    // Shows a service's refusal in place: under the named field when it matches one, else under the form.
    void showError(const Error &error);
    bool isValid() const;
    QPushButton *okButton() const;

public Q_SLOTS:
    void revalidate();

protected:
    QFormLayout *form() const { return m_form; }

private:
    struct Field
    {
        QString name;
        QString label;
        QLineEdit *edit = nullptr;
        ElidedLabel *error = nullptr;
        Validator validator;
        bool touched = false;
        QString hint; // the field's own tooltip, shown again when it is valid
    };
    void markField(Field &field, const Status &status, bool show);
    void setSummary(const QString &text);

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    ElidedLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<Field> m_fields;
    QList<std::function<Status()>> m_checks;
    bool m_valid = false;
    std::function<Status()> m_submit;
};

} // namespace bd
