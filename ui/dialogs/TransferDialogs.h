#pragma once

#include "ValidatedForm.h"
#include "domain/ResponsibilityTransfer.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace bd {

class Services;

// Withdraw a transfer: choose the last month the payer pays for (this month by default, or a later one).
// The dialog says when billing really moves back; confirmationText() is the sentence of the final confirmation.
// Object names: "withdrawDialog", the month combo "end", the explanation "summary".
class WithdrawDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    WithdrawDialog(Services &services, const ResponsibilityTransfer &transfer, QWidget *parent = nullptr);

    BillingPeriod endPeriod() const;
    void setEnd(const BillingPeriod &period);
    // "Billing for Company A moves back to Company A on 1 Apr 2026. This cannot be undone."
    QString confirmationText() const;

private:
    void updateSummary();

    const ResponsibilityTransfer m_transfer;
    QString m_sourceName;
    QString m_payerName;
    QComboBox *m_end = nullptr;
    QLabel *m_summary = nullptr;
};

// Rename a transfer (either side): the descriptive name on views and invoices. Object name "renameTransferDialog".
class RenameTransferDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    RenameTransferDialog(const ResponsibilityTransfer &transfer, QWidget *parent = nullptr);
    QString name() const;

private:
    QLineEdit *m_name = nullptr;
};

// Choose the pricing configuration of a transfer's billing group (the payer): an AWS-managed plan or a custom plan
// by name. Object name "pricingDialog", the combo "plan".
class PricingDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    PricingDialog(Services &services, const ResponsibilityTransfer &transfer, QWidget *parent = nullptr);
    QString plan() const;

private:
    QComboBox *m_plan = nullptr;
};

} // namespace bd
