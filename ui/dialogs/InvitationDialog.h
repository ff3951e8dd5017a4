#pragma once

#include "ValidatedForm.h"
#include "domain/BillingPeriod.h"
#include "services/TransferService.h"

#include <QDateTime>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bd {

class ElidedLabel;

class Services;

// Field rules of an invitation, shared by the dialogs (the service checks them again).
namespace transferinput {
Status name(const QString &value, const QString &field = QStringLiteral("name")); // 1..128 printable ASCII
Status notes(const QString &value); // <= 1024 characters
Status target(const QString &value); // 12-digit account id or email
// "key=value, key=value": each part through TransferRules::parseTag (the rule of the CLI and of scenarios).
Result<QMap<QString, QString>> tags(const QString &text);
int deadlineHours(const Services &services); // the acceptance deadline setting
} // namespace transferinput

// "Send invitation": the payer (a management account) invites an organization to transfer its bill:
// target account id or email, start month, descriptive name, notes, pricing configuration, tags. Validates
// as you type, shows the acceptance deadline in UTC, and refuses a start not in the future or a deadline
// already past. Field object names: target, start, name, notes, plan, tags; the deadline label is "deadline".
class InvitationDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    explicit InvitationDialog(Services &services, QWidget *parent = nullptr);

    TransferService::Invitation invitation() const;
    BillingPeriod startPeriod() const;
    QDateTime acceptanceDeadline() const; // start - the configured hours
    // Preselects a start month; one outside the offered twelve is added (and judged like any other).
    void setStart(const BillingPeriod &period);
    void setTarget(const QString &target);
    void setName(const QString &name);

private:
    void updateDerived();
    Status checkDates() const;

    Services &m_services;
    QDateTime m_now;
    int m_deadlineHours = 24;
    QLineEdit *m_target = nullptr;
    ElidedLabel *m_targetHint = nullptr; // who the target is: one line, reserved
    QComboBox *m_start = nullptr;
    QLabel *m_deadline = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_notesCounter = nullptr;
    QComboBox *m_plan = nullptr;
    QLineEdit *m_tags = nullptr;
};

} // namespace bd
