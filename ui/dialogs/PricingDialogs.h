#pragma once

#include "ValidatedForm.h"
#include "domain/BillingPeriod.h"
#include "domain/Pricing.h"
#include "services/ProFormaService.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace bd {

class ElidedLabel;
class Services;

// A custom pricing plan's name and description (new or edited). Object name "planDialog"; fields "name" and
// "description".
class PlanDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    PlanDialog(const PricingPlan &plan, QWidget *parent = nullptr); // plan.id empty: a new plan
    QString name() const;
    QString description() const;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
};

// A STANDARD billing group: its name, its plan and the accounts of the payer's own organization it covers (an
// account is in at most one group: the service refuses the others, and the list says where each one is).
// Object name "standardGroupDialog"; fields "name", "plan" (combo), "accounts" (a list of check boxes).
class StandardGroupDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    StandardGroupDialog(Services &services, const QList<PricingPlan> &plans, QWidget *parent = nullptr);
    QString name() const;
    QString plan() const;
    QStringList accountIds() const;
    void setAccountChecked(const QString &accountId, bool checked); // for tests

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_plan = nullptr;
    QListWidget *m_accounts = nullptr;
};

// A custom line item of a billing group (new or edited): name, description, FEE or CREDIT, a flat USD amount or a
// percentage (of the group's pro forma total and/or of chosen flat items, optionally of one service or without
// Savings Plan negation), the service it is shown under, and its billing periods (a start in the current or the
// previous month; one month, a range or recurring). Checked as you type by PricingService::checkLineItem; the amount it
// comes to in the preview month is worked out by ProFormaService::whatIf as you type.
// Object name "lineItemDialog"; fields "name", "description", "type", "charge" (flat or percent), "amount",
// "percentOfProForma", "percentOfItems", "filterService", "excludeSavingsPlanNegation", "presentationService",
// "start", "end"; the worked-out amount "previewAmount".
class LineItemDialog final : public ValidatedForm
{
    Q_OBJECT

public:
    // item.id empty: a new item of groupId. groupItems: the group's items now (for "of chosen flat items" and the
    // preview); plan: the plan the preview prices with; period: the preview month.
    LineItemDialog(Services &services, const CustomLineItem &item, const QList<CustomLineItem> &groupItems,
                   const PricingPlan &plan, const BillingPeriod &period, QWidget *parent = nullptr);
    CustomLineItem item() const;

private:
    Status amountStatus(const QString &text) const;
    Status serviceCheck(const QStringList &fields) const;
    void updateKind();
    void updatePreview();

    Services &m_services;
    CustomLineItem m_original;
    QList<CustomLineItem> m_groupItems;
    PricingPlan m_plan;
    BillingPeriod m_period;
    BillingPeriod m_current;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_charge = nullptr;
    QLineEdit *m_amount = nullptr;
    QCheckBox *m_ofProForma = nullptr;
    QListWidget *m_ofItems = nullptr;
    QComboBox *m_filterService = nullptr;
    QCheckBox *m_excludeNegation = nullptr;
    QComboBox *m_presentation = nullptr;
    QComboBox *m_start = nullptr;
    QComboBox *m_end = nullptr;
    ElidedLabel *m_preview = nullptr;
    bool m_ready = false; // every field exists: the validators may read them
};

} // namespace bd
